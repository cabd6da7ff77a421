#!/usr/bin/env python3
"""Build the thirtyfourth-d evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a news page flairNLP/fundus kept gzipped as a parser test fixture (or microlinkhq/metascraper kept as an
integration-test input) and later replaced or deleted, read at the last commit that still holds it: Welt, Merkur,
Süddeutsche Zeitung (two), WAZ, Rheinische Post, n-tv, Stern, Focus Online, Braunschweiger Zeitung, Vogue Germany (two)
and ORF (German; fundus), The Washington Post, Cloud Pro and
Geektime (English; metascraper).
Each file is read with `git show <commit>:<path>` at the commit labels.json pins, gunzipped when the label says "gz":
true (twentyeighth-c's reader, imported, restricted to this set's repositories), and written byte for byte to
OUT/NAME.html; OUT/NAME.html.expected.json comes from twentyfifth-b's loop (imported), which runs fourteenth-world's
`expected`/`write_files`: the body derived by the page's full-body selector rule, checked to start with the labelled
opening. common.check_charset (strict UTF-8, no <meta> declaring another), common.check_full_rule and
common.check_split (the sha1 split: a page is in thirtyfourth-d-late exactly when int(sha1(bytes), 16) % 3 == 0) stop
the build on a wrong page. thirtyfourth-d-late's converter imports this module and runs main() on its own directory.
Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the repositories whose saved pages this set reads
REPOS = {"flairNLP/fundus", "microlinkhq/metascraper"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyeighth-c's loop and reader (imported) on
    this set's repositories; a directory named *-late is the held-out third."""
    common.load_recipe("twentyeighth-c").main(here, repos=REPOS)


if __name__ == "__main__":
    main()
