#!/usr/bin/env python3
"""Build the fifteenth-more evaluation set: python3 convert.py MIRRORS OUT.

Every page is read with `git --git-dir=<mirror> show <commit>:<path>` from one of two public
repositories (fetch github:chimbori/crux and github:marek-stoj/NReadability; mirror directories
chimbori+crux and marek-stoj+NReadability), at the commit pinned per page in labels.json (the version
first committed, before any later edit), and written byte for byte.
Hand labels come from labels.json next to this script; each page is scored on its opening
(`first_200`). Stdlib only (common.build_openings); deterministic (sorted names, sorted JSON keys).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
# source key -> the public repository ("owner/name") the page is read from
SOURCES = {"crux": "chimbori/crux", "nreadability": "marek-stoj/NReadability"}

if __name__ == "__main__":
    common.build_openings(HERE, SOURCES, "convert.py MIRRORS OUT")
