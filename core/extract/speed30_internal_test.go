package extract

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"paperboy/core/internal/randtext"
	"paperboy/core/textsim"
)

// speed30Pieces add to perf14Pieces dates, clocks, "GMT" wire stamps (which wireStamp rewrites)
// and date scripts, so that texts fall on both sides of the bounds below.
var speed30Pieces = append([]string{"18", "2009", "Feb", "May 21, 2010 ", "-- Updated 0453 GMT (1253 HKT)", "12:30", "UTC",
	"<span class=date>", "<script>wnRenderDate('Thursday, November 25, 2010 1:15 AM EST');</script>",
	strings.Repeat("The council approved the tram line. ", 3), "\ufffd"}, perf14Pieces...)

// TestNormTextUpToMatchesNormText checks normTextUpTo against normText, and
// shortDateElementText against dateElementText with main's bound of 300 bytes, on every node of
// random pages (broken UTF-8, white space of every kind, scripts writing dates), at limits
// around the texts' lengths.
func TestNormTextUpToMatchesNormText(t *testing.T) {
	rng := rand.New(rand.NewSource(30))
	for range trials(4000) {
		in := randtext.Join(rng, 60, speed30Pieces)
		doc, err := html.Parse(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			want := normText(n)
			for _, limit := range []int{1, 10, len(want) - 1, len(want), len(want) + 1, 300, rng.Intn(400) + 1} {
				if limit <= 0 {
					continue
				}
				got, ok := normTextUpTo(n, limit)
				if fits := len(want) <= limit; ok != fits || fits && got != want || !fits && got != "" {
					t.Fatalf("%q <%s>: normTextUpTo(%d) = %q %v, normText %q", in, n.Data, limit, got, ok, want)
				}
			}
			old := dateElementText(n)
			if len(old) > 300 {
				old = ""
			}
			if got := shortDateElementText(n); got != old {
				t.Fatalf("%q <%s>: shortDateElementText = %q, dateElementText within 300 bytes %q", in, n.Data, got, old)
			}
			if got, want := !textRunesOver(n, 199), textRunes(n) < 200; got != want {
				t.Fatalf("%q <%s>: !textRunesOver(199) = %v, textRunes < 200 %v", in, n.Data, got, want)
			}
		}
	}
}

