#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Turns CHANGELOG.md (Keep a Changelog) into the Debian changelog or the AppStream <releases>.

The [Unreleased] section becomes an entry for the version being built when that version is not a
release (it carries a "+" suffix, see cmake/WriteVersion.cmake); for a release build it is left
out. Entries are newest first in both outputs, as dpkg and AppStream expect.
"""

import argparse
import datetime
import re
import sys
from xml.sax.saxutils import escape

HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
KIND = re.compile(r"^### (?P<kind>\w+)\s*$")
ITEM = re.compile(r"^- (?P<text>.*)$")


def plain(text):
    """Markdown inline markup to plain text: links keep their words, code and emphasis marks go."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return re.sub(r"[`*_]", "", text)


def parse(path):
    releases = []
    with open(path, encoding="utf-8") as changelog:
        for line in changelog:
            line = line.rstrip("\n")
            if match := HEADING.match(line):
                releases.append({"version": match["version"], "date": match["date"], "items": []})
            elif not releases:
                continue
            elif match := KIND.match(line):
                kind = match["kind"]
            elif match := ITEM.match(line):
                releases[-1]["items"].append(f"{kind}: {plain(match['text'])}")
            elif line.startswith("  ") and releases[-1]["items"]:
                releases[-1]["items"][-1] += " " + plain(line.strip())
    for release in releases:
        if release["version"] != "Unreleased" and not release["date"]:
            sys.exit(f"{path}: release {release['version']} has no date")
    return releases


def entries(releases, version, build_date):
    """The releases to publish, with the Unreleased section named after a development build."""
    published = []
    for release in releases:
        if release["version"] == "Unreleased":
            if "+" in version and release["items"]:
                published.append(dict(release, version=version, date=build_date, development=True))
        else:
            published.append(dict(release, development=False))
    return published


def wrap(text, width, first, rest):
    lines, line = [], first
    for word in text.split():
        if len(line) + len(word) + 1 > width and line.strip() not in ("", "*"):
            lines.append(line.rstrip())
            line = rest
        line += word + " "
    lines.append(line.rstrip())
    return lines


def debian(published, maintainer):
    out = []
    for release in published:
        when = datetime.datetime.strptime(release["date"], "%Y-%m-%d").replace(
            hour=12, tzinfo=datetime.timezone.utc)
        out.append(f"qbmod ({release['version']}) unstable; urgency=medium")
        out.append("")
        for item in release["items"] or ["No user-visible changes."]:
            out.extend(wrap(item, 80, "  * ", "    "))
        out.append("")
        out.append(f" -- {maintainer}  {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}")
        out.append("")
    return "\n".join(out)


def metainfo(published):
    out = ["<releases>"]
    for release in published:
        kind = ' type="development"' if release["development"] else ""
        out.append(f'    <release version="{escape(release["version"])}" '
                   f'date="{release["date"]}"{kind}>')
        out.append("      <description>")
        out.append("        <ul>")
        for item in release["items"]:
            out.append(f"          <li>{escape(item)}</li>")
        out.append("        </ul>")
        out.append("      </description>")
        out.append("    </release>")
    out.append("  </releases>")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("format", choices=["debian", "metainfo"])
    parser.add_argument("--changelog", required=True)
    parser.add_argument("--version-file", required=True,
                        help="version.txt of the build: the version, then the commit's date")
    parser.add_argument("--maintainer", default="The qbmod developers")
    parser.add_argument("--template", help="metainfo: file with @RELEASES@ and @VERSION@")
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    with open(args.version_file, encoding="utf-8") as version_file:
        version, build_date = version_file.read().split()[:2]
    published = entries(parse(args.changelog), version, build_date)

    if args.format == "debian":
        text = debian(published, args.maintainer)
    else:
        with open(args.template, encoding="utf-8") as template:
            text = template.read().replace("@RELEASES@", metainfo(published))
    with open(args.output, "w", encoding="utf-8") as output:
        output.write(text)


if __name__ == "__main__":
    main()
