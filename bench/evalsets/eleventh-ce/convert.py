#!/usr/bin/env python3
"""eleventh-ce (CleanEval 2007 article-like pages): python3 convert.py MIRRORS OUT

Source: j-szulc/html-cleaning-dataset-merged cleaneval-dev/ and cleaneval-final/ (input/N.html, GoldStandard/N.txt;
CleanEval, no licence: evaluation only). NAME = "ce-d" + N (dev) or "ce-f" + N (final).

"Article-like" selection (mechanical, from the gold alone, plus the page address):
  gold paragraphs parsed by common.cleaneval_gold_paragraphs (<p>, <h>, <l>);
  keep a page when ALL hold:
    - 250 <= gold words <= 5000
    - at least 5 <p> paragraphs
    - <l> items <= 20 % of <p> + <l>          (no link lists, menus, tables of items)
    - mean <p> length >= 30 words             (running prose, not forum one-liners or captions)
    - at most 4 <h> paragraphs                (one story, not a digest of many)
    - the CleanEval address (<text id=…>) is not a dated multi-post archive:
      regex (archives?/\\d{4}_\\d\\d|week_\\d{4}|/\\d{4}_\\d\\d\\.html)
  and drop a final-set page whose address is also a dev-set page's (the dev copy is kept).
Page: the CleanEval wrapper line <text id="URL" title="…" encoding="…"> and a closing </text> are removed (they are
  CleaneEval's, not the page's; the title attribute would hand the extractor the answer); url = the wrapper's id.
Body: every gold paragraph (markup stripped, entities decoded, one paragraph per line; headline kept, as CleanEval's
  gold keeps it).
Title: the gold's first paragraph when it is an <h> paragraph the page prints: its loose form (NFKC, case-folded,
  quotes/dashes unified, whitespace collapsed) equals the whole text of some element of the page (or its <title>);
  the title is then the gold's spelling (whitespace collapsed).
"""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common
try:
    import lxml.html
except ImportError:
    sys.path.append("/usr/lib/python3/dist-packages")
    import lxml.html

REPO, COMMIT = "j-szulc/html-cleaning-dataset-merged", "46e01a04b47051838a228bf23631430b2c9de375"
ARCHIVE = re.compile(r"(archives?/\d{4}_\d\d|week_\d{4}|/\d{4}_\d\d\.html)")
WRAP = re.compile(rb'^\s*<text id="([^"]*)"[^>]*>\s*\n?')


def loose(s):
    s = re.sub(r"[\x80-\x9f]", lambda m: bytes([ord(m.group())]).decode("cp1252", errors="ignore"), s or "")
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[\u2018\u2019\u201a\u201b`]", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e]", '"', s)
    s = re.sub(r"[\u2010-\u2015]", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def article_like(paras, url):
    words = sum(len(t.split()) for _, t in paras)
    ps = [t for k, t in paras if k == "p"]
    nl = sum(1 for k, _ in paras if k == "l")
    nh = sum(1 for k, _ in paras if k == "h")
    if not (250 <= words <= 5000) or len(ps) < 5:
        return False
    if nl > 0.2 * (len(ps) + nl) or nh > 4:
        return False
    if sum(len(t.split()) for t in ps) / len(ps) < 30:
        return False
    return not ARCHIVE.search(url)


def main():
    mirrors, out = common.main_args()
    g = common.open_repo(mirrors, REPO, COMMIT)
    common.clean_out(out)
    n = titled = 0
    dev_urls = set()
    for split, pre in (("cleaneval-dev", "ce-d"), ("cleaneval-final", "ce-f")):
        golds = [p for p in common.git_ls(g, COMMIT, split + "/GoldStandard") if p.endswith(".txt")]
        golds.sort(key=lambda p: int(re.sub(r"\D", "", os.path.basename(p)) or 0))
        for gp in golds:
            num = os.path.basename(gp)[:-4]
            ip = "%s/input/%s.html" % (split, num)
            if not common.git_exists(g, COMMIT, ip):
                continue
            page = common.git_show(g, COMMIT, ip)
            m = WRAP.match(page)
            url = m.group(1).decode("utf-8", errors="replace") if m else ""
            paras = common.cleaneval_gold_paragraphs(common.git_show(g, COMMIT, gp).decode("utf-8", errors="replace"))
            if not article_like(paras, url):
                continue
            if pre == "ce-d":
                dev_urls.add(url)
            elif url and url in dev_urls:
                continue
            if m:
                page = page[m.end():]
                page = re.sub(rb"</text>\s*$", b"", page)
            exp = {"body": {"text": "\n".join(t for _, t in paras)}}
            if url:
                exp["url"] = url
            if paras[0][0] == "h":
                head = paras[0][1]
                lh = loose(head)
                try:
                    doc = lxml.html.fromstring(page)
                    texts = {loose(el.text_content()) for el in doc.iter() if isinstance(el.tag, str)
                             and len(el.text_content()) < 400}
                except Exception:
                    texts = set()
                if lh and lh in texts:
                    exp["title"] = head
                    titled += 1
            common.write_page(out, pre + num, page, exp)
            n += 1
    sys.stderr.write("eleventh-ce: %d pages, %d titled\n" % (n, titled))


if __name__ == "__main__":
    main()
