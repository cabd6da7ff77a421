package extract

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

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
	rankURL                     // /2019/11/20/ in the address
	rankHeader                  // the first date next to the headline
	rankProse                   // the first date at the top of the story text
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

// labelRe finds the labels pages put before their publication and update times, in the
// languages paperboy serves. Group 1 is the label; labels that mean "updated" are told apart
// by modifiedLabel.
var labelRe = regexp.MustCompile(`(?i)(기사\s*입력|최초\s*입력|입력\s*시간|입력|등록\s*일?|기사\s*승인|승인|게재\s*일?|발행\s*일?|작성\s*일?|송고\s*시간|송고|` +
	`최종\s*수정|수정\s*시간|수정|업데이트|` +
	`\bdatum\s*:|\bdate\s*:|дата\s*:|first published|published(?: on| at)?|posted(?: on| at)?|publication date|date published|updated(?: on| at)?|last updated|modified|` +
	`veröffentlicht(?: am)?|erschienen(?: am)?|publiziert(?: am)?|erstellt(?: am)?|aktualisiert(?: am)?|zuletzt aktualisiert|stand|` +
	`опубликовано|дата публикации|обновлено|publié le|mis à jour le|publicado|actualizado|pubblicato|` +
	`公開日|公開|配信日時?|更新日時?|掲載日|发布时间|发布日期|发表时间|更新时间)\s*(?:시간|일시|일자|:|：)?\s*[:：]?\s*`)

// modifiedLabel tells update labels from publication labels.
var modifiedLabel = regexp.MustCompile(`(?i)수정|업데이트|updated|modified|aktualisiert|stand|обновлено|mis à jour|actualizado|更新`)

// labelReach is how far after a label its date may start: a short space or a bracket.
const labelReach = 16

// labelled reads dates that follow a label in text, split into publication and update times.
func (d dateReader) labelled(text string) (published, modified []dateCand) {
	for _, m := range labelRe.FindAllStringSubmatchIndex(text, 12) {
		rest := text[m[1]:]
		if len(rest) > 96 {
			_, hi := window(rest, 0, 96)
			rest = rest[:hi]
		}
		st, start, _, ok := pubdate.Find(rest, d.visible)
		if !ok || start > labelReach {
			continue
		}
		c := dateCand{st, rankVisible}
		if modifiedLabel.MatchString(text[m[2]:m[3]]) {
			modified = append(modified, c)
		} else {
			published = append(published, c)
		}
	}
	return published, modified
}

// window clamps [lo, hi) to s and moves both ends off UTF-8 continuation bytes.
func window(s string, lo, hi int) (int, int) {
	lo, hi = max(lo, 0), min(hi, len(s))
	for lo > 0 && lo < len(s) && s[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(s) && s[hi]&0xC0 == 0x80 {
		hi++
	}
	return lo, hi
}

// urlDateRe finds a date in an address path: /2019/11/20/, /2019-11-20-, /20191120/.
var urlDateRe = regexp.MustCompile(`/((?:19|20)\d{2})([/-]?)(\d{2})([/-]?)(\d{2})(?:[/_.-]|$)`)

// urlDate reads a publication day from the page address.
func urlDate(u *url.URL, loc *time.Location) (pubdate.Stamp, bool) {
	if u == nil {
		return pubdate.Stamp{}, false
	}
	m := urlDateRe.FindStringSubmatch(u.Path)
	if m == nil || m[2] != m[4] {
		return pubdate.Stamp{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[3])
	d, _ := strconv.Atoi(m[5])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc)
	if mo < 1 || mo > 12 || t.Day() != d || t.After(time.Now().Add(48*time.Hour)) || y < 1990 {
		return pubdate.Stamp{}, false
	}
	return pubdate.Stamp{Time: t, Precision: pubdate.Day}, true
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
