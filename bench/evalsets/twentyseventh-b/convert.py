#!/usr/bin/env python3
"""Build the twentyseventh-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Pages mostly in legacy encoding (ISO-8859-1 as served) from three repositories, each pinned to its own repo@commit
in labels.json and read with `git show <commit>:<path>`, stored as is: johnl/web-page-parser spec fixtures (BBC News
2008-2009 pages; an RTÉ News page kept only on the pull-request ref refs/pull/1/head; four UTF-8 English pages),
smallrivers/snacktory test resources (SPIEGEL ONLINE, Golem.de) and victormartinez/ferret's first, ISO-8859-1
version of its Justificando page. The bytes are written unchanged to OUT/NAME.html; OUT/NAME.html.expected.json comes from twentyfifth-b's loop
(imported), which runs fourteenth-world's `expected`/`write_files`: the body derived by the page's full-body selector
rule (decoded as the label's "decode" codec), checked to start with the labelled opening. common.check_charset
(strict decode as the labelled charset, no <meta> declaring another), common.check_full_rule and common.check_split
(a page is in twentyseventh-b-late exactly when int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page.
twentyseventh-b-late's converter imports this module and runs main() on its own directory. Standard library +
bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

CODECS = {"ISO-8859-1": "iso-8859-1", "UTF-8": "utf-8"}


def page(gitdir, lab):
    """The page bytes of one label: the file at the label's own commit, as stored."""
    common.check_commit(gitdir, lab["commit"], lab["repo"])
    return common.git_show(gitdir, lab["commit"], lab["path"])


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyfifth-b's loop (imported) with this set's
    page reader and charsets; a directory named *-late is the held-out third."""
    common.load_recipe("twentyfifth-b").main(here, page=page, codecs=CODECS)


if __name__ == "__main__":
    main()
