#!/usr/bin/env python3
"""Build the twentysecond-late evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

The late third of the pages drafted for twentysecond-a (held out until after tuning): twentysecond-a's converter,
imported, run on this directory's labels.json (fourteenth-world's recipe plus twentieth-b's charset checks).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

if __name__ == "__main__":
    common.load_recipe("twentysecond-a").main(HERE)
