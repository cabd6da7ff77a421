package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"paperboy/core/boilerplate"
	"paperboy/core/pubdate"
)

// Text extracts an article from a plain-text rendering of a page (a browser's "save as text",
// a copy from a mail, a terminal browser's dump): the same fields as for HTML, read from its
// lines, once paragraphs wrapped at a column are joined again. The body is the longest run of
// prose lines, without menus, share buttons, captions, notices and the related-article lists
// around it; the headline is the line above the labelled publication time ("기사입력 :
// 2022-10-15 23:03"), or above the story.
func Text(pageURL string, text []byte, opts Options) (*Result, error) {
	if len(text) > maxInput {
		text = text[:maxInput]
	}
	s := strings.ToValidUTF8(string(text), "\uFFFD")
	base, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil || !base.IsAbs() {
		base = nil
	}
	var lines []string
	var indents []int
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n") {
		l = strings.ReplaceAll(l, "\u00a0", " ")
		lines = append(lines, normSpace(l))
		indents = append(indents, len(l)-len(strings.TrimLeft(l, " \t")))
	}
	lines, indents = unwrapLines(lines, indents)
	r := &Result{Lang: detectLang(s)}
	p := &page{meta: map[string]string{}, itemprops: map[string]string{}, text: normSpace(s)}
	loc, visibleLoc := pageZones(p, &ldArticle{}, r.Lang, hostOf(base), p.text, opts.Zone)
	d := dateReader{
		machine: pubdate.Context{Loc: loc},
		visible: pubdate.Context{Loc: visibleLoc, Now: opts.Now},
	}

	dateLine := -1
	var dated []int // lines holding a labelled time of either kind
	var pub, mod []dateCand
	for i, l := range lines {
		lp, lm := d.labelled(l)
		if len(lp) > 0 && dateLine < 0 {
			dateLine = i
		}
		if len(lp)+len(lm) > 0 {
			dated = append(dated, i)
		}
		pub, mod = append(pub, lp...), append(mod, lm...)
	}
	from, to := mainRun(lines, indents)
	if dateLine < 0 {
		// Only an update time is labelled ("Actualizado …"): it still sits under the headline.
		for _, i := range dated {
			if i < from && i >= from-15 {
				dateLine = i
			}
		}
	}
	titleLine := headlineLine(lines, dateLine, from)
	if titleLine >= 0 {
		r.Title = lines[titleLine]
		if dateLine < 0 {
			d.text(&pub, rankHeader, strings.Join(lines[titleLine:min(len(lines), titleLine+4)], "\n"))
		}
	}
	if st, ok := urlDate(base, visibleLoc); ok {
		pub = append(pub, dateCand{st, rankURL})
	}
	start := max(titleLine, dateLine) + 1
	var body string
	if from >= start {
		body = textBody(lines[from:min(len(lines), to+4)]) // the lines after it may name the reporter
	} else {
		body = textBody(lines[start:])
	}
	if len(pub) == 0 {
		d.text(&pub, rankProse, proseHead(body))
	}
	if statedDate(pub) {
		pub = statedOnly(pub)
	}
	if statedDate(mod) {
		mod = statedOnly(mod)
	}
	published, _ := choose(pub)
	modified, _ := choose(mod)
	r.Published, r.PublishedDateOnly, r.Modified = published.Time, published.DateOnly(), modified.Time
	r.Body = body
	if name := koreanByline(body); name != "" {
		r.Authors = []string{name}
	} else {
		for _, l := range lines[max(0, start-3):min(len(lines), start+3)] {
			if strings.HasPrefix(strings.ToLower(l), "by ") {
				r.Authors = dedupe(bylineNames(l))
				break
			}
		}
	}
	r.Author = strings.Join(r.Authors, ", ")
	r.SiteName = textSiteName(lines)
	return sanitize(r), nil
}

// headlineLine finds the headline: the nearest headline-shaped line above the labelled
// publication time, else the one right above the story (the main run of prose, from).
func headlineLine(lines []string, dateLine, from int) int {
	if dateLine > 0 {
		if i := headlineAbove(lines, dateLine, 4); i >= 0 {
			return i
		}
	}
	return headlineAbove(lines, from, 6) // a dateline, a place and a handle may stand between
}

// headlineAbove is the nearest headline-shaped line among the n lines of text above line at.
func headlineAbove(lines []string, at, n int) int {
	for i := at - 1; i >= 0 && n > 0; i-- {
		if lines[i] == "" || listItemRe.MatchString(lines[i]) || dumpControlRe.MatchString(lines[i]) {
			continue // share buttons and form controls are not counted
		}
		if headlineShaped(lines[i]) {
			return i
		}
		n--
	}
	return -1
}

// mainRun finds the story in the page's lines: the run of prose lines, at most three other
// lines apart (a subheading, a caption, a photo's place), that holds the most prose. Menus,
// teaser lists (their items open with a bullet; a teaser's summary follows its item,
// indented under the bullet) and comment threads make runs of their own;
// a label opening a list of other stories ends a run. from is -1 when no line is prose.
func mainRun(lines []string, indents []int) (from, to int) {
	from, to = -1, -1
	best, start, sum, gap := 0, -1, 0, 0
	itemIndent := -1 // the indent of the list item the line before belongs to, with no blank between
	for i, l := range lines {
		item := false
		switch {
		case l == "":
			itemIndent = -1
		case listItemRe.MatchString(l):
			item, itemIndent = true, indents[i]
		case itemIndent >= 0 && indents[i] > itemIndent:
			item = true // the item's own text, indented under its bullet
		default:
			itemIndent = -1
		}
		switch {
		case l == "":
		case isProse(l) && !item && !boilerplate.IsCopyright(l):
			if start < 0 || gap > 3 {
				start, sum = i, 0
			}
			sum += utf8.RuneCountInString(l)
			gap = 0
			if sum > best {
				best, from, to = sum, start, i
			}
		case recircHeadingRe.MatchString(l) || textRecircRe.MatchString(l):
			gap = 4
		default:
			gap++
		}
	}
	return from, to
}

