#!/usr/bin/env python3
"""Build the fourteenth-cjk evaluation set: python3 convert.py MIRRORS OUT.

Pages are read with `git --git-dir=<mirror> show <pinned commit>:<path>` and written byte for byte
as served; hand labels come from labels.json next to this script; full body references are derived
from each page by the written rule in NOTES.md (KINDS popups: the <p> children of div.news_view that
are not inside an HTML comment, text joined, whitespace-normalised, a closing "[ⓒ …]" or
"GoodNews Paper ⓒ …" copyright notice cut).
"""
import glob, json, os, re, subprocess, sys, html
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = {
    "kinds": {"repo": "heshed+min_sister", "commit": "15cf38e58de8db3315181c9d86822904cc87317a"},
    "nhk": {"repo": "kevin840720+nhk-easy-news-crawler", "commit": "66eec8e391c0d052ae674086a0eaea1dd1284682"},
    "pulsar": {"repo": "platonai+PulsarRPA", "commit": "12c653b22acd19b7bd1df68dfb4f73bb8a76d9d6"},
}

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
SKIP = {"script", "style", "rt", "rp", "noscript", "template"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.kids = tag, dict(attrs), parent, []

    def classes(self):
        return (self.attrs.get("class") or "").split()


class TreeBuilder(HTMLParser):
    """A small stdlib DOM: enough to pick elements by tag, id and class (no bs4 needed)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.kids.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self.cur.kids.append(Node(tag, attrs, self.cur))

    def handle_endtag(self, tag):
        n = self.cur
        while n is not self.root and n.tag != tag:
            n = n.parent
        if n is not self.root:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.kids.append(data)


def parse(text):
    b = TreeBuilder()
    b.feed(text)
    b.close()
    return b.root


def walk(n):
    for k in n.kids:
        if isinstance(k, Node):
            yield k
            yield from walk(k)


def find_all(root, tag=None, cls=None, id_=None):
    return [n for n in walk(root) if (tag is None or n.tag == tag) and (cls is None or cls in n.classes())
            and (id_ is None or n.attrs.get("id") == id_)]


def text_of(n, drop=()):
    """Visible text: <br> and block ends are breaks; script/style/ruby readings (<rt>) left out."""
    out = []

    def rec(x):
        for k in x.kids:
            if isinstance(k, str):
                out.append(k)
            elif k.tag in SKIP or any(k.tag == t and (c is None or c in k.classes()) for t, c in drop):
                continue
            elif k.tag == "br":
                out.append("\n")
            else:
                rec(k)
                if k.tag in ("p", "div", "section", "h1", "h2", "h3", "li"):
                    out.append("\n")
    rec(n)
    return "".join(out)


def norm(t):
    return re.sub(r"\s+", " ", t).strip()


def nhk_easy_body(raw):
    """Rule E: the <p> children of div#js-article-body, ruby readings (<rt>) left out."""
    root = parse(raw.decode("utf-8"))
    body = find_all(root, "div", id_="js-article-body")[0]
    return norm(" ".join(text_of(p) for p in body.kids if isinstance(p, Node) and p.tag == "p"))


def nhk_news_body(raw):
    """Rule N: p.content--summary, then every section.content--body (cross-head h2.body-title and
    div.body-text) inside div.content--detail-more; the related-story cards (article.content--link) are
    not in those sections."""
    root = parse(raw.decode("utf-8"))
    parts = [text_of(find_all(root, "p", cls="content--summary")[0])]
    more = find_all(root, "div", cls="content--detail-more")[0]
    parts += [text_of(s) for s in find_all(more, "section", cls="content--body")]
    return norm(" ".join(parts))


def art_txt_body(raw):
    """Rule S: the text of div.art_txt (RKCMS story box)."""
    root = parse(raw.decode("utf-8"))
    return norm(text_of(find_all(root, "div", cls="art_txt")[0]))


RULES = {"E": nhk_easy_body, "N": nhk_news_body, "S": art_txt_body}


def mirror(mirrors, key):
    owner_name = SOURCES[key]["repo"]
    hits = sorted(glob.glob(os.path.join(mirrors, owner_name + "*")))
    for h in hits:
        for cand in (os.path.join(h, "repo"), h):
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


def kinds_body(raw):
    """Rule K: text of the <p> elements directly in div.news_view, HTML comments removed first;
    <br/> is a line break; entities decoded; whitespace normalised."""
    t = raw.decode("cp949")
    t = re.sub(r"<!--.*?-->", "", t, flags=re.S)
    m = re.search(r'<div class="news_view">(.*?)<div class="cls">', t, re.S)
    paras = re.findall(r"<p>(.*?)</p>", m.group(1), re.S)
    out = []
    for p in paras:
        p = re.sub(r"<br\s*/?>", "\n", p)
        p = re.sub(r"<[^>]+>", "", p)
        out.append(html.unescape(p))
    text = re.sub(r"\s+", " ", " ".join(out)).strip()
    # a closing copyright notice printed inside the last <p> is furniture, not story
    text = re.sub(r"\s*(\[ⓒ[^\]]*\]|GoodNews Paper ⓒ.*)$", "", text).strip()
    return text


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    mirrors, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    for name in sorted(labels):
        lab = labels[name]
        src = lab["source"]
        gitdir = mirror(mirrors, src)
        raw = show(gitdir, SOURCES[src]["commit"], lab["path"])
        exp = {}
        for k in ("url", "title", "title_alternatives", "authors", "published", "lead_image", "encoding"):
            if k in lab:
                exp[k] = lab[k]
        body = {}
        if "first_200" in lab:
            body["first_200"] = lab["first_200"]
        if lab.get("body_rule") == "K":
            body["text"] = kinds_body(raw)
        elif lab.get("body_rule") in RULES:
            body["text"] = RULES[lab["body_rule"]](raw)
        if body:
            exp["body"] = body
        with open(os.path.join(out, name + ".html"), "wb") as f:
            f.write(raw)
        with open(os.path.join(out, name + ".html.expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
    print("wrote %d pages to %s" % (len(labels), out))


if __name__ == "__main__":
    main()
