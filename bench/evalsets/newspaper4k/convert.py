#!/usr/bin/env python3
"""Rebuild the newspaper4k evaluation set (issue 20) from AndyTheFactory/newspaper4k.

python3 convert.py MIRRORS OUT

Source: AndyTheFactory/newspaper4k @ COMMIT (MIT), tests/data/html/<NAME>.html with
tests/data/txt/<NAME>.txt and, where present, tests/data/metadata/<NAME>.json (newspaper4k's own output).
Selection: every page with both a .html and a .txt (23 pages).
Expected (page NAME = the fixture's base name):
  body.text   the .txt file (newspaper4k's extracted text), stripped
  url, title, authors   from metadata/<NAME>.json where it exists (20 pages; authors as given, [] included)
  published   metadata "publish_date" where set: "…T00:00:00" (no offset) becomes a bare date, a
              space between date and time becomes "T"; absent when null (16 pages dated)
  title_alternatives  the page's first <title>, <meta property="og:title"> and first <h1> (titled pages)
  lead_image  on pages with metadata: the page's own <meta property="og:image"> (else name="og:image")
              where it has a non-empty one (16 pages)
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

REPO = "AndyTheFactory/newspaper4k"
COMMIT = "540bff3e8344cb8291c4829fafd98860f30d9692"
D = "tests/data"


def date_value(s):
    s = s.strip()
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})[T ]00:00:00", s)
    if m:
        return m.group(1)
    return re.sub(r"^(\d{4}-\d{2}-\d{2}) ", r"\1T", s)


def main():
    mirrors, out = common.main_args()
    g = common.open_repo(mirrors, REPO, COMMIT)

    def base(prefix, ext):
        return set(os.path.basename(p)[: -len(ext)] for p in common.git_ls(g, COMMIT, prefix) if p.endswith(ext))

    htmls, txts, metas = base(D + "/html", ".html"), base(D + "/txt", ".txt"), base(D + "/metadata", ".json")
    common.clean_out(out)
    n = 0
    for name in sorted(htmls & txts):
        raw = common.git_show(g, COMMIT, "%s/html/%s.html" % (D, name))
        exp = {"body": {"text": common.git_show(g, COMMIT, "%s/txt/%s.txt" % (D, name)).decode("utf-8").strip()}}
        info = common.head_info(common.decode_html(raw))
        if name in metas:
            m = json.loads(common.git_show(g, COMMIT, "%s/metadata/%s.json" % (D, name)).decode("utf-8"))
            if m.get("url"):
                exp["url"] = m["url"]
            if m.get("title"):
                exp["title"] = common.norm_space(m["title"])
                alts = [a for a in common.uniq([info["title"], common.meta_content(info, "property", "og:title"),
                                                info["h1"]]) if a != exp["title"]]
                if alts:
                    exp["title_alternatives"] = alts
            if isinstance(m.get("authors"), list):
                exp["authors"] = m["authors"]
            if m.get("publish_date"):
                exp["published"] = date_value(m["publish_date"])
            img = common.meta_content(info, "property", "og:image") or common.meta_content(info, "name", "og:image")
            if img:
                exp["lead_image"] = img
        common.write_page(out, name, raw, exp)
        n += 1
    print("%s: %d pages written" % (out, n))


if __name__ == "__main__":
    main()
