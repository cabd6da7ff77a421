#!/usr/bin/python3
"""tenth-a: 121 magic-html benchmark articles + 9 Defuddle whole-page fixtures.

usage: /usr/bin/python3 convert.py MIRRORS OUT   (Debian's python3 with python3-lxml)

1. opendatalab/magic-html (Apache-2.0) benchmark/data/article: htmls/<sha256>.html and base.json
   ({sha256: {url, content}}); page NAME = "mh-" + first 12 hex digits; expected = url + body.text =
   the `content` reference as given. Selection: all 158 minus EXCLUDE_MH (references under 300
   characters, non-articles: wikis/encyclopedias, fiction/poetry/e-book chapters, product lists,
   video/podcast/abstract pages, listings; a page saved after a browser translated it).
2. kepano/defuddle (MIT) tests/fixtures/<name>.html + tests/expected/<name>.md: the 9 DEFUDDLE
   article fixtures of real sites; NAME = "df-" + fixture name; title/author/published from the
   expected file's JSON header (midnight-UTC stamps and plain dates become bare dates, an empty
   author or date is not scored), body.text = the Markdown converted to text by md_to_text().
labels.json may override any key per page.
"""
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common  # noqa: E402

MH_REPO = "opendatalab/magic-html"
MH_COMMIT = "47d4a7fed12030e906a093b074637f178cb46ef2"
DF_REPO = "kepano/defuddle"
DF_COMMIT = "6de16345bbc822e69397bd6a126861bad9ff469f"

EXCLUDE_MH = {
    # references under 300 characters
    "090704b0cb2e", "21e4badbb560", "2681eeacec6a", "39dd62c5ba88", "3e863fa9ac34", "5ac62498cec0",
    "6558a82cd7af", "71bfee3a8935", "777ddd63e01e", "7fbc6805c3fb", "8f203971ba54", "9a0e481ae0f3",
    "b5b26f9fb331", "c4b9e096babb", "cc1897c3d689", "e8dff24871ec",
    # wikis and encyclopedias
    "06586406af5a", "21475f4bb975", "cb4a1e416d42", "e870e9deb7e3",
    # fiction, poetry, e-book and book chapters, journal listing
    "19851fb2dac0", "224fc4b88490", "931ec5cf06d4", "9f4c1adb9f61", "b931df70657c", "aa1432d87217",
    # product / experience / video / podcast / abstract / FAQ / fortune / slide pages
    "b03d2ddeb556", "2faac35ae091", "0bf3df388798", "c6154d2bd427", "f6d0929419b4", "2338d64a03dc",
    "eba2fde503ef", "58dcad784309",
    # a 2005 stock-exchange announcement
    "3ef3b4e65fab",
    # saved after a browser translated it (Chinese title over the English story)
    "8330092ac9ab",
}

DEFUDDLE = [
    "general--12gramsofcarbon.com-p-ilyas-30-papers-to-carmack-vlaes",
    "general--cp4space-jordan-algebra",
    "general--daringfireball.net-2025-02-the_iphone_16e",
    "general--lesswrong.com-s-N7nDePaNabJdnbXeE-p-vJFdjigzmcXMhNTsx",
    "general--obsidian.md-blog-verify-obsidian-sync-encryption",
    "general--stephango.com-buy-wisely",
    "general--www.figma.com-blog-introducing-codex-to-figma",
    "footnotes--maggieappleton.com-xanadu-patterns",
    "table-layout--paulgraham.com-makersschedule",
]


def md_to_text(md):
    md = re.sub(r"\A\s*```json\n.*?\n```\s*\n", "", md, flags=re.S)
    out = []
    for line in md.split("\n"):
        s = line.rstrip()
        if re.match(r"^\s*```", s):
            continue
        if re.match(r"^\s*\|?\s*:?-{3,}", s):
            continue
        s = re.sub(r"^\s*>\s?", "", s)
        s = re.sub(r"^\s*#{1,6}\s+", "", s)
        s = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+(\[[ x]\]\s+)?", "", s)
        s = re.sub(r"^\[\^[^\]]+\]:\s*", "", s)
        s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
        s = re.sub(r"\[\^[^\]]+\]", "", s)
        for _ in range(2):
            s = re.sub(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)", r"\1", s)
        s = re.sub(r"<[^>]+>", "", s)
        s = s.replace("**", "").replace("__", "").replace("`", "")
        s = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"\1", s)
        s = re.sub(r"(?<![\w])_(?=\S)([^_]+?)(?<=\S)_(?![\w])", r"\1", s)
        if s.strip().startswith("|"):
            s = " ".join(c.strip() for c in s.strip().strip("|").split("|"))
        s = " ".join(s.replace("\\", "").split())
        if s:
            out.append(s)
    return "\n".join(out)


def meta_date(v):
    v = (v or "").strip()
    if not v:
        return None
    m = re.match(r"^(\d{4}-\d\d-\d\d)T00:00:00(?:\.0+)?(?:Z|\+00:00)$", v)
    if m:
        return m.group(1)
    if re.match(r"^\d{4}-\d\d-\d\dT", v):
        return v
    try:
        return datetime.datetime.strptime(v, "%B %d, %Y").strftime("%Y-%m-%d")
    except ValueError:
        return None


def main():
    mirrors, out = common.main_args()
    here = os.path.dirname(os.path.abspath(__file__))
    labels = common.load_labels(here)
    mh = common.open_repo(mirrors, MH_REPO, MH_COMMIT)
    df = common.open_repo(mirrors, DF_REPO, DF_COMMIT)
    common.clean_out(out)
    base = json.loads(common.git_show(mh, MH_COMMIT, "benchmark/data/article/base.json"))
    n = 0
    for sha in sorted(base):
        if sha[:12] in EXCLUDE_MH:
            continue
        name = "mh-" + sha[:12]
        raw = common.git_show(mh, MH_COMMIT, "benchmark/data/article/htmls/%s.html" % sha)
        exp = {"url": base[sha]["url"], "body": {"text": base[sha]["content"]}}
        exp.update(labels.get(name, {}))
        common.write_page(out, name, raw, exp)
        n += 1
    for fx in DEFUDDLE:
        raw = common.git_show(df, DF_COMMIT, "tests/fixtures/%s.html" % fx)
        md = common.git_show(df, DF_COMMIT, "tests/expected/%s.md" % fx).decode("utf-8")
        m = re.match(r"\A\s*```json\n(.*?)\n```", md, re.S)
        meta = json.loads(m.group(1)) if m else {}
        name = "df-" + fx
        exp = {"body": {"text": md_to_text(md)}}
        if meta.get("title"):
            exp["title"] = meta["title"]
        if meta.get("author"):
            exp["authors"] = [meta["author"]]
        d = meta_date(meta.get("published"))
        if d:
            exp["published"] = d
        exp.update(labels.get(name, {}))
        common.write_page(out, name, raw, exp)
        n += 1
    print("tenth-a: %d pages written to %s" % (n, out))


if __name__ == "__main__":
    main()
