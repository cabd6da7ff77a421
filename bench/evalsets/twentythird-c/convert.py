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
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the codec each charset label names (windows-1254: the Turkish page that declares it)
CODEC = {"UTF-8": "utf-8", "ISO-8859-1": "latin-1", "windows-1254": "cp1254"}


def main():
    mirrors, out = common.main_args()
    world = common.load_recipe("fourteenth-world")
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    gits = {s["repo"]: (common.open_repo_any(mirrors, s["repo"], s["commit"]), s["commit"]) for s in labels["sources"]}
    common.clean_out(out)
    for name, lab in sorted(labels["pages"].items()):
        common.check_full_rule(name, lab)
        g, commit = gits[lab["repo"]]
        if lab.get("commit"):
            # a page the repository deleted later is read at its own pin
            commit = lab["commit"]
            common.check_commit(g, commit, lab["repo"])
        raw = common.git_show(g, commit, lab["path"])
        if lab["path"].endswith(".bz2"):
            raw = bz2.decompress(raw)
        common.check_charset(name, raw, lab["encoding"], CODEC)
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
