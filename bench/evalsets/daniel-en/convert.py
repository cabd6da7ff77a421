"""python3 convert.py MIRRORS OUT — writes the daniel-en set (rules: ../daniel/NOTES.md)."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "daniel"))
import build  # noqa: E402
import common  # noqa: E402

mirrors, out = common.main_args()
build.build("en", mirrors, out)
