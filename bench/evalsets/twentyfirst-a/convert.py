#!/usr/bin/env python3
"""Build the twentyfirst-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

fourteenth-world's recipe (imported, not copied) run on this directory's labels.json: each page is read with
`git show <pinned commit>:<path>` and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json is built
from the labels, the body derived by the page's selector rule and checked against the labelled opening. Then the
checks twentieth-b's converter makes (imported too) run on every page: the bytes decode strictly as the labelled
charset and no <meta> declares another, and an opening is at most 200 characters. twentyfirst-late imports this
module and runs main() on its own directory. Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT and checks every page against its label."""
    world = common.load_recipe("fourteenth-world")
    twentieth = common.load_recipe("twentieth-b")
    out = common.main_args()[1]
    labels = common.load_labels(here)
    common.clean_out(out)
    world.main(here)
    for name, lab in sorted(labels["pages"].items()):
        raw = open(os.path.join(out, name + ".html"), "rb").read()
        twentieth.check_charset(name, raw, lab["encoding"])
        if len(lab["first_200"]) > 200:
            common.die("%s: first_200 longer than 200 characters" % name)
        if not lab.get("body"):
            # a page without a rule: its opening must still be in its text
            common.check_opening(name, raw.decode(twentieth.CODEC[lab["encoding"]]), lab["first_200"], world.ws)


if __name__ == "__main__":
    main()
