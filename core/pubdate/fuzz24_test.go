package pubdate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFoldDigits24 checks the twenty-fourth round's digit folding (issue 20, branch fuzz24) as a
// property: every byte of the folded text maps back to the byte of the original it was read from
// (an ASCII digit to the two-byte Arabic-Indic or Persian digit of the same value), the map rises
// and ends at the text's length, and the offsets Find returns index the original text: a valid
// text's match starts and ends on rune boundaries and, folded, is the folded text's match.
func FuzzFoldDigits24(f *testing.F) {
	for _, s := range []string{"١ / ١٢ / ٢٠٢٠", "۲ تیر ۱۳۹۹", "تاریخ انتشار: ۱۳۹۹/۰۲/۲۱ - ۱۰:۳۰", "٢٠١٩-١١-١٨ ١٠:١٥",
		"21 ม.ค.2561", "วันที่ 12 มกราคม 2566 เวลา 10:30 น.", "\xd9\xa0\xd9", "\xdb", "۱۳۹۹/۰۲/۲۱", "1399/02/21", "نشر ١٢/٠٥/2020",
		"28. března 2022", "10. helmikuuta 2020", "12 Mac 2023 11:29 SAST", "٢\xff٠١٩", "৫ মার্চ ২০২৪, ১৪:২২", "५ मार्च २०२४", "２０２４年３月５日", "\xe0\xa5", "\xef\xbc\x99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		folded, at, arabic, ok := foldDigits(text)
		if ok {
			if len(at) != len(folded)+1 || at[len(folded)] != len(text) {
				t.Fatalf("foldDigits(%q): %d offsets for %d bytes, last %d", text, len(at), len(folded), at[len(at)-1])
			}
			for i := range len(folded) {
				if i > 0 && at[i] <= at[i-1] {
					t.Fatalf("foldDigits(%q): offsets fall at %d", text, i)
				}
				o := at[i]
				if folded[i] == text[o] {
					continue
				}
				if d, n := otherDigit(text, o); n == 0 || folded[i] < '0' || folded[i] > '9' || d != int(folded[i]-'0') {
					t.Fatalf("foldDigits(%q): byte %d %q read from %d", text, i, folded[i], o)
				}
			}
		}
		_, start, end, found := Find(text, Context{})
		if !found {
			return
		}
		if start < 0 || start > end || end > len(text) {
			t.Fatalf("Find(%q) = [%d, %d)", text, start, end)
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(text[start]) || end < len(text) && !utf8.RuneStart(text[end])) {
			t.Fatalf("Find(%q) = [%d, %d): not on rune boundaries", text, start, end)
		}
		if ok {
			_, fs, fe, _ := Find(folded, Context{arabicDigits: arabic})
			if got, _, _, _ := foldDigits(text[start:end]); got != folded[fs:fe] {
				t.Fatalf("Find(%q) = %q, folded match %q", text, text[start:end], folded[fs:fe])
			}
		}
	})
}

// TestFoldDigitsLinear24: texts of 4,000 and 8,000 Persian dates, and of Persian digits with no
// date: Find's folding allocates in proportion, and the second size at most triples the first's
// bytes.
func TestFoldDigitsLinear24(t *testing.T) {
	if testing.Short() {
		t.Skip("long texts")
	}
	for name, unit := range map[string]string{
		"persian dates": "تاریخ انتشار: ۱۳۹۹/۰۲/۲۱ - ۱۰:۳۰ ",
		"digits only":   "۱۲۳۴۵۶۷۸۹۰ ",
		"thai dates":    "วันที่ 12 มกราคม 2566 เวลา 10:30 น. ",
		"thai no date":  "ม.ค.2561 ",
	} {
		small, large := strings.Repeat(unit, 4000), strings.Repeat(unit, 8000)
		a := testing.AllocsPerRun(3, func() { Find(small, Context{}) })
		b := testing.AllocsPerRun(3, func() { Find(large, Context{}) })
		t.Logf("%s: %.0f → %.0f allocations", name, a, b)
		if b > 3*a+10 {
			t.Errorf("%s: %.0f allocations at 4,000, %.0f at 8,000", name, a, b)
		}
	}
}
