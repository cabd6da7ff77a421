#!/usr/bin/env python3
"""Build the thirtieth-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a news page another project keeps in its tests:
- Code4SA/mma-dexter (Media Monitoring Africa's news crawler) pastes whole served pages of South African, Namibian
  and Zambian outlets into its crawler tests as Python triple-quoted string literals assigned to `html` (in
  tests/unit/test_*_crawler*.py). A label with "literal": N names the N-th such literal of its file; the page is the
  file's bytes between that literal's opening and closing triple quotes, taken as they are (no Python unescaping:
  the literal is the paste of the served page);
- haroldtreen/epub-press's article fixtures (tests/fixtures/articles/NAME.html, 2016 browser captures) and
  Strumenta/SmartReader's own test page tweakers/source.html, read whole as twentyninth-c reads them, and one more
  pankaj28843/article-extractor full-page fixture (raw.html) beside twentyeighth-c's.
Each file is read with `git show <commit>:<path>` at the commit labels.json pins and the page written byte for byte
to OUT/NAME.html; OUT/NAME.html.expected.json comes from twentyfifth-b's loop (imported), which runs
fourteenth-world's `expected`/`write_files`: the body derived by the page's full-body selector rule, checked to start
with the labelled opening. common.check_charset (strict UTF-8, no <meta> declaring another), common.check_full_rule
and common.check_split (the sha1 split: a page is in thirtieth-c-late exactly when int(sha1(bytes), 16) % 3 == 0)
stop the build on a wrong page. thirtieth-c-late's converter imports this module and runs main() on its own
directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the repositories whose saved pages this set reads
REPOS = {"Code4SA/mma-dexter", "haroldtreen/epub-press", "Strumenta/SmartReader", "pankaj28843/article-extractor"}
# the opening of a pasted page in mma-dexter's crawler tests
OPEN = b'html = """'
CLOSE = b'"""'


def literal(src, n, name):
    """Bytes of the n-th (1-based) `html = \"\"\"…\"\"\"` literal of a test file, between its quotes, as written."""
    pos = 0
    for _ in range(n):
        start = src.find(OPEN, pos)
        if start < 0:
            common.die("%s: the file has fewer than %d pasted pages" % (name, n))
        start += len(OPEN)
        end = src.find(CLOSE, start)
        if end < 0:
            common.die("%s: literal %d is not closed" % (name, n))
        pos = end + len(CLOSE)
    return src[start:end]


def page(gitdir, lab):
    """The page bytes of one label: a pasted literal of a test file when the label says "literal", else the whole
    file (twentyeighth-c's reader of this set's repositories)."""
    if "literal" in lab:
        if lab["repo"] not in REPOS:
            common.die("%s: this set reads only %s" % (lab["path"], ", ".join(sorted(REPOS))))
        common.check_commit(gitdir, lab["commit"], lab["repo"])
        return literal(common.git_show(gitdir, lab["commit"], lab["path"]), lab["literal"], lab["path"])
    return common.load_recipe("twentyeighth-c").reader(REPOS)(gitdir, lab)


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyfifth-b's loop (imported) with this set's
    page reader; a directory named *-late is the held-out third."""
    common.load_recipe("twentyfifth-b").main(here, page=page, codecs={"UTF-8": "utf-8"})


if __name__ == "__main__":
    main()
