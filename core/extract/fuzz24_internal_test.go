package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// FuzzRules24 feeds one string to the twenty-fourth round's rules directly (issue 20, branch
// fuzz24): the name casing of bylines in capitals (nameWordCase, titleCase, mcCapitals), the
// "And" between title-cased names, a second credit's tail, a Chinese label before a bar, a
// hyphenated paper's noun (auth24), and the splitting of a JSON-LD articleBody run together
// (body24). None may panic, and each keeps to what it promises: casing changes only case and
// keeps the runes' count, "And" is only lowered, a tail is only cut off, the splitting only
// inserts paragraph breaks, at offsets inside the text and on its runes' boundaries.
func FuzzRules24(f *testing.F) {
	for _, s := range []string{
		// auth24
		"ROD McGUIRK", "KATHLEEN O'TOOLE", "TARA PARKER-POPE", "CHOE SANG-HUN", "TSAI ING-WEN", "JOHN McDOE", "Mc", "McX", "O'", "-", "A-B-C-D-E",
		"Juliet Roe And Ian Doe", "Johnson And Johnson", "Tom And Jerry", " And ", "JANE ROE AND JOHN DOE",
		"By Jane Roe. Edited by John Doe", "Jane Roe | Translated by John Doe", "Text and photos by Jane Roe", " by ", "By Jane Roe; Illustration by",
		"文 | 张三", "作者｜张三", "文｜", "文|", "Post-Dispatch", "-", "a-", "Mr Michael Ahern", "Rev. A. Stephen Pieters", "Eingestellt von Hans Müller",
		// body24
		"…en Andalucía.Su candidato…", "a report.The report said", "www.Example.es", "PhysOrg.com.Bengt", "said.\"The", "end.”«Début", "x.\xff", ".", "a.\"", "é…É",
		"", " ", "\xff", "\xe2\x80",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		valid := utf8.ValidString(s)
		// auth24: casing.
		if valid {
			if out := titleCase(s); utf8.RuneCountInString(out) != utf8.RuneCountInString(strings.Join(strings.Fields(s), " ")) {
				t.Fatalf("titleCase(%q) = %q: runes lost or gained", s, out)
			}
			for _, w := range strings.Fields(s) {
				if out := nameWordCase([]rune(w)); utf8.RuneCountInString(out) != utf8.RuneCountInString(w) || !strings.EqualFold(strings.ToLower(out), strings.ToLower(w)) {
					t.Fatalf("nameWordCase(%q) = %q", w, out)
				}
			}
		}
		mcCapitals(s)
		isUpperWords(s)
		for _, in := range []string{s, s + " And " + s, "Juliet Roe And " + s, s + " AND Jane Roe"} {
			if out := capitalAnd(in); len(out) != len(in) || !strings.EqualFold(out, in) {
				t.Fatalf("capitalAnd(%q) = %q", in, out)
			}
		}
		for _, in := range []string{s, "By Jane Roe. Edited by " + s, s + " | Translated by John Doe", "By " + s + " photos by " + s} {
			if out := withoutCreditTail(in); !strings.HasPrefix(in, out) {
				t.Fatalf("withoutCreditTail(%q) = %q", in, out)
			}
		}
		for _, in := range []string{s, "文 | " + s, "作者｜" + s, s + "|" + s} {
			for _, name := range zhBarredLabel(in) {
				if valid && !utf8.ValidString(name) {
					t.Fatalf("zhBarredLabel(%q) holds %q", in, name)
				}
			}
			for _, name := range bylineLine(in) {
				if valid && !utf8.ValidString(name) {
					t.Fatalf("bylineLine(%q) holds %q", in, name)
				}
			}
			prefixedByline(in)
		}
		if out := paperNoun(s); !strings.HasSuffix(strings.ToLower(s), out) {
			t.Fatalf("paperNoun(%q) = %q", s, out)
		}
		cleanName(s)
		cleanName("MR " + s)
		splitAuthors("By " + s + " And Jane Roe")

		// body24: glues lie inside the text, rising, on rune boundaries.
		glues := ldGlues(s)
		for i, g := range glues {
			if g <= 0 || g >= len(s) || i > 0 && g <= glues[i-1] || valid && !utf8.RuneStart(s[g]) {
				t.Fatalf("ldGlues(%q) = %v", s, glues)
			}
		}
		if o := ldOpening(s); o != "" && utf8.RuneCountInString(o) != ldOpeningRunes {
			t.Fatalf("ldOpening(%q) = %q", s, o)
		}
		// The page opens a paragraph at every glue: the splitting inserts breaks and nothing else.
		var page strings.Builder
		page.WriteString("<body><p>")
		last := 0
		for _, g := range glues {
			page.WriteString(html.EscapeString(s[last:g]) + "</p><p>")
			last = g
		}
		page.WriteString(html.EscapeString(s[last:]))
		doc, err := html.Parse(strings.NewReader(page.String()))
		if err != nil {
			return
		}
		for _, text := range []string{s, strings.Repeat(s, 3)} {
			out := ldParagraphs(doc, text)
			if strings.ReplaceAll(out, "\n\n", "") != strings.ReplaceAll(text, "\n\n", "") {
				t.Fatalf("ldParagraphs(%q) = %q: more than breaks changed", text, out)
			}
			if len(out) > len(text)+2*len(ldGlues(text)) {
				t.Fatalf("ldParagraphs(%q) = %q: too many breaks", text, out)
			}
		}
	})
}

// TestBylineLineLowerKeepsOffsets24: bylineLine found "by " in the line lowered by
// strings.ToLower and cut the line itself at that offset; lowering changes the length of
// "Ⱥ" (two bytes, three lowered), "İ" and of invalid bytes, so the cut fell past the end (a
// panic FuzzRules24 found on "\xb6 BY 0") or inside another rune.
func TestBylineLineLowerKeepsOffsets24(t *testing.T) {
	for _, s := range []string{"\xb6 BY 0", "ȺȺȺ BY 0", "İİİİ by Jane Roe", "ȺȺ By Jane Roe"} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("bylineLine(%q) panicked: %v", s, r)
				}
			}()
			for _, name := range bylineLine(s) {
				if !utf8.ValidString(name) && utf8.ValidString(s) {
					t.Errorf("bylineLine(%q) holds %q", s, name)
				}
			}
		}()
	}
	if got := bylineLine("ȺȺ By Jane Roe"); !slices.Equal(got, []string{"Jane Roe"}) {
		t.Errorf("bylineLine(%q) = %q, want [Jane Roe]", "ȺȺ By Jane Roe", got)
	}
}
