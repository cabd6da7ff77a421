#!/usr/bin/env python3
"""Build the sixteenth-late evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Two sources, two recipes, both imported rather than copied:
- labels.json: pages of smallrivers/snacktory, each read at the commit that added it with
  sixteenth-distill's recipe (its main, pointed at this directory; it empties OUT first);
- pkg/labels.json: pages of the npm tarball htmlparser-benchmark@1.1.3, built with sixteenth-pkg's
  recipe (tarball from $PKGCACHE, default /work/pkgcache, sha256 checked; per-page selector rule).
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def _load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel, "convert.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    distill = _load("sixteenth_distill_convert", "sixteenth-distill")
    distill.HERE = HERE  # its main reads labels.json from HERE
    distill.main()
    _load("sixteenth_pkg_convert", "sixteenth-pkg").main(os.path.join(HERE, "pkg"))


if __name__ == "__main__":
    main()
