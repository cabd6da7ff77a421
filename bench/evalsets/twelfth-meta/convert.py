#!/usr/bin/env python3
"""twelfth-meta: 46 Japanese and Chinese pages from mikeizbicki/metahtml's test cache (fork Tonnpo/metahtml).

python3 convert.py MIRRORS OUT

metahtml stored each page as `requests` decoded it (r.text, written as UTF-8). The served bytes are restored
by common.requests_text_to_bytes:
- text that holds only U+0000..U+00FF with some >= U+0080 was decoded as ISO-8859-1 (requests' fallback for a
  text/* answer without charset): text.encode("latin-1") is exactly the served bytes;
- otherwise, where the page's <meta> declares a non-UTF-8 charset, the text is encoded back with that codec
  (strict: fails rather than guess);
- otherwise UTF-8.
Labels (read by hand from each page) are in labels.json, keyed by page NAME.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

REPO = "Tonnpo/metahtml"
COMMIT = "1fffb601106014ee19bc63cb1c6736a91e8b7c78"
C = "tests/.cache/"

# NAME -> cache path (URL folder/capture date). Selection: golden.csv rows with is_article TRUE whose capture is
# Japanese or Chinese, from news outlets, news portals, trade and science news sites and one correspondent blog
# (no personal blogs, forums, wikis, stock-photo, government or shop pages; one capture per story; not the
# en-us copies of NYTimes Chinese).
PAGES = {
    "ja-jiji-1": "https___sp.m.jiji.com_article_show_2352673",
    "ja-jiji-2": "https___sp.m.jiji.com_article_show_2362996",
    "ja-jiji-3": "https___www.jiji.com_jc_article_k=2020060900803_g=int",
    "ja-kyodo-docomo": "https___topics.smt.docomo.ne.jp_article_kyodo_nor_sports_kyodo_nor-2020071401002775",
    "ja-kyodo-kiji": "https___this.kiji.is_642839467371185249",
    "ja-kyoto-np": "https___www.kyoto-np.co.jp_articles_-_236811",
    "ja-nishinippon-1": "https___www.nishinippon.co.jp_item_n_579783_",
    "ja-nishinippon-2": "https___www.nishinippon.co.jp_item_n_586997_",
    "ja-toonippo": "https___www.toonippo.co.jp_articles_-_356244",
    "ja-fnn-1": "https___www.fnn.jp_articles_-_25119",
    "ja-fnn-2": "https___www.fnn.jp_articles_-_25897",
    "ja-cnn": "https___www.cnn.co.jp_fringe_35155017.html",
    "ja-bloomberg": "https___www.bloomberg.co.jp_news_articles_2020-06-01_QB8LJIDWLU6N01",
    "ja-nico-1": "https___news.nicovideo.jp_watch_nw6637356",
    "ja-nico-2": "https___news.nicovideo.jp_watch_nw6904608",
    "ja-nico-3": "https___news.nicovideo.jp_watch_nw6963669",
    "ja-jiho": "https___nk.jiho.jp_article_149643",
    "ja-mixonline": "https___www.mixonline.jp_tabid55.html_artid=68616",
    "ja-nikkeibp": "https___works.medical.nikkeibp.co.jp_articles_46564_",
    "ja-nazology": "https___nazology.net_archives_56349",
    "ja-mynavi": "https___news.mynavi.jp_article_20200430-1026995_",
    "ja-arukikata": "https___tokuhain.arukikata.co.jp_bogota_2020_07_713covid-19.html",
    "ja-yahoo-byline": "https___news.yahoo.co.jp_byline_endohomare_20200507-00177451_",
    "ja-postseven": "https___www.news-postseven.com_archives_20200603_1567608.html_DETAIL",
    "ja-livedoor": "https___news.livedoor.com_article_detail_18390047_",
    "ja-sonet": "https___news.so-net.ne.jp_article_detail_1972726_",
    "ja-goo-jisin": "https___news.goo.ne.jp_article_jisin_nation_jisin-https_jisin.jp_p_1831714.html",
    "ja-wowkorea": "https___www.wowkorea.jp_news_korea_2020_0620_10261746.html",
    "ja-denfaminico": "https___news.denfaminicogamer.jp_iphoneac_200129d",
    "ja-prtimes": "https___prtimes.jp_main_html_rd_p_000000009.000050509.html",
    "ja-coinpost": "https___coinpost.jp__p=139472",
    "ja-spf": "https___www.spf.org_iina_articles_abiru_02.html",
    "zh-caixin": "http___china.caixin.com_2020-01-26_101508637.html",
    "zh-people-cpc": "http___cpc.people.com.cn_n1_2020_0203_c64387-31567631.html",
    "zh-ce": "http___www.ce.cn_xwzx_gnsz_gdxw_202001_26_t20200126_34188302.shtml",
    "zh-cctv": "http___news.cctv.com_2020_01_27_ARTIS3XO8pBmknxGAUSXFdej200127.shtml",
    "zh-ifeng": "http___news.ifeng.com_c_7x0aFHqmPt7",
    "zh-sina": "https___zx.sina.cn_sh_2020-02-27_zx-iimxxstf4707994.d.html",
    "zh-jiemian": "https___www.jiemian.com_article_3903445.html",
    "zh-nytimes-1": "https___cn.nytimes.com_asia-pacific_20141010_c10nkorea_",
    "zh-nytimes-2": "https___cn.nytimes.com_asia-pacific_20170216_kim-jong-nam-assassination-north-korea_",
    "zh-nytimes-3": "https___cn.nytimes.com_technology_20200311_working-from-home_",
    "zh-zaobao": "https___www.zaobao.com.sg_zopinions_talk_story20200618-1062050",
    "zh-udn": "https___udn.com_news_story_120936_4323445",
    "zh-ettoday": "https___discovery.ettoday.net_news_1676816",
    "zh-tvbs": "https___health.tvbs.com.tw_medical_323465",
}
def main():
    mirrors, out = common.main_args()
    g = common.open_repo(mirrors, REPO, COMMIT)
    labels = common.load_labels(HERE)
    common.clean_out(out)
    allpaths = [p for p in common.git_ls(g, COMMIT, "tests/.cache")]
    for name in sorted(PAGES):
        prefix = C + PAGES[name]
        hits = [p for p in allpaths if p.startswith(prefix) and re.match(r"[0-9a-f]{8}/\d{4}-\d\d-\d\d$", p[len(prefix):])]
        if len(hits) < 1:
            common.die("%s: no cache file for %s" % (name, prefix))
        text = common.git_show(g, COMMIT, sorted(hits)[0]).decode("utf-8")
        body, cs = common.requests_text_to_bytes(text)
        lab = dict(labels.get(name, {}))
        exp = {k: lab[k] for k in ("url", "title", "title_alternatives", "authors", "published", "lead_image") if k in lab}
        enc = dict(lab.get("encoding", {}))
        enc.setdefault("actual", cs.upper() if cs.lower() != "utf-8" else "UTF-8")
        exp["encoding"] = enc
        if "first_200" in lab:
            exp["body"] = {"first_200": lab["first_200"]}
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(body)
        with open(os.path.join(out, name + ".html.expected.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(common.dumps_expected(exp))
    extra = sorted(set(labels) - set(PAGES))
    if extra:
        common.die("labels for unknown pages: %s" % extra)
    print("%d pages written to %s" % (len(PAGES), out))


if __name__ == "__main__":
    main()
