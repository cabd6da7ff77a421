package extract

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/net/html"

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
	for range 4000 {
		var b strings.Builder
		for range rng.Intn(60) {
			b.WriteString(speed30Pieces[rng.Intn(len(speed30Pieces))])
		}
		doc, err := html.Parse(strings.NewReader(b.String()))
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
					t.Fatalf("%q <%s>: normTextUpTo(%d) = %q %v, normText %q", b.String(), n.Data, limit, got, ok, want)
				}
			}
			old := dateElementText(n)
			if len(old) > 300 {
				old = ""
			}
			if got := shortDateElementText(n); got != old {
				t.Fatalf("%q <%s>: shortDateElementText = %q, dateElementText within 300 bytes %q", b.String(), n.Data, got, old)
			}
			if got, want := !textRunesOver(n, 199), textRunes(n) < 200; got != want {
				t.Fatalf("%q <%s>: !textRunesOver(199) = %v, textRunes < 200 %v", b.String(), n.Data, got, want)
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
	for range 300000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		want := (strings.ContainsAny(s, "0123456789") || strings.Contains(s, "...") || strings.Contains(s, "…")) && teaserMarkRe.MatchString(s)
		if got := teaserMarked(s); got != want {
			t.Fatalf("teaserMarked(%q) = %v, the expression %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 1000 {
		t.Errorf("only %d texts matched: the pieces test too little", matched)
	}
}

// betterContainerBefore and sameTextBefore are main's, every recall counted apart.
func betterContainerBefore(r, c bodyCandidate, desc []string) bool {
	if c.size < minBody {
		return false
	}
	agreeC, agreeR := 1.0, 1.0
	if len(desc) >= 5 {
		agreeC, agreeR = textsim.Recall(c.tokens, desc), textsim.Recall(r.tokens, desc)
	}
	switch {
	case r.size < minBody:
		return true
	case agreeR < 0.5 && agreeC >= 0.7:
		return true
	case c.size > r.size && textsim.Recall(c.tokens, r.tokens) < 0.3 && agreeC >= agreeR:
		// Readability read something else entirely (comments, a teaser list) while the page
		// names a larger container for its story.
		return true
	case c.size >= minBody && textsim.Recall(c.tokens, r.tokens) < 0.3 && figureTable(r.text) && proseText(c.text):
		// Readability read a table of figures (a weather widget's forecasts for every city,
		// market quotes) that outweighs a story of a few paragraphs: the named container
		// holds sentences, the reading none.
		return true
	case len(desc) >= minDescribed && c.size >= fragment && r.size >= 4*c.size && agreeC >= 0.8 && agreeC >= agreeR+0.3 &&
		textsim.Recall(c.tokens, r.tokens) < 0.3 && textsim.Recall(r.tokens, c.tokens) < 0.8:
		// Readability read a long river of other stories (a blog's front page below the post)
		// that does not hold the story: the named container tells what the page's description
		// says and the reading, many times its size, hardly does.
		return true
	case r.size < fragment && c.size >= 2*r.size && textsim.Recall(c.tokens, r.tokens) >= 0.9 && agreeC >= agreeR:
		// A short reading inside a named container twice its size: readability kept one
		// block of a story split across several. A long reading is left alone: what a
		// container adds to a whole story is galleries and comments.
		return true
	case len(desc) >= minDescribed && r.size >= 4*c.size && agreeC >= 0.8 && textsim.Recall(r.tokens, c.tokens) >= 0.9 &&
		textsim.Recall(c.tokens, r.tokens[:r.size/4]) < 0.3:
		// Readability took a page column that holds the story below a list of other headlines
		// (a news feed, an author's other articles): the named container is a quarter of that
		// reading or less, says what the page's description says, and is not where the reading
		// opens. A story split across blocks opens the reading with its own first lines.
		return true
	case c.size >= fragment && 2*r.size >= 3*c.size && agreeC >= agreeR &&
		textsim.Recall(r.tokens[:min(r.size, c.size+c.size/10)], c.tokens) >= 0.9:
		// Readability took a page column around the named container: the container's story
		// opens the reading whole, and what follows it comes from outside the container (the
		// rails of other stories' teasers beside it, a consent dialog after the page).
		return true
	case c.size < fragment && r.size > c.size && r.size < 4*fragment && agreeC >= agreeR &&
		textsim.Recall(r.tokens, c.tokens) >= 0.9 && !proseBeside(r.text, c.text):
		// A short story the page names whole, read by readability with the column around it:
		// the headline again, the byline and stamp, a font-size picker's sample letters, the
		// list of other headlines under it. Nothing the reading adds is a sentence; a story
		// split across blocks adds its other paragraphs, which are.
		return true
	case c.size >= 2*r.size && textsim.Recall(c.tokens, r.tokens) >= 0.9 && agreeC >= agreeR &&
		textsim.Recall(r.tokens, c.tokens[:c.size/4]) < 0.3:
		// A long reading that starts late in its container: readability kept the story's
		// second half (an inline box split the text) and the container's opening quarter, where
		// a story starts, is missing from it. Galleries and comments come after a story.
		return true
	}
	return false
}
func sameTextBefore(a, b bodyCandidate) bool {
	return a.size >= minBody && b.size >= minBody && textsim.Recall(a.tokens, b.tokens) >= 0.9 && textsim.Recall(b.tokens, a.tokens) >= 0.9
}

// TestSharedRecallsMatchBefore checks betterContainer and sameText, which count a pair's common
// tokens once for both recalls, against main's over random candidates: texts drawn from a few
// words so that they overlap at every degree, at sizes around minBody and fragment, with
// figure lines and sentences, and descriptions of none to a dozen words.
func TestSharedRecallsMatchBefore(t *testing.T) {
	words := []string{"council", "harbour", "tram", "line", "vote", "city", "42", "17.5", "%", "pier", "ferry", "rain", "sun"}
	rng := rand.New(rand.NewSource(32))
	text := func() string {
		var b strings.Builder
		n := []int{0, 5, 39, 40, 41, 60, 179, 180, 200, 400, 800}[rng.Intn(11)] + rng.Intn(20)
		pool := words[:2+rng.Intn(len(words)-2)]
		for i := range n {
			b.WriteString(pool[rng.Intn(len(pool))])
			switch {
			case i%12 == 11:
				b.WriteString(". \n")
			case rng.Intn(9) == 0:
				b.WriteString("\n")
			default:
				b.WriteString(" ")
			}
		}
		return b.String()
	}
	differ, same := 0, 0
	for range 20000 {
		r, c := newCandidate(text()), newCandidate(text())
		if rng.Intn(4) == 0 { // the same story, more or less
			c = newCandidate(r.text + " " + strings.Repeat("sun ", rng.Intn(r.size/8+1)))
		}
		desc := textsim.Tokens(text())[:0]
		if k := rng.Intn(14); k > 0 {
			desc = textsim.Tokens(strings.Repeat(words[rng.Intn(len(words))]+" ", k))
		} else if rng.Intn(2) == 0 {
			desc = textsim.Tokens(text())
		}
		if got, want := betterContainer(r, c, desc), betterContainerBefore(r, c, desc); got != want {
			t.Fatalf("betterContainer = %v, before %v:\nreading %q\ncontainer %q\ndesc %q", got, want, r.text, c.text, desc)
		} else if got {
			differ++
		}
		if got, want := sameText(r, c), sameTextBefore(r, c); got != want {
			t.Fatalf("sameText = %v, before %v:\n%q\n%q", got, want, r.text, c.text)
		} else if got {
			same++
		}
	}
	if differ < 200 || same < 200 {
		t.Errorf("betterContainer held for %d pairs, sameText for %d: the candidates test too little", differ, same)
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
		var b strings.Builder
		for range rng.Intn(10) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
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
		var b strings.Builder
		for range rng.Intn(30) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		doc, err := html.Parse(strings.NewReader(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		p := &page{}
		for n := range doc.Descendants() {
			got, want := p.holdsHeadline(n), holdsHeadline(n)
			if got != want {
				t.Fatalf("%q <%s>: page.holdsHeadline = %v, holdsHeadline %v", b.String(), n.Data, got, want)
			}
			if got {
				held++
			}
			if got, want := p.aboutOtherStory(n), aboutOtherStory(n); got != want {
				t.Fatalf("%q <%s>: page.aboutOtherStory = %v, aboutOtherStory %v", b.String(), n.Data, got, want)
			}
		}
	}
	if held < 1000 {
		t.Errorf("only %d nodes held an <h1>", held)
	}
}
