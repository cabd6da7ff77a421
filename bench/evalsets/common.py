"""Shared helpers for the evaluation-set converters (bench/evalsets/<set>/convert.py).

Keep function names and signatures stable: other converters import this module.
Add new helpers only under new names.

Usage in a converter:
    import os, sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    import common
"""
import glob
import hashlib
import json
import os
import subprocess
import sys


def die(msg):
    """Print msg to stderr and exit 1."""
    sys.stderr.write("error: " + msg + "\n")
    sys.exit(1)


def find_mirror(mirrors, repo):
    """Git dir of the fetch tool's mirror of repo ("owner/name") under mirrors.

    The fetch tool lays mirrors out as MIRRORS/owner+name/repo (a bare git dir);
    any MIRRORS/owner+name*/ holding a bare git dir (HEAD + objects/) is accepted.
    Exits with a clear message when none is found."""
    owner, name = repo.split("/", 1)
    cands = sorted(glob.glob(os.path.join(mirrors, owner + "+" + name + "*")))
    for c in cands:
        for d in [c, os.path.join(c, "repo")] + sorted(glob.glob(os.path.join(c, "*"))):
            if os.path.isdir(d) and os.path.exists(os.path.join(d, "HEAD")) and os.path.isdir(os.path.join(d, "objects")):
                return d
    die("no mirror of %s under %s (use the fetch tool: github:%s)" % (repo, mirrors, repo))


