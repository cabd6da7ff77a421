#!/usr/bin/env python3
"""Rebuild eleventh-cjk: python3 convert.py MIRRORS OUT  (see NOTES.md)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402
import eleventh_lib as lib  # noqa: E402

GNE = ("kingname/GeneralNewsExtractor", "de4a338071e2edc0f075e70c924f0b70d76a5bd7")
TWN = ("virus-warnning/twnews", "4c7ef436018480d07b5f3f5f474f3843af46eb99")
SNT = ("karussell/snacktory", "c05c5ec338922b3f9a40cd35597ba8094f9162b0")
LUIN = ("luin/readability", "8f3357b1a6cf2d725e28502c845538da9e5563c1")
SOMA = ("SomaNews/somanews-crawler", "384cb1617cfb6c127da0c89193be9f27de9ebf6c")  # file deleted later: history

PAGES = [
    # name, source, path
    ("cn-sina-12306", GNE, "tests/sina/2.html"),
    ("cn-sina-bond", GNE, "tests/sina/3.html"),
    ("cn-sina-iphone11", GNE, "tests/sina/4.html"),
    ("cn-sina-chentongjia", GNE, "tests/sina/5.html"),
    ("cn-sina-5gchip", GNE, "tests/sina/sina.html"),
    ("cn-qq-yifenqian", GNE, "tests/qq/qq.html"),
    ("cn-qq-prism", GNE, "tests/qq/2.html"),
    ("cn-gamersky", GNE, "tests/gamersky/gamersky.html"),
    ("cn-csdn", GNE, "tests/csdn/1.html"),
    ("cn-hexun", GNE, "tests/hexun/1.html"),
    ("cn-baijiahao-mermaid", GNE, "tests/baijiahao/1.html"),
    ("cn-baijiahao-pager", GNE, "tests/baijiahao/2.html"),
    ("cn-toutiao-hailuogou", GNE, "tests/toutiao/3.html"),
    ("cn-cjn", GNE, "tests/cjn/1.html"),
    ("cn-cjddsb", GNE, "tests/cjddsb/1.html"),
    # by rule: the first article page of each further GNE site, sites in alphabetical order, the 5 first
    # (sites of ninth-cjk excluded: people, ifeng, thepaper, 163, huanqiu)
    ("cn-ednchina", GNE, "tests/ednchina/1.html"),
    ("cn-guancha", GNE, "tests/guancha/2.html"),
    ("cn-gzggw", GNE, "tests/gzggw/1.html"),
    ("cn-mingridapan", GNE, "tests/mingridapan/1.html"),
    ("cn-gsc", GNE, "tests/gsc/1.html"),
    ("tw-appledaily", TWN, "twnews/samples/appledaily.html.xz"),
    ("tw-chinatimes", TWN, "twnews/samples/chinatimes.html.xz"),
    ("tw-cna", TWN, "twnews/samples/cna.html.xz"),
    ("tw-ettoday", TWN, "twnews/samples/ettoday.html.xz"),
    ("tw-ltn", TWN, "twnews/samples/ltn.html.xz"),
    ("tw-setn", TWN, "twnews/samples/setn.html.xz"),
    ("tw-udn", TWN, "twnews/samples/udn.html.xz"),
    ("ja-yomiuri-1", SNT, "src/test/resources/de/jetwick/snacktory/yomiuri.html"),
    ("ja-yomiuri-2", SNT, "src/test/resources/de/jetwick/snacktory/yomiuri2.html"),
    ("ja-uxmilk", LUIN, "test/fixtures/ux-milk.html"),
    ("ko-yonhap", SOMA, "testdata/yonhap/yonhap_article.htm"),
]

FIELDS = ("url", "title", "title_alternatives", "authors", "published", "lead_image", "encoding")


def main():
    mirrors, out = common.main_args()
    labels = common.load_labels(HERE)
    gitdirs = {}
    common.clean_out(out)
    for name, (repo, commit), path in PAGES:
        if repo not in gitdirs:
            gitdirs[repo] = lib.open_repo2(mirrors, repo, commit)
        raw = lib.read_source(gitdirs[repo], commit, path)
        lab = labels.get(name, {})
        exp = {k: lab[k] for k in FIELDS if k in lab}
        body = {}
        if "body_select" in lab:
            cs = (lab.get("encoding") or {}).get("actual") or lib.sniff_charset(raw)
            body["text"] = lib.derive_body(raw, cs, lab["body_select"], lab.get("body_drop", []),
                                           lab.get("body_drop_lines", []),
                                           lab.get("body_end"), lab.get("body_start"))
        if "first_200" in lab:
            body["first_200"] = lab["first_200"]
        if body:
            exp["body"] = body
        common.write_page(out, name, raw, exp)
    print("wrote %d pages to %s" % (len(PAGES), out))


if __name__ == "__main__":
    main()
