// Date forms: the regular expressions that find dates in text and the code that turns a match
// into a Stamp.

package pubdate

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	jalaali "github.com/jalaali/go-jalaali"
)

// timeTail is the optional time after a date: separators and words such as "at", "um", "à", "в",
// Polish "godz." (hour: "15.08.2015, godz. 13:37"), the other presses' words for it, which
// joinTimes blanks before the forms run (Italian "ore", Finnish "klo" …), South Slavic "u" ("5. svibnja 2019. u 12:40"), Romanian "ora" ("5 august 2013, ora 11:33", "ora: 18:40"),
// alone or after a comma or semicolon ("Nov. 26, 2010, at 7:21 AM ET", "December 8, 2010; 10:37 PM"),
// or a full stop ("09 de febrero de 2017. 17:18h"), or a doubled hyphen for a dash ("June 7, 2013 --
// 08:45 GMT"); "à" and "às" are no ASCII word, so "\b" cannot
// bound them and a space does;
// a Korean/Chinese/Japanese half-day marker; hours and minutes with ":" "h" "." or 시/時/点, or
// AP style's whole hour with a.m./p.m. and no minutes ("Monday, May 22, 2017 | 2 a.m.");
// seconds; a.m./p.m. (also Greek μ.μ./π.μ. and Malay petang/pagi, which joinTimes writes so) or the Arabic م/ص; "Uhr" or "hrs" ("00:04 hrs IST", as Indian pages print); and a zone, including an offset some CMSs write
// with a one-digit hour ("2018-10-29T10:15-500") or a dot ("2016-05-14T16:34+5.30", India's
// +05:30: only whole, half and three-quarter hours, so a figure such as "-5.12" is no zone).
// A "Time:" label may stand between them, as a photo page prints "Date: 05 June 2013 Time: 12:45 PM ET".
// Indonesia's zones are also printed in lower case ("15:56 wib", Western Indonesia Time).
// "GMT+7" may stand in parentheses, as Vietnamese pages print it ("03:04 AM (GMT+7)").
// The zone may also stand before the time, as RTHK prints "2023-04-14 HKT 21:06"; a capitalised
// word there that is no zone leaves the day alone.
const timeTail = `(?:\s*(?:[,;.]?\s*\b(?:(?:at|um|a las|alle|kl\.?|om|godz|ora|u)\b|godz\.|ora:)|[,;|]?\s*\b(?:Time|TIME)(?:\s+posted)?\s*:|(?:à|às)\s|--|[,;،|·•@/T–—-]|\.\s|:\s|в)?\s*[(\[]?\s*` +
	`(?P<ap1>오전|오후|上午|下午|午前|午後|AM|PM)?\s*(?:(?P<zb>[A-Z]{2,5})\s+)?` +
	`(?:(?P<h>\d{1,2})\s*[:：hH.]\s*(?P<mi>\d{2})(?:\s*[:：]\s*(?P<s>\d{2})(?:[.,]\d{1,9})?)?` +
	`|(?P<hk>\d{1,2})\s*[시時时点]\s*(?:(?P<mik>\d{1,2})\s*[분分](?:\s*(?P<sk>\d{1,2})\s*[초秒])?)?` +
	`|(?P<hap>\d{1,2})\s?(?P<ap4>[ap]\.m(?:\.|\b)))` +
	`\s*(?:(?P<ap2>(?i:a\.?\s?m\b\.?|p\.?\s?m\b\.?))|(?P<ap3>ب\.\s?ظ|ق\.\s?ظ|مساءً|مساءا|مساء|م|صباحاً|صباحا|ص|sáng|chiều|tối)(?:$|[^\p{L}\p{M}]))?\s*(?:Uhr\b|hrs\b|ч\.?)?\s*[)\]]?` +
	`\s*(?P<z>Z\b|[+-]\d{2}:?\d{2}\b|[+-]\d[0-5]\d\b|[+-]\d{1,2}\.(?:00|30|45)\b|\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\b\)?|\(?(?:[A-Z]{1,5}|[Ww]ib|[Ww]ita|[Ww]it|[Mm]sk)\b\)?|\(?(?:МСК|[Мм]ск)(?:$|[^\p{L}]))?)?`

