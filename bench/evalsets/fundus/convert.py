#!/usr/bin/env python3
"""fundus held-out set: flairNLP/fundus tests/resources/parser/test_data (MIT) at a pinned commit.

python3 convert.py MIRRORS OUT [SUBSET]
SUBSET (used by the recipes of fundus-de, -en, -other, -cjk, -newpub) keeps the pages the rule
subset_of() gives; without it every page is written. See NOTES.md for the rules.
"""
import gzip
import html as htmlmod
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

REPO = "flairNLP/fundus"
COMMIT = "18da6e53592f99cf0ac5770dc63d6ba99ba63ae8"
BASE = "tests/resources/parser/test_data"


def page_lang(raw):
    """Language of the page: the first <html lang=…> (primary subtag, lower case), '' if none."""
    m = re.search(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", raw[:20000], re.I)
    if m:
        return m.group(1).decode().lower()
    m = re.search(rb"<meta\b[^>]*og:locale[\"'][^>]*content\s*=\s*[\"']([A-Za-z]{2,3})", raw, re.I)
    return m.group(1).decode().lower() if m else ""


def subset_of(country, lang, crawl_date):
    """Written subset rule: the page's language (<html lang>, else og:locale, else the hand label
    "lang" in labels.json, else its country folder); newpub = crawled on or after 2024-08-01."""
    out = set()
    if not lang:
        lang = {"de": "de", "at": "de", "ch": "de", "li": "de", "us": "en", "uk": "en", "au": "en",
                "ca": "en", "za": "en", "ind": "en"}.get(country, "xx")
    if lang == "de":
        out.add("de")
    elif lang == "en":
        out.add("en")
    else:
        out.add("other")
    if lang in ("ja", "ko", "zh"):
        out.add("cjk")
    if crawl_date >= "2024-08-01":
        out.add("newpub")
    return out


def fix_date(s):
    """fundus publishing_date -> expected 'published': RFC 3339, a naive midnight is a bare date,
    another naive time stays a local time without offset."""
    if not s:
        return None
    s = s.strip().replace(" ", "T", 1)
    m = re.match(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)?$", s)
    if not m:
        common.die("unexpected publishing_date %r" % s)
    day, clock, frac, zone = m.groups()
    if zone is None:
        if clock == "00:00:00":
            return day
        return day + "T" + clock
    if zone == "+00:00":
        zone = "Z"
    return day + "T" + clock + (frac or "") + zone


def body_text(body):
    parts = []
    for p in body.get("summary", []) or []:
        parts.append(p)
    for sec in body.get("sections", []) or []:
        parts.extend(sec.get("headline", []) or [])
        parts.extend(sec.get("paragraphs", []) or [])
    parts = [re.sub(r"\s+", " ", p).strip() for p in parts]
    return "\n\n".join(p for p in parts if p)


def og_image(raw):
    """The page's og:image (first), unescaped; None if absent."""
    txt = raw.decode("utf-8", "replace")
    for m in re.finditer(r"<meta\b[^>]*>", txt, re.I):
        tag = m.group(0)
        if re.search(r"(?:property|name)\s*=\s*[\"']og:image[\"']", tag, re.I):
            c = re.search(r"content\s*=\s*\"([^\"]*)\"|content\s*=\s*'([^']*)'", tag, re.I)
            if c:
                v = htmlmod.unescape(c.group(1) if c.group(1) is not None else c.group(2)).strip()
                if v:
                    return v
    return None


def norm(s):
    return re.sub(r"\s+", " ", htmlmod.unescape(s)).strip()


def people(authors, labels):
    """Authors = people: credits in labels['_not_people'] (sites, agencies, desks, places, initials)
    are dropped, labels['_rename'] maps a credit to the person's name."""
    drop = set(x.lower() for x in labels.get("_not_people", []))
    ren = labels.get("_rename", {})
    out = []
    for a in authors:
        a = ren.get(a, a)
        if a.lower() in drop or not a.strip():
            continue
        if a not in out:
            out.append(a)
    return out


QUOTES = "\"'‘’‚‛“”„‟«»‹›＂＇"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def fold(s):
    """Title folding for alternatives: case, whitespace, quote characters, invisible characters and
    a trailing '...'/'…' do not count."""
    s = "".join(c for c in s if c not in QUOTES and c not in INVISIBLE)
    s = re.sub(r"(\.\.\.|…)\s*$", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def page_titles(raw):
    """Headline candidates the page prints: og:title, twitter:title, <title>, every <h1> (tags stripped)."""
    txt = raw.decode("utf-8", "replace")
    out = []
    for m in re.finditer(r"<meta\b[^>]*>", txt, re.I):
        tag = m.group(0)
        if re.search(r"(?:property|name)\s*=\s*[\"'](?:og:title|twitter:title)[\"']", tag, re.I):
            c = re.search(r"content\s*=\s*\"([^\"]*)\"|content\s*=\s*'([^']*)'", tag, re.I)
            if c:
                out.append(c.group(1) if c.group(1) is not None else c.group(2))
    for m in re.finditer(r"<title\b[^>]*>(.*?)</title>", txt, re.I | re.S):
        out.append(m.group(1))
    for m in re.finditer(r"<h1\b[^>]*>(.*?)</h1>", txt, re.I | re.S):
        out.append(re.sub(r"<[^>]+>", " ", m.group(1)))
    return [norm(x) for x in out if norm(x)]


def alternatives(title, raw):
    """Printed variants of fundus's title differing only by quotes, spaces, case or invisible characters."""
    f = fold(title)
    alts = []
    for c in page_titles(raw):
        if c != title and fold(c) == f and c not in alts:
            alts.append(c)
    return sorted(alts) or None


def main():
    args = sys.argv[1:]
    if len(args) not in (2, 3):
        common.die("usage: convert.py MIRRORS OUT [de|en|other|cjk|newpub]")
    mirrors, out = args[0], args[1]
    subset = args[2] if len(args) == 3 else None
    labels = common.load_labels(HERE)
    g = common.open_repo(mirrors, REPO, COMMIT)
    common.clean_out(out)
    files = common.git_ls(g, COMMIT, BASE)
    countries = sorted(set(p.split("/")[-2] for p in files if p.endswith(".html.gz")))
    n = 0
    for cc in countries:
        d = BASE + "/" + cc
        meta = json.loads(common.git_show(g, COMMIT, d + "/meta.info"))
        pubs = sorted(set(p.split("/")[-1].split("_")[0] for p in files
                          if p.startswith(d + "/") and p.endswith(".html.gz")))
        for pub in pubs:
            truth = json.loads(common.git_show(g, COMMIT, d + "/" + pub + ".json"))
            versions = sorted(truth, key=lambda v: int(re.sub(r"\D", "", v) or 0))
            pages = sorted((p for p in files if p.startswith(d + "/" + pub + "_") and p.endswith(".html.gz")),
                           key=lambda p: meta[p.split("/")[-1]]["crawl_date"])
            if len(pages) != len(versions):
                common.die("%s/%s: %d pages for %d versions" % (cc, pub, len(pages), len(versions)))
            # Pairing: versions in order of their number, pages in order of crawl date
            # (fundus picks the parser version valid at the crawl date).
            # A publisher whose titles do not all occur in the pages so paired is paired by title
            # instead: each page with the one version whose title occurs in it.
            raws = [gzip.decompress(common.git_show(g, COMMIT, p)) for p in pages]
            txts = [norm(r.decode("utf-8", "replace")) for r in raws]
            tit = [norm(truth[v].get("title") or "") for v in versions]
            if not all(tit[i] in txts[i] for i in range(len(pages))):
                order = []
                for i in range(len(pages)):
                    hits = [j for j in range(len(versions)) if tit[j] and tit[j] in txts[i] and j not in order]
                    order.append(hits[0] if len(hits) == 1 else None)
                if None not in order:
                    versions = [versions[j] for j in order]
                    sys.stderr.write("%s/%s: paired by title\n" % (cc, pub))
            for p, v, raw in zip(pages, versions, raws):
                fn = p.split("/")[-1]
                t = truth[v]
                info = meta[fn]
                name = cc + "-" + fn[:-len(".html.gz")]
                lang = page_lang(raw) or labels.get(name, {}).get("lang", "")
                if subset and subset not in subset_of(cc, lang, info["crawl_date"]):
                    continue
                title = norm(t.get("title") or "")
                txt = norm(raw.decode("utf-8", "replace"))
                if title and title not in txt:
                    sys.stderr.write("warning: %s title not in page: %r\n" % (name, title))
                exp = {
                    "url": info["url"],
                    "title": title or None,
                    "title_alternatives": alternatives(title, raw) if title else None,
                    "published": fix_date(t.get("publishing_date")),
                    "encoding": {"actual": "UTF-8"},
                    "body": {"text": body_text(t.get("body") or {})},
                }
                if "authors" in t:
                    exp["authors"] = people(t["authors"], labels)
                img = og_image(raw)
                if img:
                    exp["lead_image"] = img
                lab = labels.get(name, {})
                for k, val in lab.items():
                    if k != "lang":
                        exp[k] = val
                common.write_page(out, name, raw, exp)
                n += 1
    sys.stderr.write("%d pages written to %s\n" % (n, out))


if __name__ == "__main__":
    main()
