#!/usr/bin/env python3
"""Rebuild the readability evaluation set (issue 20) from mozilla/readability.

python3 convert.py MIRRORS OUT

Source: mozilla/readability @ COMMIT (Apache-2.0), test/test-pages/<NAME>/{source.html,
expected.html, expected-metadata.json}. Selection: pages whose expected-metadata.json has
"readerable": true (122 of 130).
Expected (page NAME = the test directory's name):
  title              readability's title (expected-metadata "title"), absent when empty
  title_alternatives the page's first <title>, <meta property="og:title"> and first <h1> text
                     (whitespace-normalised, without repeats and without the title itself)
  published          expected-metadata "publishedTime" where set (else not scored)
  body.text          the text of expected.html (readability.js's own output): one line per block
                     element, script/style skipped (common.html_text)
No url (readability's tests use a fake host), no authors (byline not scored), no lead image.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

REPO = "mozilla/readability"
COMMIT = "ab4027a8b37669745016869a37a504727992b2ba"
PAGES = "test/test-pages"


def main():
    mirrors, out = common.main_args()
    g = common.open_repo(mirrors, REPO, COMMIT)
    names = sorted(set(p[len(PAGES) + 1:].split("/")[0] for p in common.git_ls(g, COMMIT, PAGES)))
    common.clean_out(out)
    n = skipped = 0
    for name in names:
        d = PAGES + "/" + name
        meta = json.loads(common.git_show(g, COMMIT, d + "/expected-metadata.json").decode("utf-8"))
        if not meta.get("readerable"):
            skipped += 1
            continue
        src = common.git_show(g, COMMIT, d + "/source.html")
        info = common.head_info(common.decode_html(src))
        exp = {}
        title = common.norm_space(meta.get("title") or "")
        if title:
            exp["title"] = title
            alts = [a for a in common.uniq([info["title"], common.meta_content(info, "property", "og:title"), info["h1"]])
                    if a != title]
            if alts:
                exp["title_alternatives"] = alts
        if meta.get("publishedTime"):
            exp["published"] = meta["publishedTime"]
        body = common.html_text(common.git_show(g, COMMIT, d + "/expected.html").decode("utf-8"))
        exp["body"] = {"text": body}
        common.write_page(out, name, src, exp)
        n += 1
    print("%s: %d pages written, %d not readerable skipped" % (out, n, skipped))


if __name__ == "__main__":
    main()