const (
	year4   = `(?P<y>(?:19|20)\d{2})`
	weekday = `(?:\s*[(（]\s*[월화수목금토일月火水木金土日一二三四五六天]\s*(?:요일|曜日|曜)?\s*[)）])?`
)

// timeFirst is a time written before its date: hours and minutes, a.m./p.m., "Uhr", a zone
// abbreviation, then a separator, an opening parenthesis ("08:19 IST(19/7/2013)") or "on",
// and an optional weekday.
const timeFirst = `\b(?P<h>\d{1,2}):(?P<mi>\d{2})\s*(?P<ap2>(?i:a\.?\s?m\b\.?|p\.?\s?m\b\.?))?\s*(?:Uhr\b)?\s*(?P<z>[A-Z]{2,5}\b)?\s*[,|·•]?\s*\(?\s*` +
	`(?:on\s+)?(?:\p{L}{3,9}\.?,?\s+)?`

// zoneAfter is the zone a time-first form may print after its date ("22:00, 11 July 2021
// BST"); build reads it when the time carried none.
const zoneAfter = `(?:,?\s*\(?(?P<zt>[A-Z]{2,5})\b\)?)?`

// patterns find dates in text. Each names its groups y, mo (number) or mon (word), d and the
// time groups of timeTail.
var patterns = []*regexp.Regexp{
	// 2019-11-18, 2019/11/18, 2019.11.18. (Korean sites end with a dot), ISO with T.
	regexp.MustCompile(`\b` + year4 + `\s*(?P<sep1>[-/.])\s*(?P<mo>\d{1,2})\s*(?P<sep2>[-/.])\s*(?P<d>\d{1,2})(?:\b\.?|T)` + weekday + timeTail),
	// 2019년 11월 18일, 2019年11月18日.
	regexp.MustCompile(year4 + `\s*[년年]\s*(?P<mo>\d{1,2})\s*[월月]\s*(?P<d>\d{1,2})\s*[일日号]` + weekday + timeTail),
	// 18.11.2019, 18/11/2019, 18-11-2019, 18 | 11 | 2019; the year's abbreviation after it
	// (Russian and Bulgarian "г.", Polish "r.", Ukrainian "р.": "05.03.2024 г., 14:22").
	// (gluedNumericForm reads it right after a lower-case word.)
	regexp.MustCompile(`\b` + dayFirstNumeric),
	// 20 Nov 2019, 20. November 2019, 20 ноября 2019 г., 20 de noviembre de 2019, 20th of November 2019,
	// 3 października 2022 and 12 Σεπτεμβρίου 2019 (twelve and eleven letters),
	// 24 نيسان / أبريل 2020 (Levantine and Egyptian names side by side).
	regexp.MustCompile(`\b(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+|of\s+|d['’])?(?P<mon>\p{L}{3,12})\.?(?:(?:\s+\p{L}{2,10})?\s*/\s*(?P<mon2>\p{L}{2,10}))?\s?,?\s*(?:de\s+|del\s+)?` + year4 +
		`\b(?:\s*(?:г\.|года|г\b|r\.|roku|року|р\.))?` + timeTail),
	// November 20, 2019; Nov. 20th 2019.
	// Also with no space after the comma, "March 24,2011".
	regexp.MustCompile(`(?:^|[^\p{L}])(?P<mon>\p{L}{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|,)` + year4 + `\b` + timeTail),
	// RFC 850: Wednesday, 20-Nov-19 08:02:00 GMT.
	regexp.MustCompile(`\b(?P<d>\d{1,2})-(?P<mon>\p{L}{3})-(?P<y>\d{2}|\d{4})\b` + timeTail),
	// ANSI C and Java: Wed Nov 20 08:02:00 2019, Sun Nov 23 16:00:00 EDT 2014.
	regexp.MustCompile(`\b(?P<mon>\p{L}{3})\s+(?P<d>\d{1,2})\s+(?P<h>\d{2}):(?P<mi>\d{2}):(?P<s>\d{2})\s+(?:(?P<z>[A-Z]{2,5})\s+)?` + year4 + `\b`),
	// Solar Hijri (Persian) dates: 2 تیر 1399.
	regexp.MustCompile(`\b(?P<d>\d{1,2})\s*(?P<jmon>\p{L}{2,9})\s*(?P<jy>1[34]\d{2})\b` + timeTail),
	// Two-digit years, only with Context.ShortYear: 30.10.23, 26/10/13 (10/26/13 month-first).
	regexp.MustCompile(`\b(?P<d>\d{1,2})(?P<sep1>[./])(?P<mo>\d{1,2})(?P<sep2>[./])(?P<y>\d{2})\b` + timeTail),
	// The time first, as CNN and many US sites print a byline: "Updated 3:30 PM EST, Sat January
	// 6, 2024", "10:15 a.m. ET Jan. 6, 2024"; and day first: "15:30 Uhr, 6. Januar 2024".
	regexp.MustCompile(timeFirst + `(?P<mon>\p{L}{3,10})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+` + year4 + `\b` + zoneAfter),
	regexp.MustCompile(timeFirst + `(?P<d>\d{1,2})\.?\s+(?P<mon>\p{L}{3,10})\.?,?\s+` + year4 + `\b` + zoneAfter),
	// The time before a numeric date: "4:20PM, 10/28/2010", "17:08 10/04/2011". Without it the
	// date alone is read and the printed time lost.
	regexp.MustCompile(timeFirst + `(?P<d>\d{1,2})(?P<sep1>[./-])(?P<mo>\d{1,2})(?P<sep2>[./-])` + year4 + `\b` + zoneAfter),
	// Hungarian: the year first with a dot, the month's name, the day with a dot: "2015.
	// augusztus 20., 11:16", "2015. aug. 20. 11:16". The day's dot is required: a sentence
	// ending with a year and the next opening with a month and a number ("in 2015. May 3
	// people …") is no date.
	regexp.MustCompile(`\b` + year4 + `\.\s*(?P<mon>\p{L}{3,12})\.?\s*(?P<d>\d{1,2})\.` + timeTail),
	// The time before a numeric date with a two-digit year, only with Context.ShortYear: "Posted
	// 9:45 AM 11/06/10" (AOL's sites). Without it the date alone is read and the time lost.
	regexp.MustCompile(timeFirst + `(?P<d>\d{1,2})(?P<sep1>[./])(?P<mo>\d{1,2})(?P<sep2>[./])(?P<y>\d{2})\b` + zoneAfter),
	// A month name, the day, a comma and a two-digit year, only with Context.ShortYear: "Sep 4,
	// 14" (WordPress's "M j, y" date format). The comma is required: "Sep 4 14 people" is none.
	regexp.MustCompile(`(?:^|[^\p{L}])(?P<mon>\p{L}{3,10})\.?\s+(?P<d>\d{1,2}),\s+(?P<y>\d{2})\b` + timeTail),
}

