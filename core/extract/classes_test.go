package extract_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"paperboy/core/extract/evaluate"
	"paperboy/core/summarize"
)

// TestClassFixtures scores the pages in testdata/classes, one per failure class seen on pages
// paperboy had never met (see testdata/classes/README.md): a named container readability
// misses, an ISO-8859-1 table layout, dates only in visible Korean, German and Russian text,
// a bare JSON-LD date with the time in the byline, a JSON-LD date in RFC 1123 style against a
// date in the story, notices and captions around Korean stories, and a plain-text page. Every
// field must be right and every summary free of boilerplate.
func TestClassFixtures(t *testing.T) {
	cases, err := evaluate.Load("testdata/classes")
	if err != nil {
		t.Fatal(err)
	}
	res := evaluate.Run(cases, evaluate.Paperboy, nil)
	var report strings.Builder
	evaluate.WriteText(&report, res, true)
	t.Log("\n" + report.String())
	for i, p := range res.Pages {
		for _, f := range []struct {
			name string
			ok   *bool
		}{{"title", p.Title}, {"authors", p.Authors}, {"published", p.Instant}, {"lead image", p.Image}, {"charset", p.Charset}, {"opening", p.Opening}} {
			if f.ok != nil && !*f.ok {
				t.Errorf("%s: %s wrong", p.Name, f.name)
			}
		}
		if p.F1 != nil && *p.F1 < 0.97 {
			t.Errorf("%s: body F1 %.3f < 0.97", p.Name, *p.F1)
		}
		var extra struct {
			MustNot []string `json:"summary_must_not_contain"`
		}
		data, err := os.ReadFile(cases[i].Path + ".expected.json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &extra); err != nil {
			t.Fatal(err)
		}
		summary := summarize.Lead(p.Got.Body, 300)
		for _, bad := range extra.MustNot {
			if strings.Contains(summary, bad) {
				t.Errorf("%s: summary holds %q: %s", p.Name, bad, summary)
			}
		}
		if !endsSentence(summary) {
			t.Errorf("%s: summary does not end a sentence: %q", p.Name, summary)
		}
	}
}
