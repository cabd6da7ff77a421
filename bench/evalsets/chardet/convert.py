#!/usr/bin/env python3
"""Build the chardet charset corpus: python3 convert.py MIRRORS OUT.

Copies chardet/chardet's tests/<ENCODING>[-language]/ files (feeds, pages, text in 50 encodings)
byte for byte from the mirror at a pinned commit into OUT/<ENCODING>[-language]/, for
core/fetch's TestChardetCorpus (PAPERBOY_CHARDET_DIR=OUT). No expected JSON: the directory
name is the ground truth. Not an extraction set, so runall.sh skips it.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

REPO = "chardet/chardet"
COMMIT = "1355907628bff3148cc81ec77093b41d922436a7"


def main():
    mirrors, out = common.main_args()
    g = common.find_mirror(mirrors, REPO)
    commit = COMMIT
    common.check_commit(g, commit, REPO)
    if os.path.isdir(out):
        shutil.rmtree(out)
    n = 0
    for path in common.git_ls(g, commit, "tests"):
        parts = path.split("/")
        if len(parts) != 3:
            continue
        dest = os.path.join(out, parts[1], parts[2])
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as f:
            f.write(common.git_show(g, commit, path))
        n += 1
    print("%d files" % n)


if __name__ == "__main__":
    main()
