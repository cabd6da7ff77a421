package pubdate

import "strings"

// arabicTiming is "توقيت" (timing, time of), the word Arabic presses print a clock's zone with:
// "02:22 م (بتوقيت مكة المكرمة)", "14:22 بتوقيت غرينتش", "بتوقيت أبوظبي".
const arabicTiming = "توقيت"

// arabicZonePlaces are the places after arabicTiming whose clocks keep one offset all year, and
// that offset as the forms' zones read it (the same byte length or shorter than any phrase
// holding them): Mecca and Riyadh (Saudi Arabia, +03:00; Al Jazeera's "توقيت مكة"), Greenwich,
// Abu Dhabi, Dubai and the Emirates (+04:00; Sky News Arabia), Doha and Qatar, Kuwait, Bahrain
// and Baghdad (+03:00), Muscat (+04:00; "عمان" is Oman and, unvowelled, Amman too, so it is left out). Cities whose clocks change in summer (Cairo,
// Beirut, Jerusalem, Damascus before 2022) are left out: a fixed offset would be wrong half the
// year. Longer names first, so "مكة المكرمة" is taken whole.
var arabicZonePlaces = []struct{ place, zone string }{
	{"مكة المكرمة", "UTC+3"}, {"مكة", "UTC+3"}, {"السعودية", "UTC+3"}, {"الرياض", "UTC+3"},
	{"غرينتش", "GMT"}, {"غرينيتش", "GMT"}, {"جرينتش", "GMT"}, {"جرينيتش", "GMT"},
	{"أبوظبي", "UTC+4"}, {"أبو ظبي", "UTC+4"}, {"ابوظبي", "UTC+4"}, {"الإمارات", "UTC+4"}, {"دبي", "UTC+4"},
	{"الدوحة", "UTC+3"}, {"قطر", "UTC+3"}, {"الكويت", "UTC+3"}, {"البحرين", "UTC+3"}, {"المنامة", "UTC+3"},
	{"بغداد", "UTC+3"}, {"العراق", "UTC+3"}, {"مسقط", "UTC+4"},
}

// arabicZoneReach is how many bytes before "توقيت" a clock's last digit may stand: the
// half-day word ("مساءً", ten bytes), a "ب" (in), spaces, a dash and a parenthesis.
const arabicZoneReach = 24

// namedZones returns text with a US zone written out after a clock (englishZones) and an Arabic
// clock zone written in words after a clock ("14:22
// بتوقيت مكة المكرمة") written as the zone the forms read ("14:22 UTC+3" and spaces, the same
// byte length), so that the page's own statement of its zone counts, where the stamp was read in
// the page's guessed zone (a pan-Arab site's .net address places it nowhere). Offsets found in
// the result are offsets in text; text itself is returned when nothing changes. Each phrase is
// looked at once, and only within arabicZoneReach bytes after a digit.
func namedZones(text string) string {
	text = englishZones(text)
	if !strings.Contains(text, arabicTiming) {
		return text
	}
	var b []byte
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], arabicTiming)
		if i < 0 {
			break
		}
		at := from + i
		from = at + len(arabicTiming)
		start := at
		if strings.HasSuffix(text[:start], "ب") {
			start -= len("ب")
		}
		if !digitWithin(text, start, arabicZoneReach) {
			continue
		}
		rest := strings.TrimLeft(text[from:], " ")
		for _, p := range arabicZonePlaces {
			if !strings.HasPrefix(rest, p.place) {
				continue
			}
			end := len(text) - len(rest) + len(p.place)
			if end < len(text) && text[end] >= 0xD8 && text[end] <= 0xDB && !strings.HasPrefix(text[end:], "،") {
				break // the word goes on: another place
			}
			b = blank(b, text, start, end)
			copy(b[start:], p.zone)
			from = end
			break
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// usZoneWords are the US zones written out after a clock ("2:22 p.m. Eastern Time", "2:22 PM
// Pacific"), with the generic name the forms read for each (zoneNames: the offset by the date).
// The bare word counts only where the stamp ends after it (a punctuation mark, a parenthesis or
// the text's end): "2:22 PM Eastern Europe" is no zone.
var usZoneWords = [...]struct{ word, zone string }{
	{"Eastern", "ET"}, {"Central", "CT"}, {"Mountain", "MT"}, {"Pacific", "PT"},
}

// usZoneTails are what may follow a usZoneWords word as part of the zone's name, longest first.
var usZoneTails = [...]string{" Standard Time", " Daylight Time", " Time", " time", ""}

// usZoneReach is how many bytes before the zone's word the clock's last digit may stand ("2:22
// p.m. (" is six).
const usZoneReach = 8

// englishZones returns text with a US zone written out after a clock (usZoneWords) written as
// the generic abbreviation the forms read, in spaces to the same byte length. Offsets found in
// the result are offsets in text; text itself is returned when nothing changes.
func englishZones(text string) string {
	var b []byte
	for _, z := range usZoneWords {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], z.word)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(z.word)
			if !digitWithin(text, at, usZoneReach) || at > 0 && text[at-1] != ' ' && text[at-1] != '(' {
				continue
			}
			end := -1
			for _, t := range usZoneTails {
				if !strings.HasPrefix(text[from:], t) {
					continue
				}
				e := from + len(t)
				if t != "" || e == len(text) || strings.IndexByte(",.;|)", text[e]) >= 0 {
					end = e
				}
				break
			}
			if end < 0 || end < len(text) && isAlnum(text[end]) {
				continue
			}
			b = blank(b, text, at, end)
			copy(b[at:], z.zone)
			from = end
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// digitWithin reports an ASCII digit in the n bytes before i.
func digitWithin(text string, i, n int) bool {
	for k := max(i-n, 0); k < i; k++ {
		if isDigit(text[k]) {
			return true
		}
	}
	return false
}
