#!/usr/bin/env python3
"""Build the twentyfourth-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is read with `git show <pinned commit>:<path>` from the fetch tool's mirror of its repository (labels.json
"sources"; common.open_repo_any) and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json is built with
fourteenth-world's recipe (imported, not copied): the body derived by the page's selector rule (every page has one,
full body), checked against the labelled opening. Each page is checked to decode strictly as its labelled charset with
no <meta> declaring another, and each opening is at most 200 characters. Standard library + bs4/lxml (Debian
python3-bs4, python3-lxml). Pages whose bytes' sha1 is 0 mod 3 are in twentyfourth-c-late (its converter imports this one).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# every page of this set is UTF-8 (the fixture generator writes UTF-8 whatever the site served)
CODEC = {"UTF-8": "utf-8"}



def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv); late says which side of the split it is."""
    mirrors, out = common.main_args()
    late = os.path.basename(here) == "twentyfourth-c-late"
    world = common.load_recipe("fourteenth-world")
    labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
    gits = {s["repo"]: (common.open_repo_any(mirrors, s["repo"], s["commit"]), s["commit"]) for s in labels["sources"]}
    common.clean_out(out)
    for name, lab in sorted(labels["pages"].items()):
        common.check_full_rule(name, lab)
        g, commit = gits[lab["repo"]]
        raw = common.git_show(g, commit, lab["path"])
        common.check_split(name, raw, late)
        common.check_charset(name, raw, lab["encoding"], CODEC)
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
