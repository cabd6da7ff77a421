#!/usr/bin/env python3
"""Build the thirtyfourth-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Still more non-English pages of mikeizbicki/metahtml's 2020 test cache (fork Tonnpo/metahtml, tests/.cache), read
exactly as thirtysecond-a and thirtythird-a read them: thirtysecond-a's page reader is imported (git show of the cache
file at the label's commit, then common.requests_text_to_bytes restores the served bytes from requests' text; the
restored charset must be the labelled one). twentyfifth-b's loop (imported) then runs common.check_full_rule,
common.check_charset, common.check_split (a page is in thirtyfourth-b-late exactly when int(sha1(bytes), 16) % 3 == 0)
and fourteenth-world's expected/write_files. thirtyfourth-b-late's converter imports this module and runs main() on its
own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the charsets these pages were served in (labels.json "encoding") and the Python codec of each
CODECS = {"UTF-8": "utf-8"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv) with thirtysecond-a's page reader (imported)."""
    page = common.load_recipe("thirtysecond-a").page
    common.load_recipe("twentyfifth-b").main(here, page=page, codecs=CODECS)


if __name__ == "__main__":
    main()
