#!/usr/bin/env python3
"""Build the twentyninth-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Scrapy test cases of mitul-kalariya/scrapping-webs (each page pinned to its own commit in labels.json) that no earlier
set read: European, Canadian, Brazilian, Indian (Hindi) and Hong Kong outlets (Le Point, TF1 INFO, HuffPost FR, BFMTV,
TVA Nouvelles, BILD, WELT, ZDFheute, Metrópoles, il Fatto Quotidiano, Republic Bharat, HKET). twentyeighth-d's converter
(imported, not copied; it runs twentyfifth-a's) does the work: twentythird-a's page_bytes re-encodes the case's
raw_response text as UTF-8 (only when it holds no U+FFFD and the content type or a <meta> says UTF-8),
fourteenth-world's recipe derives the expected body from the page's full-body selector rule, common.check_charset and
common.check_split check the encoding and the side of the sha1 split (twentyninth-a-late holds a page exactly when
int(sha1(page bytes), 16) % 3 == 0; it runs this module on its own directory). Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv); a directory ending in -late is the held-out side."""
    common.load_recipe("twentyeighth-d").main(here)


if __name__ == "__main__":
    main()
