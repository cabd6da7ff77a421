#!/usr/bin/env python3
"""Rebuild the htmldate evaluation set (issue 20) from markusmobius/go-htmldate.

python3 convert.py MIRRORS OUT

Source: markusmobius/go-htmldate @ COMMIT (Apache-2.0; data ported from adbar/htmldate),
scripts/comparison/data-default.go: one entry per page {URL, File, Date, ...}.
Pages are test-files/comparison/<File>; entries whose file is not there (they point into
test-files/mock) are skipped. Expected: url, published = Date as a bare date.
Output file = the File name with ".html" appended unless it already ends so (three htmldate files end in
".htm": NAME.htm.html).
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

REPO = "markusmobius/go-htmldate"
COMMIT = "f291a05983e0f627a9cb2a63eba0f46e3401b42e"
DATA = "scripts/comparison/data-default.go"
PAGES = "test-files/comparison"

ENTRY = re.compile(r'\{\s*URL:\s*"((?:[^"\\]|\\.)*)",\s*File:\s*"((?:[^"\\]|\\.)*)",\s*Date:\s*"((?:[^"\\]|\\.)*)"', re.S)


def go_unquote(s):
    return s.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8") if "\\" in s else s


def entries(gitdir):
    src = common.git_show(gitdir, COMMIT, DATA).decode("utf-8")
    return [(go_unquote(u), go_unquote(f), go_unquote(d)) for u, f, d in ENTRY.findall(src)]


def main():
    mirrors, out = common.main_args()
    g = common.open_repo(mirrors, REPO, COMMIT)
    files = set(p[len(PAGES) + 1:] for p in common.git_ls(g, COMMIT, PAGES))
    common.clean_out(out)
    n = skipped = dup = 0
    seen = set()
    for url, fn, date in entries(g):
        if fn not in files:
            skipped += 1
            continue
        if fn in seen:  # modabot.de.serkan.html is listed twice (same date): keep the first entry
            dup += 1
            continue
        seen.add(fn)
        exp = {"url": url}
        if date and date != "nan":
            exp["published"] = date
        common.write_page(out, os.path.splitext(fn)[0] if fn.endswith(".html") else fn,
                          common.git_show(g, COMMIT, PAGES + "/" + fn), exp)
        n += 1
    print("%s: %d pages written, %d entries skipped (file not in %s), %d duplicates" % (out, n, skipped, PAGES, dup))


if __name__ == "__main__":
    main()
