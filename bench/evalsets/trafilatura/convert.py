#!/usr/bin/env python3
"""Rebuild the trafilatura evaluation set (issue 20) from adbar/trafilatura.

python3 convert.py MIRRORS OUT

Source: adbar/trafilatura @ COMMIT (Apache-2.0): tests/evaldata.json (address -> {file, with, without, ...})
and the pages tests/eval/<file>. Every entry whose file exists at COMMIT is kept (884 of 990).
Expected: url (the entry's key), body.with / body.without (trafilatura's "must contain" and
"must not contain" snippets). Title, author and date fields of evaldata.json are NOT used
(the set is scored on snippets only, as in BENCHMARKS.md).
Page NAME = file name without its final .html/.htm (written back as NAME.html).
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

REPO = "adbar/trafilatura"
COMMIT = "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5"
DATA = "tests/evaldata.json"
PAGES = "tests/eval"


def main():
    mirrors, out = common.main_args()
    g = common.open_repo(mirrors, REPO, COMMIT)
    data = json.loads(common.git_show(g, COMMIT, DATA).decode("utf-8"))
    files = set(p[len(PAGES) + 1:] for p in common.git_ls(g, COMMIT, PAGES))
    common.clean_out(out)
    n = skipped = 0
    names = {}
    for url in sorted(data):
        v = data[url]
        fn = v["file"]
        if fn not in files:
            skipped += 1
            continue
        name = fn
        for ext in (".html", ".htm"):
            if name.endswith(ext):
                name = name[: -len(ext)]
                break
        if name in names:
            common.die("two entries give page %s (%s, %s)" % (name, names[name], url))
        names[name] = url
        body = {}
        if v.get("with"):
            body["with"] = v["with"]
        if v.get("without"):
            body["without"] = v["without"]
        exp = {"url": url}
        if body:
            exp["body"] = body
        common.write_page(out, name, common.git_show(g, COMMIT, PAGES + "/" + fn), exp)
        n += 1
    print("%s: %d pages written, %d entries skipped (file not in %s)" % (out, n, skipped, PAGES))


if __name__ == "__main__":
    main()
