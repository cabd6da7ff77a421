#!/usr/bin/env python3
"""thirteenth-eu: 55 European-language pages from the fixtures of ten scrapers and readers.

python3 convert.py MIRRORS OUT   (body references need lxml + cssselect: Debian's /usr/bin/python3)
Pages are read at pinned commits; hand labels come from labels.json; full-body references are derived
from the page by the per-page rule in labels.json (body_select / body_drop / body_drop_lines / body_stop)."""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

REPOS = {
    "liqen": ("CommonActionForum/liqen-scraper", "6201cb7a7c200980d9aa505bfe8726b35a9cb6fa"),
    "wg": ("apostolidhs/wiregoose2", "370fc1c410efe4b170992491558c8f4db8bb6270"),
    "pk": ("p-kleczek/helpers", "08b48df4efdbd25a38e1c4839453d9526eb21164"),
    "kc": ("keepcosmos/readability", "4edafba2004481b0bf33b93eb5695c5020d3959c"),
    "rpy": ("alan-turing-institute/ReadabiliPy", "947b229a90030588c77a98c2186d796693453d4c"),
    "buriy": ("buriy/python-readability", "b220919186d0db2a006bbabb910b602056b3f51a"),
    "mi": ("jaimeiniesta/metainspector", "1d2cb50df7b0d60bd2d7a3e83751accda581e78c"),
    "embed": ("oscarotero/Embed", "62bd05060757a874673b4cda2299d94dd18f9a85"),
    "dtk": ("DataToKnowledge/newsextractor", "1511711be661845e862aaf530c8556964cb50fed"),
    "her": ("Tagazoc/heraldic", "9da60030600bbb900451acbd6a8d4ccef6e20d37"),
}

L = "__tests__/__html__/"
W = "services/fixtures/articles/"
# NAME -> (repo key, path or path prefix, kind). kind: raw (bytes as stored), http (raw HTTP response),
# embedphp (Embed's PHP cache: nowdoc body as UTF-8 text, re-encoded to the page's declared charset),
# pkprefix (p-kleczek test file named by its prefix: the names hold non-ASCII and spaces).
PAGES = {
    # Spanish (16): liqen-scraper, outlets of Spain's press
    "es-abc": ("liqen", L + "abc.html", "raw"),
    "es-elconfidencial": ("liqen", L + "elconfidencial.html", "raw"),
    "es-eldiario": ("liqen", L + "eldiario.html", "raw"),
    "es-elespanol": ("liqen", L + "elespanol.html", "raw"),
    "es-elmundo": ("liqen", L + "elmundo.html", "raw"),
    "es-elpais": ("liqen", L + "elpais.html", "raw"),
    "es-elperiodico": ("liqen", L + "elperiodico.html", "raw"),
    "es-esdiario": ("liqen", L + "esdiario.html", "raw"),
    "es-europapress": ("liqen", L + "europapress.html", "raw"),
    "es-lainformacion": ("liqen", L + "lainformacion.html", "raw"),
    "es-larazon": ("liqen", L + "larazon.html", "raw"),
    "es-lavanguardia": ("liqen", L + "lavanguardia.html", "raw"),
    "es-lavozdegalicia": ("liqen", L + "lavozdegalicia.html", "raw"),
    "es-libertaddigital": ("liqen", L + "libertaddigital.html", "raw"),
    "es-okdiario": ("liqen", L + "okdiario.html", "raw"),
    "es-publico": ("liqen", L + "publico.html", "raw"),
    # Catalan (1)
    "ca-ara": ("liqen", L + "ara.html", "raw"),
    # Greek (13): wiregoose2
    "el-altsantiri": ("wg", W + "altsantiri.htm", "raw"),
    "el-cnn": ("wg", W + "cnn.html", "raw"),
    "el-in": ("wg", W + "in.html", "raw"),
    "el-in2": ("wg", W + "in2.html", "raw"),
    "el-lifo": ("wg", W + "lifo.html", "raw"),
    "el-madata": ("wg", W + "madata.htm", "raw"),
    "el-newsbeast": ("wg", W + "newsbeast.htm", "raw"),
    "el-newsbomb": ("wg", W + "newsbomb.htm", "raw"),
    "el-newsit": ("wg", W + "newsit.htm", "raw"),
    "el-skai": ("wg", W + "skai.htm", "raw"),
    "el-skai2": ("wg", W + "skai2.htm", "raw"),
    "el-tvxs": ("wg", W + "tvxs.htm", "raw"),
    "el-zougla": ("wg", W + "zougla.htm", "raw"),
    # English (13)
    "en-medium-composing": ("liqen", L + "medium.html", "raw"),
    "en-bbc-windows": ("kc", "test/fixtures/bbc.html", "raw"),
    "en-buzzfeed": ("kc", "test/fixtures/buzzfeed.html", "raw"),
    "en-medium-elixir": ("kc", "test/fixtures/medium.html", "raw"),
    "en-nytimes": ("kc", "test/fixtures/nytimes.html", "raw"),
    "en-addictinginfo": ("rpy", "tests/data/addictinginfo.com-1_full_page.html", "raw"),
    "en-conservativehq": ("rpy", "tests/data/conservativehq.com-1_full_page.html", "raw"),
    "en-davidwolfe": ("rpy", "tests/data/davidwolfe.com-1_full_page.html", "raw"),
    "en-yahoo-sports-preview": ("buriy", "tests/samples/si-game.sample.html", "raw"),
    "en-guardian-hurricane": ("buriy", "tests/samples/the-hurricane-rubin-carter-denzel-washington.html", "raw"),
    "en-guardian-techcrunch": ("mi", "spec/fixtures/guardian.co.uk.response", "http"),
    "en-theonion": ("mi", "spec/fixtures/theonion.com.response", "http"),
    "en-bbc-uk": ("embed", "tests/cache/www.bbc.co.uk.news-uk-54222286.php", "embedphp"),
    # Polish (8): p-kleczek/helpers articles_processor/tests
    "pl-okopress1": ("pk", "articles_processor/tests/okopress1_", "pkprefix"),
    "pl-polityka1": ("pk", "articles_processor/tests/polityka1_", "pkprefix"),
    "pl-rp1": ("pk", "articles_processor/tests/rp1_", "pkprefix"),
    "pl-rp-arch1": ("pk", "articles_processor/tests/rp_arch_1_", "pkprefix"),
    "pl-wiez1": ("pk", "articles_processor/tests/wiez1_", "pkprefix"),
    "pl-wyborcza1": ("pk", "articles_processor/tests/wyborcza1_", "pkprefix"),
    "pl-wyborcza2": ("pk", "articles_processor/tests/wyborcza2_", "pkprefix"),
    "pl-wysokieobcasy1": ("pk", "articles_processor/tests/wysokieobcasy1_", "pkprefix"),
    # Italian (2), French (1), Russian (1)
    "it-repubblica": ("dtk", "src/test/resources/MainContentExtractor.html", "raw"),
    "it-senzacolonne": ("dtk", "src/test/resources/MainContentExtractor-noGoose.htm", "raw"),
    "fr-liberation": ("her", "tests/medias/article_liberation_update.htm", "raw"),
    "ru-4pda": ("embed", "tests/cache/4pda.to.2022-12-04-406834-sostoyalsya_reliz_clown_of_duty_parodii_na_call_of_duty.php", "embedphp"),
}


