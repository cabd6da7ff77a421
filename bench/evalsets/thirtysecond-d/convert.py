#!/usr/bin/env python3
"""Build the thirtysecond-d evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a news page newspaper's maintainers kept as a test fixture and later replaced or re-saved over, read
at the commit that still holds it: codelucas/newspaper's January 2015 fixture commit (a14cad3e…, "mocked HTML for
fulltext parsing": Daily Star, The Root, The Next Web, Reuters English and French, Talking Points Memo, Boston Herald,
Flavorwire, The Atlantic — stories the later re-saves, which eleventh-body read, replaced), its Japanese (2016),
Polish and French (2016) and Bengali (2020) fixtures before their replacement, and AndyTheFactory/newspaper4k's
AutoIndustriya page. The davecrumbacher/newspaper fork's history led to them (see NOTES.md). Each file is read with
`git show <commit>:<path>` at the commit labels.json pins (twentyeighth-c's reader, imported, restricted to this
set's repositories) and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json comes from
twentyfifth-b's loop (imported), which runs fourteenth-world's `expected`/`write_files`: the body derived by the
page's full-body selector rule, checked to start with the labelled opening. common.check_charset (strict UTF-8, no
<meta> declaring another), common.check_full_rule and common.check_split (the sha1 split: a page is in
thirtysecond-d-late exactly when int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page.
thirtysecond-d-late's converter imports this module and runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the repositories whose saved pages this set reads
REPOS = {"codelucas/newspaper", "AndyTheFactory/newspaper4k"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyeighth-c's loop and reader (imported) on
    this set's repositories; a directory named *-late is the held-out third."""
    common.load_recipe("twentyeighth-c").main(here, repos=REPOS)


if __name__ == "__main__":
    main()
