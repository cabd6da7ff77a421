#!/usr/bin/env python3
"""Build the seventeenth-late2 evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Pages of smallrivers/snacktory, each read at the commit named in labels.json, built exactly as
seventeenth-snack builds its own: that set's convert.py is imported and pointed at this directory's
labels.json (it runs sixteenth-distill's recipe, then rebuilds each expected JSON with
fourteenth-world's `expected` so that the page's selector rule derives the body text and checks
the opening). No recipe code is copied. Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def main():
    snack = common.load_recipe("seventeenth-snack")
    snack.HERE = HERE  # its main reads labels.json from HERE (and hands HERE to sixteenth-distill)
    snack.main()


if __name__ == "__main__":
    main()
