#!/usr/bin/env python3
"""Build the fourteenth-world evaluation set.

    python3 convert.py MIRRORS OUT        (MIRRORS = /work/.mirror)

Every page is read with `git --git-dir=<mirror> show <pinned commit>:<path>` (gzip fixtures are
decompressed: the bytes inside are the page as the source saved it) and written unchanged to
OUT/NAME.html; OUT/NAME.html.expected.json is built from labels.json. Body texts are derived here
from the page by the per-page selector rule in labels.json (no body text is stored in the recipe
beyond the <=200-char opening, which is checked against the derived text).
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import gzip
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

import warnings  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402

warnings.filterwarnings("ignore", message=".*XMLParsedAsHTML.*")
warnings.filterwarnings("ignore", module="bs4")

HERE = os.path.dirname(os.path.abspath(__file__))
BLOCKS = ["p", "h2", "h3", "h4", "li"]


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def derive_body(raw, enc, rule):
    """Text of the story: the block elements (p, h2-h4, li; outermost only) inside every
    element matched by rule["sel"] (with rule["direct_text"], also the bare text runs that sit
    directly in it), in document order, after removing rule["drop"] selectors
    and script/style/figure/figcaption/noscript; paragraphs matching rule["skip_re"] are left
    out, and the text ends before the first paragraph matching rule["stop_re"]."""
    soup = BeautifulSoup(raw.decode(enc, "replace"), "lxml")
    conts = soup.select(rule["sel"])
    if not conts:
        common.die("selector %r matched nothing" % rule["sel"])
    top = [c for c in conts if not any(p in conts for p in c.parents)]
    tags = rule.get("tags", BLOCKS)
    out = []
    for c in top:
        for bad in c.select("script, style, figure, figcaption, noscript, iframe, form"):
            bad.decompose()
        for d in rule.get("drop", []):
            for bad in c.select(d):
                bad.decompose()
        if rule.get("direct_text"):
            # bare text runs sitting directly in the container count as paragraphs too
            buf = []
            for ch in list(c.children):
                if getattr(ch, "name", None) in (None, "a", "b", "i", "em", "strong", "span", "u"):
                    buf.append(ch.get_text(" ") if ch.name else str(ch))
                    continue
                if ws("".join(buf)):
                    ch.insert_before(soup.new_tag("p"))
                    ch.find_previous_sibling("p").string = ws("".join(buf))
                buf = []
            if ws("".join(buf)):
                c.append(soup.new_tag("p"))
                c.find_all("p", recursive=False)[-1].string = ws("".join(buf))
        for el in c.find_all(tags):
            anc = el.parent
            nested = False
            while anc is not None and anc is not c:
                if anc.name in tags:
                    nested = True
                    break
                anc = anc.parent
            if nested:
                continue
            t = ws(el.get_text(" "))
            if not t:
                continue
            if rule.get("stop_re") and re.search(rule["stop_re"], t):
                return "\n\n".join(out)
            if rule.get("skip_re") and re.search(rule["skip_re"], t):
                continue
            out.append(t)
    return "\n\n".join(out)


def expected(name, lab, raw):
    """The expected JSON of one page from its labels: the body text derived by the page's
    selector rule (less rule["fix"]'s [from, to] replacements and a leading rule["lstrip_re"]
    match, for sets that need them), checked against the labelled opening."""
    exp = {"url": lab["url"], "title": lab["title"]}
    if lab.get("title_alternatives"):
        exp["title_alternatives"] = lab["title_alternatives"]
    exp["authors"] = lab["authors"]
    exp["published"] = lab["published"]
    if "lead_image" in lab:
        exp["lead_image"] = lab["lead_image"]
    exp["encoding"] = {"actual": lab["encoding"]}
    body = {}
    rule = lab.get("body")
    if rule:
        text = derive_body(raw, lab.get("decode", "utf-8"), rule)
        for bad, good in rule.get("fix", []):
            # the recipe joins inline runs with a space ("Brazil</a>’s" -> "Brazil ’s"): undo it
            text = text.replace(bad, good)
        if rule.get("lstrip_re"):
            # text the recipe cannot drop (an HTML comment that bs4 keeps in a bare-text run)
            text = re.sub("^(?:%s)" % rule["lstrip_re"], "", text)
        want = ws(lab["first_200"])
        if not ws(text).startswith(want):
            common.die("%s: derived body does not start with the labelled opening:\n  %r\n  %r"
                       % (name, ws(text)[:200], want))
        if rule.get("full", True):
            body["text"] = text
        body["first_200"] = lab["first_200"]
    elif lab.get("first_200"):
        body["first_200"] = lab["first_200"]
    if body:
        exp["body"] = body
    return exp


def write_files(out, name, raw, exp):
    """Writes OUT/NAME.html unchanged and OUT/NAME.html.expected.json (keys in label order)."""
    with open(os.path.join(out, name + ".html"), "wb") as f:
        f.write(raw)
    with open(os.path.join(out, name + ".html.expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main(here=HERE):
    """Builds the set whose labels.json is in here (fifteenth-world reuses this recipe)."""
    if len(sys.argv) != 3:
        common.die("usage: convert.py MIRRORS OUT")
    mirrors, out = sys.argv[1], sys.argv[2]
    labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
    os.makedirs(out, exist_ok=True)
    gits = {}
    for src in labels["sources"]:
        gits[src["repo"]] = common.open_repo(mirrors, src["repo"], src["commit"])
    commits = {s["repo"]: s["commit"] for s in labels["sources"]}
    for name, lab in sorted(labels["pages"].items()):
        repo = lab["repo"]
        raw = common.git_show(gits[repo], commits[repo], lab["path"])
        if lab["path"].endswith(".gz"):
            raw = gzip.decompress(raw)
        write_files(out, name, raw, expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
