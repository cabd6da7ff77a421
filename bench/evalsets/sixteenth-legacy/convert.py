#!/usr/bin/env python3
"""Build the sixteenth-legacy evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

The recipe format is fourteenth-world's (pages read at a pinned commit and written unchanged, expected
JSON from labels.json, body texts derived by each page's selector rule), so its converter is run on this
directory's labels.json.
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "fourteenth_world_convert", os.path.join(HERE, "..", "fourteenth-world", "convert.py"))
_recipe = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_recipe)

if __name__ == "__main__":
    _recipe.main(HERE)
