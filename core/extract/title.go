package extract

import (
	"net/url"
	"paperboy/core/pubdate"
	"paperboy/core/textsim"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// titleSeparators split a headline from the site name in <title> and og:title.
// The full-width bar "｜" separates parts unspaced: Chinese and Japanese titles set no spaces
// around it ("…女墜樓不治｜即時｜蘋果日報"), and no headline writes it inside its own words; nor
// the ideograph stroke "丨" Chinese sites set for a bar the same way ("…重建旧码头丨港口日报").
var titleSeparators = []string{" | ", " -- ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " : ", " // ", " ~ ", "｜", "丨"}

// cleanTitle strips a site-name suffix or prefix ("… - BBC News", "한국금융신문 | …") when the
// page names its site (og:site_name, JSON-LD publisher) or the part matches the host name.
func cleanTitle(title string, siteNames []string, host string) string {
	title = withoutDatedTrail(normSpace(title))
	for k, sep := range titleCuts {
		bar := k >= len(titleSeparators) && k < len(titleSeparators)+len(titleBars)
		i := strings.LastIndex(title, sep)
		if i > 0 {
			// Trimmed, so that the spaces around an unspaced mark ("Name | Site" read at "|")
			// count toward no part's length.
			head, tail := strings.TrimSpace(title[:i]), title[i+len(sep):]
			if bar {
				head = withoutGluedSection(head)
			}
			if (isSiteName(tail, siteNames, host) || !bar && host == "" && webDomain.MatchString(strings.TrimSpace(tail)) ||
				sitePlaceTrail(tail, siteNames, host)) && len([]rune(head)) >= 4 {
				if sep == " » " {
					head = withoutCrumbTrail(head)
				}
				return strings.TrimSpace(head)
			}
		}
		if j := strings.Index(title, sep); j > 0 {
			head, tail := title[:j], strings.TrimSpace(title[j+len(sep):])
			if isSiteName(head, siteNames, host) && len([]rune(tail)) >= 4 {
				return strings.TrimSpace(tail)
			}
		}
	}
	if t := cutAtStatedSitePart(title, siteNames); t != title {
		return t
	}
	if t := cutHostName(title, host); t != title {
		return t
	}
	return cutStatedSiteName(title, siteNames)
}

// cutAtStatedSitePart cuts a title at a middle part that is the site's stated name when only
// section names follow it: "Story - Site - News - Tech" puts the site between the headline
// and the section trail, so neither end is the name the suffix cut above looks for. Each part
// after the name must be a section's (maxSectionTitleWords words at most) and the part before
// it long enough to be a headline; one separator joins every part.
func cutAtStatedSitePart(title string, siteNames []string) string {
	for _, sep := range titleSeparators {
		parts := strings.Split(title, sep)
		if len(parts) < 3 {
			continue
		}
		for i := 1; i < len(parts)-1; i++ {
			if !isSiteName(parts[i], siteNames, "") {
				continue
			}
			for _, sec := range parts[i+1:] {
				if n := len(strings.Fields(sec)); n == 0 || n > maxSectionTitleWords {
					return title
				}
			}
			if head := strings.TrimSpace(strings.Join(parts[:i], sep)); utf8.RuneCountInString(head) >= 4 {
				return head
			}
			return title
		}
	}
	return title
}

// sitePlaceTrail reports a title's last part that is the site's name and the place its
// newsroom is in, after a comma: "EagleTribune.com, North Andover, MA", "Example Herald,
// Rivertown". The place is one to three capitalised words, with a state's or country's code
// of two capitals after a second comma.
func sitePlaceTrail(tail string, siteNames []string, host string) bool {
	name, place, ok := strings.Cut(strings.TrimSpace(tail), ", ")
	if !ok || !isSiteName(name, siteNames, host) {
		return false
	}
	return placeTrailRe.MatchString(place)
}

// placeTrailRe is a place after a site's name: capitalised words, perhaps a state's code.
var placeTrailRe = regexp.MustCompile(`^\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}(?:, [A-Z]{2})?$`)

// withoutCrumbTrail cuts the sections a title closes with between guillemets once the site's
// name after the last one is gone: "Story » Focus" of "Story » Focus » Site" is a breadcrumb
// read backwards. Each section is three words or fewer; a longer part is the headline's own.
func withoutCrumbTrail(head string) string {
	for {
		i := strings.LastIndex(head, " » ")
		if i < 4 {
			return head
		}
		if sec := strings.TrimSpace(head[i+len(" » "):]); sec == "" || len(strings.Fields(sec)) > 3 || utf8.RuneCountInString(sec) > 30 {
			return head
		}
		head = head[:i]
	}
}

// withoutDatedTrail cuts a title at a later part that is only a date, with the parts after it
// ("Story | January 15, 2008 | Site"): a template stamping the day into the title, whose
// closing part is then the site's name, too short (an acronym) or too plain to be recognised
// as one. The headline is what stands before the date.
func withoutDatedTrail(title string) string {
	for _, sep := range titleSeparators {
		parts := strings.Split(title, sep)
		for i := 1; i < len(parts); i++ {
			if pubdate.IsDateLine(strings.TrimSpace(parts[i]), pubdate.Context{}) {
				// "Site | 01/07/2008 | Story" puts the headline after the date: nothing is cut.
				head := strings.TrimSpace(strings.Join(parts[:i], sep))
				if headingWeight(head) >= minHeadingRunes && len(head) > len(strings.Join(parts[i+1:], sep)) {
					return head
				}
				break
			}
		}
	}
	return title
}

// titleBars are the bars Korean sites set between a title's parts, mostly unspaced: the Hangul
// letter "ㅣ" and the box-drawing stroke "│" ("Headline-정치ㅣ한국일보"). "ㅣ" is a letter, so a
// bar counts only with the site's name after it (or before it, opening the title), and the
// section a hyphen glues to the bar ("-정치ㅣ한국일보") goes with the site's part.
var titleBars = []string{"ㅣ", "│"}

// titleMarks are the other marks sites set between a headline and the site's name: a bullet,
// single guillemets, triangles, the figure dash and the horizontal bar, a spaced slash and an
// unspaced "|" ("Story • Site", "Site › Story", "Story / Site", "Story|Site"). Headlines use
// some of them inside their own words ("rain / snow", a list's bullets), so, as the bars, a
// mark cuts only where the part on its other side is the site's name, and it splits no title
// into parts elsewhere (titleParts, confirms): only cleanTitle tries them.
var titleMarks = []string{" • ", " › ", " ‹ ", " ▶ ", " ► ", " ‒ ", " ― ", " / ", "|"}

// titleCuts are the separators cleanTitle tries in order: the spaced ones, the bars, then the
// other marks.
var titleCuts = slices.Concat(titleSeparators, titleBars, titleMarks)

// maxGluedSectionRunes is the longest section name withoutGluedSection cuts.
const maxGluedSectionRunes = 8

// withoutGluedSection drops a section glued by a hyphen to a title's end, "Headline-정치" or
// "Headline -정치": a short run of letters after a hyphen that no space follows. A hyphened
// word ("K-팝") keeps it: its first half is a single letter, and a headline's last word is
// longer.
func withoutGluedSection(t string) string {
	i := strings.LastIndexAny(t, "-－")
	if i <= 0 {
		return t
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	sec, head := t[i+size:], t[:i]
	if n := utf8.RuneCountInString(sec); n == 0 || n > maxGluedSectionRunes || strings.ContainsFunc(sec, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return t
	}
	if !strings.HasSuffix(head, " ") {
		if word := head[strings.LastIndex(head, " ")+1:]; utf8.RuneCountInString(word) < 2 {
			return t
		}
	}
	if head = strings.TrimSpace(head); utf8.RuneCountInString(head) < 4 {
		return t
	}
	return head
}

// cutHostName cuts the host's domain written out off either end of a title when punctuation
// the separator list does not hold joins it: "NR2.RU::: Story". A dotted domain is never a
// headline's part, so any run of joiners will do.
func cutHostName(title, host string) string {
	if host == "" {
		return title
	}
	if t := cutAtHostPart(title, host); t != title {
		return t
	}
	if i := strings.IndexFunc(title, isJoiner); i > 0 {
		head := title[:i]
		// An opening guillemet starts the headline's quote: "NR2.RU::: «Mister No» returns".
		rest := strings.TrimLeftFunc(title[i:], func(r rune) bool { return r != '«' && isJoiner(r) })
		if punctuated(title[i:len(title)-len(rest)]) && isHostName(head, host) && utf8.RuneCountInString(rest) >= 4 {
			return rest
		}
	}
	if i := strings.LastIndexFunc(title, isJoiner); i > 0 && i < len(title)-1 {
		_, size := utf8.DecodeRuneInString(title[i:])
		tail := title[i+size:]
		head := strings.TrimRightFunc(title[:i+size], isJoiner)
		if punctuated(title[len(head):i+size]) && isHostName(tail, host) && utf8.RuneCountInString(head) >= 4 {
			return head
		}
	}
	return title
}

// cutStatedSiteName cuts a stated site name off either end of a title when punctuation the
// separator list does not hold joins them: full-width forms ("…｜ガジェット通信", "…：朝日新聞デジタル")
// or a colon without spaces ("…「Treeviz」:phpspot開発日誌"). The name must be the page's own
// (og:site_name, JSON-LD publisher): a host label is too short a match to cut on.
func cutStatedSiteName(title string, siteNames []string) string {
	lower := strings.ToLower(title)
	for _, name := range siteNames {
		name = strings.ToLower(normSpace(name))
		if utf8.RuneCountInString(squash(name)) < 3 || len(name) >= len(lower) {
			continue
		}
		if strings.HasSuffix(lower, name) {
			rest := title[:len(title)-len(name)]
			if head := strings.TrimRightFunc(rest, isJoiner); punctuated(rest[len(head):]) && utf8.RuneCountInString(head) >= 4 {
				return head
			}
		}
		if strings.HasPrefix(lower, name) {
			rest := title[len(name):]
			if tail := strings.TrimLeftFunc(rest, isJoiner); punctuated(rest[:len(rest)-len(tail)]) && utf8.RuneCountInString(tail) >= 4 {
				return tail
			}
		}
	}
	return title
}

// punctuated reports whether a joiner holds more than spaces: "The Guardian view on …" and
// "… on Twitter" name the site inside the headline's sentence.
func punctuated(joiner string) bool { return !isBlank(joiner) }

// isJoiner reports the spaces and punctuation that may join a site name to a headline;
// brackets and quotes are not among them, as they close a headline's own phrase.
func isJoiner(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case '|', '-', ':', '/', '~', '·', '«', '»', '_', '｜', '：', '－', '–', '—', '／', '〜', '～', '＠':
		return true
	}
	return false
}

func isSiteName(part string, siteNames []string, host string) bool {
	k := squash(part)
	if k == "" {
		return false
	}
	for _, s := range siteNames {
		if s = squash(s); s != "" && (s == k || strings.Contains(k, s) && len(k) <= len(s)+12) {
			return true
		}
	}
	for _, label := range hostLabels(host) {
		if label == k || !hasSeparator(part) && transliterates(k, label) {
			return true
		}
	}
	if isHostName(part, host) {
		return true
	}
	// A paper's full name that ends in its host label: "Die Neue Südtiroler Tageszeitung" on
	// tageszeitung.it. A name is a few capitalised words; short labels ("post", "times") end
	// too many phrases to count.
	if words := strings.Fields(part); len(words) > 1 && len(words) <= maxSiteNameWords && nameWords(words) {
		last := squash(words[len(words)-1])
		for _, label := range hostLabels(host) {
			if utf8.RuneCountInString(label) >= minHostLabelRunes && last == label {
				return true
			}
		}
	}
	return false
}

// cutAtHostPart cuts a title at its first part after the opening one that ends in the host's
// domain written out ("Story | Example.info - tagline", "Story - Science in Example.pl") or is
// the host's name spelled in words ("Story - OurSite Central - tagline" on oursitecentral.com):
// that part names the site, and what follows it is the site's tagline or keywords.
func cutAtHostPart(title, host string) string {
	type cut struct{ at, end int }
	var seps []cut
	for i := 0; i < len(title); i++ {
		for _, sep := range titleSeparators {
			if strings.HasPrefix(title[i:], sep) {
				seps = append(seps, cut{i, i + len(sep)})
				i += len(sep) - 1
				break
			}
		}
	}
	for k, c := range seps {
		end := len(title)
		if k+1 < len(seps) {
			end = seps[k+1].at
		}
		words := strings.Fields(title[c.end:end])
		if len(words) == 0 || len(words) > maxSiteNameWords {
			continue
		}
		head := strings.TrimSpace(title[:c.at])
		// A name spelled in words counts only with a tagline after it (one closing the title
		// is cleanTitle's to cut), and it may follow an edition's or a section's name as well
		// ("Daily Brew // Morning Brew // Update"): the part before it must read as a headline.
		if !isHostName(words[len(words)-1], host) && (k+1 == len(seps) || !spelledHostLabel(words, host) || spokenWords(head) <= maxSectionTitleWords) {
			continue
		}
		if utf8.RuneCountInString(head) >= 4 {
			return head
		}
		return title
	}
	return title
}

// spelledHostLabel reports words that are a distinctive label of the host spelled with spaces
// and capitals ("OurSite Central" on www.oursitecentral.com), at least minHostLabelRunes long:
// a shorter label ("post", "times") is spelled by too many sections' names.
func spelledHostLabel(words []string, host string) bool {
	k := squash(strings.Join(words, ""))
	for _, label := range hostLabels(host) {
		if label == k && utf8.RuneCountInString(label) >= minHostLabelRunes {
			return true
		}
	}
	return false
}

// minSkeletonRunes is the fewest consonants a transliterated name needs to match a host
// label: shorter skeletons match too many words.
const minSkeletonRunes = 4

// transliterates reports whether the squashed part k, written in Greek or Cyrillic, is the
// host label spelled in that script. Transliterations differ in vowels and in digraphs
// ("ph" or "f", "ch" or "h", "b" or "v"), so both are compared by their consonants alone.
func transliterates(k, label string) bool {
	for _, r := range k {
		if !unicode.In(r, unicode.Greek, unicode.Cyrillic) {
			return false
		}
	}
	sk := consonants(strings.ToLower(unidecode.Unidecode(k)))
	return utf8.RuneCountInString(sk) >= minSkeletonRunes && sk == consonants(label)
}

// consonants is the Latin spelling s reduced to its consonants, with the letters that
// transliterations swap made one: vowels (and "y", "h") dropped, "ph" as "f", "b" as "v",
// "c" and "q" as "k", "w" as "v", "x" as "ks", doubled letters single.
func consonants(s string) string {
	s = strings.NewReplacer("ph", "f", "x", "ks").Replace(s)
	var b strings.Builder
	var last rune
	for _, r := range s {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h':
			continue
		case 'b', 'w':
			r = 'v'
		case 'c', 'q':
			r = 'k'
		}
		if r < '0' || r > 'z' || r == last {
			if r == last {
				continue
			}
			return ""
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

// isHostName reports a part that is the host's domain written out, with two labels or more:
// "in.gr - Story" on health.in.gr, "Story » Vesti.kz". Labels alone ("in") are too short to
// tell a name from a word, but a dotted domain is never a headline's part.
func isHostName(part, host string) bool {
	part = strings.ToLower(strings.TrimSpace(part))
	host = strings.ToLower(host)
	if !strings.Contains(part, ".") || strings.ContainsFunc(part, unicode.IsSpace) {
		return false
	}
	return host == part || strings.HasSuffix(host, "."+part) || "www."+part == host
}

// webDomain is a title's last part that is a web site's domain written out with a generic
// top-level domain ("Story - NYTimes.com", "… | Example.org.br") on a page whose address is not
// known (a saved page): no headline ends so. With an address, only the host's own domain is cut
// (another's is a source credit, isHostName). The top-level domain must be in lower case
// ("ASP.NET" is a product). A title that is nothing but a domain is left to the rules for
// site-only titles, which weigh it against the page's headings.
var webDomain = regexp.MustCompile(`^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|net|org|info|biz|news)(?:\.[a-z]{2})?$`)

// hostNameCut reports a title whose cut part is the host's domain written out.
func hostNameCut(title, host string) bool {
	if cutHostName(title, host) != title {
		return true
	}
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > 0 && isHostName(title[i+len(sep):], host) {
			return true
		}
		if j := strings.Index(title, sep); j > 0 && isHostName(title[:j], host) {
			return true
		}
	}
	return false
}

// onlySiteName reports a title source made of site names alone: the site's name, its host's
// domain written out, or several of them joined ("Η ΚΑΘΗΜΕΡΙΝΗ, kathimerini.com.cy").
func onlySiteName(t string, siteNames []string, host string) bool {
	if isSiteName(t, siteNames, host) {
		return true
	}
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == ',' || r == '，' || r == '|' || r == '｜' || r == '·' })
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		if part = strings.TrimFunc(part, isJoiner); part == "" || !isSiteName(part, siteNames, host) {
			return false
		}
	}
	return true
}

// nameWords reports words that each open with a capital letter and are no longer than a
// word of a name: "RustのWebAssemblyの中でDOMを扱う MOONGIFT" is a headline and a name.
func nameWords(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) > maxNameWordRunes {
			return false
		}
	}
	return true
}

// maxNameWordRunes is the longest word nameWords accepts.
const maxNameWordRunes = 14

// maxSiteNameWords is the most words a site name ending in the host label may have.
const maxSiteNameWords = 5

// minHostLabelRunes is the shortest host label that marks a site name as its last word.
const minHostLabelRunes = 7

// hostLabels gives the distinctive labels of a host: "www.entermedia.co.kr" → ["entermedia"].
func hostLabels(host string) []string {
	var out []string
	for _, l := range strings.Split(strings.ToLower(host), ".") {
		switch l {
		case "", "www", "m", "news", "com", "co", "kr", "net", "org", "uk", "jp", "ru", "br", "es", "de", "fr", "amp":
			continue
		}
		out = append(out, l)
	}
	return out
}

// hasSeparator reports a title that still joins parts with one of titleSeparators.
func hasSeparator(title string) bool {
	for _, sep := range titleSeparators {
		if strings.Contains(title, sep) {
			return true
		}
	}
	return false
}

