#!/usr/bin/env python3
"""Build the thirtyfourth-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

More English pages of mikeizbicki/metahtml's 2020 test cache (fork Tonnpo/metahtml, tests/.cache), read exactly as
thirtythird-b reads its own: that set's converter is imported and run on this directory (thirtysecond-a's page reader,
twentyfifth-b's loop with common.check_full_rule, check_charset and check_split: a page is in thirtyfourth-a-late
exactly when int(sha1(bytes), 16) % 3 == 0). thirtyfourth-a-late's converter imports this module and runs main() on
its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv) with thirtythird-b's converter (imported)."""
    common.load_recipe("thirtythird-b").main(here)


if __name__ == "__main__":
    main()
