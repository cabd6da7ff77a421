#!/usr/bin/env python3
"""Build the twentyeighth-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a saved news page from another project's tests: pankaj28843/article-extractor's full-page fixtures
(tests/fixtures/fullpage_to_article_html/HOST/SLUG/raw.html), tobneok/isentia_test's scraper test page
(scraper/testdata/bbc_article.txt) and GravityLabs/goose's statichtml test page (wsj1.txt), read with `git show
<commit>:<path>` at the commit labels.json pins and written byte for byte to OUT/NAME.html;
OUT/NAME.html.expected.json comes from twentyfifth-b's loop (imported), which runs fourteenth-world's
`expected`/`write_files`: the body derived by the page's full-body selector rule, checked to start with the labelled
opening. common.check_charset (strict UTF-8, no <meta> declaring another), common.check_full_rule and
common.check_split (the sha1 split: a page is in twentyeighth-c-late exactly when int(sha1(bytes), 16) % 3 == 0) stop
the build on a wrong page. twentyeighth-c-late's converter imports this module and runs main() on its own directory.
Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# every page here is served as UTF-8 and declares it
CODECS = {"UTF-8": "utf-8"}
# the repositories whose saved pages this set reads
REPOS = {"pankaj28843/article-extractor", "tobneok/isentia_test", "GravityLabs/goose"}


def reader(repos):
    """A page reader for a set that reads only the repositories in repos: the file at each label's own commit
    (twentysixth-c's reader); a label naming another repository stops the build."""
    def page(gitdir, lab):
        if lab["repo"] not in repos:
            common.die("%s: this set reads only %s" % (lab["path"], ", ".join(sorted(repos))))
        return common.load_recipe("twentysixth-c").page(gitdir, lab)
    return page


def main(here=HERE, repos=REPOS):
    """Builds the set whose labels.json is in here into OUT (argv): twentyfifth-b's loop (imported) with a page
    reader of repos (twentyninth-b and -c import this with their own); a directory named *-late is the held-out
    third."""
    common.load_recipe("twentyfifth-b").main(here, page=reader(repos), codecs=CODECS)


if __name__ == "__main__":
    main()
