package extract

import (
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"paperboy/core/pubdate"
)

// kst is Korea Standard Time; Korean pages almost never print an offset, and KST has no DST.
var kst = time.FixedZone("KST", 9*60*60)

// dateRank orders where a date was read, most trusted first. A date from a lower rank never
// beats one from a higher rank: metadata is not overruled by a date that happens to stand in
// the story ("… since 2001-09-11").
type dateRank int

const (
	rankMeta    dateRank = iota // JSON-LD, meta tags, microdata, <time pubdate>
	rankData                    // data-date-time attributes
	rankVisible                 // labelled or classed visible dates, bylines, other <time datetime>
	rankGeneric                 // <meta name="date"> or DC.date without an offset
	rankURL                     // /2019/11/20/ in the address
	rankHeader                  // the first date next to the headline
	rankProse                   // the first date at the top of the story text
	rankScript                  // a publication key in inline script state
	rankPage                    // the first date anywhere in the page text
)

// dateCand is one date the page offers.
type dateCand struct {
	st   pubdate.Stamp
	rank dateRank
}

// dateReader turns the page's date strings into candidates, with the page's zones.
type dateReader struct {
	machine, visible pubdate.Context
}

func (d dateReader) value(out *[]dateCand, rank dateRank, vals ...string) {
	for _, v := range vals {
		if st, ok := pubdate.Parse(v, d.machine); ok {
			if st.DateOnly() {
				// A bare date is a day where the newsroom is, not midnight UTC.
				st, _ = pubdate.Parse(v, d.visible)
			}
			*out = append(*out, dateCand{st, rank})
		}
	}
}

func (d dateReader) text(out *[]dateCand, rank dateRank, texts ...string) {
	for _, t := range texts {
		if st, _, _, ok := pubdate.Find(t, d.visible); ok {
			*out = append(*out, dateCand{st, rank})
		}
	}
}

// choose takes the most trusted candidate; when it names only a day and another candidate
// gives that same day with a time, the precise one wins ("2019-11-18" in the metadata,
// "기사입력 2019-11-18 10:15" in the byline).
func choose(cands []dateCand) (pubdate.Stamp, bool) {
	if len(cands) == 0 {
		return pubdate.Stamp{}, false
	}
	best := cands[0]
	for _, c := range cands[1:] {
		if c.rank < best.rank {
			best = c
		}
	}
	if best.st.DateOnly() {
		day := best.st.Time.Format("2006-01-02")
		for _, c := range cands {
			if c.st.Precision > pubdate.Day && c.st.Time.In(best.st.Time.Location()).Format("2006-01-02") == day {
				return c.st, true
			}
		}
		for _, c := range cands {
			// A precise time without a zone is printed in local time: compare its wall date.
			if c.st.Precision > pubdate.Day && !c.st.Zoned && c.st.Time.Format("2006-01-02") == day {
				return c.st, true
			}
		}
	}
	return best.st, true
}

// zonedTwins replaces each candidate that has a zoned twin (see zonedTwin) by that twin,
// before any rule compares their days. mod are the page's modification times, which may
// confirm a UTC value (a WordPress theme writes the modified time with the right offset and
// the published one an hour off across a DST change).
func zonedTwins(cands, mod []dateCand) []dateCand {
	out := make([]dateCand, len(cands))
	for i, c := range cands {
		out[i] = dateCand{zonedTwin(c, cands, mod), c.rank}
	}
	return out
}

