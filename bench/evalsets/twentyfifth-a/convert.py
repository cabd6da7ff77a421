#!/usr/bin/env python3
"""Build the twentyfifth-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a Scrapy test case of mitul-kalariya/scrapping-webs (one branch per site, each page pinned to its own
commit in labels.json), read with `git show <commit>:<path>` from the fetch tool's mirror (common.open_repo_any). The
case's raw_response content is the served page as Scrapy decoded it; twentythird-a's page_bytes (imported) turns it
back into bytes: content.encode("utf-8"), allowed only when the text holds no U+FFFD and the content type or the
page's <meta> says UTF-8. The page is written to OUT/NAME.html and OUT/NAME.html.expected.json is built with
fourteenth-world's recipe (imported): the body derived by the page's selector rule (every page has one, full body),
checked against the labelled opening. Each page must decode strictly as UTF-8 and declare no other charset in a
<meta> tag (common.check_charset), and must sit on the side of the sha1 split it is labelled for: twentyfifth-a-late
holds a page exactly when int(sha1(page bytes), 16) % 3 == 0 (common.check_split; twentyfifth-a-late imports this
module and runs main() on its own directory). Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

CODECS = {"UTF-8": "utf-8"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv); the directory's name says which side of the split it is:
    twentyfourth-a's main (imported) with page_bytes as its unwrap hook."""
    scrapy = common.load_recipe("twentythird-a")
    common.load_recipe("twentyfourth-a").main(here, codecs=CODECS, unwrap=scrapy.page_bytes)


if __name__ == "__main__":
    main()
