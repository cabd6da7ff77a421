#!/usr/bin/env python3
"""Build the nineteenth-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

fourteenth-world's recipe (imported, not copied) run on this directory's labels.json: each page read with
`git show <pinned commit>:<path>` from the mirrors of dungvn3000/myfeed (the test pages of its linkerz_parser, at
the last commit before their deletion), mediacloud/backend (two pages of its 2010 gsoc_samuel sandbox),
9-volt/radio-erevan (three Moldovan pages of its parser specs) and slavosarik/Article_crawler (one Slovak page of its
specs) and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json built from the labels, the body
derived by the page's selector rule where it has one (opening checked against it). This script then checks every
page's bytes against its label (valid UTF-8, or pure ASCII where labelled US-ASCII; the only charset its <meta> tags
declare is UTF-8) and the opening of each page without a rule against the page's text, so a label that is not in
the page stops the build. Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402


def check_charset(name, raw, label):
    """The page as stored must hold valid UTF-8 (pure ASCII when labelled US-ASCII, the earlier sets' label for
    an all-ASCII page) and declare no charset but UTF-8."""
    if label not in ("UTF-8", "US-ASCII"):
        common.die("%s: labelled %s; this set holds UTF-8 and ASCII pages only" % (name, label))
    try:
        raw.decode("ascii" if label == "US-ASCII" else "utf-8")
    except UnicodeDecodeError as e:
        common.die("%s: not valid %s (%s)" % (name, label, e))
    if label == "UTF-8" and raw.isascii():
        common.die("%s: all ASCII, label it US-ASCII" % name)
    # only <meta> declarations count: a <script charset=…> attribute names the script's encoding, not the page's
    declared = {m.lower() for tag in re.findall(rb"<meta\b[^>]*>", raw[:60000], re.I)
                for m in re.findall(rb'charset\s*=\s*["\']?\s*([A-Za-z0-9_.:-]+)', tag, re.I)}
    if declared - {b"utf-8"}:
        common.die("%s: declares %r besides UTF-8" % (name, sorted(declared)))


def main():
    world = common.load_recipe("fourteenth-world")
    out = common.main_args()[1]
    common.clean_out(out)
    world.main(HERE)
    for name, lab in sorted(common.load_labels(HERE)["pages"].items()):
        raw = open(os.path.join(out, name + ".html"), "rb").read()
        check_charset(name, raw, lab["encoding"])
        if len(lab["first_200"]) > 200:
            common.die("%s: first_200 longer than 200 characters" % name)
        if lab.get("body"):
            continue  # checked by the recipe against the derived body
        common.check_opening(name, raw.decode("utf-8"), lab["first_200"], world.ws)


if __name__ == "__main__":
    main()
