#!/usr/bin/env python3
"""Build the sixteenth-distill evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is read with `git --git-dir=<mirror> show <commit>:<path>` at the commit named next to it in
labels.json (the commit that added that version of the file; the pages sit on several branches of the
repository, so no single commit holds them all) and written unchanged to OUT/NAME.html.
OUT/NAME.html.expected.json holds the labelled fields and `body.first_200` (no full-body rule: every
page is scored on its opening). The opening is checked against the page's text before anything is written.
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import json
import os
import re
import sys
import warnings

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402
from bs4 import BeautifulSoup  # noqa: E402

warnings.filterwarnings("ignore", module="bs4")
HERE = os.path.dirname(os.path.abspath(__file__))


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def main():
    mirrors, out = common.main_args()
    labels = common.load_labels(HERE)
    pages = labels["pages"]
    gits = {}
    for name, lab in sorted(pages.items()):
        if lab["repo"] not in gits:
            gits[lab["repo"]] = common.find_mirror(mirrors, lab["repo"])
        common.check_commit(gits[lab["repo"]], lab["commit"], lab["repo"])
    common.clean_out(out)
    for name, lab in sorted(pages.items()):
        raw = common.git_show(gits[lab["repo"]], lab["commit"], lab["path"])
        soup = BeautifulSoup(raw.decode(lab.get("decode", "utf-8"), "replace"), "lxml")
        for bad in soup.select("script, style, noscript"):
            bad.decompose()
        text = ws(soup.get_text(""))
        if ws(lab["first_200"]) not in text:
            common.die("%s: labelled opening not found in the page text: %r" % (name, lab["first_200"]))
        exp = {"url": lab["url"], "title": lab["title"], "authors": lab["authors"],
               "published": lab["published"], "encoding": {"actual": lab["encoding"]},
               "body": {"first_200": lab["first_200"]}}
        if lab.get("title_alternatives"):
            exp["title_alternatives"] = lab["title_alternatives"]
        if lab.get("lead_image"):
            exp["lead_image"] = lab["lead_image"]
        common.write_page(out, name, raw, exp)
    print("wrote %d pages to %s" % (len(pages), out))


if __name__ == "__main__":
    main()
