#!/usr/bin/env python3
"""Build the fifteenth-more evaluation set: python3 convert.py MIRRORS OUT.

Every page is read with `git --git-dir=<mirror> show <commit>:<path>` from one of two public
repositories (fetch github:chimbori/crux and github:marek-stoj/NReadability; mirror directories
chimbori+crux and marek-stoj+NReadability), at the commit pinned per page in labels.json (the version
first committed, before any later edit), and written byte for byte.
Hand labels come from labels.json next to this script; each page is scored on its opening
(`first_200`). Stdlib only; deterministic (sorted names, sorted JSON keys).
"""
import glob, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# source key -> mirror directory name (owner+name) of the public repository
SOURCES = {"crux": "chimbori+crux", "nreadability": "marek-stoj+NReadability"}
FIELDS = ("url", "title", "title_alternatives", "authors", "published", "lead_image", "encoding")


def gitdir(mirrors, key):
    """Return the bare git directory of a source under MIRRORS, or exit naming what to fetch."""
    owner_name = SOURCES[key]
    for h in sorted(glob.glob(os.path.join(mirrors, owner_name + "*"))):
        for cand in (os.path.join(h, "repo"), h):
            if os.path.isdir(os.path.join(cand, "objects")):
                return cand
    sys.exit("mirror %s not found under %s (fetch github:%s)" % (owner_name, mirrors, owner_name.replace("+", "/")))


def show(gd, commit, path):
    """Return the bytes of path at commit, exiting if the commit or file is missing."""
    if subprocess.run(["git", "--git-dir", gd, "cat-file", "-e", commit + "^{commit}"], capture_output=True).returncode:
        sys.exit("pinned commit %s missing in %s" % (commit, gd))
    r = subprocess.run(["git", "--git-dir", gd, "show", commit + ":" + path], capture_output=True)
    if r.returncode:
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
        raw = show(gitdir(mirrors, lab["source"]), lab["commit"], lab["path"])
        if len(lab["first_200"]) > 200:
            sys.exit("%s: first_200 longer than 200 characters" % name)
        exp = {k: lab[k] for k in FIELDS if k in lab}
        exp["body"] = {"first_200": lab["first_200"]}
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(raw)
        with open(os.path.join(out, name + ".html.expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
    print("wrote %d pages to %s" % (len(labels), out))


if __name__ == "__main__":
    main()
