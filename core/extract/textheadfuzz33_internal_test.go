package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestNormTextHead33 (fuzz33): normTextHead is normText when that fits the limit, else an
// opening of it at least as long as the limit (a space aside), cut inside one long text node too.
func TestNormTextHead33(t *testing.T) {
	for _, page := range []string{
		`<div>Photography   by <b>Jane</b> Roe ` + strings.Repeat("word  ", 200) + `<p>Ünïcode ` + strings.Repeat("é", 300) + `</p></div>`,
		`<div>` + strings.Repeat("<span>12</span><span>34</span> x ", 60) + `</div>`,
		`<div>   ` + strings.Repeat("日本語のテキスト", 80) + `</div>`,
	} {
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		div := findElement(doc, func(n *html.Node) bool { return n.Data == "div" })
		whole := normText(div)
		for limit := 1; limit < len(whole)+20; limit += 7 {
			h := normTextHead(div, limit)
			switch {
			case len(whole) <= limit && h != whole:
				t.Fatalf("limit %d: %q, want %q", limit, h, whole)
			case !strings.HasPrefix(whole, strings.TrimRight(h, " ")):
				t.Fatalf("limit %d: %q opens no %q", limit, h, whole)
			case len(whole) > limit && len(strings.TrimRight(h, " ")) < limit-1:
				t.Fatalf("limit %d: %q is short", limit, h)
			}
		}
	}
}
