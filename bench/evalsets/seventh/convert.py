#!/usr/bin/env python3
"""seventh (Dragnet): python3 convert.py MIRRORS OUT

Pages: j-szulc/html-cleaning-dataset-merged dragnet_data/input/NAME.html (its copy of the Dragnet pages).
References: seomoz/dragnet_data dragnet_Corrected.tar.gz, Corrected/NAME.html.corrected.txt (AGPL-3.0).
Rules (see NOTES.md):
  * reference decoded by BOM (UTF-16 LE/BE, UTF-8-sig); else strict UTF-8; else cp1252 (latin-1 for its 5 holes)
  * body = the reference before the "!@#$%^&*()  COMMENTS" marker (any typed variant: split at the first "!@#$%" or "%^&*")
  * the first non-empty line is dropped when it is a headline line the page also holds: after whitespace
    collapsing and case folding it equals, or is contained in and at least half as long as, the page's
    og:title, an <h1>, or <title>
  * pages whose body has under 5 tokens (scorer tokens: letter/digit runs) are dropped
Only body (and nothing else) is labelled.
"""
import io, os, re, sys, tarfile, html as htmlmod
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import common
try:
    import lxml.html
except ImportError:
    sys.path.append("/usr/lib/python3/dist-packages")
    import lxml.html

PAGES_REPO, PAGES_COMMIT = "j-szulc/html-cleaning-dataset-merged", "46e01a04b47051838a228bf23631430b2c9de375"
REF_REPO, REF_COMMIT = "seomoz/dragnet_data", "95559bee8812387d8e2cca2e8090004319ab9602"
MARK = "!@#$%^&*()  COMMENTS"
# the annotators typed the marker with variants ("!@#$%^&*() COMMENTS", "!@#$%^&*   COMMENTS",
# "!!@#…", "…COMMNENTS", a bare "!@#$%^&*()", and with its first signs dropped or swapped:
# "@#$%^&*()", "#$%^&*()", "!@ $%^&*()", "!#@$%^&*()"): split at the first "!@#$%" or "%^&*"
# with whatever marker signs stand before it
MARK_RE = re.compile(r"!+@#\$%|[!@#$ ]*%\^&\*")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def page_heads(b):
    m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", b[:4096], re.I)
    enc = m.group(1).decode("ascii", "ignore") if m else "utf-8"
    try:
        txt = b.decode(enc, errors="replace")
    except LookupError:
        txt = b.decode("utf-8", errors="replace")
    heads = []
    try:
        doc = lxml.html.fromstring(txt)
    except Exception:
        return heads
    for el in doc.xpath("//meta[@property='og:title']"):
        heads.append(el.get("content") or "")
    for el in doc.xpath("//h1|//title"):
        heads.append(el.text_content())
    return [norm(htmlmod.unescape(h)) for h in heads if h and h.strip()]


def main():
    mirrors, out = common.main_args()
    pg = common.open_repo(mirrors, PAGES_REPO, PAGES_COMMIT)
    rg = common.open_repo(mirrors, REF_REPO, REF_COMMIT)
    tar = tarfile.open(fileobj=io.BytesIO(common.git_show(rg, REF_COMMIT, "dragnet_Corrected.tar.gz")))
    refs = {}
    for m in tar.getmembers():
        if m.isfile() and m.name.endswith(".html.corrected.txt"):
            refs[os.path.basename(m.name)[:-len(".html.corrected.txt")]] = tar.extractfile(m).read()
    common.clean_out(out)
    n = dropped_head = dropped_short = 0
    for p in common.git_ls(pg, PAGES_COMMIT, "dragnet_data/input"):
        if not p.endswith(".html"):
            continue
        name = os.path.basename(p)[:-5]
        if name not in refs:
            continue
        page = common.git_show(pg, PAGES_COMMIT, p)
        ref = common.decode_bom(refs[name], common.cp1252_bytes).replace("\r\n", "\n").replace("\r", "\n")
        ref = MARK_RE.split(ref, 1)[0]
        lines = ref.split("\n")
        i = 0
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i < len(lines):
            first = norm(lines[i])
            if first and any(first == h or (first in h and len(first) >= 0.5 * len(h)) for h in page_heads(page)):
                lines = lines[i + 1:]
                dropped_head += 1
        body = "\n".join(l.strip() for l in lines).strip()
        body = re.sub(r"\n{3,}", "\n\n", body)
        if len(re.findall(r"[^\W_]+", body)) < 5:
            dropped_short += 1
            continue
        common.write_page(out, name, page, {"body": {"text": body}})
        n += 1
    sys.stderr.write("seventh: %d pages, headline line dropped on %d, %d short references dropped\n"
                     % (n, dropped_head, dropped_short))


if __name__ == "__main__":
    main()
