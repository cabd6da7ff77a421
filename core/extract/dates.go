package extract

import (
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"paperboy/core/pubdate"
	"paperboy/core/textsim"
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
		if e := markupEpoch(v); e != "" {
			if _, ok := pubdate.Parse(e, d.machine); ok {
				v = e // the instant of a snippet a template put in the value (see markupEpoch)
			}
		}
		if st, ok := pubdate.Parse(v, d.machine); ok {
			st = literalWallClock(st, d.machine.Loc)
			if st.DateOnly() || !st.Zoned && (readersClock(v) || displayClock(v)) {
				// A bare date is a day where the newsroom is, not midnight UTC; and a value
				// written for readers, with a 12-hour clock ("Thursday, August 19, 2010, 11:16
				// PM" in a meta, an hAtom title "Jul 23rd 2010 – 8:07AM"), or in the readers'
				// numeric order ("12/09/2016 11:09:00", see displayClock), is the clock the
				// page prints, no generator's UTC.
				st, _ = pubdate.Parse(v, d.visible)
			}
			r := rank
			if templateResidue(v) {
				r = rankPage
			}
			*out = append(*out, dateCand{st, r})
		}
	}
}

// readersClock reports a value that prints its time as people read it, on a 12-hour clock with
// AM/PM or a.m./p.m.: no machine format writes one, so the value is a printed date copied
// into an attribute, in the newsroom's zone.
func readersClock(v string) bool {
	return len(v) <= 120 && (mayHoldClock(v) && clockRe.MatchString(v) || strings.Contains(v, ".m") && apTimeRe.MatchString(v))
}

// templateMarks are pieces of a date pattern or placeholder a template left unfilled.
var templateMarks = []string{"yyyy", "YYYY", "HH:mm", "hh:mm", "%Y", "{{", "${"}

// templateResidue reports a machine value that carries template residue beside its date
// ("2015-11-17T14:58:56.300Zyyyy-MM-dd HH:mm:ss z", the Mail's article:published_time on a
// 2007 story: a republication stamp glued to an unfilled pattern). A generator that wrote
// that wrote the value wrongly, so it ranks below every clean date the page prints.
func templateResidue(v string) bool {
	return len(v) > 10 && textsim.ContainsAny(v, templateMarks)
}

// times reads <time> datetimes like value, except that one printing its own zone-less clock
// (timeTag.local) is read where the newsroom is, in the visible zone.
func (d dateReader) times(out *[]dateCand, rank dateRank, tags ...timeTag) {
	local := d
	local.machine.Loc = d.visible.Loc
	for _, t := range tags {
		if t.local {
			local.value(out, rank, t.datetime)
		} else {
			d.value(out, rank, t.datetime)
		}
	}
}

func (d dateReader) text(out *[]dateCand, rank dateRank, texts ...string) {
	// The same line often comes more than once (a byline that is also a date element, nested
	// date elements): it is searched once, and counts as often as it comes.
	var read map[string]int // a text's index in found
	var found []dateCand
	for _, t := range texts {
		if len(texts) > 1 {
			if read == nil {
				read = make(map[string]int, len(texts))
			}
			if i, ok := read[t]; ok {
				if i >= 0 {
					*out = append(*out, found[i])
				}
				continue
			}
			read[t] = -1
		}
		if st, _, _, ok := pubdate.Find(t, d.visible); ok {
			c := dateCand{st, rank}
			*out = append(*out, c)
			if read != nil {
				read[t] = len(found)
				found = append(found, c)
			}
		}
	}
}

// statedDate reports a candidate the page states as its date where it marks one (metadata, a
// date element, a labelled byline, the address), not one read against the reference time ("3
// hours ago", "yesterday 14:30"). The first date after the headline, in the story's text or
// anywhere in the page is no such statement ("… since 2001-09-11"): a relative stamp in the
// date element still beats it.
func statedDate(cands []dateCand) bool {
	return slices.ContainsFunc(cands, func(c dateCand) bool { return !c.st.Relative && c.rank < rankHeader })
}

