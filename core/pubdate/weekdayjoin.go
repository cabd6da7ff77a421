package pubdate

import "strings"

// englishWeekdays are the English weekday names and the abbreviations presses print after a
// numeric date and before its clock ("2019.3.4 Mon 8:15", "2016/08/07 (Sun) 11:30"), lower-cased
// and without a closing dot. Japanese and Korean sites that write their dates in English letters
// print them so; the forms read no word between a date and its clock and dropped the time.
var englishWeekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "mon": true, "tue": true, "tues": true, "wed": true,
	"thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true}

// postedWords are the verbs that stand before "at" and the clock after a weekday ("2016.08.07 Sun
// posted at 11:30 JST"): the clock is the date's own. "updated" is left out, since its clock is
// another instant's.
var postedWords = map[string]bool{"posted": true, "published": true}

// englishWeekdayBefore writes spaces over an English weekday, with its dot, comma or parentheses,
// that stands between a numeric date's last digit and the clock starting at i, and over a
// postedWords verb before the clock's "at" ("2016.08.07 Sun posted at 11:30" then reads as
// "2016.08.07 at 11:30"), in b, a copy of text made on first use.
func englishWeekdayBefore(b []byte, text string, i int) []byte {
	end := i
	if k, w := wordBefore(text, i); strings.EqualFold(w, "at") {
		k2, verb := wordBefore(text, k)
		if !postedWords[strings.ToLower(verb)] {
			return b
		}
		end, i = k, k2
	}
	e := len(strings.TrimRight(text[:skipSpacesBack(text, i)], ","))
	closed := e > 0 && text[e-1] == ')'
	if closed {
		e--
	}
	s := e
	for s > 0 && e-s <= len("wednesday.") && isWordByte(text[s-1]) {
		s--
	}
	if !englishWeekdays[strings.ToLower(strings.TrimSuffix(text[s:e], "."))] {
		return b
	}
	if closed {
		if s == 0 || text[s-1] != '(' {
			return b
		}
		s--
	}
	d := skipSpacesBack(text, s)
	if d == s || d == 0 || !isDigit(text[d-1]) {
		return b
	}
	return blank(b, text, s, end)
}

// isWordByte reports an ASCII letter or the dot of an abbreviation.
func isWordByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c == '.' }
