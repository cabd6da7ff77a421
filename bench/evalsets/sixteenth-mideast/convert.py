#!/usr/bin/env python3
"""Build the sixteenth-mideast evaluation set: python3 convert.py MIRRORS OUT.

Pages are read with `git --git-dir=<mirror> show <pinned commit>:<path>` and written byte for byte
as the source repository holds them; the pinned commit is the one named next to each page in
labels.json (the commit that added that version of the fixture). Hand labels come from labels.json
next to this script. No body text is derived: every page is scored on its opening (`first_200`, at
most 200 characters, contained after whitespace normalisation). Stdlib only (common.build_openings).
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
# source key -> the public repository ("owner/name") the page is read from
SOURCES = {
    "anyway": "data-for-change/anyway",
    "birkand": "birkand/nutch",
}

if __name__ == "__main__":
    common.build_openings(HERE, SOURCES, "convert.py MIRRORS OUT")