// statedOnly drops the relative candidates: where the page states its date (statedDate), a
// relative stamp ranked above it ("Updated 2 hours ago" in the date element, the dateline's
// day below it) says when the page was read, not when the story was published.
func statedOnly(cands []dateCand) []dateCand {
	out := cands[:0:0]
	for _, c := range cands {
		if !c.st.Relative {
			out = append(out, c)
		}
	}
	return out
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

// zonedTwins replaces each candidate that has a zoned twin (see twinIndex.twin) by that twin,
// before any rule compares their days. mod are the page's modification times, which may
// confirm a UTC value (a WordPress theme writes the modified time with the right offset and
// the published one an hour off across a DST change).
//
// The candidates are indexed once by instant and by wall clock, and each one's twin looked up
// (the first in page order, as the pairwise reading met it): a page may hold thousands of <time>
// elements, and asking pair by pair took quadratic time (3 s over 12,800).
func zonedTwins(cands, mod []dateCand) []dateCand {
	ix := newTwinIndex(cands)
	modUTC := newConfirmIndex(mod)
	out := make([]dateCand, len(cands))
	for i, c := range cands {
		out[i] = dateCand{ix.twin(c, modUTC), c.rank}
	}
	return out
}

// gmtClockTwins settles two values that state the same non-zero offset, to the second, as far
// apart as that offset: one's wall clock is the other's instant in UTC, with the local offset
// appended (investmentexecutive's article:published_time "2022-10-11T19:11:05-04:00" beside
// datePublished "2022-10-11T15:11:05-04:00": a template formatted the post's GMT time with the
// site's offset). The other one is the instant, and every candidate at the shifted one becomes
// it. At the top of an hour two unrelated values match too often by chance, so those stay.
func gmtClockTwins(cands []dateCand) []dateCand {
	at := gmtInstants(cands)
	if len(at) < 2 {
		return cands
	}
	// Each shifted value moves every candidate standing at its instant, those an earlier one
	// moved there included, to its twin's stamp. Candidates that moved together share a group
	// (a union-find with the group's stamp at its root), listed at the instant they stand at:
	// rewriting the whole list for each shifted value, a page of thousands of twin <time>s took
	// seconds (fuzz17).
	type instant struct {
		sec  int64
		nsec int
	}
	key := func(t time.Time) instant { return instant{t.Unix(), t.Nanosecond()} }
	var (
		parent []int
		stamp  []pubdate.Stamp
		groups map[instant][]int // the roots of the groups standing at each instant
	)
	find := func(g int) int {
		for parent[g] != g {
			parent[g] = parent[parent[g]]
			g = parent[g]
		}
		return g
	}
	for _, a := range cands {
		i, ok := gmtTwin(cands, at, a)
		if !ok {
			continue
		}
		if groups == nil {
			parent, stamp, groups = make([]int, len(cands)), make([]pubdate.Stamp, len(cands)), map[instant][]int{}
			for j, c := range cands {
				parent[j], stamp[j] = j, c.st
				groups[key(c.st.Time)] = append(groups[key(c.st.Time)], j)
			}
		}
		from := key(a.st.Time)
		gs := groups[from]
		if len(gs) == 0 {
			continue // all moved away by an earlier twin of the same instant
		}
		delete(groups, from)
		r := gs[0]
		for _, g := range gs[1:] {
			parent[g] = r
		}
		stamp[r] = cands[i].st
		to := key(cands[i].st.Time)
		groups[to] = append(groups[to], r)
	}
	if groups == nil {
		return cands
	}
	out := slices.Clone(cands)
	for j := range out {
		out[j].st = stamp[find(j)]
	}
	return out
}

// gmtInstants indexes the zoned values to the second that are not UTC by their instant (Unix
// seconds), keeping the first candidate at each: where gmtClockTwins looks a shifted value's
// twin up.
func gmtInstants(cands []dateCand) map[int64]int {
	at := map[int64]int{}
	for i, c := range cands {
		if c.rank <= rankVisible && c.st.Zoned && !isUTC(c.st) && c.st.Precision >= pubdate.Second {
			if _, seen := at[c.st.Time.Unix()]; !seen {
				at[c.st.Time.Unix()] = i
			}
		}
	}
	return at
}

// gmtTwin finds the candidate that a is the shifted copy of: the value in a's own offset whose
// instant is a's wall clock read as UTC. Values on the hour are left alone (see gmtClockTwins).
func gmtTwin(cands []dateCand, at map[int64]int, a dateCand) (int, bool) {
	if a.rank > rankVisible || !a.st.Zoned || isUTC(a.st) || a.st.Precision < pubdate.Second ||
		a.st.Time.Minute() == 0 && a.st.Time.Second() == 0 {
		return 0, false
	}
	_, off := a.st.Time.Zone()
	i, ok := at[a.st.Time.Unix()+int64(off)]
	if !ok {
		return 0, false
	}
	if _, o := cands[i].st.Time.Zone(); o != off {
		return 0, false
	}
	return i, true
}

// utcWallTwins settles two values that both state UTC, to the second, a whole number of hours
// apart (at most 14, not on the hour): one is the other's moment in the newsroom's wall clock
// with "+00:00" appended (KRON4's <time datetime="2017-10-05T21:47:55+00:00"> beside
// article:published_time "2017-10-06T04:47:55Z"). The one whose wall clock the page prints (a
// visible time read without a zone) is the wall clock, when the other's is printed nowhere; the
// other is the instant, and every candidate of either becomes that instant shown in the offset
// between them, so that no rule takes them for two days.
//
// Which values are printed wall clocks is asked once per value, and a value's twin looked up
// by its instant: a page may hold thousands of <time> elements, and asking pair by pair,
// printed clocks each time, took cubic time.
func utcWallTwins(cands []dateCand) []dateCand {
	printed := map[int64]bool{} // the printed wall clocks read as UTC, in Unix seconds
	for _, c := range cands {
		if !c.st.Zoned && c.st.Precision == pubdate.Minute {
			t := c.st.Time
			printed[time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, time.UTC).Unix()] = true
		}
	}
	if len(printed) == 0 {
		return cands
	}
	isPrinted := func(st pubdate.Stamp) bool { return printed[st.Time.UTC().Truncate(time.Minute).Unix()] }
	// first holds, for each instant to the second of a UTC value whose wall clock the page
	// does not print, the first such value's index: the twin the pairwise reading meets first.
	first := map[int64]int{}
	for i, c := range cands {
		if utcToSecond(c) && !isPrinted(c.st) {
			k := c.st.Time.Truncate(time.Second).Unix()
			if _, seen := first[k]; !seen {
				first[k] = i
			}
		}
	}
	for _, a := range cands {
		if !utcToSecond(a) || !isPrinted(a.st) || a.st.Time.Minute() == 0 && a.st.Time.Second() == 0 {
			continue
		}
		wall := a.st.Time.Truncate(time.Second)
		twin := -1
		for h := -14; h <= 14; h++ {
			if i, ok := first[wall.Add(time.Duration(-h)*time.Hour).Unix()]; ok && h != 0 && (twin < 0 || i < twin) {
				twin = i
			}
		}
		if twin < 0 {
			continue
		}
		b := cands[twin]
		d := wall.Sub(b.st.Time.Truncate(time.Second))
		instant := b.st
		instant.Time = b.st.Time.In(time.FixedZone("", int(d/time.Second)))
		out := make([]dateCand, len(cands))
		for i, c := range cands {
			out[i] = c
			if utcToSecond(c) && (c.st.Time.Equal(a.st.Time) || c.st.Time.Equal(b.st.Time)) {
				out[i].st = instant
			}
		}
		return out
	}
	return cands
}

