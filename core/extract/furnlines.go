package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"paperboy/core/textsim"
)

// Furniture a reading keeps as whole lines of its own, with no telling class around them: a
// share button's label, a video's transcript button, a newsletter invitation closing a
// paragraph, the "About the author" box and a blog platform's counter under a post. Each rule
// looks at one short line (or the body's last few) and at a word the line must hold, checked
// before any expression, so a long paragraph costs a length test.

// maxFurnLine bounds the lines these rules read: a label, or a sentence or two of promotion.
const maxFurnLine = 300

// shareLabelRe is the whole of a share button's label: "Share This", "Share this article",
// "Teilen", "Partager cet article", "Compartir", "Udostępnij", "Поделиться".
var shareLabelRe = regexp.MustCompile(`(?i)^(?:share(?: this)?(?: (?:article|story|post|page|video|gallery))?|` +
	`(?:artikel |beitrag )?teilen|partager(?: (?:cet article|l'article|sur))?|compartir(?: (?:este artículo|en))?|condividi(?: (?:questo articolo|su))?|` +
	`delen|udostępnij|поделиться|compartilhar|partilhar)\s*[:!]?$`)

// transcriptLabelRe is the whole of a video player's transcript button: "Show Transcript",
// "View full transcript"; or the label of a machine transcript, "Automatically Generated
// Transcript (may not be 100% accurate)", glued to the player's heading.
var transcriptLabelRe = regexp.MustCompile(`(?i)^(?:(?:show|hide|view|see|read) (?:the )?(?:full |video )?transcript|` +
	`(?:video transcript\s*)?automatically generated transcript\b.{0,60})$`)

// newsletterLineRe is a line that ends by inviting the reader to a newsletter: "… Please bookmark
// example.com and sign up for our daily newsletter, Posted, here.", "Check out more … by signing
// up to our free weekly newsletter", "Smart is sexy - get our newsletter: Let's be friends!",
// "WAZ-Newsletter: Jetzt kostenlos anmelden!"; or the skip label a screen reader hears around
// a newsletter box in the story ("after newsletter promotion"). The invitation is the site's
// own ("our newsletter") and no quote closes after it: a story sentence reporting that someone
// asked people to sign up for a newsletter does not end that way.
var newsletterLineRe = regexp.MustCompile(`(?i)(?:(?:sign(?:ing)? ?up|subscrib(?:e|ing)|register(?:ing)?) (?:to|for) our [^.!?"“”]{0,60}?newsletters?\b[^.!?"“”]{0,40}|` +
	`\bget our (?:free |daily |weekly )?newsletters?\b[^.!?"“”]{0,60}[.!?]?[^.!?"“”]{0,30}|` +
	`newsletter\s*[:!–-]?\s*jetzt (?:kostenlos |gratis )?(?:anmelden|abonnieren)|` +
	`^(?:skip past|after) newsletter promotion)\s*[.!]?\s*$`)

// aboutAuthorRe is the whole heading of the box about the writer under a story: "About the
// Author", "About the authors", "Über den Autor", "À propos de l'auteur", "Sobre el autor",
// "Об авторе", "O autorze".
var aboutAuthorRe = regexp.MustCompile(`(?i)^(?:about the (?:author|writer)s?|über (?:den autor|die autorin|die autoren)|` +
	`à propos de l'(?:auteur|autrice)|a propos de l'auteur|sobre (?:el|la|o|a) (?:autor|autora)|sull'autore|over de (?:auteur|schrijver)|` +
	`об авторе|o autorze|o autorce)\s*:?$`)

// maxAuthorBox bounds what may follow an "About the author" heading for the box to go: the
// writer's bio, a paragraph or two.
const maxAuthorBox = 2

// postCounterRe is the whole of the counter a blog platform prints under a post, its readers'
// applause: "861 Kudos", "1.2K claps". What follows it is the platform's next post.
var postCounterRe = regexp.MustCompile(`(?i)^\d[\d,.]*\s?[km]?\s+(?:kudos|claps)$`)

// slideCaptionRe opens the caption of a slideshow's picture that a reading takes above the
// story, with the picture's place in the show: "1 of 4. Authorities monitor the search …".
var slideCaptionRe = regexp.MustCompile(`^\d{1,3} of \d{1,3}\.\s+\S`)

