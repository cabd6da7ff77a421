#!/usr/bin/env python3
"""Build the twentyfifth-d evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

twentyfourth-a's converter (imported, not copied) run on this directory's labels.json. Every page is read with
`git show <pin>:<path>` from the fetch tool's mirror (a page with its own "commit" is read there: the repository later
replaced the fixture with another story). A page whose label has a "json_key" is a JSON fixture of
thewebscraping/llm-scraper (`fixtures/<lang>/<letter>/<domain>.json`: {"url", "domain", "raw_html"}): the string under
that key is the page text an HTTP client decoded, turned back into bytes by common.requests_text_to_bytes, which must
find UTF-8 (the text holds no U+FFFD and the page's <meta> declares UTF-8, so the bytes are the served ones); the
other pages (AshciR/jaacountable-backend's HTML fixtures) are the stored bytes. The page is written byte for byte to OUT/NAME.html and OUT/NAME.html.expected.json
is built with fourteenth-world's recipe from the page's full-body selector rule, checked against the labelled opening.
Every page must decode strictly as UTF-8 with no <meta> declaring another charset and sit on its side of the sha1
split (common.check_split): twentyfifth-d-late imports this module and runs main() on its own directory.
Standard library + bs4/lxml.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# charset label -> the Python codec a page so labelled must decode strictly with
CODECS = {"UTF-8": "utf-8"}


def unwrap(name, lab, blob):
    """The page's bytes: the stored blob, or for a JSON fixture the text under lab["json_key"] re-encoded as served."""
    if "json_key" not in lab:
        return blob
    text = json.loads(blob)[lab["json_key"]]
    if "\ufffd" in text:
        common.die("%s: the stored text holds U+FFFD: not exactly re-encodable" % name)
    raw, charset = common.requests_text_to_bytes(text)
    if charset != "UTF-8" or "utf-8" not in common.declared_charsets(raw):
        common.die("%s: stored text is not a UTF-8 page declaring UTF-8 (%s)" % (name, charset))
    return raw


def main(here=HERE):
    """Builds the set whose labels.json is in here into OUT (argv)."""
    common.load_recipe("twentyfourth-a").main(here, CODECS, unwrap)


if __name__ == "__main__":
    main()
