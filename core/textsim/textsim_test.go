package textsim

import (
	"math"
	"strings"
	"testing"
	"unicode"
)

func TestMeasures(t *testing.T) {
	a, b := Tokens("A b c d"), Tokens("a B")
	if f := F1(a, b); math.Abs(f-2.0/3) > 1e-9 {
		t.Errorf("F1 = %v, want 2/3", f)
	}
	if r := Recall(a, b); r != 1 {
		t.Errorf("Recall = %v, want 1", r)
	}
	if r := Recall(b, a); r != 0.5 {
		t.Errorf("Recall = %v, want 0.5", r)
	}
	if F1(nil, b) != 0 || Recall(a, nil) != 0 {
		t.Error("empty input must give 0")
	}
	if n := len(Tokens("東京は晴れ, 서울은 맑음")); n != 7 {
		t.Errorf("Tokens = %d, want 5 ideographs/kana + 2 Hangul words", n)
	}
	if got := Tokens("Mit\u00adtel\u00adal\u00adter\u2060s Ende"); len(got) != 2 || got[0] != "mittelalters" {
		t.Errorf("soft hyphen and word joiner split a word: %q", got)
	}
}

func TestContainsAny(t *testing.T) {
	hints := []string{"abonn", "subscri"}
	if !ContainsAny("jetzt abonnieren", hints) || !ContainsAny("subscribe now", hints) {
		t.Error("a hint was not found")
	}
	if ContainsAny("the council voted", hints) || ContainsAny("anything", nil) {
		t.Error("found a hint that is not there")
	}
}

// tokensRef is Tokens as it was written first, one rune at a time; the faster Tokens must
// give the same tokens.
func tokensRef(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range s {
		switch {
		case IsInvisible(r):
			continue
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			flush()
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

func TestTokensMatchesReference(t *testing.T) {
	pieces := []string{" ", "a", "B", "z9", "É", "é", "ß", "İ", "\u212a", "Mit", "\u00ad", "\u2060", "\ufeff", "\u0301", "漢",
		"ひ", "カ", "한", "-", ".", "\xe3", "\x80", "\xff", "\ufffd", "٣", "\u200b", "Σ", "ς"}
	seed := uint32(7)
	for range 30000 {
		var b strings.Builder
		seed = seed*1664525 + 1013904223
		for k := int(seed>>27) + 1; k > 0; k-- {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[int(seed>>16)%len(pieces)])
		}
		s := b.String()
		got, want := Tokens(s), tokensRef(s)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Fatalf("Tokens(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestAnyOfMatchesContainsAny compares AnyOf.In with ContainsAny on random strings over the subs'
// own bytes, multibyte and empty subs included.
func TestAnyOfMatchesContainsAny(t *testing.T) {
	lists := [][]string{nil, {""}, {"date", "datum", "dateline", "time", "timestamp", "meta-info"}, {"ⓒ", "©", "(c)", "저작권", "rights"},
		{"a", "©", "ti", "€"}, {"d", "da", "dat", "ⓒ"}}
	pieces := []string{"d", "a", "t", "e", "um", "line", "ti", "me", "stamp", "-", "meta", "info", " ", "ⓒ", "©", "\xc2", "(c", ")", "저작", "권", "rig", "hts", "€", "\xe2", "\x82"}
	seed := uint32(14)
	for _, subs := range lists {
		a := NewAnyOf(subs)
		for range 20000 {
			var b strings.Builder
			seed = seed*1664525 + 1013904223
			for k := int(seed >> 29); k > 0; k-- {
				seed = seed*1664525 + 1013904223
				b.WriteString(pieces[int(seed>>16)%len(pieces)])
			}
			if s := b.String(); a.In(s) != ContainsAny(s, subs) {
				t.Fatalf("AnyOf(%q).In(%q) = %v, ContainsAny %v", subs, s, a.In(s), ContainsAny(s, subs))
			}
		}
	}
}

// TestCountTokensCountsTokens compares CountTokens with len(Tokens) on random strings: invisible
// characters inside and between words, ideographs beside letters, marks, broken bytes.
func TestCountTokensCountsTokens(t *testing.T) {
	pieces := []string{" ", "a", "B", "z9", "É", "é", "ß", "İ", "\u212a", "Mit", "\u00ad", "\u2060", "\ufeff", "\u0301", "漢",
		"ひ", "カ", "한", "-", ".", "\xe3", "\x80", "\xff", "\ufffd", "٣", "\u200b", "Σ", "ς", "\n"}
	seed := uint32(15)
	for range 50000 {
		var b strings.Builder
		seed = seed*1664525 + 1013904223
		for k := int(seed >> 27); k > 0; k-- {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[int(seed>>16)%len(pieces)])
		}
		if s := b.String(); CountTokens(s) != len(Tokens(s)) {
			t.Fatalf("CountTokens(%q) = %d, len(Tokens) %d", s, CountTokens(s), len(Tokens(s)))
		}
	}
}
