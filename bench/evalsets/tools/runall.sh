#!/bin/bash
# runall.sh REPO OUT: dumps every evaluation directory with the build of REPO into OUT/<set>.jsonl.
set -e
REPO=$1; OUT=$2; mkdir -p "$OUT"
EVALDATA=${EVALDATA:-/work/evaldata}; HERE=$(cd "$(dirname "$0")" && pwd)
BIN=$(cd "$OUT" && pwd)/dump.bin
"$HERE/build-dump.sh" "$REPO" "$BIN"
if [ -f "$EVALDATA/dirs" ]; then DIRS=$(cat "$EVALDATA/dirs"); else
DIRS=$(for d in "$EVALDATA"/*/ "$REPO"/../shared/testdata/pages/ "$REPO"/core/extract/testdata/classes/; do ls "$d"*.expected.json >/dev/null 2>&1 && echo "${d%/}"; done); fi
printf '%s\n' $DIRS | xargs -P2 -I{} sh -c 'nice "$0" "{}" > "$1/$(basename {}).jsonl" 2>"$1/$(basename {}).err" || echo "FAILED {}"' "$BIN" "$OUT"
ls "$OUT"/*.jsonl | wc -l
