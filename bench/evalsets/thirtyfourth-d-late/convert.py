#!/usr/bin/env python3
"""Build the thirtyfourth-d-late evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

The late third of the pages drafted for thirtyfourth-d (held out until after tuning): thirtyfourth-d's converter,
imported, run on this directory's labels.json; it checks that every page here is one the sha1 split sends here.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

if __name__ == "__main__":
    common.load_recipe("thirtyfourth-d").main(HERE)
