package pubdate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJoinTimes29 checks the twenty-ninth round's reading of the presses' words between a date and
// its time (issue 20, branch fuzz29 over date29): joinTimes keeps the text's length, so Find's
// offsets stand in the text; it changes only bytes of a word before a clock, which become spaces,
// and the Greek and Malay half-day markers after one, which become the English marker of their
// length; valid text stays valid. hourOffset adds ":00" or nothing. Find and Parse read any text
// without a panic, and Find's span lies inside it.
func FuzzJoinTimes29(f *testing.F) {
	for _, s := range []string{"5 marzo 2024 - ore 14:22", "5.3.2024 klo 14.22", "12 d'octubre de 2024 a les 10:30", "5 Μαρτίου 2024 στις 2:22 μ.μ.",
		"5 Mac 2024 pukul 2:22 petang", "5 Mac 2024 pukul 9:00 pagination", "2024. gada 5. marts 14:22", "2024 m. kovo 5 d. 14:22",
		"5 மார்ச் 2024, 2:22 PM IST", "2024-03-05T14:22:00+03", "2024-03-05T14:22+3", "05.03.2024 o 9:00", "5. 3. 2024 v 9.00",
		"5 березня 2024 о 9:00", "الساعة 9:00", "ore ore 1:11 pagi", "les 1:11", "a les1:11", "1:11:11 π.μ.", "\xffore 1:11", "o\xce 1:11", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		out := joinTimes(s)
		if len(out) != len(s) {
			t.Fatalf("joinTimes(%q) = %q: length %d, want %d", s, out, len(out), len(s))
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("joinTimes(%q) = %q: invalid text", s, out)
		}
		for i := 0; i < len(s); i++ {
			if out[i] == s[i] || out[i] == ' ' {
				continue
			}
			if !strings.ContainsRune("apm.", rune(out[i])) {
				t.Fatalf("joinTimes(%q) = %q: byte %d is %q", s, out, i, out[i])
			}
		}
		if h, lit := hourOffset(s); h != s && h != s+":00" && !lit {
			t.Fatalf("hourOffset(%q) = %q", s, h)
		}
		for _, v := range []string{s, "5 marzo 2024 " + s, s + " 14:22", "2024. gada 5. " + s} {
			if _, start, end, ok := Find(v, Context{}); ok && (start < 0 || start > end || end > len(v)) {
				t.Fatalf("Find(%q) = [%d, %d)", v, start, end)
			}
			Parse(v, Context{})
		}
	})
}
