#!/usr/bin/env python3
"""Build the sixteenth-late evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Two sources, two recipes, both imported rather than copied:
- labels.json: pages of smallrivers/snacktory, each read at the commit that added it with
  sixteenth-distill's recipe (its main, pointed at this directory; it empties OUT first);
- pkg/labels.json: pages of the npm tarball htmlparser-benchmark@1.1.3, built with sixteenth-pkg's
  recipe (tarball from $PKGCACHE, default /work/pkgcache, sha256 checked; per-page selector rule).
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
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
    common.load_recipe("sixteenth-pkg").main(os.path.join(HERE, "pkg"))


if __name__ == "__main__":
    main()
