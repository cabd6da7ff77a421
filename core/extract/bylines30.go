package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The byline forms of the thirtieth round's sweep: the newsrooms of the languages the evaluation
// sets hold least (Arabic, Turkish, Vietnamese, Thai, Indonesian, Persian, Hebrew, Dutch, the
// Nordic languages, Czech), a CJK reporter's post with an e-mail address after it, a label
// spaced from the name by a dash.

// emailLeftoverRe is what an e-mail address leaves in a byline once splitAuthors has cut it: the
// empty brackets that held it ("記者 王小明（wang@…）", "Jane Roe (jane@…)") and the label
// before it at the end ("邮箱：", "E-mail:", "이메일", "メール："). Neither is part of a name.
var emailLeftoverRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\s*[(（\[【<]\s*(?:` + emailLabels + `)?\s*[:：=]?\s*[)）\]】>]|\s*(?:` + emailLabels + `)\s*[:：=]?\s*$`)
})

// emailLabels are the labels a byline prints before the writer's address: "E-mail", Chinese
// "邮箱"/"信箱"/"電郵", Japanese "メール", Korean "이메일".
const emailLabels = `e-?mail|邮箱|郵箱|信箱|電郵|电邮|電子郵件|电子邮件|メール|이메일`

// labelledEmailRe is an address with its label before it ("Email: jane.roe@example.com"): the
// label's colon is no role label's, which would leave the address as the name.
var labelledEmailRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:` + emailLabels + `)\s*[:：=]?\s*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+`)
})

// withoutEmailLeftovers cuts emailLeftoverRe's leftovers from s, which had an address cut.
func withoutEmailLeftovers(s string) string {
	return strings.TrimSpace(emailLeftoverRe().ReplaceAllString(s, ""))
}

