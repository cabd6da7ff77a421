#!/usr/bin/env python3
"""twelfth-kr: 53 Korean pages from mikeizbicki/metahtml's test cache (fork Tonnpo/metahtml).

/usr/bin/python3 convert.py MIRRORS OUT      (needs python3-bs4: Debian's, hence /usr/bin/python3)

Served bytes restored from requests' decoded text by common.requests_text_to_bytes (Latin-1 fallback undone
exactly; EUC-KR text encoded back). Hand labels in labels.json (title, authors, published, lead_image,
first_200, encoding); the full-body reference of a page is DERIVED here from the page itself by its rule in
labels.json: "body_select" (CSS selectors; the matching elements' text, in document order) after removing
"body_drop" (CSS selectors) and <script>/<style>/<noscript>. Parsed with bs4's html.parser (stdlib), so the
output does not depend on lxml's version.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

try:
    from bs4 import BeautifulSoup, NavigableString
except ImportError:
    common.die("needs bs4: apt-get install python3-bs4 and run with /usr/bin/python3")

REPO = "Tonnpo/metahtml"
COMMIT = "1fffb601106014ee19bc63cb1c6736a91e8b7c78"
C = "tests/.cache/"

# Selection (new; the original list was not recorded): Korean article pages of the cache — news outlets
# (golden.csv is_article TRUE, language ko*, or Korean text restored from a Latin-1 mis-decoding), one capture
# per story, plus the Korean-language services of Chinese outlets, a Tokyo Korean paper, small outlets and
# eleven blog posts (Tistory, Egloos) whose cache folder is an article address. No English pages
# (english.khan, koreaherald), stock-photo, shop, TED or channel-statistics pages.
PAGES = {
    "khan-1": "http___news.khan.co.kr_kh_news_khan_art_view.html_artid=202005272106005_code=940100bf5f80df",
    "khan-2": "http___news.khan.co.kr_kh_news_khan_art_view.html_artid=202005282107005_code=940100892e6e3b",
    "khan-3": "https___news.khan.co.kr_kh_news_khan_art_view.html_artid=202005220600035c65c7c1d",
    "sports-khan": "http___sports.khan.co.kr_entertainment_sk_index.html_cat=view_art_id=202005300630003_sec_id=540101dd09a6b7",
    "donga-1": "https___www.donga.com_news_Economy_article_all_20200318_100219660_175374725",
    "donga-1999": "https___www.donga.com_news_It_article_all_19991229_7496484_1b52849a3",
    "hankook-1": "https___www.hankookilbo.com_News_Read_20200303074871472838136b8e",
    "hankook-2": "https___www.hankookilbo.com_News_Read_202003071089316921bd70ec24",
    "chosun": "https___news.chosun.com_site_data_html_dir_2020_06_16_2020061600120.html6b7ee78f",
    "mt": "https___news.mt.co.kr_mtview.php_no=20200325075707540731032b5f4",
    "moneys-1": "https___moneys.mt.co.kr_news_mwView.php_no=20200319101080420666dd3f04b",
    "moneys-photo": "https___moneys.mt.co.kr_photo_mwPhotoSlideView.php_no=2020042115394262201d456a50",
    "asiae-1": "https___www.asiae.co.kr_article_202003240916320522509f08a40",
    "asiae-sokbo": "http___www.asiae.co.kr_news_sokbo_sokbo_view.htm_idxno=2020013008530926992356e598b",
    "sedaily-1": "https___www.sedaily.com_NewsVIew_1YZ0CGCXEZc3fca167",
    "sedaily-2": "https___www.sedaily.com_NewsVIew_1Z01L16HMX5abe82ea",
    "sedaily-photo-1": "https___sedaily.com_Photo_Gallery_Viewer_3666971f39b0",
    "sedaily-photo-2": "https___www.sedaily.com_Photo_Gallery_Viewer_3670d2cbda3f",
    "fnnews": "https___www.fnnews.com_news_202004211109397917d8d7601b",
    "bbc-korean": "https___www.bbc.com_korean_international-514701694b625f1b",
    "mediatoday": "http___www.mediatoday.co.kr_news_articleView.html_idxno=2069485fa89a15",
    "zum-1": "https___news.zum.com_articles_6050893791ad5223",
    "zum-2": "https___m.news.zum.com_articles_60427159_ad33d9d4",
    "krcnr-1": "http___www.krcnr.cn_zdgz2019_202006_t20200601_1400917.htmlf8ef91a4",
    "krcnr-2": "https___www.krcnr.cn_qbxw_202004_t20200428_1395857.html7533c098",
    "hljxinwen": "http___hljxinwen.dbw.cn_system_2020_06_04_001372585.shtmlffc52256",
    "lnd": "http___kr.lnd.com.cn_system_2020_06_03_030113118.shtmla698a35a",
    "onekoreanews": "http___news.onekoreanews.net_detail.php_number=87178c4b2cabd",
    "4th": "http___4th.kr_View.aspx_No=825376ecd0e40d",
    "newsclaim": "http___newsclaim.co.kr_View.aspx_No=825239695e82ad",
    "itbiznews": "http___itbiznews.com_news_newsview.php_ncode=1795068077263181fa29456",
    "cnbnews": "http___weekly.cnbnews.com_news_article.html_no=134082316599b7",
    "artgnews": "http___www.artgnews.com_news_613893fe33946",
    "minwonnews": "http___www.minwonnews.com_news_60745263696c6",
    "youthdaily": "http___www.youthdaily.co.kr_news_article.html_no=3523637c3cb96",
    "localsegye": "http___www.localsegye.co.kr_news_newsview.php_ncode=1065592752648992e729dacb",
    "jayoo": "http___www.jayoo.co.kr_news_articleView.html_idxno=8863c691c5c0",
    "weeklytoday": "http___www.weeklytoday.com_news_articleView.html_idxno=171891d1cb79c7",
    "gguk": "http___news100.gguk.fun_detail.php_aid=10893754cd6bd",
    "nklogin": "https___nklogin.com_post_Postmng_ptype=v_contentkey=BFC1587520661a2009942",
    "ilban": "https___il-ban.com_archives_18694b4e18ae",
    "diverseasia": "http___diverseasia.snu.ac.kr__p=3950e5778301",
    "blog-gmflan": "https___gmflan.tistory.com_512656dc5d3",
    "blog-goodgogo": "https___goodgogo.tistory.com_15506ffa5350",
    "blog-impossibleproject": "https___impossibleproject.tistory.com_4353605614a3",
    "blog-infodict": "https___information-dictionary.tistory.com_2716b6fb717",
    "blog-lifeandfaith": "https___lifeandfaith.tistory.com_8029ab751ed",
    "blog-seegene": "https___seegene.tistory.com_84a1fd9587",
    "blog-sosobook": "https___sosobook-campaign.tistory.com_24b4097447",
    "blog-prone": "https___prone.tistory.com_37415b5407c",
    "blog-americanart": "https___americanart.tistory.com_10062e902fc9",
    "blog-soakaeofh": "http___soakaeofh.egloos.com_5352288c330050a",
    "blog-ingleeman": "http___ingleeman.egloos.com_3259206c9bc4438",
}
BLOCKS = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
          "blockquote", "figure", "figcaption", "ul", "ol", "dd", "dt", "pre", "hr"]


def derive_body(html_text, select, drop):
    """Text of the elements matching the selectors in `select`, without those matching `drop`."""
    soup = BeautifulSoup(html_text, "html.parser")
    for t in soup(["script", "style", "noscript"]):
        t.decompose()
    for sel in drop or []:
        for t in soup.select(sel):
            t.decompose()
    for t in soup.find_all(BLOCKS):
        t.insert_before(NavigableString("\n"))
        t.insert_after(NavigableString("\n"))
    picked = []
    for el in soup.select(", ".join(select) if isinstance(select, list) else select):
        if any(p in el.parents for p in picked):
            continue
        picked.append(el)
    lines = []
    for el in picked:
        for ln in el.get_text().split("\n"):
            ln = re.sub(r"\s+", " ", ln).strip()
            if ln:
                lines.append(ln)
    return "\n".join(lines)


def main():
    mirrors, out = common.main_args("/usr/bin/python3 convert.py MIRRORS OUT")
    g = common.open_repo(mirrors, REPO, COMMIT)
    labels = common.load_labels(HERE)
    common.clean_out(out)
    allpaths = common.git_ls(g, COMMIT, "tests/.cache")
    for name in sorted(PAGES):
        prefix = C + PAGES[name] + "/"
        hits = sorted(p for p in allpaths if p.startswith(prefix))
        if not hits:
            common.die("%s: no cache file under %s" % (name, prefix))
        text = common.git_show(g, COMMIT, hits[0]).decode("utf-8")
        body, cs = common.requests_text_to_bytes(text)
        lab = dict(labels.get(name, {}))
        exp = {k: lab[k] for k in ("url", "title", "title_alternatives", "authors", "published", "lead_image") if k in lab}
        enc = dict(lab.get("encoding", {}))
        enc.setdefault("actual", "UTF-8" if cs.lower() in ("utf-8", "utf8") else cs.upper())
        exp["encoding"] = enc
        b = {}
        if "body_select" in lab:
            b["text"] = derive_body(body.decode(cs if cs.lower() != "euc-kr" else "cp949"), lab["body_select"], lab.get("body_drop"))
            if not b["text"]:
                common.die("%s: body rule selects nothing" % name)
        if "first_200" in lab:
            b["first_200"] = lab["first_200"]
        if b:
            exp["body"] = b
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