// shortYearPattern, shortTimeFirstPattern and shortMonthPattern are the indexes of the
// two-digit-year forms in patterns, run only with Context.ShortYear.
const (
	shortYearPattern      = 8
	shortTimeFirstPattern = 13
	shortMonthPattern     = 14
)

// The indexes of the forms findIn skips when the text lacks their literal: "년" or "年" (the
// Korean and Chinese form), "-" (RFC 850), ":" (ANSI C and the four time-first forms, every
// form from ansiCPattern on but the Persian, the two-digit-year date and the Hungarian form), a year
// followed by a dot and a word (the Hungarian form).
const (
	cjkYearPattern   = 1
	rfc850Pattern    = 5
	ansiCPattern     = 6
	persianPattern   = 7
	hungarianPattern = 12
)

// lazyForm is a form compiled on first use, with its group numbers: the Thai and numeric Solar
// Hijri forms run only on texts holding Thai or Arabic letters, so most programs never pay for
// compiling them (each carries timeTail).
type lazyForm struct {
	re     *regexp.Regexp
	groups map[string]int
}

// compileForm compiles one lazy form and numbers its named groups, as groupIndex does for patterns.
func compileForm(expr string) lazyForm {
	re := regexp.MustCompile(expr)
	g := map[string]int{}
	for j, n := range re.SubexpNames() {
		if n != "" {
			g[n] = j
		}
	}
	return lazyForm{re, g}
}