// labelDash cuts a sweptByWords label that a dash or a colon spaced on both sides parts from the
// name ("كتب - أحمد علي": wrote – Ahmed Ali). Egyptian and Gulf papers print it so; the dash
// would otherwise end the names there (bylineTail), leaving the label as the name.
func labelDash(s string) string {
	w0, rest, ok := strings.Cut(s, " ")
	if !ok {
		return s
	}
	if l := strings.TrimRight(w0, "-–/"); l != w0 && sweptByWords[strings.ToLower(l)] {
		return strings.TrimSpace(rest) // "كتبت- سارة محمد": the dash glued to the label
	}
	if !sweptByWords[strings.ToLower(w0)] {
		return s
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	for _, d := range []string{"- ", "– ", "— ", ": "} {
		if after, ok := strings.CutPrefix(rest, d); ok {
			return strings.TrimSpace(after)
		}
	}
	return s
}

// viDashNames marks with a comma the dash Vietnamese papers print between two writers ("Nguyễn
// Văn An - Trần Thị Bình"), when both sides are names of two to four capitalised words and the
// line is written with Vietnamese letters. Elsewhere a dash ends the names ("Jane Roe - Reuters",
// "Ahmet Yılmaz - Ankara"); a place or an agency after it is one word or in capitals.
func viDashNames(s string) string {
	if !strings.Contains(s, " - ") || !vietnameseLetters(s) {
		return s
	}
	parts := strings.SplitN(s, " - ", maxDashNames+1)
	if len(parts) > maxDashNames {
		return s
	}
	for _, side := range parts {
		words := strings.Fields(side)
		if len(words) < 2 || len(words) > 4 || slices.ContainsFunc(words, func(w string) bool { return !isCapitalisedName(w) || isUpperWords(w) && len(w) > 1 }) {
			return s
		}
	}
	return strings.Join(parts, ", ")
}

// maxDashNames is the most writers viDashNames reads between dashes.
const maxDashNames = 6

// placeDashAgency reports a byline that is one word, a dash and an agency or a desk: "İstanbul -
// DHA", "القاهرة - وكالات". An agency's dateline, the town filed from; a writer credited with an
// agency signs with a full name ("Jane Roe - Reuters").
func placeDashAgency(s string) bool {
	head, tail, ok := strings.Cut(s, " - ")
	if !ok || len(strings.Fields(head)) != 1 {
		return false
	}
	tail = strings.Trim(normSpace(tail), " .")
	return agencies[strings.ToLower(tail)] || wireTails[strings.ToLower(tail)] || isOrganisation(tail)
}

// outletAcronymAfterName cuts a capitalised acronym of two to five letters after a name of two or
// three capitalised words: the paper's initials a Finnish or Nordic byline prints after the writer
// ("Matti Virtanen HS"), an agency's ("Jane Roe AP"). Only initials without a vowel or an agency's
// name: a surname in capitals ("André Oliver KLEIN") has vowels, an initial a full stop ("Sonia
// Perez D."), and a Roman numeral is part of the name ("John Roe III").
func outletAcronymAfterName(s string) string {
	words := strings.Fields(s)
	if len(words) < 3 || len(words) > 4 {
		return s
	}
	last := words[len(words)-1]
	if n := len(last); n < 2 || n > 5 || strings.ContainsFunc(last, func(r rune) bool { return r < 'A' || r > 'Z' }) || strings.Trim(last, "IVX") == "" {
		return s
	}
	if strings.ContainsAny(last, "AEIOUY") && !agencies[strings.ToLower(last)] {
		return s // "André Oliver KLEIN": a surname in capitals has vowels; "HS", "AP" are initials
	}
	for _, w := range words[:len(words)-1] {
		if !casedWord(w) {
			return s
		}
	}
	return strings.Join(words[:len(words)-1], " ")
}

// hebrewAnd marks with a comma the Hebrew "and" (ו) written onto the first word of the second of
// two names: "יוסי כהן ודנה לוי". As with arabicAnd, only the sure reading: four words of Hebrew
// letters, the third opening with ו and two letters or more after it.
func hebrewAnd(s string) string {
	words := strings.Fields(s)
	if len(words) != 4 {
		return s
	}
	for _, w := range words {
		if strings.ContainsFunc(w, func(r rune) bool { return !unicode.Is(unicode.Hebrew, r) && r != '\'' && r != '"' }) {
			return s
		}
	}
	if rest, ok := strings.CutPrefix(words[2], "ו"); ok && utf8.RuneCountInString(rest) >= 2 {
		return words[0] + " " + words[1] + ", " + rest + " " + words[3]
	}
	return s
}

// arabicTitleRe is an Arabic title before a name of two words or more: "د." (doctor), "أ.د."
// (professor), "م." (engineer), "أ." (ustadh). The title is no part of the name.
var arabicTitleRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:أ\.\s?د|د|م|أ)\.\s*(\p{Arabic}+\s+\p{Arabic}.*)$`)
})

// withoutArabicTitle cuts an arabicTitleRe title.
func withoutArabicTitle(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	if m := arabicTitleRe().FindStringSubmatch(s); m != nil {
		return m[1]
	}
	return s
}

// spacedUncasedPlace reports a credit of one word of an uncased script written with spaces
// between words (Hebrew, Arabic, Devanagari, Thai: no Han, kana or Hangul, whose names are one
// word) beside a writer's name of two words or more: the town filed from after a comma ("יוסי
// כהן, ירושלים"), as a lone capitalised word is in a cased script.
func spacedUncasedPlace(name string) bool {
	if len(strings.Fields(name)) != 1 {
		return false
	}
	for _, r := range name {
		if unicode.IsUpper(r) || unicode.IsLower(r) || unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) {
			return false
		}
	}
	return name != ""
}

// namedWithArticle reports a credit of two to five capitalised words that the page's text prints
// after the article "The" or "the", as the whole of a name ("… distributed by The Washington
// Post.", "© 2024, The Washington Post"): a paper's name, for no person is written so. The word
// after it must not be capitalised, so "The Emily Post Institute" names an institute, not her.
func namedWithArticle(text, name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 5 || !placeWords(words) {
		return false
	}
	// One search for both cases of the article: "he " and the name, the letter before it asked.
	needle := "he " + name
	for at := range upTo(occurrences(text, needle), maxArticleLooks) {
		from := at + len(needle)
		if at == 0 || text[at-1] != 'T' && text[at-1] != 't' {
			continue
		}
		if at > 1 {
			if r, _ := utf8.DecodeLastRuneInString(text[:at-1]); unicode.IsLetter(r) {
				continue // "Breathe Washington Post": no article
			}
		}
		rest := text[from:]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue // "The Washington Posts": a longer word
		}
		if next, _ := firstWord(strings.TrimLeft(rest, " ")); next != "" && strings.HasPrefix(rest, " ") {
			if r, _ := utf8.DecodeRuneInString(next); unicode.IsUpper(r) {
				continue // "The Emily Post Institute": the name is part of a longer one
			}
		}
		return true
	}
	return false
}

// maxArticleLooks bounds the places namedWithArticle reads of one credit in a page's text.
const maxArticleLooks = 16

// datelinePlace reports a credit with which the story opens as its dateline, in any letters'
// case: the name, then a comma, a colon, a dash, a bracket or the Devanagari full stop ("नई
// दिल्ली, 12 मार्च।", "नई दिल्ली।", "LONDON (Reuters) -", "NEW DELHI:" for "New Delhi"). A byline that names the writer and then the town
// filed from prints the same town there; a co-author's name opens no story so.
func datelinePlace(body, name string) bool {
	rest, ok := foldPrefix(strings.TrimLeft(body, " \n\u00a0\u3000"), name)
	if !ok || len(strings.Fields(name)) > 3 {
		return false
	}
	return datelineMark(rest)
}

// maxPaperCredits is the most credits a byline holds for storyAuthors to ask namedWithArticle of
// each: a writer or a few, and the paper.
const maxPaperCredits = 6
