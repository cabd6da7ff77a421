#!/usr/bin/env python3
"""Build the thirtysecond-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a non-English news page of mikeizbicki/metahtml's test cache (tests/.cache/<url folder>/<capture date>,
2020 captures made with Python `requests`), read from the fork Tonnpo/metahtml at the commit labels.json pins (the
upstream is over the mirror's size limit; twelfth-meta reads the same fork). metahtml stored each page as requests
decoded it (r.text written as UTF-8): common.requests_text_to_bytes (twelfth-meta's rule) restores the served bytes —
text of code points <= U+00FF only was decoded as ISO-8859-1 and is encoded back to it; a non-UTF-8 <meta> charset is
encoded back with that codec (strict) — and the bytes are written to OUT/NAME.html. OUT/NAME.html.expected.json comes
from twentyfifth-b's loop (imported), which runs fourteenth-world's `expected`/`write_files`: the body derived by the
page's full-body selector rule, checked to start with the labelled opening. common.check_charset (strict decoding as
the labelled charset, no <meta> declaring another), common.check_full_rule and common.check_split (the sha1 split: a
page is in thirtysecond-a-late exactly when int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong page.
thirtysecond-a-late's converter imports this module and runs main() on its own directory. Standard library + bs4/lxml.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the charsets these pages were served in (labels.json "encoding") and the Python codec of each
CODECS = {"UTF-8": "utf-8", "ISO-8859-1": "iso-8859-1", "ISO-8859-15": "iso8859_15", "windows-1251": "cp1251"}
# the one repository this set reads
REPO = "Tonnpo/metahtml"


def page(gitdir, lab):
    """The served bytes of one label: the cache file at the label's own commit, restored from requests' text by
    common.requests_text_to_bytes; the charset it finds must be the labelled one."""
    if lab["repo"] != REPO:
        common.die("%s: this set reads only %s" % (lab["path"], REPO))
    common.check_commit(gitdir, lab["commit"], lab["repo"])
    raw, cs = common.requests_text_to_bytes(common.git_show(gitdir, lab["commit"], lab["path"]).decode("utf-8"))
    if cs.lower() != lab["encoding"].lower():
        common.die("%s: restored as %s, labelled %s" % (lab["path"], cs, lab["encoding"]))
    return raw


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv): twentyfifth-b's loop (imported) with this set's
    page reader and charsets; a directory named *-late is the held-out third."""
    common.load_recipe("twentyfifth-b").main(here, page=page, codecs=CODECS)


if __name__ == "__main__":
    main()
