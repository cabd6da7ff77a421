#!/usr/bin/env python3
"""Build the sixteenth-pkg2 evaluation set: python3 convert.py MIRRORS OUT (MIRRORS is not read).

Same recipe as sixteenth-pkg, imported from its convert.py rather than copied: the pages are read
unchanged from the npm tarball htmlparser-benchmark@1.1.3 (looked for in $PKGCACHE, default
/work/pkgcache, fetched there with `npm pack` when missing, sha256 checked before anything is
read), and NAME.html.expected.json is built from this directory's labels.json with
fourteenth-world's derive_body rule (plus sixteenth-pkg's fix/lstrip_re).
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))

_spec = importlib.util.spec_from_file_location(
    "sixteenth_pkg_convert", os.path.join(HERE, "..", "sixteenth-pkg", "convert.py"))
_recipe = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_recipe)

if __name__ == "__main__":
    _recipe.main(HERE)
