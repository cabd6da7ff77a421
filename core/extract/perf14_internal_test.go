package extract

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"paperboy/core/internal/randtext"
	"paperboy/core/textsim"
)

// perf14Pieces build the random text and markup of the tests below: white space of every kind,
// UTF-8 split across elements, broken bytes, links and blocks.
var perf14Pieces = []string{"a", "word", "2019", " ", "  ", "\t", "\n", "\v", "\u00a0", "\u0085", "\u3000", "é", "中",
	"\xff", "\xe3\x80", "\x80", "<p>", "</p>", "<div>", "</div>", `<a href="/x">`, "</a>", "<b>", "</b>", "<br>",
	"<script>x = 1</script>", "<li>", "<span>", "</span>"}

func perf14Random(rng *rand.Rand, n int) string {
	return randtext.Join(rng, n, perf14Pieces)
}

func TestNormRunesCountsNormSpace(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	for range 20000 {
		s := perf14Random(rng, 16)
		if got, want := normRunes(s), utf8.RuneCountInString(normSpace(s)); got != want {
			t.Fatalf("normRunes(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestNonSpaceRunesOverStopsAboveLimit(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	for range 20000 {
		s, limit := perf14Random(rng, 16), rng.Intn(12)
		got, all := nonSpaceRunesOver(s, limit), nonSpaceRunes(s)
		if all <= limit && got != all || all > limit && got <= limit {
			t.Fatalf("nonSpaceRunesOver(%q, %d) = %d, nonSpaceRunes %d", s, limit, got, all)
		}
	}
}

func TestTextAndLinkRunesCountsTextAndLinks(t *testing.T) {
	rng := rand.New(rand.NewSource(14))
	for range 3000 {
		src := perf14Random(rng, 40)
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			text, links := textAndLinks(n)
			if runes, l := textAndLinkRunes(n); runes != utf8.RuneCountInString(text) || l != links {
				t.Fatalf("%q <%s>: textAndLinkRunes = %d, %d; textAndLinks %d, %d", src, n.Data, runes, l, utf8.RuneCountInString(text), links)
			}
		}
	}
}

// lowerPlainText is isPlainText's test without a header as it was: the head lowered, then searched.
func lowerPlainText(page []byte) bool {
	head := bytes.ToLower(page[:min(len(page), 64<<10)])
	for _, tag := range htmlMarkers {
		if bytes.Contains(head, tag) {
			return false
		}
	}
	return true
}

func TestPlainTextSniffMatchesLowering(t *testing.T) {
	pages := []string{"", "plain text", "<HTML><body>", "text <P>para", "<p", "<P ", "x<bR>", "a <tİtle>", "<ſcript>",
		"<\u212aarticle", "<DIV", "\xff<hEaD", "< html", "<!DocType html>", "mail <me@example.org>"}
	rng := rand.New(rand.NewSource(14))
	for range 5000 {
		pages = append(pages, perf14Random(rng, 8))
	}
	for _, p := range pages {
		if got, want := isPlainText("", []byte(p)), lowerPlainText([]byte(p)); got != want {
			t.Errorf("isPlainText(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestTextRunesCountsTextOf compares textRunes with normRunes(textOf(n)) on random markup: digits
// and years meeting across elements, line breaks and blocks, scripts, broken UTF-8.
func TestTextRunesCountsTextOf(t *testing.T) {
	pieces := append([]string{"18", "2009", "12345", "Feb", "durch", "年", "</span><span>", "<br>", "<h2>", "</h2>", "\ufffd"}, perf14Pieces...)
	rng := rand.New(rand.NewSource(14))
	for range 3000 {
		in := randtext.Join(rng, 40, pieces)
		doc, err := html.Parse(strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			if got, want := textRunes(n), normRunes(textOf(n)); got != want {
				t.Fatalf("%q <%s>: textRunes = %d, want %d (%q)", in, n.Data, got, want, textOf(n))
			}
		}
	}
}

// TestNoticeWordBeforeExpression checks that every paragraph expiredNoticeRe matches holds one
// of the words noticeWord looks for.
func TestNoticeWordBeforeExpression(t *testing.T) {
	pieces := []string{"This ", "THE ", "article ", "ARTICLE ", "ſtory ", "Story ", "news story ", "you requested ", "has expired",
		"is no longer available", "has been removed", "新聞", "記事", "ニュース", "は", "已過期", "掲載期間が終了", "x ", "ſ", "\u212a"}
	rng := rand.New(rand.NewSource(14))
	for range trials(20000) {
		if p := randtext.Join(rng, 8, pieces); expiredNoticeRe.MatchString(p) && !noticeWord(p) {
			t.Fatalf("%q: the expression matches, noticeWord says no", p)
		}
	}
}

// TestLowerSameLengthIsMap compares lowerSameLength with the strings.Map it stands for, a byte
// of invalid UTF-8 kept as it is (fuzz17: strings.Map writes U+FFFD, three bytes).
func TestLowerSameLengthIsMap(t *testing.T) {
	pieces := []string{"a", "B", "Published", "ÜBER", "İ", "\u212a", "ſ", "Σ", "中", "\xff", "\xe3\x80", " ", "\ufffd", "Ω"}
	rng := rand.New(rand.NewSource(14))
	for range 20000 {
		s := randtext.Join(rng, 10, pieces)
		var w strings.Builder
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				w.WriteByte(s[i])
			} else {
				w.WriteString(strings.Map(func(r rune) rune {
					if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
						return l
					}
					return r
				}, s[i:i+size]))
			}
			i += size
		}
		want := w.String()
		if got := lowerSameLength(s); got != want || len(got) != len(s) {
			t.Fatalf("lowerSameLength(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMayHoldClockBeforeExpression checks that every text clockRe matches passes mayHoldClock.
func TestMayHoldClockBeforeExpression(t *testing.T) {
	pieces := []string{"7", "12", ":", "00", "5", " ", "\t", "\v", "AM", "pm", "Pm", "a", "M", "x", "\u00a0", "Dec 1, 2016 "}
	rng := rand.New(rand.NewSource(14))
	for range 50000 {
		if s := randtext.Join(rng, 10, pieces); clockRe.MatchString(s) && !mayHoldClock(s) {
			t.Fatalf("%q: clockRe matches, mayHoldClock says no", s)
		}
	}
}

// TestCommentWordBeforeExpression checks that every line commentsOnRe matches holds "comment" in
// some ASCII case, the test commentsOnTitle makes first.
func TestCommentWordBeforeExpression(t *testing.T) {
	pieces := []string{"No ", "3", " Comments", " comment", " COMMENTS", " on ", " off", "one", "x", "ſ", "\u212a"}
	rng := rand.New(rand.NewSource(14))
	for range 20000 {
		if p := randtext.Join(rng, 8, pieces); commentsOnRe.MatchString(p) && !textsim.ContainsFoldASCII(p, "comment") {
			t.Fatalf("%q: commentsOnRe matches without the word", p)
		}
	}
}
