#!/usr/bin/env python3
"""Build the eighteenth-late evaluation set: python3 convert.py MIRRORS OUT (MIRRORS = /work/.mirror).

Every page is a web.archive.org capture that mediacloud/metadata-lib keeps as a test fixture. It is read
with `git show <pinned commit>:<path>` and the Wayback Machine's additions are taken out of its bytes
(restore below, byte-level, no decoding, so the page keeps the encoding it was stored in); the result must
hash to the sha256 in labels.json and is written to OUT/NAME.html. OUT/NAME.html.expected.json comes from
the labels through fourteenth-world's `expected` (imported, not copied); each labelled opening is checked
against the restored page's text, so a label that is not in the page stops the build.
Standard library + bs4/lxml (Debian python3-bs4, python3-lxml).
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

# The playback scripts and styles the Wayback Machine puts right after <head>, up to its closing marker.
HEAD_INSERT = re.compile(rb'<script type="text/javascript" src="https://web-static\.archive\.org/_static/'
                         rb'js/bundle-playback\.js.*?<!-- End Wayback Rewrite JS Include -->\n?', re.S)
# The banner a browser capture carries (none of the pinned captures has it; removed if present).
TOOLBAR = re.compile(rb"<!-- BEGIN WAYBACK TOOLBAR INSERT -->.*?<!-- END WAYBACK TOOLBAR INSERT -->\n?", re.S)
# The archive's comments after </html>: "FILE ARCHIVED ON …" and "playback timings (ms): …".
TAIL = re.compile(rb"<!--\s*FILE ARCHIVED ON .*\Z", re.S)
# A rewritten address: [https:]//web.archive.org/web/<14 digits>[xx_]/ or the host-less /web/<14 digits>[xx_]/
# (not inside a path) before an absolute URL; slashes plain, JSON-escaped (\/) or JS-escaped (\u002F).
_S = rb"(?:/|\\/|\\u002[Ff])"
PREFIX = re.compile(rb"(?:(?:https?:)?" + _S + _S + rb"web\.archive\.org|(?<![\w.~%/\\-]))" + _S + rb"web" + _S
                    + rb"\d{14}(?:[a-z]{2}_)?" + _S + rb"(?=[A-Za-z][A-Za-z0-9+.-]*:)")
LEFTOVER = re.compile(rb"web\.archive\.org|web-static\.archive\.org|" + _S + rb"web" + _S + rb"\d{14}")


def restore(raw, name=""):
    """The publisher's page from a Wayback capture: the head insert, toolbar and trailing comments removed,
    every rewritten address put back to the original one. Stops when the capture lacks the head insert or
    the trailing comment, or when an archive address survives."""
    raw, n_head = HEAD_INSERT.subn(b"", raw, count=1)
    raw = TOOLBAR.sub(b"", raw)
    raw, n_tail = TAIL.subn(b"", raw, count=1)
    if n_head != 1 or n_tail != 1:
        common.die("%s: not a rewritten Wayback capture (head insert %d, trailing comment %d)" % (name, n_head, n_tail))
    raw = PREFIX.sub(b"", raw)
    left = LEFTOVER.search(raw)
    if left:
        common.die("%s: archive address left at byte %d: %r" % (name, left.start(), raw[left.start() - 40:left.end() + 40]))
    return raw


def check_charset(name, raw):
    """The restored page must declare UTF-8 and hold valid UTF-8 (the fixtures are text as `requests` decoded it,
    written back as UTF-8: a page declaring a legacy charset would be transcoded, so none is used)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as e:
        common.die("%s: not valid UTF-8 (%s)" % (name, e))
    declared = {m.lower() for m in re.findall(rb'charset\s*=\s*["\']?\s*([A-Za-z0-9_.:-]+)', raw[:60000], re.I)}
    if declared != {b"utf-8"}:
        common.die("%s: declared charset %r, expected UTF-8 only" % (name, sorted(declared)))


def main():
    mirrors, out = common.main_args()
    world = common.load_recipe("fourteenth-world")
    labels = common.load_labels(HERE)
    gits = {s["repo"]: common.open_repo(mirrors, s["repo"], s["commit"]) for s in labels["sources"]}
    commits = {s["repo"]: s["commit"] for s in labels["sources"]}
    common.clean_out(out)
    for name, lab in sorted(labels["pages"].items()):
        raw = restore(common.git_show(gits[lab["repo"]], commits[lab["repo"]], lab["path"]), name)
        got = hashlib.sha256(raw).hexdigest()
        if got != lab["sha256"]:
            common.die("%s: restored page sha256 %s, labels say %s" % (name, got, lab["sha256"]))
        check_charset(name, raw)
        if len(lab["first_200"]) > 200:
            common.die("%s: first_200 longer than 200 characters" % name)
        common.check_opening(name, raw.decode("utf-8"), lab["first_200"], world.ws)
        world.write_files(out, name, raw, world.expected(name, lab, raw))
    print("wrote %d pages to %s" % (len(labels["pages"]), out))


if __name__ == "__main__":
    main()
