#!/usr/bin/env python3
"""delta.py A B: per-set rate changes between two runall outputs."""
import json, sys, os, glob
F = ["title", "authors", "instant", "day", "image", "charset", "opening"]
def rates(p):
    rs = [json.loads(l) for l in open(p, encoding="utf-8")]
    o = {}
    for f in F:
        v = [r[f] for r in rs if r.get(f) is not None]
        if v: o[f] = 100 * sum(v) / len(v)
    f1 = [r["f1"] for r in rs if r.get("f1") is not None]
    if f1: o["f1"] = sum(f1) / len(f1); o["<0.5"] = sum(1 for x in f1 if x < 0.5)
    return o
for pa in sorted(glob.glob(os.path.join(sys.argv[1], "*.jsonl"))):
    s = os.path.basename(pa); pb = os.path.join(sys.argv[2], s)
    if not os.path.exists(pb): continue
    a, b = rates(pa), rates(pb)
    ch = [f"{k} {a[k]:.3f}->{b[k]:.3f}" if k == "f1" else f"{k} {a[k]:.1f}->{b[k]:.1f}" for k in a if k in b and abs(a[k] - b[k]) > 1e-9]
    if ch: print(s[:-6] + ": " + ", ".join(ch))
