#!/usr/bin/env python3
"""Build the twentieth-b evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

fourteenth-world's recipe (imported, not copied) run on this directory's labels.json. Each page is read with
`git show <commit>:<path>` and written byte for byte to OUT/NAME.html; OUT/NAME.html.expected.json is built from
the labels (the body derived by the page's selector rule where it has one, its opening checked against it).
The pages of this set come from commits no earlier set pinned — commits before a file's deletion or after another
set's pin — and one repository may give pages at more than one commit, so a page may carry its own "commit" (40
hex); a page without one is read at its repository's entry in "sources". Every such commit is checked present in
the mirror before anything is written. This script then checks every page's bytes against its label (valid UTF-8,
or pure ASCII where labelled US-ASCII, or the legacy encoding it is labelled with, decoded strictly; no charset but
the labelled one declared in a <meta> tag) and the opening of each page without a rule against the page's text, so
a label that is not in the page stops the build. Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# meta charset names accepted for each label (what the page declares, lower case)
DECLARED = {"UTF-8": {b"utf-8"}, "US-ASCII": {b"utf-8", b"us-ascii"}, "EUC-KR": {b"euc-kr", b"ks_c_5601-1987"},
            "GB18030": {b"gb2312", b"gbk", b"gb18030"}, "Shift_JIS": {b"shift_jis", b"x-sjis", b"sjis"},
            "EUC-JP": {b"euc-jp"}, "Big5": {b"big5"}, "windows-1251": {b"windows-1251"}}
CODEC = {"UTF-8": "utf-8", "US-ASCII": "ascii", "EUC-KR": "cp949", "GB18030": "gb18030", "Shift_JIS": "cp932",
         "EUC-JP": "euc_jp", "Big5": "big5", "windows-1251": "cp1251"}


def check_charset(name, raw, label):
    """The page as stored must decode strictly as labelled (pure ASCII when labelled US-ASCII, the earlier sets'
    label for an all-ASCII page) and its <meta> tags declare no other charset."""
    if label not in CODEC:
        common.die("%s: labelled %s; this set knows %s" % (name, label, sorted(CODEC)))
    try:
        raw.decode(CODEC[label])
    except UnicodeDecodeError as e:
        common.die("%s: not valid %s (%s)" % (name, label, e))
    if label == "UTF-8" and raw.isascii():
        common.die("%s: all ASCII, label it US-ASCII" % name)
    # only <meta> declarations count: a <script charset=…> attribute names the script's encoding, not the page's
    declared = {m.lower() for tag in re.findall(rb"<meta\b[^>]*>", raw[:60000], re.I)
                for m in re.findall(rb'charset\s*=\s*["\']?\s*([A-Za-z0-9_.:-]+)', tag, re.I)}
    if declared - DECLARED[label]:
        common.die("%s: declares %r, labelled %s" % (name, sorted(declared), label))


def pin_pages(labels):
    """Makes the recipe's git_show read each page at its own commit: the recipe asks for (repository's source
    commit, path); a page with a "commit" of its own is read there instead. Paths are unique per repository."""
    own = {}
    for name, lab in labels["pages"].items():
        if lab.get("commit"):
            if not re.fullmatch(r"[0-9a-f]{40}", lab["commit"]):
                common.die("%s: commit must be 40 hex" % name)
            key = (lab["repo"], lab["path"])
            if key in own:
                common.die("%s: %s read twice" % (name, key))
            own[key] = lab["commit"]
    mirrors = common.main_args()[0]
    by_dir = {}
    for (repo, path), commit in sorted(own.items()):
        gitdir = common.open_repo(mirrors, repo, commit)
        by_dir[(gitdir, path)] = commit
    show = common.git_show

    def git_show(gitdir, commit, path):
        return show(gitdir, by_dir.get((gitdir, path), commit), path)
    common.git_show = git_show


def main():
    world = common.load_recipe("fourteenth-world")
    out = common.main_args()[1]
    labels = common.load_labels(HERE)
    common.clean_out(out)
    pin_pages(labels)
    world.main(HERE)
    for name, lab in sorted(labels["pages"].items()):
        raw = open(os.path.join(out, name + ".html"), "rb").read()
        check_charset(name, raw, lab["encoding"])
        if len(lab["first_200"]) > 200:
            common.die("%s: first_200 longer than 200 characters" % name)
        if lab.get("body"):
            continue  # checked by the recipe against the derived body
        common.check_opening(name, raw.decode(CODEC[lab["encoding"]]), lab["first_200"], world.ws)


if __name__ == "__main__":
    main()
