"""Builds the DAniEL set and its language subsets from rundimeco/waddle
corpora/Corpus_daniel_v2.1 at a pinned commit. Rules: daniel/NOTES.md."""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

common.reexec_for_lxml()
import lxml.html  # noqa: E402

REPO = "rundimeco/waddle"
COMMIT = "be875ce12ad9e23ef68ef7f3b0605db6d06bcdb1"
ROOT = "corpora/Corpus_daniel_v2.1/"

GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
POLISH = re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]")


def lang(text):
    """Language subset by the script of the reference text: the script with most letters;
    among Latin texts, Polish when Polish letters (ąćęłńśźż) make 0.5 % of the letters or more."""
    counts = {"el": len(GREEK.findall(text)), "ru": len(CYRILLIC.findall(text)), "zh": len(HAN.findall(text))}
    latin = len(re.findall(r"[A-Za-zÀ-ɏ]", text))
    best = max(counts, key=lambda k: counts[k])
    if counts[best] > latin:
        return best
    return "pl" if latin and len(POLISH.findall(text)) >= 0.005 * latin else "en"


def page_url(name):
    """The page's address as far as the corpus records it: its host (NAME is DATE_HOST_HASH)."""
    return "http://" + name.split("_")[1] + "/"


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def ref_lines(b):
    """Lines of a reference file: the text of each <p>…</p>, entities decoded."""
    t = b.decode("utf-8", "replace")
    ps = re.findall(r"<p>(.*?)</p>", t, re.S)
    return [l for l in (norm(html.unescape(re.sub(r"<[^>]+>", " ", p))) for p in ps) if l]


def page_text(b):
    doc = lxml.html.document_fromstring(b, parser=lxml.html.HTMLParser(encoding="utf-8"))
    for el in doc.xpath("//script|//style"):
        el.drop_tree()
    return norm(" ".join(doc.itertext()))  # text nodes joined by a space


class Batch:
    """Reads many blobs through one `git cat-file --batch` process."""

    def __init__(self, gitdir):
        import subprocess
        self.p = subprocess.Popen(["git", "--git-dir=" + gitdir, "cat-file", "--batch"],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def show(self, commit, path):
        self.p.stdin.write((commit + ":" + path + "\n").encode("utf-8"))
        self.p.stdin.flush()
        head = self.p.stdout.readline().split()
        if len(head) != 3:
            common.die("cannot read %s:%s" % (commit, path))
        data = self.p.stdout.read(int(head[2]))
        self.p.stdout.read(1)
        return data


def build(subset, mirrors, out):
    g = common.open_repo(mirrors, REPO, COMMIT)
    htmls = {p[len(ROOT + "html/"):]: p for p in common.git_ls(g, COMMIT, ROOT + "html")}
    refs = {p[len(ROOT + "reference/"):]: p for p in common.git_ls(g, COMMIT, ROOT + "reference")}
    common.clean_out(out)
    cat = Batch(g)
    n = {"pages": 0, "title": 0}
    by = {}
    for name in sorted(htmls):
        if name not in refs:
            continue
        src = cat.show(COMMIT, htmls[name])
        lines = ref_lines(cat.show(COMMIT, refs[name]))
        if not lines:
            continue
        lg = lang("\n".join(lines))
        by[lg] = by.get(lg, 0) + 1
        if subset != "all" and lg != subset:
            continue
        e = {"encoding": {"actual": "UTF-8"}, "url": page_url(name)}
        title, body = lines[0], lines[1:]
        if title in page_text(src):
            e["title"] = title
            n["title"] += 1
        if body:
            e["body"] = {"text": "\n".join(body)}
        common.write_page(out, name, src, e)
        n["pages"] += 1
    print(subset, json.dumps(n), json.dumps(by, sort_keys=True))
