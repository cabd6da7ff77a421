package extract_test

import (
	"slices"
	"testing"

	"paperboy/core/extract"
)

// TestLateAuthors16: a newspaper's name after a comma in a byline ("By Jane Roe, Example
// Valley Sentinel") is the outlet the writer works for, no second author.
func TestLateAuthors16(t *testing.T) {
	tests := []struct {
		name, html string
		want       []string
	}{
		{"a three-word newspaper after the writer's name",
			`<html lang="en"><head><title>Hikers rescued from the ridge</title>
<meta name="sailthru.author" content="By Jane Roe, Maple Creek Sentinel"></head><body>
<h1>Hikers rescued from the ridge</h1>` + undated + `</body></html>`,
			[]string{"Jane Roe"}},
		{"a two-word newspaper whose noun is no surname",
			`<html lang="en"><head><title>Hikers rescued from the ridge</title></head><body>
<h1>Hikers rescued from the ridge</h1><p class="byline">By Jane Roe and John Doe, Rivertown Gazette</p>` + undated + `</body></html>`,
			[]string{"Jane Roe", "John Doe"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.Extract("https://www.example.com/news/hikers-rescued-ridge", []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(r.Authors, tt.want) {
				t.Errorf("Authors = %q, want %q", r.Authors, tt.want)
			}
		})
	}
}
