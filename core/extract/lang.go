package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// detectLang guesses the language of a text that declares none: by script for Korean,
// Japanese, Chinese, Russian/Ukrainian, Greek, Arabic/Persian/Urdu, Hebrew and Thai, by the most frequent
// function words for the Latin-script languages paperboy's sources use. It returns "" when
// unsure. A page's own declaration always wins; this fills the gap for plain text and pages
// without lang.
func detectLang(text string) string {
	return detectLangOf(&textWords{text: text})
}

// detectLangOf is detectLang of t's text, its Latin-script guess read from t's counted words.
func detectLangOf(t *textWords) string {
	text := t.text
	var hangul, kana, han, cyr, ukr, latin, greek, arabic, persian, urdu, hebrew, thai, letters int
	n := 0
	for _, r := range text {
		if n++; n > 6000 {
			break
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if r < utf8.RuneSelf {
			// An ASCII letter is Latin, and of no other script asked below: most of a page's
			// letters, each asked of several Unicode tables otherwise.
			latin++
			continue
		}
		switch {
		case r >= 0xAC00 && r <= 0xD7A3 || r >= 0x3131 && r <= 0x318E:
			hangul++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune("іїєґІЇЄҐ", r) {
				ukr++
			}
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Arabic, r):
			arabic++
			switch r {
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی': // pe, che, zhe, gaf, keheh, Farsi yeh
				persian++
			case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ': // Urdu's retroflexes, noon ghunna, yeh barree, heh goal
				urdu++
			}
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Thai, r):
			thai++
		}
	}
	if letters < 20 {
		return ""
	}
	share := func(k int) bool { return k*3 > letters }
	switch {
	case share(hangul):
		return "ko"
	case kana*10 > letters:
		return "ja"
	case share(han):
		return "zh"
	case share(cyr) && ukr*50 > cyr:
		return "uk"
	case share(cyr):
		return "ru"
	case share(greek):
		return "el"
	case share(arabic) && urdu*25 > arabic:
		// Urdu writes Persian's letters too, and letters of its own Persian has not.
		return "ur"
	case share(arabic) && persian*12 > arabic:
		// Persian's keheh and yeh stand where Arabic writes kaf and yeh, in most words.
		return "fa"
	case share(arabic):
		return "ar"
	case share(hebrew):
		return "he"
	case share(thai):
		return "th"
	case share(latin):
		return latinLangOf(t.words())
	}
	return ""
}

// functionWords are frequent short words that tell the Latin-script languages apart.
var functionWords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "that", "for", "with", "was", "on"},
	"de": {"der", "die", "und", "das", "nicht", "ist", "mit", "den", "für", "auf"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "du", "pour", "dans"},
	"es": {"el", "la", "los", "las", "y", "que", "del", "por", "una", "con"},
	"it": {"il", "che", "di", "della", "per", "una", "sono", "non", "con", "gli"},
	"pt": {"o", "que", "os", "não", "uma", "com", "do", "da", "para", "em"},
	"nl": {"de", "het", "een", "en", "van", "niet", "dat", "voor", "met", "zijn"},
	// Indonesian; Malay shares most of these words, and its pages are rarer on the web.
	"id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak"},
	// Vietnamese: its words carry diacritics no other language here writes, so none is shared.
	"vi": {"của", "và", "các", "là", "có", "được", "những", "không", "trong", "người"},
	// Romanian: words the Romance languages above do not share ("și", also with a cedilla, "în",
	// "că", "pentru").
	"ro": {"și", "şi", "în", "că", "pentru", "care", "este", "din", "cu", "pe"},
	// Turkish; not its "de" and "da", which Dutch, Portuguese and Spanish write at every turn.
	"tr": {"ve", "bir", "bu", "için", "ile", "olarak", "daha", "çok", "gibi", "olan"},
}

func latinLang(text string) string {
	return latinLangOf(latinWords(text, latinWordCount, functionWordSet()))
}

// latinLangOf is latinLang of a text whose first words are counted in words (latinWords).
func latinLangOf(words map[string]int) string {
	if best := latinBest(words, true); best != "id" || words["yang"]+words["dengan"]+words["untuk"]+words["tidak"]+words["dalam"] >= 8 {
		return best
	}
	// A few Indonesian-looking words in a page of code or of another script ("di", "dan") are
	// not an Indonesian text: the words only it uses so often must come eight times at least.
	return latinBest(words, false)
}

// latinWordCount is how many of a text's first words the Latin-script guesses count.
const latinWordCount = 1501

// textWords is a text with its first words counted (latinWords) on first use: a page's text is
// asked its language up to three times for the zone guess (textOverTemplateTag's two readings
// and pageZones' own), and counting its words was the larger part of each.
type textWords struct {
	text   string
	counts map[string]int
}

// words returns the counts of latinWords(t.text, latinWordCount) of the function words, counted
// once. The map is shared: callers only read it.
func (t *textWords) words() map[string]int {
	if t.counts == nil {
		t.counts = latinWords(t.text, latinWordCount, functionWordSet())
	}
	return t.counts
}

// functionWordSet holds every word of the functionWords lists: the guesses read the counts of
// no other word (latinBest, latinLang's Indonesian check, ownWordScores), so the others are
// read past without a string or a map entry each.
var functionWordSet = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, fw := range functionWords {
		for _, w := range fw {
			set[w] = true
		}
	}
	return set
})

// latinWords counts the first max words of strings.FieldsFunc(strings.ToLower(text), not a
// letter), reading no further: a page's text runs to tens of thousands of words, and lowering and
// splitting all of it was most of latinLang's time. strings.ToLower maps rune by rune (a byte of
// invalid UTF-8 becomes U+FFFD, no letter), so a word of the lowered text is the lowered runes of
// a run of text runes whose lower cases are letters; a run that lowering leaves as it is is
// counted under its own bytes. With keep, only the words it holds are counted (every word still
// counts towards max).
func latinWords(text string, max int, keep map[string]bool) map[string]int {
	words := map[string]int{}
	var buf []byte
	start, changed, n := -1, false, 0
	for i := 0; i <= len(text); {
		r, size := utf8.RuneError, 0
		if i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				r, size = rune(c), 1
			} else {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
		}
		l := unicode.ToLower(r)
		if size > 0 && unicode.IsLetter(l) {
			if start < 0 {
				start, changed, buf = i, false, buf[:0]
			}
			if l != r && !changed {
				changed = true
				buf = append(buf, text[start:i]...)
			}
			if changed {
				buf = utf8.AppendRune(buf, l)
			}
		} else if start >= 0 {
			if changed {
				if keep == nil || keep[string(buf)] {
					words[string(buf)]++
				}
			} else if w := text[start:i]; keep == nil || keep[w] {
				words[w]++
			}
			start = -1
			if n++; n == max {
				break
			}
		}
		if size == 0 {
			break
		}
		i += size
	}
	return words
}

// latinBest returns the language whose function words lead the counts in words, if it leads
// clearly; Indonesian competes only when withID.
func latinBest(words map[string]int, withID bool) string {
	best, bestScore, second := "", 0, 0
	for lang, fw := range functionWords {
		if lang == "id" && !withID {
			continue
		}
		score := 0
		for _, w := range fw {
			score += words[w]
		}
		switch {
		case score > bestScore:
			best, bestScore, second = lang, score, bestScore
		case score > second:
			second = score
		}
	}
	if bestScore < 3 || bestScore < second*3/2 {
		return ""
	}
	return best
}