def split_http(raw):
    """(content-type header or None, body bytes) of a raw HTTP response file."""
    raw = raw.replace(b"\r\n", b"\n") if raw[:5] == b"HTTP/" and b"\r\n\r\n" in raw[:8192] else raw
    head, _, body = raw.partition(b"\n\n")
    ct = None
    for line in head.split(b"\n"):
        if line.lower().startswith(b"content-type:"):
            ct = line.split(b":", 1)[1].strip().decode("latin-1")
    return ct, body.lstrip(b"\n")


def embed_body(raw):
    """(content-type header or None, served bytes) of an Embed tests/cache PHP file."""
    text = raw.decode("utf-8")
    m = re.search(r"\$body = <<<'TESTHTML'\n(.*?)\nTESTHTML;", text, re.S)
    if m:
        body = m.group(1)
    else:  # a PHP single-quoted string: \\ and \' are the only escapes
        m = re.search(r"'body' => '((?:[^'\\]|\\.)*)'", text, re.S)
        if not m:
            common.die("no body in Embed cache file")
        body = re.sub(r"\\([\\'])", r"\1", m.group(1))
    ctm = re.search(r"'content-type' => \[\s*'([^']*)'", text)
    ct = ctm.group(1) if ctm else None
    csm = re.search(r'<meta[^>]+charset="?([A-Za-z0-9_-]+)', body[:4000], re.I)
    cs = csm.group(1) if csm else "utf-8"
    return ct, body.encode(cs)


def page_doc(raw, charset):
    """lxml document of page bytes decoded with the labelled charset (undecodable bytes replaced)."""
    import lxml.html
    py = {"utf-8": "utf-8"}.get(charset.lower(), charset)
    text = raw.decode(py, "replace").lstrip("\ufeff")
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    return lxml.html.document_fromstring(text)


def main():
    mirrors, out = common.main_args()
    labels = common.load_labels(HERE)
    gits = {k: common.open_repo_any(mirrors, r, c) for k, (r, c) in REPOS.items()}
    common.clean_out(out)
    body_ok = True
    try:
        import lxml.html  # noqa: F401
        import cssselect  # noqa: F401
    except ImportError:
        body_ok = False
        sys.stderr.write("warning: no lxml/cssselect: body references skipped (use /usr/bin/python3)\n")
    nbody = 0
    for name in sorted(PAGES):
        key, path, kind = PAGES[name]
        g, commit = gits[key], REPOS[key][1]
        ct = None
        if kind == "pkprefix":
            d, pre = path.rsplit("/", 1)
            cands = [p for p in common.git_ls(g, commit, d) if p.rsplit("/", 1)[1].startswith(pre)]
            if len(cands) != 1:
                common.die("%s: %d files match %s" % (name, len(cands), path))
            raw = common.git_show(g, commit, cands[0])
        else:
            raw = common.git_show(g, commit, path)
        if kind == "http":
            ct, raw = split_http(raw)
        elif kind == "embedphp":
            ct, raw = embed_body(raw)
        lab = dict(labels.get(name, {}))
        exp = {}
        for k in ("url", "title", "title_alternatives", "authors", "published", "lead_image"):
            if k in lab:
                exp[k] = lab[k]
        enc = {"actual": lab.get("encoding", "UTF-8")}
        if ct:
            enc["http_content_type"] = ct
        exp["encoding"] = enc
        body = {}
        if lab.get("first_200"):
            body["first_200"] = lab["first_200"]
        if body_ok and lab.get("body_select"):
            doc = page_doc(raw, enc["actual"])
            text = common.rule_body_text(doc, lab)
            if not text:
                common.die("%s: body rule %r matches nothing" % (name, lab["body_select"]))
            body["text"] = text
            nbody += 1
        if body:
            exp["body"] = body
        common.write_page(out, name, raw, exp)
    print("%d pages, %d full bodies -> %s" % (len(PAGES), nbody, out))


if __name__ == "__main__":
    main()
