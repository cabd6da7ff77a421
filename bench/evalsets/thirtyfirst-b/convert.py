#!/usr/bin/env python3
"""Build the thirtyfirst-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Hong Kong, Taiwanese, Korean and Japanese news pages from three public repositories, each page pinned to its own
commit in labels.json:
- yachi/newsparser's RSpec fixture spec/htmls/gaa1.htm, which its author replaced three times (2011-07-11, 2011-07-18,
  2012-05-17): three Ming Pao (明報) daily pages served in Big5-HKSCS (they declare charset=big5, the label's name, and
  decode strictly only as Python's big5hkscs, the WHATWG "big5" decoder's repertoire); read whole ("form": "file");
- virus-warnning/twnews's 2018 udn.com sample (twnews/samples/udn.html as wget saved it), read whole as well;
- Scrapy test cases of mitul-kalariya/scrapping-webs that no earlier set read (RTHK, Bastille Post, Sing Tao, Headline
  Daily, Oriental Daily, TV Chosun, NHK); twentythird-a's page_bytes (imported) re-encodes the case's raw_response
  text as UTF-8, only when it holds no U+FFFD and the content type or a <meta> says UTF-8.
twentyfourth-a's loop (imported, not copied) reads each file with `git show <commit>:<path>`, checks the charset
(common.check_charset: strict decoding, no <meta> declaring another charset) and the sha1 split (common.check_split:
thirtyfirst-b-late holds a page exactly when int(sha1(page bytes), 16) % 3 == 0), and writes OUT/NAME.html byte for
byte and OUT/NAME.html.expected.json with fourteenth-world's recipe: the body derived by the page's full-body selector
rule (a label's "decode" names the codec the rule reads the page with), checked to start with the labelled opening.
thirtyfirst-b-late's converter imports this module and runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the charset labels this set uses and the Python codecs that decode them strictly
CODECS = {"UTF-8": "utf-8", "Big5": "big5hkscs"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv); a directory ending in -late is the held-out side."""
    scrapy = common.load_recipe("twentythird-a")
    common.load_recipe("twentyfourth-a").main(here, codecs=CODECS, unwrap=scrapy.page_bytes)


if __name__ == "__main__":
    main()
