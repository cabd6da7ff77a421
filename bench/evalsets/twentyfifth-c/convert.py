#!/usr/bin/env python3
"""Build the twentyfifth-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

twentyfourth-a's converter (imported, not copied) run on this directory's labels.json with this set's charset table:
each page is read with `git show <pin>:<path>` from the fetch tool's mirror of its repository (labels.json "sources"
pin each repository) and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json is built with
fourteenth-world's recipe: the body derived by the page's full-body selector rule (decoded with the label's
"decode" codec, gb18030 for the NetEase pages), checked against the labelled opening. Every page must decode strictly
as its labelled charset with no <meta> declaring another (common.check_charset; NetEase's GBK pages declare gb2312,
an alias in common.CHARSET_ALIASES) and sit on its side of the sha1 split (common.check_split):
twentyfifth-c-late imports this module and runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# charset label -> the Python codec a page so labelled must decode strictly with
CODECS = {"UTF-8": "utf-8", "GBK": "gbk"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv)."""
    common.load_recipe("twentyfourth-a").main(here, CODECS)


if __name__ == "__main__":
    main()
