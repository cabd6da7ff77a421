#!/usr/bin/env python3
"""Build the twentyfourth-a evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is read with `git show <commit>:<path>` from the fetch tool's mirror of its repository (labels.json
"sources" give each repository's pin; a page with its own "commit" is read there, because the repository deleted it
later; common.open_repo_any). A .gz fixture (fundus) is gunzipped: the bytes inside are the page as the crawler
stored it. Each page is written byte for byte to OUT/NAME.html and OUT/NAME.html.expected.json is built with
fourteenth-world's recipe (imported, not copied): the body derived by the page's selector rule (every page has one,
full body; rule["fix"] removes the HTML-comment runs "/.related-wrap" that direct_text collects on Aktuálně.cz), checked
against the labelled opening. Each page must decode strictly as its labelled charset with no <meta> declaring
another, each opening is at most 200 characters, and each page must sit in the set the split rule gives it:
twentyfourth-a-late holds a page exactly when int(sha1(page bytes), 16) % 3 == 0 (twentyfourth-a-late imports this
module and runs main() on its own directory). Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import gzip
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# the charset labels this set uses
CODEC = {"UTF-8": "utf-8"}



def main(here=HERE, codecs=None, unwrap=None):
    """Builds the set whose labels.json is in here into OUT (argv): a directory named *-late is a set's held-out
    third; codecs maps the set's charset labels to Python codecs (default CODEC; twentyfifth-c passes its own);
    unwrap(name, lab, blob), when given, returns the page's bytes from a stored blob that wraps them (twentyfifth-d's
    JSON fixtures)."""
    mirrors, out = common.main_args()
    late = os.path.basename(here).endswith("-late")
    world = common.load_recipe("fourteenth-world")
    labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
    pins = {s["repo"]: s["commit"] for s in labels.get("sources", [])}
    common.clean_out(out)
    gits = {}
    for name, lab in sorted(labels["pages"].items()):
        common.check_full_rule(name, lab)
        commit = lab.get("commit") or pins[lab["repo"]]
        if lab["repo"] not in gits:
            gits[lab["repo"]] = common.open_repo_any(mirrors, lab["repo"], commit)
        g = gits[lab["repo"]]
        common.check_commit(g, commit, lab["repo"])
        raw = common.git_show(g, commit, lab["path"])
        if lab["path"].endswith(".gz"):
            raw = gzip.decompress(raw)
        if unwrap:
            raw = unwrap(name, lab, raw)
        common.check_charset(name, raw, lab["encoding"], codecs or CODEC)
        common.check_split(name, raw, late)
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