// squash lowercases and drops everything but letters and digits, so "BBC News" matches "bbcnews".
func squash(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII, most of it: a letter lowered, a digit kept, the rest dropped.
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				b.WriteByte(c)
			}
			i++
			continue
		}
		// strings.ToLower lowers rune by rune (a byte of broken UTF-8 becomes U+FFFD, neither
		// letter nor digit): lowering each rune here keeps the same runes without the copy.
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			switch r {
			case 'ş':
				r = 'ș' // Romanian s and t with a cedilla and with a comma below are one letter
			case 'ţ':
				r = 'ț'
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func hostOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.Hostname()
}

// kickerWithColon is the first <h1> whose kicker, printed in an element of its own and run
// into the headline without a separator ("<h1><strong>Bin-Laden-Tod </strong>Merkel: Worte im
// Zusammenhang sehen</h1>"), the page's <title> sets apart with a colon ("Bin-Laden-Tod: Merkel:
// Worte im Zusammenhang sehen - Politik - …"): the printed wording with the colon the layout
// drew as a break, as repeatedHeadline keeps a kicker's colon printed in a span of its own.
// Otherwise "".
func kickerWithColon(p *page) string {
	k := p.h1Kicker
	if k == "" || !strings.HasPrefix(p.h1, k+" ") {
		return ""
	}
	rest := strings.TrimSpace(p.h1[len(k):])
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) && !unicode.IsDigit(r) || len(strings.Fields(rest)) < 2 {
		return ""
	}
	if joined := k + ": " + rest; strings.Contains(normSpace(html.UnescapeString(p.title)), joined) {
		return joined
	}
	return ""
}

// pageTitle takes the first title source another source confirms: JSON-LD headline, og:title,
// twitter:title, microdata, <title>, <h1>, Dublin Core, a "headline" meta, each without its
// site-name part. A source no other
// one agrees with (Wikipedia's JSON-LD "headline" is a description) yields to one that is
// confirmed; with no agreement at all the first source stands. og:title and twitter:title
// come from one template and often copy each other, so their agreement counts only when no
// other pair agrees (a section page's "Yahoo News - Latest News & Headlines" in both, against
// the story's headline in <title> and <h1>).
//
// The site names cut off are the ones the page states (og:site_name, JSON-LD publisher); the
// Twitter handle and application-name count only when it states none, as they often name a
// product or a desk ("@firefox" on a Mozilla page whose headline starts "Firefox — …").
func pageTitle(p *page, ld *ldArticle, siteName, host string, body *html.Node) (title string, sure bool) {
	sites := []string{siteName, ld.siteName}
	if isBlank(siteName + ld.siteName) {
		// The masthead's linked name states the site where the metadata does not.
		sites = append(sites, p.meta["twitter:site"], p.meta["application-name"], p.masthead)
	}
	var raw, clean []string
	var social []bool
	var src []int       // which source each entry of raw and clean came from
	var archived string // a post's title the classic WordPress archive label stood before
	// Dublin Core's title and a bare "headline" meta come last: older publishing systems fill
	// them with the story's headline where <title> carries the site's name as well.
	for i, t := range []string{ld.headline, p.meta["og:title"], p.meta["twitter:title"], p.itemprops["headline"], p.title, p.h1,
		firstNonEmpty(p.meta["dc.title"], p.meta["dcterms.title"]), p.meta["headline"]} {
		// A <title> the page's broken markup ran into a script or a comment ("Story'?' + OAS_query
		// + '\">", "SITEi library-->") names no story: the other sources do.
		if i == srcTitleTag && markupDebris.MatchString(t) {
			continue
		}
		t = withoutEmptyParts(withoutLeadingSeparator(normSpace(html.UnescapeString(t))))
		if post := withoutBlogArchive(t); post != t {
			t, archived = post, post
		}
		if t != "" {
			c := cleanTitle(t, sites, host)
			if c == t {
				c = withoutLogoTrail(t, p.images)
			}
			raw, clean = append(raw, t), append(clean, withoutAuthorTrail(c, p.meta["author"]))
			social = append(social, i == 1 || i == 2)
			src = append(src, i)
		}
	}
	untruncated(raw, clean)
	// A source that is only the site's name ("SlashGear" in the masthead's <h1>, "Η ΚΑΘΗΜΕΡΙΝΗ,
	// kathimerini.com.cy" in every page's <title>) names no story; taken as one, it agreed with
	// the site part of "Story | SlashGear" and won. When every source is one and one of them is
	// exactly the name the page states, the page may have copied its headline into
	// og:site_name: they all stay.
	var named []int
	stated := false
	for i := range raw {
		if onlySiteName(raw[i], sites, host) || src[i] == srcTitleTag && labelWithoutStory(raw[i]) {
			named = append(named, i)
			stated = stated || slices.ContainsFunc(sites, func(s string) bool { return squash(s) == squash(raw[i]) })
		}
	}
	// Every source naming only the site, an element the markup names the article's headline
	// is the story's ("SuperSoccer" over <span class=article_headline>). Not when the page
	// states that name: it may have copied its headline into og:site_name (below).
	if len(named) > 0 && len(named) == len(raw) && !stated {
		if h := markedArticleHeadline(body); h != "" {
			return h, true
		}
	}
	siteOnly := ""
	if len(named) > 0 {
		siteOnly = clean[named[0]]
	}
	if len(named) < len(raw) || !stated {
		for k := len(named) - 1; k >= 0; k-- {
			i := named[k]
			raw, clean = slices.Delete(raw, i, i+1), slices.Delete(clean, i, i+1)
			social, src = slices.Delete(social, i, i+1), slices.Delete(src, i, i+1)
		}
	}
	if len(clean) == 0 {
		// No title anywhere in the head or the metadata: an element the markup names the
		// article's headline is it, else a long heading, else an element the layout names a
		// headline.
		if h := markedArticleHeadline(body); h != "" {
			return h, true
		}
		if h := firstLongHeading(p.headings, ""); h != "" {
			return h, true
		}
		if h := namedHeadline(body, "headline"); h != "" {
			return h, true
		}
		// Where every title names the site, or there is no title at all, older layouts style
		// the story's headline in a cell or <div> whose class says "title" ("title_xbig"); a
		// widget's title is shorter than namedHeadline takes. Failing that, the site's name is
		// still better than nothing. A page with no title anywhere is left to the story
		// (headlineTheReadingTells) first: its "title" cell may be a box's ("Tools You Can
		// Use") or hold the date after the headline.
		if siteOnly == "" {
			return "", true
		}
		// The "title" element may as well be a side box's ("<div class=sideTitle>How do you
		// …?</div>" beside the story): the story has its say (headlineTheReadingTells).
		if h := namedHeadline(body, "title"); h != "" {
			return h, false
		}
		return siteOnly, true
	}
	// The post's part of a "Blog Name » Blog Archive » Post" title, printed as a heading (the
	// theme's <h2>), is the headline: the blog's name in the <h1> and the sidebar's widget
	// titles are no rivals of it.
	if archived != "" && slices.Contains(unescaped(p.headings), archived) {
		return archived, true
	}
	if h := headlineBeforeDeck(raw, unescaped(p.headings)); h != "" {
		return h, true
	}
	// Of two <h1>s, the one the markup names the headline (itemprop=headline) is the story's:
	// the first is a page title a CMS prints over every node ("Sports Items"), which <title>
	// repeats.
	if h := markedH1(p); h != "" {
		return h, true
	}
	if h := printedAlternative(ld, p.h1s); h != "" {
		return h, true
	}
	if h := repeatedHeadline(raw, clean, src, p.h1s, p.h1Kicker); h != "" {
		// A section's name of a few words that a <title> led by the site repeats ("site.com -
		// Sports Wire") is checked against the story, as below.
		return printedForm(h, raw), len(strings.Fields(h)) > maxSectionTitleWords || !slices.ContainsFunc(raw, func(r string) bool { return siteLed(r, h, sites, host) })
	}
	if h := statedHeadline(p); h != "" {
		return h, true
	}
	// A plain "title" meta is often the <title> again, site part and all, so it is no title
	// source of its own; one that repeats the printed <h1> whole confirms it against a <title>
	// that words the story for search ("Name (Show): Jive on Premiere Night"). An <h1> that the
	// <title> opens with and goes on from is a topic's tag over the headline, which both shorten.
	if h1 := normSpace(html.UnescapeString(p.h1)); headingWeight(h1) >= minHeadingRunes && squash(h1) == squash(normSpace(p.meta["title"])) &&
		!strings.HasPrefix(squash(p.title), squash(h1)) {
		return printedForm(h1, raw), true
	}
	for _, templatePairs := range []bool{false, true} {
		for i, c := range clean {
			for j := range clean {
				if j == i || !templatePairs && social[i] && social[j] {
					continue
				}
				if side, ok := confirms(c, clean[j], raw[j]); ok {
					// Two sources may agree on "Story — House Call" or "Story - Full Text View"
					// (a section or page-type part no site name covers); a heading that is the
					// longest part of it is the headline. Only <h1> headings count: an <h2> or <h3> is a
					// section or a teaser far more often when the metadata already agree. The
					// first <h1> may itself be the section ("Autoconsumo" over "Autoconsumo -
					// Story"), so the later ones are asked too.
					if h := headingInTitle(unescaped(p.h1s), p.headingLeads, []string{side}); h != "" {
						return h, true
					}
					// A section's <h1> ("National News") agrees with the section part of
					// "Story - National News": a later <h1> that is the title's longer part is
					// the story's.
					if side != clean[j] {
						if h := headingInTitle(unescaped(p.h1s), p.headingLeads, []string{clean[j]}); len(squash(h)) > len(squash(side)) {
							return h, true
						}
					}
					if h := extendedHeadline(side, p); h != "" {
						return printedForm(h, raw), true
					}
					if h := displayedHeadline(side, src[i], p); h != "" {
						return printedForm(h, raw), true
					}
					// Older layouts agree on "Story | Section | Site" in <title> and og:title
					// and print the story's part alone in a styled <div> or <td>. Lesser
					// headings stay no evidence, as above.
					if hasSeparator(side) {
						headings := unescaped(p.headings)
						texts := headlineTexts(body) // one walk of the page for trailOpening and siteLedTitleEnd
						if h := trailOpening(slices.DeleteFunc(slices.Clone(texts), func(t string) bool { return slices.Contains(headings, t) }), side); h != "" {
							return h, true
						}
						if h := openingHeading(p, side); h != "" {
							return h, true
						}
						// Where no <h1> prints the title's longest part (the page has none, or
						// its <h1> is the site's name), a lesser heading that prints it whole is
						// the story's: "Story - Site" agreed by every source, the site's name
						// too unknown to cut, over an <h3> printing "Story".
						if h := headingInTitle(lesserHeadings(p), p.headingLeads, []string{side}); h != "" {
							return h, true
						}
						if h := siteLedTitleEnd(texts, side); h != "" {
							return h, true
						}
					}
					// Two sources agreeing on "Story: Column: Section: Site" agree on a template
					// whose colon trail ends in the site's stated name, too short a name to cut
					// on ("GQ"): the story's part is settled only by the page printing it. Nor
					// do two agreeing on a section's name settle it ("Sports Wire" in <h1> and in
					// a <title> led by the site, "site.com - Sports Wire", where a story's title
					// puts the site last): a title of so few words is checked against the story.
					// The <h1> the <title> confirms may be the blog's or the site's name, the
					// story's headline printed in an <h2> or <h3> as the title's other part.
					if h := storyBesideNameHeading(side, raw, clean, src, p); h != "" {
						return h, true
					}
					t := withoutLinkedTrail(side, body)
					section := len(strings.Fields(t)) <= maxSectionTitleWords && (siteLed(raw[i], t, sites, host) || siteLed(raw[j], t, sites, host))
					return printedForm(t, raw), !colonTrailToSite(t, []string{siteName, ld.siteName}) && !section
				}
			}
		}
	}
	if h := printedMetaHeadline(clean, src, p.headings); h != "" {
		return printedForm(h, raw), true
	}
	// Titles whose site part cleanTitle recognised are settled; the rest may hold the headline
	// next to a site part no source names.
	// A title whose site part was cut may still hold section parts around the headline ("Story -
	// Soccer - Sport - Breaking News" once "- Belfast Telegraph" matched the host): it counts in
	// its cut form.
	var uncut []string
	for i := range raw {
		// A part that is only the host's domain written out ("… - autosport.com") settles
		// nothing either: "F1 News: Story" may still hold the headline the page prints.
		// Nor does a cut made only by the masthead's name, which a section part may follow
		// ("Site--Section--Story" once "Site" is gone).
		if clean[i] == raw[i] || hasSeparator(clean[i]) || cleanTitle(raw[i], sites, "") == raw[i] && hostNameCut(raw[i], host) ||
			p.masthead != "" && cleanTitle(raw[i], slices.DeleteFunc(slices.Clone(sites), func(s string) bool { return s == p.masthead }), host) == raw[i] {
			uncut = append(uncut, clean[i])
		}
	}
	if src[0] == srcTitleTag && len(clean) == 1 {
		if h := titleHeadingWithoutH1(p, clean[0]); h != "" {
			return h, true
		}
	}
	if h := laterH1OpensTitle(p, raw, src); h != "" {
		return h, true
	}
	if h := headingOverCoverage(p.headings, p.headingLeads, uncut); h != "" {
		// A later heading that is the part after the printed <h1>'s colon ("Make-Ahead Side:
		// Story" over a recipe card's "Story") is no cut of it: the reader sees the kicker in
		// the headline itself, not in a title template.
		if h1 := normSpace(html.UnescapeString(p.h1)); slices.Contains(uncut, h1) && kickerOver(h1, h) &&
			headingInTitle(p.headings, p.headingLeads, slices.DeleteFunc(slices.Clone(uncut), func(t string) bool { return t == h1 })) == "" {
			return h1, true
		}
		return h, true
	}
	// Older layouts print the headline in a styled <div>, <td>, <b> or <font> instead of a
	// heading; the same test holds for the short texts of any element.
	// Only <title> and the metadata titles count here (an <h1> holds its own parts as elements),
	// and only texts of three words or more: a plain element's shorter text is a label, a
	// document number or a logo far more often than a headline.
	if h := headlineUnderBreadcrumbTitle(raw, src, p, sites, host, body); h != "" {
		return h, true
	}
	// A heading that prints the part after a lone <title>'s colon is the story's, against a
	// logo's text that prints the part before it (see storyAfterColon).
	if p.h1 == "" && src[0] == srcTitleTag {
		if h := storyAfterColon(clean[0], unescaped(p.headings), nil); h != "" {
			return h, true
		}
	}
	var metaUncut []string
	for _, t := range uncut {
		if t != normSpace(html.UnescapeString(p.h1)) {
			metaUncut = append(metaUncut, t)
		}
	}
	if len(metaUncut) > 0 {
		if h := headingInTitle(headlineTexts(body), nil, metaUncut); h != "" {
			return h, true
		}
	}
	if h := headlineForSectionTitle(raw, clean, p.headings, normSpace(html.UnescapeString(p.h1)), body); h != "" {
		return h, true
	}
	if h := headingNearTitle(unescaped(p.headings), clean); h != "" {
		return h, true
	}
	if p.h1 == "" && src[0] == srcTitleTag {
		if h := storyAfterColon(clean[0], unescaped(p.headings), body); h != "" {
			return h, true
		}
	}
	if h := h1OpensUncutTitle(raw, clean, src); h != "" {
		return h, true
	}
	if h := h1OverUncutTitle(raw, clean, src); h != "" {
		return h, false
	}
	return withoutLinkedTrail(clean[0], body), false
}

// minTruncatedStemRunes is the fewest letters and digits a source cut short with an ellipsis
// must keep for untruncated to look for its whole wording: fewer open too many headlines.
const minTruncatedStemRunes = 12

// untruncated replaces each title source that ends in an ellipsis ("Story cut short at
// sixty…", as sharing templates and search snippets shorten og:title) with another source that
// goes on from its words: the publisher's full headline, the one readers see, beside its shortened
// copy, which no rule should take for a rival wording. A longer source that goes on past a
// separator ("Story cut … | Site" against the cut "Story cut …") adds a site part, not the words
// cut off, and is passed over; so is a source that ends in an ellipsis itself.
func untruncated(raw, clean []string) {
	for i, c := range clean {
		stem, ok := cutEllipsis(c)
		if !ok {
			continue
		}
		k := squash(stem)
		if utf8.RuneCountInString(k) < minTruncatedStemRunes {
			continue
		}
		for j, d := range clean {
			if _, cut := cutEllipsis(d); j == i || cut || hasSeparator(d) && !hasSeparator(stem) {
				continue
			}
			if kd := squash(d); len(kd) > len(k) && strings.HasPrefix(kd, k) {
				raw[i], clean[i] = raw[j], d
				break
			}
		}
	}
}

// cutEllipsis is s without the ellipsis it ends in ("…", "...") and whether it had one.
func cutEllipsis(s string) (string, bool) {
	for _, e := range []string{"…", "..."} {
		if t, ok := strings.CutSuffix(s, e); ok {
			return strings.TrimSpace(t), true
		}
	}
	return s, false
}

// h1OverUncutTitle is the page's <h1> when it and the <title> are the only title sources,
// they disagree, and the <title> still joins parts no site name could be cut from ("Story
// for Search: More Words | Politics | Site News" over the printed "Story Face Review"): such
// a <title> is the search wording with its section and site, the <h1> the headline readers
// see. An <h1> of fewer than minH1OverTitleWords words may be a section's or the site's
// name. Otherwise "".
func h1OverUncutTitle(raw, clean []string, src []int) string {
	if len(raw) != 2 || src[0] != srcTitleTag || src[1] != srcH1 || clean[0] != raw[0] || !hasSeparator(raw[0]) ||
		len(strings.Fields(clean[1])) < minH1OverTitleWords || hasSeparator(clean[1]) {
		return ""
	}
	// An <h1> that holds a part of the title whole is a breadcrumb ending in the headline
	// ("Site 〉 Section 〉 Story"), not another wording of it; nor is one the title holds (the
	// headline with the agency's name run on after it).
	h := squash(clean[1])
	if strings.Contains(squash(raw[0]), h) {
		return ""
	}
	// Nor does one that opens with the title's words and goes on differently ("Green shoots of
	// a quiet revolution: a town in bloom"): that is one headline worded twice, settled before.
	tw, hw := nearWords(raw[0]), nearWords(clean[1])
	same := 0
	for same < len(tw) && same < len(hw) && tw[same] == hw[same] {
		same++
	}
	if same >= minSharedOpeningWords {
		return ""
	}
	for _, part := range titleParts(raw[0]) {
		if k := squash(part); headingWeight(part) >= minHeadingRunes && strings.Contains(h, k) {
			return ""
		}
	}
	return clean[1]
}

