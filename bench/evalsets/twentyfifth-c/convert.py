#!/usr/bin/env python3
"""Build the twentyfifth-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Each page is read with `git show <pin>:<path>` from the fetch tool's mirror of its repository (labels.json "sources"
pin each repository; common.open_repo_any) and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json
is built with fourteenth-world's recipe (imported): the body derived by the page's full-body selector rule (decoded
with the label's "decode" codec, gb18030 for the NetEase pages), checked against the labelled opening. Every page
must decode strictly as its labelled charset with no <meta> declaring another (common.check_charset; NetEase's GBK
pages declare gb2312, an alias in common.CHARSET_ALIASES), and must sit on the side of the sha1 split
(common.check_split) this build is: twentyfifth-c-late imports this module and runs main() on its own directory.
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# charset label -> the Python codec a page so labelled must decode strictly with
CODECS = {"UTF-8": "utf-8", "GBK": "gbk"}


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv); a directory named *-late is the held-out third."""
    mirrors, out = common.main_args()
    late = os.path.basename(here).endswith("-late")
    world = common.load_recipe("fourteenth-world")
    labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
    pins = {s["repo"]: s["commit"] for s in labels["sources"]}
    common.clean_out(out)
    gits = {}
    for name, lab in sorted(labels["pages"].items()):
        common.check_full_rule(name, lab)
        repo = lab["repo"]
        if repo not in gits:
            gits[repo] = common.open_repo_any(mirrors, repo, pins[repo])
            common.check_commit(gits[repo], pins[repo], repo)
        raw = common.git_show(gits[repo], pins[repo], lab["path"])
        common.check_charset(name, raw, lab["encoding"], CODECS)
        common.check_split(name, raw, late)
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
