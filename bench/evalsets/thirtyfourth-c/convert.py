#!/usr/bin/env python3
"""Build the thirtyfourth-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a custom-extractor fixture that a fork of postlight/parser (Mercury) added itself and postlight/parser,
jocmp/mercury-parser and shinyfrog/mercury-parser never held (fixtures/HOST/TIMESTAMP.html), one that thirtythird-c
(the first set to read these forks) left unread: sgtcoder/parser (a 2024 fork that gathered unmerged contributors'
2019 fixtures) and nickwynja/mercury-parser (The New Yorker, 2020). Each is the parser's cheerio re-serialisation of
the served page (each label's `capture` says so), read with `git show <commit>:<path>` at the commit labels.json pins
and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json comes from twentyfifth-b's loop, which runs
fourteenth-world's `expected`/`write_files`: the body derived by the page's full-body selector rule (its "fix" pairs
undo the recipe's space at inline-element edges), checked to start with the labelled opening. common.check_charset,
common.check_full_rule and common.check_split (a page is in thirtyfourth-c-late exactly when
int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page. The loop is twentyeighth-c's main, imported with this
set's repositories (as thirtythird-c imports it). thirtyfourth-c-late's converter imports this module and runs main()
on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the repositories whose fixtures this set reads
REPOS = {"sgtcoder/parser", "nickwynja/mercury-parser", "kik0220/mercury-parser"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyeighth-c's loop and reader (imported) on
    this set's repositories; a directory named *-late is the held-out third."""
    common.load_recipe("twentyeighth-c").main(here, repos=REPOS)


if __name__ == "__main__":
    main()
