package summarize

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"

	"paperboy/core/boilerplate"
	"paperboy/core/pubdate"
	"paperboy/core/textsim"
)

// ellipsis marks a lead cut inside its first sentence.
const ellipsis = "…"

// Lead returns the first whole sentences of text that fit in max code points. When not even
// the first sentence fits, it cuts at a word boundary (or a grapheme boundary for scripts
// written without spaces) and appends "…". Leading bylines, datelines and unpunctuated
// headline fragments are dropped first.
func Lead(text string, max int) string {
	if max <= 0 {
		return ""
	}
	paras := dropLeading(dropNotices(paragraphs(text)))
	// Only paragraphs that can still contribute to max code points are segmented.
	for i, n := 0, 0; i < len(paras); i++ {
		if n += utf8.RuneCountInString(paras[i]) + 1; n > max+1 {
			paras = paras[:i+1]
			break
		}
	}
	norm, spans := segment(paras)
	if norm == "" {
		return ""
	}
	if utf8.RuneCountInString(norm) <= max && (len(spans) == 0 || spans[len(spans)-1].closed) {
		return norm
	}
	best, bestClosed := -1, -1
	for i, s := range spans {
		if utf8.RuneCountInString(norm[:s.end]) > max {
			break
		}
		best = i
		if s.closed {
			bestClosed = i
		}
	}
	switch {
	case bestClosed >= 0:
		return norm[:spans[bestClosed].end]
	case best >= 0:
		return norm[:spans[best].end]
	}
	return cut(norm, max)
}

// cut shortens s to at most max code points including the trailing "…", ending on a word
// boundary when the text has spaces, and never inside a grapheme cluster.
func cut(s string, max int) string {
	if max < 2 {
		return ellipsis // no room for any text beside the mark
	}
	limit := max - 1
	end, runes, lastSpace := 0, 0, -1
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		n := utf8.RuneCountInString(g.Str())
		if runes+n > limit {
			break
		}
		if g.Str() == " " {
			lastSpace = end
		}
		_, to := g.Positions()
		end, runes = to, runes+n
	}
	if lastSpace > 0 && lastSpace >= end/3 {
		end = lastSpace
	}
	out := strings.TrimRightFunc(s[:end], func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' || r == '-' || r == '—' || r == '·'
	})
	return out + ellipsis
}

var (
	// "[한국금융신문=정은경 기자]", "[엔터미디어=정덕현의 이슈공감]", "【서울=뉴시스】"
	leadBracketRe = regexp.MustCompile(`^[\[【][^\]】]{1,40}=[^\]】]{0,40}[\]】]\s*`)
	// "(서울=연합뉴스) 홍길동 기자 = ", "(서울=뉴스1) "
	leadDatelineRe = regexp.MustCompile(`^\([^)=]{1,20}=[^)]{1,20}\)\s*(?:[가-힣]{2,4}\s*(?:기자|특파원)\s*=?\s*)?`)
	// "홍길동 기자 = " at the very start.
	leadReporterRe = regexp.MustCompile(`^[가-힣]{2,4}\s*(?:기자|특파원)\s*=\s*`)
	// "WASHINGTON (AP) — ": an English wire dateline.
	leadWireRe = regexp.MustCompile(`^[A-Z][A-Z .,'-]{1,40}\([A-Za-z. ]{1,20}\)\s*[—–-]+\s*`)
	// "NEW DELHI: ", "BHOPAL: ", "OTTAWA - ", "CHINESE AGGRESSION: ", "UPDATE: ": a dateline or
	// kicker in capitals before the first sentence, closed by a colon or a dash.
	leadCapsRe = regexp.MustCompile(`^\p{Lu}{2,}(?:[ /]\p{Lu}{2,}){0,2}\s*(?::|\s[-–—])\s+(?:\p{Lu}|\d)`)
	// "By Matthew Digby, Minh Do on Monday…": a byline paragraph, dropped wherever it sits.
	bylineParaRe = regexp.MustCompile(`^(?:By|BY|by)\s+\p{Lu}`)
)

// dropLeading removes what precedes the story: bylines, datelines and short headline or
// caption lines without sentence punctuation, and short "By …" byline paragraphs anywhere.
// leadStampRe matches a Korean page's time stamp line that extraction left at the top of the
// body: "입력 2026.11.26. 오후 6:30", "기사입력 : 2022-10-15 23:03", "수정 2024.04.26 09:05".
var leadStampRe = regexp.MustCompile(`^(?:(?:기사)?입력|수정|승인|등록|발행|업데이트)\s*[:：]?\s*\d{4}\s*[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\.?(?:\s*(?:오전|오후|AM|PM)?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*`)

// dropNotices removes what is never part of a summary wherever it stands: copyright notices
// (whole paragraphs, or sentences glued to the end of one), photo captions and credits, and
// reporter contact lines.
func dropNotices(paras []string) []string {
	paras = boilerplate.Clean(paras)
	kept := paras[:0]
	for _, p := range paras {
		if boilerplate.IsContact(p) || boilerplate.IsCredit(p) || pubdate.IsStamp(p) {
			continue
		}
		if promptHint(p) {
			if p = dropPrompts(p); p == "" {
				continue
			}
		}
		if boilerplate.MayHoldNotice(p) {
			var b strings.Builder
			for _, sp := range splitLine(p, 0) {
				if s := p[sp.start:sp.end]; !boilerplate.IsCopyright(s) {
					if b.Len() > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(strings.TrimSpace(s))
				}
			}
			if p = b.String(); p == "" {
				continue
			}
		}
		kept = append(kept, p)
	}
	return kept
}