// maxSlideCaption bounds such a caption: a sentence or three about the picture.
const maxSlideCaption = 400

// creditLabelRe is the credit line under such a caption: "Credit: Reuters/Edgar Su".
var creditLabelRe = regexp.MustCompile(`(?i)^(?:image |photo )?credits?\s*:\s*\S`)

// postedByRe is the signature line old blog skins (Tistory, Egloos, Blogger) print under a
// post, and postCountsRe the line of trackback and comment counts right after it ("트랙백 0개,
// 댓글 0개가 달렸습니다", "0 comments"): with both, what follows is the skin's sidebar
// (the blog's intro, categories, a calendar's day numbers, visit counters), not the post.
var (
	postedByRe   = regexp.MustCompile(`^Posted by \S.{0,50}$`)
	postCountsRe = regexp.MustCompile(`(?i)^(?:트랙백\s*\d+\s*개|댓글\s*\d+\s*개|\d+\s+comments?\b|\d+\s+trackbacks?\b|comments?\s*\(\d+\))`)
)

// trackbackCountsRe is the counts line alone, naming both trackbacks and comments, for when
// the "Posted by" line above it went as a byline: no story sentence reads so.
var trackbackCountsRe = regexp.MustCompile(`(?i)^(?:트랙백\s*\d+\s*개\s*,?\s*댓글\s*\d+\s*개|\d+\s+trackbacks?\s*[,|/·]?\s*\d+\s+comments?\b)`)

// postFooter reports a "Posted by" line p with a line of counts after it.
func postFooter(p, next string) bool {
	return strings.HasPrefix(p, "Posted by ") && postedByRe.MatchString(p) && utf8.RuneCountInString(next) <= 80 && postCountsRe.MatchString(next)
}

// furnWords are words one of the rules above needs in the line, lower-case.
var furnWords = []string{"share", "teilen", "partager", "compartir", "condividi", "delen", "udostępnij", "поделиться", "partilhar",
	"transcript", "newsletter", "kudos", "claps"}

// dropFurnitureLines removes the furniture lines of furnWords' rules from a body, a slideshow's
// caption with its credit above the story, and the "About the author" box or a platform's
// counter among its last lines with what follows them (below a story's worth of text).
func dropFurnitureLines(body string) string {
	paras := strings.Split(body, "\n\n")
	out := paras[:0:0]
	changed := false
	tokens := 0    // tokens of the story above the line looked at, counted up to minBody
	slide := false // the line above was a slideshow's caption
	for i, p := range paras {
		n := utf8.RuneCountInString(p)
		caption := i < 3 && n <= maxSlideCaption && slideCaptionRe.MatchString(p)
		if caption || slide && n <= 80 && creditLabelRe.MatchString(p) {
			slide, changed = caption, true
			continue // a slideshow's caption above the story, and its credit line
		}
		slide = false
		if n <= maxFurnLine && i > 0 {
			if tokens >= minBody && n <= 40 && (len(paras)-i-1 <= maxAuthorBox && aboutAuthorRe.MatchString(p) ||
				2*i >= len(paras) && postCounterRe.MatchString(p)) {
				changed = true
				break // the writer's box or the platform's counter; the rest is not the story
			}
			if tokens >= minBody && n <= 80 && (i+1 < len(paras) && postFooter(p, paras[i+1]) || trackbackCountsRe.MatchString(p)) {
				changed = true
				break // the blog skin's footer under the post; the rest is its sidebar
			}
			if furnLine(p, n) {
				changed = true
				continue
			}
		}
		if tokens < minBody {
			tokens += len(textsim.Tokens(p))
		}
		out = append(out, p)
	}
	if !changed {
		return body
	}
	return strings.Join(out, "\n\n")
}

// furnLine reports a line of n runes that is a share label, a transcript button or a newsletter
// invitation.
func furnLine(p string, n int) bool {
	l := strings.ToLower(p)
	if !textsim.ContainsAny(l, furnWords) {
		return false
	}
	return n <= 40 && shareLabelRe.MatchString(p) ||
		n <= 120 && transcriptLabelRe.MatchString(p) ||
		strings.Contains(l, "newsletter") && newsletterLineRe.MatchString(p)
}
