#!/usr/bin/env python3
"""Rebuild the goose3 evaluation set (issue 20) from goose3/goose3.

python3 convert.py MIRRORS OUT

Source: goose3/goose3 @ COMMIT (Apache-2.0), tests/data/{content,title,authors,publishdate}/<NAME>.html
with <NAME>.json ({"url", "expected": {...}}: goose's own test expectations). 69 pages.
Expected (page NAME = the fixture's base name, unique across the four folders):
  url                 the fixture's "url"
  title               expected "title" where non-empty (12 pages; the two empty-title tests are not scored),
  title_alternatives  then the page's first <title>, <meta property="og:title"> and first <h1>
  authors             expected "authors" (the 3 author tests)
  published           expected "publish_date" (the 9 publish-date tests)
  body.first_200      expected "cleaned_text" (51 content tests), whitespace-normalised and cut to its
                      first 200 characters: a prefix of goose's body, scored as "opening found"
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

REPO = "goose3/goose3"
COMMIT = "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7"
D = "tests/data"
FOLDERS = ["content", "title", "authors", "publishdate"]


def main():
    mirrors, out = common.main_args()
    g = common.open_repo(mirrors, REPO, COMMIT)
    common.clean_out(out)
    seen = {}
    n = 0
    for folder in FOLDERS:
        paths = [p for p in common.git_ls(g, COMMIT, D + "/" + folder) if p.endswith(".json")]
        for jp in paths:
            name = os.path.basename(jp)[: -len(".json")]
            hp = jp[: -len(".json")] + ".html"
            if not common.git_exists(g, COMMIT, hp):
                continue
            if name in seen:
                common.die("page name %s in %s and %s" % (name, seen[name], folder))
            seen[name] = folder
            t = json.loads(common.git_show(g, COMMIT, jp).decode("utf-8"))
            e = t.get("expected", {})
            raw = common.git_show(g, COMMIT, hp)
            exp = {}
            if t.get("url"):
                exp["url"] = t["url"]
            title = common.norm_space(e.get("title") or "")
            if title:
                exp["title"] = title
                info = common.head_info(common.decode_html(raw))
                alts = [a for a in common.uniq([info["title"], common.meta_content(info, "property", "og:title"),
                                                info["h1"]]) if a != title]
                if alts:
                    exp["title_alternatives"] = alts
            if folder == "authors" and isinstance(e.get("authors"), list):
                exp["authors"] = e["authors"]
            if folder == "publishdate" and e.get("publish_date"):
                exp["published"] = e["publish_date"]
            if e.get("cleaned_text"):
                exp["body"] = {"first_200": common.norm_space(e["cleaned_text"])[:200]}
            common.write_page(out, name, raw, exp)
            n += 1
    print("%s: %d pages written" % (out, n))


if __name__ == "__main__":
    main()