// thaiForm reads Thai dates: the day, the month's name or its dotted abbreviation, the year of
// the Buddhist Era (543 years ahead; also its last two digits, "5 มี.ค. 67", as the presses
// print it beside an abbreviated month) or the Common Era, and "เวลา" (time) before the clock:
// "21 ม.ค.2561", "วันที่ 12 มกราคม 2566 เวลา 10:30 น.". Thai vowel signs are marks, not letters,
// so the name is read as a run of the Thai script.
var thaiForm = sync.OnceValue(func() lazyForm {
	return compileForm(`\b(?P<d>\d{1,2})\s*(?P<thmon>\p{Thai}[\p{Thai}.]{1,15})\s*(?:พ\.\s?ศ\.\s*)?(?P<thy>25\d{2}|(?:19|20)\d{2}|\d{2})\b(?:\s*เวลา)?` + timeTail)
})

// thaiNumericForm reads the numeric dates Thai pages print with the year of the Buddhist Era,
// day first: "05/03/2567 14:22", "5.3.2567". A Gregorian year of 2530–2599 is no publication
// date (plausible keeps 1990 to the next years), so such a year closing a numeric date is the
// Buddhist Era's, 543 years ahead, on any page: the Thai script need not stand beside it (a date
// element holds only the numbers). Find runs it only where such a year closes one (hasBENumeric).
var thaiNumericForm = sync.OnceValue(func() lazyForm {
	return compileForm(`\b(?P<d>\d{1,2})\s*(?P<sep1>[./])\s*(?P<mo>\d{1,2})\s*(?P<sep2>[./])\s*(?P<by>25[3-9]\d)\b` + timeTail)
})

// dayFirstNumeric is the day-first numeric date of patterns ("18.11.2019 г., 14:22") without
// what precedes the day: a word boundary there, a lower-case letter in gluedNumericForm.
var dayFirstNumeric = `(?P<d>\d{1,2})\s*(?P<sep1>[./|-])\s*(?P<mo>\d{1,2})\s*(?P<sep2>[./|-])\s*` + year4 + `\b(?:\s*(?:г|r|р)\.)?` + timeTail

// gluedNumericForm reads a day-first numeric date right after a lower-case word with no space,
// as a page's text joins a label element and the date element set beside it ("<a>Tunisie</a>
// <span>19/03/2020 à 14:11</span>" reads "Tunisie19/03/2020 à 14:11"): no word ends in a day's
// digits followed by a month and a year. The form of patterns with the letter in front of the
// day, run only where hasGluedNumeric finds one: the common form stays free of the alternation.
var gluedNumericForm = sync.OnceValue(func() lazyForm {
	return compileForm(`\p{Ll}` + dayFirstNumeric)
})

// maxGluedScan bounds the digit runs hasGluedNumeric looks at in one text.
const maxGluedScan = 256

// hasGluedNumeric reports a one- or two-digit run right after a letter (an ASCII lower-case
// one, or the last byte of a multi-byte one) and followed by a date separator, spaces between
// them allowed: the start of a numeric date glued to a word, for gluedNumericForm to read.
func hasGluedNumeric(text string) bool {
	n := 0
	for i := 1; i < len(text) && n < maxGluedScan; i++ {
		if !isDigit(text[i]) || isDigit(text[i-1]) {
			continue
		}
		n++
		if b := text[i-1]; !(b >= 'a' && b <= 'z' || b >= 0x80) {
			continue
		}
		j := i + 1
		if j < len(text) && isDigit(text[j]) {
			j++
		}
		// The form lets spaces stand between the day and its separator (\s*: "Tunisie19 /03/2020"),
		// as the form of patterns it replaced did (fuzz32).
		for j < len(text) && strings.IndexByte(" \t\n\f\r", text[j]) >= 0 {
			j++
		}
		if j < len(text) && strings.IndexByte("./|-", text[j]) >= 0 {
			return true
		}
	}
	return false
}

