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
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


# the one charset label of this set
CODEC = {"UTF-8": "utf-8"}


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
    elif "utf-8" not in common.declared_charsets(raw):
        common.die("%s: served without a charset and no <meta> declares UTF-8" % name)
    return raw



def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv); late says which side of the split it is."""
    mirrors, out = common.main_args()
    late = os.path.basename(here) == "twentythird-late"
    world = common.load_recipe("fourteenth-world")
    labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
    common.clean_out(out)
    gits = {}
    for name, lab in sorted(labels["pages"].items()):
        common.check_full_rule(name, lab)
        key = (lab["repo"], lab["commit"])
        if key not in gits:
            gits[key] = common.open_repo_any(mirrors, lab["repo"], lab["commit"])
        raw = page_bytes(name, lab, common.git_show(gits[key], lab["commit"], lab["path"]))
        common.check_charset(name, raw, lab["encoding"], CODEC)
        common.check_split(name, raw, late)
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
