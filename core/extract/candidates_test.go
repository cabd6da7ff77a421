package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"paperboy/core/textsim"
)

func words(prefix string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(prefix)
		b.WriteString(strings.Repeat("x", i%7+1))
		b.WriteByte(' ')
	}
	return b.String()
}

func TestBetterContainer(t *testing.T) {
	story := words("story", 400)
	desc := textsim.Tokens(words("story", 12))
	tests := []struct {
		name string
		r, c string
		want bool
	}{
		{"readability collapsed", "Share this", story, true},
		{"readability took one block of a split story", words("story", 120), story, true},
		{"readability took something else entirely", words("comment", 300), story, true},
		{"readability read the whole story; the container adds a gallery", story, story + words("gallery", 2000), false},
		{"readability kept a long second half; the container opens with the first", words("half", 300), words("opening", 400) + words("half", 300), true},
		{"readability read the story; the container adds a long list after it", words("story", 300), words("story", 300) + words("list", 400), false},
		{"container too small", story, "Read more", false},
		{"readability took a column with a headline list above the story", words("feed", 600) + words("story", 100), words("story", 100), true},
		{"readability read a story whose container holds its opening only", words("story", 100) + words("more", 500), words("story", 100), false},
	}
	for _, tt := range tests {
		if got := betterContainer(newCandidate(tt.r), newCandidate(tt.c), desc); got != tt.want {
			t.Errorf("%s: betterContainer = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestAgainstReference(t *testing.T) {
	story := words("story", 300)
	j := newCandidate(story)
	if got := againstReference(newCandidate(story+"Advertisement"), newCandidate(""), j); !strings.HasPrefix(got, "story") {
		t.Error("readability agreeing with articleBody must be kept")
	}
	if got := againstReference(newCandidate(words("menu", 300)), newCandidate(""), j); got != j.text {
		t.Error("a reading that disagrees with articleBody must give way to it")
	}
	if !truncated(newCandidate(words("story", 60)), newCandidate(story)) {
		t.Error("an articleBody that is the opening of the reading is a teaser")
	}
}

func TestAnchoredBlock(t *testing.T) {
	page := `<html><body><div class="login"><p>Log in to your account. Username. Password. Register.</p></div>
<div class="wrap"><div class="story"><p>The city council approved the budget on Wednesday after a long debate.</p>
<p>` + words("more", 80) + `</p></div><ul class="links"><li><a href="/a">Other story</a></li></ul></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	n := anchoredBlock(doc, textsim.Tokens("The city council approved the budget on Wednesday"))
	if n == nil || !strings.Contains(attr(n, "class"), "story") && !strings.Contains(attr(n, "class"), "wrap") {
		t.Fatalf("anchoredBlock = %v", n)
	}
	if strings.Contains(textOf(n), "Log in") {
		t.Error("the anchored block must not reach the login form")
	}
}

func TestLDTextEscapedHTML(t *testing.T) {
	got := ldText(`&lt;p class=&quot;texto&quot;&gt;&lt;b&gt;TEGUCIGALPA.-&lt;/b&gt; Tras la extradición del expresidente.&lt;/p&gt;&lt;p&gt;Segundo párrafo.&lt;/p&gt;`)
	if want := "TEGUCIGALPA.- Tras la extradición del expresidente.\n\nSegundo párrafo."; got != want {
		t.Errorf("ldText = %q, want %q", got, want)
	}
	if got := ldText("Plain text: 3 &lt; 4 and nothing else."); got != "Plain text: 3 < 4 and nothing else." {
		t.Errorf("plain ldText = %q", got)
	}
	// An articleBody written as lines keeps them even when it holds some markup.
	if got := ldText("First paragraph.\n\nSecond with a <a href=\"/x\">link</a>."); got != "First paragraph.\n\nSecond with a link." {
		t.Errorf("lined ldText = %q", got)
	}
}

// A description that is the site's tagline matches the footer, not the story: a footer many
// times smaller than readability's long reading must not replace it.
func TestGenericDescriptionKeepsLongReading(t *testing.T) {
	var story strings.Builder
	for i := 0; i < 12; i++ {
		story.WriteString("<p>Morgen Abend ist die Nacht der segensreichen Geburt unseres Propheten, und die Gemeinden laden zu Lesungen, Gebeten und einem gemeinsamen Essen in ihre Moscheen ein.</p>")
	}
	page := `<html><body><div class="content"><h1>Die Nacht der Geburt</h1>` + story.String() + `</div>
<div class="row footer"><p>Example Union der Anstalt für Religion e.V.</p><p>Venloer Straße 160, 50823 Köln</p>
<p>Zentrale +49 221 / 50 80 00, +49 221 / 50 800 100, info@example.de, Bestattungsinstitut +49 221 / 86 99 797,
+49 221 / 86 99 791, Reisen +49 221 / 29 23 560, +49 221 / 29 23 569 9</p></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	preclean(doc)
	got := chooseBody(doc, nil, "", "", "Example Union der Anstalt für Religion e.V.")
	if !strings.Contains(got, "segensreichen Geburt") || strings.Contains(got, "Venloer") {
		t.Errorf("chooseBody took the footer:\n%s", got)
	}
}
