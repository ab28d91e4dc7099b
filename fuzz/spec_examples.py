#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""spec_examples.py SPEC_DIR OUT_DIR: builds one example body per response of HubSpot's OpenAPI
files (from the schemas' own `example` values, types otherwise) and files it under
OUT_DIR/<fuzz target>/ for the target that parses that response. Run by tools/fuzz.sh into the
build folder at fuzz time: the spec's text is never copied into the repository."""
import hashlib
import json
import pathlib
import re
import sys


def target_for(path, status):
    if status == "default" or status.startswith(("4", "5")):
        return "json_error_body"
    if "/limits/associations/labels" in path:
        return "json_label_usage"
    if re.search(r"/limits/associations/records/[^/]+/[^/]+$", path) and not path.endswith("/to"):
        return "json_record_limits"
    if "/oauth/" in path and "token" in path:
        return "json_token_grant"
    if "object-schemas" in path or path.endswith("/schemas"):
        return "json_object_schemas"
    if "account-info" in path:
        return "json_account_info"
    if "definitions/configurations" in path:
        return "json_batch_result" if "/batch/" in path else "json_limits"
    if path.endswith("/labels"):
        return "json_labels"
    return None


class Builder:
    def __init__(self, document):
        self.document = document

    def resolve(self, ref):
        node = self.document
        for part in ref.lstrip("#/").split("/"):
            node = node[part]
        return node

    def build(self, schema, depth=0):
        if depth > 12:
            return None
        if "$ref" in schema:
            return self.build(self.resolve(schema["$ref"]), depth + 1)
        if schema.get("example") is not None:  # the files often say "example": null
            return schema["example"]
        for combiner in ("allOf", "oneOf", "anyOf"):
            if combiner in schema:
                parts = [self.build(s, depth + 1) for s in schema[combiner]]
                if combiner == "allOf" and all(isinstance(p, dict) for p in parts):
                    merged = {}
                    for p in parts:
                        merged.update(p)
                    return merged
                return parts[0] if parts else None
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            return {k: self.build(v, depth + 1) for k, v in schema.get("properties", {}).items()}
        if kind == "array":
            return [self.build(schema.get("items", {}), depth + 1)]
        if "enum" in schema:
            return schema["enum"][0]
        if kind == "integer":
            return 1
        if kind == "number":
            return 1.5
        if kind == "boolean":
            return True
        if schema.get("format") == "date-time":
            return "2024-01-01T00:00:00.000Z"
        return "string"


def main():
    spec_dir, out_dir = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    count = 0
    for spec in sorted(spec_dir.glob("*.json")):
        document = json.loads(spec.read_text())
        builder = Builder(document)
        base = ""
        for server in document.get("servers", []):
            base = re.sub(r"^https?://[^/]+", "", server.get("url", ""))
        for path, operations in document.get("paths", {}).items():
            for operation in operations.values():
                if not isinstance(operation, dict):
                    continue
                for status, response in operation.get("responses", {}).items():
                    if "$ref" in response:
                        response = builder.resolve(response["$ref"])
                    target = target_for(base + path, status)
                    content = response.get("content", {})
                    for media in content.values():
                        if target is None or "schema" not in media:
                            continue
                        example = media.get("example")
                        if example is None:
                            example = builder.build(media["schema"])
                        body = json.dumps(example).encode()
                        folder = out_dir / target
                        folder.mkdir(parents=True, exist_ok=True)
                        (folder / hashlib.sha1(body).hexdigest()[:16]).write_bytes(body)
                        count += 1
    print(f"{count} examples from {spec_dir}")


if __name__ == "__main__":
    main()