def check_commit(gitdir, commit, repo=""):
    """Exit with a clear message if commit is not present in gitdir."""
    r = subprocess.run(["git", "--git-dir=" + gitdir, "cat-file", "-e", commit + "^{commit}"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if r.returncode != 0:
        die("pinned commit %s of %s is missing from mirror %s (fetch a snapshot that contains it)"
            % (commit, repo or "?", gitdir))


def open_repo(mirrors, repo, commit):
    """find_mirror + check_commit; returns the git dir."""
    g = find_mirror(mirrors, repo)
    check_commit(g, commit, repo)
    return g


def git_show(gitdir, commit, path):
    """Bytes of path at commit (exact bytes, no decoding)."""
    r = subprocess.run(["git", "--git-dir=" + gitdir, "show", commit + ":" + path],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        die("git show %s:%s failed in %s: %s" % (commit, path, gitdir, r.stderr.decode("utf-8", "replace").strip()))
    return r.stdout


def git_ls(gitdir, commit, prefix=""):
    """Sorted list of file paths at commit under prefix (a folder, no trailing slash needed)."""
    args = ["git", "--git-dir=" + gitdir, "ls-tree", "-r", "--name-only", "-z", commit]
    if prefix:
        args += ["--", prefix.rstrip("/") + "/"]
    r = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        die("git ls-tree %s %s failed in %s: %s" % (commit, prefix, gitdir, r.stderr.decode("utf-8", "replace").strip()))
    return sorted(p.decode("utf-8", "surrogateescape") for p in r.stdout.split(b"\0") if p)


def git_exists(gitdir, commit, path):
    """True if path exists at commit."""
    r = subprocess.run(["git", "--git-dir=" + gitdir, "cat-file", "-e", commit + ":" + path],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return r.returncode == 0


def dumps_expected(obj):
    """Deterministic JSON text for an expected file (sorted keys, 2-space indent, UTF-8, final newline)."""
    return json.dumps(obj, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_page(out, name, html_bytes, expected):
    """Write OUT/NAME.html (bytes as given) and OUT/NAME.html.expected.json (sorted keys).

    name is the page NAME without .html. expected is a dict (None values are dropped at top level)."""
    os.makedirs(out, exist_ok=True)
    if isinstance(html_bytes, str):
        html_bytes = html_bytes.encode("utf-8")
    with open(os.path.join(out, name + ".html"), "wb") as f:
        f.write(html_bytes)
    exp = {k: v for k, v in expected.items() if v is not None}
    with open(os.path.join(out, name + ".html.expected.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(dumps_expected(exp))


def load_recipe(set_name):
    """Imports another set's convert.py as a module, for a set that reuses its recipe."""
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), set_name, "convert.py")
    spec = importlib.util.spec_from_file_location(set_name.replace("-", "_") + "_convert", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_labels(recipe_dir):
    """labels.json next to a converter (dict keyed by page NAME), or {} if absent."""
    p = os.path.join(recipe_dir, "labels.json")
    if not os.path.exists(p):
        return {}
    with open(p, encoding="utf-8") as f:
        return json.load(f)


def clean_out(out, exts=(".html", ".expected.json")):
    """Create OUT; remove files in it ending in exts (so a rerun leaves no stale pages)."""
    os.makedirs(out, exist_ok=True)
    for fn in os.listdir(out):
        if fn.endswith(exts):
            os.remove(os.path.join(out, fn))


def main_args(usage="convert.py MIRRORS OUT"):
    """(mirrors, out) from sys.argv, or exit with usage."""
    if len(sys.argv) != 3:
        die("usage: " + usage)
    return sys.argv[1], sys.argv[2]


# ---------------------------------------------------------------------------
# HTML text helpers (standard library only: `python3` may be a pyenv build without bs4/lxml).

import html.parser as _hp  # noqa: E402
import re as _re  # noqa: E402

BLOCK_TAGS = frozenset("""address article aside blockquote body br dd details dialog div dl dt fieldset figcaption
figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead
tr ul caption center html head title option select""".split())
SKIP_TAGS = frozenset("script style noscript template head svg math".split())
VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def norm_space(s):
    """Collapse every run of white space (Unicode included) to one space and trim."""
    return " ".join(s.split())


class _TextParser(_hp.HTMLParser):
    def __init__(self, skip):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = skip
        self.depth = 0  # inside skipped elements

    def handle_starttag(self, tag, attrs):
        if tag in self.skip and tag not in VOID_TAGS:
            self.depth += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.skip and self.depth > 0:
            self.depth -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.depth == 0:
            self.parts.append(data)


def html_text(markup, skip=SKIP_TAGS):
    """Visible text of an HTML document or fragment (str): one line per block element,
    spaces collapsed inside lines, blank lines dropped; script/style/noscript/template/head skipped."""
    p = _TextParser(skip)
    p.feed(markup)
    p.close()
    lines = (norm_space(l) for l in "".join(p.parts).split("\n"))
    return "\n".join(l for l in lines if l)


class _HeadParser(_hp.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.title = None
        self.h1 = None
        self.metas = []  # (attrs dict)
        self._in = None
        self._buf = []
        self._h1depth = 0

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self.metas.append(a)
        elif tag == "title" and self.title is None and self._in is None:
            self._in, self._buf = "title", []
        elif tag == "h1" and self.h1 is None and self._in is None:
            self._in, self._buf, self._h1depth = "h1", [], 1
        elif tag == "h1" and self._in == "h1":
            self._h1depth += 1

    def handle_startendtag(self, tag, attrs):
        if tag == "meta":
            self.metas.append({k.lower(): (v or "") for k, v in attrs})

    def handle_endtag(self, tag):
        if self._in == "title" and tag == "title":
            self.title = norm_space("".join(self._buf))
            self._in = None
        elif self._in == "h1" and tag == "h1":
            self._h1depth -= 1
            if self._h1depth == 0:
                self.h1 = norm_space("".join(self._buf))
                self._in = None

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)


def head_info(markup):
    """dict with 'title' (first <title> text), 'h1' (first <h1> text), 'metas' (list of attribute dicts of
    every <meta>), each text whitespace-normalised; None where absent."""
    p = _HeadParser()
    p.feed(markup)
    p.close()
    return {"title": p.title, "h1": p.h1, "metas": p.metas}


def meta_content(info, attr, value):
    """content of the first <meta attr=value> (attr 'property' or 'name', value compared case-insensitively)."""
    for m in info["metas"]:
        if m.get(attr, "").strip().lower() == value.lower() and m.get("content", "").strip():
            return norm_space(m["content"])
    return None


def decode_html(raw):
    """str of page bytes: UTF-8 (BOM stripped) if valid, else the <meta> charset, else windows-1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_.:-]+)', raw[:4096], _re.I)
    if m:
        try:
            return raw.decode(m.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return raw.decode("windows-1252", "replace")


def uniq(seq):
    """Items of seq in order, without None/empty and without repeats."""
    out = []
    for s in seq:
        if s and s not in out:
            out.append(s)
    return out


# ---------------------------------------------------------------------------
# Rule-derived body references (ninth-cjk / tenth-cjk helper). Needs Debian's python3-lxml and
# python3-cssselect (/usr/bin/python3).

_RB_BLOCK = frozenset("""p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article table tr td th figure
figcaption header footer pre dl dt dd aside hr main""".split())
_RB_SKIP = frozenset("script style noscript template iframe object embed svg button select textarea".split())


def decode_cjk(raw):
    """(text, charset) of page bytes: UTF-8 when the bytes are valid UTF-8, else the first declared
    charset (EUC-KR read as its superset CP949, GB2312/GBK as GB18030); undecodable bytes replaced."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), "utf-8"  # valid UTF-8 wins over a stale declaration
    except UnicodeDecodeError:
        pass
    m = _re.search(rb"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", raw[:30000], _re.I)
    cs = m.group(1).decode("ascii").lower() if m else "utf-8"
    py = {"euc-kr": "cp949", "ks_c_5601-1987": "cp949", "gb2312": "gb18030", "gbk": "gb18030",
          "x-sjis": "shift_jis", "shift-jis": "shift_jis"}.get(cs, cs)
    try:
        return raw.decode(py, "replace"), cs
    except LookupError:
        return raw.decode("utf-8", "replace"), "utf-8"


def rule_doc(raw):
    """lxml document of page bytes decoded with decode_cjk."""
    import lxml.html
    text, _ = decode_cjk(raw)
    text = _re.sub(r"^\s*<\?xml[^>]*>", "", text)
    return lxml.html.document_fromstring(text)


def rule_block_lines(el):
    """Lines of an lxml element's text: a line per block element (and <br>), spaces collapsed."""
    out = []

    def walk(e):
        if not isinstance(e.tag, str) or e.tag in _RB_SKIP:
            return
        b = e.tag in _RB_BLOCK
        if b:
            out.append("\n")
        if e.text:
            out.append(e.text)
        for c in e:
            walk(c)
            if c.tail:
                out.append(c.tail)
        if b:
            out.append("\n")

    walk(el)
    lines = (norm_space(l) for l in "".join(out).split("\n"))
    return [l for l in lines if l]


def rule_body_text(doc, rule):
    """Body reference derived from the page by a written rule (a dict from labels.json):
    body_select: CSS selector of the story element(s) (outermost matches kept, in page order);
    body_drop: list of CSS selectors removed inside them (captions, decks, widgets);
    body_drop_lines: list of regular expressions; a line matching any (re.search) is dropped;
    body_stop: regular expression; the line matching it and every line after it are dropped.
    Returns the text, one line per block, or None when the selector matches nothing."""
    import copy
    els = doc.cssselect(rule["body_select"])
    outer = []
    for e in els:
        if not any(o in e.iterancestors() for o in els):
            outer.append(e)
    if not outer:
        return None
    lines = []
    for e in outer:
        e = copy.deepcopy(e)
        for sel in rule.get("body_drop", []):
            for d in e.cssselect(sel):
                if d is not e and d.getparent() is not None:
                    d.drop_tree()
        lines += rule_block_lines(e)
    pats = [_re.compile(p) for p in rule.get("body_drop_lines", [])]
    lines = [l for l in lines if not any(p.search(l) for p in pats)]
    if rule.get("body_stop"):
        stop = _re.compile(rule["body_stop"])
        for i, l in enumerate(lines):
            if stop.search(l):
                lines = lines[:i]
                break
    return "\n".join(lines)


def cleaneval_gold_paragraphs(text):
    """CleanEval-format gold text (an optional "URL: …" line, then paragraphs each opened by <p>, <h> or <l>,
    possibly wrapped over several lines) -> list of (tag, paragraph) with HTML entities decoded and whitespace
    collapsed; empty paragraphs dropped. Text before the first tag (besides the URL line) counts as a <p>.
    (added by the seventh/eighth/tenth-c/eleventh-ce helper)"""
    import html as _html
    import re as _re
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    text = _re.sub(r"^\s*URL:[^\n]*\n", "", text, count=1)
    out = []
    parts = _re.split(r"(?m)^[ \t]*<(p|h|l)>", text)
    chunks = [("p", parts[0])] + [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
    for tag, chunk in chunks:
        s = _re.sub(r"\s+", " ", _html.unescape(chunk).replace("\u00a0", " ")).strip()
        if s:
            out.append((tag, s))
    return out


def open_repo_any(mirrors, repo, commit):
    """open_repo that also accepts the fetch tool's work-tree layout MIRRORS/owner+name/repo/.git
    (some snapshots are clones with a work tree). Returns the git dir."""
    owner, name = repo.split("/", 1)
    for c in sorted(glob.glob(os.path.join(mirrors, owner + "+" + name + "*"))):
        for d in (os.path.join(c, "repo", ".git"), os.path.join(c, ".git")):
            if os.path.isdir(d) and os.path.exists(os.path.join(d, "HEAD")):
                check_commit(d, commit, repo)
                return d
    return open_repo(mirrors, repo, commit)


def requests_text_to_bytes(text):
    """Served bytes of a page a Python `requests` cache stored as r.text (e.g. metahtml's tests/.cache).

    Returns (bytes, charset). Text whose code points are all <= U+00FF, some >= U+0080, was decoded by requests
    as ISO-8859-1 (no charset in the header): text.encode("latin-1") is exactly the served bytes, and the charset
    is the page's <meta> one. Else a non-UTF-8 <meta charset> means requests decoded with that charset: encode back
    (strict; EUC-KR falls back to its superset CP949). Else UTF-8. (Added by the thirteenth-cjk/twelfth-* helper.)"""
    import codecs
    import re
    meta_cs = re.compile(r'<meta[^>]+charset\s*=\s*["\']?\s*([A-Za-z0-9_.:-]+)', re.I)
    if text and max(map(ord, text)) <= 0xFF and any(ord(c) >= 0x80 for c in text):
        b = text.encode("latin-1")
        m = meta_cs.search(b[:8192].decode("ascii", "replace"))
        return b, (m.group(1) if m else "windows-1252")
    m = meta_cs.search(text[:8192])
    if m:
        cs = m.group(1)
        try:
            name = codecs.lookup(cs).name
        except LookupError:
            name = "utf-8"
        if name not in ("utf-8", "ascii"):
            try:
                return text.encode(cs), cs
            except UnicodeEncodeError:
                if name == "euc_kr":
                    return text.encode("cp949"), cs
                raise
    return text.encode("utf-8"), "UTF-8"


LABEL_KEYS = ("url", "title", "title_alternatives", "authors", "published", "lead_image")


def build_labelled(labels, name, raw):
    """Expected values of a hand-labelled page: its labels, its address from og:url or the
    canonical link when the labels give none, and the body its labels' rule cuts from it."""
    lab = labels.get(name)
    if lab is None:
        die("no labels for " + name)
    exp = {k: lab[k] for k in LABEL_KEYS if k in lab}
    doc = rule_doc(raw)
    if "url" not in exp:  # the page's own address: og:url, else rel=canonical
        found = doc.xpath('//meta[@property="og:url"]/@content') + doc.xpath('//link[@rel="canonical"]/@href')
        found = [u.strip() for u in found if u.strip().startswith("http")]
        if found:
            exp["url"] = found[0]
    if "encoding" in lab:
        exp["encoding"] = lab["encoding"]
    body = {}
    if "body_select" in lab:
        text = rule_body_text(doc, lab)
        if not text:
            die("body rule of %s matches nothing" % name)
        body["text"] = text
    if "first_200" in lab:
        body["first_200"] = lab["first_200"]
    if body:
        exp["body"] = body
    return exp


def run_labelled(here, sources, pages):
    """The main of a hand-labelled set: `pages` yields (name, repo, path) read from `sources`
    (repo -> pinned commit), `here` is the set's directory holding labels.json."""
    mirrors, out = main_args()
    labels = load_labels(here)
    gits = {r: open_repo_any(mirrors, r, c) for r, c in sources.items()}
    clean_out(out)
    n = 0
    for name, repo, path in pages():
        raw = git_show(gits[repo], sources[repo], path)
        write_page(out, name, raw, build_labelled(labels, name, raw))
        n += 1
    print("%d pages written to %s" % (n, out))


def decode_bom(b, fallback):
    """Text of a reference file: by its byte-order mark (UTF-16, UTF-8), else as UTF-8, else
    fallback(b) — annotators saved references in whatever their editor wrote."""
    if b.startswith(b"\xff\xfe") or b.startswith(b"\xfe\xff"):
        return b.decode("utf-16")
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return fallback(b)


def cp1252_bytes(b):
    """cp1252 byte by byte, a byte cp1252 leaves undefined kept as its own code point."""
    return "".join(bytes([c]).decode("cp1252", errors="ignore") or chr(c) for c in b)


def reexec_for_lxml():
    """Run the script again under Debian's /usr/bin/python3 when this interpreter lacks lxml
    (a pyenv python3 does not see Debian's python3-lxml)."""
    try:
        import lxml.html  # noqa: F401
    except ImportError:
        if sys.executable != "/usr/bin/python3" and os.path.exists("/usr/bin/python3"):
            os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
        raise


OPENING_FIELDS = ("url", "title", "title_alternatives", "authors", "published", "lead_image", "encoding")


def build_openings(here, sources, usage):
    """Builds a set scored on openings only (fifteenth-asia, fifteenth-more): every page of
    here/labels.json read from sources[lab["source"]] ("owner/name") at the commit pinned on the page,
    written byte for byte, its expected JSON the labelled fields plus body.first_200."""
    mirrors, out = main_args(usage)
    os.makedirs(out, exist_ok=True)
    labels = json.load(open(os.path.join(here, "labels.json"), encoding="utf-8"))
    for name in sorted(labels):
        lab = labels[name]
        raw = git_show(open_repo(mirrors, sources[lab["source"]], lab["commit"]), lab["commit"], lab["path"])
        if len(lab["first_200"]) > 200:
            die("%s: first_200 longer than 200 characters" % name)
        exp = {k: lab[k] for k in OPENING_FIELDS if k in lab}
        exp["body"] = {"first_200": lab["first_200"]}
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(raw)
        with open(os.path.join(out, name + ".html.expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
    print("wrote %d pages to %s" % (len(labels), out))


def check_opening(name, markup, opening, ws):
    """Stops the build when a page's labelled opening is not in its text: markup (decoded) read
    with bs4/lxml, scripts, styles and noscript dropped, both sides normalised by ws."""
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(markup, "lxml")
    for bad in soup(["script", "style", "noscript"]):
        bad.decompose()
    if ws(opening) not in ws(soup.get_text("")):
        die("%s: labelled opening not found in the page text" % name)


def sha256_file(path):
    """Hex sha256 of a file, read in 64 kB chunks (package tarballs and module zips the converters check)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def declared_charsets(raw):
    """The charsets the page's <meta> tags declare (lower-cased), read from its first 100 kB."""
    return {m.decode().lower() for tag in _re.findall(rb"<meta\b[^>]*>", raw[:100000], _re.I)
            for m in _re.findall(rb'charset\s*=\s*["\']?\s*([A-Za-z0-9_.:-]+)', tag, _re.I)}


# the other names a page's <meta> may give for a charset label (a GBK page of NetEase's 2018 templates declares gb2312,
# the subset it superset-decodes; a Windows-1251 page may say cp1251)
CHARSET_ALIASES = {
    "gbk": {"gb2312", "gb18030", "x-gbk"},
    "windows-1251": {"cp1251"},
    "shift_jis": {"sjis", "x-sjis", "shift-jis"},
    "euc-kr": {"ks_c_5601-1987"},
    "utf-8": {"utf8"},
}


def check_charset(name, raw, label, codecs):
    """Stops the build unless the page decodes strictly as its label (codecs maps each label the set uses
    to a Python codec) and no <meta> declares another charset (CHARSET_ALIASES' names for it count as the same)."""
    if label not in codecs:
        die("%s: labelled %s; this set knows %s" % (name, label, sorted(codecs)))
    try:
        raw.decode(codecs[label])
    except UnicodeDecodeError as e:
        die("%s: not valid %s (%s)" % (name, label, e))
    declared = declared_charsets(raw)
    if declared - {label.lower()} - CHARSET_ALIASES.get(label.lower(), set()):
        die("%s: labelled %s but a <meta> declares %s" % (name, label, sorted(declared)))


def check_full_rule(name, lab):
    """Stops the build unless the page's label has a full-body rule and an opening of at most 200 characters."""
    if not lab.get("body", {}).get("full", True):
        die("%s: every page of this set has a full-body rule" % name)
    if len(lab["first_200"]) > 200:
        die("%s: first_200 longer than 200 characters" % name)


def in_late_third(raw):
    """The held-out split of the twenty-third and later rounds, fixed before any split was seen: a page whose bytes'
    sha1 is 0 mod 3 belongs to the set's -late third."""
    return int(hashlib.sha1(raw).hexdigest(), 16) % 3 == 0


def check_split(name, raw, late):
    """Stops the build when the sha1 split puts the page on the other side (late: this build is the -late set)."""
    if in_late_third(raw) != late:
        die("%s: the sha1 split puts this page in the other set" % name)
