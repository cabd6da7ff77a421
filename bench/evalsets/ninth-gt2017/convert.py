#!/usr/bin/python3
"""ninth-gt2017: GoogleTrends-2017 (BoilerNet, Leonhardt, Anand & Khosla, WWW '20 companion; GPL-3.0).

usage: /usr/bin/python3 convert.py MIRRORS OUT   (Debian's python3 with python3-lxml)

Source: the `raw_html` of GoogleTrends-2017 as committed in the first commit of
RyusukeOku/boilernet_with_sumy (docker/boilernet/googletrends-2017/raw_html/gt_N.html, 180 pages),
whose annotators marked elements with `__label="main|title|author|date|caption|comment|…"`.
The `__label` attributes are removed from the page written to OUT; the rest of the bytes are kept.

Labels (all derived from the annotation; labels.json may override authors/published/title per page):
- body.text  = text of the outermost `main` elements (descendants labelled otherwise and
               script/style/media-player chrome left out), one line per block;
- title      = text of the `title` element(s);
- authors    = people in the `author` element(s) after the cleaning rules in clean_author();
- published  = the day (bare date) of the first absolute date in the `date` element(s); relative
               stamps ("7 hours ago", "Yesterday") give no label.
Selection: pages with a `title` label and a `main` text, minus the non-news pages in EXCLUDE.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

import lxml.html  # noqa: E402

REPO = "RyusukeOku/boilernet_with_sumy"
COMMIT = "dae70f066c275c32a2298cd75037b7d2510de10d"
PREFIX = "docker/boilernet/googletrends-2017/raw_html/"

# Not news articles (read by URL and labelled title): wikis, dictionaries, shops, recipes, stats,
# profiles and biographies, TV show and audition pages, alert FAQs, lyrics, how-to guides;
# 126/127/168 carry no main label at all.
EXCLUDE = {3, 8, 9, 10, 11, 27, 28, 29, 30, 35, 36, 38, 39, 51, 60, 61, 65, 69, 70, 71, 96, 99, 104,
           105, 106, 109, 111, 113, 115, 116, 118, 121, 122, 124, 125, 126, 127, 128, 129, 130, 134,
           139, 144, 146, 147, 152, 153, 155, 156, 158, 162, 167, 168, 169, 170, 171, 172, 173, 174,
           175}

BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
         "section", "article", "table", "tr", "td", "th", "figure", "figcaption", "header", "footer",
         "pre", "dl", "dt", "dd", "aside", "main", "form", "hr"}
SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "button", "svg",
        "select", "option", "textarea"}
CHROME = re.compile(r"(^|[\s_-])(vjs|jw|video-player|player-controls|media-controls)", re.I)


def label_of(el):
    v = el.get("__label")
    return None if v is None else v.strip(" \"'").lower()


def charset(raw):
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", raw[:20000], re.I)
    cs = m.group(1).decode("ascii").lower() if m else "utf-8"
    if cs in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"):
        cs = "windows-1252"
    try:
        "".encode(cs)
    except LookupError:
        cs = "utf-8"
    return cs


def parse(raw):
    text = raw.decode(charset(raw), "replace")
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    return lxml.html.document_fromstring(text)


def block_text(root, want="main"):
    """Text of root with newlines at block boundaries; skips other-labelled descendants."""
    out = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP or not tag:
            return
        lab = label_of(el)
        if el is not root and lab is not None and lab != want:
            return
        if CHROME.search((el.get("class") or "") + " " + (el.get("id") or "")):
            return
        blk = tag in BLOCK
        if blk:
            out.append("\n")
        if el.text:
            out.append(el.text)
        for ch in el:
            walk(ch)
            if ch.tail:
                out.append(ch.tail)
        if blk:
            out.append("\n")

    walk(root)
    lines = [" ".join(l.split()) for l in "".join(out).split("\n")]
    return "\n".join(l for l in lines if l)


def outermost(doc, lab):
    res = []
    for el in doc.iter():
        if not isinstance(el.tag, str) or label_of(el) != lab:
            continue
        p, inner = el.getparent(), False
        while p is not None:
            if label_of(p) == lab:
                inner = True
                break
            p = p.getparent()
        if not inner:
            res.append(el)
    return res


ROLE = {"senior", "staff", "news", "writer", "editor", "editorial", "reporter", "correspondent",
        "contributor", "assistant", "music", "education", "skywatching", "columnist", "breaking",
        "globe", "follow", "chief", "political", "deputy", "sports", "entertainment", "digital"}
PLACES = {"new york", "washington", "london", "los angeles", "new york city"}
NOT_PEOPLE = re.compile(r"(staff|\.com|website|editors|kitchens|news services|reuters|associated press"
                        r"|^ap$|gazette|business insider|usa today|anonymized|wikipedia|tip$)", re.I)


def clean_author(s):
    s = " ".join(s.split())
    s = re.sub(r"/\*.*", "", s)
    m = re.search(r"\bby\s*(?=[A-Z])", s, re.I)
    if m:
        s = s[m.end():]
    s = re.sub(r"(?<=[a-z])(Contributor|Correspondent|Reporter)\b", r" \1", s)
    s = re.split(r"\s*[|•@(]\s*|\s+[-–—]\s+", s)[0]
    s = re.split(r"\s+for\s+", s, flags=re.I)[0]
    parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", s)
    people = []
    for p in parts:
        words = p.split()
        keep = []
        for w in words:
            if w.lower().strip(".:") in ROLE:
                break
            keep.append(w)
        p = " ".join(keep).strip(" .:;")
        for pl in PLACES:
            if p.lower().endswith(" " + pl):
                p = p[: -len(pl) - 1]
        # "Dion Dassanayake Dion Dassanayake" (visible name + screen-reader copy)
        w = p.split()
        if len(w) % 2 == 0 and w and w[: len(w) // 2] == w[len(w) // 2:]:
            p = " ".join(w[: len(w) // 2])
        if not p or p.lower() in PLACES or NOT_PEOPLE.search(p) or len(p.split()) < 2:
            continue
        if p not in people:
            people.append(p)
    return people


MONTHS = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"


def parse_day(s):
    s = " ".join(s.split())
    s = re.sub(r"((?:19|20)\d\d)(?=\d{1,2}:)", r"\1 ", s)  # "20183:35 PM"
    pats = [
        (r"\b(\d{4})-(\d\d)-(\d\d)", lambda m: (int(m[1]), int(m[2]), int(m[3]))),
        (r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + MON + r",?\s+(\d{4})",
         lambda m: (int(m[3]), MONTHS[m[2].lower()], int(m[1]))),
        (r"\b" + MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})",
         lambda m: (int(m[3]), MONTHS[m[1].lower()], int(m[2]))),
        (r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})", lambda m: (int(m[3]), int(m[2]), int(m[1]))),
        (r"\b(\d{1,2})/(\d{1,2})/(\d{4})", lambda m: (int(m[3]), int(m[1]), int(m[2]))),
        (r"\b(\d{1,2})/(\d{1,2})/(\d\d)\b", lambda m: (2000 + int(m[3]), int(m[1]), int(m[2]))),
    ]
    best = None
    for pat, fn in pats:
        m = re.search(pat, s, re.I)
        if m and (best is None or m.start() < best[0]):
            y, mo, d = fn(m)
            if 1990 < y < 2030 and 1 <= mo <= 12 and 1 <= d <= 31:
                best = (m.start(), "%04d-%02d-%02d" % (y, mo, d))
    return best[1] if best else None


def main():
    mirrors, out = common.main_args()
    here = os.path.dirname(os.path.abspath(__file__))
    g = common.open_repo(mirrors, REPO, COMMIT)
    overrides = common.load_labels(here)
    common.clean_out(out)
    n = 0
    for i in range(1, 181):
        if i in EXCLUDE:
            continue
        raw = common.git_show(g, COMMIT, PREFIX + "gt_%d.html" % i)
        doc = parse(raw)
        titles = [block_text(e, "title").replace("\n", " ") for e in outermost(doc, "title")]
        body = "\n".join(block_text(e) for e in outermost(doc, "main"))
        if not titles or not body:
            continue
        name = "gt-%03d" % i
        exp = {"title": " ".join(" ".join(titles).split()), "body": {"text": body}}
        canon = doc.xpath('//link[@rel="canonical"]/@href') + doc.xpath('//meta[@property="og:url"]/@content')
        if canon and canon[0].startswith("http"):
            exp["url"] = canon[0].strip()
        authors = []
        for e in outermost(doc, "author"):
            for a in clean_author(block_text(e, "author").replace("\n", " ")):
                if a not in authors:
                    authors.append(a)
        if authors:
            exp["authors"] = authors
        for e in outermost(doc, "date"):
            d = parse_day(block_text(e, "date").replace("\n", " "))
            if d:
                exp["published"] = d
                break
        for k, v in overrides.get(name, {}).items():
            if v == "__drop__":
                exp.pop(k, None)
            else:
                exp[k] = v
        page = re.sub(rb"\s__label=\"[^\"]*\"", b"", raw)
        common.write_page(out, name, page, exp)
        n += 1
    print("ninth-gt2017: %d pages written to %s" % (n, out))


if __name__ == "__main__":
    main()
