#!/usr/bin/env python3
"""Build the twentyfourth-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is read with `git show <commit>:<path>` (each page pinned to its own commit: the Scrapy test cases sit on one
branch per site) from the fetch tool's mirror of its repository (common.open_repo_any). Two kinds of source
(labels.json "form"): "file", the stored page byte for byte (the NetEase pages of rcy17/newsExtraction); and
"scrapy-json", a Scrapy test case of mitul-kalariya/scrapping-webs whose raw_response content is the served page as
Scrapy decoded it, turned back into bytes by twentythird-a's page_bytes (imported: content.encode("utf-8"), which it
allows only when the text holds no U+FFFD and the content type or the page's <meta> says UTF-8). The page is written
to OUT/NAME.html; OUT/NAME.html.expected.json is built with
fourteenth-world's recipe (imported, not copied): the body derived by the page's selector rule (every page has one,
full body), checked against the labelled opening. Each page must decode strictly in its labelled encoding and declare
no other charset in a <meta> tag (gb2312 counting as GBK: the NetEase pages declare gb2312 and are valid GBK), and
each opening is at most 200 characters, and each page must sit in the set the split rule gives it: twentyfourth-b-late
holds a page exactly when int(sha1(page bytes), 16) % 3 == 0 (twentyfourth-b-late imports this module and runs main()
on its own directory). Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# label -> (Python codec, charset names a <meta> tag may declare for it)
CHARSETS = {"UTF-8": ("utf-8", {b"utf-8"}), "GBK": ("gbk", {b"gbk", b"gb2312"})}


def check_charset(name, raw, label):
    """The page must decode strictly in its labelled encoding and declare no other charset in a <meta> tag."""
    if label not in CHARSETS:
        common.die("%s: labelled %s; this set holds UTF-8 and GBK pages only" % (name, label))
    codec, names = CHARSETS[label]
    try:
        raw.decode(codec)
    except UnicodeDecodeError as e:
        common.die("%s: not valid %s (%s)" % (name, label, e))
    # only <meta> declarations count: a <script charset=…> attribute names the script's encoding, not the page's
    declared = {m.lower() for tag in re.findall(rb"<meta\b[^>]*>", raw[:60000], re.I)
                for m in re.findall(rb'charset\s*=\s*["\']?\s*([A-Za-z0-9_.:-]+)', tag, re.I)}
    if declared - names:
        common.die("%s: declares %r, labelled %s" % (name, sorted(declared), label))



def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv); late says which side of the split it is."""
    mirrors, out = common.main_args()
    late = os.path.basename(here) == "twentyfourth-b-late"
    world = common.load_recipe("fourteenth-world")
    labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
    scrapy = common.load_recipe("twentythird-a")
    common.clean_out(out)
    gits = {}
    for name, lab in sorted(labels["pages"].items()):
        common.check_full_rule(name, lab)
        if lab["repo"] not in gits:
            gits[lab["repo"]] = common.open_repo_any(mirrors, lab["repo"], lab["commit"])
        common.check_commit(gits[lab["repo"]], lab["commit"], lab["repo"])
        raw = scrapy.page_bytes(name, lab, common.git_show(gits[lab["repo"]], lab["commit"], lab["path"]))
        check_charset(name, raw, lab["encoding"])
        common.check_split(name, raw, late)
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
