#!/usr/bin/env python3
"""Build the thirtyfourth-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is an English news page of mikeizbicki/metahtml's test cache (tests/.cache/<url folder>/<capture date>, 2020
captures made with Python `requests`), read from the fork Tonnpo/metahtml at the commit labels.json pins — the same
source and capture as thirtysecond-a, whose page reader is imported: `git show` of the cache file, then
common.requests_text_to_bytes restores the served bytes (the charset it finds must be the labelled one). The loop is
twentyfifth-b's (imported): common.check_full_rule, common.check_charset, common.check_split (a page is in
thirtyfourth-a-late exactly when int(sha1(bytes), 16) % 3 == 0), then fourteenth-world's expected/write_files (the body
derived by the page's full-body selector rule, checked to start with the labelled opening). thirtyfourth-a-late's
converter imports this module and runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyfifth-b's loop with thirtysecond-a's page
    reader and charsets (both imported); a directory named *-late is the held-out third."""
    reader = common.load_recipe("thirtysecond-a")
    common.load_recipe("twentyfifth-b").main(here, page=reader.page, codecs=reader.CODECS)


if __name__ == "__main__":
    main()