// h1OpensUncutTitle is the page's <h1> when it and the <title> are the only title sources, no
// site part could be cut from the <title>, and the <h1>'s words are the <title>'s opening
// words, all of them, after which the <title> goes on past a colon or a separator: "Story -
// Deck: Site "Column" Article" over the printed "Story: Deck". The <title> then joins the
// printed headline (in its own punctuation) to a trail the site's name is too unusual to be
// cut by, and the <h1> is the headline as printed. An <h1> of fewer than minH1OverTitleWords
// words may be a topic's tag that the <title> opens with. Otherwise "".
func h1OpensUncutTitle(raw, clean []string, src []int) string {
	if len(raw) != 2 || src[0] != srcTitleTag || src[1] != srcH1 || clean[0] != raw[0] || hasSeparator(clean[1]) {
		return ""
	}
	hw := nearWords(clean[1])
	if len(hw) < minH1OverTitleWords {
		return ""
	}
	// Walk the <title>'s words to the last of the <h1>'s: the <title> must break there.
	fields := strings.Fields(raw[0])
	n := 0
	for i, f := range fields {
		w := nearWords(f)
		if len(w) == 0 {
			continue // a separator standing alone
		}
		if len(w) != 1 || n >= len(hw) || w[0] != hw[n] {
			return ""
		}
		if n++; n < len(hw) {
			continue
		}
		if i == len(fields)-1 {
			return "" // the same words: the other rules weigh them
		}
		if strings.HasSuffix(f, ":") || len(nearWords(fields[i+1])) == 0 {
			return clean[1]
		}
		return ""
	}
	return ""
}

// minSharedOpeningWords is how many opening words an <h1> shares with the <title> to be the
// same headline worded on differently.
const minSharedOpeningWords = 3

// minH1OverTitleWords is the fewest words of an <h1> h1OverUncutTitle prefers to the <title>.
const minH1OverTitleWords = 4

// storyAfterColon is the part of a <title> after its one colon ("Site.net: Story", "Section
// : Story") when the page, which has no <h1>, prints that part whole as a heading or as an
// element's text: older pages name the site or the section in the <title> before a colon no
// separator list holds, and print only the story's own headline over the text. A title whose
// part after the colon the page does not print alone ("Place: Headline", a kicker the page
// prints in the same line) stays whole. Otherwise "".
func storyAfterColon(title string, headings []string, body *html.Node) string {
	i := strings.IndexAny(title, ":：")
	// The part before the colon is one name: "Blog - Tagline: Post" may run a post's title into
	// the blog's tagline, and the page prints the post's title as a caption's line.
	if i <= 0 || strings.Count(title, ":")+strings.Count(title, "：") > 1 || hasSeparator(title[:i]+" ") {
		return ""
	}
	_, size := utf8.DecodeRuneInString(title[i:])
	rest := strings.TrimSpace(title[i+size:])
	// A part in capitals only ("Site : SPORTS PLUS") is a section's label the page prints
	// over the story's own headline.
	if len(strings.Fields(rest)) < 2 || strings.ToUpper(rest) == rest {
		return ""
	}
	k := squash(rest)
	texts := headings
	if body != nil {
		texts = append(slices.Clone(headings), shortTexts(body)...)
	}
	for _, t := range texts {
		// Printed in capitals only ("NY1: Top Stories" over "TOP STORIES"), it is a label.
		if squash(t) == k && strings.ToUpper(t) != t {
			return normSpace(t)
		}
	}
	return ""
}

// lesserHeadings is the page's headings that are not among its <h1>s, unescaped.
func lesserHeadings(p *page) []string {
	// A set, not a search of the <h1>s per heading: a page of thousands of both stays linear.
	h1 := make(map[string]bool, len(p.h1s))
	for _, h := range p.h1s {
		h1[h] = true
	}
	var out []string
	for _, h := range p.headings {
		if !h1[h] {
			out = append(out, h)
		}
	}
	return unescaped(out)
}

// withoutAuthorTrail is a title without the writer's credit it ends in ("Story by Dr. Jane
// Roe", once the site's part is cut), the name the author meta states: a magazine's template
// credits the writer after the headline in its <title>. A "by" that leads anything else
// ("Stand by Me", "… by Ferry") is part of the headline.
func withoutAuthorTrail(title, author string) string {
	author = normSpace(author)
	n := len(title) - len(author)
	if author == "" || n < 4 || !strings.EqualFold(title[n:], author) {
		return title
	}
	head := strings.TrimSpace(title[:n])
	if k := len(head) - 3; k > 0 && strings.EqualFold(head[k:], " by") && !isBlank(head[:k]) {
		// "Story - By Jane Roe": the joiner before the credit goes with it.
		if t := strings.TrimRightFunc(head[:k], func(r rune) bool { return unicode.IsSpace(r) || isJoiner(r) }); t != "" {
			return t
		}
	}
	return title
}

// laterH1OpensTitle is a later <h1> of the page that is the opening part of its <title>
// ("Story - Section - Site") when the first <h1> is another part of it, or "": the first is
// the section's banner a magazine prints over every story, the later one the story's
// headline, however short beside the section's and the site's names (which the rules after
// this one would weigh as rival headlines).
func laterH1OpensTitle(p *page, raw []string, src []int) string {
	h1s := unescaped(p.h1s)
	if len(h1s) < 2 {
		return ""
	}
	first := squash(h1s[0])
	for i, t := range raw {
		if src[i] != srcTitleTag {
			continue
		}
		parts := titleParts(t)
		if len(parts) < 2 || !slices.ContainsFunc(parts[1:], func(s string) bool { return squash(s) == first }) {
			return ""
		}
		// Another part printed in an <h1> of its own makes the order unclear: "Site - Section -
		// Story" prints all three, the story's last.
		for _, part := range parts[1:] {
			if k := squash(part); k != first && slices.ContainsFunc(h1s, func(h string) bool { return squash(h) == k }) {
				return ""
			}
		}
		for _, h := range h1s[1:] {
			if k := squash(h); k != first && k == squash(parts[0]) && headingWeight(h) >= minHeadingRunes {
				return normSpace(h)
			}
		}
	}
	return ""
}

// titleHeadingWithoutH1 is the heading that prints a lone <title> whole on a page with no
// <h1> (an older CMS's <h2 class=contentheading>), or "". The headline is then the title,
// colon and all: a subhead in the text that repeats the part after the colon ("The tide and
// the timber" in bold) is a section of the story, which the later rules would take for the
// headline under a "Site: Story" title.
func titleHeadingWithoutH1(p *page, title string) string {
	k := squash(title)
	if p.h1 != "" || k == "" {
		return ""
	}
	for _, h := range unescaped(p.headings) {
		if squash(h) == k {
			return normSpace(h)
		}
	}
	return ""
}

// openingHeading returns the heading that prints the opening part of a title both <title> and
// og:title give ("Story | Section | Site"), or "": a lesser heading counts when it is that part
// whole and long, and no <h1> of the page is a part of the title (the <h1>s are the boxes'
// titles: "其他重點新聞", "點閱排行"), so no <h1> stands for the headline instead. The title must
// have three parts at least.
func openingHeading(p *page, title string) string {
	parts := titleParts(title)
	if len(parts) < 3 {
		return "" // a section and a site after the story's part
	}
	first := strings.TrimSpace(parts[0])
	if headingWeight(first) < 2*minHeadingRunes {
		return ""
	}
	for _, h1 := range p.h1s {
		if k := squash(normSpace(html.UnescapeString(h1))); k != "" && slices.ContainsFunc(parts, func(x string) bool { return squash(x) == k }) {
			return ""
		}
	}
	for _, h := range unescaped(p.headings) {
		if squash(h) == squash(first) {
			return h
		}
	}
	return ""
}

// minNearWords is the fewest words of a heading headingNearTitle compares: in a shorter one a
// changed word is a changed headline.
const minNearWords = 5

// headingNearTitle is the page's heading that a title source's first part (the headline before
// the site's or the section's parts) prints with one word more, one less, or one changed
// ("… says Gemma - Fashion & Beauty, Woman" for the <h1> "… says model Gemma"; "… Diabetes:
// 0,000 – Capsules" where the template ate "$160"): the sources disagree only because the
// template or a sub-editor touched one word, and the heading is what the reader sees. ""
// when no heading is that near.
func headingNearTitle(headings, titles []string) string {
	// A title whose headline part the page prints whole as a heading is confirmed by that
	// heading: one a word apart from it is another story's teaser ("Story finally reopens" in a
	// video box above the printed <h1> "Story reopens"), not the headline reworded.
	words := make([][]string, len(headings)) // each heading's words, split once
	for i, h := range headings {
		words[i] = nearWords(h)
	}
	for i, h := range headings {
		hw := words[i]
		if len(hw) < minNearWords {
			continue
		}
		for _, t := range titles {
			if tw := nearWords(titleParts(t)[0]); oneWordApart(hw, tw) {
				if j := slices.IndexFunc(words, func(w []string) bool { return slices.Equal(w, tw) }); j >= 0 {
					return headings[j]
				}
				return h
			}
		}
	}
	// A Chinese title's headline part, cut at the underscore its trail is joined with
	// ("Story_要闻_Site"), may be printed with a word more or less: "内蒙古9部门：确保…" for
	// "内蒙古确保…". A word is a run of up to maxNearRun characters there.
	for _, h := range headings {
		ht := textsim.Tokens(h)
		if spokenWords(h) < 2*minNearWords || spokenWords(h) == len(strings.Fields(h)) {
			continue
		}
		for _, t := range titles {
			if oneRunApart(ht, textsim.Tokens(titleParts(t, "_")[0])) {
				return h
			}
		}
	}
	return ""
}

// maxNearRun is the most characters of a Chinese word oneRunApart lets two headlines differ by.
const maxNearRun = 4

// oneRunApart reports token lists that differ by one run of at most maxNearRun tokens inserted
// into the longer, or replaced by a single token of the shorter.
func oneRunApart(a, b []string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if slices.Equal(a, b) {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	j := 0
	for j < len(b)-i && a[len(a)-1-j] == b[len(b)-1-j] {
		j++
	}
	// The run is a word: a time or a date ("【16:15】" after a heading) is no part of the headline.
	return len(a)-i-j <= maxNearRun && len(b)-i-j <= 1 && slices.ContainsFunc(a[i:len(a)-j], func(t string) bool {
		r, _ := utf8.DecodeRuneInString(t)
		return textsim.IsIdeographic(r)
	})
}

// nearWords is s's words in lower case without the punctuation around them.
func nearWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// oneWordApart reports word lists that differ by one word inserted, deleted or replaced.
func oneWordApart(a, b []string) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 || slices.Equal(a, b) {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return slices.Equal(a[i+1:], b[i+1:]) // one replaced
	}
	return slices.Equal(a[i+1:], b[i:]) // one inserted
}

// colonTrailToSite reports a title whose last colon-joined part is one of the site names
// stated ("Story: The Column: Site"): a trail, not a headline's own clause.
func colonTrailToSite(title string, siteNames []string) bool {
	i := strings.LastIndex(title, ": ")
	if i <= 0 || utf8.RuneCountInString(title[:i]) < 4 {
		return false
	}
	tail := squash(title[i+2:])
	return tail != "" && slices.ContainsFunc(siteNames, func(s string) bool { return squash(s) == tail })
}

// markedH1 is a later <h1> of the page that its itemprop headline prints whole, when the first
// <h1> is another text; otherwise "".
func markedH1(p *page) string {
	ip := normSpace(html.UnescapeString(p.itemprops["headline"]))
	k := squash(ip)
	if len(p.h1s) < 2 || headingWeight(ip) < minHeadingRunes || squash(normSpace(html.UnescapeString(p.h1s[0]))) == k {
		return ""
	}
	for _, h := range p.h1s[1:] {
		if squash(normSpace(html.UnescapeString(h))) == k {
			return ip
		}
	}
	return ""
}

// kickerOver reports a headline that is h after a kicker and a colon ("Kicker: h").
func kickerOver(headline, h string) bool {
	lt, lh := strings.ToLower(headline), strings.ToLower(h)
	if len(lt) <= len(lh) || !strings.HasSuffix(lt, lh) {
		return false
	}
	return strings.HasSuffix(strings.TrimSpace(lt[:len(lt)-len(lh)]), ":")
}

// siteLed reports a title r that is t led by the site's name or domain ("site.com - t").
func siteLed(r, t string, sites []string, host string) bool {
	if len(r) <= len(t) || !strings.EqualFold(r[len(r)-len(t):], t) {
		return false
	}
	head := strings.TrimRightFunc(r[:len(r)-len(t)], isJoiner)
	return head != "" && punctuated(r[len(head):len(r)-len(t)]) && (isSiteName(head, sites, host) || domainName(head))
}

// domainName reports a part that is a domain written out ("site.com"): a site's name, whatever
// the host the page was fetched from.
func domainName(part string) bool {
	i := strings.LastIndex(part, ".")
	if i <= 0 || strings.ContainsFunc(part, unicode.IsSpace) {
		return false
	}
	tld := part[i+1:]
	return len(tld) >= 2 && len(tld) <= 6 && !strings.ContainsFunc(tld, func(r rune) bool { return r < 'a' || r > 'z' })
}

// markupDebris matches what a <title> holds when the page's markup ran into it: a comment's
// end, a tag's close after a quote, a script's string joined with "+".
var markupDebris = regexp.MustCompile(`-->|<!--|["']\s*/?>|'\s*\+\s*\w+\s*\+\s*'`)

// repeatedHeadline is the first of the page's <h1>s that another title source repeats whole (in
// that source's punctuation): the headline readers see, which the page's <title> or a metadata title gives word for word. It
// wins over another pair of sources agreeing on a different wording: an og:title and a meta
// headline written for sharing ("Single malt breaks auction record" on a story printed
// "Malt whisky breaks world record at Edinburgh auction", as its <title> also reads), or a
// JSON-LD headline that is the search-engine <title>. Otherwise "".
//
// An itemprop headline is mostly the <h1> itself, and a <title> from which no site part was cut
// and that still joins parts may be the same template the <h1> prints ("Story | Local News |
// Site"): neither counts.
//
// Every <h1> the scan kept is asked (maxHeadings of them), not only the first few: a layout
// that sets each box's title in an <h1> ("Most read", "Weather", "Newsletter") or lists other
// stories under linked <h1>s prints the story's own <h1> after a dozen others, and the
// <title> repeating it is then outvoted by an og:title and twitter:title that agree on a
// shorter wording for sharing. A box's or a teaser's <h1> is repeated whole by no title source
// of this page, so asking it costs a comparison and changes nothing.
//
// The first <h1> that opens with a kicker in an element of its own (kicker, see leadKicker) is
// asked a second time without it, after its whole text: a source that repeats only the
// headline after the kicker ("Story | Site" over "<h1><span>Kicker</span> Story</h1>") states
// that the kicker is a label over the story, not a part of its headline.
func repeatedHeadline(raw, clean []string, src []int, h1s []string, kicker string) string {
	var forms []string
	for n, h1 := range h1s {
		h1 = normSpace(html.UnescapeString(h1))
		forms = append(forms[:0], h1)
		if n == 0 {
			if rest := afterKicker(h1, kicker); rest != "" {
				forms = append(forms, rest)
			}
		}
		for _, h1 := range forms {
			if h := repeatedForm(raw, clean, src, h1); h != "" {
				return h
			}
		}
	}
	return ""
}

// afterKicker is heading h without the kicker it opens with and the joiner after it, when
// at least two spoken words are left; otherwise "".
func afterKicker(h, kicker string) string {
	if kicker == "" || !strings.HasPrefix(h, kicker) {
		return ""
	}
	if rest := strings.TrimLeftFunc(h[len(kicker):], kickerJoiner); rest != h[len(kicker):] && spokenWords(rest) >= 2 {
		return rest
	}
	return ""
}

// repeatedForm is repeatedHeadline's test of one printed wording h1 against the sources.
func repeatedForm(raw, clean []string, src []int, h1 string) string {
	k := squash(h1)
	if k == "" {
		return ""
	}
	for i, c := range clean {
		if src[i] == srcTitleTag && squash(c) != k && headingWeight(h1) >= minHeadingRunes && titlePart(c, k) {
			return h1 // "Story - Site (Description)" where no site name is stated to cut
		}
		if src[i] == srcH1 || squash(c) != k || src[i] == srcItemprop || src[i] == srcTitleTag && c == raw[i] && hasSeparator(c) {
			continue
		}
		// The printed wording, but for the punctuation inside it that the source keeps: a
		// kicker printed in a span of its own loses the colon ("Ausschuss zur Ahrtal-Flut:
		// Zwei …"). Quotes, a closing colon or full stop the two disagree on stay as printed.
		if c = danglingJoiner.ReplaceAllString(c, ""); sameEnds(c, h1) && nonSpaceRunes(c) >= nonSpaceRunes(h1) {
			return mostStatedWording(c, clean[i+1:], raw)
		}
		return h1
	}
	return ""
}

// mostStatedWording is, of c and the later sources that word the same headline with other
// punctuation (the joiner between a kicker and the headline: "Kicker - Story" in JSON-LD,
// "Kicker: Story" in og:title and in the <title> "Kicker: Story - Section"), the wording more
// of the raw sources hold; c keeps a tie. The sources are few, so the counting is cheap.
func mostStatedWording(c string, later, raw []string) string {
	k := squash(c)
	held := func(w string) int {
		n := 0
		for _, r := range raw {
			if strings.Contains(r, w) {
				n++
			}
		}
		return n
	}
	best, most := c, held(c)
	for _, w := range later {
		if w = danglingJoiner.ReplaceAllString(w, ""); w != best && squash(w) == k && sameEnds(w, c) && nonSpaceRunes(w) >= nonSpaceRunes(c) {
			if n := held(w); n > most {
				best, most = w, n
			}
		}
	}
	return best
}

