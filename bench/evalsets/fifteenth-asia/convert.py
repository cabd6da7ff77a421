#!/usr/bin/env python3
"""Build the fifteenth-asia evaluation set: python3 convert.py MIRRORS OUT.

Pages are read with `git --git-dir=<mirror> show <pinned commit>:<path>` and written byte for byte
as the source repository holds them; the pinned commit is the one named next to each page in
labels.json (the version first committed, before any hand edit of the fixture). Hand labels come
from labels.json next to this script. No body text is derived: every page is scored on its opening
(`first_200`, at most 200 characters, contained after whitespace normalisation). Stdlib only.
"""
import glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# source key -> mirror directory name (owner+name) of the public repository
SOURCES = {
    "anpandu": "anpandu+indonesian-news-scraper",
    "e125743": "e125743+python3-extractcontent_exchange",
    "whitekid": "whitekid+reader",
    "yeomko22": "yeomko22+market_octopus_demo",
}
FIELDS = ("url", "title", "title_alternatives", "authors", "published", "lead_image", "encoding")


def mirror(mirrors, key):
    owner_name = SOURCES[key]
    for h in sorted(glob.glob(os.path.join(mirrors, owner_name + "*"))):
        for cand in (os.path.join(h, "repo"), h, os.path.join(h, "repo", ".git")):
            if os.path.isdir(os.path.join(cand, "objects")):
                return cand
    sys.exit("mirror %s not found under %s (fetch github:%s)" % (owner_name, mirrors, owner_name.replace("+", "/")))


def show(gitdir, commit, path):
    r = subprocess.run(["git", "--git-dir", gitdir, "cat-file", "-e", commit + "^{commit}"], capture_output=True)
    if r.returncode != 0:
        sys.exit("pinned commit %s missing in %s" % (commit, gitdir))
    r = subprocess.run(["git", "--git-dir", gitdir, "show", commit + ":" + path], capture_output=True)
    if r.returncode != 0:
        sys.exit("cannot read %s at %s: %s" % (path, commit, r.stderr.decode()))
    return r.stdout


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    mirrors, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    for name in sorted(labels):
        lab = labels[name]
        raw = show(mirror(mirrors, lab["source"]), lab["commit"], lab["path"])
        exp = {k: lab[k] for k in FIELDS if k in lab}
        if len(lab["first_200"]) > 200:
            sys.exit("%s: first_200 longer than 200 characters" % name)
        exp["body"] = {"first_200": lab["first_200"]}
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(raw)
        with open(os.path.join(out, name + ".html.expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
    print("wrote %d pages to %s" % (len(labels), out))


if __name__ == "__main__":
    main()
