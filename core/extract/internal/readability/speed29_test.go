package readability

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"paperboy/core/internal/randtext"
)

// styleVisibleBefore is isProbablyVisible's style test as it was: the style lowered into a copy
// before the expressions' last words are looked for.
func styleVisibleBefore(nodeStyle string) bool {
	lowStyle := strings.ToLower(nodeStyle)
	return (nodeStyle == "" || !strings.Contains(lowStyle, "none") || !rxDisplayNone.MatchString(nodeStyle)) &&
		(nodeStyle == "" || !strings.Contains(lowStyle, "hidden") || !rxVisibilityHidden.MatchString(nodeStyle))
}

func TestSpeed29StyleVisibleMatchesBefore(t *testing.T) {
	pieces := []string{"display", "DISPLAY", "visibility", "Visibility", ":", " ", "\t", "none", "NONE", "NoNe", "hidden", "HIDDEN",
		"H\u0130DDEN", "h\u0131dden", "\u212a", "ſ", "n", "o", "e", "h", "i", "d", ";", "block", "\xff", "é"}
	rng := rand.New(rand.NewSource(29))
	for range 200000 {
		style := randtext.Join(rng, 10, pieces)
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "style", Val: style}}}
		if got, want := (&Parser{}).isProbablyVisible(n), styleVisibleBefore(style); got != want {
			t.Fatalf("isProbablyVisible(style %q) = %v, before %v", style, got, want)
		}
	}
}

func TestSpeed29NodeTextOfOneText(t *testing.T) {
	text := &html.Node{Type: html.TextNode, Data: " a b "}
	p := &html.Node{Type: html.ElementNode, Data: "p"}
	p.AppendChild(text)
	if got := nodeText(text); got != " a b " {
		t.Errorf("nodeText(text) = %q", got)
	}
	if got := nodeText(p); got != " a b " {
		t.Errorf("nodeText(<p>) = %q", got)
	}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: "c"})
	if got := nodeText(p); got != " a b c" {
		t.Errorf("nodeText(<p> of two texts) = %q", got)
	}
}
