#!/usr/bin/env python3
"""Build the twentysecond-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is read with `git show <pinned commit>:<path>` from the fetch tool's mirror of the repository named in
labels.json "sources". Four of the files are PHP scripts whose whole PHP code is one leading `<?php ... ?>` block
(comments or nothing) before the saved page; a page labelled "php_preamble" gets what PHP itself would send for it:
the block and the single newline PHP swallows after `?>` are left out, every other byte is kept. The converter checks
that no other `<?php` is left. Pages are then written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json is
built with fourteenth-world's recipe (imported): the body derived by the page's selector rule and checked against
the labelled opening. twentieth-b's check_charset (imported) checks that the bytes decode strictly as labelled and that
no <meta> declares another charset; an opening is at most 200 characters.
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

_world = common.load_recipe("fourteenth-world")
_twentieth = common.load_recipe("twentieth-b")

_PREAMBLE = re.compile(rb"\A<\?php\b.*?\?>\n?", re.S)


def served_bytes(name, raw, lab):
    """The page as its server would send it: a labelled leading PHP block (and PHP's one eaten newline) removed."""
    if lab.get("php_preamble"):
        m = _PREAMBLE.match(raw)
        if not m:
            common.die("%s: labelled php_preamble but the file does not start with a <?php ... ?> block" % name)
        raw = raw[m.end():]
    if b"<?php" in raw:
        common.die("%s: PHP code left in the page" % name)
    return raw


def main():
    mirrors, out = common.main_args()
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    gits = {key: common.open_repo(mirrors, src["repo"], src["commit"]) for key, src in labels["sources"].items()}
    common.clean_out(out)
    for name, lab in sorted(labels["pages"].items()):
        src = labels["sources"][lab["source"]]
        raw = served_bytes(name, common.git_show(gits[lab["source"]], src["commit"], lab["path"]), lab)
        _twentieth.check_charset(name, raw, lab["encoding"])
        if len(lab["first_200"]) > 200:
            common.die("%s: first_200 longer than 200 characters" % name)
        _world.write_files(out, name, raw, _world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