// beNumericAt reports a Buddhist Era year (2530–2599) at text[i:i+4] that closes a numeric date:
// right after "/" or "." and a one- or two-digit month, with no fifth digit.
func beNumericAt(text string, i int) bool {
	if i < 2 || i+4 > len(text) || text[i] != '2' || text[i+1] != '5' || text[i+2] < '3' || !isDigit(text[i+2]) || !isDigit(text[i+3]) ||
		i+4 < len(text) && isDigit(text[i+4]) || text[i-1] != '/' && text[i-1] != '.' || !isDigit(text[i-2]) {
		return false
	}
	return true
}

// maxBEScan bounds the separators hasBENumeric looks behind in one text.
const maxBEScan = 256

// hasBENumeric reports a numeric date closed by a Buddhist Era year in text (beNumericAt).
func hasBENumeric(text string) bool {
	n := 0
	for i := strings.Index(text, "25"); i >= 0 && n < maxBEScan; n++ {
		if beNumericAt(text, i) {
			return true
		}
		k := strings.Index(text[i+2:], "25")
		if k < 0 {
			return false
		}
		i += 2 + k
	}
	return false
}

// jalaliForm reads Solar Hijri dates in numbers, year first, as Iranian pages print them beside
// a Persian label: "۱۳۹۹/۰۲/۲۱" (build takes one only after a Persian or Arabic word, or
// written in Persian digits).
var jalaliForm = sync.OnceValue(func() lazyForm {
	return compileForm(`\b(?P<jy>1[34]\d{2})\s*/\s*(?P<jmo>\d{1,2})\s*/\s*(?P<d>\d{1,2})\b` + timeTail)
})

// indicRun is a month's name in one of India's scripts, Devanagari to Malayalam.
const indicRun = `[\p{Devanagari}\p{Bengali}\p{Gurmukhi}\p{Gujarati}\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}]{2,12}`

// indicForms read Hindi, Marathi and Bengali dates (and, since the twenty-ninth round, Punjabi,
// Gujarati, Tamil, Telugu, Kannada and Malayalam ones, "5 மார்ச் 2024") by a month's name, day first ("5 मार्च
// 2024, 2:22 PM IST", "৫ মার্চ ২০২৪" once its digits are folded) and month first, as NDTV's
// Hindi template prints "मार्च 05, 2024 14:22 IST".
var indicForms = sync.OnceValue(func() [2]lazyForm {
	return [2]lazyForm{
		compileForm(`\b(?P<d>\d{1,2})\s*(?P<inmon>` + indicRun + `),?\s*` + year4 + `\b` + timeTail),
		compileForm(`(?P<inmon>` + indicRun + `)\s+(?P<d>\d{1,2}),?\s+` + year4 + `\b` + timeTail),
	}
})

// vietForm reads the Vietnamese long date, the month a number after "tháng": "5 tháng 3 năm
// 2024", "ngày 05 tháng 03, 2024 14:22".
var vietForm = sync.OnceValue(func() lazyForm {
	return compileForm(`\b(?P<d>\d{1,2})\s+(?i:tháng)\s+(?P<mo>\d{1,2})(?:\s*,\s*|\s+(?i:năm)\s+)` + year4 + `\b` + timeTail)
})

// eraForms read dates whose year is counted in an East Asian era: the Japanese imperial eras
// (令和6年3月5日, 令和元年5月1日 with 元 for the first year, 平成31年4月30日 14時22分) and the
// Republic of China calendar Taiwan's official and news pages print (民國112年4月3日, 中華民國
// 112 年 4 月 3 日), and the ROC year in numbers only right after its 民國 label ("民國
// 112/04/03"): a bare three-digit year is as often a count or a reference. Find runs them only
// where the text holds an era's name.
var eraForms = sync.OnceValue(func() [2]lazyForm {
	return [2]lazyForm{
		compileForm(`(?P<era>令和|平成|昭和|(?:中華)?民[國国])\s*(?P<ey>元|\d{1,3})\s*年\s*(?P<mo>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日` + weekday + timeTail),
		compileForm(`(?P<era>(?:中華)?民[國国])\s*(?P<ey>\d{2,3})\s*(?P<sep1>[-/.])\s*(?P<mo>\d{1,2})\s*(?P<sep2>[-/.])\s*(?P<d>\d{1,2})\b` + timeTail),
	}
})

