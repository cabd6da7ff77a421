#!/usr/bin/env python3
"""tenth-c (CleanPortalEval): python3 convert.py MIRRORS OUT

Source: ppke-nlpg/CleanPortalEval (Endrédy & Novák 2013; no licence file: evaluation only), input/STEM.html +
GoldStandard/STEM.txt (CleanEval format). NAME = STEM (e.g. bbc.co.uk_news_02).
Rules (NOTES.md):
  * dropped: bbc.co.uk_news_04/05 (gold of 9 and 2 words: video stubs); washingtonpost.com_blog1_3, _5, _7
    (service pages: reprints, about the blog, newsroom contacts); washingtonpost.com_blog1_15 (second capture of
    blog1_8's address)
  * body.text = the gold's paragraphs (markup stripped, entities decoded, one paragraph per line) without its
    opening <h> paragraph (the headline, which is the title)
  * title = the text of the page's <h1> (stray C1 bytes read as cp1252) that equals the gold's first <h> paragraph after entity decoding and
    whitespace collapsing (a quote/dash-insensitive match gives the <h1>'s own spelling)
  * authors, published: labels.json (hand labels read from each page's visible byline and date line, on the BBC,
    WSJ and msnbc pages; the day only: BBC prints the last update's time, WSJ and msnbc print no zone; a page
    with no visible byline has authors []). Washington Post pages: no author or date labelled.
"""
import os, re, sys, unicodedata, html as htmlmod
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common
try:
    import lxml.html
except ImportError:
    sys.path.append("/usr/lib/python3/dist-packages")
    import lxml.html

REPO, COMMIT = "ppke-nlpg/CleanPortalEval", "517726d64d8ded8846bf27ae2808853b1cd0ffe8"
DROP = {"bbc.co.uk_news_04", "bbc.co.uk_news_05", "washingtonpost.com_blog1_3", "washingtonpost.com_blog1_5",
        "washingtonpost.com_blog1_7", "washingtonpost.com_blog1_15"}


def ws(s):
    # C1 controls in a page's text are Windows-1252 bytes read as Latin-1 (a stray \x92 for ’): read them as cp1252
    s = re.sub(r"[\x80-\x9f]", lambda m: bytes([ord(m.group())]).decode("cp1252", errors="ignore"), s or "")
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def loose(s):
    s = unicodedata.normalize("NFKC", ws(s)).casefold()
    s = re.sub(r"[\u2018\u2019\u201a\u201b`\x92]", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e\x93\x94]", '"', s)
    return re.sub(r"[\u2010-\u2015]", "-", s)


def main():
    mirrors, out = common.main_args()
    g = common.open_repo(mirrors, REPO, COMMIT)
    labels = common.load_labels(HERE)
    common.clean_out(out)
    n = titled = 0
    for p in common.git_ls(g, COMMIT, "input"):
        stem = os.path.basename(p).rsplit(".", 1)[0]
        if stem in DROP:
            continue
        page = common.git_show(g, COMMIT, p)
        gold = common.git_show(g, COMMIT, "GoldStandard/%s.txt" % stem).decode("utf-8", errors="replace")
        paras = common.cleaneval_gold_paragraphs(gold)
        # the gold's opening <h> paragraph is the headline: it is the title, not body
        body = paras[1:] if paras and paras[0][0] == "h" else paras
        exp = {"body": {"text": "\n".join(t for _, t in body)}}
        if paras and paras[0][0] == "h":
            head = paras[0][1]
            doc = lxml.html.fromstring(page)
            h1s = [ws(h.text_content()) for h in doc.xpath("//h1")]
            if head in h1s:
                exp["title"] = head
            else:
                m = [h for h in h1s if loose(h) == loose(head)]
                if m:
                    exp["title"] = m[0]
            if "title" in exp:
                titled += 1
        lab = labels.get(stem, {})
        for k in ("authors", "published", "title"):
            if k in lab:
                exp[k] = lab[k]
        common.write_page(out, stem, page, exp)
        n += 1
    sys.stderr.write("tenth-c: %d pages, %d titled, %d with labels\n" % (n, titled, sum(1 for k in labels if k not in DROP)))


if __name__ == "__main__":
    main()
