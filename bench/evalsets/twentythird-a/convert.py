#!/usr/bin/env python3
"""Build the twentythird-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is read with `git show <pinned commit>:<path>` from the fetch tool's mirror (common.open_repo_any). Two
kinds of source (labels.json "form"):
  - "scrapy-json": a Scrapy test case `[{"raw_response": {"content_type", "content"}, ...}]` whose content is the
    served page as Scrapy decoded it. The page is content.encode("utf-8"); that is the served bytes exactly only
    when the page was served as UTF-8, so the build stops unless the content holds no U+FFFD and either the
    content_type names UTF-8 or it names no charset and the page's own <meta> declares UTF-8 (Scrapy then decodes
    by that <meta>, and undecodable bytes would have left U+FFFD).
  - "file": the stored file, byte for byte.
OUT/NAME.html is written byte for byte and OUT/NAME.html.expected.json is built with fourteenth-world's recipe
(imported, not copied): the body derived by the page's selector rule (every page has one, full body), checked
against the labelled opening. Each page is checked to decode strictly as UTF-8 with no <meta> declaring another
charset, each opening is at most 200 characters, and each page must sit in the set the split rule gives it:
twentythird-late holds a page exactly when int(sha1(page bytes), 16) % 3 == 0 (twentythird-late imports this
module and runs main() on its own directory). Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

META_CHARSET = re.compile(rb'charset\s*=\s*["\']?\s*([A-Za-z0-9_.:-]+)', re.I)


def declared_charsets(raw):
    """Lower-cased charsets the page's <meta> tags declare (first 100 kB)."""
    return {m.decode().lower() for tag in re.findall(rb"<meta\b[^>]*>", raw[:100000], re.I)
            for m in META_CHARSET.findall(tag)}


def page_bytes(name, lab, blob):
    """The page's bytes from a source blob of the labelled form."""
    if lab["form"] == "file":
        return blob
    if lab["form"] != "scrapy-json":
        common.die("%s: unknown form %r" % (name, lab["form"]))
    case = json.loads(blob)
    if isinstance(case, list):
        case = case[0]
    rr = case["raw_response"]
    text = rr["content"]
    if "\ufffd" in text:
        common.die("%s: Scrapy's text holds U+FFFD: not exactly re-encodable" % name)
    raw = text.encode("utf-8")
    ct = rr["content_type"].lower()
    if "charset" in ct:
        if "utf-8" not in ct:
            common.die("%s: served as %r, not UTF-8" % (name, rr["content_type"]))
    elif "utf-8" not in declared_charsets(raw):
        common.die("%s: served without a charset and no <meta> declares UTF-8" % name)
    return raw


def check_charset(name, raw, label):
    """The page decodes strictly as UTF-8 (the only label of this set) and no <meta> declares another charset."""
    if label != "UTF-8":
        common.die("%s: labelled %s; this set knows only UTF-8" % (name, label))
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        common.die("%s: not valid UTF-8 (%s)" % (name, e))
    other = declared_charsets(raw) - {"utf-8"}
    if other:
        common.die("%s: labelled UTF-8 but a <meta> declares %s" % (name, sorted(other)))


def is_late(raw):
    """The split rule, fixed before the split was seen: a third of the pages by sha1."""
    return int(hashlib.sha1(raw).hexdigest(), 16) % 3 == 0


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv); late says which side of the split it is."""
    mirrors, out = common.main_args()
    late = os.path.basename(here) == "twentythird-late"
    world = common.load_recipe("fourteenth-world")
    labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
    common.clean_out(out)
    gits = {}
    for name, lab in sorted(labels["pages"].items()):
        if not lab.get("body", {}).get("full", True):
            common.die("%s: every page of this set has a full-body rule" % name)
        if len(lab["first_200"]) > 200:
            common.die("%s: first_200 longer than 200 characters" % name)
        key = (lab["repo"], lab["commit"])
        if key not in gits:
            gits[key] = common.open_repo_any(mirrors, lab["repo"], lab["commit"])
        raw = page_bytes(name, lab, common.git_show(gits[key], lab["commit"], lab["path"]))
        check_charset(name, raw, lab["encoding"])
        if is_late(raw) != late:
            common.die("%s: the sha1 split puts this page in the other set" % name)
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
