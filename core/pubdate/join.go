package pubdate

import "strings"

// timeWords are the words the presses print between a date and its time, lower-cased: Italian
// "ore", Nordic "kl." (and "kl"), Finnish "klo", Estonian "kell", Indonesian "pukul", Turkish
// "saat", Slovenian "ob", Polish and Slovak "o", Czech "v", Ukrainian "о", Serbian "у",
// Bulgarian "във", Greek "στις", Hebrew "בשעה", Arabic "الساعة", Persian "ساعت", Vietnamese
// "lúc"; Thai "เวลา"; Turkish and Hungarian weekdays; and Catalan's "a les" (its "les" after an "a"). The forms' timeTail knows the English,
// German, Spanish, French, Dutch, Polish, Romanian and South Slavic ones.
var timeWords = map[string]bool{"ore": true, "kl": true, "kl.": true, "klo": true, "kell": true, "pukul": true,
	"saat": true, "ob": true, "o": true, "v": true, "о": true, "у": true, "във": true, "στις": true, "בשעה": true,
	"الساعة": true, "ساعت": true, "lúc": true, "les": true,
	// Thai "เวลา" (time), which thaiForm reads after a month's name, also after a numeric date
	// ("05/03/2567 เวลา 14:22 น.", see thaiNumericForm).
	"เวลา": true,
	// The weekday Turkish and Hungarian presses print between the date and its clock ("5 Mart
	// 2024 Salı 14:22", "2024. március 5., kedd 14:22"): the forms read no word there, and the
	// time was dropped.
	"pazartesi": true, "salı": true, "çarşamba": true, "perşembe": true, "cuma": true, "cumartesi": true, "pazar": true,
	"hétfő": true, "kedd": true, "szerda": true, "csütörtök": true, "péntek": true, "szombat": true, "vasárnap": true}

// halfDayWords are 12-hour markers printed after a clock that the forms do not read, with the
// English marker of the same byte length joinTimes writes over them: Greek μ.μ. (after noon) and
// π.μ. (before noon), Malay petang (afternoon) and pagi (morning).
var halfDayWords = [...]struct{ word, as string }{
	{"μ.μ.", "p.m.  "}, {"π.μ.", "a.m.  "}, {"petang", "pm    "}, {"pagi", "am  "},
}

// maxTimeWord bounds the bytes of a word timeWords can hold ("الساعة" is twelve).
const maxTimeWord = 12

// joinTimes returns text with the words of timeWords that stand right before a clock ("5 marzo
// 2024 - ore 14:22", "5.3.2024 klo 14.22") written as spaces, and the markers of halfDayWords
// right after one written as English ones, so the forms read the time with the date as they do
// "at 14:22" and "2:22 p.m.". The result has text's length, so offsets found in it are offsets
// in text; text itself is returned when nothing changes. Regular expressions would have read
// these words too, but each made every form longer, and the forms past 500 instructions lose
// Go's fast matcher.
func joinTimes(text string) string {
	var b []byte
	for i := 0; i < len(text); i++ {
		if !isDigit(text[i]) || i > 0 && isDigit(text[i-1]) {
			continue
		}
		j := i
		for j < len(text) && j-i < 3 && isDigit(text[j]) {
			j++
		}
		// A clock: one or two digits, ":", "." or "h", two digits.
		if j-i > 2 || j+2 >= len(text) || text[j] != ':' && text[j] != '.' && text[j] != 'h' || !isDigit(text[j+1]) || !isDigit(text[j+2]) {
			continue
		}
		if k, w := wordBefore(text, i); w != "" && timeWords[strings.ToLower(w)] {
			if strings.ToLower(w) == "les" {
				// Catalan "a les": only after its "a".
				if k2, w2 := wordBefore(text, k); w2 == "a" || w2 == "A" {
					k = k2
				} else {
					continue
				}
			}
			b = blank(b, text, k, i)
		}
		b = halfDayAfter(b, text, j+3)
	}
	if b == nil {
		return text
	}
	return string(b)
}

// wordBefore returns the word that ends right before the spaces before i, and where it starts;
// w is "" when there is none, or it is longer than maxTimeWord, or it does not stand after a
// space, a separator or the text's start.
func wordBefore(text string, i int) (start int, w string) {
	e := i
	for e > 0 && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\n') {
		e--
	}
	if e == i {
		return i, ""
	}
	s := e
	for s > 0 && e-s <= maxTimeWord && text[s-1] != ' ' && text[s-1] != '\t' && text[s-1] != '\n' && !isDigit(text[s-1]) && text[s-1] != ',' && text[s-1] != '|' {
		s--
	}
	if s == e || e-s > maxTimeWord || s > 0 && isDigit(text[s-1]) {
		return i, ""
	}
	return s, text[s:e]
}

// blank writes spaces over text[from:to] in b, a copy of text made on first use.
func blank(b []byte, text string, from, to int) []byte {
	if b == nil {
		b = []byte(text)
	}
	for k := from; k < to; k++ {
		b[k] = ' '
	}
	return b
}

// halfDayAfter writes the English marker over a halfDayWords marker that follows the clock ending
// at e (after seconds and one space), in b, a copy of text made on first use.
func halfDayAfter(b []byte, text string, e int) []byte {
	if e+3 <= len(text) && text[e] == ':' && isDigit(text[e+1]) && isDigit(text[e+2]) {
		e += 3
	}
	if e < len(text) && text[e] == ' ' {
		e++
	}
	for _, h := range halfDayWords {
		if strings.HasPrefix(text[e:], h.word) {
			if end := e + len(h.word); end < len(text) && isAlnum(text[end]) {
				continue // "pagination"
			}
			if b == nil {
				b = []byte(text)
			}
			copy(b[e:], h.as)
			return b
		}
	}
	return b
}

// minusSign is U+2212 MINUS SIGN, which word processors and the presses' style sheets print for
// a negative offset ("UTC−3", "GMT−03:00", "14:22−05:00"), three bytes in UTF-8.
const minusSign = "\u2212"

// enDash is U+2013, which some presses type for the same minus after "GMT" or "UTC" ("GMT–3").
const enDash = "\u2013"

// asciiMinus returns text with each minus sign before a digit ("UTC−3"), and each en dash
// between "GMT" or "UTC" and a digit ("GMT–03:00"), written as two spaces and an ASCII hyphen,
// the same three bytes: the forms' zones ("(?:GMT|UTC)\s*[+-]", an offset after the clock's
// spaces) read the hyphen alone, and the offset was dropped, a Buenos Aires "14:22 (GMT−03:00)"
// read in the page's guessed zone. Offsets found in the result are offsets in text; text itself
// is returned when nothing changes. Only a sign before a digit: a minus elsewhere is no offset,
// and an en dash elsewhere is a separator ("5 March 2024 – 14:22").
func asciiMinus(text string) string {
	if !strings.Contains(text, minusSign) && !strings.Contains(text, enDash) {
		return text
	}
	var b []byte
	for i := 0; i+3 < len(text); i++ {
		if text[i] != 0xE2 || !isDigit(text[i+3]) {
			continue
		}
		switch text[i : i+3] {
		case minusSign:
		case enDash:
			if i < 3 || text[i-3:i] != "GMT" && text[i-3:i] != "UTC" {
				continue
			}
		default:
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		copy(b[i:], "  -")
		i += 2
	}
	if b == nil {
		return text
	}
	return string(b)
}
