#!/usr/bin/env python3
"""Rebuild the htmldate-mediacloud evaluation set (issue 20) from markusmobius/go-htmldate.

python3 convert.py MIRRORS OUT

Source: markusmobius/go-htmldate @ COMMIT (Apache-2.0; data ported from adbar/htmldate),
scripts/comparison/data-mediacloud.go (the MediaCloud set): one entry per page {URL, File, Date, ...}.
Pages are test-files/mediacloud/<File>. Date "nan" (no date) gives no published key (not scored).
Output file = the File name with ".html" appended unless it already ends so (three htmldate files end in
".htm": NAME.htm.html).
"""
import importlib.util
import os

# The same converter as htmldate's, on the MediaCloud entries and pages.
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("htmldate_convert", os.path.join(HERE, "..", "htmldate", "convert.py"))
htmldate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(htmldate)
htmldate.DATA = "scripts/comparison/data-mediacloud.go"
htmldate.PAGES = "test-files/mediacloud"

if __name__ == "__main__":
    htmldate.main()
