package pubdate

import (
	"testing"
	"time"
)

// FuzzGluedNumeric32 checks new32's prefilter of the glued numeric date (issue 20, branch fuzz32
// over new32): on a text of fewer digit runs than hasGluedNumeric reads, wherever
// gluedNumericForm matches, hasGluedNumeric says so, so findIn runs the form wherever it would
// read a date; and Find reads the glued forms around any text with its span in the text and a
// plausible year.
func FuzzGluedNumeric32(f *testing.F) {
	for _, s := range []string{"Tunisie19/03/2020 à 14:11", "Tunisie19 /03/2020", "am5 . 3 . 2024", "x5\t-\t03-2024", "é19.03.2020", "ж1|2|2024",
		"Tunisie19/03/2020г.", "a123.04.2024", "A19/03/2020", "19/03/2020", "ab19/03/2", "\xff19/03/2020", "a1", "a", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		runs := 0
		for i := range len(s) {
			if isDigit(s[i]) && (i == 0 || !isDigit(s[i-1])) {
				runs++
			}
		}
		if runs < maxGluedScan && gluedNumericForm().re.MatchString(s) && !hasGluedNumeric(s) {
			t.Fatalf("gluedNumericForm matches %q, hasGluedNumeric says no", s)
		}
		if st, start, end, ok := Find(s, Context{}); ok && (start < 0 || start > end || end > len(s) || st.Time.Year() > time.Now().Year()+2) {
			t.Fatalf("Find(%q) = %v [%d, %d)", s, st.Time, start, end)
		}
	})
}

// TestGluedNumericSpaced32 (fuzz32, over new32's hasGluedNumeric): a day glued to the word before
// it and set apart from its separator by spaces, which gluedNumericForm reads (\s*), is read
// as it was when the form stood among patterns.
func TestGluedNumericSpaced32(t *testing.T) {
	for _, s := range []string{"Tunisie19 /03/2020 à 14:11", "publié le19 . 03 . 2020", "actualité5\t-\t03-2020"} {
		st, _, _, ok := Find(s, Context{})
		if y, m, d := st.Time.Date(); !ok || y != 2020 || m != 3 || d != 19 && d != 5 {
			t.Errorf("Find(%q) = %v, %v; want March 2020", s, st.Time, ok)
		}
	}
}