// printedAlternative is the page's first <h1> when JSON-LD states it, word for word, as the
// article's alternativeHeadline beside a different headline: the publisher says the <h1> is
// the story's other headline, and the printed one is what readers see (the New York Times puts
// its search wording, which <title> repeats, in headline and the printed "The Wedding? I'm Here
// for the Cookies" in alternativeHeadline). Otherwise "".
func printedAlternative(ld *ldArticle, h1s []string) string {
	if ld.altHeadline == "" || len(h1s) == 0 {
		return ""
	}
	h1 := normSpace(html.UnescapeString(h1s[0]))
	k := squash(h1)
	if k == "" || headingWeight(h1) < minHeadingRunes || squash(ld.headline) == k || squash(normSpace(ld.altHeadline)) != k {
		return ""
	}
	return h1
}

// statedHeadline is, on a page whose only <h1> sat in its share box, the headline a namespaced
// "…:headline" meta states when one of the page's headings prints it whole: such layouts print
// the story's headline in an <h2> and repeat a shorter wording, the one <title> and the other
// metadata carry, for the sharing buttons. Otherwise "".
func statedHeadline(p *page) string {
	if !p.sharedH1 || len(p.h1s) > 0 {
		return ""
	}
	var keys []string
	for k := range p.meta {
		if i := strings.LastIndex(k, ":"); i > 0 && k[i+1:] == "headline" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		v := normSpace(html.UnescapeString(p.meta[k]))
		if headingWeight(v) < minHeadingRunes {
			continue
		}
		for _, h := range unescaped(p.headings) {
			if squash(h) == squash(v) {
				return h
			}
		}
	}
	return ""
}

// titlePart reports a <title> whose first part is the squashed headline k, and its longest: a
// section part ("National News" in "National News - Story") is no headline, nor is a site's
// tagline printed in an <h1> and closing its <title> ("Story | Site - News in real time").
// Longest in words counts too, for a headline of more than a section's few words: a video
// page's tagline ("Story in Utah | Watch News Videos Online") may hold more letters in fewer,
// longer words.
func titlePart(title, k string) bool {
	parts := titleParts(title)
	if len(parts) < 2 || squash(parts[0]) != k {
		return false
	}
	if utf8.RuneCountInString(k) >= longestPart(title) {
		return true
	}
	words := spokenWords(parts[0])
	if words <= maxSectionTitleWords {
		return false
	}
	for _, p := range parts[1:] {
		if spokenWords(p) >= words {
			return false
		}
	}
	return true
}

// maxRepeatedH1 is how many of a page's <h1>s printedCase asks: the first may be the site's
// logo or a section ("Good Food" over the story's own <h1>).
const maxRepeatedH1 = 3

// sameEnds reports whether a and b open with the same character and close with the same one.
func sameEnds(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) > 0 && len(rb) > 0 && ra[0] == rb[0] && ra[len(ra)-1] == rb[len(rb)-1]
}

// printedMetaHeadline is a metadata title that a heading of the page prints whole, where no two
// sources agreed: older layouts print the headline in an <h2> under an <h1> that names the
// section, and state it in a "headline" meta while <title> carries the search wording ("Sex and
// the City: The Horror Movie" against "Peter Braunstein - The Fire Fiend and the Fashion
// Girls"). <title> itself does not count: a heading that repeats it is the usual case that
// pageTitle's other rules weigh. Otherwise "".
func printedMetaHeadline(clean []string, src []int, headings []string) string {
	for i, c := range clean {
		if src[i] == srcTitleTag || src[i] == srcH1 || src[i] == srcItemprop || headingWeight(c) < minHeadingRunes {
			continue
		}
		k := squash(c)
		for _, h := range headings {
			if squash(h) == k {
				return c
			}
		}
	}
	return ""
}

// danglingJoiner is a separator left at a title's end once its site part was cut ("Story -").
var danglingJoiner = regexp.MustCompile(`\s+[-–—|/~·]$`)

// lowerCaseOnly reports text whose letters are all lower-case ones of a script with case: a
// section's or a site's name is capitalised or written in a script without case, while a
// lower-case word after a dash belongs to the headline ("… старше – косметологи", the source).
func lowerCaseOnly(s string) bool {
	lower := false
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsLower(r) {
				return false
			}
			lower = true
		}
	}
	return lower
}

// maxLinkedTrail is the most parts withoutLinkedTrail cuts.
const maxLinkedTrail = 3

// withoutLinkedTrail cuts the parts that end a title when each is the text of a link on the
// page, a few words long: the section ("Story - Local", "Story | News") or the site ("Story -
// uho優活健康網") the navigation names. What is left must still read as a headline, three
// words or more.
func withoutLinkedTrail(title string, body *html.Node) string {
	for range maxLinkedTrail {
		cut := -1
		var sepLen int
		for _, sep := range titleSeparators {
			if i := strings.LastIndex(title, sep); i > cut {
				cut, sepLen = i, len(sep)
			}
		}
		if cut <= 0 {
			return title
		}
		head, tail := strings.TrimSpace(title[:cut]), strings.TrimSpace(title[cut+sepLen:])
		if len(strings.Fields(tail)) > maxSectionTitleWords || spokenWords(head) < 3 || lowerCaseOnly(tail) || !isLinkText(body, tail) {
			return title
		}
		title = head
	}
	return title
}

// leadingSeparators are the separators a template leaves at a title's start when the part
// before them (a blog's name, a breadcrumb) came out empty: " » Story - Site". Dashes are not
// among them: a dash opens a quoted headline in Nordic and Slavic papers ("- Angsten vil øke").
var leadingSeparators = []string{"» ", "| ", ":: ", "· ", "// ", "~ ", "› "}

// withoutLeadingSeparator drops a separator that opens a title with nothing before it, so
// the title's parts line up with the other sources' ("Story - Site" against "Story | Site").
func withoutLeadingSeparator(t string) string {
	for _, sep := range leadingSeparators {
		if rest, ok := strings.CutPrefix(t, sep); ok && !isBlank(rest) {
			return strings.TrimSpace(rest)
		}
	}
	return t
}

// withoutEmptyParts drops the empty parts a template leaves where a field came out blank
// ("Story |  | Author | Site", " | | " once spaces are normalised): an empty part is no part,
// and left in it glues a separator to the next part, so the title's parts no longer line up
// with the headings that print them.
func withoutEmptyParts(t string) string {
	if !strings.Contains(t, " | | ") {
		return t
	}
	for strings.Contains(t, " | | ") { // each pass removes a part: bounded by the title's length
		t = strings.ReplaceAll(t, " | | ", " | ")
	}
	return t
}

// blogArchiveLabel is the part WordPress's classic default theme (Kubrick, 2005–2010) and the
// many themes built on it put in a post's title between the blog's name and the post's:
// "Blog Name » Blog Archive » Post".
const blogArchiveLabel = "blog archive"

// withoutBlogArchive cuts a title at the archive's label of the classic WordPress themes: the
// part after it is the post's headline ("Blog Name » Blog Archive » Post"), or, where a theme
// put the label last ("Post » Blog Name » Blog Archive"), the part before the blog's name. The
// blog's name may be longer than the headline, so no rule that weighs the parts can tell.
func withoutBlogArchive(t string) string {
	if len(t) < len(blogArchiveLabel) || !strings.Contains(strings.ToLower(t), blogArchiveLabel) {
		return t
	}
	parts := strings.Split(t, "»")
	for i, part := range parts {
		if !strings.EqualFold(strings.TrimSpace(part), blogArchiveLabel) {
			continue
		}
		switch {
		case i < len(parts)-1:
			if rest := strings.TrimSpace(strings.Join(parts[i+1:], "»")); rest != "" {
				return rest
			}
		case i >= 2:
			return strings.TrimSpace(strings.Join(parts[:i-1], "»"))
		}
		return t
	}
	return t
}

// storyBesideNameHeading is the other part of a two-part title ("Story - Blog Name", "Blog
// Name : Story") whose one part the page's <h1> prints, when a lesser heading of the page
// prints that other part whole and it has more words: older blog and portal templates set the
// blog's or the section's name in the <h1> and each post's headline in an <h2> or <h3>, and
// the <title> joins the two. The <h1> and the <title> then agree on the name, not the story.
// A section heading or a site's logo heading is shorter than the headline it stands beside,
// so a page whose <h1> is the story keeps it; so does one whose metadata titles (og:title,
// JSON-LD) word the story, and a heading that is wholly a link is a name linked to its page
// ("Blog Name" in a sidebar), not the post's headline.
//
// The titles asked include the ones with their site part cut: "Story - Section - Site" is the
// two-part "Story - Section" once the site is gone, over a portal's section <h1> ("Football")
// and the story's <h2>. There the <h1> closes what is left, the place a section takes between
// the story and the site, and a story's part of two words or more that is longer than it is
// the headline however short ("Keeper Derby-bound"). Otherwise "".
func storyBesideNameHeading(side string, raw, clean []string, src []int, p *page) string {
	h1 := normSpace(html.UnescapeString(p.h1))
	k := squash(h1)
	if k == "" || squash(side) != k || slices.ContainsFunc(src, func(s int) bool { return s < srcTitleTag }) {
		return ""
	}
	headings := unescaped(p.headings)
	titles := slices.Clone(raw)
	for i, c := range clean {
		if c != raw[i] {
			titles = append(titles, c)
		}
	}
	for ti, r := range titles {
		for _, sep := range titleSeparators {
			head, tail, ok := strings.Cut(r, sep)
			if !ok || strings.Contains(tail, sep) {
				continue
			}
			other := ""
			switch k {
			case squash(head):
				other = strings.TrimSpace(tail)
			case squash(tail):
				other = strings.TrimSpace(head)
			default:
				continue
			}
			// A part of few words is a section's name more often, unless the plain "title"
			// meta states it alone: the CMS's own field for the story's headline.
			// A cut title counts only with the <h1> closing it: one opening it ("Story - Deck :
			// Site" over the <h1> "Story" and the deck's <h2>) is the headline over its deck.
			if ti >= len(raw) && (k != squash(tail) || spokenWords(other) < 2 || len(squash(other)) <= len(k)) {
				continue
			}
			if ti < len(raw) && spokenWords(other) <= max(spokenWords(h1), maxSectionTitleWords) && squash(p.meta["title"]) != squash(other) {
				continue
			}
			for k, h := range headings {
				if h != h1 && squash(h) == squash(other) && !slices.Contains(p.linkedHeadings, p.headings[k]) {
					return h
				}
			}
		}
	}
	return ""
}

// Title sources by their place in pageTitle's list.
const (
	srcLDHeadline = 0
	srcOGTitle    = 1
	srcTwitter    = 2
	srcItemprop   = 3
	srcTitleTag   = 4
	srcH1         = 5
)

// displayedHeadline is the page's first <h1> when the title the sources agreed on is the
// longer search-engine variant of it: JSON-LD's headline or <title> ("How Twitter Will Change
// as a Private Company Under Elon Musk", "As Coronavirus and …") where the <h1> and og:title
// or twitter:title, the headline readers and shares see, agree on a shorter one ("How Twitter
// Will Change as a Private Company", "As Virus and …"). The two must be one headline reworded:
// the <h1>'s words nearly all in the agreed title. Otherwise "".
func displayedHeadline(agreed string, from int, p *page) string {
	if from != srcLDHeadline && from != srcTitleTag {
		return ""
	}
	h1 := normSpace(html.UnescapeString(p.h1))
	kh := squash(h1)
	if kh == "" || kh == squash(agreed) || utf8.RuneCountInString(h1) >= utf8.RuneCountInString(agreed) {
		return ""
	}
	social := false
	for _, k := range []string{"og:title", "twitter:title"} {
		social = social || squash(html.UnescapeString(p.meta[k])) == kh
	}
	if !social || !rewordedFrom(h1, agreed) {
		return ""
	}
	return h1
}

// extendedHeadline is the page's first <h1> when it is the title the sources agreed on
// extended: a kicker or a clause the sharing wording drops ("Is Story?" printed over "Story?",
// "Team vs. Team Final Score: Story" over "Team vs. Team: Story"). The <h1> must be longer,
// hold nearly all the agreed title's words, open or close with the same word as it, and not be
// it joined to another part by a separator (a section or the site's name). Otherwise "".
//
// An <h1> the markup names a dek (h1Dek) extends nothing: its sentence shares the title's words
// because it retells the story ("An interview with X about …, and his view that …" for "X
// interviewed: …").
func extendedHeadline(agreed string, p *page) string {
	if p.h1Dek {
		return ""
	}
	h1 := normSpace(html.UnescapeString(p.h1))
	kh, ka := squash(h1), squash(agreed)
	if kh == "" || kh == ka || utf8.RuneCountInString(kh) <= utf8.RuneCountInString(ka) || len(strings.Fields(agreed)) < minRewordedWords || wordShare(agreed, h1) < minExtendedShare && !strings.HasPrefix(kh, ka) {
		return ""
	}
	if _, joined := confirms(agreed, h1, h1); joined {
		return ""
	}
	hw, aw := strings.Fields(h1), strings.Fields(agreed)
	if squash(hw[0]) != squash(aw[0]) && squash(hw[len(hw)-1]) != squash(aw[len(aw)-1]) {
		return ""
	}
	switch {
	case strings.HasSuffix(kh, ka):
		// Words before the agreed title alone: a kicker printed in an element of its own
		// ("Premier League", "Regular Article") unless a colon or a question mark joins it to
		// the headline's sentence, or it is one word that opens that sentence ("Is …",
		// "Introducing …").
		off := letterOffset(h1, utf8.RuneCountInString(kh)-utf8.RuneCountInString(ka))
		raw := h1[:off+max(0, strings.IndexFunc(h1[off:], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }))]
		before := strings.TrimSpace(raw)
		joined := strings.ContainsAny(lastRune(before), ":?!")
		opening := len(strings.Fields(before)) == 1 && strings.HasSuffix(raw, " ")
		if !joined && !opening {
			return ""
		}
	case strings.HasPrefix(kh, ka):
		// Words after it alone are a count or a button's label the heading holds
		// ("Комментарии: 12" run into it, "Add to …"); lower-case letters that end its last word
		// differently ("slogan" printed "slogans") are not.
		rest := h1[letterOffset(h1, utf8.RuneCountInString(ka)):]
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) && !trailingClause(rest) {
			return ""
		}
	}
	return h1
}

// trailingClause reports the words an <h1> adds after the whole agreed title when they go on
// with its sentence: a clause in lower case the sharing wording drops ("… amid tensions", "…
// after vote"), its first word a lower-case word of letters, with no digit, colon, bar or
// ellipsis (a count or a button's label: "Comments: 12", "Add to …") and a few words only.
func trailingClause(rest string) bool {
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsSpace(r) {
		return false
	}
	w := strings.Fields(rest)
	if len(w) == 0 || len(w) > 6 || strings.ContainsAny(rest, "0123456789:|…") || strings.Contains(rest, "...") {
		return false
	}
	for _, r := range w[0] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// dekHeading reports a heading whose class or id names a standfirst ("article-dek",
// "subtitle") and no headline or title: the heading holds the story's summary line.
func dekHeading(n *html.Node) bool {
	cls := attr(n, "class") + " " + attr(n, "id")
	if !standfirstClass(cls) {
		return false
	}
	named := false
	forEachToken(strings.ToLower(cls), func(tok string) bool {
		named = tok == "hed" || strings.Contains(tok, "headline") || strings.Contains(tok, "title") && !strings.Contains(tok, "subtitle")
		return !named
	})
	return !named
}

// letterOffset is the byte offset in s right after its first n letters and digits (n > 0).
func letterOffset(s string, n int) int {
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if n--; n == 0 {
				return i + utf8.RuneLen(r)
			}
		}
	}
	return len(s)
}

// lastRune is the last character of s, or "".
func lastRune(s string) string {
	r, size := utf8.DecodeLastRuneInString(s)
	if size == 0 {
		return ""
	}
	return string(r)
}

// minRewordedShare is the share of a shorter headline's words a longer variant of it must hold.
const minRewordedShare = 0.75

// minRewordedWords is the fewest words a headline needs before its variants are compared:
// shorter ones are labels.
const minRewordedWords = 4

// rewordedFrom reports whether long is short reworded or extended: short has minRewordedWords
// words or more and at least minRewordedShare of them occur in long.
func rewordedFrom(short, long string) bool {
	return len(strings.Fields(short)) >= minRewordedWords && wordShare(short, long) >= minRewordedShare
}

// wordShare is the share of short's words that occur in long.
func wordShare(short, long string) float64 {
	words := strings.Fields(strings.ToLower(short))
	if len(words) == 0 {
		return 0
	}
	in := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(long)) {
		in[squash(w)] = true
	}
	hit := 0
	for _, w := range words {
		if in[squash(w)] {
			hit++
		}
	}
	return float64(hit) / float64(len(words))
}

// minExtendedShare is the share of the agreed title's words an <h1> extending it must hold: a
// reworded one ("… Verfassungsbeschwerde ein" printed for "… Verfassungsbeschwerde eingelegt")
// is another wording, which the metadata may be right to prefer.
const minExtendedShare = 0.9

// unescaped normalises the spaces and entities of each heading.
func unescaped(hs []string) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = normSpace(html.UnescapeString(h))
	}
	return out
}

// maxSectionTitleWords is the most words a <title> holding only a site or section name has
// ("Latest News", "World Views"); a headline is longer.
const maxSectionTitleWords = 3

// headlineForSectionTitle is the first heading of four words or more when the page's only title
// source is a <title> that names a section: short, and the text of one of the page's own links
// (its navigation). Blogs and older news layouts put the story's headline in an <h2> or <h3>
// and nowhere in the head. A short <title> no link repeats is taken for a short headline, and
// so is one a heading other than the first <h1> prints (a blog links its post's heading to the
// post itself); the first <h1> may be the only source, a section's name.
func headlineForSectionTitle(raw, clean, headings []string, h1 string, body *html.Node) string {
	if len(raw) != 1 || len(strings.Fields(clean[0])) > maxSectionTitleWords || !isLinkText(body, clean[0]) || clean[0] != h1 && slices.Contains(headings, clean[0]) {
		return ""
	}
	return firstLongHeading(headings, raw[0])
}

