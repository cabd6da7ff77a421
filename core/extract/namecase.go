package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"paperboy/core/textsim"
)

// Wire services and older newspapers print the byline in capitals ("By ROD McGUIRK", "By
// KATHLEEN O'TOOLE", "By TARA PARKER-POPE"); lowering all but the first letter loses the capitals
// inside the name. nameWordCase puts them back by the conventions every name-casing library
// follows (Python's nameparser, Perl's Lingua::EN::NameCase): a capital after a one-letter
// prefix's apostrophe (O', D', L'), after "Mc", and after a hyphen — except in a romanised
// Korean or Chinese given name ("CHOE SANG-HUN" is "Choe Sang-hun", "TSAI ING-WEN" "Tsai
// Ing-wen"), whose syllables no Western double name is made of.

// nameWordCase returns the title-cased word r (first letter a capital, the rest small) with the
// capitals a name writes inside a word.
func nameWordCase(r []rune) string {
	if len(r) > 3 && r[0] == 'M' && r[1] == 'c' && unicode.IsLetter(r[2]) && unicode.IsLetter(r[3]) {
		r[2] = unicode.ToUpper(r[2]) // "Mcguirk" → "McGuirk"
	}
	if len(r) > 2 && (r[1] == '\'' || r[1] == '’') && unicode.IsLetter(r[0]) && unicode.IsLetter(r[2]) {
		r[2] = unicode.ToUpper(r[2]) // "O'toole" → "O'Toole", "D'angelo" → "D'Angelo"
	}
	if !strings.ContainsRune(string(r), '-') {
		return string(r)
	}
	w := string(r)
	parts := strings.Split(w, "-")
	if len(parts) > 4 || asianSyllables(parts) {
		return w
	}
	for i := 1; i < len(parts); i++ {
		if p := []rune(parts[i]); len(p) > 0 {
			p[0] = unicode.ToUpper(p[0])
			parts[i] = string(p)
		}
	}
	return strings.Join(parts, "-")
}

// romanSyllableRe is one syllable of romanised Korean (Revised and McCune–Reischauer, as
// passports spell them: "Sang", "Hun", "Jae", "Moon", "Ah") or Wade–Giles Chinese ("Ing", "Wen").
var romanSyllableRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjhy])?(?i:wae|yae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|a|e|i|o|u)(?i:ng|[kntlmpbh])?$`)
})

// asianSyllables reports hyphen-joined parts that are each one romanised Korean or Chinese
// syllable: a given name of two syllables, which writes its second small.
func asianSyllables(parts []string) bool {
	if len(parts) != 2 {
		return false
	}
	for _, p := range parts {
		if len(p) > 5 || !romanSyllableRe().MatchString(p) {
			return false
		}
	}
	return true
}

// mcCapitals reports a name printed in capitals whose only small letters are the c of a "Mc"
// ("ROD McGUIRK", "JEFFREY McMURRAY"): wire copy's capitals, which titleCase turns back.
func mcCapitals(s string) bool {
	mc := false
	for _, w := range strings.Fields(s) {
		if rest, ok := strings.CutPrefix(w, "Mc"); ok && len(rest) >= 2 && isUpperWords(rest) {
			mc = true
		} else if !isUpperWords(w) {
			return false
		}
	}
	return mc
}

// creditTailRe is a second credit that a byline's line prints after the writers' names: "By
// Jane Roe. Edited by John Doe", "Jane Roe | Translated by John Doe", "By Jane Roe; Illustration
// by John Doe", "… Additional reporting by John Doe". The editor, translator, photographer or
// helping reporter wrote none of the story (the labels credit the writers only), and before this
// the whole line went for too many words or its second "by" named the helper alone.
var creditTailRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:\s*[.;,|/•·]\s*|\s+)(?:(?:with\s+)?additional\s+reporting|edited|editing|translated|translation|photos?|photographs?|photography|pictures|illustrations?|illustrated|graphics|video|design(?:ed)?)\s+by\s.*$`)
})

// withoutCreditTail cuts creditTailRe's credit off s when a name stands before it: its last word
// opens with a capital ("Text and photos by Jane Roe" is one credit of one writer, no tail).
func withoutCreditTail(s string) string {
	if !textsim.ContainsFoldASCII(s, " by ") {
		return s // nearly every byline: one "by" at most, at its head
	}
	loc := creditTailRe().FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return s
	}
	words := strings.Fields(strings.TrimRight(s[:loc[0]], ".;,|/•· "))
	if len(words) == 0 {
		return s
	}
	if r := []rune(words[len(words)-1]); !unicode.IsUpper(r[0]) {
		return s
	}
	return s[:loc[0]]
}

// zhBarredLabel reads a byline element that opens with a Chinese writer's label and a bar ("文 |
// 张三", "作者｜张三"); the bar tail rule would otherwise keep the label as the name.
func zhBarredLabel(s string) []string {
	s = strings.TrimSpace(s)
	if len(s) > 120 || !strings.ContainsAny(s, "|｜") {
		return nil
	}
	for _, l := range zhWriterLabels {
		if strings.HasPrefix(s, l) {
			return zhLabelled(s, []string{l})
		}
	}
	return nil
}
