#!/usr/bin/env python3
"""Rebuild eleventh-meta: python3 convert.py MIRRORS OUT  (see NOTES.md).

71 of microlinkhq/metascraper's integration fixtures (packages/metascraper/test/integration/NAME/input.html),
every news or blog page; the 18 others (podcast/video/product/profile/home pages, tweets, Wikipedia) are left out.
Every field comes from labels.json (read from each page by hand); the fixture's url from its index.js."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402
import eleventh_lib as lib  # noqa: E402

REPO = "microlinkhq/metascraper"
COMMIT = "20423f52ef9b4a07d3b25e56e34d2756b3291250"
BASE = "packages/metascraper/test/integration/"
EXCLUDED = {"acast", "belfusto", "github", "instagram", "learnnode", "linkedin-company", "milanocittastato", "qz",
            "reactpodcast", "segment-academy", "teslahunt", "transistor", "twitter-gif", "twitter-image", "vimeo",
            "wikipedia", "wnycstudios", "yandex"}
FIELDS = ("title", "title_alternatives", "authors", "published", "lead_image", "encoding")


def fixture_url(js):
    m = re.search(r"const url\s*=\s*['\"]([^'\"]+)['\"]", js) or re.search(r"url\s*=\s*\n?\s*['\"]([^'\"]+)['\"]", js)
    return m.group(1) if m else None


def main():
    mirrors, out = common.main_args()
    g = lib.open_repo2(mirrors, REPO, COMMIT)
    labels = common.load_labels(HERE)
    names = sorted({p[len(BASE):].split("/")[0] for p in common.git_ls(g, COMMIT, BASE.rstrip("/"))
                    if p.endswith("/input.html")} - EXCLUDED)
    if len(names) != 71:
        common.die("expected 71 fixtures, found %d" % len(names))
    common.clean_out(out)
    for name in names:
        raw = common.git_show(g, COMMIT, BASE + name + "/input.html")
        js = common.git_show(g, COMMIT, BASE + name + "/index.js").decode("utf-8")
        lab = labels.get(name, {})
        exp = {"url": fixture_url(js)}
        exp.update({k: lab[k] for k in FIELDS if k in lab})
        if "first_200" in lab:
            exp["body"] = {"first_200": lab["first_200"]}
        common.write_page(out, name, raw, exp)
    print("wrote %d pages to %s" % (len(names), out))


if __name__ == "__main__":
    main()
