"""Builds the Omnivore sets (omnivore, omnivore-news, omnivore-fixed) from
omnivore-app/omnivore packages/readabilityjs/test/test-pages at a pinned commit.
Called by each set's convert.py with its variant; rules are in omnivore/NOTES.md."""
import datetime, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

common.reexec_for_lxml()
import lxml.html  # noqa: E402

REPO = "omnivore-app/omnivore"
COMMIT = "322ce62b2e09a4fc8f328dde6003e7066953a9ca"
ROOT = "packages/readabilityjs/test/test-pages/"

# omnivore-news: the 27 pages from news publishers (selection by hand, by publisher).
NEWS = [
    "bbc-arabic", "biospace", "caixin", "channelnewsasia", "channelnewsasia02", "cnbc", "dailymail",
    "economist", "electrek", "energias-renovables.com", "fast-company", "fiercepharma",
    "financialpost-fishing-for-chips", "ft.com", "guardian", "instyle", "moderndiplomacy", "nymag",
    "nytimes", "nytimes-podcasts", "nytimes.com", "ottawacitizen.com", "people", "raw-story",
    "techcrunch", "vanityfair", "variety",
]

BLOCK = set("""address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure
footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul
caption summary""".split())
SKIP = {"script", "style", "noscript", "template", "head", "title"}


def html_text(root):
    """Visible text of an lxml element: block elements start new lines, script/style skipped."""
    out = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag.lower() in SKIP:
            if el.tail:
                out.append(el.tail)
            return
        blk = tag.lower() in BLOCK
        if blk:
            out.append("\n")
        if isinstance(el.tag, str) and el.text:
            out.append(el.text)
        for c in el:
            walk(c)
        if blk:
            out.append("\n")
        if el.tail:
            out.append(el.tail)

    walk(root)
    lines = [re.sub(r"\s+", " ", l).strip() for l in "".join(out).split("\n")]
    return "\n".join(l for l in lines if l)


def norm(s):
    return re.sub(r"\s+", " ", s or "").strip()


def parse(b):
    return lxml.html.document_fromstring(b.decode("utf-8", "replace"))


def published(v):
    """The fork's publishedDate as truth, by rule (see NOTES.md)."""
    if not v:
        return None
    m = re.match(r"^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$", v)
    if not m:
        return None  # printed text the fork did not parse ("April 7, 2023"): unscored
    y = int(m.group(1))
    if y == 2001:
        return None  # a year-less date: the fork's parser fills in 2001
    hh, mi, ss, frac, zone = m.group(4), m.group(5), m.group(6), m.group(7) or "", m.group(8)
    if zone == "Z" and mi == "00" and ss == "00" and frac.strip(".0") == "" and hh in ("00", "08", "16"):
        # a bare date the capturing machine read as its local midnight (UTC, UTC-8 or UTC+8)
        d = datetime.date(y, int(m.group(2)), int(m.group(3)))
        if hh == "16":
            d += datetime.timedelta(days=1)  # UTC+8 midnight: the next UTC day
        return d.isoformat()
    return v


def build(variant, mirrors, out):
    g = common.open_repo(mirrors, REPO, COMMIT)
    labels = common.load_labels(HERE)
    files = common.git_ls(g, COMMIT, ROOT)
    dirs = sorted(f[len(ROOT):-len("/source.html")] for f in files if f.endswith("/source.html"))
    if variant == "news":
        dirs = [d for d in dirs if d in NEWS]
        assert len(dirs) == len(NEWS), "news pages missing"
    common.clean_out(out)
    n = {"pages": 0, "title": 0, "authors": 0, "published": 0, "lead_image": 0, "body": 0}
    for d in dirs:
        name = d.replace("/", "-")
        lab = labels.get(name, {})
        fix = lab.get("fixed", {}) if variant == "fixed" else {}
        src = common.git_show(g, COMMIT, ROOT + d + "/source.html")
        meta = json.loads(common.git_show(g, COMMIT, ROOT + d + "/expected-metadata.json"))
        exp_html = common.git_show(g, COMMIT, ROOT + d + "/expected.html")
        url = ""
        if common.git_exists(g, COMMIT, ROOT + d + "/url.txt"):
            url = common.git_show(g, COMMIT, ROOT + d + "/url.txt").decode("utf-8").strip()
        doc = parse(src)
        e = {"encoding": {"actual": "UTF-8"}}
        if url:
            e["url"] = url
        # title: the fork's; the page's <title>, og:title and first non-empty <h1> also accepted
        title = norm(meta.get("title"))
        alts = []
        for t in doc.xpath("//title")[:1]:
            alts.append(norm(t.text_content()))
        for m in doc.xpath("//meta[@property='og:title']")[:1]:
            alts.append(norm(m.get("content")))
        for h in doc.xpath("//h1"):
            t = norm(h.text_content())
            if t:
                alts.append(t)
                break
        alts += fix.get("title_alternatives_add", [])
        score_title = bool(title)
        if variant == "fixed" and title and title not in norm(html.unescape(src.decode("utf-8", "replace"))):
            # fixed: a title found nowhere in the page's visible text (an e-mail's subject) is not scored
            score_title = False  # found nowhere in the page's bytes (an e-mail's subject)
        if score_title:
            e["title"] = title
            alts = sorted(set(a for a in alts if a and a != title))
            if alts:
                e["title_alternatives"] = alts
            n["title"] += 1
        if "authors" in lab:
            e["authors"] = lab["authors"]
            n["authors"] += 1
        p = fix["published"] if "published" in fix else published(meta.get("publishedDate"))
        if p:
            e["published"] = p
            n["published"] += 1
        og = doc.xpath("//meta[@property='og:image' or @name='og:image']/@content")
        if og and og[0].strip():
            e["lead_image"] = og[0].strip()
            n["lead_image"] += 1
        body = html_text(parse(exp_html))
        if fix.get("body_unscored"):
            body = None
        elif fix.get("body_end_after"):
            i = body.find(fix["body_end_after"])
            assert i >= 0, name
            body = body[: i + len(fix["body_end_after"])]
        if body:
            e["body"] = {"text": body}
            n["body"] += 1
        if variant == "fixed" and (fix or not score_title):
            notes = []
            if fix.get("note"):
                notes.append(fix["note"])
            if not score_title:
                notes.append("title unscored: the fork's title is nowhere in the page (the e-mail's subject)")
            e["fix_note"] = "; ".join(notes)
        common.write_page(out, name, src, e)
        n["pages"] += 1
    print(variant, json.dumps(n))
