#!/bin/sh
# SPDX-License-Identifier: MIT
# Writes the Debian changelog (changelog.Debian.gz, gzip -9n) from CHANGELOG.md, the one place
# where changes are written down.
#
#   make-changelog.sh CHANGELOG.md PACKAGE VERSION REVISION MAINTAINER EPOCH OUTPUT.gz
#
# Each "## [x.y.z] - YYYY-MM-DD" section becomes the entry of version x.y.z-REVISION, dated that
# day. "## [Unreleased]" becomes the entry of VERSION (the project's version, the package's)
# while CHANGELOG.md has no section of that version yet, dated EPOCH (seconds since 1970: the
# build's SOURCE_DATE_EPOCH or its last commit). Its "### Added" and similar headings become
# top-level items, the bullets under them sub-items; lines are wrapped at 78 columns and
# Markdown's `code`, **bold** and [links](url) become plain text.
set -eu

if [ $# -ne 7 ]; then
    echo "usage: $0 CHANGELOG.md PACKAGE VERSION REVISION MAINTAINER EPOCH OUTPUT.gz" >&2
    exit 2
fi
changelog=$1 package=$2 version=$3 revision=$4 maintainer=$5 epoch=$6 output=$7

unreleased_version=""
if ! grep -q "^## \[$version\]" "$changelog"; then
    unreleased_version=$version
fi

tmp="$output.tmp"
LC_ALL=C.UTF-8 awk -v package="$package" -v revision="$revision" -v maintainer="$maintainer" \
    -v epoch="$epoch" -v unreleased_version="$unreleased_version" '
function rfc2822(day,    command, out) {
    if (day == "")
        command = "date -u -R -d @" epoch
    else
        command = "date -u -R -d \"" day " 00:00:00 UTC\""
    command | getline out
    close(command)
    return out
}
function plain(text) {
    gsub(/\*\*/, "", text)
    gsub(/`/, "", text)
    while (match(text, /\[[^]]*\]\([^)]*\)/)) {
        link = substr(text, RSTART, RLENGTH)
        sub(/\]\(.*/, "", link)
        text = substr(text, 1, RSTART - 1) substr(link, 2) substr(text, RSTART + RLENGTH)
    }
    return text
}
# Prints text in lines of at most 78 columns: the first after "first", the others after "rest".
function wrap(text, first, rest,    n, words, i, line) {
    n = split(text, words, /[ \t]+/)
    line = first
    for (i = 1; i <= n; i++) {
        if (words[i] == "")
            continue
        if (line != first && line != rest && length(line) + 1 + length(words[i]) > 78) {
            print line
            line = rest
        }
        line = (line == first || line == rest) ? line words[i] : line " " words[i]
    }
    if (line != first && line != rest)
        print line
}
function flush_item() {
    if (item != "") {
        if (!heading_printed) {
            wrap(heading, "  * ", "    ")
            heading_printed = 1
        }
        wrap(plain(item), "    - ", "      ")
        items++
    }
    item = ""
}
function close_entry() {
    flush_item()
    if (!open_entry)
        return
    if (items == 0)
        print "  * No changes recorded."
    print ""
    print " -- " maintainer "  " rfc2822(entry_day)
    print ""
    open_entry = 0
}
/^## \[/ {
    close_entry()
    name = $0
    sub(/^## \[/, "", name)
    sub(/\].*/, "", name)
    entry_day = ""
    if (match($0, /[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/))
        entry_day = substr($0, RSTART, RLENGTH)
    if (name == "Unreleased") {
        if (unreleased_version == "")
            next
        name = unreleased_version
        entry_day = ""
    }
    printf "%s (%s-%s) unstable; urgency=medium\n\n", package, name, revision
    open_entry = 1
    items = 0
    heading = "Changes"
    heading_printed = 0
    next
}
!open_entry { next }
/^### / {
    flush_item()
    heading = substr($0, 5) ":"
    heading_printed = 0
    next
}
/^[-*] / { flush_item(); item = substr($0, 3); next }
/^[ \t]+[^ \t]/ { if (item != "") item = item " " $0; next }
/^[ \t]*$/ { flush_item(); next }
END { close_entry() }
' "$changelog" >"$tmp"

if ! grep -q "^$package " "$tmp"; then
    echo "$0: $changelog has no section for $version and no [Unreleased] section" >&2
    rm -f "$tmp"
    exit 1
fi
gzip -9n <"$tmp" >"$output"
rm -f "$tmp"
