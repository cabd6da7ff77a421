package pubdate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzMinusThai30 checks the thirtieth round's readings in pubdate (issue 20, branch fuzz30 over
// date30): asciiMinus keeps the text's length, so Find's offsets stand in the text, and writes
// only a minus sign or an en dash before a digit as "  -"; valid text stays valid. hasBENumeric
// answers as asking beNumericAt at every "25" does, where a text holds fewer than maxBEScan of
// them. Find and Parse read any text without a panic, and Find's span lies inside it.
func FuzzMinusThai30(f *testing.F) {
	for _, s := range []string{"14:22 (GMT−03:00)", "UTC–3", "GMT–03:00", "−5", "– 14:22", "5 March 2024 – 14:22", "\u2212", "\u2212\u22121",
		"5 มี.ค. 67 เวลา 14:22 น.", "05/03/2567 14:22", "5.3.2567", "25/25/2525", "2567", "/2567", "5 มีนาคม 45 คน", "วันที่ 12 มกราคม 2566 เวลา 10:30 น.",
		"5 Mart 2024 Salı 14:22", "2024. március 5., kedd 14:22", "2024-03-05T14:22:00−03:00", "\xe2\x88", "\xe2\x881", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		out := asciiMinus(s)
		if len(out) != len(s) {
			t.Fatalf("asciiMinus(%q) = %q: length %d, want %d", s, out, len(out), len(s))
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("asciiMinus(%q) = %q: invalid text", s, out)
		}
		for i := 0; i < len(s); i++ {
			if out[i] == s[i] {
				continue
			}
			// A changed byte lies in a minus sign or an en dash written "  -" before a digit.
			ok := false
			for j := max(i-2, 0); j <= i && !ok; j++ {
				ok = j+4 <= len(s) && (s[j:j+3] == minusSign || s[j:j+3] == enDash) && out[j:j+3] == "  -" && isDigit(s[j+3])
			}
			if !ok {
				t.Fatalf("asciiMinus(%q) = %q: byte %d is %q", s, out, i, out[i])
			}
		}
		if strings.Count(s, "25") < maxBEScan {
			want := false
			for i := 0; i+1 < len(s); i++ {
				if beNumericAt(s, i) {
					want = true
					break
				}
			}
			if got := hasBENumeric(s); got != want {
				t.Fatalf("hasBENumeric(%q) = %v, every position %v", s, got, want)
			}
		}
		for _, v := range []string{s, "5 มี.ค. " + s, s + "/2567 เวลา 14:22", "14:22 (GMT" + s + ")", "5 Mart 2024 " + s + " 14:22"} {
			if _, start, end, ok := Find(v, Context{}); ok && (start < 0 || start > end || end > len(v)) {
				t.Fatalf("Find(%q) = [%d, %d)", v, start, end)
			}
			Parse(v, Context{})
		}
	})
}
