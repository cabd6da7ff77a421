package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract/evaluate"
	"paperboy/core/fetch"
	"paperboy/core/testcorpus"
)

// fixture is one page of the shared corpus, decoded the way production decodes a download.
type fixture struct {
	name string
	html []byte // UTF-8
	want evaluate.Expected
}

// loadCases reads the shared real-page corpus; PAPERBOY_PAGES points elsewhere (e.g. a hidden set).
func loadCases(t testing.TB) []evaluate.Case {
	t.Helper()
	cases, err := evaluate.Load(testcorpus.Pages(t))
	if err != nil {
		t.Skipf("no page fixtures: %v (set PAPERBOY_PAGES)", err)
	}
	return cases
}

func loadFixtures(t testing.TB) []fixture {
	t.Helper()
	var out []fixture
	for _, c := range loadCases(t) {
		page, _ := fetch.Decode(c.Raw, evaluate.ContentType(c))
		out = append(out, fixture{name: strings.TrimSuffix(c.Name, ".html"), html: page, want: c.Want})
	}
	return out
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// endsSentence reports whether a summary ends on sentence punctuation (closing quotes allowed) or "…".
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]」』》")
	for _, end := range []string{".", "!", "?", "。", "！", "？", "…"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}
