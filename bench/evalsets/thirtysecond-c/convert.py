#!/usr/bin/env python3
"""Build the thirtysecond-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a served English news page another project keeps in its tests, in repositories no earlier set read:
forks of snacktory that added their own test pages (skyshard/snacktory: The Hill, Infosecurity Magazine, 2017;
MoOmEeN/snacktory: Fortune 2015, GigaOM 2010; lopescan/snacktory: The New York Times 2016), discourse/onebox's 2014
Daily Mail fixture (a 2007 story) and the BBC and Guardian extractor pages of a python-goose branch kept in
tanzaho/python-goose (2014). Each file is read with `git show <commit>:<path>` at the commit labels.json pins
(twentyeighth-c's reader, imported, restricted to this set's repositories) and written byte for byte to OUT/NAME.html;
OUT/NAME.html.expected.json comes from twentyfifth-b's loop (imported), which runs fourteenth-world's
`expected`/`write_files`: the body derived by the page's full-body selector rule, checked to start with the labelled
opening. common.check_charset (strict UTF-8, no <meta> declaring another), common.check_full_rule and
common.check_split (the sha1 split: a page is in thirtysecond-c-late exactly when int(sha1(bytes), 16) % 3 == 0) stop
the build on a wrong page. thirtysecond-c-late's converter imports this module and runs main() on its own directory.
Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the repositories whose saved pages this set reads
REPOS = {"skyshard/snacktory", "MoOmEeN/snacktory", "lopescan/snacktory", "discourse/onebox", "tanzaho/python-goose",
         "sujoykroy/goose3", "nulty/web-page-parser"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyeighth-c's loop and reader (imported) on
    this set's repositories; a directory named *-late is the held-out third."""
    common.load_recipe("twentyeighth-c").main(here, repos=REPOS)


if __name__ == "__main__":
    main()
