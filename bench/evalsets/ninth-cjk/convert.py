#!/usr/bin/python3
"""ninth-cjk: 46 Korean, Japanese and Chinese news pages labelled by hand from the page itself.

usage: /usr/bin/python3 convert.py MIRRORS OUT   (Debian's python3 with python3-lxml, python3-cssselect)

Pages (bytes copied unchanged):
- 17 Korean, SomaNews/somanews-crawler testdata (Chosun ×5, Donga ×5, Hankyoreh ×4, Kyunghyang ×3, 2016);
  the list pages, the RSS file and chosun_article_2.html (an older template of another year) left out;
- 23 Japanese, koron/java-extractarticle src/test/resources 000001–000026 (Yahoo!ニュース, 朝日, 読売,
  産経, 毎日, 日経, 2021) without 000003 (an access-ranking copy the project's own test marks invalid)
  and 000013/000014 (読売 member-only pages with no story); the blogs 000027–000041 left out;
- 1 Japanese, advancedlogic/GoOse sites/huffingtonpost.jp.html;
- 5 Chinese, GeneralNewsExtractor tests/{people,ifeng,thepaper,163,huanqiu}/1.html.
Expected values come from labels.json (hand labels: title, title_alternatives, authors, published,
encoding, first_200; url from the page's og:url or canonical link unless labelled) and, for body.text, from the page itself by the rule in labels.json
(common.rule_body_text: body_select / body_drop / body_drop_lines / body_stop).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

SOURCES = {
    "SomaNews/somanews-crawler": "4d31b54c41182e8bccee5dbbc9679ebf6376db49",
    "koron/java-extractarticle": "8e1507308b2fe911cf89d6641e8ddfe7430f4d0d",
    "advancedlogic/GoOse": "717927370fc8f68b5f590aa46b8b156756cfebb3",
    "GeneralNewsExtractor/GeneralNewsExtractor": "3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a",
}


def pages():
    S, K = "SomaNews/somanews-crawler", "koron/java-extractarticle"
    G = "GeneralNewsExtractor/GeneralNewsExtractor"
    out = [("kr-soma-chosun-article", S, "testdata/chosun/chosun_article.html")]
    for n in ["2016091301145", "2016091301378", "2016091301750", "2016091302449"]:
        out.append(("kr-soma-chosun-" + n, S, "testdata/chosun/chosun_article_%s.htm" % n))
    for n in ["80317105", "80317108", "80317115", "80317118", "80317130"]:
        out.append(("kr-soma-donga-" + n, S, "testdata/donga/donga_article_20160918_%s.htm" % n))
    for n in ["761484", "761485", "761486", "761487"]:
        out.append(("kr-soma-hani-" + n, S, "testdata/hani/hani_article_%s.htm" % n))
    for n in ["201609260957011", "201609262218015", "201609270932001"]:
        out.append(("kr-soma-khan-" + n, S, "testdata/khan/khan_article_%s.html" % n))
    for i in range(1, 27):
        if i in (3, 13, 14):
            continue
        site = ("yahoo" if i <= 6 else "asahi" if i <= 10 else "yomiuri" if i <= 14 else "sankei" if i <= 18
                else "mainichi" if i <= 22 else "nikkei")
        out.append(("ja-koron-%s-%06d" % (site, i), K, "src/test/resources/%06d.html" % i))
    out.append(("ja-goose-huffpostjp", "advancedlogic/GoOse", "sites/huffingtonpost.jp.html"))
    for s in ["people", "ifeng", "thepaper", "163", "huanqiu"]:
        out.append(("zh-gne-%s-1" % s, G, "tests/%s/1.html" % s))
    return out


def main():
    common.run_labelled(os.path.dirname(os.path.abspath(__file__)), SOURCES, pages)


if __name__ == "__main__":
    main()
