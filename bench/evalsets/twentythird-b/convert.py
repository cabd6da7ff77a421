#!/usr/bin/env python3
"""Build the twentythird-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is an older version of a flairNLP/fundus test fixture (tests/resources/parser/test_data/<country>/*.html.gz)
that a later commit replaced or deleted, so the fundus sets (built from the fixtures at one pinned commit) never read
it. Each page is read with `git show <its own commit>:<path>` (labels.json gives the commit per page), gunzipped and
written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json is built with fourteenth-world's recipe (imported,
not copied): the body derived by the page's selector rule (every page has one, full body), checked against the
labelled opening. Each page is checked to decode strictly as its labelled charset with no <meta> declaring another,
and each opening is at most 200 characters. Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the codec each charset label names
CODEC = {"UTF-8": "utf-8"}


def main():
    mirrors, out = common.main_args()
    world = common.load_recipe("fourteenth-world")
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    gits = {}
    for s in labels["sources"]:
        for commit in s["commits"]:
            gits[(s["repo"], commit)] = common.open_repo_any(mirrors, s["repo"], commit)
    common.clean_out(out)
    for name, lab in sorted(labels["pages"].items()):
        common.check_full_rule(name, lab)
        key = (lab["repo"], lab["commit"])
        if key not in gits:
            common.die("%s: %s @ %s is not among labels.json sources" % (name, key[0], key[1]))
        raw = common.git_show(gits[key], lab["commit"], lab["path"])
        if lab["path"].endswith(".gz"):
            # fundus keeps its fixtures gzipped; the page is the decompressed document
            raw = gzip.decompress(raw)
        common.check_charset(name, raw, lab["encoding"], CODEC)
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
