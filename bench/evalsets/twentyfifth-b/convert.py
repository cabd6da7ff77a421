#!/usr/bin/env python3
"""Build the twentyfifth-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is an older (replaced) flairNLP/fundus test fixture, read with `git show <commit>:<path>` at the commit
labels.json gives the page (common.open_repo_any, common.check_commit), gunzipped, and written byte for byte to
OUT/NAME.html; OUT/NAME.html.expected.json comes from fourteenth-world's `expected`/`write_files` (imported): the body
derived by the page's selector rule (every page has one, full body), checked to start with the labelled opening.
common.check_charset (strict UTF-8, no <meta> declaring another), common.check_full_rule and common.check_split (the
sha1 split: a page is in twentyfifth-b-late exactly when int(sha1(bytes), 16) % 3 == 0) stop the build on a wrong
page. twentyfifth-b-late's converter imports this module and runs main() on its own directory.
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the fixture generator stores its crawler's text re-encoded as UTF-8; every page here declares UTF-8 or nothing
CODECS = {"UTF-8": "utf-8"}


def page(gitdir, lab):
    """The page bytes of one label: the fixture at the label's own commit, gunzipped."""
    common.check_commit(gitdir, lab["commit"], lab["repo"])
    return gzip.decompress(common.git_show(gitdir, lab["commit"], lab["path"]))


def main(here=HERE, page=page, codecs=CODECS):
    """Builds the set whose labels.json is in here into OUT (argv); a directory named *-late is the held-out third.
    page(gitdir, lab) gives a label's bytes and codecs the charsets its pages may be served in (twentysixth-c passes
    its own: more repositories, some files stored as is)."""
    mirrors, out = common.main_args()
    world = common.load_recipe("fourteenth-world")
    labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
    common.clean_out(out)
    dirs = {}
    for name, lab in sorted(labels["pages"].items()):
        common.check_full_rule(name, lab)
        key = (lab["repo"], lab["commit"])
        if key not in dirs:
            dirs[key] = common.open_repo_any(mirrors, lab["repo"], lab["commit"])
        raw = page(dirs[key], lab)
        common.check_charset(name, raw, lab["encoding"], codecs)
        common.check_split(name, raw, here.rstrip("/").endswith("-late"))
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
