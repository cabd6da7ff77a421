#!/usr/bin/env python3
"""heldout-l3s: the L3S-GN1 set (Kohlschütter et al., WSDM 2010; research-use licence), copy in
geodrome/page-signal at a pinned commit. python3 convert.py MIRRORS OUT [--urls]

Page = original/UUID.html (bytes as stored). Body = the text of the annotated copy's
<span class="x-nc-sel2"> blocks (assessors' "full text"), one block a line. Title = the text of the
x-nc-sel1 blocks ("headline"), joined by a space; the annotated copy turned characters outside Latin-1
into "?", so a headline holding "?" is replaced by the page's <title>, og:title or <h1>-<h3> text that
matches it character for character ("?" standing for any character outside Latin-1, or itself), and
left unscored when none does. --urls (heldout-l3s-url) adds each page's address from url-mapping.txt.
"""
import copy
import html as htmlmod
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

try:
    import lxml.html
except ImportError:
    sys.path.append("/usr/lib/python3/dist-packages")  # Debian's python3-lxml under another python3
    try:
        import lxml.html
    except ImportError:
        common.die("python3-lxml is needed (apt-get install -y python3-lxml; or run /usr/bin/python3)")

REPO = "geodrome/page-signal"
COMMIT = "186d8153b3d111f84865ddc180600a9cbe35ac7f"
BASE = "L3S-GN1-20100130203947-00001"


def decode(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252", "replace")


def text_of(fragment):
    t = re.sub(r"<[^>]+>", " ", fragment)
    t = htmlmod.unescape(t)
    return re.sub(r"\s+", " ", t).strip()


def blocks(annot, cls):
    """Texts of the outermost <span class=cls> elements in document order (lxml's HTML parser; the
    content of <script>/<style> inside them is no text; tags count as spaces)."""
    doc = lxml.html.document_fromstring(annot)
    out = []
    for el in doc.iter("span"):
        if (el.get("class") or "").strip() != cls:
            continue
        if any((a.tag == "span" and (a.get("class") or "").strip() == cls) for a in el.iterancestors()):
            continue
        el = copy.deepcopy(el)
        for bad in list(el.iter("script", "style")):
            bad.drop_tree()
        el.tail = None
        out.append(text_of(lxml.html.tostring(el, encoding="unicode")))
    return out


def candidates(orig):
    out = []
    for m in re.finditer(r"<title\b[^>]*>(.*?)</title>", orig, re.S | re.I):
        out.append(text_of(m.group(1)))
    for m in re.finditer(r"<meta\b[^>]*>", orig, re.I):
        tag = m.group(0)
        if re.search(r"(?:property|name)\s*=\s*[\"']og:title[\"']", tag, re.I):
            c = re.search(r"content\s*=\s*\"([^\"]*)\"|content\s*=\s*'([^']*)'", tag, re.I)
            if c:
                out.append(text_of(c.group(1) if c.group(1) is not None else c.group(2)))
    for m in re.finditer(r"<h([1-3])\b[^>]*>(.*?)</h\1\s*>", orig, re.S | re.I):
        out.append(text_of(m.group(2)))
    return [c for c in out if c]


def matches(marked, cand):
    if len(marked) != len(cand):
        return False
    for a, b in zip(marked, cand):
        if a == b:
            continue
        if a == "?" and ord(b) > 0xFF:
            continue
        return False
    return True


def main():
    args = sys.argv[1:]
    urls = "--urls" in args
    args = [a for a in args if a != "--urls"]
    if len(args) != 2:
        common.die("usage: convert.py MIRRORS OUT [--urls]")
    mirrors, out = args
    g = common.open_repo(mirrors, REPO, COMMIT)
    common.clean_out(out)
    mapping = {}
    if urls:
        for line in common.git_show(g, COMMIT, BASE + "/url-mapping.txt").decode("utf-8").splitlines():
            if "\t" in line:
                k, v = line.split("\t", 1)
                mapping[k.strip().replace("<urn:uuid:", "").rstrip(">")] = v.strip()
    names = [p.split("/")[-1][:-5] for p in common.git_ls(g, COMMIT, BASE + "/original") if p.endswith(".html")]
    stats = {"pages": 0, "titled": 0, "from_page": 0, "unscored_q": 0, "no_headline": 0}
    for name in names:
        raw = common.git_show(g, COMMIT, BASE + "/original/" + name + ".html")
        annot = decode(common.git_show(g, COMMIT, BASE + "/annotated/" + name + ".html"))
        body = "\n".join(b for b in blocks(annot, "x-nc-sel2") if b)
        head = " ".join(b for b in blocks(annot, "x-nc-sel1") if b).strip()
        exp = {"body": {"text": body}}
        if urls:
            if name not in mapping:
                common.die("no address for %s in url-mapping.txt" % name)
            exp["url"] = mapping[name]
        if not head:
            stats["no_headline"] += 1
        elif "?" in head:
            hit = [c for c in candidates(decode(raw)) if matches(head, c)]
            if hit:
                exp["title"] = hit[0]
                stats["from_page"] += 1
                stats["titled"] += 1
            else:
                stats["unscored_q"] += 1
        else:
            exp["title"] = head
            stats["titled"] += 1
        common.write_page(out, name, raw, exp)
        stats["pages"] += 1
    sys.stderr.write("%s -> %s\n" % (stats, out))


if __name__ == "__main__":
    main()