// utcToSecond reports a metadata or <time> value that states UTC to the second.
func utcToSecond(c dateCand) bool {
	return c.rank <= rankVisible && isUTC(c.st) && c.st.Precision >= pubdate.Second
}

// shiftedWallClock reports a zoned machine value c that states, with a real offset, the moment
// whose wall clock in some other zone UTC value st carries: both read to the second, st a
// whole number of hours (at most 14) from c's instant. A CMS that keeps naive times in its
// server's zone and appends "Z" writes "16:54:45Z" for 16:54:45 Eastern, while a template
// converting properly writes <time datetime="13:54:45-07:00">; a generator that states an
// offset converted the instant (a wrong offset repeats the UTC wall clock instead, which
// twin settles the same way). At the top of an hour ("20:00:00") two unrelated times
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
	{"publié", false}, {"mis à jour", true}, {"modifié le", true}, {"publicado", false}, {"actualizado", true}, {"atualizado", true},
	{"pubblicato", false}, {"aggiornato", true}, {"gepubliceerd", false}, {"bijgewerkt", true}, {"gewijzigd", true},
	{"opublikowano", false}, {"zaktualizowano", true},
	{"vydáno", false}, {"publikováno", false}, {"aktualizováno", true}, {"aktualizace", true}, {"objavljeno", false}, {"posodobljeno", true},
	{"πρώτη καταχώρηση", false}, {"δημοσίευση", false}, {"δημοσιεύθηκε", false}, {"τελευταία ενημέρωση", true}, {"ενημερώθηκε", true},
	{"公開日", false}, {"公開", false}, {"配信", false}, {"投稿日", false}, {"掲載日", false}, {"发布时间", false}, {"发布日期", false},
	{"发表时间", false}, {"发表于", false}, {"更新日", true}, {"更新时间", true},
	// The labels of a stamp pair ("Updated … | Published …") in the other languages paperboy
	// reads, so that an update printed first is no longer taken for the publication: Chinese
	// with its colon (bare 更新 and 发布 run on into prose dates), Hindi, Bengali, Hebrew, Arabic,
	// Persian, Thai, Vietnamese, Turkish, Indonesian, Romanian, Ukrainian, Hungarian and the
	// Nordic languages. Vietnamese "cập nhật" (updated) is left out: Vietnamese templates print
	// it as their only stamp, the publication's (Zing's "Cập nhật thứ sáu, ngày 30/11/12").
	{"发布：", false}, {"发布:", false}, {"更新：", true}, {"更新:", true},
	{"प्रकाशित", false}, {"अपडेटेड", true}, {"अपडेट", true}, {"প্রকাশিত", false}, {"প্রকাশ", false}, {"আপডেট", true},
	{"פורסם", false}, {"עודכן", true}, {"نشر في", false}, {"تاريخ النشر", false}, {"تحديث", true},
	{"تاریخ انتشار", false}, {"به\u200cروزرسانی", true}, {"بروزرسانی", true},
	{"เผยแพร่", false}, {"อัปเดต", true}, {"อัพเดท", true}, {"ปรับปรุง", true},
	{"ngày đăng", false}, {"đăng lúc", false}, {"đăng ngày", false}, {"đăng:", false},
	{"yayınlanma", false}, {"yayın tarihi", false}, {"güncelleme", true}, {"güncellenme", true},
	{"diterbitkan", false}, {"dipublikasikan", false}, {"diperbarui", true},
	{"publicat", false}, {"actualizat", true}, {"опубліковано", false}, {"оновлено", true},
	{"közzétéve", false}, {"frissítve", true}, {"publicerad", false}, {"uppdaterad", true}, {"julkaistu", false},
	{"päivitetty", true}, {"publiceret", false}, {"opdateret", true}, {"publisert", false}, {"oppdatert", true},
	// The labels of the presses the stamp table of the twenty-ninth round found missing: the
	// feminine Spanish forms (a "noticia publicada", "actualizada"), English "last update",
	// French "actualisé", Italian "aggiornamento", Portuguese "atualização", Dutch
	// "geplaatst", Polish "publikacja", "data publikacji", "dodano" and "aktualizacja", Czech "zveřejněno",
	// Slovak "publikované" and "aktualizované", Hungarian "megjelent", "publikálva" and
	// "módosítva", Romanian "data publicării", Croatian and Serbian "ažurirano" (and in
	// Cyrillic), Bulgarian, the Baltic languages, Catalan "actualitzat", Turkish "yayınlandı"
	// and "güncellendi", Malay "dikemaskini", Arabic "نُشر في" with its vowel sign, Persian
	// "منتشر شده", and Chinese in traditional characters.
	{"publicada", false}, {"publikacja", false}, {"actualizada", true}, {"last update", true}, {"actualisé", true}, {"aggiornamento", true},
	{"atualização", true}, {"geplaatst", false}, {"data publikacji", false}, {"dodano", false}, {"aktualizacja", true},
	{"zveřejněno", false}, {"publikované", false}, {"aktualizované", true}, {"megjelent", false}, {"publikálva", false},
	{"módosítva", true}, {"data publicării", false}, {"ažurirano", true}, {"објављено", false}, {"ажурирано", true},
	{"публикувано", false}, {"актуализирано", true}, {"avaldatud", false}, {"uuendatud", true}, {"publicēts", false},
	{"atjaunots", true}, {"paskelbta", false}, {"atnaujinta", true}, {"actualitzat", true}, {"yayınlandı", false},
	{"güncellendi", true}, {"dikemaskini", true}, {"نُشر في", false}, {"منتشر شده", false},
	{"發布時間", false}, {"發佈時間", false}, {"發表時間", false}, {"發布日期", false}, {"更新時間", true},
}

// closedLabels are update labels split around their date, the verb closing the sentence after
// it: "Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert." (a wiki's footer,
// German word order). "zuletzt am" alone opens ordinary prose ("zuletzt am 5. März traf er …"),
// so the date counts only when the closing verb follows within closedReach bytes.
var closedLabels = []struct {
	open  string
	close []string
}{
	{"zuletzt am", []string{"geändert", "bearbeitet", "aktualisiert"}},
}