// balticForms read the year-first long dates of the Baltic presses: Latvian "2024. gada 5.
// marts" (the year's genitive "gada", the day with a dot, the month) and Lithuanian "2024 m.
// kovo 5 d." (the year's "m.", the month's genitive, the day's "d."). Find runs them only where
// the text holds "gada" or " m. ".
var balticForms = sync.OnceValue(func() [2]lazyForm {
	return [2]lazyForm{
		compileForm(`\b` + year4 + `\.?\s*gada\s+(?P<d>\d{1,2})\.\s*(?P<mon>\p{L}{4,12})` + timeTail),
		compileForm(`\b` + year4 + `\s*m\.\s*(?P<mon>\p{L}{4,10})\s+(?P<d>\d{1,2})\s*d\.` + timeTail),
	}
})

// eraNames are the era names eraForms read; a text holding none skips them.
var eraNames = [...]string{"令和", "平成", "昭和", "民國", "民国"}

// hasEra reports an era's name in text.
func hasEra(text string) bool {
	for _, n := range eraNames {
		if strings.Contains(text, n) {
			return true
		}
	}
	return false
}

// eraYear turns an era and its year ("令和", "6"; "平成", "元") into the Gregorian year, with
// the first and last day the era's years are counted on: 令和 from 1 May 2019, 平成 from 8
// January 1989 to 30 April 2019, 昭和 from 25 December 1926 to 7 January 1989, the ROC calendar
// from 1912 on.
func eraYear(era, n string) (y int, first, last time.Time, ok bool) {
	k := 1
	if n != "元" {
		var err error
		if k, err = strconv.Atoi(n); err != nil || k < 1 {
			return 0, first, last, false
		}
	}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	switch era {
	case "令和":
		return 2018 + k, day(2019, 5, 1), day(9999, 12, 31), true
	case "平成":
		return 1988 + k, day(1989, 1, 8), day(2019, 4, 30), true
	case "昭和":
		return 1925 + k, day(1926, 12, 25), day(1989, 1, 7), true
	}
	return 1911 + k, day(1912, 1, 1), day(9999, 12, 31), true // 民國, 中華民國
}

