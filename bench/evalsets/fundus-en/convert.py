#!/usr/bin/env python3
"""fundus-en: the subset "en" of the fundus set (rule: subset_of() in ../fundus/convert.py, see NOTES.md).

python3 convert.py MIRRORS OUT
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if len(sys.argv) != 3:
    sys.stderr.write("usage: convert.py MIRRORS OUT\n")
    sys.exit(1)
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "fundus", "convert.py"), sys.argv[1], sys.argv[2], "en"]))
