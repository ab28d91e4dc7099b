#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fills the unfinished entries of the English plural-forms file (association-studio_en.ts).

The sources write counts as "%n label(s)"; English needs "1 label" and "2 labels". Each
unfinished numerus entry gets the singular ("(s)" removed) and the plural ("(s)" → "s"), and is
marked finished. Entries already finished (reviewed by hand) are left as they are.

    tools/fill-english-plurals.py resources/translations/association-studio_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET


def forms(source):
    singular = re.sub(r"\((s)\)", "", source)
    singular = re.sub(r"\(S\)", "", singular)
    plural = source.replace("(s)", "s").replace("(S)", "S")
    return singular, plural


def main(path):
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        singular, plural = forms(message.findtext("source", ""))
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in (singular, plural):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    print(f"{path}: filled {filled} plural entr{'y' if filled == 1 else 'ies'}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: fill-english-plurals.py FILE.ts")
    main(sys.argv[1])
