#!/usr/bin/env python3
"""Build the thirtieth-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a custom-extractor fixture that jocmp/mercury-parser (Capy Reader's fork of postlight/parser) added after
postlight/parser stopped (fixtures/HOST/TIMESTAMP.html, December 2024 – June 2026): the parser's cheerio
re-serialisation of the served page, as in heldout-postlight, twentyfourth-c and twentyninth-b (each label's `capture`
says so). Each is read with `git show <commit>:<path>` at the commit labels.json pins and written byte for byte to
OUT/NAME.html; OUT/NAME.html.expected.json comes from twentyfifth-b's loop, which runs fourteenth-world's
`expected`/`write_files` (the same recipe twentyfourth-c's converter runs on its mercury fixtures): the body derived by
the page's full-body selector rule (its "fix" pairs undo the recipe's space at inline-element edges), checked to start
with the labelled opening. common.check_charset (strict UTF-8, no <meta> declaring another), common.check_full_rule
and common.check_split (a page is in thirtieth-b-late exactly when int(sha1(bytes), 16) % 3 == 0) stop the build on a
wrong page. The loop is twentyeighth-c's main, imported with this set's repository (as twentyninth-b imports it);
twentyfourth-c's own main cannot be reused because it ties the -late check to its own directory name.
thirtieth-b-late's converter imports this module and runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the repository whose fixtures this set reads
REPOS = {"jocmp/mercury-parser"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyeighth-c's converter (imported: twentyfifth-b's
    loop, the UTF-8 codec and twentysixth-c's per-commit reader) limited to this set's repository; *-late is the
    held-out third."""
    common.load_recipe("twentyeighth-c").main(here, repos=REPOS)


if __name__ == "__main__":
    main()
