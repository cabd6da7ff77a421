package evaluate

import (
	"html"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"

	unorm "golang.org/x/text/unicode/norm"

	"paperboy/core/textsim"
)

// Output is what an extractor produced for one page, in the terms the scores compare.
type Output struct {
	Title     string
	Authors   []string
	Published time.Time // zero when the extractor found no date
	Image     string
	Body      string
	Charset   string // charset the bytes were decoded with, "" when the extractor does not say
}

// PageScore is one page's result; a nil field was not scored on this page.
type PageScore struct {
	Name    string
	Title   *bool
	Authors *bool
	Instant *bool // same instant (or same day where only a date is expected)
	Day     *bool // same calendar date
	Image   *bool
	Charset *bool
	F1      *float64 // body token F1 against the full expected text
	Opening *bool    // expected opening contained in the body
	// Snippets: with-snippets found (true positives), missed (false negatives), without-snippets
	// present (false positives) and absent (true negatives).
	TP, FN, FP, TN int
	Err            string
	Got            Output
}

// Score compares one output with the page's expected values.
func Score(c Case, got Output) PageScore {
	w := c.Want
	s := PageScore{Name: c.Name, Got: got}
	if w.Title != nil {
		s.Title = ptr(TitleOK(got.Title, *w.Title, w.TitleAlternatives))
	}
	if w.Authors != nil {
		s.Authors = ptr(AuthorsOK(got.Authors, *w.Authors))
	}
	if w.HasPublished {
		inst, day := PublishedOK(got.Published, w.Published)
		s.Instant, s.Day = &inst, &day
	}
	if w.LeadImage != nil {
		// A page without og:image may still lead with a picture from its text, so only
		// pages that name one are scored.
		s.Image = ptr(ImageOK(got.Image, *w.LeadImage))
	}
	s.Charset = CharsetOK(got, w.EncodingActual)
	if s.Charset != nil && !*s.Charset && asciiOnly(c.Raw) && asciiCompatible(got.Charset) && asciiCompatible(w.EncodingActual) {
		// Seven-bit bytes read the same in every ASCII-compatible charset: whether a labeller
		// wrote the declaration ("ISO-8859-1") or the bytes ("us-ascii"), both decodings agree.
		s.Charset = ptr(true)
	}
	body := norm(got.Body)
	switch {
	case w.BodyText != "":
		f := TokenF1(got.Body, w.BodyText)
		s.F1 = &f
	case w.BodyFirst200 != "":
		s.Opening = ptr(strings.Contains(body, norm(w.BodyFirst200)))
	}
	for _, sn := range w.With {
		if strings.Contains(body, norm(sn)) {
			s.TP++
		} else {
			s.FN++
		}
	}
	for _, sn := range w.Without {
		if strings.Contains(body, norm(sn)) {
			s.FP++
		} else {
			s.TN++
		}
	}
	return s
}

func ptr[T any](v T) *T { return &v }

// norm unescapes entities, drops the invisible characters Tokens skips (a soft hyphen in a
// snippet or a body must not decide a match), collapses white space and composes to NFC:
// canonically equivalent strings are one text to a reader (Bengali য় is written both as
// U+09DF and as U+09AF U+09BC, and a label typed or copied through an editor may hold the
// other form than the page).
func norm(s string) string {
	return unorm.NFC.String(strings.Join(strings.Fields(textsim.DropInvisible(html.UnescapeString(s))), " "))
}

// TitleOK accepts the expected title or any alternative after whitespace normalisation.
func TitleOK(got, want string, alts []string) bool {
	for _, w := range append([]string{want}, alts...) {
		if norm(got) == norm(w) {
			return true
		}
	}
	return false
}

// ImageOK compares image addresses after normalisation: one page names the same picture as
// ".../CCTV中央…jpg" in one source and ".../CCTV%E4%B8%AD…jpg" in another, so escapes, entities
// and the case of scheme and host must not decide the match. Nor does http against https: a
// page whose og:image says http:// and whose og:image:secure_url, twitter:image and itemprop
// image say https:// names one picture, and the secure address is the one a reader's client
// can load next to an https post.
func ImageOK(got, want string) bool {
	g, w := normURL(got), normURL(want)
	return g == w || webAddress(g) != "" && webAddress(g) == webAddress(w)
}

// webAddress is an http or https address without its scheme, "" for any other.
func webAddress(s string) string {
	for _, scheme := range []string{"https://", "http://"} {
		if rest, ok := strings.CutPrefix(s, scheme); ok {
			return rest
		}
	}
	return ""
}

// normURL unescapes HTML entities and percent-escapes and lowercases the scheme and host; an
// address whose escapes do not decode is compared as written.
func normURL(s string) string {
	s = strings.TrimSpace(html.UnescapeString(s))
	if u, err := url.PathUnescape(s); err == nil {
		s = u
	}
	if i := strings.Index(s, "://"); i > 0 {
		rest := s[i+3:]
		j := strings.IndexAny(rest, "/?#")
		if j < 0 {
			j = len(rest)
		}
		s = strings.ToLower(s[:i+3]+rest[:j]) + rest[j:]
	}
	return s
}

