#!/usr/bin/env python3
"""summary.py RUN: per-set rates of a runall output."""
import json, sys, os, glob
F = ["title", "authors", "instant", "day", "image", "charset", "opening"]
print("set n " + " ".join(F) + " f1 (<0.5)")
for p in sorted(glob.glob(os.path.join(sys.argv[1], "*.jsonl"))):
    rs = [json.loads(l) for l in open(p, encoding="utf-8")]
    cols = []
    for f in F:
        v = [r[f] for r in rs if r.get(f) is not None]
        cols.append(f"{100*sum(v)/len(v):.1f}%({sum(v)}/{len(v)})" if v else "-")
    f1 = [r["f1"] for r in rs if r.get("f1") is not None]
    cols.append(f"{sum(f1)/len(f1):.3f}({sum(1 for x in f1 if x < 0.5)})" if f1 else "-")
    print(os.path.basename(p)[:-6], len(rs), " ".join(cols))