func dropLeading(paras []string) []string {
	kept := paras[:0]
	for _, p := range paras {
		if !bylineParaRe.MatchString(p) || utf8.RuneCountInString(p) > 150 {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return kept
	}
	paras = kept
	for len(paras) > 0 {
		p := paras[0]
		for _, re := range []*regexp.Regexp{leadStampRe, leadBracketRe, leadDatelineRe, leadReporterRe, leadWireRe} {
			p = re.ReplaceAllString(p, "")
		}
		if loc := leadCapsRe.FindStringIndex(p); loc != nil {
			// the match takes the story's first letter too, to check it starts a sentence
			_, size := utf8.DecodeLastRuneInString(p[:loc[1]])
			p = p[loc[1]-size:]
		}
		if p == "" {
			paras = paras[1:]
			continue
		}
		paras[0] = p
		_, spans := segment(paras[:1])
		if len(paras) > 1 && len(spans) == 1 && !spans[0].closed && utf8.RuneCountInString(p) < 120 {
			paras = paras[1:]
			continue
		}
		break
	}
	return dropFragments(paras)
}

// maxFragment bounds a fragment: a name, a label or a player's status text, never a paragraph.
const maxFragment = 80

// dropFragments removes short paragraphs without sentence punctuation that stand between
// sentences after the first paragraph: an author's name under the standfirst ("Jane Doe"), a
// subheading, a player's "Video Unavailable", a "Key Events" label. Glued into the summary they
// read as part of the story. The last paragraph stays, so a text made only of such lines still
// has a summary.
func dropFragments(paras []string) []string {
	if len(paras) < 3 {
		return paras
	}
	kept := paras[:1]
	for i, p := range paras[1:] {
		if i+2 < len(paras) && utf8.RuneCountInString(p) < maxFragment && closedPara(kept[len(kept)-1]) && startsSentence(paras[i+2]) {
			if _, spans := segment([]string{p}); len(spans) == 1 && !spans[0].closed {
				continue
			}
		}
		kept = append(kept, p)
	}
	return kept
}

// closedPara reports a paragraph whose last sentence is finished, so what follows it is not
// the rest of a sentence that a line break split.
func closedPara(p string) bool {
	_, spans := segment([]string{p})
	return len(spans) > 0 && spans[len(spans)-1].closed
}

// startsSentence reports a paragraph that opens like a sentence: a capital, a digit, an opening
// quote or a letter of a script without case; ", born 1942 …" continues the line before.
func startsSentence(p string) bool {
	r := firstRune(p)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpening(r) || r == '„' || isOtherScript(r)
}

// promptRe matches a sentence that speaks to the reader about the site rather than the story:
// subscription and newsletter prompts, "read also" pointers, click prompts and affiliate
// disclosures. It is anchored at the sentence start: a story sentence may mention subscribers.
var promptRe = regexp.MustCompile(`(?i)^\W{0,3}(?:click here|jetzt (?:abonnieren|anmelden|registrieren|weiterlesen)|` +
	`abonnieren sie|subscribe (?:now|today|to|for|here|below)|sign up (?:for|to|now|here)|read more\b|read also\b|also read\b|` +
	`lesen sie (?:auch|mehr|hier|jetzt)|weiterlesen\b|mehr zum thema\b|melden sie sich (?:jetzt )?(?:an|für)|hier klicken|` +
	`continue reading\b|this (?:article|post|story) contains affiliate links|we may earn (?:a )?commission|` +
	`dieser (?:artikel|beitrag) enthält (?:affiliate|werbung|werbelinks))`)

// promptHints are lower-case substrings every prompt holds, so only the few paragraphs that
// have one are split into sentences.
var promptHints = []string{"click", "abonn", "subscri", "sign up", "read more", "read also", "also read", "continue reading", "lesen", "mehr zum", "melden sie", "klicken", "affiliate", "may earn", "werbung", "anzeige", "advertisement", "sponsored", "요약", "summary", "zusammenfassung"}

func promptHint(p string) bool {
	return textsim.ContainsAny(strings.ToLower(p), promptHints)
}

// disclosureRe opens an affiliate, advertising or machine-summary disclosure; the sentences after it in the same
// paragraph explain it ("We may earn a commission …"), so the whole paragraph goes.
var disclosureRe = regexp.MustCompile(`(?i)^\W{0,3}(?:this (?:article|post|story|page) (?:contains|includes) affiliate|` +
	`(?:dieser|der) (?:artikel|beitrag) enthält (?:affiliate|werbung|werbelinks|werbende)|(?:werbung|anzeige|advertisement|sponsored|ad)\W*$|` +
	// a machine summary box's notice: "AI 요약은 …", "This summary was generated by AI", "Diese Zusammenfassung wurde mit KI erstellt"
	`(?:ai|ki)\s*요약|this summary (?:was|is|has been) (?:generated|created|written)|diese zusammenfassung wurde (?:mit|von|durch) ki)`)

// dropPrompts removes the prompt sentences from a paragraph and returns what is left; a
// paragraph that opens with a disclosure goes whole.
func dropPrompts(p string) string {
	spans := splitLine(p, 0)
	if len(spans) > 0 && disclosureRe.MatchString(strings.TrimSpace(p[spans[0].start:spans[0].end])) {
		return ""
	}
	var b strings.Builder
	for _, sp := range spans {
		s := strings.TrimSpace(p[sp.start:sp.end])
		if promptRe.MatchString(s) {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}
