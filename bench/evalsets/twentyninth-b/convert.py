#!/usr/bin/env python3
"""Build the twentyninth-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a served non-English news page that an extractor keeps as its own test case: andreskrey/readability.php's
test-pages (Infobae, Le Monde, Challenges), Strumenta/SmartReader's (Capital.gr, Simerini) and the custom-extractor
fixtures shinyfrog/mercury-parser added to postlight/parser's (NZZ, ZEIT ONLINE, Il Fatto Quotidiano, 4pelagatos,
La Cucina Italiana; the parser's cheerio re-serialisation, as heldout-postlight's). Each is read with
`git show <commit>:<path>` at the commit labels.json pins for it (twentysixth-c's reader, through twentyeighth-c's converter) and written byte for byte to
OUT/NAME.html; OUT/NAME.html.expected.json comes from twentyfifth-b's loop (imported), which runs fourteenth-world's
`expected`/`write_files`: the body derived by the page's full-body selector rule (its "fix" pairs undo the recipe's
space at inline-element edges), checked to start with the labelled opening. common.check_charset (strict UTF-8, no
<meta> declaring another), common.check_full_rule and common.check_split (a page is in twentyninth-b-late exactly when
int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page. twentyninth-b-late's converter imports this module and
runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the repositories whose saved pages this set reads
REPOS = {"andreskrey/readability.php", "Strumenta/SmartReader", "shinyfrog/mercury-parser"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyeighth-c's converter (imported: the
    same loop, UTF-8 codec and per-commit reader) limited to this set's repositories; *-late is the held-out third."""
    common.load_recipe("twentyeighth-c").main(here, repos=REPOS)


if __name__ == "__main__":
    main()
