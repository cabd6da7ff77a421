package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// detectLang guesses the language of a text that declares none: by script for Korean,
// Japanese, Chinese, Russian/Ukrainian, Greek, Arabic/Persian/Urdu, Hebrew and Thai, by the most frequent
// function words for the Latin-script languages paperboy's sources use. It returns "" when
// unsure. A page's own declaration always wins; this fills the gap for plain text and pages
// without lang.
func detectLang(text string) string {
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
		return latinLang(text)
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
	words := latinWords(text, 1501)
	if best := latinBest(words, true); best != "id" || words["yang"]+words["dengan"]+words["untuk"]+words["tidak"]+words["dalam"] >= 8 {
		return best
	}
	// A few Indonesian-looking words in a page of code or of another script ("di", "dan") are
	// not an Indonesian text: the words only it uses so often must come eight times at least.
	return latinBest(words, false)
}

// latinWords counts the first max words of strings.FieldsFunc(strings.ToLower(text), not a
// letter), reading no further: a page's text runs to tens of thousands of words, and lowering and
// splitting all of it was most of latinLang's time. strings.ToLower maps rune by rune (a byte of
// invalid UTF-8 becomes U+FFFD, no letter), so a word of the lowered text is the lowered runes of
// a run of text runes whose lower cases are letters; a run that lowering leaves as it is is
// counted under its own bytes.
func latinWords(text string, max int) map[string]int {
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
				words[string(buf)]++
			} else {
				words[text[start:i]]++
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