// headlineUnderBreadcrumbTitle is the page's <h1> when the <title> is its breadcrumb: two parts
// or more, each a few words the page links to or the site's name ("Новости - Северо-Западный
// федеральный округ - interfax-russia.ru"), and no source agreed with another. Older layouts
// title every page of a section so and print the story's headline only in the <h1>.
func headlineUnderBreadcrumbTitle(raw []string, src []int, p *page, sites []string, host string, body *html.Node) string {
	h1 := normSpace(html.UnescapeString(p.h1))
	if len(strings.Fields(h1)) <= maxSectionTitleWords || onlySiteName(h1, sites, host) {
		return ""
	}
	i := slices.Index(src, srcTitleTag)
	if i < 0 {
		return ""
	}
	parts := titleParts(raw[i])
	if len(parts) < 2 {
		return ""
	}
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if len(strings.Fields(part)) > maxSectionTitleWords || !isSiteName(part, sites, host) && !isLinkText(body, part) {
			return ""
		}
	}
	return h1
}

// firstLongHeading is the first heading longer than a section name that differs from not, or "".
func firstLongHeading(headings []string, not string) string {
	for _, h := range headings {
		if len(strings.Fields(h)) > maxSectionTitleWords && !strings.EqualFold(h, not) {
			return h
		}
	}
	return ""
}

// headingInTitle finds, when no two title sources agree, a heading (<h1>–<h3>) that opens,
// ends or sits between separators in one of them as a whole part: "Chelsea hoping to sign Anelka before weekend" in the
// <title> "Chelsea hoping to sign Anelka before weekend - Soccer - Sport - Breaking News -
// Belfast Telegraph", whose site part names no site cleanTitle knows. The heading must be longer than every
// other part, since a site's name printed as its logo heading opens titles too ("てくろぐ: …");
// short headings (a section name) do not count.
func headingInTitle(headings []string, leads map[string]string, titles []string) string {
	return headingInTitleBy(headings, leads, titles, longestPart)
}

// headingOverCoverage is headingInTitle for the page's own headings, whose printed part may
// stand before a part listing what the site covers ("Story | SECTION | Breaking Coast News,
// Weather, Sports, Traffic, Video from Site"): that part is no rival headline however long
// (longestStoryPart). A plain element's text gets no such leave: a linked teaser would match.
func headingOverCoverage(headings []string, leads map[string]string, titles []string) string {
	return headingInTitleBy(headings, leads, titles, longestStoryPart)
}

// headingInTitleBy is headingInTitle measuring the title's other parts with longest.
func headingInTitleBy(headings []string, leads map[string]string, titles []string, longest func(string, ...string) int) string {
	// The titles lower-cased once, not once per heading form: a <title> of thousands of words
	// took a second (fuzz17).
	lower := make([]string, len(titles))
	for i, t := range titles {
		lower[i] = strings.ToLower(t)
	}
	for _, f := range headingForms(headings, leads) {
		h := f.text
		if headingWeight(h) < minHeadingRunes {
			continue
		}
		lh := strings.ToLower(h)
		for ti, t := range titles {
			lt := lower[ti]
			if len(lt) <= len(lh) {
				continue
			}
			var rest string
			switch {
			case strings.HasPrefix(lt, lh) && partBoundary(lt[len(lh):], false):
				rest = lt[len(lh):]
			case strings.HasSuffix(lt, lh) && partBoundary(lt[:len(lt)-len(lh)], true):
				rest = lt[:len(lt)-len(lh)]
			default:
				// A part between a section and the site: "Sonics | Story | Seattle Times". Both
				// sides must be separators (not quotes), and the heading one part, not a list.
				i := strings.Index(lt, lh)
				if i <= 0 || !betweenSeparators(lt[:i], lt[i+len(lh):]) || longestPart(lh) < utf8.RuneCountInString(squash(lh)) {
					continue
				}
				rest = lt[:i] + " | " + lt[i+len(lh):]
			}
			// Only a bracketed group follows the heading: the source or the outlet credited
			// after the headline ("Story（Yahoo!ニュース オリジナル THE PAGE）"), however long.
			if strings.HasPrefix(lt, lh) && squash(withoutBracketedTail(t)) == squash(h) {
				return f.shown()
			}
			joiner := adjoiningSeparator(rest, strings.HasPrefix(lt, lh))
			// A joiner open on its far side ("Story -Keywords|List-Site-Section",
			// "Story--Section-Tagline-Site--Site") is the template's separator, used unspaced
			// between the parts after it too, a doubled one also single.
			seps := []string{joiner}
			if trimmed := strings.TrimSpace(joiner); trimmed != "" && !strings.HasSuffix(joiner, " ") && strings.HasPrefix(lt, lh) {
				seps = append(seps, trimmed)
				if r := []rune(trimmed); len(r) == 2 && r[0] == r[1] {
					seps = append(seps, string(r[0]))
				}
			}
			// A kicker ends in a colon ("Kicker: Headline"): the lead before one is no headline.
			if f.dated || f.more != "" && !strings.ContainsAny(joiner, ":：") && strings.Contains(squash(rest), f.more) ||
				longest(rest, seps...) < utf8.RuneCountInString(squash(h)) {
				return f.shown()
			}
		}
	}
	return ""
}

// longestStoryPart is longestPart without the parts that list what a site covers ("Breaking
// Houston News, Weather, Sports, Traffic, Video from Site"): however long, such a part is a
// tagline, not a headline a printed heading could be cut from.
func longestStoryPart(s string, extra ...string) int {
	n := 0
	for _, p := range titleParts(s, extra...) {
		if !coverageList(p) {
			n = max(n, utf8.RuneCountInString(squash(p)))
		}
	}
	return n
}

// minCoverageItems is the fewest comma-separated items coverageList takes for a list.
const minCoverageItems = 4

// maxCoverageItemWords is the most words an item of such a list has.
const maxCoverageItemWords = 4

// coverageList reports a title part that is a list of minCoverageItems short items or more,
// split by commas: the subjects a site covers, "Providence, Rhode Island News, Weather,
// Traffic and Sports".
func coverageList(part string) bool {
	items := strings.Split(part, ",")
	if len(items) < minCoverageItems {
		return false
	}
	for _, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > maxCoverageItemWords {
			return false
		}
	}
	return true
}

// keywordList reports a title's opening that is a search-engine list of two or more short
// phrases, each ended by a comma ("Kharkiv news, Ukraine news, Story - Site"): a source that
// is the rest of such a title agrees with it.
func keywordList(before string) bool {
	items := strings.Split(before, ", ")
	if len(items) < 3 || items[len(items)-1] != "" {
		return false
	}
	for _, it := range items[:len(items)-1] {
		if n := len(strings.Fields(it)); n == 0 || n > maxSectionTitleWords {
			return false
		}
	}
	return true
}

// headingForm is a heading's text, or the part of it that prints the headline.
type headingForm struct {
	text string
	// dated marks a heading printed with its date: the story's headline, not a logo, so it
	// stands however long the title's parts beside it ("Story / Subtitle / 04.01.12 / Section").
	dated bool
	// more is the rest of the heading after its lead, squashed: a title that holds it as well
	// is the heading's own parts ("Story / Subtitle / Section" for "<h1>Story<br><small>
	// Subtitle</small></h1>"), and the lead stands however long the subtitle.
	more string
	// printed is the heading as the page prints it when text closes the spaces it sets
	// between Chinese words ("男子詐保 今被起訴" for the title's "男子詐保今被起訴"): the
	// headline is the printed one.
	printed string
}

// shown is the heading a match of the form stands for.
func (f headingForm) shown() string {
	if f.printed != "" {
		return f.printed
	}
	return f.text
}

// headingForms gives each heading followed, when it ends in a date or a time the layout
// prints inside it ("Story 06.01.12 08:49"), by the heading without them, and by its lead (the
// text before a line break, a link or a smaller print) when leads holds one: the title holds
// the story's words alone.
func headingForms(headings []string, leads map[string]string) []headingForm {
	var out []headingForm
	for _, h := range headings {
		out = append(out, headingForm{text: h})
		dateless := withoutDateTail(h)
		if dateless != h {
			out = append(out, headingForm{text: dateless, dated: true})
		}
		if rest := withoutDateHead(h); rest != h {
			out = append(out, headingForm{text: rest, dated: true})
		}
		if lead, ok := leads[h]; ok && lead != h {
			more, _ := strings.CutPrefix(squash(dateless), squash(lead))
			out = append(out, headingForm{text: lead, more: more})
		}
		if closed := closedIdeographSpaces(h); closed != h {
			out = append(out, headingForm{text: closed, printed: h})
		}
	}
	return out
}