// TestTeaserMarkedMatchesExpression checks teaserMarked (the literal alternatives, then
// digitMarked before the expression) against the expression alone, as main asked it, over
// random texts of digits, separators, age units in any case (the Kelvin sign and the long s
// among them), "年"/"月" and broken bytes.
func TestTeaserMarkedMatchesExpression(t *testing.T) {
	pieces := []string{"1", "2", "12", "31", "05", "2019", ":", "/", ".", "-", "%", " ", "年", "月", "..", ".", "…", "x", "a",
		" ago", " AGO", "minutes", "Mins", "hour", "HRS", "days", "wee\u212as", "day\u017f", "Week", " ", "\xff", "\xe5", "é", "_"}
	rng := rand.New(rand.NewSource(31))
	matched := 0
	for range trials(300000) {
		s := randtext.Join(rng, 12, pieces)
		want := (strings.ContainsAny(s, "0123456789") || strings.Contains(s, "...") || strings.Contains(s, "…")) && teaserMarkRe.MatchString(s)
		if got := teaserMarked(s); got != want {
			t.Fatalf("teaserMarked(%q) = %v, the expression %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < trials(1000) {
		t.Errorf("only %d texts matched: the pieces test too little", matched)
	}
}

// TestSameTextIsMutualRecall checks sameText, which counts a pair's common tokens once for both
// recalls (textsim.RecallOf, whose equality with textsim.Recall either way round textsim's
// TestRecallOfOneOverlap checks, as betterContainer relies on too), against what its doc says:
// two readings of minBody tokens or more, each holding nine tenths of the other's words. The
// texts are drawn from a few words so that they overlap at every degree, at sizes around minBody.
func TestSameTextIsMutualRecall(t *testing.T) {
	words := []string{"council", "harbour", "tram", "line", "vote", "city", "42", "pier", "ferry", "rain", "sun"}
	rng := rand.New(rand.NewSource(32))
	text := func() string {
		var b strings.Builder
		n := []int{0, 5, 39, 40, 41, 60, 200}[rng.Intn(7)] + rng.Intn(20)
		pool := words[:2+rng.Intn(len(words)-2)]
		for range n {
			b.WriteString(pool[rng.Intn(len(pool))] + " ")
		}
		return b.String()
	}
	same := 0
	for range trials(20000) {
		a, b := newCandidate(text()), newCandidate(text())
		if rng.Intn(4) == 0 { // the same story, more or less
			b = newCandidate(a.text + strings.Repeat("sun ", rng.Intn(a.size/8+1)))
		}
		want := a.size >= minBody && b.size >= minBody && textsim.Recall(a.tokens, b.tokens) >= 0.9 && textsim.Recall(b.tokens, a.tokens) >= 0.9
		if got := sameText(a, b); got != want {
			t.Fatalf("sameText = %v, want %v:\n%q\n%q", got, want, a.text, b.text)
		}
		if want {
			same++
		}
	}
	if same < trials(200) {
		t.Errorf("sameText held for %d pairs only: the candidates test too little", same)
	}
}

// TestNormSpaceTrimsMatchBefore checks normSpace, which returns a text normal but for its ends
// trimmed, against what its doc says it is (strings.Join of strings.Fields) over random texts of white space of every kind at both ends and
// inside, and of broken UTF-8 beside them.
func TestNormSpaceTrimsMatchBefore(t *testing.T) {
	pieces := []string{"a", "word", "中", "é", " ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\u00a0", "\u0085", "\u2028", "\u3000", "\u2000",
		"\xff", "\xe2", "\xe2\x80", "\x80", "\xc2", "\xf0", "\u200b", "\ufeff"}
	rng := rand.New(rand.NewSource(33))
	trimmed := 0
	for range 300000 {
		s := randtext.Join(rng, 10, pieces)
		got, want := normSpace(s), strings.Join(strings.Fields(s), " ")
		if got != want {
			t.Fatalf("normSpace(%q) = %q, want %q", s, got, want)
		}
		if !spaceNormal(s) && len(got) > 0 && strings.Contains(s, got) {
			trimmed++
		}
	}
	if trimmed < 1000 {
		t.Errorf("only %d texts were normal but for their ends", trimmed)
	}
}

// TestScanHeadlineHoldersMatchSearch checks page.holdsHeadline (every ancestor of the tree's
// <h1>s marked once) and page.aboutOtherStory against holdsHeadline's and aboutOtherStory's
// searches, on every node of random pages of sidebar layouts, with <h1>s in templates, scripts,
// noscripts and the head, where findElement does not reach them.
func TestScanHeadlineHoldersMatchSearch(t *testing.T) {
	pieces := []string{`<div class="sidebar-right">`, `<div class="page with-sidebar">`, `<div class="content-sidebar-wrap">`, `<aside class="related">`,
		`<div class="sidebar">`, `<div>`, `</div>`, `</aside>`, `<h1>Headline here</h1>`, `<h1>`, `</h1>`, `<template><h1>T</h1></template>`,
		`<noscript><h1>N</h1></noscript>`, `<script>"<h1>S</h1>"</script>`, `<head><h1>H</h1></head>`, `<span class="date">5 March 2024</span>`,
		`<p class="byline">By Jane Roe</p>`, `<a href="/x">x</a>`, "text "}
	rng := rand.New(rand.NewSource(34))
	held := 0
	for range 3000 {
		in := randtext.Join(rng, 30, pieces)
		doc, err := html.Parse(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		p := &page{}
		for n := range doc.Descendants() {
			got, want := p.holdsHeadline(n), holdsHeadline(n)
			if got != want {
				t.Fatalf("%q <%s>: page.holdsHeadline = %v, holdsHeadline %v", in, n.Data, got, want)
			}
			if got {
				held++
			}
			if got, want := p.aboutOtherStory(n), aboutOtherStory(n); got != want {
				t.Fatalf("%q <%s>: page.aboutOtherStory = %v, aboutOtherStory %v", in, n.Data, got, want)
			}
		}
	}
	if held < 1000 {
		t.Errorf("only %d nodes held an <h1>", held)
	}
}
