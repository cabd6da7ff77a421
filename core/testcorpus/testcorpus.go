// Package testcorpus finds the shared fixture corpus (real feeds and article pages with
// expected values) for tests, wherever the repository was cloned.
package testcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the corpus directory holding feeds/ and pages/: $PAPERBOY_TESTDATA, else
// shared/testdata beside the repository or any folder above the test's working directory,
// else /work/shared/testdata. When none exists the test is skipped, or fails when
// PAPERBOY_REQUIRE_TESTDATA=1 (CI sets it, so a missing corpus cannot pass silently).
func Dir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("PAPERBOY_TESTDATA"); d != "" {
		return check(t, d)
	}
	if wd, err := os.Getwd(); err == nil {
		for dir := wd; ; dir = filepath.Dir(dir) {
			cand := filepath.Join(dir, "shared", "testdata")
			if isCorpus(cand) {
				return cand
			}
			if filepath.Dir(dir) == dir {
				break
			}
		}
	}
	return check(t, "/work/shared/testdata")
}

// Pages is Dir's pages/ folder, or $PAPERBOY_PAGES (another page set, e.g. a hidden one).
func Pages(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("PAPERBOY_PAGES"); d != "" {
		return d
	}
	return filepath.Join(Dir(t), "pages")
}

func isCorpus(dir string) bool {
	st, err := os.Stat(filepath.Join(dir, "feeds"))
	return err == nil && st.IsDir()
}

func check(t testing.TB, dir string) string {
	t.Helper()
	if isCorpus(dir) {
		return dir
	}
	if os.Getenv("PAPERBOY_REQUIRE_TESTDATA") == "1" {
		t.Fatalf("fixture corpus not found at %s (set PAPERBOY_TESTDATA)", dir)
	}
	t.Skipf("fixture corpus not found at %s; set PAPERBOY_TESTDATA to its directory", dir)
	return ""
}
