package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// sourceCreditRe is a credit that names where the copy comes from, not who wrote it: "Source
// AFP" (Le Point's author field on every agency story), "Source : Reuters", "Quelle: dpa",
// "Fonte: ANSA", "Fuente: EFE". The label in the languages paperboy serves, then the credit.
var sourceCreditRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?i:sources?|quelle|quellen|fonte|fonti|fuente|fuentes|bron|kilde|källa|źródło|zdroj)\s*:?\s+(\S.*)$`)
})

// agencySourceCredit reports a source credit (sourceCreditRe) whose every part is a news agency
// or an organisation ("Source AFP", "Quelle: AFP/dpa"): the page names no writer. A source that
// names a person is left to the byline rules.
func agencySourceCredit(s string) bool {
	if len(s) > 80 {
		return false
	}
	m := sourceCreditRe().FindStringSubmatch(s)
	if m == nil {
		return false
	}
	orgs := 0
	for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune(",/&+;|", r) }) {
		if p = strings.Trim(p, " .-–—:()"); p == "" {
			continue
		}
		if !isOrgCredit(p) {
			return false
		}
		orgs++
	}
	return orgs > 0 // "Source -- news@example.com" with its address cut names nothing
}

// initialsOnly reports a credit made of single Latin letters alone, each perhaps with a full
// stop ("F. Q.", "M.P", "J.D."): the desk's or the editor's sign under a story (il Fatto
// Quotidiano's "di F. Q.", Le Point's "M.P avec AFP", the German "(js)" signs), no name a
// reader can be told. An initial beside a written-out name ("J. K. Rowling") is a name.
func initialsOnly(s string) bool {
	letters := 0
	run := 0
	for _, r := range s {
		switch {
		case r == '.' || r == ' ':
			run = 0
		case unicode.Is(unicode.Latin, r):
			if run++; run > 1 {
				return false
			}
			letters++
		default:
			return false
		}
	}
	return letters > 0
}

// studioCreditRe is a broadcaster's studio a German byline names after the writer and a comma:
// "Von Wolfgang Vichtl, ARD-Studio Wien", "…, ARD-Hauptstadtstudio", "…, ZDF-Landesstudio
// Bayern", "…, BR-Studio Franken". The studio is where the writer files from, no co-author.
var studioCreditRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\p{Lu}[\p{L}\d]*-\p{L}*(?:[Ss]tudio)(?:\s+\p{Lu}[\p{L}.'-]*){0,3}$`)
})