// AuthorsOK compares author lists as case-insensitive sets.
func AuthorsOK(got, want []string) bool {
	key := func(names []string) string {
		var k []string
		for _, n := range names {
			k = append(k, strings.ToLower(norm(n)))
		}
		sort.Strings(k)
		return strings.Join(k, "|")
	}
	return key(got) == key(want)
}

var (
	bareDateRe  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	localLayout = []string{"2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04"}
	zonedLayout = []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02 15:04:05Z07:00", "2006-01-02T15:04Z07:00",
		"2006-01-02 15:04:05.999999999Z07:00"}
)

// PublishedOK reports whether got is the same instant as want and whether it falls on the
// same calendar date. want nil means the page has no date, so only a zero got is right. A
// bare-date want matches any time that day; a want without offset compares wall clocks.
func PublishedOK(got time.Time, want *string) (instant, day bool) {
	if want == nil {
		return got.IsZero(), got.IsZero()
	}
	if got.IsZero() {
		return false, false
	}
	w := strings.TrimSpace(*want)
	if bareDateRe.MatchString(w) {
		ok := got.Format("2006-01-02") == w
		return ok, ok
	}
	for _, l := range zonedLayout {
		if t, err := time.Parse(l, w); err == nil {
			return got.Truncate(labelPrecision(w)).Equal(t), got.In(t.Location()).Format("2006-01-02") == t.Format("2006-01-02")
		}
	}
	for _, l := range localLayout {
		if t, err := time.Parse(l, w); err == nil {
			wall := time.Date(got.Year(), got.Month(), got.Day(), got.Hour(), got.Minute(), 0, 0, time.UTC)
			return wall.Equal(t.Truncate(time.Minute)), got.Format("2006-01-02") == t.Format("2006-01-02")
		}
	}
	return false, false
}

// labelPrecision is the unit a zoned label is written to: a label states its instant only as
// finely as it is written, so "02:35:18+00:00" is met by a page's 02:35:18.027Z and
// "11:51+01:00" by any second of that minute; a label with a fraction is compared exactly.
func labelPrecision(w string) time.Duration {
	clock := w[len("2006-01-02T"):]
	if strings.IndexByte(clock, '.') >= 0 {
		return time.Nanosecond
	}
	// "15:04:05…" has its second colon at index 5; "15:04Z…" or "15:04+01:00" does not.
	if len(clock) > 5 && clock[5] == ':' {
		return time.Second
	}
	return time.Minute
}

// charsetFamilies folds labels that decode the expected bytes identically into one name.
var charsetFamilies = map[string]string{
	"iso-8859-1": "windows-1252", "latin1": "windows-1252", "latin-1": "windows-1252", "us-ascii": "utf-8", "ascii": "utf-8",
	"cp949": "euc-kr", "uhc": "euc-kr", "ks_c_5601-1987": "euc-kr", "windows-949": "euc-kr",
	"cp932": "shift_jis", "sjis": "shift_jis", "windows-31j": "shift_jis", "gb2312": "gbk", "gb18030": "gbk", "cp936": "gbk",
	"cp1251": "windows-1251", "utf8": "utf-8",
}

func charsetKey(label string) string {
	l := strings.ToLower(strings.TrimSpace(label))
	if i := strings.IndexAny(l, " ("); i > 0 {
		l = l[:i] // "EUC-KR (also valid CP949)", "UTF-8 (ASCII)"
	}
	if f, ok := charsetFamilies[l]; ok {
		return f
	}
	return l
}

// mojibakeRe finds UTF-8 read as a single-byte charset ("Ã¤", "Ã©", "â€™") and replacement characters.
var mojibakeRe = regexp.MustCompile(`Ã[\x{80}-\x{BF}¡-¿]|â€[™œ\x{9D}“”˜¦]|\x{FFFD}`)

// CharsetOK compares the charset used with the expected one; where the set does not say, it
// checks the decoded title and body for mojibake instead. Nil when neither can be judged.
func CharsetOK(got Output, actual string) *bool {
	if actual != "" && got.Charset != "" {
		return ptr(charsetKey(got.Charset) == charsetKey(actual))
	}
	text := got.Title + "\n" + got.Body
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return ptr(len(mojibakeRe.FindAllStringIndex(text, 4)) < 3)
}

// asciiOnly reports bytes below 0x80 without the escape byte the 7-bit ISO-2022 encodings
// switch with, nor the NULs of UTF-16.
func asciiOnly(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 || c == 0x1B || c == 0 {
			return false
		}
	}
	return len(b) > 0
}

// asciiCompatible reports a charset label that decodes seven-bit bytes as ASCII: every one a
// page can name except the UTF-16/32 forms, UTF-7 and the ISO-2022 and HZ escape encodings.
func asciiCompatible(label string) bool {
	l := charsetKey(label)
	if l == "" {
		return false
	}
	for _, p := range []string{"utf-16", "utf-32", "utf-7", "iso-2022", "hz", "ucs-", "ebcdic", "cp037", "ibm037"} {
		if strings.HasPrefix(l, p) {
			return false
		}
	}
	return true
}

// Tokens splits text into word tokens the way TokenF1 counts them (see textsim.Tokens).
func Tokens(s string) []string { return textsim.Tokens(s) }

// TokenF1 is the bag-of-tokens F1 the ScrapingHub article-extraction benchmark uses for bodies.
func TokenF1(got, want string) float64 { return textsim.F1(textsim.Tokens(got), textsim.Tokens(want)) }