// closedIdeographSpaces is h without the spaces it sets between two ideographs: Chinese
// headlines print a space where a line would break or a comma stand ("男子勾結醫師病患詐保 今被
// 起訴"), which the same paper's <title> leaves out. A space beside a Latin word stays.
func closedIdeographSpaces(h string) string {
	if !strings.Contains(h, " ") {
		return h
	}
	var b strings.Builder
	prev := rune(0)
	rest := h
	for rest != "" {
		r, size := utf8.DecodeRuneInString(rest)
		rest = rest[size:]
		if r == ' ' && textsim.IsIdeographic(prev) {
			if next, _ := utf8.DecodeRuneInString(rest); textsim.IsIdeographic(next) {
				continue
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// withoutDateTail is h without the dates and times that end it, or h when none does or
// nothing would be left.
func withoutDateTail(h string) string {
	words := strings.Fields(h)
	n := len(words)
	for n > 0 && isDateToken(words[n-1]) {
		n--
	}
	if n > 0 && n < len(words) {
		return strings.Join(words[:n], " ")
	}
	return h
}

// withoutDateHead is h without the date that opens it ("Wednesday, 09 January 2008 Story":
// the layout prints the day in the headline's element), or h when none does or fewer than two
// words would be left. Only a heading whose first word is a number or ends in a comma is read
// for one, so most headings cost no date search.
func withoutDateHead(h string) string {
	first, _, _ := strings.Cut(h, " ")
	if r, _ := utf8.DecodeRuneInString(first); !unicode.IsDigit(r) && !strings.HasSuffix(first, ",") {
		return h
	}
	// The day's name before the comma is no part of the date Find reads.
	if _, start, end, ok := pubdate.Find(h, pubdate.Context{}); ok && (start == 0 || strings.HasSuffix(first, ",") && start <= len(first)+1) {
		if rest := strings.TrimSpace(h[end:]); len(strings.Fields(rest)) >= 2 {
			return rest
		}
	}
	return h
}

// isDateToken reports a word made of digits joined by date or time punctuation: "06.01.12",
// "08:49", "2012/01/06", also in brackets ("【16:15】", "(08:49)", "[06.01.12]": the time a
// news ticker prints after its headline). A bare number ("2012", "11") may be a headline's own
// word.
func isDateToken(w string) bool {
	w = withoutStampBrackets(w)
	digits, marks := 0, 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '.' || r == ':' || r == '/' || r == '-':
			marks++
		default:
			return false
		}
	}
	return digits >= 3 && marks > 0
}

// stampBrackets pairs the brackets a time or a date is printed in after a headline.
var stampBrackets = [][2]string{{"【", "】"}, {"[", "]"}, {"(", ")"}, {"（", "）"}, {"〔", "〕"}}

// withoutStampBrackets is w without the pair of brackets around it, or w.
func withoutStampBrackets(w string) string {
	for _, b := range stampBrackets {
		if len(w) > len(b[0])+len(b[1]) && strings.HasPrefix(w, b[0]) && strings.HasSuffix(w, b[1]) {
			return w[len(b[0]) : len(w)-len(b[1])]
		}
	}
	return w
}

// trailOpening finds the text that opens title as its first part, ahead of a trail of two parts
// or more ("Story | Section | Desk | Site"), each shorter than it. A part after a colon is not
// the trail ("Kicker: Headline - more" is one headline whose kicker the page also prints), nor is
// a title's second half ("Prince -- Woman Warns … Step Aside"): only the opening counts.
func trailOpening(texts []string, title string) string {
	lt := strings.ToLower(title)
	for _, t := range texts {
		lh := strings.ToLower(t)
		if headingWeight(t) < minHeadingRunes || len(lh) >= len(lt) || !strings.HasPrefix(lt, lh) || !partBoundary(lt[len(lh):], false) {
			continue
		}
		rest := lt[len(lh):]
		joiner := adjoiningSeparator(rest, true)
		if strings.ContainsAny(joiner, ":：") {
			continue
		}
		parts := 0
		for _, part := range titleParts(rest, joiner) {
			if squash(part) != "" {
				parts++
			}
		}
		if parts >= 2 && (longestPart(rest, joiner) < utf8.RuneCountInString(squash(t)) || longestSpokenPart(rest, joiner) < spokenWords(t) && spokenWords(t) > len(strings.Fields(t))) {
			return t
		}
	}
	return ""
}

// headlineTexts gives the short element texts under body that may print a headline: three
// words or more, an ideograph or kana counting as a word (a Chinese headline holds no spaces).
// A plain element's shorter text is a label, a document number or a logo far more often.
func headlineTexts(body *html.Node) []string {
	var texts []string
	for _, t := range shortTexts(body) {
		if spokenWords(t) >= 3 {
			texts = append(texts, t)
		}
	}
	return texts
}

// spokenWords counts the space-separated words of t, a word of ideographs or kana as one
// word per character: "draft-dejong-remotestorage-04" is one word, "吉林境内车祸" six.
func spokenWords(t string) int {
	n := 0
	for _, w := range strings.Fields(t) {
		k := 0
		for _, r := range w {
			if textsim.IsIdeographic(r) {
				k++
			}
		}
		n += max(k, 1)
	}
	return n
}

// maxShortText bounds the element texts shortTexts keeps: longer than any headline.
const maxShortText = 400

// maxShortTexts bounds how many element texts shortTexts gathers.
const maxShortTexts = 4000

// shortTexts gives the whitespace-normalised texts of the elements under n whose whole text is
// shorter than maxShortText bytes, built bottom-up so each text node is copied a bounded number
// of times; scripts and styles are left out.
func shortTexts(n *html.Node) []string {
	if n == nil {
		return nil
	}
	var out []string
	var walk func(*html.Node) (string, bool)
	walk = func(n *html.Node) (string, bool) {
		switch n.Type {
		case html.TextNode:
			return n.Data, len(n.Data) < maxShortText
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript {
				return "", true
			}
			if (n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && mastheadHeading(n) {
				return "", true // the site's name linked home prints no headline
			}
		case html.DocumentNode:
		default:
			return "", true
		}
		var b strings.Builder
		short := true
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t, ok := walk(c)
			if short = short && ok && b.Len()+len(t) < maxShortText; short {
				if c.Type == html.ElementNode && b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(t)
			}
		}
		if !short {
			return "", false
		}
		if t := normSpace(b.String()); t != "" && len(out) < maxShortTexts {
			out = append(out, t)
		}
		return b.String(), true
	}
	walk(n)
	return out
}

// minHeadingRunes is the squashed length under which a heading is a label, not a headline.
const minHeadingRunes = 8

// headingWeight is h's squashed length with each Chinese character or kana counted twice: an
// ideograph carries a syllable or a word, so "新醫改未達標" (six) is a headline where six Latin
// letters are a label.
func headingWeight(h string) int {
	n := 0
	for _, r := range squash(h) {
		n++
		if textsim.IsIdeographic(r) {
			n++
		}
	}
	return n
}

// adjoiningSeparator is the run of spaces and punctuation with which rest meets the heading
// (at its start when the heading opens the title, else at its end): a site that writes
// "Herald / Elections / Story" separates all its parts with " / ", a separator the list does
// not hold because it also appears inside headlines.
func adjoiningSeparator(rest string, headingFirst bool) string {
	isSep := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	var sep string
	if headingFirst {
		i := strings.IndexFunc(rest, func(r rune) bool { return !isSep(r) })
		if i < 0 {
			return ""
		}
		sep = rest[:i]
	} else {
		i := strings.LastIndexFunc(rest, func(r rune) bool { return !isSep(r) })
		if i < 0 {
			return ""
		}
		_, size := utf8.DecodeRuneInString(rest[i:])
		sep = rest[i+size:]
	}
	if isBlank(sep) {
		return ""
	}
	return sep
}

// longestPart is the squashed length of the longest part of s delimited by titleSeparators or
// the extra separators given.
func longestPart(s string, extra ...string) int {
	n := 0
	for _, p := range titleParts(s, extra...) {
		n = max(n, utf8.RuneCountInString(squash(p)))
	}
	return n
}

// longestSpokenPart is the most spoken words of s's parts: a Chinese trail's part "年終掃除真easy"
// is five characters and a word, shorter than a headline of eight characters, though it holds
// more letters.
func longestSpokenPart(s string, extra ...string) int {
	n := 0
	for _, p := range titleParts(s, extra...) {
		n = max(n, spokenWords(p))
	}
	return n
}

// titleParts splits s at every one of titleSeparators and the extra ones.
func titleParts(s string, extra ...string) []string {
	parts := []string{s}
	for _, sep := range append(titleSeparators[:len(titleSeparators):len(titleSeparators)], extra...) {
		if sep == "" {
			continue
		}
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

// betweenSeparators reports whether before ends and after starts with one of titleSeparators.
func betweenSeparators(before, after string) bool {
	ends, starts := false, false
	for _, sep := range titleSeparators {
		ends = ends || strings.HasSuffix(before, sep)
		starts = starts || strings.HasPrefix(after, sep)
	}
	return ends && starts
}

// printedForm gives, of the sources with the same words as title, the one with the most
// typographic quotes and apostrophes: metadata often flattens the ones the visible headline
// keeps ("Let's" against "Let’s").
func printedForm(title string, sources []string) string {
	k := squash(title)
	for _, s := range sources {
		if typographic(s) > typographic(title) && squash(s) == k {
			title = s
		}
	}
	return title
}

// printedCase is the page's <h1> when it prints title with other capitals only ("Story on the
// rise - study" for the chosen "Story on the Rise - Study", "Powered by" for "Powered By"):
// metadata and <title> templates capitalise every word, and the headline readers see is the
// <h1>'s. An <h1> in capitals throughout is a style, not the headline's own spelling, and
// keeps the chosen title. Only the first maxRepeatedH1 <h1>s are asked. Otherwise title.
func printedCase(title string, h1s []string) string {
	for i, h := range h1s {
		if i == maxRepeatedH1 {
			break
		}
		h = normSpace(html.UnescapeString(h))
		if h == title || !strings.EqualFold(h, title) || strings.ToUpper(h) == h {
			continue
		}
		return h
	}
	return title
}

// typographic counts the curly quotes and apostrophes in s.
func typographic(s string) int {
	return strings.Count(s, "’") + strings.Count(s, "‘") + strings.Count(s, "“") + strings.Count(s, "”")
}

// partBoundary reports whether the rest of a title beside a heading starts (or, for a
// prefix, ends) with a separator rather than more words: "_English_Xinhua", " - Sport",
// "» ", "(The Korea Times)", but not " on Twitter".
func partBoundary(rest string, before bool) bool {
	if before {
		rest = strings.TrimRightFunc(rest, unicode.IsSpace)
	} else {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
	}
	if rest == "" {
		return false
	}
	// Only the rune at the edge is read: the rest may be a long <title>'s whole remainder,
	// asked of every heading.
	c, _ := utf8.DecodeRuneInString(rest)
	if before {
		c, _ = utf8.DecodeLastRuneInString(rest)
	}
	return !unicode.IsLetter(c) && !unicode.IsDigit(c)
}

// confirms reports whether another source agrees with title c: it is the same, or holds c as
// the part before or after a separator. When that source is exactly one side of c ("Story –
// My website" against an <h1> "Story") or c without a bracketed source at its end ("Story
// （CNET Japan）", as aggregators credit the original), that part is the title.
func confirms(c, otherClean, otherRaw string) (string, bool) {
	kc := squash(c)
	if kc == "" {
		return "", false
	}
	head := withoutBracketedTail(c)
	for _, o := range []string{otherClean, otherRaw} {
		ko := squash(o)
		if ko == kc {
			return c, true
		}
		if head != "" && squash(head) == ko {
			return head, true
		}
		if lo, lc := strings.ToLower(o), strings.ToLower(c); len(lo) > len(lc) && strings.HasSuffix(lo, lc) && keywordList(lo[:len(lo)-len(lc)]) {
			return c, true
		}
		for _, sep := range titleSeparators {
			// A side as short as a label ("News" in "Story | News") is a section the other
			// source names too, not a headline they agree on.
			if head, tail, ok := strings.Cut(o, sep); ok && (squash(head) == kc || squash(tail) == kc) && headingWeight(c) >= minHeadingRunes {
				return c, true
			}
			if i := strings.LastIndex(c, sep); i > 0 && squash(c[:i]) == ko && len([]rune(o)) >= 4 {
				return strings.TrimSpace(c[:i]), true
			}
		}
	}
	return "", false
}

// closingBrackets maps the closing brackets a source credit is wrapped in to their openers.
var closingBrackets = map[rune]rune{')': '(', '）': '（', ']': '[', '】': '【'}

// withoutBracketedTail returns t without a short bracketed group at its end ("… （CNET Japan）"),
// or "" when t does not end in one or nothing would be left before it.
func withoutBracketedTail(t string) string {
	return bracketedTailCut(t, maxBracketedTailRunes)
}

// maxBracketedTailRunes is the longest bracketed group withoutBracketedTail cuts.
const maxBracketedTailRunes = 32

// maxCreditRunes is the longest bracketed credit printedTitle cuts to find the printed headline:
// a paper's full name ("(from Bradford Telegraph and Argus)") is longer than a source's.
const maxCreditRunes = 64

// bracketedTailCut is withoutBracketedTail for a group of at most n runes.
func bracketedTailCut(t string, n int) string {
	r := []rune(strings.TrimSpace(t))
	if len(r) < 3 {
		return ""
	}
	open, ok := closingBrackets[r[len(r)-1]]
	if !ok {
		return ""
	}
	for i := len(r) - 2; i > 0 && len(r)-i <= n; i-- {
		if r[i] == open {
			head := strings.TrimSpace(string(r[:i]))
			if len([]rune(head)) < 4 {
				return ""
			}
			return head
		}
	}
	return ""
}

// isLinkText reports whether some <a> in n has text equal to t, ignoring case and spacing.
func isLinkText(n *html.Node, t string) bool {
	if n == nil {
		return false
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		return strings.EqualFold(normText(n), t)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isLinkText(c, t) {
			return true
		}
	}
	return false
}

// maxHeadlineWords is more words than a headline has; a longer text is a standfirst or a paragraph.
const maxHeadlineWords = 25

// namedHeadline is the text of the first element whose class or id holds word ("headline"),
// four to maxHeadlineWords words long, or "". Older layouts style the headline as a <p> or <div>.
func namedHeadline(n *html.Node, word string) string {
	if n == nil {
		return ""
	}
	if n.Type == html.ElementNode && !namesBylineOrDate(n) {
		for _, a := range n.Attr {
			if (a.Key == "class" || a.Key == "id") && strings.Contains(strings.ToLower(a.Val), word) {
				// A named <span> inside a heading styles the headline's first line ("<h4><span
				// class=firsttitle>Kicker:</span> Rest</h4>"): the heading is the headline.
				if h := n.Parent; h != nil && h.Type == html.ElementNode && isHeadingAtom(h.DataAtom) && !isBlockTag(n.DataAtom) {
					if t := normText(h); len(strings.Fields(t)) <= maxHeadlineWords {
						return t
					}
				}
				// A named text that is all a link's is a teaser of another story ("<span
				// class=headline><a href=/other>…") or a tool ("Write to the Editor").
				if t, links := textAndLinks(n); len(strings.Fields(t)) > maxSectionTitleWords && len(strings.Fields(t)) <= maxHeadlineWords &&
					n.DataAtom != atom.A && links < utf8.RuneCountInString(t) {
					return t
				}
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := namedHeadline(c, word); t != "" {
			return t
		}
	}
	return ""
}

// headlineTheReadingTells settles a title no source confirmed ("Charleston Daily Mail", "Winona
// Daily News - 6.0": older pages title every story with the site or section name) against the
// story itself. A headline names what its story's opening names; a site's name does not. When
// none of the title's words opens the reading and the <h1>, an element named "headline" or the
// first long heading shares several with it, that heading is the headline; failing those, the
// line printed right above the story (headlineAboveStory).
func headlineTheReadingTells(p *page, body *html.Node, title, reading string) string {
	if h := namedArticleTitle(p, body, title); h != "" {
		return h
	}
	// A title that reads as a site's name ("SuperSoccer", "Вечерние новости": capitalised
	// words, or a name of a few words), no <h1> or an <h1> that is the element itself ("<h1
	// class=ArticleHeadline>" under the <title> "Star"), and an element the markup names the
	// article's headline that shares no word with it: that element is the story's (a layout
	// table aligned left makes its line a caption's for the line rules below).
	if siteLikeTitle(title) || len(strings.Fields(title)) <= maxSectionTitleWords {
		if h := markedArticleHeadline(body); h != "" && (p.h1 == "" || squash(h) == squash(html.UnescapeString(p.h1))) &&
			textsim.Overlap(wholeWords(title), wholeWords(h)) == 0 {
			return h
		}
	}
	lines, at := storyLines(body, reading) // one walk of the page for the rules below
	if h := titlePartAboveStory(lines, at, reading, title); h != "" {
		return h
	}
	if h := titlePartOpeningStory(lines, at, reading, title); h != "" {
		return h
	}
	if h := headlineOpeningReading(lines, reading, title, unescaped(p.headings)); h != "" {
		return h
	}
	if h := headlineUnderCrumbs(lines, at, reading, title); h != "" {
		return h
	}
	opening := storyOpening(reading, "")
	// A site's name the opening happens to repeat ("The Hindu News Update Service" over a story
	// that names a news service) yields to the line right over the story, not a sentence, when
	// that line names twice as much of the opening and nothing the title names (a title naming
	// what the line names is its topic: "Digital Garden Overview" over "Obsidian Digital
	// Garden"). A title holding the page's <h1> is the page's own ("Name on Twitter" under the
	// <h1> "Name"), not a site's name: a dialog's "Retweet this to your followers?" stands over
	// the tweet's copy there.
	if above, h1 := linesAbove(lines, at), normSpace(html.UnescapeString(p.h1)); len(above) > 0 && len(opening) > 0 && (h1 == "" || !holdsWords(title, h1)) {
		if h := headlineAboveStory(lines, at, reading, title); h == above[0].text && !strings.HasSuffix(h, ".") {
			if n := textsim.Overlap(storyOpening(reading, h), contentTokens(h)); n >= minNearestTold && n >= 2*textsim.Overlap(opening, contentTokens(title)) &&
				textsim.Overlap(contentTokens(title), contentTokens(h)) == 0 {
				return h
			}
		}
	}
	if h := headlineOverSiteTitle(lines, at, reading, title, normSpace(html.UnescapeString(p.h1))); h != "" {
		return h
	}
	if h := markedHeadlineAboveStory(lines, at, title, normSpace(html.UnescapeString(p.h1))); h != "" {
		return h
	}
	if len(opening) == 0 || namesOpening(opening, contentTokens(title)) {
		return printedTitle(lines, at, title)
	}
	for _, h := range []string{normSpace(html.UnescapeString(p.h1)), namedHeadline(body, "headline"), firstLongHeading(p.headings, title)} {
		words := spokenWords(h) // "網購超商年菜 注意保存方式" is a headline of two spaced runs
		if words <= maxSectionTitleWords || words > maxHeadlineWords {
			continue
		}
		// The reading may print the heading itself: the story is what follows it.
		k := contentTokens(h)
		if n := textsim.Overlap(storyOpening(reading, h), k); n >= minToldWords && 2*n >= len(k) {
			return h
		}
	}
	if h := headlineAboveStory(lines, at, reading, title); h != "" {
		return h
	}
	return printedTitle(lines, at, title)
}

// namedArticleTitle is the text of the element the markup names the article's title
// ("ctl00_…_lblArticleTitle", "articletitle") when the <title> is the page's only title (no
// <h1>, no metadata title) and words the same story for search engines: the element's words
// are at least half in it ("HP intros Flexible Data Centre model" printed under the <title> "HP
// Introduced Flexible Data Center Model - Site"). Older ASP.NET layouts print the headline so.
// "" otherwise.
func namedArticleTitle(p *page, body *html.Node, title string) string {
	if p.h1 != "" || len(p.jsonLD) > 0 || p.meta["og:title"] != "" || p.meta["twitter:title"] != "" || p.itemprops["headline"] != "" {
		return ""
	}
	h := namedHeadline(body, "articletitle")
	if h == "" || h == title || wordShare(h, title) < minNamedTitleShare {
		return ""
	}
	return h
}

// minNamedTitleShare is the share of a named article title's words the <title> must hold.
const minNamedTitleShare = 0.5

// maxSiteTitleGap is how many lines (a date line, a byline, a share bar) headlineOverSiteTitle
// lets stand between the headline and the story.
const maxSiteTitleGap = 2

// headlineOverSiteTitle is the line printed right over the story, a date line, a byline or a
// share bar apart at most, when the title is the site's own ("clubcall - Latest football news,
// transfers, reports", "Gulf Times – Qatar's top-selling English daily newspaper"): no part of
// it is printed as a line of the page, and the story's opening names at most half of its words
// unless it is a short name ("Press TV"). A site's tagline names the words its every story
// names ("football", "news"), so the opening naming some of them settles nothing; a headline
// names most of its own. The line must name two things the story's opening names and nothing
// the title names (a title sharing its words is the story's own, worded for search), and be no
// byline, date line or sentence. A title holding the page's <h1> is the page's own ("Name on
// Twitter" under the <h1> "Name"). "" otherwise.
func headlineOverSiteTitle(lines []pageLine, at int, reading, title, h1 string) string {
	h := headlineAboveStory(lines, at, reading, title)
	if h == "" || strings.HasSuffix(h, ".") || strings.Contains(h, " | ") || bylineOpening.MatchString(h) || shortDateLine(h) || yearAndDayLine(h) ||
		h1 != "" && holdsWords(title, h1) {
		return ""
	}
	tt := contentTokens(title)
	if textsim.Overlap(tt, contentTokens(h)) > 0 || textsim.Overlap(storyOpening(reading, h), contentTokens(h)) < minToldWords ||
		len(strings.Fields(title)) > maxSectionTitleWords && 2*textsim.Overlap(storyOpening(reading, ""), tt) > len(tt) {
		return ""
	}
	near := false
	for k, l := range linesAbove(lines, at) {
		if k > maxSiteTitleGap {
			break
		}
		near = near || l.text == h || strings.HasSuffix(h, l.text) // a broken headline ends in its line
	}
	if !near {
		return ""
	}
	parts := titleParts(title)
	for _, l := range lines {
		if l.linked {
			continue
		}
		// The title printed whole, or all but a glued site name ("StoryHaveUHeard").
		if k, kt := squash(l.text), squash(title); k == kt || k != "" && strings.Contains(kt, k) && 4*len(k) >= 3*len(kt) ||
			slices.ContainsFunc(parts, func(p string) bool { return headingWeight(p) >= minHeadingRunes && squash(p) == k }) {
			return ""
		}
	}
	return h
}

// yearAndDayLine reports a line holding a year and a day's number among its first words
// ("Saturday, December 29, 2007 (New Delhi)"): a date line with a place or a weekday, which
// the date parser need not read whole.
func yearAndDayLine(s string) bool {
	ws := strings.Fields(s)
	if len(ws) > maxDayLineWords+1 {
		ws = ws[:maxDayLineWords+1]
	}
	return yearAndDay(ws, ",.()")
}

// yearAndDay reports words holding a year (1900–2099) and a day's number (1–31), each word
// trimmed of the marks in cut.
func yearAndDay(ws []string, cut string) bool {
	year, day := false, false
	for _, w := range ws {
		w = strings.Trim(w, cut)
		if n, err := strconv.Atoi(w); err == nil {
			switch {
			case len(w) == 4 && n >= 1900 && n < 2100:
				year = true
			case n >= 1 && n <= 31:
				day = true
			}
		}
	}
	return year && day
}

// printedTitle is the title as the page prints it over the story, in another case or without
// the quotes around it ("Toy Train Ride to Darjeeling" for "Toy Train ride to Darjeeling"):
// the reader sees the printed form. Asked only of a title that stays, since a page type's label
// printed as one ("NEWS ARTICLE") leaves the headline to the lines above the story.
func printedTitle(lines []pageLine, at int, title string) string {
	// A title may credit its paper in brackets after the headline the page prints ("Story (from
	// The Bolton News)"): the printed line is the headline without the credit.
	credited := squash(bracketedTailCut(title, maxCreditRunes))
	if k := squash(title); k != "" {
		for _, l := range linesAbove(lines, at) {
			if !l.linked && l.text != title && (squash(l.text) == k || credited != "" && squash(l.text) == credited) {
				// A bullet the layout sets before its headlines ("》Story") is no part of one.
				return strings.TrimLeftFunc(l.text, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(headlineBullets, r) })
			}
		}
	}
	return title
}

// headlineBullets are marks a layout sets before a headline or a list's item.
const headlineBullets = "》〉■□●○◆◇▶►▷▸•※◎★☆"

// minNearestTold is the fewest of the opening's words the line right over the story must name
// to overrule a title the opening names too: a credit ("The Oregonian Staff") names two.
const minNearestTold = 3

// maxOpeningLines is how many of the reading's paragraphs headlineOpeningReading reads for the
// headline: a date line, an issue's name or a byline may come first.
const maxOpeningLines = 4

// bylineOpening is a line that opens with a byline's label ("By JANE DOE", "Von Anna Weber").
var bylineOpening = regexp.MustCompile(`(?i)^(?:(?:contributed|posted|written|reported|submitted|story|text|photos?) +)?(?:by|von|par|por|door|av)(?:\s|:)`)

// maxDayLineWords is the most words shortDateLine reads as a date line.
const maxDayLineWords = 5

// shortDateLine reports a line of a few words holding a year and a day's number ("Πέμπτη 15
// Δεκέμβρη 2011"): a date in a language or a form the date parser does not read.
func shortDateLine(s string) bool {
	ws := strings.Fields(s)
	return len(ws) <= maxDayLineWords && yearAndDay(ws, ",.")
}

// sentenceInside is a sentence's end followed by another's start inside a line ("… falling
// out. What's the story?"): a paragraph's opening, not a headline.
var sentenceInside = regexp.MustCompile(`\p{Ll}[.!?] +\p{Lu}`)

// headlineOpeningReading is the short line the reading opens with, when the page prints it as
// a line of its own that no link holds: older layouts set the headline in a bold <p>, a <font>
// or a heading inside the story's own cell, and the reading keeps it. A feature's headline need
// not name anything its opening names ("Back to the Garden"), so headlineAboveStory, which asks
// for that, misses it. A date line, a label ending in a colon, a line of one word or too little
// text for a headline is passed over; a byline, a sentence (a line ending in a full stop) or a
// longer paragraph ends the search: the headline stands above them. The line is taken only
// where the title holds no headline of its own (titleLeavesHeadline). "" when no line
// qualifies or the line is the title already.
func headlineOpeningReading(lines []pageLine, reading, title string, headings []string) string {
	paras := strings.SplitN(reading, "\n\n", maxOpeningLines+1)
	printed := func(t string) bool {
		k := squash(t)
		return slices.ContainsFunc(lines, func(l pageLine) bool { return !l.linked && !l.caption && squash(l.text) == k })
	}
	for i := 0; i < len(paras)-1 && i < maxOpeningLines; i++ { // the story must follow the headline
		para := normSpace(paras[i])
		n := spokenWords(para)
		if n > maxHeadlineWords || strings.HasSuffix(para, ".") || sentenceInside.MatchString(para) || bylineOpening.MatchString(para) {
			return ""
		}
		last, _ := utf8.DecodeLastRuneInString(para)
		if n < 2 || headingWeight(para) < minHeadingRunes || last == ':' || last == '：' || strings.Contains(para, " | ") ||
			slices.ContainsFunc(strings.Fields(para), isDateToken) || pubdate.IsDateLine(para, pubdate.Context{}) || shortDateLine(para) ||
			youAreHereLine(para) {
			// A label, a kicker, a row of tools ("POST COMMENT | READ COMMENTS"), a date line, or
			// the breadcrumb a template prints over the story ("Home > Headlines > Story"), whose
			// last crumb may repeat the headline the lines below print on their own.
			continue
		}
		if !printed(para) {
			return ""
		}
		// A part of the title printed over the headline is the section's name ("SPORTS PLUS"
		// of "Bangkok Post : SPORTS PLUS").
		if parts := titleParts(title, ": "); len(parts) > 1 && slices.ContainsFunc(parts, func(t string) bool { return squash(t) == squash(para) }) {
			continue
		}
		h := para
		// A line that runs on (ending in a comma, a semicolon or a dash) is a headline's first
		// half, printed over its second.
		if strings.ContainsRune(",;-–—", last) {
			next := normSpace(paras[i+1])
			if i+2 >= len(paras) || spokenWords(para+" "+next) > maxHeadlineWords || !printed(next) || strings.HasSuffix(next, ".") {
				return ""
			}
			h = para + " " + next
		}
		// A title the page sets as a heading of its own is printed as the headline; a plain line
		// the reading opens with is then its lede's first words ("How does a painting end up
		// selling for $5 million?").
		if sameHeadline(h, title) || !titleLeavesHeadline(title, h, reading) || firstCrossHead(h, paras[i+1:], headings) ||
			slices.Contains(headings, title) && !slices.Contains(headings, h) {
			return ""
		}
		return h
	}
	return ""
}

// titleLeavesHeadline reports whether a title no source confirmed leaves the headline to line,
// the reading's opening line: the title is empty or a trail of short parts ("BBC - Communicate
// - Chat Archive", "HREOC Website: Moving Forward Conference"); or line holds the title's
// longest part whole ("Back to the Garden" of "Back to the Garden - Christianity Today
// magazine"; "Story: Subtitle" printed for "eWorld: verbal intercourse: Story"), a logo's name
// being the shorter part; or the title is a short name ("ArtMargins", "Ask The Doctor") and
// line names something the story's opening names, as a short headline no link repeats may
// itself be the story's. A title with a longer part than a section's name that line does not
// hold may be the headline: it stays.
func titleLeavesHeadline(title, line, reading string) bool {
	if isBlank(title) {
		return true
	}
	parts := titleParts(title, ": ")
	// A short title the line repeats ("Teeth Falling Out" in "Dreams about teeth falling out?")
	// is the headline the line's question or lede takes up.
	if len(parts) == 1 && holdsWords(line, title) {
		return false
	}
	longest, words, first := "", 0, false
	for i, p := range parts {
		if n := spokenWords(p); n > words {
			longest, words, first = strings.TrimSpace(p), n, i == 0
		}
	}
	if words <= maxSectionTitleWords && len(parts) >= 2 {
		return true
	}
	// The line is the longest part, or goes on from it where the title led with the site's
	// parts; a line that goes on from the title's own first part differently ("Kicker: One
	// ending" against "Kicker: Another") is another wording of the headline, which the title
	// holds as well as the line.
	if len(parts) >= 2 && (squash(line) == squash(longest) || !first && holdsWords(line, longest)) {
		return true
	}
	// A short title naming what the line names is the story's own short headline or its topic
	// ("Digital Garden Overview" over "Obsidian Digital Garden", "linux video" over "linux
	// usability"), not the site's name; one cut at a colon ("New Socialist:") is a label.
	if words > maxSectionTitleWords || !strings.HasSuffix(title, ":") && textsim.Overlap(contentTokens(title), contentTokens(line)) > 0 {
		return false
	}
	// Korean words carry their particles ("개각에서", "정책과" in the story for the headline's
	// "개각", "정책"): they are compared by their stems.
	return textsim.Overlap(hangulStems(storyOpening(reading, line)), hangulStems(contentTokens(line))) > 0
}

// hangulStems cuts each Hangul token of tokens to its first two syllables, the stem that a
// particle or an ending ("-에서", "-과", "-적") follows; other tokens are kept. The tokens are
// changed in place.
func hangulStems(tokens []string) []string {
	for i, t := range tokens {
		if r, size := utf8.DecodeRuneInString(t); unicode.Is(unicode.Hangul, r) && len(t) > 2*size {
			tokens[i] = prefixRunes(t, 2)
		}
	}
	return tokens
}

// minCrossHeads is how many more of the page's headings the reading must print for its opening
// heading to be the first of its cross-heads.
const minCrossHeads = 2

// firstCrossHead reports a line that is the first of the page's headings the reading prints as
// paragraphs of its own ("Crypto rules", then "Twitter vote", "How M&A happens" in a
// newsletter's issue): a section's heading inside one long post, whose title the <title> gives.
func firstCrossHead(line string, rest []string, headings []string) bool {
	if !slices.Contains(headings, line) {
		return false
	}
	n := 0
	for _, para := range rest {
		for _, p := range strings.Split(para, "\n\n") {
			if p = normSpace(p); p != line && slices.Contains(headings, p) {
				n++
			}
		}
	}
	return n >= minCrossHeads
}

// holdsWords reports whether s holds part whole, ignoring case: bounded on both sides by the
// text's ends or by a character that is no letter or digit.
func holdsWords(s, part string) bool {
	ls, lp := strings.ToLower(s), strings.ToLower(part)
	i := strings.Index(ls, lp)
	if lp == "" || i < 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(ls[:i])
	after, _ := utf8.DecodeRuneInString(ls[i+len(lp):])
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return (i == 0 || !word(before)) && (i+len(lp) == len(ls) || !word(after))
}

// storyOpening is the content tokens of the reading's first openingRunes, without the lines
// that are the heading.
func storyOpening(reading, heading string) []string {
	var b strings.Builder
	for _, para := range strings.Split(reading, "\n\n") {
		if b.Len() >= openingRunes*2 {
			break
		}
		if heading != "" && sameHeadline(para, heading) {
			continue
		}
		b.WriteString(para)
		b.WriteString("\n\n")
	}
	return contentTokens(prefixRunes(b.String(), openingRunes))
}

// namesOpening reports whether a title's tokens name something the story's opening tokens
// name. A Chinese or Japanese title must share two characters in a row with it: one character
// is a syllable, which a site's name ("公共電視台 新聞網") shares with nearly any story ("新",
// "台"), where two are a word.
func namesOpening(opening, title []string) bool {
	var latin []string
	for _, t := range title {
		if r, _ := utf8.DecodeRuneInString(t); !textsim.IsIdeographic(r) {
			latin = append(latin, t)
		}
	}
	if textsim.Overlap(opening, latin) > 0 {
		return true
	}
	if len(latin) == len(title) {
		return false
	}
	return textsim.Overlap(ideographPairs(opening), ideographPairs(title)) > 0
}

// ideographPairs are the neighbouring pairs of ideographic tokens, each joined into one.
func ideographPairs(tokens []string) []string {
	var out []string
	for i := 1; i < len(tokens); i++ {
		a, _ := utf8.DecodeRuneInString(tokens[i-1])
		b, _ := utf8.DecodeRuneInString(tokens[i])
		if textsim.IsIdeographic(a) && textsim.IsIdeographic(b) {
			out = append(out, tokens[i-1]+tokens[i])
		}
	}
	return out
}

// openingRunes is how much of the reading a headline is checked against: a lede and a paragraph.
const openingRunes = 1200

// minToldWords is the fewest of a heading's words the reading's opening must name.
const minToldWords = 2

// contentTokens are the tokens of s that name something: words of four letters or more, cut
// to their first four letters so the forms of an inflected word meet ("grypa", "grypą",
// "grypy"), and every ideograph, kana or Hangul syllable (their scripts carry a word in one or
// two).
func contentTokens(s string) []string {
	var out []string
	for _, t := range textsim.Tokens(s) {
		r, _ := utf8.DecodeRuneInString(t)
		switch {
		case textsim.IsIdeographic(r) || unicode.Is(unicode.Hangul, r):
			out = append(out, t)
		case utf8.RuneCountInString(t) >= 4:
			out = append(out, prefixRunes(t, 4))
		}
	}
	return out
}

// maxLinesAbove is how many lines above the story's first paragraph headlineAboveStory reads:
// a byline, a date and a picture's caption may stand between the headline and the story.
const maxLinesAbove = 6

// headlineAboveStory is the line a reader takes for the headline on a page whose title names
// only the site or a section ("Sports Wire", "The Hindu News Update Service"): older layouts
// print the story's headline in a bold cell, a <font> or a <div class=title> rather than a
// heading, right above the story's first paragraph. Going up from that paragraph, the first
// line of two to maxHeadlineWords words that is not a link and names something the story's
// opening names is the headline; "" when the story's start is not found or no line qualifies.
func headlineAboveStory(lines []pageLine, at int, reading, title string) string {
	// A title of more words than a section's name that the page prints as a line of its own is
	// its headline, however little of it the opening repeats: the reading may be a teaser.
	if k := squash(title); len(strings.Fields(title)) > maxSectionTitleWords && slices.ContainsFunc(lines, func(l pageLine) bool { return squash(l.text) == k }) {
		return ""
	}
	above := linesAbove(lines, at)
	best := ""
	for k, l := range above {
		// The same, printed a little differently (sameHeadline) among the lines over the story.
		if len(strings.Fields(title)) > maxSectionTitleWords && sameHeadline(l.text, title) {
			return ""
		}
		// A linked line is a teaser, a dated one the story's time stamp, a line ending in a
		// colon a label, a line of the first paragraph's own block that paragraph broken by
		// <br>; a picture's caption names what the story names too.
		if n := spokenWords(l.text); l.linked || l.caption || l.block == lines[at].block || strings.HasSuffix(l.text, ":") || n < 2 || n > maxHeadlineWords || slices.ContainsFunc(labelledFields(l.text), isDateToken) {
			continue
		}
		// A Chinese reporter's credit ("記者：Name Name 台北報導") names no story, nor does a
		// breadcrumb ("位置：首页 > 新闻动态") whose section the story names.
		if len(zhRoleCredit(l.text)) > 0 || youAreHereLine(l.text) {
			continue
		}
		text := l.text
		if j, ok := brokenHeadline(above, k); ok {
			text = j
		}
		n := textsim.Overlap(storyOpening(reading, text), contentTokens(text))
		// A date line spelled out ("January 20, 2008") names the month the story names; a line
		// with a "word" longer than any word is markup's fields run together (a feed's
		// identifiers and its headline, "20080101T…urn:newsml:…Story"); a Chinese headline
		// written without spaces is many words in one (spokenWords). Asked only of a line
		// that would be taken.
		if n == 0 || slices.ContainsFunc(strings.Fields(text), func(w string) bool { return len(w) > maxWordBytes && spokenWords(w) == 1 }) || pubdate.IsDateLine(l.text, pubdate.Context{}) {
			continue
		}
		if n >= minToldWords {
			return text
		}
		// A line naming one thing the story names may be its source or a byline ("United Press
		// International" over "Big Blue … U.S. stock indexes …"): a line further up that names
		// several is the headline; failing one, the nearest stands.
		if best == "" {
			best = text
		}
	}
	return best
}

// headlineUnderCrumbs is the headline printed between the story and a breadcrumb line over it
// that ends in a part of the title ("首页 - 新闻动态" under the <title> "新闻动态--Site"): that
// title names the section and the site, whatever words of the site's name the story repeats.
// Unspaced separators count here, as Chinese titles join their parts without spaces.
func headlineUnderCrumbs(lines []pageLine, at int, reading, title string) string {
	parts := titleParts(title, "--", "_", "-")
	if len(parts) < 2 {
		return ""
	}
	above := linesAbove(lines, at)
	for k := 1; k < len(above); k++ {
		// The crumbs end in a section's name, not in the story's own headline (the title's
		// longest part), as many end.
		if above[k].linked || !slices.ContainsFunc(parts, func(p string) bool {
			p = strings.TrimSpace(p)
			return len(strings.Fields(p)) <= maxSectionTitleWords && !longestTitlePart(title, p) && crumbEnd(above[k].text, p)
		}) {
			continue
		}
		// Only the k lines between the crumbs and the story are read.
		return headlineAboveStory(lines[at-k:], k, reading, title)
	}
	return ""
}

// crumbEnd reports whether line is a breadcrumb ending in part: part follows the line's other
// items after a separator ("Home > News", "首页 - 新闻动态").
func crumbEnd(line, part string) bool {
	if part == "" || !strings.HasSuffix(line, part) {
		return false
	}
	before := strings.TrimRightFunc(line[:len(line)-len(part)], unicode.IsSpace)
	mark := func(r rune) bool { return r == '>' || r == '›' || r == '→' || !unicode.IsSpace(r) && isJoiner(r) }
	items := strings.TrimRightFunc(before, mark)
	sep := before[len(items):]
	// A hyphen or a colon joining words ("Wrong-way", "Kicker: Story") is no crumb's separator
	// unless spaced.
	return sep != "" && strings.TrimFunc(items, func(r rune) bool { return unicode.IsSpace(r) || mark(r) }) != "" &&
		(strings.HasSuffix(items, " ") || !strings.ContainsAny(sep, "-–—_:："))
}

// labelledFields are the words of a line, a Chinese label's full-width colon ending one as a
// space does: "发布时间：2019-05-18" holds the date token "2019-05-18".
func labelledFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '：' })
}

// brokenHeadline is the line above above[k] (above[k+1]) joined to it when both are lines of
// one block broken by <br>, as an older layout breaks a long headline in two ("He May Be a
// Son of a Bitch,<br> But He's Our Son of a Bitch"). The upper line must run on (runsOn): a
// section's label over a headline in one cell does not. Lines that are links, dated, or too
// many words together are no headline's.
func brokenHeadline(above []pageLine, k int) (string, bool) {
	join := func(up, down pageLine) (string, bool) {
		t := up.text + " " + down.text
		if up.block != down.block || up.linked || down.linked || spokenWords(t) > maxHeadlineWords || !runsOn(up.text, down.text) ||
			slices.ContainsFunc(strings.Fields(t), isDateToken) {
			return "", false
		}
		return t, true
	}
	if k+1 < len(above) {
		if t, ok := join(above[k+1], above[k]); ok {
			return t, true
		}
	}
	return "", false
}

// storyLines gives the page's lines (pageLines) and the index of the one that opens the
// reading's first paragraph, or -1 when none does.
func storyLines(body *html.Node, reading string) ([]pageLine, int) {
	if body == nil {
		return nil, -1
	}
	start := ""
	for _, para := range strings.Split(reading, "\n\n") {
		// A byline or a dateline alone is no paragraph of the story; a headline the reading
		// kept opens it without ending a sentence.
		// A Chinese paragraph has few spaces: its characters are counted, twice as many as
		// words, so a breadcrumb ("首頁 新聞總覽 Story") opens no story.
		if para = normSpace(para); len(strings.Fields(para)) >= 15 || spokenWords(para) >= 2*15 || spokenWords(para) >= 6 && endsWithStop(para) {
			start = squash(prefixRunes(para, 80))
			break
		}
	}
	if len(start) < 15 {
		return nil, -1
	}
	lines := pageLines(body)
	for i, l := range lines {
		k := squash(prefixRunes(l.text, 80))
		if n := min(len(k), len(start)); n >= 15 && k[:n] == start[:n] {
			return lines, i
		}
	}
	return lines, -1
}

// linesAbove returns the lines of text right above lines[at], nearest first, at most
// maxLinesAbove of them; none when at is -1 (the story's start was not found).
func linesAbove(lines []pageLine, at int) []pageLine {
	var out []pageLine
	for i := at - 1; i >= 0 && len(out) < maxLinesAbove; i-- {
		if squash(lines[i].text) != "" {
			out = append(out, lines[i])
		}
	}
	return out
}

// titlePartAboveStory is the part of a title joined of parts ("Story | Premier League Football
// News, Fixtures, Results", "Berkshire Eagle Online - Story", "=> Story <=") that the page
// prints as a line of its own right above the story: the headline, however long the site's
// parts beside it, which no source names. Otherwise "".
func titlePartAboveStory(lines []pageLine, at int, reading, title string) string {
	lt := strings.ToLower(title)
	above := linesAbove(lines, at)
	// The story told from its first paragraph on: a reading that opens with the site's menu
	// names none of the story's words at its start.
	told := func(text string) int {
		k := contentTokens(text)
		return max(textsim.Overlap(storyOpening(reading, text), k), textsim.Overlap(openingAt(lines, at), k))
	}
	for k, l := range above {
		texts := []string{l.text}
		// A headline broken by <br> is two lines the title's part joins.
		if j, ok := brokenHeadline(above, k); ok {
			texts = []string{j, l.text}
		}
		for _, text := range texts {
			h := strings.ToLower(text)
			if l.linked || headingWeight(h) < minHeadingRunes || spokenWords(h) < 2 || len(h) >= len(lt) {
				continue
			}
			// A page-type part printed as a label ("News Article") names nothing the story names;
			// a headline may not either ("Hack job"), but it is the line nearest over the story
			// and no other part of the title has more words (longestTitlePart).
			if j := strings.Index(lt, h); j >= 0 && (j == 0 || joinedPart(lt[:j], true) || siteWordsBefore(lt, h)) && (j+len(h) == len(lt) || joinedPart(lt[j+len(h):], false) || tailAfterHeadline(lt[j+len(h):]) || ideographSpace(h, lt[j+len(h):])) &&
				(told(text) > 0 || len(contentTokens(text)) == 0 || k == 0 && text == l.text && longestTitlePart(title, text)) {
				return text
			}
		}
	}
	// A box of linked teasers may stand between the headline and the story (a sidebar floated
	// beside the story's opening): the title's part printed above them, naming what the story
	// names, is the headline still.
	for _, l := range unlinkedAbove(lines, at) {
		h := strings.ToLower(l.text)
		if headingWeight(h) < minHeadingRunes || spokenWords(h) < 2 || len(h) >= len(lt) || slices.ContainsFunc(above, func(a pageLine) bool { return a.text == l.text }) {
			continue
		}
		if j := strings.Index(lt, h); j > 0 && j+len(h) == len(lt) && joinedPart(lt[:j], true) && told(l.text) >= minToldWords {
			return l.text
		}
	}
	return ""
}

// maxTeaserLines is how many lines unlinkedAbove reads over the story, linked ones included.
const maxTeaserLines = 40

// unlinkedAbove returns the lines above lines[at] that no link holds, nearest first, at most
// maxLinesAbove of them among the maxTeaserLines nearest lines; none when at is -1.
func unlinkedAbove(lines []pageLine, at int) []pageLine {
	var out []pageLine
	for i := at - 1; i >= 0 && i >= at-maxTeaserLines && len(out) < maxLinesAbove; i-- {
		if !lines[i].linked && squash(lines[i].text) != "" {
			out = append(out, lines[i])
		}
	}
	return out
}

// openingAt is the content tokens of the page's first openingRunes from lines[at] on: the
// story's opening as printed, whatever the reading put before it.
func openingAt(lines []pageLine, at int) []string {
	if at < 0 {
		return nil
	}
	var b strings.Builder
	for _, l := range lines[at:] {
		if b.Len() >= openingRunes*2 {
			break
		}
		b.WriteString(l.text)
		b.WriteString("\n")
	}
	return contentTokens(prefixRunes(b.String(), openingRunes))
}

// ideographSpace reports a single space between a Chinese or Japanese headline h and the rest
// of a title, which an ideograph opens ("Story 中国快讯 南方网"): those titles set their parts
// apart with a space, as their headlines hold none between ideographs of one phrase.
func ideographSpace(h, rest string) bool {
	after, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	last, _ := utf8.DecodeLastRuneInString(h)
	return textsim.IsIdeographic(r) && (textsim.IsIdeographic(last) || strings.ContainsRune("”」』》）", last))
}

// longestTitlePart reports whether part is one of title's parts (split at titleSeparators and
// colons) and no other part has more words: a headline beside the site's, a section's and an
// author's names, not a logo's name or a page type's label beside a longer headline.
func longestTitlePart(title, part string) bool {
	k, n, found := squash(part), spokenWords(part), false
	for _, p := range titleParts(title, ": ") {
		if squash(p) == k {
			found = true
		} else if spokenWords(p) > n {
			return false
		}
	}
	return found
}

// maxSiteWords is the most words siteWordsBefore takes for a site's name.
const maxSiteWords = 5

// minTailWords is the fewest words of a headline siteWordsBefore lets end a title.
const minTailWords = 4

// siteWordsBefore reports a title lt that is a few words glued to the printed headline h with
// no separator, h ending it: "AKI - Adnkronos international Algeria: Al-Qaeda claims …", a
// template that writes the site's name before every story. The headline must be long enough
// not to be a headline's own last words.
func siteWordsBefore(lt, h string) bool {
	before, ok := strings.CutSuffix(lt, h)
	return ok && strings.HasSuffix(before, " ") && len(strings.Fields(before)) <= maxSiteWords && len(strings.Fields(h)) >= minTailWords
}

// maxBylineTailWords is the most words of a byline tailAfterHeadline takes after "by".
const maxBylineTailWords = 4

// tailAfterHeadline reports what a template writes after the headline in a title without a
// separator: the writer ("Story by Robert Reich") or the date ("Story 3/24/01").
func tailAfterHeadline(rest string) bool {
	words := strings.Fields(rest)
	if len(words) == 0 || !strings.HasPrefix(rest, " ") {
		return false
	}
	if words[0] == "by" {
		return len(words) > 1 && len(words) <= 1+maxBylineTailWords
	}
	return !slices.ContainsFunc(words, func(w string) bool { return !isDateToken(w) })
}

// joinedPart is partBoundary without the punctuation a headline runs on with: a part of a
// title ends at a separator, not at a comma or a full stop ("Story, Says …" is one headline).
func joinedPart(rest string, before bool) bool {
	t := strings.TrimSpace(rest)
	r, _ := utf8.DecodeRuneInString(t)
	if before {
		r, _ = utf8.DecodeLastRuneInString(t)
	}
	return partBoundary(rest, before) && !strings.ContainsRune(",.;!?'\"’‘“”", r)
}

// pageLine is a line of a page's text as a browser breaks it: the text between two block
// boundaries or line breaks.
type pageLine struct {
	text    string
	linked  bool // every word of it is a link's
	caption bool // it sits in a picture's box: a <figure> or a table aligned beside the text
	// block is the innermost block element holding it: the lines of one paragraph broken by
	// <br> share it.
	block *html.Node
}

// afterPicture reports a block that follows a picture in the same box, as its caption does
// ("<div><img alt=…><p>Caption</p></div>"). A spacer or an icon carries no caption: a picture
// is described or wide.
func afterPicture(n *html.Node) bool {
	s := n.PrevSibling
	for s != nil && (s.Type == html.CommentNode || s.Type == html.TextNode && isBlank(s.Data)) {
		s = s.PrevSibling
	}
	if s == nil || s.Type != html.ElementNode || s.DataAtom != atom.Img {
		return false
	}
	w, _ := strconv.Atoi(attr(s, "width"))
	h, _ := strconv.Atoi(attr(s, "height"))
	// A wide strip no taller than a line of text (875×18) is a spacer between the masthead and
	// the page's boxes, no picture.
	return squash(attr(s, "alt")) != "" || w >= minPictureWidth && (h <= 0 || h >= minPictureHeight)
}

// minPictureWidth is the narrowest <img> width taken for a picture rather than an icon.
const minPictureWidth = 100

// minPictureHeight is the lowest <img> height, where given, taken for a picture rather than a
// spacer strip.
const minPictureHeight = 40

// maxPageLines bounds the lines pageLines gathers.
const maxPageLines = 5000

// pageLines gives the lines of text under n in document order, scripts and styles left out.
func pageLines(n *html.Node) []pageLine {
	var lines []pageLine
	var b strings.Builder
	linked, caption := true, false
	var inBlock *html.Node
	flush := func() {
		if t := normSpace(b.String()); t != "" && len(lines) < maxPageLines {
			lines = append(lines, pageLine{text: t, linked: linked, caption: caption, block: inBlock})
		}
		b.Reset()
		linked, caption = true, false
	}
	var walk func(*html.Node, bool, bool)
	walk = func(n *html.Node, inLink, inBox bool) {
		switch n.Type {
		case html.TextNode:
			// The cleaner marks a removed line break in the text itself.
			for i, part := range strings.Split(n.Data, brMark) {
				if i > 0 {
					flush()
				}
				b.WriteString(part)
				if squash(part) != "" {
					linked = linked && inLink
					caption = caption || inBox
				}
			}
			return
		case html.ElementNode:
			switch {
			case n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript:
				return
			case n.DataAtom == atom.Br:
				flush()
				return
			case n.DataAtom == atom.A:
				inLink = true
			case isBlockTag(n.DataAtom) && afterPicture(n):
				inBox = true
			case n.DataAtom == atom.Figure || n.DataAtom == atom.Table && (strings.EqualFold(attr(n, "align"), "left") || strings.EqualFold(attr(n, "align"), "right")):
				inBox = true
			}
		case html.DocumentNode:
		default:
			return
		}
		block := n.Type == html.ElementNode && isBlockTag(n.DataAtom)
		outer := inBlock
		if block {
			flush()
			inBlock = n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink, inBox)
		}
		if block {
			flush()
			inBlock = outer
		}
	}
	walk(n, false, false)
	flush()
	return lines
}

// isHeadingAtom reports the heading elements <h1>–<h6>.
func isHeadingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// runsOn reports an upper line that the lower one continues: it ends in a comma, a colon, a
// semicolon or a dash, or the lower line opens in lower case.
func runsOn(upper, lower string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(upper))
	first, _ := utf8.DecodeRuneInString(strings.TrimSpace(lower))
	return strings.ContainsRune(",:;-–—", last) || unicode.IsLower(first)
}

