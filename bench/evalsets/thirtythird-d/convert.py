#!/usr/bin/env python3
"""Build the thirtythird-d evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a news page another project kept as a test fixture and later replaced, renamed away or deleted, read
at the last commit that still holds it: postlight/parser's fixtures/ pages of 2016-2019 (Deadspin, Fusion, Los
Angeles Times, The New York Times, the Obama White House, The San Diego Union-Tribune, Wired, The Washington Post,
NJ.com, CinemaBlend, FT Chinese, Vice, New York magazine), flairNLP/fundus's gzipped parser test pages of 2023-2024
(The Intercept, Zeit Online, NDR, Bild, Rolling Stone, MDR) and adbar/trafilatura's tests/cache pages (Deutsche
Welle, heise online, Süddeutsche Zeitung). Each file is read with `git show <commit>:<path>` at the commit
labels.json pins (gunzipped when the label says "gz": twentyeighth-c's reader, imported, restricted to this set's
repositories) and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json comes from twentyfifth-b's loop
(imported), which runs fourteenth-world's `expected`/`write_files`: the body derived by the page's full-body
selector rule, checked to start with the labelled opening. common.check_charset (strict UTF-8, no <meta> declaring
another), common.check_full_rule and common.check_split (the sha1 split: a page is in thirtythird-d-late exactly
when int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page. thirtythird-d-late's converter imports this
module and runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the repositories whose saved pages this set reads
REPOS = {"postlight/parser", "flairNLP/fundus", "adbar/trafilatura"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyeighth-c's loop and reader (imported) on
    this set's repositories; a directory named *-late is the held-out third."""
    common.load_recipe("twentyeighth-c").main(here, repos=REPOS)


if __name__ == "__main__":
    main()
