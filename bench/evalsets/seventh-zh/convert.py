#!/usr/bin/env python3
"""seventh-zh: python3 convert.py MIRRORS OUT

Source: immortal-autumn/Chinese-Web-Content-Extraction-Dataset (MIT), 69 hand-labelled Chinese pages:
original/ID.html (page), cleaned/ID.txt (content), author/ID.txt, date/ID.txt. NAME = ID (the file's uuid).
Rules (NOTES.md):
  * body.text = cleaned/ID.txt (decoded by BOM, else UTF-8, else GB18030), lines whitespace-collapsed, blank runs cut
  * authors: author/ID.txt split at whitespace, "、", "，" or "," outside parentheses ("周思博 (Joel Spolsky)" is one
    name); "UNKNOWN"/empty -> not scored (key absent)
  * published: date/ID.txt when it is a full day: "Y-M-D H:M[:S]" -> RFC 3339 at +08:00 (China time),
    "Y-M-D" -> bare date; "UNKNOWN", "UNKNWON", empty, year or year-month only, or not a date -> not scored
  * encoding.actual: the page's declared meta charset (gb2312/gbk/gb18030 -> GBK, utf-8 -> UTF-8); without one,
    UTF-8 if the bytes decode strictly as UTF-8, else GBK
"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common

REPO, COMMIT = "immortal-autumn/Chinese-Web-Content-Extraction-Dataset", "99d0ef08419109b5489b12e38f771f25b952d774"


def dec(b):
    return common.decode_bom(b, lambda b: b.decode("gb18030", errors="replace"))


def split_authors(s):
    s = s.strip()
    if not s or s.upper() in ("UNKNOWN", "UNKNWON"):
        return None
    out, cur, depth = [], "", 0
    for ch in s:
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            depth -= 1
        if depth == 0 and (ch.isspace() or ch in "、，,"):
            if cur.strip():
                out.append(cur.strip())
            cur = ""
            continue
        cur += ch
    if cur.strip():
        out.append(cur.strip())
    # a parenthesised part split off by a space belongs to the name before it
    merged = []
    for a in out:
        if a.startswith(("(", "（")) and merged:
            merged[-1] += " " + a
        else:
            merged.append(a)
    return merged or None


def parse_date(s):
    s = s.strip()
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$", s)
    if not m:
        return None
    y, mo, d, h, mi, se = m.groups()
    day = "%s-%02d-%02d" % (y, int(mo), int(d))
    if h is None:
        return day
    return "%sT%02d:%02d:%02d+08:00" % (day, int(h), int(mi), int(se or 0))


def encoding(page):
    m = re.search(rb"charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", page[:8192], re.I)
    if m:
        cs = m.group(1).decode("ascii").lower()
        if cs in ("gb2312", "gbk", "gb18030", "x-gbk"):
            return "GBK"
        if cs in ("utf-8", "utf8"):
            return "UTF-8"
    try:
        page.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError:
        return "GBK"


def main():
    mirrors, out = common.main_args()
    g = common.open_repo(mirrors, REPO, COMMIT)
    common.clean_out(out)
    n = na = nd = 0
    encs = {}
    for p in common.git_ls(g, COMMIT, "original"):
        if not p.endswith(".html"):
            continue
        name = os.path.basename(p)[:-5]
        page = common.git_show(g, COMMIT, p)
        body = dec(common.git_show(g, COMMIT, "cleaned/%s.txt" % name)).replace("\r\n", "\n").replace("\r", "\n")
        body = "\n".join(re.sub(r"\s+", " ", l).strip() for l in body.split("\n")).strip()
        body = re.sub(r"\n{3,}", "\n\n", body)
        exp = {"body": {"text": body}}
        if common.git_exists(g, COMMIT, "author/%s.txt" % name):
            a = split_authors(dec(common.git_show(g, COMMIT, "author/%s.txt" % name)))
            if a:
                exp["authors"] = a
                na += 1
        if common.git_exists(g, COMMIT, "date/%s.txt" % name):
            d = parse_date(dec(common.git_show(g, COMMIT, "date/%s.txt" % name)))
            if d:
                exp["published"] = d
                nd += 1
        e = encoding(page)
        encs[e] = encs.get(e, 0) + 1
        exp["encoding"] = {"actual": e}
        common.write_page(out, name, page, exp)
        n += 1
    sys.stderr.write("seventh-zh: %d pages, authors %d, dates %d, encodings %s\n" % (n, na, nd, encs))


if __name__ == "__main__":
    main()
