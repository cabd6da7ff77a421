#!/bin/sh
# build-dump.sh REPO BIN: builds the dump program against the paperboy checkout REPO.
set -e
REPO=$(cd "$1" && pwd); BIN=$2
T=$(mktemp -d)
cp "$(dirname "$0")/dump/main.go" "$T/"
cat > "$T/go.mod" <<EOM
module evaldump

go 1.26.0

require paperboy v0.0.0

replace paperboy => $REPO
EOM
cp "$REPO/go.sum" "$T/go.sum"
cd "$T" && GOFLAGS=-mod=mod go mod tidy >/dev/null 2>&1 && go build -o "$BIN" . 
rm -rf "$T"