// closedReach is how far after its date the closing verb of a closedLabels entry may stand
// ("um 13:22 Uhr geändert").
const closedReach = 32

// labelsByFirst lists, for each byte, the indexes in dateLabels of the labels opening with it;
// labelPairs marks the labels' opening byte pairs (bit b of labelPairs[a] for a label opening
// with a, b), so most positions of a page's text are passed after one look-up.
var labelsByFirst, labelPairs = func() (by [256][]uint8, pairs [256][4]uint64) {
	if len(dateLabels) > 64*len(labelSet{}) {
		panic("dateLabels: more labels than a labelSet holds")
	}
	for i, l := range dateLabels {
		if len(l.word) < 2 {
			panic("dateLabels: a label of one byte")
		}
		by[l.word[0]] = append(by[l.word[0]], uint8(i))
		pairs[l.word[0]][l.word[1]>>6] |= 1 << (l.word[1] & 63)
	}
	return by, pairs
}()

// labelSet holds bit i for dateLabels[i].
type labelSet [3]uint64

func (s *labelSet) add(i uint8)   { s[i>>6] |= 1 << (i & 63) }
func (s labelSet) has(i int) bool { return s[i>>6]&(1<<(i&63)) != 0 }

// labelsIn returns the set of dateLabels that lower holds: one pass
// comparing each position with the few labels opening with its two bytes, where searching the
// whole page's text once per label (sixty searches) was most of labelled's time.
func labelsIn(lower string) labelSet {
	var present labelSet
	for i := 0; i+1 < len(lower); i++ {
		a, b := lower[i], lower[i+1]
		if labelPairs[a][b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		for _, li := range labelsByFirst[a] {
			if w := dateLabels[li].word; w[1] == b && strings.HasPrefix(lower[i:], w) {
				present.add(li)
			}
		}
	}
	return present
}

// labelFiller may stand between a label and its date: "입력 시간 :", "Published on", "am".
var labelFiller = []string{"시간", "일시", "일자", "일", "on", "at", "am", "le", "el", "il", "の", ":", "：", "|", "-", "[", "("}

// registryReach is how many bytes before a publication label a registration number ("등록번호")
// marks the label as part of a masthead's licence block (about 60 Hangul syllables).
const registryReach = 180

// keptPosted reports text (the lower-cased bytes before "posted") ending with the object of
// "keep … posted", a pronoun and a space: "keep me posted", "keep us posted".
func keptPosted(before string) bool {
	for _, w := range []string{" me ", " us ", " you ", " them ", " everyone "} {
		if strings.HasSuffix(before, w) || strings.HasSuffix(before, w[1:]) && len(before) == len(w)-1 {
			return true
		}
	}
	return false
}

// formPrompt reports text (the lower-cased bytes before "date") ending with a form control's
// prompt verb and article, "select a " or "choose a ": a <select> of dated posts opens with such
// an option, and its text runs into the options' dates in the page's text.
func formPrompt(before string) bool {
	for _, w := range []string{"select a ", "choose a ", "pick a "} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// licenceWords name an outlet's licence or registration, and licenceReach is how many bytes
// before an "issued" label they mark it as the licence's date.
var licenceWords = []string{"permit", "licence", "license", "registration", "certificate"}

const licenceReach = 48

// labelReach is how far after a label its date may start once filler is skipped.
const labelReach = 4

// labelled reads dates that follow a label in text, split into publication and update times,
// in the order they appear.
func (d dateReader) labelled(text string) (published, modified []dateCand) {
	published, modified, _ = d.labelledNamed(text)
	return published, modified
}

// genericLabels are the labels of dateLabels that name no act, only that a date follows ("Date:",
// ZDF's visually hidden "Datum:" before its printed release): their date counts as the
// publication's, but it is no publication the page labels as such (see printedReleaseHoursLater).
var genericLabels = map[string]bool{"date": true, "datum": true, "дата": true}

// labelledNamed is labelled, with named the publication times a label naming the act labels
// ("Published", "Veröffentlicht", "승인"), not a genericLabels one.
func (d dateReader) labelledNamed(text string) (published, modified, named []dateCand) {
	lower := lowerSameLength(text)
	type hit struct {
		at      int
		c       dateCand
		updated bool
		generic bool
	}
	var hits []hit
	present := labelsIn(lower)
	for li, l := range dateLabels {
		if !present.has(li) {
			continue // strings.Index would find nothing
		}
		for at := range occurrences(lower, l.word) {
			if len(hits) >= 24 {
				break
			}
			from := at + len(l.word)
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
			if l.word == "posted" && keptPosted(lower[max(0, at-10):at]) {
				// "… keep me posted December 17, 2010 at 5:45 pm": a reader's comment signed
				// with its clock, the idiom's "posted" no label.
				continue
			}
			if l.word == "date" && formPrompt(lower[max(0, at-10):at]) {
				// "Select a date 2010.12.31: Beijing opens …": a jump menu's prompt option, the
				// dates after it its other posts', not a label of this one's.
				continue
			}
			if l.word == "issued" && textsim.ContainsAny(lower[max(0, at-licenceReach):at], licenceWords) {
				// "Online service permit: 782/GP-BTTTT issued on 10/06/2009": the footer's
				// licence, issued once to the outlet, dates no story.
				continue
			}
			_, hi := pubdate.Window(rest, 0, 96)
			st, start, _, ok := pubdate.Find(rest[:hi], d.visible)
			if !ok || start > labelReach && !dayWord(rest[:start]) {
				continue
			}
			hits = append(hits, hit{at, dateCand{st, rankVisible}, l.updated, genericLabels[l.word]})
		}
	}
	for _, l := range closedLabels {
		for at := range occurrences(lower, l.open) {
			if len(hits) >= 24 {
				break
			}
			from := at + len(l.open)
			if at > 0 && isASCIILetter(lower[at-1]) {
				continue
			}
			rest := skipFiller(text[from:])
			if rest == "" || !startsDate(rest) {
				continue
			}
			_, hi := pubdate.Window(rest, 0, 96)
			st, start, end, ok := pubdate.Find(rest[:hi], d.visible)
			if !ok || start > labelReach {
				continue
			}
			off := len(text) - len(rest) + end
			tail := lower[off:min(len(lower), off+closedReach)]
			if textsim.ContainsAny(tail, l.close) {
				hits = append(hits, hit{at, dateCand{st, rankVisible}, true, false})
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	for _, h := range hits {
		if h.updated {
			modified = append(modified, h.c)
		} else {
			published = append(published, h.c)
			if !h.generic {
				named = append(named, h.c)
			}
		}
	}
	return published, modified, named
}

// lowerSameLength lower-cases text rune by rune where that keeps the byte length, so offsets
// found in the result are offsets in text ("İ" lower-cases to three bytes and stays).
//
// It is strings.Map with that mapping, ASCII lowered in place: it runs over a page's whole text
// (a byte of invalid UTF-8 is kept as it is, where strings.Map writes U+FFFD).
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
		if r == utf8.RuneError && size == 1 {
			// An invalid byte (a rune cut by a byte window, as updateLabelNext's) stays as it
			// is: written as U+FFFD it took three bytes, and the offsets the callers share
			// between text and its lower case slid past the text's end (fuzz17).
			b = append(b, text[i])
			i++
			continue
		}
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
	urlDateRe     = regexp.MustCompile(`/(?:[a-z]{1,6}-)?((?:19|20)?\d{2})([/-]?)(\d{2})([/-]?)(\d{2})(?:[/_.-]|$)`)
	urlDayFirstRe = regexp.MustCompile(`/(\d{2})([.-])(\d{2})([.-])((?:19|20)?\d{2})(?:[/_.-]|$)`)
)

// urlMixedDateRe is an address's day written with two separators, a four-digit year first:
// "/2019-12/10/c_1125.htm" (Xinhua's year-month folder, then the day's), "/2019/12-10/8812.shtml"
// (the year's folder, then month and day). urlDateRe wants one separator throughout; this form
// is read only when no other form names a day, so every address read before reads the same.
var urlMixedDateRe = regexp.MustCompile(`/((?:19|20)\d{2})(?:-(\d{2})/|/(\d{2})-)(\d{2})(?:[/_.-]|$)`)

// issueAddressRe is a magazine's address whose date is its print issue's: "/magazine/2020/06/29/".
var issueAddressRe = regexp.MustCompile(`(?i)/(?:magazine|issues?)/(?:19|20)\d{2}/`)

// issueAddress reports an address whose date names the print issue the story ran in.
func issueAddress(u *url.URL) bool {
	return u != nil && issueAddressRe.MatchString(u.Path)
}

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
	} else if m := addressStampRe.FindStringSubmatch(u.Path); m != nil {
		ys, ms, ds = m[1], m[2], m[3]
	} else if m := urlMixedDateRe.FindStringSubmatch(u.Path); m != nil {
		ys, ms, ds = m[1], m[2]+m[3], m[4]
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

// monthFirst reports a US page, where 11/12/2019 is November 12. A page on the country domain
// of a country that writes the day first is none, whatever its tag: content systems write
// "en-US" as their default on Vietnamese, Irish or German sites alike (ccTLD over the tag, as
// regionZone reads it).
func monthFirst(lang, locale, host string) bool {
	if dayFirstHost(host) {
		return false
	}
	for _, tag := range []string{lang, locale} {
		t := strings.ToLower(strings.ReplaceAll(tag, "_", "-"))
		if t == "en-us" || strings.HasPrefix(t, "en-us-") {
			return true
		}
	}
	return false
}

// dayFirstHost reports a host on the country domain of a country regionZones knows other than
// the US and Canada: its numeric dates put the day first.
func dayFirstHost(host string) bool {
	cc := countryCode(host)
	return cc != "" && cc != "us" && cc != "ca"
}

// slashDateRe finds a numeric date with slashes and a four-digit year, "12/07/2012": the form
// whose order (month or day first) the page's language tag often leaves open.
var slashDateRe = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b`)

// numericOrder settles the order of the page's numeric dates by the page's other evidence
// when it disagrees with the language's default: a page tagged only lang="en" that prints
// "4:42 PM on 12/07/2012" under the address /2012/12/07/ writes month first, and a page tagged
// en-US whose address says /2012/07/12/ writes day first. Only dates that read as two
// different days count (07/07 and 13/07 settle nothing, the latter reads one way anyway);
// refs give the days to match them against, most trusted first (the fetched address, the
// canonical or og:url one the page declares, which a stored or redirected copy keeps alone,
// then the metadata's publication day), and the first that tells the two readings apart
// decides. texts are the page's marked date strings; nothing else is read unless one holds
// such an ambiguous date.
func numericOrder(first, dayFirstDomain bool, texts []string, refs ...func() string) bool {
	var ambiguous [][]string
	clockFirst := false // an ambiguous date printed after a 12-hour clock, see usClockBeforeRe
	for _, t := range texts {
		if !strings.Contains(t, "/") {
			continue
		}
		for _, ix := range slashDateRe.FindAllStringSubmatchIndex(t, 4) {
			m := []string{t[ix[0]:ix[1]], t[ix[2]:ix[3]], t[ix[4]:ix[5]], t[ix[6]:ix[7]]}
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			if a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12 {
				ambiguous = append(ambiguous, m)
				clockFirst = clockFirst || usClockBeforeRe.MatchString(t[max(0, ix[0]-16):ix[0]])
			}
		}
		// A two-digit year of this century ("01/10/10 06:13 AM" under the address /2010/01/10/,
		// "Posted 9:45 AM 11/06/10"): its year is written out to compare with the references'
		// days.
		for _, ix := range shortSlashDateRe.FindAllStringSubmatchIndex(t, 4) {
			a, _ := strconv.Atoi(t[ix[2]:ix[3]])
			b, _ := strconv.Atoi(t[ix[4]:ix[5]])
			if a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12 && (ix[1] == len(t) || t[ix[1]] != '/') && (ix[0] == 0 || t[ix[0]-1] != '/') {
				ambiguous = append(ambiguous, []string{t[ix[0]:ix[1]], t[ix[2]:ix[3]], t[ix[4]:ix[5]], "20" + t[ix[6]:ix[7]]})
				clockFirst = clockFirst || usClockBeforeRe.MatchString(t[max(0, ix[0]-16):ix[0]])
			}
		}
	}
	if len(ambiguous) == 0 {
		return first
	}
	for _, ref := range refs {
		day := ref()
		if day == "" {
			continue
		}
		monthVotes, dayVotes := 0, 0
		for _, m := range ambiguous {
			switch day {
			case m[3] + "-" + pad2(m[1]) + "-" + pad2(m[2]):
				monthVotes++
			case m[3] + "-" + pad2(m[2]) + "-" + pad2(m[1]):
				dayVotes++
			}
		}
		if monthVotes != dayVotes {
			return monthVotes > dayVotes
		}
	}
	if clockFirst && !dayFirstDomain {
		// Nothing tells the readings apart: a 12-hour clock with AM/PM before the date ("1:04 PM
		// on 05/07/2010", "4:42 PM on 12/07/2012") is the American byline, month first; pages
		// that write the day first put their date before a clock, or a 24-hour one after it.
		// Not on a day-first country's domain: Vietnam's English services print "11:31 AM,
		// 03/08/2010" for 3 August.
		return true
	}
	return first
}

// shortSlashDateRe is a numeric date with slashes and a two-digit year of this century,
// "11/06/10".
var shortSlashDateRe = regexp.MustCompile(`\b(\d{1,2})/(\d{1,2})/([0-2]\d)\b`)

// usClockBeforeRe is a 12-hour clock with capital AM/PM ending right before a numeric date,
// perhaps with "on" or a comma between.
var usClockBeforeRe = regexp.MustCompile(`\b\d{1,2}:\d{2}\s?[AP]M,?\s+(?:on\s+)?$`)

// addressDay is the day an address names ("2012-12-07" for /2012/12/07/), or "".
func addressDay(u *url.URL) string {
	if st, ok := urlDate(u, time.UTC); ok {
		return st.Time.Format("2006-01-02")
	}
	return ""
}

// addressStampRe is an address's last segment that is a story id stamped to the second,
// yyyymmddhhmmss, and an extension: "/display/20070305092707.html" names its day.
var addressStampRe = regexp.MustCompile(`/((?:19|20)\d{2})(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\.[a-z]{2,5}$`)

// machineDay is the day of the first value that states one whichever order a numeric date is
// read in (an ISO time, not "08/12/2010 3:58 PM"), or "".
func machineDay(vals ...string) string {
	for _, v := range vals {
		a, ok := pubdate.Parse(v, pubdate.Context{})
		if !ok {
			continue
		}
		if b, _ := pubdate.Parse(v, pubdate.Context{MonthFirst: true}); b.Time.Equal(a.Time) {
			return a.Time.Format("2006-01-02")
		}
	}
	return ""
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// cjkMonthDayRe is a date element's whole text when it prints the month and day, perhaps the
// time, but no year: "[04月01日 12時00分]", "4月1日".
var cjkMonthDayRe = regexp.MustCompile(`^[\[［(（]?\s*(\d{1,2})月\s*(\d{1,2})日\s*(?:(\d{1,2})[時:：]\s*(\d{2})分?)?\s*[\]］)）]?$`)

// ownDayRe is a day written yyyymmdd in a page's own id or address: "news20240401_k1001…",
// "/html/20240328/".
var ownDayRe = regexp.MustCompile(`(?:^|\D)((?:19|20)?\d{2})(\d{2})(\d{2})(?:\D|$)`)

// yearlessPrinted reads the first date element of texts that prints a month and day without a
// year, and gives it the year of the days written in the page's own body id or address (path
// or query)
// that fall on that month and day: the page stamps itself with the story's day
// (<body id="news20240401_…"> over "[04月01日 12時00分]"). With no such day, or two years that
// fit, it reports false: a year is never guessed from the clock.
func yearlessPrinted(texts []string, bodyID string, u *url.URL, loc *time.Location) (pubdate.Stamp, bool) {
	var m []string
	for _, t := range texts {
		if m = cjkMonthDayRe.FindStringSubmatch(normSpace(t)); m != nil {
			break
		}
	}
	if m == nil {
		return pubdate.Stamp{}, false
	}
	mo, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(m[2])
	own := bodyID
	if u != nil {
		// The story's id in the query is the page's own as much as a path is
		// ("/hl?a=20160713-00000092-…").
		own += " " + u.Path + " " + u.RawQuery
	}
	year := 0
	for _, y := range ownDayRe.FindAllStringSubmatch(own, -1) {
		ym, _ := strconv.Atoi(y[2])
		yd, _ := strconv.Atoi(y[3])
		if ym != mo || yd != d {
			continue
		}
		if yy, _ := strconv.Atoi(y[1]); year == 0 || year == yy {
			year = yy
		} else {
			return pubdate.Stamp{}, false
		}
	}
	if year == 0 {
		return pubdate.Stamp{}, false
	}
	if loc == nil {
		loc = time.UTC
	}
	st := pubdate.Stamp{Time: time.Date(year, time.Month(mo), d, 0, 0, 0, 0, loc), Precision: pubdate.Day}
	if m[3] != "" {
		h, _ := strconv.Atoi(m[3])
		mi, _ := strconv.Atoi(m[4])
		if h > 23 || mi > 59 {
			return pubdate.Stamp{}, false
		}
		st = pubdate.Stamp{Time: time.Date(year, time.Month(mo), d, h, mi, 0, 0, loc), Precision: pubdate.Minute}
	}
	if st.Time.Month() != time.Month(mo) || st.Time.Day() != d {
		return pubdate.Stamp{}, false // "02月30日"
	}
	return st, true
}

// confirmIndex answers confirmedUTC for one list of candidates: the instants its zoned,
// non-UTC values state to the minute, and to the second.
type confirmIndex struct {
	minute   map[int64]bool // every such value, its instant to the minute
	byMinute map[int64]bool // those read only to the minute
	second   map[int64]bool // those read to the second, their instant to the second
}

func newConfirmIndex(cands []dateCand) confirmIndex {
	ix := confirmIndex{map[int64]bool{}, map[int64]bool{}, map[int64]bool{}}
	for _, c := range cands {
		if !c.st.Zoned || isUTC(c.st) || c.st.Precision < pubdate.Minute {
			continue
		}
		m := c.st.Time.Truncate(time.Minute).Unix()
		ix.minute[m] = true
		if c.st.Precision == pubdate.Minute {
			ix.byMinute[m] = true
		} else {
			ix.second[c.st.Time.Truncate(time.Second).Unix()] = true
		}
	}
	return ix
}

// confirmed is confirmedUTC(st, cands) for the candidates ix indexes.
func (ix confirmIndex) confirmed(st pubdate.Stamp) bool {
	m := st.Time.Truncate(time.Minute).Unix()
	if st.Precision == pubdate.Minute {
		return ix.minute[m]
	}
	return ix.byMinute[m] || ix.second[st.Time.Truncate(time.Second).Unix()]
}

// rankedInstant keys a value by its rank and its instant to the second.
type rankedInstant struct {
	rank dateRank
	unix int64
}

// twinIndex holds, for each way twin matches a zoned value, the first such value's index
// by the key it is matched on.
type twinIndex struct {
	cands   []dateCand
	confirm confirmIndex
	ranked  map[rankedInstant]int // zoned, to the second: by rank and instant
	// rankedMin: the metadata values among them, by rank and instant to the minute
	rankedMin map[rankedInstant]int
	utc       map[int64]int // UTC to the second, confirmed: by instant
	wallMin   map[int64]int // zoned, not UTC, to the minute or finer: by wall clock to the minute
	minWall   map[int64]int // the same read only to the minute
	wallSec   map[int64]int // the same read to the second: by wall clock to the second
	west      map[int64]int // shiftedWallClock's values west of Greenwich: by instant
	east      map[int64]int // and east of it
	// printedAt: the printed clocks that state their zone ("10:34 AM PDT"), not UTC, read to
	// the minute: by instant to the minute (see printedUTC)
	printedAt map[int64]bool
}

func newTwinIndex(cands []dateCand) *twinIndex {
	ix := &twinIndex{cands: cands, confirm: newConfirmIndex(cands),
		ranked: map[rankedInstant]int{}, rankedMin: map[rankedInstant]int{}, utc: map[int64]int{}, wallMin: map[int64]int{}, minWall: map[int64]int{},
		wallSec: map[int64]int{}, west: map[int64]int{}, east: map[int64]int{}, printedAt: map[int64]bool{}}
	put := func(m map[int64]int, k int64, i int) {
		if _, seen := m[k]; !seen {
			m[k] = i
		}
	}
	for i, c := range cands {
		if !c.st.Zoned {
			continue
		}
		sec := c.st.Time.Truncate(time.Second).Unix()
		if c.st.Precision > pubdate.Minute {
			if _, seen := ix.ranked[rankedInstant{c.rank, sec}]; !seen {
				ix.ranked[rankedInstant{c.rank, sec}] = i
			}
			if m := (rankedInstant{c.rank, c.st.Time.Truncate(time.Minute).Unix()}); c.rank == rankMeta {
				if _, seen := ix.rankedMin[m]; !seen {
					ix.rankedMin[m] = i
				}
			}
			if isUTC(c.st) && ix.confirm.confirmed(c.st) {
				put(ix.utc, sec, i)
			}
		}
		if isUTC(c.st) || c.st.Precision < pubdate.Minute {
			continue
		}
		if c.st.Precision == pubdate.Minute && (c.rank == rankVisible || c.rank == rankHeader) {
			ix.printedAt[c.st.Time.Unix()] = true
		}
		w := c.st.Time
		clock := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, time.UTC)
		put(ix.wallMin, clock.Truncate(time.Minute).Unix(), i)
		if c.st.Precision == pubdate.Minute {
			put(ix.minWall, clock.Truncate(time.Minute).Unix(), i)
		} else {
			put(ix.wallSec, clock.Unix(), i)
		}
		if c.st.Precision >= pubdate.Second && c.rank <= rankVisible {
			if _, off := w.Zone(); off < 0 {
				put(ix.west, sec, i)
			} else {
				put(ix.east, sec, i)
			}
		}
	}
	return ix
}

// twin settles a moment the page writes twice with different zones, taking the one
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
//
// mod are indexed in modUTC. It is the pairwise reading of zonedTwins (kept in its test)
// with each rule's match looked up by key, the first in page order.
func (ix *twinIndex) twin(best dateCand, modUTC confirmIndex) pubdate.Stamp {
	if best.st.Precision < pubdate.Minute || best.st.Zoned && !isUTC(best.st) {
		return best.st
	}
	if isUTC(best.st) && ix.confirm.confirmed(best.st) {
		return best.st
	}
	first := -1
	take := func(m map[int64]int, k int64) {
		if i, ok := m[k]; ok && (first < 0 || i < first) {
			first = i
		}
	}
	switch {
	case !best.st.Zoned:
		if best.st.Precision == pubdate.Minute && best.rank == rankMeta {
			// A metadata clock to the minute ("Monday, December 22, 2014, 3:54 PM") beside a
			// metadata instant to the second whose minute is that clock some whole hours away
			// ("20:54:35Z"): the clock is the newsroom's, the instant the same moment, shown in
			// the offset between them. Whole hours only: a minute a quarter hour off matches by
			// chance far more often than a newsroom keeps such a zone.
			w := best.st.Time
			clock := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), 0, 0, time.UTC).Unix()
			var off time.Duration
			for d := -12 * time.Hour; d <= 14*time.Hour; d += time.Hour {
				if d == 0 || d == 12*time.Hour || d == -12*time.Hour {
					continue
				}
				if i, ok := ix.rankedMin[rankedInstant{best.rank, clock - int64(d/time.Second)}]; ok && (first < 0 || i < first) {
					first, off = i, d
				}
			}
			if first < 0 {
				return best.st
			}
			st := ix.cands[first].st
			st.Time = st.Time.In(time.FixedZone("", int(off/time.Second)))
			return st
		}
		if best.st.Precision <= pubdate.Minute || ix.printedUTC(best.st) {
			return best.st
		}
		w := best.st.Time
		clock := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, time.UTC).Unix()
		take(ix.utc, clock) // the same wall clock, stated in UTC and confirmed
		for d := -14 * time.Hour; d <= 14*time.Hour; d += 15 * time.Minute {
			if d == 0 || d == 12*time.Hour || d == -12*time.Hour {
				continue
			}
			if i, ok := ix.ranked[rankedInstant{best.rank, clock - int64(d/time.Second)}]; ok && (first < 0 || i < first) {
				first = i
			}
		}
	default: // a UTC value
		m := best.st.Time.Truncate(time.Minute).Unix()
		if best.st.Precision == pubdate.Minute {
			take(ix.wallMin, m)
		} else {
			take(ix.minWall, m)
			take(ix.wallSec, best.st.Time.Truncate(time.Second).Unix())
		}
		a := best.st.Time.Truncate(time.Second)
		if best.st.Precision >= pubdate.Second && (a.Minute() != 0 || a.Second() != 0) && !modUTC.confirmed(best.st) {
			shifted := func(m map[int64]int, k int64) {
				if i, ok := m[k]; ok && (first < 0 || i < first) && shiftedWallClock(best.st, ix.cands[i]) {
					first = i
				}
			}
			for h := int64(1); h <= 14; h++ {
				shifted(ix.west, a.Unix()+h*3600) // its clock runs behind the instant a western offset states
				shifted(ix.east, a.Unix()-h*3600)
			}
		}
	}
	if first < 0 {
		return best.st
	}
	return keepSeconds(best.st, ix.cands[first].st)
}

// printedUTC reports a zone-less value, read as UTC, whose instant the page prints to the minute
// with a zone of its own ("2019-07-09T17:34:39" under "July 9, 2019 at 10:34 AM PDT"): the value
// is UTC indeed, and a zoned value of the same rank whole hours from it ("13:34:39Z") is a server's
// wall clock labelled UTC, not the instant the zone-less one is the local clock of.
func (ix *twinIndex) printedUTC(st pubdate.Stamp) bool {
	return len(ix.printedAt) > 0 && ix.printedAt[st.Time.Truncate(time.Minute).Unix()]
}

// keepSeconds is twin's answer for UTC value st whose wall clock a value read only to the
// minute prints with its zone (detik's <meta name="pubdate" content="… T10:08:58Z"> under a
// printed "10:08 WIB"): the zone is the printed one, the seconds st's, which the printed
// clock merely leaves out. Any other twin is returned as it is.
func keepSeconds(st, twin pubdate.Stamp) pubdate.Stamp {
	if st.Precision <= pubdate.Minute || twin.Precision != pubdate.Minute || !isUTC(st) {
		return twin
	}
	u, w := st.Time.UTC(), twin.Time
	if u.Year() != w.Year() || u.YearDay() != w.YearDay() || u.Hour() != w.Hour() || u.Minute() != w.Minute() {
		return twin
	}
	return pubdate.Stamp{Time: time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), u.Second(), u.Nanosecond(), w.Location()),
		Precision: st.Precision, Zoned: true}
}

// metaOrderAgainstPrint reports that the page's metadata writes its numeric dates in the other
// order than the page prints them: a page prints "19:05' - 01/05/2019" (1 May, day first, as in
// Vietnam) and its JSON-LD says "5/1/2019 7:05:31 PM" (an en-US server's default format). A
// metadata value counts only when it reads as two different days and the other order, and not
// the page's, meets a printed date (to the minute where it prints a clock): the print witnesses its order.
func metaOrderAgainstPrint(d dateReader, vals, printed []string) bool {
	flipped := d.visible
	flipped.MonthFirst = !flipped.MonthFirst
	for _, v := range vals {
		if !slashDateRe.MatchString(v) {
			continue
		}
		as, ok := pubdate.Parse(v, d.visible)
		other, ok2 := pubdate.Parse(v, flipped)
		if !ok || !ok2 || other.Precision < pubdate.Minute || as.Time.Equal(other.Time) {
			continue
		}
		dated := 0 // the first few printed dates: bare clocks of a "latest" list do not count
		for _, t := range printed {
			st, _, _, found := pubdate.Find(t, d.visible)
			if !found {
				continue
			}
			if dated++; dated > 4 {
				break
			}
			// A printed day alone ("19:05' - 01/05/2019", its clock not read) still tells the
			// two days apart; a printed clock must agree too.
			meets := func(m pubdate.Stamp) bool {
				if st.Precision >= pubdate.Minute {
					return st.Time.Truncate(time.Minute).Equal(m.Time.Truncate(time.Minute))
				}
				return st.Time.Format(time.DateOnly) == m.Time.Format(time.DateOnly)
			}
			if meets(other) && !meets(as) {
				return true
			}
		}
	}
	return false
}
