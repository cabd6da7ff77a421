package pubdate

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzz26Digits are the zero digits of the scripts foldDigits reads since the twenty-sixth
// round: Devanagari, Bengali and full-width (three UTF-8 bytes each), and the Arabic-Indic and
// Persian ones of the twenty-fourth (two bytes).
var fuzz26Digits = []rune{'०', '০', '０', '٠', '۰'}

// FuzzFoldDigits26 checks the twenty-sixth round's digit folding (issue 20, branch fuzz26) against
// the ASCII text it stands for: the fuzzed text with its ASCII digits written in the scripts a
// pattern of bytes picks (one script for the text, or a mix, digit by digit) reads the same
// stamp as the ASCII text (with the Solar Hijri forms on when an Arabic-Indic or Persian digit
// is among them), and its span, folded, is the ASCII text's span: the offsets map back inside
// the original on rune boundaries, whatever the widths mixed and wherever the digits stand.
func FuzzFoldDigits26(f *testing.F) {
	for _, s := range []string{"5 मार्च 2024, 14:22 IST", "मार्च 05, 2024 14:22", "18 জানুয়ারি 2023, 11:40", "2022年11月3日 18:45",
		"Published 5 March 2024 10:00", "2024-03-05", "12/03/2024", "x2024", "2024", "Ngày 5 tháng 3 năm 2024 14:22", "5 במרץ 2024",
		"1402/12/15 - 10:00", "\xff2024-03-05\xff", "2024-03-0\xe0\xa5", "Updated 6 March 2024 | Published 5 March 2024"} {
		f.Add(s, []byte{0})
		f.Add(s, []byte{2, 0, 1})
		f.Add(s, []byte{3})
	}
	f.Fuzz(func(t *testing.T, ascii string, pick []byte) {
		if len(ascii) > 1024 || len(pick) == 0 {
			return
		}
		if _, _, _, other := foldDigits(ascii); other {
			return // the ASCII side must be ASCII digits only
		}
		var b strings.Builder
		var at []int // at[i]: offset in ascii of byte i of b
		arabic, k := false, 0
		for i := 0; i < len(ascii); i++ {
			c := ascii[i]
			if c < '0' || c > '9' {
				b.WriteByte(c)
				at = append(at, i)
				continue
			}
			p := int(pick[k%len(pick)]) % (len(fuzz26Digits) + 1)
			k++
			if p == len(fuzz26Digits) {
				b.WriteByte(c) // an ASCII digit among the others
				at = append(at, i)
				continue
			}
			arabic = arabic || p >= 3
			r := fuzz26Digits[p] + rune(c-'0')
			for range utf8.RuneLen(r) {
				at = append(at, i)
			}
			b.WriteRune(r)
		}
		text := b.String()
		at = append(at, len(ascii))
		want, ws, we, wok := Find(ascii, Context{arabicDigits: arabic})
		got, gs, ge, gok := Find(text, Context{})
		if gok != wok || gok && (!got.Time.Equal(want.Time) || got.Precision != want.Precision || got.Zoned != want.Zoned) {
			t.Fatalf("Find(%q) = %v %v %v, the ASCII text %q reads %v %v %v", text, got.Time, got.Precision, gok, ascii, want.Time, want.Precision, wok)
		}
		if !gok {
			return
		}
		if gs < 0 || gs > ge || ge > len(text) {
			t.Fatalf("Find(%q) = [%d, %d)", text, gs, ge)
		}
		if !utf8.RuneStart(text[gs]) || ge < len(text) && !utf8.RuneStart(text[ge]) {
			if utf8.ValidString(ascii) {
				t.Fatalf("Find(%q) = [%d, %d): not on rune boundaries", text, gs, ge)
			}
		}
		if at[gs] != ws || at[ge] != we {
			t.Fatalf("Find(%q) = %q [%d, %d), the ASCII text's [%d, %d) %q", text, text[gs:ge], gs, ge, ws, we, ascii[ws:we])
		}
	})
}