// namesBylineOrDate reports an element whose class or id names a byline, an author or a date:
// a layout that styles every line over the story alike ("<span id=articleByLine
// class=headline>By …") names the line's part in the other attribute.
func namesBylineOrDate(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "byline") || strings.Contains(v, "author") || strings.Contains(v, "date") {
				return true
			}
		}
	}
	return false
}

// maxWordBytes is longer than any word of a headline, in bytes (a German compound in UTF-8
// included).
const maxWordBytes = 64

// titleView is p as the title sources see it: when its first <h1> is a breadcrumb trail's last
// item (crumbH1), the <h2> printed after it stands in for it, since the trail's item is the
// search-engine wording (often the <title>'s and og:title's too) and the <h2> the headline over
// the story, when a title source states that <h2> (crumbHeadingStated). The page is shared
// otherwise.
func titleView(p *page, ld *ldArticle) *page {
	if !p.crumbH1 || p.crumbHeading == "" || !crumbHeadingStated(p, ld) {
		return p
	}
	tp := *p
	tp.h1, tp.h1Kicker, tp.h1Dek = p.crumbHeading, p.crumbKicker, false
	tp.h1s = append([]string{p.crumbHeading}, p.h1s[1:]...)
	return &tp
}

// maxMarkedHeadlineGap is how many short lines (a date, a byline, a picture's credit, a word
// count) markedHeadlineAboveStory lets stand between the headline and the story.
const maxMarkedHeadlineGap = 2

