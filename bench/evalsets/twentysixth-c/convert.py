#!/usr/bin/env python3
"""Build the twentysixth-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Pages from three repositories, each page pinned to its own repo@commit in labels.json and read with
`git show <commit>:<path>`: flairNLP/fundus test fixtures (older, replaced versions; "gz": true, gunzipped), mediacloud/
metadata-lib `mcmetadata/test/fixtures/cached-*` (the body a requests fetch got, stored as is) and wordnik/nyt-first-said
`test/fixtures/*.html` (stored as is). The bytes are written unchanged to OUT/NAME.html; OUT/NAME.html.expected.json
comes from twentyfifth-b's loop (imported), which runs fourteenth-world's `expected`/`write_files`: the body derived by the page's full-body selector
rule, checked to start with the labelled opening. common.check_charset (strict decode as the labelled charset, no
<meta> declaring another), common.check_full_rule and common.check_split (the sha1 split: a page is in
twentysixth-c-late exactly when int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page. twentysixth-c-late's
converter imports this module and runs main() on its own directory. Standard library + bs4/lxml.
"""
import gzip
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

CODECS = {"UTF-8": "utf-8", "ISO-8859-1": "iso-8859-1", "windows-1252": "cp1252"}


def page(gitdir, lab):
    """The page bytes of one label: the file at the label's own commit (gunzipped when "gz")."""
    common.check_commit(gitdir, lab["commit"], lab["repo"])
    raw = common.git_show(gitdir, lab["commit"], lab["path"])
    return gzip.decompress(raw) if lab.get("gz") else raw


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyfifth-b's loop (imported) with this set's
    page reader and charsets; a directory named *-late is the held-out third."""
    common.load_recipe("twentyfifth-b").main(here, page=page, codecs=CODECS)


if __name__ == "__main__":
    main()