// build validates one match and turns it into a stamp.
func build(text string, m []int, g map[string]int, c Context) (Stamp, bool) {
	get := func(name string) string {
		i, ok := g[name]
		if !ok || m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	num := func(name string) int {
		n, _ := strconv.Atoi(get(name))
		return n
	}
	if get("sep1") != get("sep2") {
		return Stamp{}, false // 2019-11.18 is no date
	}
	if i, ok := g["y"]; ok && m[2*i+1]-m[2*i] == 2 {
		e := m[2*i+1]
		if get("sep1") != "" && e+1 < len(text) && (text[e] == '.' || text[e] == '/') && isDigit(text[e+1]) {
			return Stamp{}, false // 1.10.23.4 is a version or a reference, not a date
		}
		if e+1 < len(text) && text[e] == ':' && isDigit(text[e+1]) {
			// "August 27, 06:04 PM": a stamp printed without its year has the clock's hour
			// where the two-digit year would stand; read as one it dated the story to 2006.
			return Stamp{}, false
		}
	}
	y, d := num("y"), num("d")
	if by := num("by"); by > 0 {
		y = by - 543 // the Buddhist Era (thaiNumericForm)
	}
	if y < 100 {
		y += 2000
		if y > time.Now().Year()+1 {
			y -= 100
		}
	}
	var mo time.Month
	var eraFirst, eraLast time.Time
	if e := get("era"); e != "" {
		var ok bool
		if y, eraFirst, eraLast, ok = eraYear(strings.TrimPrefix(e, "中華"), get("ey")); !ok {
			return Stamp{}, false
		}
	}
	if w := get("thmon"); w != "" {
		var ok bool
		if mo, ok = thaiMonth(w); !ok {
			return Stamp{}, false
		}
		if y = num("thy"); y > 2400 {
			y -= 543 // the Buddhist Era
		} else if y < 100 {
			if !strings.Contains(w, ".") {
				return Stamp{}, false // "5 มีนาคม 45 คน": two digits close only an abbreviated month's date
			}
			y += 2500 - 543 // the Buddhist Era's last two digits: 67 is 2567, 2024
		}
	} else if w := get("inmon"); w != "" {
		var ok bool
		if mo, ok = indicMonth(w); !ok {
			return Stamp{}, false
		}
	} else if w, n := get("jmon"), num("jmo"); w != "" || n > 0 {
		jm, ok := persianMonth(w)
		if n > 0 {
			// "1399/02/21" in ASCII digits is as often a file or case number: only after a
			// Persian or Arabic word, or written in Persian digits.
			jm, ok = n, n <= 12 && (c.arabicDigits || arabicScriptBefore(text, m[2*g["jy"]]))
		}
		if !ok || d < 1 || d > 31 || jm > 6 && d > 30 {
			return Stamp{}, false
		}
		var err error
		if y, mo, d, err = jalaali.ToGregorian(num("jy"), jalaali.Month(jm), d); err != nil {
			return Stamp{}, false
		}
	} else if w := get("mon"); w != "" {
		var ok bool
		if mo, ok = month(w); !ok {
			// "تشرين الثاني / نوفمبر": the first name is two words, the second one settles it.
			if mo, ok = month(get("mon2")); !ok {
				return Stamp{}, false
			}
		}
	} else {
		mo = time.Month(num("mo"))
		if g["y"] > g["d"] && (int(mo) > 12 || c.MonthFirst && get("sep1") == "/" && d <= 12) {
			mo, d = time.Month(d), int(mo) // 11/20/2019
		}
	}
	st := Stamp{Precision: Day}
	h, mi, sec := 0, 0, 0
	switch {
	case get("h") != "" && !nextDate(text, m, g):
		h, mi, sec = num("h"), num("mi"), num("s")
		st.Precision = Minute
		if get("s") != "" {
			st.Precision = Second
		}
	case get("hap") != "":
		h = num("hap") // AP style's whole hour, "2 a.m.": minute zero
		st.Precision = Minute
	case get("hk") != "":
		h, mi, sec = num("hk"), num("mik"), num("sk")
		st.Precision = Minute
		if get("sk") != "" {
			st.Precision = Second
		}
	}
	if st.Precision > Day {
		hh, ok := halfDay(h, firstNonEmpty(get("ap1"), get("ap2"), arabicHalfDay[get("ap3")], get("ap4")))
		if !ok && get("ap1") == "" && h <= 23 {
			hh, ok = h, true // "20:15 am Montag": German "am", not a.m.
		}
		h = hh
		if !ok || mi > 59 || sec > 60 {
			st.Precision, h, mi, sec = Day, 0, 0, 0 // a date followed by a non-time number
		}
	}
	if zb := get("zb"); zb != "" && st.Precision > Day {
		if _, ok := zone(zb); !ok {
			st.Precision, h, mi, sec = Day, 0, 0, 0 // "2023-04-14 NEWS 21:06": no stamp of one moment
		}
	}
	loc := c.loc()
	if z := strings.Trim(firstNonEmpty(get("z"), get("zb"), get("zt")), "()"); z != "" && st.Precision > Day {
		if zl, ok := zone(z); ok {
			loc, st.Zoned = zl, true
		}
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return Stamp{}, false
	}
	st.Time = time.Date(y, mo, d, h, mi, sec, 0, loc)
	if st.Time.Day() != d {
		return Stamp{}, false // 31 November
	}
	if !eraFirst.IsZero() {
		// 令和元年4月1日 and 平成31年5月1日 name no day: the era had not begun or had ended.
		if cal := time.Date(y, mo, d, 0, 0, 0, 0, time.UTC); cal.Before(eraFirst) || cal.After(eraLast) {
			return Stamp{}, false
		}
	}
	return plausible(st)
}

// nextDate reports a "time" that is the start of the next date in a list: "09.10.2021
// 19.08.2021" is two dates, not 19:08. Only a time written with a dot can be one.
func nextDate(text string, m []int, g map[string]int) bool {
	hi, mi := g["h"], g["mi"]
	if m[2*hi+1] < 0 || m[2*mi] < 0 || !strings.Contains(text[m[2*hi+1]:m[2*mi]], ".") {
		return false
	}
	e := m[2*mi+1]
	return e+1 < len(text) && (text[e] == '.' || text[e] == '/') && isDigit(text[e+1])
}

var markerTidy = strings.NewReplacer(".", "", " ", "")

// arabicHalfDay reads the Arabic markers after a time, م/مساءً evening and ص/صباحاً morning,
// the Persian ب.ظ (afternoon) and ق.ظ (morning), and the Vietnamese sáng (morning), chiều
// (afternoon) and tối (evening), which Vietnamese pages print after a 12-hour clock ("04:00 chiều").
var arabicHalfDay = map[string]string{"ب.ظ": "pm", "ب. ظ": "pm", "ق.ظ": "am", "ق. ظ": "am", "م": "pm", "مساء": "pm", "مساءً": "pm", "مساءا": "pm", "ص": "am", "صباحا": "am", "صباحاً": "am",
	"sáng": "am", "chiều": "pm", "tối": "pm"}

// halfDay applies 오전/오후, 上午/下午, 午前/午後 and a.m./p.m. to an hour.
func halfDay(h int, marker string) (int, bool) {
	m := strings.ToLower(markerTidy.Replace(marker))
	switch m {
	case "":
		return h, h <= 23
	case "오후", "下午", "午後", "pm":
		if h < 1 || h > 12 {
			return 0, false
		}
		if h < 12 {
			h += 12
		}
	case "오전", "上午", "午前", "am":
		if h > 12 {
			return 0, false
		}
		if h == 12 {
			h = 0
		}
	}
	return h, true
}

var offsetRe = regexp.MustCompile(`^(?:GMT|UTC)?\s*([+-])\s*(\d{1,2})[:.]?(\d{2})?$`)

// zone reads "Z", "+09:00", "-0500", "-500", "+5.30", "GMT+9", "UTC+05:30" or an abbreviation.
func zone(z string) (*time.Location, bool) {
	if m := offsetRe.FindStringSubmatch(z); m != nil {
		h, _ := strconv.Atoi(m[2])
		mi, _ := strconv.Atoi(m[3])
		if h > 14 || mi > 59 {
			return nil, false
		}
		off := h*3600 + mi*60
		if m[1] == "-" {
			off = -off
		}
		if off == 0 {
			return time.UTC, true
		}
		return time.FixedZone("", off), true
	}
	if lowerZones[z] {
		z = strings.ToUpper(z)
	}
	if moscowZones[strings.TrimRightFunc(z, func(r rune) bool { return !unicode.IsLetter(r) })] {
		z = "MSK"
	}
	return zoneFor(z)
}

// lowerZones are the abbreviations also printed in lower case or capitalised: Indonesia's WIB,
// WITA and WIT ("Kamis, 5 November 2015 - 15:56 wib").
var lowerZones = map[string]bool{"wib": true, "Wib": true, "wita": true, "Wita": true, "wit": true, "Wit": true}

// moscowZones are the ways Russian-language pages print Moscow time after a clock ("10:26
// МСК", "09:45 (Мск)", "12:23 msk"): the Cyrillic abbreviation, which the Latin pattern's \b
// cannot close (Go's word boundary knows only ASCII letters, so the pattern takes the byte
// after it, a non-letter), and the Latin one in lower case.
var moscowZones = map[string]bool{"МСК": true, "Мск": true, "мск": true, "msk": true, "Msk": true}
