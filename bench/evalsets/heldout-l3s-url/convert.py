#!/usr/bin/env python3
"""heldout-l3s-url: heldout-l3s with each page's real address (url-mapping.txt of the same source).

python3 convert.py MIRRORS OUT   (runs ../heldout-l3s/convert.py MIRRORS OUT --urls)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) != 3:
    sys.stderr.write("usage: convert.py MIRRORS OUT\n")
    sys.exit(1)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "heldout-l3s", "convert.py"),
                          sys.argv[1], sys.argv[2], "--urls"]))
