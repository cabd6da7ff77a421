package extract

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/net/html"
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
