package pubdate

import (
	"strings"
	"unicode/utf8"
)

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
	// Bengali পিএম and এএম, the English markers in its letters ("০২:২২ পিএম").
	{"পিএম", "pm          "}, {"এএম", "am       "},
	// Arabic م (masa', evening) and ص (sabah, morning) alone after the clock: the forms read them
	// after a date, but a time printed before its date ("02:22 م الثلاثاء 05 مارس 2024", as
	// Egyptian pages print it) reads only an English marker.
	{"م", "pm"}, {"ص", "am"},
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
		b = weekdayCommaBefore(b, text, i)
		b = cjkWeekdayBefore(b, text, i)
		b = englishWeekdayBefore(b, text, i)
		b = halfDayAfter(b, text, j+3)
	}
	if b == nil {
		return text
	}
	return string(b)
}

// weekdayCommaBefore writes spaces over a weekday of timeWords that stands with its comma right
// before the clock starting at i ("5 Mart 2024 Salı, 14:22"), after a space, in b, a copy of text
// made on first use: wordBefore ends a word at a comma.
func weekdayCommaBefore(b []byte, text string, i int) []byte {
	e := skipSpacesBack(text, i)
	if e == i || e == 0 || text[e-1] != ',' {
		return b
	}
	s := e - 1
	for s > 0 && e-1-s <= maxTimeWord && text[s-1] != ' ' && !isDigit(text[s-1]) && text[s-1] != ',' {
		s--
	}
	if s == e-1 || e-1-s > maxTimeWord || s == 0 || text[s-1] != ' ' || !timeWords[strings.ToLower(text[s:e-1])] {
		return b
	}
	return blank(b, text, s, i)
}

// cjkWeekdays are the weekday words Chinese, Japanese and Korean presses print between a date and
// its clock without parentheses, or in parentheses but with more than the one letter the forms'
// weekday reads ("2024年3月5日 星期二 14:22", "2024/03/05 (週二) 14:22", "2024년 3월 5일
// 화요일 오후 2:22", "2024年3月5日 火曜日 14:22"): the first letters; each is followed by one
// letter of cjkWeekdayDays.
var cjkWeekdays = [...]string{"星期", "週", "周", "禮拜", "礼拜"}

// cjkWeekdayDays are the day letters after cjkWeekdays (一 … 六 and 日 or 天 for Sunday).
const cjkWeekdayDays = "一二三四五六日天"

// cjkHalfDays are the half-day markers that may stand between the weekday and the clock.
var cjkHalfDays = [...]string{"上午", "下午", "午前", "午後", "오전", "오후"}

// cjkWeekdayBefore writes spaces over a CJK weekday word (cjkWeekdays, or a Korean "화요일" or
// Japanese "火曜日"), with its parentheses, that stands right before the clock starting at i (a
// half-day marker and spaces may stand between) and right after a date's end (a digit, "日",
// "일" or "号", a dot), in b, a copy of text made on first use. The forms read no word there, and
// the printed time was dropped; the pattern of the CJK dates is near Go's fast-matcher bound, so
// the word is blanked here rather than read there. Each step looks back a fixed number of bytes.
func cjkWeekdayBefore(b []byte, text string, i int) []byte {
	e := skipSpacesBack(text, i)
	for _, h := range cjkHalfDays {
		if strings.HasSuffix(text[:e], h) {
			e = skipSpacesBack(text, e-len(h))
			break
		}
	}
	end := e
	if strings.HasSuffix(text[:e], ")") {
		e--
	} else if strings.HasSuffix(text[:e], "）") {
		e -= len("）")
	}
	e = skipSpacesBack(text, e)
	s := cjkWeekdayStart(text[:e])
	if s < 0 {
		return b
	}
	if strings.HasSuffix(text[:s], "(") {
		s--
	} else if strings.HasSuffix(text[:s], "（") {
		s -= len("（")
	} else if end != e && !strings.HasSuffix(text[:end], "）") && !strings.HasSuffix(text[:end], ")") {
		return b
	}
	d := skipSpacesBack(text, s)
	if d == 0 || !(isDigit(text[d-1]) || text[d-1] == '.' || strings.HasSuffix(text[:d], "日") || strings.HasSuffix(text[:d], "일") || strings.HasSuffix(text[:d], "号")) {
		return b
	}
	return blank(b, text, s, end)
}

// cjkWeekdayStart returns where the CJK weekday word that ends text starts, or -1.
func cjkWeekdayStart(text string) int {
	for _, suffix := range [...]string{"요일", "曜日"} {
		if t := strings.TrimSuffix(text, suffix); len(t) < len(text) {
			r, n := utf8.DecodeLastRuneInString(t)
			if n > 0 && strings.ContainsRune("월화수목금토일月火水木金土日", r) {
				return len(t) - n
			}
			return -1
		}
	}
	r, n := utf8.DecodeLastRuneInString(text)
	if n == 0 || !strings.ContainsRune(cjkWeekdayDays, r) {
		return -1
	}
	for _, w := range cjkWeekdays {
		if strings.HasSuffix(text[:len(text)-n], w) {
			return len(text) - n - len(w)
		}
	}
	return -1
}

// skipSpacesBack returns the offset before the spaces that end text[:i].
func skipSpacesBack(text string, i int) int {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '\n') {
		i--
	}
	return i
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
			if end := e + len(h.word); end < len(text) && (isAlnum(text[end]) || h.word[0] >= utf8.RuneSelf && text[end] >= utf8.RuneSelf) {
				continue // "pagination", "مساء" (a word of its own script goes on)
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