// zonedTwin settles a moment the page writes twice with different zones, taking the one
// whose zone is stated and not merely assumed. An unzoned value (sailthru.date "2016-12-19
// 19:08:44") with a zoned one of the same rank a whole number of quarter hours away to the
// second ("2016-12-20T00:08:44+00:00") is the same moment in local time: the zoned value is
// the instant. A "Z" value whose wall clock another value repeats with a stated non-zero
// offset ("2019-04-19T20:00:00.000Z", <time datetime="2019-04-19T20:00:00+09:00">) is a local
// time a generator labelled UTC: writing "+09:00" by mistake is far rarer than appending "Z".
// Unless a third value states the UTC one's instant in a non-zero offset (parsely's
// "10:00:33-04:00" beside "14:00:33+00:00"): the UTC time is then real, and the repeated wall
// clock is a UTC time some other generator labelled local ("14:00:33-04:00" in a script, an
// unzoned "4:00:00 PM" read in the page's zone beside "16:00:00Z" and a printed "12:00 ET").
func zonedTwin(best dateCand, cands, mod []dateCand) pubdate.Stamp {
	if best.st.Precision < pubdate.Minute || best.st.Zoned && !isUTC(best.st) {
		return best.st // a day only, or an offset the page stated
	}
	if isUTC(best.st) && confirmedUTC(best.st, cands) {
		return best.st
	}
	for _, c := range cands {
		if !c.st.Zoned {
			continue
		}
		switch {
		case !best.st.Zoned:
			// Both read to the second: at minute precision a whole-hour match is too often chance.
			if best.st.Precision <= pubdate.Minute || c.st.Precision <= pubdate.Minute {
				continue
			}
			if d, ok := wallOffset(c.st, best.st); ok && (d != 0 && c.rank == best.rank || d == 0 && isUTC(c.st) && confirmedUTC(c.st, cands)) {
				return c.st
			}
		case isUTC(best.st) && !isUTC(c.st):
			if d, ok := wallOffset(best.st, c.st); ok && d == 0 || shiftedWallClock(best.st, c) && !confirmedUTC(best.st, mod) {
				return c.st
			}
		}
	}
	return best.st
}

// shiftedWallClock reports a zoned machine value c that states, with a real offset, the moment
// whose wall clock in some other zone UTC value st carries: both read to the second, st a
// whole number of hours (at most 14) from c's instant. A CMS that keeps naive times in its
// server's zone and appends "Z" writes "16:54:45Z" for 16:54:45 Eastern, while a template
// converting properly writes <time datetime="13:54:45-07:00">; a generator that states an
// offset converted the instant (a wrong offset repeats the UTC wall clock instead, which
// zonedTwin settles the same way). At the top of an hour ("20:00:00") two unrelated times
// match too often by chance, so those stay apart.
func shiftedWallClock(st pubdate.Stamp, c dateCand) bool {
	if st.Precision < pubdate.Second || c.st.Precision < pubdate.Second || c.rank > rankVisible {
		return false
	}
	a, b := st.Time.Truncate(time.Second), c.st.Time.Truncate(time.Second)
	d := b.Sub(a)
	_, off := c.st.Time.Zone()
	// The server whose wall clock st carries stands on the same side of Greenwich as the
	// newsroom c's offset names (Eastern beside Pacific): st's clock runs behind c's instant
	// west of it (d > 0) and ahead east of it. Against that, st is more likely the real UTC and
	// c an offset a theme got wrong by an hour (-04:00 before the DST change).
	return (a.Minute() != 0 || a.Second() != 0) && (d > 0) == (off < 0) &&
		d != 0 && d%time.Hour == 0 && d <= 14*time.Hour && d >= -14*time.Hour
}

// confirmedUTC reports a time stated in UTC that another candidate states as the same instant
// with a non-zero offset (to the minute when either is read only to the minute).
func confirmedUTC(st pubdate.Stamp, cands []dateCand) bool {
	for _, c := range cands {
		if !c.st.Zoned || isUTC(c.st) || c.st.Precision < pubdate.Minute {
			continue
		}
		a, b := st.Time, c.st.Time
		if st.Precision == pubdate.Minute || c.st.Precision == pubdate.Minute {
			a, b = a.Truncate(time.Minute), b.Truncate(time.Minute)
		} else {
			a, b = a.Truncate(time.Second), b.Truncate(time.Second)
		}
		if a.Equal(b) {
			return true
		}
	}
	return false
}

