#!/usr/bin/env python3
"""thirteenth-cjk: 53 Korean, Japanese and Chinese news pages (hand-labelled, openings only).

python3 convert.py MIRRORS OUT

Sources (pinned):
  mitul-kalariya/scrapping-webs: one branch per site; each branch's <spider>/test/data/test_article_N.json
    holds [{"raw_response": {"content_type", "content"}}]: Scrapy's decoded text of the served page.
    Every page used was served as UTF-8 (the content_type says so) and holds no U+FFFD, so
    content.encode("utf-8") gives back the served bytes exactly.
  lulalala/taiwanese_news_parser: spec/taiwanese_news_parser/parser/*.html, the stored bytes as they are.
Labels (read by hand from each page) are in labels.json, keyed by page NAME.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

SW = "mitul-kalariya/scrapping-webs"
TW = "lulalala/taiwanese_news_parser"
TW_COMMIT = "fccbc791113af1ef1351498674a460a102501cda"

# (site key, branch tip commit, test-data folder, test_article numbers taken)
# Selection: Korean, the first three test articles of each outlet with distinct addresses (SBS, the
# largest pool with 15, four); Japanese, the first two of each outlet (Nikkei: nikkei.com, not the
# English asia.nikkei.com branch); Hong Kong, test_article_1 of seven outlets.
SCRAPY = [
    ("ko-sbs", "9343cc3dcd23fffe02356f1e31109166c4d0a5b2", "crwsbsnews/test/data", [1, 2, 3, 4]),
    ("ko-mbc", "6eef3d2f3e0fbdb1fd97d6b4a49fdce4c367f845", "crwmbcnews/test/data", [1, 2, 3]),
    ("ko-kbs", "c63ddcdb7e70feff5d7da7b260709e071e3f8554", "crwkbs/test/data", [1, 2, 3]),
    ("ko-chosun", "7656e5819933343624eac1d82887e5a950d2f91a", "crwchosunIboOnline/test/data", [1, 2, 3]),
    ("ko-tvchosun", "e0bc7fce68f7639feb3e492264a124a97b73ef7e", "crwtvchosun/test/data", [1, 2, 4]),
    ("ko-ytn", "fa66ade128da785337fcf6b7672c4721c416fe38", "crwytnonline/test/data", [1, 2, 3]),
    ("ko-yonhaptv", "45ad3efa74ac16f587ce2d2983bb0f6bbfd0b418", "crwyohapnews/test/data", [1, 2, 3]),
    ("ja-asahi", "e92c9a7bc53beb63d27372417cd6193ffec02f45", "crwasahishimbundigital/test/data", [1, 2]),
    ("ja-mainichi", "05fd8b15959642c6b273d6f4fa35a1f610ede7cb", "crwmainichi/test/data", [1, 2]),
    ("ja-nikkei", "424c3a38f6bf54a297a94f773f94eec4bcd2e0e3", "crwnikkeinews/test/data", [1, 2]),
    ("ja-sankei", "a2ed45720b1f5d9c0300cd151a07603c53f03d97", "crwsankei/test/data", [1, 2]),
    ("ja-nippon", "b87238bd3b873a1abd8bcc0879df143f3511bd63", "crwnippon/test/data", [1, 2]),
    ("ja-tbs", "a740524846d0c446f27939e99196dc96c3e5ef31", "crwtbsnews/test/data", [1, 2]),
    ("hk-bastille", "f47fd658bb0060041a3465e8aa83eba869d33805", "crwbastillepost/test/data", [1]),
    ("hk-hk01", "7b126c7cb504574e6a7e614e279b5f02f1c9fe6f", "crwhk01/test/data", [1]),
    ("hk-oriental", "49b39fe9755389fffd12ae6fbf1ffede2d65b2b3", "crworientaldaily/test/data", [1]),
    ("hk-rthk", "d16e405d48839422886b0ddd703933dab58f97f5", "crwrthknews/test/data", [1]),
    ("hk-singtao", "c74a7ae2c8f816d3f08d00a985d35749f03cbbed", "crwsingtaodaily/test/data", [1]),
    ("hk-headline", "e663770134a77edcef7281e7336fd522f9ed8c7b", "crwheadlinedaily/test/data", [1]),
    ("hk-am730", "d95d45610043feca3cf36cd9ef363bbe89801bed", "crwam730/test/data", [1]),
]

# Taiwanese fixtures (2013-14): twelve of the 28, at most two per parser, the three Big5 pages included.
TAIWAN = ["apple_daily_s1", "apple_daily_s3", "china_times_s2", "cna_s1", "cts_s1", "ettoday_s1",
          "liberty_times_big5_s1", "liberty_times_news_s1", "now_news_s1", "tvbs_s1", "udn_s1", "udn_s2"]
TW_DIR = "spec/taiwanese_news_parser/parser/"


def pages(mirrors):
    sw = common.find_mirror(mirrors, SW)
    for key, commit, folder, nums in SCRAPY:
        common.check_commit(sw, commit, SW)
        for n in nums:
            raw = json.loads(common.git_show(sw, commit, "%s/test_article_%d.json" % (folder, n)))
            if isinstance(raw, list):
                raw = raw[0]
            rr = raw["raw_response"]
            text = rr["content"]
            if "\ufffd" in text:
                common.die("%s-%d holds U+FFFD: not exactly re-encodable" % (key, n))
            if "utf-8" not in rr["content_type"].lower():
                common.die("%s-%d not served as UTF-8: %s" % (key, n, rr["content_type"]))
            yield "%s-%d" % (key, n), text.encode("utf-8"), rr["content_type"], "UTF-8"
    tw = common.open_repo(mirrors, TW, TW_COMMIT)
    for name in TAIWAN:
        b = common.git_show(tw, TW_COMMIT, TW_DIR + name + ".html")
        yield "tw-" + name.replace("_", "-"), b, None, None


def main():
    mirrors, out = common.main_args()
    labels = common.load_labels(HERE)
    common.clean_out(out)
    seen = set()
    for name, body, ctype, actual in pages(mirrors):
        seen.add(name)
        lab = dict(labels.get(name, {}))
        exp = {}
        for k in ("url", "title", "title_alternatives", "authors", "published", "lead_image"):
            if k in lab:
                exp[k] = lab[k]
        enc = dict(lab.get("encoding", {}))
        if actual and "actual" not in enc:
            enc["actual"] = actual
        if ctype and "http_content_type" not in enc:
            enc["http_content_type"] = ctype
        if enc:
            exp["encoding"] = enc
        if "first_200" in lab:
            exp["body"] = {"first_200": lab["first_200"]}
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(body)
        with open(os.path.join(out, name + ".html.expected.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(common.dumps_expected(exp))
    missing = sorted(set(labels) - seen)
    if missing:
        common.die("labels for pages not produced: %s" % missing)
    print("%d pages written to %s" % (len(seen), out))


if __name__ == "__main__":
    main()
