#!/usr/bin/python3
"""tenth-cjk: 26 Korean, Japanese and Chinese news pages labelled by hand from the page itself.

usage: /usr/bin/python3 convert.py MIRRORS OUT   (Debian's python3 with python3-lxml, python3-cssselect)

Pages (bytes copied unchanged):
- 2 Korean Naver pages (news, sports) of forkonlp/N2H4's httptest fixtures (commit 958cac9, 2022; the
  files were removed later, so they are read at that commit);
- 1 Japanese NHK page, ykpythemind/extractcontent testdata/test01.html;
- 3 Chinese GerapyAutoExtractor samples/detail pages (china_news1, ifeng_news1, netease_news1 =
  zh-163-us-covid; sample.html and the second ifeng capture left out);
- 20 网易财经 pages of one 2015 GB2312 template, chrislinan/cx-extractor-python RawHtml: the first 20 by
  number of that template (1, 9, 10, 12-28; the GBK pages 2-8, 11, 30, 31 are another template).
Expected values come from labels.json (hand labels: title, title_alternatives, authors, published,
encoding; url from the page's og:url or canonical link unless labelled) and, for body.text, from the
page itself by the rule in labels.json (common.rule_body_text).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

SOURCES = {
    "forkonlp/N2H4": "958cac9ccace860384882847a6c3971bcdb31c3f",
    "ykpythemind/extractcontent": "eef80761e809e0c91f873bff7fcd2f61a22b1b19",
    "Gerapy/GerapyAutoExtractor": "d65ddd09d4714db4615ea0d522829b20ca7805e5",
    "chrislinan/cx-extractor-python": "56f19b1b7a340f730a9cfd28d2e11e65709f8852",
}


def pages():
    N, G, C = "forkonlp/N2H4", "Gerapy/GerapyAutoExtractor", "chrislinan/cx-extractor-python"
    out = [("kr-naver-news-0b6fd8", N, "tests/testthat/news.naver.com/main/read.naver-0b6fd8.html"),
           ("kr-naver-sports-f745ac", N,
            "tests/testthat/sports.news.naver.com/wfootball/news/read.naver-f745ac.html"),
           ("ja-nhk-test01", "ykpythemind/extractcontent", "testdata/test01.html"),
           ("zh-gerapy-china_news1", G, "samples/detail/china_news1.html"),
           ("zh-gerapy-ifeng_news1", G, "samples/detail/ifeng_news1.html"),
           ("zh-163-us-covid", G, "samples/detail/netease_news1.html")]
    for i in [1, 9, 10] + list(range(12, 29)):
        out.append(("zh-163-cx-%02d" % i, C, "RawHtml/%d.html" % i))
    return out


def main():
    common.run_labelled(os.path.dirname(os.path.abspath(__file__)), SOURCES, pages)


if __name__ == "__main__":
    main()
