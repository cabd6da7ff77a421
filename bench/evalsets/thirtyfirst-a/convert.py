#!/usr/bin/env python3
"""Build the thirtyfirst-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

More Scrapy test cases of mitul-kalariya/scrapping-webs (each page pinned to its own commit in labels.json) that no
earlier set read, from the outlets the sets held least: Metrópoles (one page a republished Agência Brasil story),
linternaute, Republic World and Republic Bharat, TF1 INFO, BFMTV, Le Point, Le HuffPost, tagesschau, RTHK (English),
The Indian Express and Times Now. twentyninth-a's converter (imported, not copied; it runs twentyeighth-d's, which runs
twentyfifth-a's) does the work: twentythird-a's page_bytes re-encodes the case's raw_response text as UTF-8 (only when
it holds no U+FFFD and the content type or a <meta> says UTF-8), fourteenth-world's recipe derives the expected body
from the page's full-body selector rule, common.check_charset and common.check_split check the encoding and the side of
the sha1 split (thirtyfirst-a-late holds a page exactly when int(sha1(page bytes), 16) % 3 == 0; it runs this module on
its own directory). Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv); a directory ending in -late is the held-out side."""
    common.load_recipe("twentyninth-a").main(here)


if __name__ == "__main__":
    main()
