#!/usr/bin/env python3
"""compare.py A B [DELTA]: page-by-page differences of two runall outputs.
Flips of title/authors/instant/image/charset/opening and F1 moves > DELTA (default 0.02; 0 = every move)."""
import json, sys, os, glob
A, B = sys.argv[1], sys.argv[2]
DELTA = float(sys.argv[3]) if len(sys.argv) > 3 else 0.02
FIELDS = ["title", "authors", "instant", "image", "charset", "opening"]
def load(p):
    d = {}
    if os.path.exists(p):
        for l in open(p, encoding="utf-8"):
            r = json.loads(l); d[r["name"]] = r
    return d
tg = tl = 0
for fa in sorted(glob.glob(os.path.join(A, "*.jsonl"))):
    s = os.path.basename(fa)[:-6]
    a, b = load(fa), load(os.path.join(B, s + ".jsonl"))
    g = l = 0; lines = []
    for n in sorted(a):
        if n not in b: continue
        x, y = a[n], b[n]
        for f in FIELDS:
            if x.get(f) is None or y.get(f) is None or x[f] == y[f]: continue
            if y[f]: g += 1; sign = "+"
            else: l += 1; sign = "-"
            gk = {"title": "g_title", "authors": "g_authors", "instant": "g_date", "image": "g_image", "charset": "g_charset"}.get(f)
            if gk: lines.append(f"  {sign}{f} {n}: {x.get(gk)!r} -> {y.get(gk)!r}")
            else: lines.append(f"  {sign}{f} {n}: head {y['g_body_head'][:100]!r}")
        fx, fy = x.get("f1"), y.get("f1")
        if fx is not None and fy is not None and abs(fy - fx) > DELTA:
            if fy > fx: g += 1; sign = "+"
            else: l += 1; sign = "-"
            lines.append(f"  {sign}f1 {n}: {fx:.3f} -> {fy:.3f} len {x['g_body_len']}->{y['g_body_len']}\n      A head {x['g_body_head'][:120]!r}\n      B head {y['g_body_head'][:120]!r}\n      A tail {x['g_body_tail'][-120:]!r}\n      B tail {y['g_body_tail'][-120:]!r}")
        if (x.get("err") or "") != (y.get("err") or ""):
            lines.append(f"  !err {n}: {x.get('err')!r} -> {y.get('err')!r}")
    if g or l or lines:
        print(f"== {s}: +{g} -{l}")
        print("\n".join(lines))
    tg += g; tl += l
print(f"TOTAL +{tg} -{tl}")
