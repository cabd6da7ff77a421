package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// A picture box with its caption and credit is furniture; a teaser card whose linked headline
// repeats its image's alt is not a caption box (dropping such cards changed which container
// the story was read from).
func TestAltCaptionBox(t *testing.T) {
	tests := []struct {
		name, html string
		want       bool
	}{
		{"caption and credit", `<div class="fot"><a href="/1.jpg"><img src="/1s.jpg" alt="Ksiądz zeznawał w czasie jednego z przesłuchań"></a><div class="author">źródło: Rzeczpospolita</div><div class="descr">Ksiądz zeznawał w czasie jednego z przesłuchań</div></div>`, true},
		{"teaser card", `<div class="listing-item"><a href="/features/prog"><img src="/p.jpg" alt="The 100 Greatest Prog Anthems Of All Time"></a><div class="meta">Feature / 47 minutes ago</div><div class="title"><a href="/features/prog">The 100 Greatest Prog Anthems Of All Time</a></div></div>`, false},
		{"paragraph under the image", `<div class="media"><img src="/p.jpg" alt="The council voted on the budget late on Tuesday night"><p>The council voted on the budget late on Tuesday night</p></div>`, false},
	}
	for _, tc := range tests {
		doc, err := html.Parse(strings.NewReader("<html><body>" + tc.html + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		box := doc.FirstChild.LastChild.FirstChild // html > body > div
		if got := altCaptionBox(box); got != tc.want {
			t.Errorf("%s: altCaptionBox = %v, want %v", tc.name, got, tc.want)
		}
	}
}