// headlineShaped is a line a headline could be: a few words, no finished sentence, no date.
func headlineShaped(l string) bool {
	n := utf8.RuneCountInString(l)
	if n < 8 || n > 160 || boilerplate.IsCaption(l) || boilerplate.IsCopyright(l) || dumpControlRe.MatchString(l) || listItemRe.MatchString(l) {
		return false
	}
	if _, _, _, ok := pubdate.Find(l, pubdate.Context{}); ok {
		return false
	}
	if len(bylineNames(l)) > 0 && strings.HasPrefix(strings.ToLower(l), "by ") {
		return false // "By Liam Martin" names the writer under the headline
	}
	return !strings.HasSuffix(l, "다.") && len(strings.Fields(l)) >= 2
}

// dumpControlRe matches what a terminal browser's dump prints for a form control, a frame or
// an image it cannot show: "(BUTTON) Ver 133 comentarios", "IFRAME: https://…", "[logo.png]".
var dumpControlRe = regexp.MustCompile(`\((?:BUTTON|FORM|RADIO|CHECKBOX|TEXTAREA)\)|^IFRAME:|^\[[^\] ]+\.(?:png|jpe?g|gif|svg|webp)\]`)

// isProse is a paragraph of running text: long, or a finished sentence of some length; not
// an address, which a dump prints for a frame or a tracking pixel and may wrap at spaces.
func isProse(l string) bool {
	n := utf8.RuneCountInString(l)
	return (n >= 80 || n >= 25 && endsWithStop(l)) && !addressLineRe.MatchString(l) && wordy(l)
}

// wordy is a line of words, not script data a dump prints from an attribute
// ({"host":"…","count":1,…}).
func wordy(l string) bool {
	return len(jsonKeyRe.FindAllStringIndex(l, 3)) < 3
}

// jsonKeyRe matches a quoted key of script data.
var jsonKeyRe = regexp.MustCompile(`"[\w $.-]{1,40}"\s*:`)

// addressLineRe matches a line that opens with a web address.
var addressLineRe = regexp.MustCompile(`^(?:https?://|www\.)\S+`)

func endsWithStop(l string) bool {
	l = strings.TrimRight(l, "\"'”’“»«)]」』") // "“", "»" and "«" close quotes: „…“ and »…« in German, «…» in French
	for _, t := range []string{".", "!", "?", "。", "！", "？", "…"} {
		if strings.HasSuffix(l, t) {
			return true
		}
	}
	return false
}

// textBody keeps the prose lines, the contact line after them, and stops at the first list
// of other stories.
func textBody(lines []string) string {
	var paras []string
	for _, l := range lines {
		switch {
		case l == "":
			continue
		case recircHeadingRe.MatchString(l) || textRecircRe.MatchString(l):
			if len(paras) > 0 {
				return strings.Join(boilerplate.Clean(paras), "\n\n")
			}
			continue
		case isProse(l) || boilerplate.IsContact(l) || boilerplate.IsCaption(l) || boilerplate.IsCopyright(l):
			paras = append(paras, dropPersonCards(l))
		}
	}
	return strings.Join(boilerplate.Clean(paras), "\n\n")
}

// personCardRe matches the hover card some Korean sites print after a person's name, which a
// text copy flattens into the sentence: "남궁훈닫기남궁훈기사 모아보기·홍은택 대표도".
var personCardRe = regexp.MustCompile(`([가-힣]{2,5})닫기([가-힣]{2,5})기사\s*모아보기`)

// dropPersonCards keeps the name and drops the card.
func dropPersonCards(l string) string {
	return personCardRe.ReplaceAllStringFunc(l, func(m string) string {
		g := personCardRe.FindStringSubmatch(m)
		if g[1] != g[2] {
			return m
		}
		return g[1]
	})
}

// textRecircRe matches the labels that open the recirculation block of a Korean news page.
var textRecircRe = regexp.MustCompile(`^(?:\[관련기사\]|기사\s*더\s*보기|\S*\s*BEST\s*CLICK|많이\s*본\s*기사|주요\s*기사|\S+\s*기자\s*기사\s*더보기)`)

// textSiteName reads the publication from a notice ("Copyright ⓒ 한국금융신문 & FNTIMES.com")
// or a bracketed byline ("[한국금융신문=정은경 기자]").
var (
	noticeNameRe  = regexp.MustCompile(`(?i)(?:copyright|저작권자)\s*(?:ⓒ|©|\(c\))?\s*(?:\d{4}\s*)?([^&,.()\n<>]{2,30}?)\s*(?:&|,|\.|\(|$|무단)`)
	bracketNameRe = regexp.MustCompile(`^[\[【]\s*([^\]=]{2,20})=`)
)

func textSiteName(lines []string) string {
	for _, l := range lines {
		if boilerplate.IsCopyright(l) {
			if m := noticeNameRe.FindStringSubmatch(l); m != nil {
				if name := strings.Trim(m[1], " '\"‘’"); name != "" {
					return name
				}
			}
		}
	}
	for _, l := range lines {
		if m := bracketNameRe.FindStringSubmatch(l); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}
