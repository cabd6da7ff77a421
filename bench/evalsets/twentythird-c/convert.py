#!/usr/bin/env python3
"""Build the twentythird-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is read with `git show <pinned commit>:<path>` from the fetch tool's mirror of its repository (labels.json
"sources"; common.open_repo_any, since some snapshots are clones with a work tree); a .bz2 fixture is decompressed (the
bytes inside are the page as the crawler saved it) and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json is built with fourteenth-world's recipe (imported, not copied): the body
derived by the page's selector rule (every page has one, full body), checked against the labelled opening. Then each
page is checked to decode strictly as its labelled charset with no <meta> declaring another, and each opening is
at most 200 characters. Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import bz2
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the codec each charset label names (windows-1254: the Turkish page that declares it)
CODEC = {"UTF-8": "utf-8", "ISO-8859-1": "latin-1", "windows-1254": "cp1254"}


def check_charset(name, raw, label):
    """The page decodes strictly as labelled and its <meta> tags declare no other charset."""
    if label not in CODEC:
        common.die("%s: labelled %s; this set knows %s" % (name, label, sorted(CODEC)))
    try:
        raw.decode(CODEC[label])
    except UnicodeDecodeError as e:
        common.die("%s: not valid %s (%s)" % (name, label, e))
    declared = {m.decode().lower() for tag in re.findall(rb"<meta\b[^>]*>", raw[:100000], re.I)
                for m in re.findall(rb'charset\s*=\s*["\']?\s*([A-Za-z0-9_.:-]+)', tag, re.I)}
    if declared - {label.lower()}:
        common.die("%s: labelled %s but a <meta> declares %s" % (name, label, sorted(declared)))


def main():
    mirrors, out = common.main_args()
    world = common.load_recipe("fourteenth-world")
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    gits = {s["repo"]: (common.open_repo_any(mirrors, s["repo"], s["commit"]), s["commit"]) for s in labels["sources"]}
    common.clean_out(out)
    for name, lab in sorted(labels["pages"].items()):
        if not lab.get("body", {}).get("full", True):
            common.die("%s: every page of this set has a full-body rule" % name)
        if len(lab["first_200"]) > 200:
            common.die("%s: first_200 longer than 200 characters" % name)
        g, commit = gits[lab["repo"]]
        if lab.get("commit"):
            # a page the repository deleted later is read at its own pin
            commit = lab["commit"]
            common.check_commit(g, commit, lab["repo"])
        raw = common.git_show(g, commit, lab["path"])
        if lab["path"].endswith(".bz2"):
            raw = bz2.decompress(raw)
        check_charset(name, raw, lab["encoding"])
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
