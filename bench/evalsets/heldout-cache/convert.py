#!/usr/bin/env python3
"""heldout-cache: adbar/htmldate tests/cache + adbar/trafilatura tests/cache (both Apache-2.0) at pinned
commits, with the expectations of their tests/realworld_tests.py.  python3 convert.py MIRRORS OUT

htmldate: every page of test_exact_date / test_no_date (find_date(load_mock_page(URL)[, original_date=…])
== "DAY" or is None; asserts with other keywords ignored); where a page has both, the original_date=True
one; rosneft, hertie-school and brigitte (the test's comments doubt them) left out. trafilatura:
test_extract (`result = …load_page(URL)` then `assert "S" in result` -> body.with, `not in` ->
body.without) and test_pages (metadata.title / .author (split on "; ") / .date). Pages are keyed by
cache file name; a page in both caches takes htmldate's bytes and both expectations. A trafilatura cache page
whose bytes or address occur in a tuned set (go-htmldate's comparison/mediacloud pages and their address
lists, trafilatura tests/eval) is dropped. published: a day is a bare date, None is null.
"""
import ast
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
import common  # noqa: E402

HTMLDATE = ("adbar/htmldate", "b8952828329abaeeb3be21387b526f2be614ce67")
TRAFILATURA = ("adbar/trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5")
GOHTMLDATE = ("markusmobius/go-htmldate", "f291a05983e0f627a9cb2a63eba0f46e3401b42e")
CHECK_URLS = False
DOUBTED = ("rosneft.com", "hertie-school.org", "brigitte.de")


def const_str(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = const_str(node.left), const_str(node.right)
        return a + b if a is not None and b is not None else None
    return None


def mock_pages(tree):
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "MOCK_PAGES" for t in node.targets):
            return {const_str(k): const_str(v) for k, v in zip(node.value.keys, node.value.values)}
    common.die("no MOCK_PAGES")


def func(tree, name):
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    common.die("no function " + name)


def walk_stmts(stmts):
    """Statements in source order, descending into if/for/with/try blocks."""
    for s in stmts:
        yield s
        for attr in ("body", "orelse", "finalbody"):
            sub = getattr(s, attr, None)
            if isinstance(sub, list) and not isinstance(s, (ast.FunctionDef, ast.ClassDef)):
                yield from walk_stmts(sub)


def call_name(node):
    if isinstance(node, ast.Call):
        f = node.func
        return getattr(f, "id", None) or getattr(f, "attr", None)
    return None


def htmldate_dates(tree):
    """URL -> (day or None) from test_exact_date and test_no_date."""
    found = {}
    for fn in ("test_exact_date", "test_no_date"):
        for s in walk_stmts(func(tree, fn).body):
            if not isinstance(s, ast.Assert) or not isinstance(s.test, ast.Compare):
                continue
            c = s.test
            if call_name(c.left) != "find_date" or len(c.ops) != 1:
                continue
            call = c.left
            if not call.args or call_name(call.args[0]) != "load_mock_page":
                continue
            url = const_str(call.args[0].args[0])
            kws = {k.arg: k.value for k in call.keywords}
            if set(kws) - {"original_date"}:
                continue
            orig = isinstance(kws.get("original_date"), ast.Constant) and kws["original_date"].value is True
            if isinstance(c.ops[0], ast.Is) and isinstance(c.comparators[0], ast.Constant) and c.comparators[0].value is None:
                val = None
            elif isinstance(c.ops[0], ast.Eq) and const_str(c.comparators[0]) is not None:
                val = const_str(c.comparators[0])
            else:
                continue
            prev = found.get(url)
            if prev is None or (orig and not prev[1]):
                found[url] = (val, orig)
    return {u: v[0] for u, v in found.items()}


def trafilatura_expect(tree):
    """URL -> dict(with, without, title, authors, published)."""
    out = {}
    cur = None
    for s in walk_stmts(func(tree, "test_extract").body):
        if isinstance(s, ast.Assign) and getattr(s.targets[0], "id", "") == "result" and isinstance(s.value, ast.Call):
            cur = const_str(s.value.args[0]) if s.value.args else None
        elif isinstance(s, ast.Assert) and cur and isinstance(s.test, ast.Compare) and len(s.test.ops) == 1:
            c = s.test
            snip = const_str(c.left)
            if snip is None or getattr(c.comparators[0], "id", "") != "result":
                continue
            key = "with" if isinstance(c.ops[0], ast.In) else "without" if isinstance(c.ops[0], ast.NotIn) else None
            if key:
                lst = out.setdefault(cur, {}).setdefault(key, [])
                if snip not in lst:
                    lst.append(snip)
    cur = None
    for s in walk_stmts(func(tree, "test_pages").body):
        if isinstance(s, ast.Assign) and getattr(s.targets[0], "id", "") == "metadata":
            v = s.value
            cur = None
            if call_name(v) == "extract_metadata" and v.args and call_name(v.args[0]) == "load_mock_page_meta":
                cur = const_str(v.args[0].args[0])
        elif isinstance(s, ast.Assert) and cur and isinstance(s.test, ast.Compare) and isinstance(s.test.ops[0], ast.Eq):
            left = s.test.left
            if isinstance(left, ast.Attribute) and getattr(left.value, "id", "") == "metadata":
                val = const_str(s.test.comparators[0])
                if val is None:
                    continue
                d = out.setdefault(cur, {})
                if left.attr == "title":
                    d["title"] = val
                elif left.attr == "author":
                    d["authors"] = [a.strip() for a in val.split(";") if a.strip()]
                elif left.attr == "date":
                    d["published"] = val
    return out