// maxGapLineWords is the most words such a line may have: more is a paragraph.
const maxGapLineWords = 12

// markedHeadlineAboveStory is the line right over the story, a date, a byline or a credit
// apart at most, that the markup sets as the headline (an <h1>, or an element whose class
// names a headline or a title: "<span class=article_headline>", "<div class=headline>"),
// when it shares no word with a title the head could not settle that reads as a site's
// (siteLikeTitle). Such a title is the site's own ("The Calgary Sun", "SuperSoccer", "Site - Latest news, transfers,
// reports", a keyword list, "Free Preview - Site"): every page of the site carries it, while
// the story's headline, often a pun of two or three words ("Red-hot frontrunners"), need name
// nothing the story's opening names, which is what headlineOverSiteTitle asks for. A line of
// one word is a section's label ("Editorials"). "" otherwise.
func markedHeadlineAboveStory(lines []pageLine, at int, title, h1 string) string {
	// A title of more words than a name's that the page prints as a line of its own is the
	// page's own headline (a site's name is printed too, as its logo's text); so is one holding
	// the page's <h1> ("Name on Twitter" under the <h1> "Name").
	k := squash(title)
	if k == "" || h1 != "" && holdsWords(title, h1) ||
		len(strings.Fields(title)) > maxSectionTitleWords && slices.ContainsFunc(lines, func(l pageLine) bool { return squash(l.text) == k }) {
		return ""
	}
	tt := wholeWords(title)
	for k, l := range linesAbove(lines, at) {
		if k > maxMarkedHeadlineGap {
			break
		}
		words := spokenWords(l.text)
		// A blog links the post's title to its own address ("<div class=entrytitle><a
		// href=…>"): a linked line counts where its block's class names a title.
		if (!l.linked || l.block != nil && namesHeadline(l.block)) && !l.caption && headlineMarked(l.block) {
			// A short title of plain words ("Battery power", "Fun returns") over a section's
			// or a column's heading is the story's own pun: the title must read as a name, a
			// keyword list or a page's type.
			if !siteLikeTitle(title) {
				return ""
			}
			// A dateline, a time stamp, a byline or a label styled as the headline is none.
			if words < 2 || words > maxHeadlineWords || strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, "：") || strings.HasSuffix(l.text, " -") ||
				bylineOpening.MatchString(l.text) || namesBylineOrDate(l.block) || slices.ContainsFunc(labelledFields(l.text), isDateToken) ||
				shortDateLine(l.text) || yearAndDayLine(l.text) || pubdate.IsDateLine(l.text, pubdate.Context{}) || counterLine(l.text) ||
				textsim.Overlap(tt, wholeWords(l.text)) > 0 {
				return ""
			}
			return l.text
		}
		// A paragraph, a sentence or a heading of its own between them: the marked line is
		// some other box's (an author's name over "Prepared by …" and a note).
		if words > maxGapLineWords || strings.HasSuffix(l.text, ".") && words > 4 || l.block != nil && isHeadingAtom(l.block.DataAtom) {
			return ""
		}
	}
	return ""
}

// maxMarkedChildren bounds the children headlineMarked reads of a block.
const maxMarkedChildren = 8

// headlineMarked reports a block that is an <h1>, or whose class or id, or that of an inline
// element right in it, names a headline or a title (not a subtitle's). A plain <h2> over the
// story is a cross-head or a section's name as often ("Cryptic rules" over a newsletter's
// first item).
func headlineMarked(b *html.Node) bool {
	if b == nil {
		return false
	}
	if b.DataAtom == atom.H1 || namesHeadline(b) {
		return true
	}
	n := 0
	for c := b.FirstChild; c != nil && n < maxMarkedChildren; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		n++
		if !isBlockTag(c.DataAtom) && namesHeadline(c) {
			return true
		}
	}
	return false
}

// namesHeadline reports an element whose class or id says "headline" or "title", or names
// the header of an article, a story, a post or an entry; a subtitle's or a subheadline's not.
func namesHeadline(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "sub") {
				continue
			}
			// The story's own header ("article_header", "post-header"), not the site's.
			if strings.Contains(v, "headline") || strings.Contains(v, "title") ||
				strings.Contains(v, "header") && (strings.Contains(v, "article") || strings.Contains(v, "story") || strings.Contains(v, "post") || strings.Contains(v, "entry")) {
				return true
			}
		}
	}
	return false
}

// wholeWords are the words of s of three letters or more, and its ideographs and Hangul
// syllables, whole: contentTokens' four-letter stems take "SuperSoccer" and "SuperSport" for
// one word.
func wholeWords(s string) []string {
	var out []string
	for _, t := range textsim.Tokens(s) {
		r, _ := utf8.DecodeRuneInString(t)
		if utf8.RuneCountInString(t) >= 3 || textsim.IsIdeographic(r) || unicode.Is(unicode.Hangul, r) {
			out = append(out, t)
		}
	}
	return out
}

// counterLine reports a line of three words or fewer holding a number of its own ("0
// comments", "12 photos"): a counter, no headline.
func counterLine(s string) bool {
	ws := strings.Fields(s)
	return len(ws) <= 3 && slices.ContainsFunc(ws, func(w string) bool {
		_, err := strconv.Atoi(w)
		return err == nil
	})
}

// maxSiteNamePartWords is the most words a part of a site's title may have to read as a name.
const maxSiteNamePartWords = 5

// siteLikeTitle reports a title each of whose parts reads as a name or a keyword list: words
// that open with a capital or a digit, or hold a domain's dot ("The Harbour Star", "Free
// Preview - Site.com", "Site Online - Town Colorado"), or a run of three or more phrases
// between commas ("site town, town news sport, county news"). A headline has lower-case words.
func siteLikeTitle(title string) bool {
	n := 0
	for _, part := range titleParts(title) {
		ws := strings.Fields(part)
		if len(ws) == 0 {
			continue
		}
		n++
		if strings.Count(part, ",") >= 2 {
			continue
		}
		if len(ws) > maxSiteNamePartWords {
			return false
		}
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.Contains(w, ".") {
				return false
			}
		}
	}
	return n > 0
}

// siteLedTitleEnd is the closing part of a two-part title led by a name ("Site Name | Story"),
// when that part is an element's whole text on the page: a template that sets the site's name
// first, a name no source states, over a story the layout prints in a styled <div> rather than
// a heading. The leading part is a name of a few words and shorter than the printed one; a
// title of more parts, or one whose parts the colon of a kicker joins, is left to the rules
// above, and so is a title the page prints whole. Otherwise "".
func siteLedTitleEnd(texts []string, title string) string {
	for _, sep := range titleSeparators {
		head, tail, ok := strings.Cut(title, sep)
		if !ok {
			continue
		}
		if strings.TrimSpace(sep) == ":" || hasSeparator(head) || hasSeparator(tail) || len(strings.Fields(head)) > maxSiteNameWords ||
			spokenWords(tail) < 3 || utf8.RuneCountInString(squash(head)) >= utf8.RuneCountInString(squash(tail)) {
			return ""
		}
		// A page that prints the whole title as well ("Band - Story" in its <h1>, a span
		// styling the story's part) prints the band's name as the headline's own kicker.
		found := false
		for _, t := range texts {
			if t == title {
				return ""
			}
			found = found || t == tail
		}
		if found {
			return tail
		}
		return ""
	}
	return ""
}

// labelWithoutStory reports a <title> that is a short name closed by a colon and nothing after
// it ("New Socialist:"): a "Site: {story}" template whose story field came out blank. A colon
// introduces what follows it, so no headline ends in one; the name before it is the site's,
// as good as a title that is only the site's name.
func labelWithoutStory(t string) bool {
	name, ok := strings.CutSuffix(strings.TrimSpace(t), ":")
	if !ok {
		name, ok = strings.CutSuffix(strings.TrimSpace(t), "：")
	}
	name = strings.TrimSpace(name)
	return ok && name != "" && !strings.ContainsAny(name, ":：") && len(strings.Fields(name)) <= maxSiteNameWords && !hasSeparator(name)
}

// maxLogoImages is how many of the page's first images withoutLogoTrail reads for a logo.
const maxLogoImages = 20

// withoutLogoTrail cuts the parts a title closes with when an image outside the story, its
// logo, states them whole as its alt text, itself two parts or more ("Story - OurSite Central -
// Minor League Sports News" under the masthead <img alt="OurSite Central - Minor League Sports
// News">): the logo names the site and its tagline, which no metadata states and whose long
// tagline would otherwise pass for the headline. An alt of one part may be a picture's
// caption, the headline's own words: it cuts nothing.
func withoutLogoTrail(title string, images []imgTag) string {
	if !hasSeparator(title) {
		return title
	}
	for i, img := range images {
		if i == maxLogoImages {
			break
		}
		alt := normSpace(img.alt)
		if img.inArticle || !hasSeparator(alt) || len(alt) >= len(title) || !strings.HasSuffix(title, alt) {
			continue
		}
		head := title[:len(title)-len(alt)]
		for _, sep := range titleSeparators {
			if h, ok := strings.CutSuffix(head, sep); ok && utf8.RuneCountInString(strings.TrimSpace(h)) >= 4 {
				return strings.TrimSpace(h)
			}
		}
	}
	return title
}
