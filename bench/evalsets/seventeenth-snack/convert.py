#!/usr/bin/env python3
"""Build the seventeenth-snack evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Pages of smallrivers/snacktory, each read at the commit named in labels.json, built with
sixteenth-distill's recipe (its main, pointed at this directory; it empties OUT first and checks each
labelled opening in the page text); then each page's expected JSON is rebuilt with fourteenth-world's
`expected` so that the per-page selector rule in labels.json (`body`: sel, full, fix) derives the body
text (kept when `full` is true) and the opening is checked against it. Both recipes are imported, not
copied. Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def main():
    distill = common.load_recipe("sixteenth-distill")
    distill.HERE = HERE  # its main reads labels.json from HERE
    distill.main()
    world = common.load_recipe("fourteenth-world")
    mirrors, out = common.main_args()
    gitdir = common.find_mirror(mirrors, "smallrivers/snacktory")
    for name, lab in sorted(common.load_labels(HERE)["pages"].items()):
        # the selector rule is what sixteenth-distill's recipe lacks: rebuild the expected JSON with it
        raw = common.git_show(gitdir, lab["commit"], lab["path"])
        common.write_page(out, name, raw, world.expected(name, lab, raw))


if __name__ == "__main__":
    main()
