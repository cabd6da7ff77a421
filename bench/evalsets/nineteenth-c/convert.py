#!/usr/bin/env python3
"""Build the nineteenth-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

fourteenth-world's recipe (imported, not copied) run on this directory's labels.json: each page read with
`git show <pinned commit>:<path>` from the mirrors of kujtimZyte/booksbot_v2 (the commit is the head of that
repository's pull request #8, which the mirror keeps as a ref), johnl/web-page-parser, code-for-venezuela/c4v-py and kaini/newslist,
and written byte for byte to OUT/NAME.html;
OUT/NAME.html.expected.json built from the labels, the body derived by the page's selector rule where it has
one (opening checked against it). Pages without a rule carry the opening only; this script checks that opening
against the page's text, so a label that is not in the page stops the build.
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def main():
    world = common.load_recipe("fourteenth-world")
    common.clean_out(common.main_args()[1])
    world.main(HERE)
    out = sys.argv[2]
    for name, lab in sorted(common.load_labels(HERE)["pages"].items()):
        if lab.get("body"):
            continue  # checked by the recipe against the derived body
        raw = open(os.path.join(out, name + ".html"), "rb").read()
        common.check_opening(name, raw.decode(lab.get("decode", "utf-8"), "replace"), lab["first_200"], world.ws)


if __name__ == "__main__":
    main()
