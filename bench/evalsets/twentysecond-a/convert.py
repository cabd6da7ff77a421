#!/usr/bin/env python3
"""Build the twentysecond-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

twentyfirst-a's converter, imported, run on this directory's labels.json: fourteenth-world's recipe (each page read
with `git show <pinned commit>:<path>` and written byte for byte to OUT/NAME.html, the expected JSON built from the
labels, every body derived by the page's selector rule and checked against the labelled opening) plus twentieth-b's
charset checks and the 200-character limit on openings. twentysecond-late imports this module and runs main() on its
own directory. Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT with twentyfirst-a's checks."""
    common.load_recipe("twentyfirst-a").main(here)


if __name__ == "__main__":
    main()
