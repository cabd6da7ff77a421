"""Helpers of the eleventh-* converters (eleventh-cjk, eleventh-meta, eleventh-body).

Kept beside common.py (whose functions are reused) so that concurrent edits of common.py do not clash.
"""
import glob
import lzma
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402

try:
    import bs4  # noqa: F401
except ImportError:  # Debian's python3-bs4 when python3 is a pyenv build of the same minor version
    sys.path.append("/usr/lib/python3/dist-packages")
from bs4 import BeautifulSoup, Comment  # noqa: E402
import warnings  # noqa: E402
try:
    from bs4 import XMLParsedAsHTMLWarning
    warnings.filterwarnings("ignore", category=XMLParsedAsHTMLWarning)
except ImportError:
    pass


def mirror_gitdir(mirrors, repo):
    """Git dir of repo's mirror: MIRRORS/owner+name*/repo (bare) or …/repo/.git (work-tree layout)."""
    owner, name = repo.split("/", 1)
    for c in sorted(glob.glob(os.path.join(mirrors, owner + "+" + name + "*"))):
        for d in [c, os.path.join(c, "repo"), os.path.join(c, "repo", ".git"), os.path.join(c, ".git")]:
            if os.path.isdir(d) and os.path.exists(os.path.join(d, "HEAD")) and os.path.isdir(os.path.join(d, "objects")):
                return d
    common.die("no mirror of %s under %s (use the fetch tool: github:%s)" % (repo, mirrors, repo))


def open_repo2(mirrors, repo, commit):
    g = mirror_gitdir(mirrors, repo)
    common.check_commit(g, commit, repo)
    return g


def read_source(gitdir, commit, path):
    b = common.git_show(gitdir, commit, path)
    if path.endswith(".xz"):
        b = lzma.decompress(b)
    return b


def sniff_charset(raw):
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    m = re.search(rb'<meta[^>]+?charset\s*=\s*["\']?\s*([A-Za-z0-9_\-]+)', raw[:20000], re.I)
    return m.group(1).decode("ascii").lower() if m else "utf-8"


BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
         "pre", "ul", "ol", "table", "dd", "dt", "figure", "figcaption", "header", "footer", "center", "td"}


def _text_lines(el, out):
    for ch in el.children:
        if isinstance(ch, Comment):
            continue
        if isinstance(ch, str):
            out.append(str(ch))
            continue
        if ch.name in ("script", "style", "noscript", "template"):
            continue
        blk = ch.name in BLOCK
        if blk:
            out.append("\n")
        _text_lines(ch, out)
        if blk:
            out.append("\n")


def element_text(el):
    out = []
    _text_lines(el, out)
    lines = [re.sub(r"[ \t\r\f\v\u00a0\u3000]+", " ", l).strip() for l in "".join(out).split("\n")]
    return "\n".join(l for l in lines if l)


def derive_body(raw, charset, select, drop=(), drop_lines=(), end=None, start=None):
    """Body reference by a written rule: the text of the elements matching the CSS selector(s) `select`
    (document order, nested matches counted once), after removing every element matching a `drop` selector;
    then whole lines matching a `drop_lines` regular expression are removed; lines before the first line
    matching `start` and from the first line matching `end` on are removed. A selector "meta:NAME" takes
    the content attribute of <meta name|property=NAME> as the text."""
    html = raw.decode(charset, errors="replace")
    soup = BeautifulSoup(html, "lxml")
    if isinstance(select, str) and select.startswith("meta:"):
        key = select[5:]
        m = soup.find("meta", attrs={"name": key}) or soup.find("meta", attrs={"property": key})
        return re.sub(r"\s+", " ", m.get("content", "")).strip() if m else ""
    for sel in drop:
        for el in soup.select(sel):
            el.decompose()
    sels = [select] if isinstance(select, str) else list(select)
    picked = []
    for sel in sels:
        for el in soup.select(sel):
            if any(p is el or el in p.descendants for p in picked):
                continue
            picked = [p for p in picked if p not in el.descendants]
            picked.append(el)
    # document order
    order = {id(e): i for i, e in enumerate(soup.find_all(True))}
    picked.sort(key=lambda e: order.get(id(e), 0))
    lines = []
    for el in picked:
        for l in element_text(el).split("\n"):
            if l and not any(re.search(rx, l) for rx in drop_lines):
                lines.append(l)
    if start:
        for i, l in enumerate(lines):
            if re.search(start, l):
                lines = lines[i:]
                break
    if end:
        for i, l in enumerate(lines):
            if re.search(end, l):
                lines = lines[:i]
                break
    return "\n".join(lines)
