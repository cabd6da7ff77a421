package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestScriptDateEveryKey keeps every date key reachable: scriptDate skips a script that holds
// neither "ublish" nor "pubDate", so a key added without either would never be found.
func TestScriptDateEveryKey(t *testing.T) {
	for _, k := range scriptDateKeys {
		script := `window.__state = {"id": 7, "` + k + `": "2019-03-02T06:22:28+01:00", "x": 1};`
		if got := scriptDate(script); got != "2019-03-02T06:22:28+01:00" {
			t.Errorf("key %s: scriptDate = %q", k, got)
		}
	}
	if got := scriptDate(`var a = {"modified": "2019-03-02"};`); got != "" {
		t.Errorf("no key: scriptDate = %q, want none", got)
	}
}

// TestLabelledBylineColon reads the label cut at its colon in the element's first text, ASCII
// or full-width, which labelledByline looks for in the first 40 bytes only; a colon further
// in is no label's.
func TestLabelledBylineColon(t *testing.T) {
	for src, want := range map[string]string{
		`<p>Von: Anna Schmidt</p>`:                                   "Anna Schmidt",
		`<p>Text： Li Ming</p>`:                                       "Li Ming",
		`<p>` + strings.Repeat("word ", 9) + `von: Anna Schmidt</p>`: "",
	} {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		var p *html.Node
		var find func(*html.Node)
		find = func(n *html.Node) {
			if n.Type == html.ElementNode && n.Data == "p" && p == nil {
				p = n
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				find(c)
			}
		}
		find(doc)
		if got := labelledByline(p); got != want {
			t.Errorf("%s: labelledByline = %q, want %q", src, got, want)
		}
	}
}
