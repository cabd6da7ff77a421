#!/usr/bin/env python3
"""Build the seventeenth-pkg3 evaluation set: python3 convert.py MIRRORS OUT (MIRRORS is not read).

Same recipe as sixteenth-pkg, imported from its convert.py rather than copied: the pages are read
unchanged from the npm tarball htmlparser-benchmark@1.1.3 (looked for in $PKGCACHE, default
/work/pkgcache, fetched there with `npm pack` when missing, sha256 checked before anything is
read), and NAME.html.expected.json is built from this directory's labels.json with
fourteenth-world's derive_body rule (plus sixteenth-pkg's fix/lstrip_re).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

_recipe = common.load_recipe("sixteenth-pkg")

if __name__ == "__main__":
    _recipe.main(HERE)
