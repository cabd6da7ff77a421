package extract

import (
	"strings"
	"testing"

	"paperboy/core/textsim"
)

// TestNormSpaceIsFieldsJoin checks the fast normSpace against its definition on white space of
// every kind: ASCII, no-break and ideographic spaces, line separators, a vertical tab, leading
// and trailing runs, and broken UTF-8 (kept, never read as space).
func TestNormSpaceIsFieldsJoin(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\vb", "\u00a0a\u00a0b\u00a0",
		"a\u3000b", "a\u2028b", "a\u0085b", "a \u200bb", "x\xe3\x80 y", "\xff", " \xff ", "\xe3\x80\x80a", "ab  cd\r\n ef\t",
		"한국 금융신문", "한국\u00a0\u00a0금융", "\ue000", "a \ue000 b"} {
		if got, want := normSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("normSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestNormSpaceRandom compares normSpace with its definition on strings built from the pieces
// above in every order the generator hits.
func TestNormSpaceRandom(t *testing.T) {
	pieces := []string{" ", "  ", "\t", "\n", "\v", "\u00a0", "\u3000", "\u2029", "a", "bc", "한", "\xe3", "\x80", "\xff", "\ufffd"}
	seed := uint32(1)
	for range 20000 {
		var b strings.Builder
		seed = seed*1664525 + 1013904223
		for k := int(seed>>28) + 1; k > 0; k-- {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[int(seed>>16)%len(pieces)])
		}
		s := b.String()
		if got, want := normSpace(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("normSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestAnyFieldVisitsFields checks that anyField visits exactly strings.Fields, in order.
func TestAnyFieldVisitsFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a b  c ", "a\u00a0b\u3000c", "x\xffy z", "\t\n"} {
		var got []string
		anyField(s, func(w string) bool { got = append(got, w); return false })
		if want := strings.Fields(s); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("anyField(%q) visits %q, want %q", s, got, want)
		}
		if anyField(s, func(string) bool { return true }) != (len(strings.Fields(s)) > 0) {
			t.Errorf("anyField(%q) does not stop at the first field", s)
		}
	}
}

// TestKoTitleHintsCoverTitles keeps koreanByline's guard in step with koTitles: every title
// it matches must hold a hint, or a byline with a new title would be skipped.
func TestKoTitleHintsCoverTitles(t *testing.T) {
	alts := strings.Split(strings.TrimSuffix(strings.TrimPrefix(koTitles, "(?:"), ")"), "|")
	if len(alts) < 2 {
		t.Fatalf("koTitles not read: %q", koTitles)
	}
	for _, a := range alts {
		if !textsim.ContainsAny(a, koTitleHints) {
			t.Errorf("title %q holds no koTitleHints entry", a)
		}
	}
}

// TestAuthorBoxGuard keeps authorBox's guard in step with its word lists, and checks the
// case-insensitive search it uses.
func TestAuthorBoxGuard(t *testing.T) {
	for w := range authorWords {
		if !strings.Contains(w, "author") && !strings.Contains(w, "biography") {
			t.Errorf("author word %q holds neither guard substring", w)
		}
	}
	for p := range authorPairs {
		if !strings.Contains(p, "author") && !strings.Contains(p, "biography") {
			t.Errorf("author pair %q holds neither guard substring", p)
		}
	}
	for s, want := range map[string]bool{"AuthorBio": true, "post-AUTHOR": true, "auth": false, "": false, "xBiographyx": true, "autor": false} {
		if got := textsim.ContainsFoldASCII(s, "author") || textsim.ContainsFoldASCII(s, "biography"); got != want {
			t.Errorf("guard(%q) = %v, want %v", s, got, want)
		}
	}
}