// dateLabels are the words pages put before their publication and update times, in the
// languages paperboy serves, lower-case; updated marks the update labels. They are found by
// plain substring search (a case-insensitive regular expression over a whole page's text is
// the slowest part of extraction), then the date must start right after the label.
var dateLabels = []struct {
	word    string
	updated bool
}{
	{"기사입력", false}, {"최초입력", false}, {"입력", false}, {"등록", false}, {"승인", false}, {"게재", false},
	{"발행", false}, {"작성", false}, {"송고", false}, {"최종수정", true}, {"수정", true}, {"업데이트", true},
	{"published", false}, {"posted", false}, {"written", false}, {"created", false}, {"released", false}, {"issued", false}, {"publication date", false}, {"date", false},
	{"updated", true}, {"modified", true},
	{"veröffentlicht", false}, {"erschienen", false}, {"publiziert", false}, {"erstellt", false}, {"datum", false},
	{"aktualisiert", true}, {"stand", true}, {"geändert", true}, {"änderung", true},
	{"опубликовано", false}, {"дата публикации", false}, {"дата", false}, {"обновлено", true},
	{"publié le", false}, {"mis à jour", true}, {"modifié le", true}, {"publicado", false}, {"actualizado", true}, {"atualizado", true},
	{"pubblicato", false}, {"aggiornato", true}, {"gepubliceerd", false}, {"bijgewerkt", true}, {"gewijzigd", true},
	{"opublikowano", false}, {"zaktualizowano", true},
	{"πρώτη καταχώρηση", false}, {"δημοσίευση", false}, {"δημοσιεύθηκε", false}, {"τελευταία ενημέρωση", true}, {"ενημερώθηκε", true},
	{"公開日", false}, {"公開", false}, {"配信", false}, {"掲載日", false}, {"发布时间", false}, {"发布日期", false},
	{"发表时间", false}, {"发表于", false}, {"更新日", true}, {"更新时间", true},
}

// labelFiller may stand between a label and its date: "입력 시간 :", "Published on", "am".
var labelFiller = []string{"시간", "일시", "일자", "일", "on", "at", "am", "le", "el", "il", "の", ":", "：", "|", "-", "[", "("}

// registryReach is how many bytes before a publication label a registration number ("등록번호")
// marks the label as part of a masthead's licence block (about 60 Hangul syllables).
const registryReach = 180

// labelReach is how far after a label its date may start once filler is skipped.
const labelReach = 4

// labelled reads dates that follow a label in text, split into publication and update times,
// in the order they appear.
func (d dateReader) labelled(text string) (published, modified []dateCand) {
	lower := lowerSameLength(text)
	type hit struct {
		at      int
		c       dateCand
		updated bool
	}
	var hits []hit
	for _, l := range dateLabels {
		for from := 0; len(hits) < 24; {
			i := strings.Index(lower[from:], l.word)
			if i < 0 {
				break
			}
			at := from + i
			from = at + len(l.word)
			if at > 0 && isASCIILetter(lower[at-1]) || from < len(lower) && isASCIILetter(lower[from]) && isASCIILetter(l.word[0]) {
				continue // "update" inside "updated", "date" inside "validate"
			}
			rest := skipFiller(text[from:])
			if rest == "" || !startsDate(rest) {
				continue
			}
			if !l.updated && strings.Contains(lower[max(0, at-registryReach):at], "등록번호") {
				// "등록번호 : 서울 아 01188 | 등록일 : 2010-04-01 | 발행일자 : …": the footer's
				// newspaper registration (licence number, its date, the first issue) dates the
				// publication, not the story.
				continue
			}
			_, hi := pubdate.Window(rest, 0, 96)
			st, start, _, ok := pubdate.Find(rest[:hi], d.visible)
			if !ok || start > labelReach && !dayWord(rest[:start]) {
				continue
			}
			hits = append(hits, hit{at, dateCand{st, rankVisible}, l.updated})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	for _, h := range hits {
		if h.updated {
			modified = append(modified, h.c)
		} else {
			published = append(published, h.c)
		}
	}
	return published, modified
}

// lowerSameLength lower-cases text rune by rune where that keeps the byte length, so offsets
// found in the result are offsets in text ("İ" lower-cases to three bytes and stays).
//
// It is strings.Map with that mapping, ASCII lowered in place: it runs over a page's whole text
// (a byte of invalid UTF-8 becomes U+FFFD, as strings.Map writes it).
func lowerSameLength(text string) string {
	i := 0
	for i < len(text) && text[i] < utf8.RuneSelf && (text[i] < 'A' || text[i] > 'Z') {
		i++
	}
	if i == len(text) {
		return text
	}
	b := make([]byte, i, len(text)+utf8.UTFMax)
	copy(b, text[:i])
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			r = l
		}
		b = utf8.AppendRune(b, r)
		i += size
	}
	return string(b)
}

