#!/usr/bin/env python3
"""Build the twentieth-c evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Each page is read with `git show <pinned commit>:<path>` from the mirrors of oiwn/dom-content-extraction (five 2022-23
pages of its first commit), sujoykroy/python-goose (five pages its fork added to python-goose's fixtures),
rcy17/newsExtraction (one NetEase page in GBK), natarius/ruby-readability (one Portal O Dia page) and
Kraiany/ukraine_news (four Ukrainian pages recorded in its VCR cassettes) and written byte for byte to OUT/NAME.html,
with two kinds of unwrapping: a page labelled `http_capture` is a `curl -i` capture, so the status line and headers
before its first empty line are left out; a page labelled `vcr_uri` is the response body the cassette (YAML) recorded
for that request, taken from its `!binary` (base64) string and gunzipped when the recorded response says
`Content-Encoding: gzip` — the publisher's bytes as they came off the wire, nothing else changed. OUT/NAME.html.expected.json
is built by fourteenth-world's recipe (imported, not copied) from the labels. This script then checks every page's
bytes against its label (valid UTF-8, or valid GBK where labelled GBK; the only charset its <meta> tags declare is the
labelled one, gb2312 counting as GBK) and each labelled opening against the page's text, so a label that is not in the
page stops the build. Standard library + bs4/lxml/yaml (Debian python3-bs4, python3-lxml, python3-yaml).
"""
import base64
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# label -> (Python codec, charset names a <meta> tag may declare for it)
CHARSETS = {"UTF-8": ("utf-8", {b"utf-8"}), "GBK": ("gbk", {b"gbk", b"gb2312"}),
            "windows-1251": ("cp1251", {b"windows-1251"})}


def http_body(name, raw):
    """The body of a `curl -i` capture: what follows the first empty line after the status line."""
    if not raw.startswith(b"HTTP/"):
        common.die("%s: labelled http_capture but does not start with a status line" % name)
    m = re.search(rb"\r?\n\r?\n", raw)
    if not m:
        common.die("%s: no empty line after the headers" % name)
    return raw[m.end():]


def vcr_body(name, raw, uri):
    """The response body a VCR cassette recorded for uri: the `!binary` string decoded, gunzipped when the recorded
    headers say the server sent it gzip-encoded."""
    import yaml

    class Loader(yaml.SafeLoader):
        """SafeLoader that also reads Ruby's `!binary` (base64) scalars."""

    Loader.add_constructor("!binary", lambda loader, node: base64.b64decode(loader.construct_scalar(node)))
    for it in yaml.load(raw, Loader=Loader)["http_interactions"]:
        if it["request"]["uri"] != uri:
            continue
        resp = it["response"]
        body = resp["body"]["string"]
        if not isinstance(body, bytes):
            body = body.encode("utf-8")
        enc = [v for k, vs in resp["headers"].items() if k.lower() == "content-encoding" for v in vs]
        if enc == ["gzip"]:
            body = gzip.decompress(body)
        elif enc:
            common.die("%s: recorded Content-Encoding %r not handled" % (name, enc))
        return body
    common.die("%s: cassette has no request for %s" % (name, uri))


def check_charset(name, raw, label):
    """The page must decode strictly in its labelled encoding and declare no other charset in a <meta> tag."""
    if label not in CHARSETS:
        common.die("%s: labelled %s; this set holds UTF-8, GBK and windows-1251 pages only" % (name, label))
    codec, names = CHARSETS[label]
    try:
        raw.decode(codec)
    except UnicodeDecodeError as e:
        common.die("%s: not valid %s (%s)" % (name, label, e))
    if raw.isascii():
        common.die("%s: all ASCII, label it US-ASCII" % name)
    # only <meta> declarations count: a <script charset=…> attribute names the script's encoding, not the page's
    declared = {m.lower() for tag in re.findall(rb"<meta\b[^>]*>", raw[:60000], re.I)
                for m in re.findall(rb'charset\s*=\s*["\']?\s*([A-Za-z0-9_.:-]+)', tag, re.I)}
    if declared - names:
        common.die("%s: declares %r, labelled %s" % (name, sorted(declared), label))
    return codec


def main():
    world = common.load_recipe("fourteenth-world")
    mirrors, out = common.main_args()
    common.clean_out(out)
    labels = common.load_labels(HERE)
    commits = {s["repo"]: s["commit"] for s in labels["sources"]}
    gits = {r: common.open_repo(mirrors, r, c) for r, c in commits.items()}
    for name, lab in sorted(labels["pages"].items()):
        raw = common.git_show(gits[lab["repo"]], commits[lab["repo"]], lab["path"])
        if lab.get("http_capture"):
            raw = http_body(name, raw)
        if lab.get("vcr_uri"):
            raw = vcr_body(name, raw, lab["vcr_uri"])
        codec = check_charset(name, raw, lab["encoding"])
        if len(lab["first_200"]) > 200:
            common.die("%s: first_200 longer than 200 characters" % name)
        world.write_files(out, name, raw, world.expected(name, lab, raw))
        if lab.get("body"):
            continue  # checked by the recipe against the derived body
        common.check_opening(name, raw.decode(codec), lab["first_200"], world.ws)
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
