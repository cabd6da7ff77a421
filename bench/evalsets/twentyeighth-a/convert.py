#!/usr/bin/env python3
"""Build the twentyeighth-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Asian-language news pages from a repository no earlier set read: tisorlawan/indonesian-media-crawler's
`tests/htmls/*.html` (detik.com article pages the crawler's author saved as parser fixtures in December 2022, stored as
is), each pinned to its repo@commit in labels.json and read with `git show <commit>:<path>` by twentysixth-c's page
reader (imported, not copied). The bytes are written unchanged to OUT/NAME.html; OUT/NAME.html.expected.json comes from
twentyfifth-b's loop (imported), which runs fourteenth-world's `expected`/`write_files`: the body derived by the page's
full-body selector rule, checked to start with the labelled opening. common.check_charset (strict decode as the
labelled charset, no <meta> declaring another), common.check_full_rule and common.check_split (the sha1 split: a page
is in twentyeighth-a-late exactly when int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page.
twentyeighth-a-late's converter imports this module and runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

CODECS = {"UTF-8": "utf-8", "EUC-KR": "euc-kr", "Shift_JIS": "shift_jis", "GBK": "gbk", "Big5": "big5"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyfifth-b's loop with twentysixth-c's page
    reader (both imported) and this set's charsets; a directory named *-late is the held-out third."""
    page = common.load_recipe("twentysixth-c").page
    common.load_recipe("twentyfifth-b").main(here, page=page, codecs=CODECS)


if __name__ == "__main__":
    main()
