#!/usr/bin/env python3
"""Build the twentyeighth-e evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

English-language news pages from the Caribbean and Central America (Barbados, Dominican Republic, Trinidad and
Tobago, Jamaica, Bahamas, Costa Rica), all UTF-8, saved as test files in markusmobius/go-trafilatura's
test-files/comparison. twentyeighth-b's converter (imported: the same repository, commit, `git show` reader and
charset) writes each page unchanged to OUT/NAME.html and OUT/NAME.html.expected.json with twentyfifth-b's loop, which
runs fourteenth-world's `expected`/`write_files` with each page's full-body selector rule and checks the labelled
opening; common.check_charset, common.check_full_rule and common.check_split (a page is in twentyeighth-e-late exactly
when int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page. twentyeighth-e-late's converter imports this module
and runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyeighth-b's converter (imported), whose
    page reader (`git show` at the label's pinned commit) and charset are this set's too; a directory named *-late is
    the held-out third."""
    common.load_recipe("twentyeighth-b").main(here)


if __name__ == "__main__":
    main()
