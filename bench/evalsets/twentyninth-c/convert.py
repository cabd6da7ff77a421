#!/usr/bin/env python3
"""Build the twentyninth-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is an English news or magazine article page kept as a test fixture by another project:
haroldtreen/epub-press's article-extraction fixtures (tests/fixtures/articles/NAME.html, 2016 browser captures) and
Strumenta/SmartReader's own test pages (src/SmartReaderTests/test-pages/NAME/source.html, served pages not taken from
mozilla/readability). Each is read with `git show <commit>:<path>` at the commit labels.json pins (twentysixth-c's
reader, through twentyeighth-c's converter) and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json comes from twentyfifth-b's loop
(imported), which runs fourteenth-world's `expected`/`write_files`: the body derived by the page's full-body selector
rule, checked to start with the labelled opening. common.check_charset (strict UTF-8, no <meta> declaring another),
common.check_full_rule and common.check_split (the sha1 split: a page is in twentyninth-c-late exactly when
int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page. twentyninth-c-late's converter imports this module and
runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the repositories whose saved pages this set reads
REPOS = {"haroldtreen/epub-press", "Strumenta/SmartReader"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyeighth-c's converter (imported: the
    same loop, UTF-8 codec and per-commit reader) limited to this set's repositories; *-late is the held-out third."""
    common.load_recipe("twentyeighth-c").main(here, repos=REPOS)


if __name__ == "__main__":
    main()
