#!/usr/bin/env python3
"""Build the twentyeighth-e evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

English-language news pages from the Caribbean and Central America (Barbados, Dominican Republic, Trinidad and
Tobago, Jamaica, Bahamas, Costa Rica), all UTF-8, saved as test files in markusmobius/go-trafilatura's
test-files/comparison, read with `git show <commit>:<path>` at the commit pinned in labels.json and written unchanged
to OUT/NAME.html. OUT/NAME.html.expected.json comes from twentyfifth-b's loop (imported), which runs
fourteenth-world's `expected`/`write_files` with each page's full-body selector rule and checks the labelled opening;
common.check_charset, common.check_full_rule and common.check_split (a page is in twentyeighth-e-late exactly when
int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page. twentyeighth-e-late's converter imports this module and
runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

CODECS = {"UTF-8": "utf-8"}


def page(gitdir, lab):
    """The page bytes of one label: the file at the label's pinned commit, as stored."""
    common.check_commit(gitdir, lab["commit"], lab["repo"])
    return common.git_show(gitdir, lab["commit"], lab["path"])


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyfifth-b's loop (imported) with this set's
    page reader and charset; a directory named *-late is the held-out third."""
    common.load_recipe("twentyfifth-b").main(here, page=page, codecs=CODECS)


if __name__ == "__main__":
    main()