def blob_ids(g, commit, prefix):
    r = common.subprocess.run(["git", "--git-dir=" + g, "ls-tree", "-r", "-z", commit, "--", prefix],
                              stdout=common.subprocess.PIPE)
    return set(l.split(b"\t")[0].split()[2].decode() for l in r.stdout.split(b"\0") if l)


def main():
    mirrors, out = common.main_args()
    labels = common.load_labels(HERE)
    gh = common.open_repo(mirrors, *HTMLDATE)
    gt = common.open_repo(mirrors, *TRAFILATURA)
    gg = common.open_repo(mirrors, *GOHTMLDATE)
    common.clean_out(out)
    # tuned material: bytes (git blob ids) and addresses
    tuned_blobs = blob_ids(gg, GOHTMLDATE[1], "test-files/comparison") | blob_ids(gg, GOHTMLDATE[1], "test-files/mediacloud") \
        | blob_ids(gt, TRAFILATURA[1], "tests/eval")
    tuned_urls = set()
    for p in common.git_ls(gg, GOHTMLDATE[1], "scripts/comparison"):
        if p.endswith(".go"):
            tuned_urls |= set(re.findall(r'URL:\s*"([^"]+)"', common.git_show(gg, GOHTMLDATE[1], p).decode("utf-8")))

    th = ast.parse(common.git_show(gh, HTMLDATE[1], "tests/realworld_tests.py").decode("utf-8"))
    tt = ast.parse(common.git_show(gt, TRAFILATURA[1], "tests/realworld_tests.py").decode("utf-8"))
    mh, mt = mock_pages(th), mock_pages(tt)
    pages = {}  # cache file name -> {"src", "exp"}
    for url, day in sorted(htmldate_dates(th).items()):
        if any(d in url for d in DOUBTED):
            continue
        pages[mh[url]] = {"src": (gh, HTMLDATE[1], "tests/cache/" + mh[url]), "exp": {"url": url, "published": day}}
    dropped = []
    for url, d in sorted(trafilatura_expect(tt).items()):
        if url not in mt:
            continue
        fn = mt[url]
        path = "tests/cache/" + fn
        if fn not in pages:
            blob = common.subprocess.run(["git", "--git-dir=" + gt, "rev-parse", TRAFILATURA[1] + ":" + path],
                                         stdout=common.subprocess.PIPE).stdout.decode().strip()
            if blob in tuned_blobs or (CHECK_URLS and url in tuned_urls):
                if fn not in dropped:
                    dropped.append(fn)
                continue
            pages[fn] = {"src": (gt, TRAFILATURA[1], path), "exp": {"url": url}}
        exp = pages[fn]["exp"]
        for k, v in d.items():
            if k in ("with", "without"):
                lst = exp.setdefault("body", {}).setdefault(k, [])
                lst.extend(x for x in v if x not in lst)
            else:
                exp.setdefault(k, v)
    names = {}
    for fn, p in sorted(pages.items()):
        g, c, path = p["src"]
        name = fn[:-5] if fn.endswith(".html") else fn
        names[name] = True
        exp = dict(p["exp"])
        exp.update(labels.get(name, {}))
        pub = exp.pop("published", "absent")
        common.write_page(out, name, common.git_show(g, c, path), exp)
        if pub != "absent":
            fp = os.path.join(out, name + ".html.expected.json")
            d = common.json.load(open(fp, encoding="utf-8"))
            d["published"] = pub
            with open(fp, "w", encoding="utf-8", newline="\n") as f:
                f.write(common.dumps_expected(d))
    sys.stderr.write("%d pages -> %s; %d trafilatura pages dropped as tuned: %s\n"
                     % (len(names), out, len(dropped), " ".join(sorted(dropped))))


if __name__ == "__main__":
    main()
