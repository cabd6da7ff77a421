#!/usr/bin/env python3
"""Build the twentieth-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

The recipe format is fourteenth-world's (pages read with `git show <pinned commit>:<path>` and written
unchanged, expected JSON from labels.json, body texts derived by each page's selector rule and checked
against the labelled opening), so its converter is run on this directory's labels.json.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

_recipe = common.load_recipe("fourteenth-world")

if __name__ == "__main__":
    _recipe.main(HERE)
