#!/usr/bin/env python3
"""eighth-big9 / eighth-chaos (Utomo & Leu web-content-extraction data): python3 convert.py MIRRORS OUT

Source: MSVCode/ir-research-data Extraction/{big5-05,big5-09,big5-13,big5-17,chaos-all}/{html,gold}
(README: "only for research purpose", cite the paper). eighth-chaos/convert.py imports this file with SET="chaos".
Rules (NOTES.md):
  * NAME: "<yy>-" (big9) or "c-" (chaos) + the file stem, spaces and commas -> "-", "(N)" -> N: "north korea (10)" -> c-north-korea-10
  * gold decoded by BOM, else strict UTF-8, else cp1252
  * headline = the gold's first non-empty line. Page headline candidates: text of <h1>-<h3>, og:title,
    twitter:title, <meta name=title|headline>, the whole <title> and each part of it split at | – — - : · »
    (" - " style separators only). Loose form = NFKC, case-folded, quotes/dashes/ellipsis unified, whitespace collapsed.
  * body = gold without the headline line when the loose headline equals, or is contained in, a candidate's loose form
  * title = the headline when it equals a candidate after whitespace collapsing; title_alternatives = the other
    candidates whose loose form equals the headline's (other spellings the page gives)
  * dropped: big9 17 "trump (4)" (its gold is another story); a page whose bytes repeat an earlier page's (sorted by NAME:
    chaos c-pepsi-9 = c-pepsi-10, c-scorpio-10 = c-overwatch-10; same address, same story)
"""
import os, re, sys, unicodedata, html as htmlmod
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common
try:
    import lxml.html
except ImportError:
    sys.path.append("/usr/lib/python3/dist-packages")
    import lxml.html

REPO, COMMIT = "MSVCode/ir-research-data", "cbb428cea48e1392496a6542b610fb422a436b52"
SET = "big9"
DIRS = {"big9": [("Extraction/big5-05", "05-"), ("Extraction/big5-09", "09-"), ("Extraction/big5-13", "13-"),
                 ("Extraction/big5-17", "17-")],
        "chaos": [("Extraction/chaos-all", "c-")]}
DROP = {"17-trump-4"}


def decode_page(b):
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", b[:8192], re.I)
    enc = m.group(1).decode("ascii", "ignore") if m else "utf-8"
    try:
        return b.decode(enc, errors="replace")
    except LookupError:
        return b.decode("utf-8", errors="replace")


def ws(s):
    return re.sub(r"\s+", " ", s or "").strip()


def loose(s):
    s = unicodedata.normalize("NFKC", ws(htmlmod.unescape(s))).casefold()
    s = re.sub(r"[\u2018\u2019\u201a\u201b\u2032`´]", "'", s)
    s = re.sub(r"[\u201c\u201d\u201e\u201f\u2033]", '"', s)
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = s.replace("\u2026", "...")
    return ws(s)


def candidates(txt):
    try:
        doc = lxml.html.fromstring(txt)
    except Exception:
        return [], ""
    c = []
    for el in doc.xpath("//h1|//h2|//h3"):
        c.append(el.text_content())
    for el in doc.xpath("//meta[@property='og:title' or @name='twitter:title' or @property='twitter:title'"
                        " or @name='title' or @name='headline']"):
        c.append(el.get("content") or "")
    for el in doc.xpath("//title"):
        t = el.text_content()
        c.append(t)
        c.extend(re.split(r"\s+[|\u2013\u2014\-:\u00b7\u00bb]\s+|\s*\|\s*", t))
    addr = ""
    for el in doc.xpath("//link[@rel='canonical']|//meta[@property='og:url']"):
        addr = addr or (el.get("href") or el.get("content") or "").strip()
    out, seen = [], set()
    for x in c:
        x = ws(htmlmod.unescape(x) if "&" in (x or "") else x)
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out, addr


def name_of(prefix, stem):
    m = re.match(r"^(.*?)\s*\((\d+)\)$", stem)
    base, num = (m.group(1), m.group(2)) if m else (stem, None)
    base = re.sub(r"[\s,]+", "-", base.strip())
    return prefix + base + ("-" + num if num else "")


def run(set_name):
    mirrors, out = common.main_args()
    g = common.open_repo(mirrors, REPO, COMMIT)
    common.clean_out(out)
    stats = {"pages": 0, "headline_off": 0, "titled": 0, "alts": 0, "dropped": []}
    pages = []
    for d, prefix in DIRS[set_name]:
        files = common.git_ls(g, COMMIT, d + "/html")
        for p in files:
            stem, ext = os.path.splitext(os.path.basename(p))
            if ext.lower() not in (".htm", ".html"):
                continue
            gold = d + "/gold/" + stem + ".txt"
            if not common.git_exists(g, COMMIT, gold):
                continue
            pages.append((name_of(prefix, stem), p, gold))
    pages.sort()
    seen = set()
    for name, p, gold in pages:
        if name in DROP:
            stats["dropped"].append(name)
            continue
        page = common.git_show(g, COMMIT, p)
        ref = common.decode_bom(common.git_show(g, COMMIT, gold), common.cp1252_bytes).replace("\r\n", "\n").replace("\r", "\n")
        lines = ref.split("\n")
        i = 0
        while i < len(lines) and not lines[i].strip():
            i += 1
        head = ws(lines[i]) if i < len(lines) else ""
        cands, addr = candidates(decode_page(page))
        if page in seen:
            stats["dropped"].append(name)
            continue
        seen.add(page)
        exp = {}
        lh = loose(head)
        lc = [loose(c) for c in cands]
        if lh and any(lh == x or lh in x for x in lc):
            lines = lines[i + 1:]
            stats["headline_off"] += 1
            if head in cands:
                exp["title"] = head
                alts = sorted({c for c, l in zip(cands, lc) if l == lh and c != head})
                if alts:
                    exp["title_alternatives"] = alts
                    stats["alts"] += 1
                stats["titled"] += 1
        body = "\n".join(ws(l) for l in lines).strip()
        body = re.sub(r"\n{3,}", "\n\n", body)
        exp["body"] = {"text": body}
        common.write_page(out, name, page, exp)
        stats["pages"] += 1
    sys.stderr.write("eighth-%s: %s\n" % (set_name, stats))


if __name__ == "__main__":
    run(SET)