// beforeUpdateLabel cuts text at its first update label ("Updated:", "수정", "Stand:").
func beforeUpdateLabel(text string) string {
	lower := lowerSameLength(text)
	cut := len(text)
	for _, l := range dateLabels {
		if !l.updated {
			continue
		}
		if i := strings.Index(lower, l.word); i >= 0 && i < cut && (i == 0 || !isASCIILetter(lower[i-1])) {
			cut = i
		}
	}
	return text[:cut]
}

// skipFiller drops spaces and the filler words between a label and its date.
func skipFiller(s string) string {
	for changed := true; changed; {
		changed = false
		s = strings.TrimLeft(s, " \t\u00a0")
		for _, f := range labelFiller {
			if len(s) >= len(f) && strings.EqualFold(s[:len(f)], f) && (len(s) == len(f) || !isASCIILetter(s[len(f)]) || !isASCIILetter(f[0])) {
				s, changed = s[len(f):], true
				break
			}
		}
	}
	return s
}

// dayWord reports the one word a label may put before its date, a weekday's name ("Actualizado
// Jueves, 2 noviembre 2023", "Updated Thursday 2 November"): letters only, up to twelve, then a
// comma or a space. Two words ("by Reuters,") are a credit, not a day.
func dayWord(s string) bool {
	w := strings.TrimRight(s, " ,\u00a0")
	n := utf8.RuneCountInString(w)
	if n < 3 || n > 12 || len(w) == len(s) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// startsDate reports text that can open a date: a digit, or a letter (a month or weekday
// name, "3 hours ago" is a digit, "yesterday" a letter).
func startsDate(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r) || unicode.IsLetter(r)
}

func isASCIILetter(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// urlDateRe finds a date in an address path: /2019/11/20/, /2019-11-20-, /20191120/, also
// after a short prefix of letters ("/odn-20230329-0329_00174_002/", Oriental Daily's story IDs);
// urlDayFirstRe the European /20-11-2019-slug and /20.11.2019/.
var (
	urlDateRe     = regexp.MustCompile(`/(?:[a-z]{1,6}-)?((?:19|20)\d{2})([/-]?)(\d{2})([/-]?)(\d{2})(?:[/_.-]|$)`)
	urlDayFirstRe = regexp.MustCompile(`/(\d{2})([.-])(\d{2})([.-])((?:19|20)\d{2})(?:[/_.-]|$)`)
)

// urlDate reads a publication day from the page address.
func urlDate(u *url.URL, loc *time.Location) (pubdate.Stamp, bool) {
	if u == nil {
		return pubdate.Stamp{}, false
	}
	var ys, ms, ds string
	if m := urlDateRe.FindStringSubmatch(u.Path); m != nil && m[2] == m[4] {
		ys, ms, ds = m[1], m[3], m[5]
	} else if m := urlDayFirstRe.FindStringSubmatch(u.Path); m != nil && m[2] == m[4] {
		ys, ms, ds = m[5], m[3], m[1]
	} else {
		return pubdate.Stamp{}, false
	}
	y, _ := strconv.Atoi(ys)
	mo, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc)
	if mo < 1 || mo > 12 || t.Day() != d || t.After(time.Now().Add(48*time.Hour)) || y < 1990 {
		return pubdate.Stamp{}, false
	}
	return pubdate.Stamp{Time: t, Precision: pubdate.Day}, true
}

// yearFirst reports a language whose short numeric dates start with the year.
func yearFirst(lang string) bool {
	primary, _, _ := strings.Cut(strings.ToLower(lang), "-")
	return primary == "ko" || primary == "ja" || primary == "zh"
}

// monthFirst reports a US page, where 11/12/2019 is November 12.
func monthFirst(lang, locale string) bool {
	for _, tag := range []string{lang, locale} {
		t := strings.ToLower(strings.ReplaceAll(tag, "_", "-"))
		if t == "en-us" || strings.HasPrefix(t, "en-us-") {
			return true
		}
	}
	return false
}
