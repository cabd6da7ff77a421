package channeltest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// update is the -update flag every platform's tests share: `go test ./bots/... -update`
// rewrites the golden request bodies in each package's testdata/.
var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// Updating reports whether -update was given.
func Updating() bool { return *update }

// Golden compares got with testdata/name byte for byte, or rewrites the file under -update.
func Golden(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file:\n got: %s\nwant: %s", name, got, want)
	}
}

// GoldenJSON is Golden for a JSON body, indented so the files read well in review.
func GoldenJSON(t testing.TB, name string, got []byte) {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Indent(&buf, got, "", "  "); err != nil {
		t.Fatalf("indent %s: %v", name, err)
	}
	buf.WriteByte('\n')
	Golden(t, name, buf.Bytes())
}
