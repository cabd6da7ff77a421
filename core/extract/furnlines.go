package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
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
// up to our free weekly newsletter", "Smart is sexy - get our newsletter: Let's be friends!", "Keep
// up to date with the news. Receive our free E-Newsletter", "WAZ-Newsletter: Jetzt kostenlos
// anmelden!", "… Der Newsletter informiert Sie … Hier geht's zur Anmeldung!", "Abonnez-vous à notre
// newsletter", "… sign up to the Bottom Line, our weekly subscriber-only newsletter." (the newsletter's
// name before "our"); or the skip label a screen reader hears around
// a newsletter box in the story ("after newsletter promotion"). The invitation is the site's
// own ("our newsletter") and no quote closes after it: a story sentence reporting that someone
// asked people to sign up for a newsletter does not end that way.
var newsletterLineRe = regexp.MustCompile(`(?i)(?:(?:sign(?:ing)? ?up|subscrib(?:e|ing)|register(?:ing)?) (?:to|for) (?:(?:the )?[^.!?"“”,]{1,40}, )?our [^.!?"“”]{0,60}?newsletters?\b[^.!?"“”]{0,40}|` +
	`\b(?:get|receive) our (?:free |daily |weekly )?(?:e-?)?newsletters?\b[^.!?"“”]{0,60}[.!?]?[^.!?"“”]{0,30}|` +
	`newsletter\s*[:!–-]?\s*jetzt (?:kostenlos |gratis )?(?:anmelden|abonnieren)|` +
	// A German invitation that names the newsletter and closes on the sign-up link's words
	// ("… Der Newsletter informiert Sie … Hier geht's zur Anmeldung!"); a French one to "our" letter.
	`newsletter\b[^"“”„«»]{0,260}?[.!:]\s*(?:hier geht['’]s zur anmeldung|hier (?:kostenlos )?(?:anmelden|abonnieren))|` +
	`\b(?:inscrivez-vous|abonnez-vous) (?:à|a) (?:notre|nos) (?:[^.!?"“”«»]{0,40} )?newsletters?\b[^.!?"“”«»]{0,60}|` +
	`^(?:skip past|after) newsletter promotion)\s*[.!]?\s*$`)

// aboutAuthorRe is the whole heading of the box about the writer under a story: "About the
// Author", "About Author" (a theme's wording), "About the authors", "Über den Autor", "À propos de l'auteur", "Sobre el autor",
// "Об авторе", "O autorze".
var aboutAuthorRe = regexp.MustCompile(`(?i)^(?:about (?:the )?(?:author|writer)s?|über (?:den autor|die autorin|die autoren)|` +
	`à propos de l'(?:auteur|autrice)|a propos de l'auteur|sobre (?:el|la|o|a) (?:autor|autora)|sull'autore|over de (?:auteur|schrijver)|` +
	`об авторе|o autorze|o autorce)\s*:?$`)

// authorLabelLineRe is the line opening a writer's box with a label and the name: "Author:
// Richard Darell", "Written by Marie LeBaron".
var authorLabelLineRe = regexp.MustCompile(`^(?:[Aa]uthor\s*:|AUTHOR\s*:|[Ww]ritten by|WRITTEN BY)\s+(\S.{1,40})$`)

// labelledAuthorBox reports the label line p of a writer's box with the bio after it: the bio
// opens with the name the label gives and goes on with a verb ("Richard Darell is the founder
// and CEO of …"). A bio closing the piece without such a label is the piece's own.
func labelledAuthorBox(p, next string) bool {
	m := authorLabelLineRe.FindStringSubmatch(p)
	if m == nil {
		return false
	}
	name := strings.TrimSpace(m[1])
	rest, ok := strings.CutPrefix(next, name+" ")
	return ok && utf8.RuneCountInString(next) <= 1500 && bioVerbRe.MatchString(rest)
}

// bioVerbRe opens what a bio says after the writer's name: "is", "has", "was", "writes", "lives".
var bioVerbRe = regexp.MustCompile(`^(?:is|has|was|writes|lives|covers|joined|founded|works)\b`)

// maxAuthorBox bounds what may follow an "About the author" heading for the box to go: the
// writer's bio, a paragraph or two.
const maxAuthorBox = 2

// maxAuthorBoxLines bounds the lines under an "About the author" heading when some are the box's
// short links ("Get social with Pearl at Twitter", "Previous post: …") after the bio.
const maxAuthorBoxLines = 8

// maxAuthorBoxLink bounds such a link's line, in runes.
const maxAuthorBoxLink = 100

// authorBoxRest reports what follows an "About the author" heading as the writer's box: the bio,
// maxAuthorBox paragraphs at most, or up to maxAuthorBoxLines lines of which no more than
// maxAuthorBox are longer than a link's line (the box's social and next-post links, the page's
// feed prompt). Several long paragraphs after the heading are a section of the piece.
func authorBoxRest(rest []string) bool {
	if len(rest) <= maxAuthorBox {
		return true
	}
	if len(rest) > maxAuthorBoxLines {
		return false
	}
	long := 0
	for _, p := range rest {
		if utf8.RuneCountInString(p) > maxAuthorBoxLink {
			long++
		}
	}
	return long <= maxAuthorBox
}

// viewCounterRe is the whole line a WordPress page-view plugin prints under a post, in English
// whatever the page's language: "(Visited 122 times, 11 visits today)", "Viewed 1,204 times".
var viewCounterRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^\(?(?:visited|viewed) \d[\d,.]* times?(?:,\s*\d[\d,.]* (?:visits?|views?) today)?\)?\.?$`)
})

// meteredNoticeRe opens a metered paywall's notice over a story: "You have 1 article left to read
// this month before you need to register a free … account.", "You have 3 free stories remaining".
var meteredNoticeRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^You(?: have|'ve got|’ve got) (?:\d{1,2}|one|two|three|four|five|no) (?:more )?(?:free )?(?:articles?|stories|story|pieces?) (?:left|remaining)\b`)
})

// maxMeteredNotice bounds such a notice in runes: a sentence or two of a banner.
const maxMeteredNotice = 200

// maxViewCounter bounds such a counter line in runes.
const maxViewCounter = 60

// postCounterRe is the whole of the counter a blog platform prints under a post, its readers'
// applause: "861 Kudos", "1.2K claps". What follows it is the platform's next post.
var postCounterRe = regexp.MustCompile(`(?i)^\d[\d,.]*\s?[km]?\s+(?:kudos|claps)$`)

// postCounter reports the platform's counter at paras[i]: on one line ("861 Kudos"), or on two,
// the count over its label, where the page sets each in a block of its own.
func postCounter(paras []string, i int) bool {
	p := paras[i]
	if postCounterRe.MatchString(p) {
		return true
	}
	return p != "" && p[0] >= '0' && p[0] <= '9' && len(p) <= 8 && i+1 < len(paras) && postCounterRe.MatchString(p+" "+paras[i+1])
}

// slideCaptionRe opens the caption of a slideshow's picture that a reading takes above the
// story, with the picture's place in the show: "1 of 4. Authorities monitor the search …".
var slideCaptionRe = regexp.MustCompile(`^\d{1,3} of \d{1,3}\.\s+\S`)

// maxSlideCaption bounds such a caption: a sentence or three about the picture.
const maxSlideCaption = 400

// creditLabelRe is the credit line under such a caption: "Credit: Reuters/Edgar Su".
var creditLabelRe = regexp.MustCompile(`(?i)^(?:image |photo )?credits?\s*:\s*\S`)

// zhPromoRe is a Chinese site's promotion of its own app or social account, printed as a
// line of the story's text or in a quote-styled box over it: "下载客户端还能获得专享福利",
// "扫描下方二维码关注…官方微信", "(或微信中搜：…)", "…火热进行中！【点击投票】…", a line that
// opens by inviting to the site's fan page (">>加入蘋果日報粉絲團94即時94狂！"), "歡迎下載自由時報APP", a Hong Kong
// site's call to like its Facebook page ("…快點到Facebook Like我們的專頁！") or follow its Google+ page
// ("…也可follow 我們吧!"). A story sentence
// about QR codes or an account does not invite the reader to them.
var zhPromoRe = regexp.MustCompile(`(?:扫描|掃描|长按|長按)(?:下方|上方|下面|文末|以下|图中|圖中)?(?:的)?二维码[^。]{0,6}关注|` +
	`(?:扫描|掃描|长按|長按)(?:下方|上方|下面|文末|以下|图中|圖中)?(?:的)?二維碼[^。]{0,6}關注|` +
	`(?:关注|關注)(?:我们|我們|本|[^。，,；]{1,10})的?(?:官方微信|微信公众号|微信公眾號|官方公众号|官方公眾號|公众号|公眾號)|微信中搜|` +
	`(?:下载|下載)(?:[^。，,]{0,4})(?:客户端|客戶端)(?:还能|還能|即可|领取|領取|获得|獲得)|【(?:点击|點擊)[^】]{1,6}】|` +
	`^\W{0,3}(?:加入|关注|關注)[^。，,]{0,12}(?:粉絲團|粉丝团|粉絲專頁|粉丝专页)|` +
	`(?:欢迎|歡迎)(?:下载|下載)[^。，,]{1,12}(?:APP|App|app|客户端|客戶端)|` +
	`(?:快點|快点)到\s*(?:Facebook|facebook|臉書|脸书)\s*(?:LIKE|Like|like|讚好|赞好)|也可\s*follow\s*(?:我們|我们)`)

// zhLinkLineRe is a line that is a short label and a bare address: "iOS載點 https://…", "活動辦法：
// https://…". Under an app's promotion it is the promotion's download link.
var zhLinkLineRe = regexp.MustCompile(`^\S{1,12}\s*[:：]?\s*https?://\S+$`)

// zhAutoplayRe is a video player's autoplay label over its clip's title, which a reading takes
// as a line of its own above the story: "自动播放 苹果发布新iPhone 11：配6种颜色".
var zhAutoplayRe = regexp.MustCompile(`^(?:自动播放|自動播放)(?:\s|$)`)

// maxPromoLine bounds such a line: a sentence or two of promotion.
const maxPromoLine = 160

// promoEdge is how many lines at each end of a body the Chinese promotion rule reads: the
// boxes stand over the story or under it, never inside.
const promoEdge = 3

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

// skinNavRe is the line a blog skin prints under a post to page between posts, and the feed
// links it prints under that: "Newer Post Older Post Home", "Older Post Home", "Subscribe to:
// Post Comments (Atom)". No story's line reads so; the post ends above it, however short.
var skinNavRe = regexp.MustCompile(`^(?:(?:Newer Post\s+)?Older Post|Newer Post)\s+Home$|^Subscribe to:\s+Post(?:s| Comments) \((?:Atom|RSS)\)$`)

// skinNavLine reports a line of skinNavRe; the prefix and suffix checks keep the expression off
// most lines.
func skinNavLine(p string) bool {
	return (strings.HasSuffix(p, " Home") || strings.HasPrefix(p, "Subscribe to:")) && skinNavRe.MatchString(p)
}

// audioAppRe is the whole of the line an audio player's box prints over the player, pointing to
// the publisher's app for more: "Enjoy more audio and podcasts on iOS or Android."
var audioAppRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:enjoy|listen to|get|find|hear) more (?:audio|podcasts)(?: and (?:podcasts|audio))? (?:on|in) (?:our app|the app|ios|android)(?: (?:or|and) (?:ios|android))?\s*[.!]?$`)
})

// maxPlayerLine bounds in runes a media player's own line (playerLineRe).
const maxPlayerLine = 140

// playerLineRe is the whole of a line a media player prints over or in place of its clip: its
// keyboard help ("Space to play or pause, M to mute, left and right arrows to seek, up and down
// arrows for volume.") and its regional block ("This content is not available in your region").
var playerLineRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:space(?: bar)? to play(?: or | ?/ ?)pause\b[^.!?]{0,100}\b(?:mute|volume|seek)\b[^.!?]{0,60}|` +
		`(?:this|the) (?:content|video|media|clip|audio|stream) is (?:currently )?(?:not|no longer) available in your (?:region|country|area|location))\s*[.!]?$`)
})

// stockCreditRe is the whole of a picture's credit to a free stock library, left on a line of
// its own when its caption went: "Jane Roe from Pixabay", "Photo by Jane Roe on Unsplash".
var stockCreditRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:(?:photo|image|picture) (?:by )?)?\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,4} (?:from|on|via) (?:pixabay|pexels|unsplash)\s*$`)
})

// maxReadingTimeLine bounds a reading-time line in runes: the estimate, perhaps after a date
// and an age ("Jun 26, 2022 • 8 hours ago • 3 minute read").
const maxReadingTimeLine = 80

// readingTimeRe is the whole of a header's estimate of the time the story takes to read, in the
// languages paperboy serves: "3 minute read", "4 min read", "1 minute & 45 seconds read time",
// "3 Min Lesezeit", "Lesezeit: 4 Min.", "Temps de lecture : environ 1 min.", "Tiempo de lectura: 3
// minutos", "Czas czytania: 5 minut", "Estimated reading time: 4 minutes". Both readingTimeLine (a body line) and headerLabelLine (a
// header line that came along with its container) ask it.
var readingTimeRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:\d{1,3}\s*(?:min(?:\.|s|utes?|uten)?)\.?(?:\s*(?:&|and|,)\s*\d{1,2}\s*(?:seconds?|secs?))?\s+` +
		`(?:read(?:ing)?(?:\s+time)?|lesezeit|lesedauer|de lecture|of reading|di lettura|de lectura|de leitura)|` +
		`(?:estimated |est\.\s*)?(?:temps de lecture|lesezeit|lesedauer|reading time|read time|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|` +
		`czas czytania|lästid|lesetid|læsetid)\s*:?\s*(?:environ |ca\.? |circa |~\s*)?\d{1,3}\s*` +
		`(?:min(?:\.|s|utes?|uten?|uti|utos)?|минут[аы]?)\.?)$`)
})

// readingTimeLine reports a line that is a reading-time estimate (readingTimeRe), alone or
// closing the header's line of stamps set apart by bullets or bars, each short and holding a
// digit ("Apr 30, 2021 • 4 days ago • 8 minute read •"). A sentence about reading is no such line.
func readingTimeLine(p string) bool {
	if strings.IndexFunc(p, unicode.IsDigit) < 0 || !strings.Contains(strings.ToLower(p), "min") {
		return false
	}
	parts := strings.FieldsFunc(p, func(r rune) bool { return r == '•' || r == '|' || r == '·' })
	for len(parts) > 0 && strings.TrimSpace(parts[len(parts)-1]) == "" {
		parts = parts[:len(parts)-1]
	}
	if len(parts) == 0 || !readingTimeRe().MatchString(strings.TrimSpace(parts[len(parts)-1])) {
		return false
	}
	for _, part := range parts[:len(parts)-1] {
		part = strings.TrimSpace(part)
		if utf8.RuneCountInString(part) > 30 || strings.IndexFunc(part, unicode.IsDigit) < 0 {
			return false
		}
	}
	return true
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
	if len(paras) > 2*minItemLabels {
		if kept := dropItemLabels(paras); len(kept) < len(paras) {
			paras, changed = kept, true
		}
	}
	if kept := dropLanguagePicker(paras); len(kept) < len(paras) {
		paras, changed = kept, true // the site's language picker beside the headline
	}
	if end := promoLinks(paras); end < len(paras) {
		paras, changed = paras[:end], true // an app's promotion and its download links close the body
	}
	if end := closingKey(paras); end < len(paras) {
		paras, changed = paras[:end], true // a key to the page's marks and its notes close the body
	}
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
		if n <= 48 && headerLabelLine(p) {
			changed = true
			continue // the article header's reading time, or its byline label left without the name
		}
		if n <= 80 && strings.Contains(p, "more ") && audioAppRe().MatchString(p) {
			changed = true
			continue // an audio player's pointer to the app, over the story or in it
		}
		if n <= maxPlayerLine && (strings.Contains(p, "ause") || strings.Contains(p, "vailable")) && playerLineRe().MatchString(p) {
			changed = true
			continue // a media player's keyboard help or regional block, where its clip is
		}
		if n <= 60 && (strings.Contains(p, "ixabay") || strings.Contains(p, "exels") || strings.Contains(p, "nsplash")) && stockCreditRe().MatchString(p) {
			changed = true
			continue // a stock picture's credit, its caption gone
		}
		if n <= maxMeteredNotice && strings.HasPrefix(p, "You") && meteredNoticeRe().MatchString(p) {
			changed = true
			continue // a metered paywall's count of the reader's free stories
		}
		if n <= maxViewCounter && strings.Contains(p, " time") && viewCounterRe().MatchString(p) {
			changed = true
			continue // a page-view plugin's counter under the story
		}
		if n <= maxReadingTimeLine && readingTimeLine(p) {
			changed = true
			continue // the header's estimate of the reading time, perhaps after its stamps
		}
		if n <= maxFurnLine && i > 0 {
			if tokens >= minBody && n <= 40 && (authorBoxRest(paras[i+1:]) && aboutAuthorRe.MatchString(p) ||
				2*i >= len(paras) && postCounter(paras, i)) {
				changed = true
				break // the writer's box or the platform's counter; the rest is not the story
			}
			if tokens >= minBody && n <= 60 && i+1 < len(paras) && len(paras)-i-1 <= maxAuthorBox && labelledAuthorBox(p, paras[i+1]) {
				changed = true
				break // the writer's box under the post, opened by a label with the name
			}
			if tokens >= minBody && n <= 80 && (i+1 < len(paras) && postFooter(p, paras[i+1]) || trackbackCountsRe.MatchString(p)) {
				changed = true
				break // the blog skin's footer under the post; the rest is its sidebar
			}
			if n <= 40 && skinNavLine(p) {
				changed = true
				break // the blog skin's links to the next and previous posts; its feed links and sidebar follow
			}
			if furnLine(p, n) {
				changed = true
				continue
			}
		}
		if n <= maxFurnLine && (i < promoEdge || len(paras)-i <= promoEdge) && (n <= maxPromoLine && zhPromoLine(p) || messagingInvite(p)) {
			changed = true
			continue
		}
		if tokens < minBody {
			tokens += textsim.CountTokens(p)
		}
		out = append(out, p)
	}
	if !changed {
		return body
	}
	return strings.Join(out, "\n\n")
}

// minItemLabels is how often a gallery's label comes back, once per picture, before it is read as
// the gallery's: a song's refrain or a story's repeated line comes back fewer times.
const minItemLabels = 5

// maxItemLabel bounds such a label in runes: a line of a widget, not a sentence of the story.
const maxItemLabel = 80

// dropItemLabels returns paras without the lines a gallery repeats under each of its pictures
// ("Mouseover photo to load notes or add comment", "Img ID#159436 Title:"): a short line of three
// words or more that comes back minItemLabels times or more, read alike when its numbers differ,
// with nothing but such lines between its returns (the pictures between them have no text). A
// story never prints one line that often with nothing of its own between; a gallery of twenty
// pictures prints its labels twenty times and drowns the story in them. An interview's question
// put to each guest, a section's title, a line of code and a refrain come back with the story's
// own lines between, and stay; so does a line whose numbers change between the story's lines
// ("Wait time reduced from 90 seconds to 80 seconds"). The lines go only when the rest holds a
// story's worth of words.
func dropItemLabels(paras []string) []string {
	keys := make([]string, len(paras))
	count := map[string]int{}
	for i, p := range paras {
		if utf8.RuneCountInString(p) > maxItemLabel {
			continue
		}
		k := itemLabelKey(p)
		if labelWords(k) >= 3 {
			keys[i] = k
			count[k]++
		}
	}
	label := func(i int) bool { return keys[i] != "" && count[keys[i]] >= minItemLabels }
	chained := map[string]int{} // returns of a key with nothing but labels since its last one
	last := map[string]int{}
	for i := range paras {
		if !label(i) {
			continue
		}
		k := keys[i]
		if j, seen := last[k]; seen {
			between := true
			for m := j + 1; m < i && between; m++ {
				between = label(m) || isBlank(paras[m])
			}
			if between {
				chained[k]++
			}
		}
		last[k] = i
	}
	var kept []string
	words := 0
	for i, p := range paras {
		if label(i) && chained[keys[i]] >= minItemLabels-1 {
			continue
		}
		kept = append(kept, p)
		words += textsim.CountTokens(p)
	}
	if len(kept) == len(paras) || words < minBody {
		return paras
	}
	return kept
}

// labelWords counts the words of a line that hold a letter: "(1, 2, 4, 3)," has none.
func labelWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// itemLabelKey is a line case-folded, its runs of digits read as one "0": the picture's number
// changes from label to label, its words do not.
func itemLabelKey(p string) string {
	var b strings.Builder
	digits := false
	for _, r := range strings.ToLower(strings.TrimSpace(p)) {
		if unicode.IsDigit(r) {
			if !digits {
				b.WriteByte('0')
			}
			digits = true
			continue
		}
		digits = false
		b.WriteRune(r)
	}
	return b.String()
}

// promoLinks returns where a Chinese app promotion closing a body starts when bare download
// links follow it ("還想看更多新聞嗎？歡迎下載自由時報APP…" / "iOS載點 https://…" / "Android載點
// https://…"), else len(paras). The links go only under such a promotion: a story closing
// with its sources' addresses keeps them.
func promoLinks(paras []string) int {
	end := len(paras)
	for end > 0 && hasHanLead(paras[end-1]) && zhLinkLineRe.MatchString(paras[end-1]) {
		end--
	}
	if end == len(paras) || end == 0 || utf8.RuneCountInString(paras[end-1]) > maxPromoLine || !zhPromoRe.MatchString(paras[end-1]) {
		return len(paras)
	}
	return end - 1
}

// zhPromoLine reports a Chinese line that promotes the site's app or account, or a player's
// autoplay label; lines that open outside the Han range skip the expressions.
func zhPromoLine(p string) bool {
	if !hasHanLead(p) {
		return false
	}
	return zhPromoRe.MatchString(p) || zhAutoplayRe.MatchString(p)
}

// messagingApps are the messaging services news sites run reader channels on, lower-case.
var messagingApps = []string{"whatsapp", "telegram", "signal", "viber"}

// inviteLinkRe is an invitation link to a messaging group or channel.
var inviteLinkRe = regexp.MustCompile(`(?i)chat\.whatsapp\.com/|whatsapp\.com/channel/|\bwa\.me/|\bt\.me/|\btelegram\.me/`)

// inviteVerbRe is the imperative that invites the reader to a site's channel: "Únete", "Join
// our", "Follow us", "Síguenos", "Suivez-nous", "Rejoignez", "Siga-nos", "Entre no", "Seguici",
// "Iscriviti", "Folgen Sie uns", "Tritt … bei".
var inviteVerbRe = regexp.MustCompile(`(?i)(?:^|[\s¡¿(])(?:únete|unete|súmate|sumate|síguenos|siguenos|suscríbete|suscribete|` +
	`join (?:us|our)|follow us|subscribe to our|rejoignez|suivez-nous|abonnez-vous|inscreva-se|siga-nos|entre no nosso|` +
	`seguici|iscriviti|folgen sie uns|folge uns|tritt (?:unserem|unserer))\b`)

// messagingInvite reports a line that invites the reader to the site's group or channel on a
// messaging service ("Únete al grupo de Diario Primicia en WhatsApp …: https://chat.whatsapp.com/…",
// "Join our Telegram channel"): the service named, with its invitation link or an imperative
// addressed to the reader. A story's sentence about such a group reports it, in the third person.
func messagingInvite(p string) bool {
	l := strings.ToLower(p)
	if !textsim.ContainsAny(l, messagingApps) {
		return false
	}
	return inviteLinkRe.MatchString(p) || inviteVerbRe.MatchString(p)
}

// toolItem is one label of a story's tool row, the buttons to print it or send it on: "Print",
// "Printer-friendly version", "Print this article", "E-mail this story to a friend", "Send
// to a Friend", "Druckversion", "Artikel versenden", "Версия для печати", "Отправить другу",
// "列印", "轉寄", "인쇄"; Greek "Αποστολή" (send) and "Εκτύπωση" (print). The row's other
// buttons count when a print or send label stands beside them (toolWords wants one): the text
// size control ("Text size", "Schriftgröße", "Размер шрифта", "Μέγεθος κειμένου") and the share
// button ("Share", "Teilen", "Поделиться", "Podziel się", "Μοιραστείτε το:").
const toolItem = `(?:(?:e-?mail|send|forward)(?: (?:this|the))?(?: (?:article|story|post|page|link))?(?: to (?:a |your )?friends?)?(?: by e-?mail)?|` +
	`print(?:er[- ]friendly|[- ]friendly)?(?: (?:version|page|format|view|edition))?(?: this(?: (?:article|story|post|page))?)?|` +
	`druckversion|druckansicht|(?:artikel |seite )?(?:drucken|versenden|verschicken|empfehlen)|` +
	`версия для печати|распечатать|печать|отправить(?: другу)?|列印|打印|轉寄|转寄|印刷|인쇄(?:하기)?|αποστολή|εκτύπωση|` +
	sideItem + `)`

// sideItem is a tool row's text size or share button (see toolItem).
const sideItem = `(?:text size|font size|schriftgröße|размер шрифта|μέγεθος κειμένου|share|teilen|поделиться|podziel się|μοιραστείτε(?: το)?)`

// toolRowRe is the whole of a tool row read as a line: its labels, parted by bars, dots or
// nothing ("E-mail Article Print-Friendly", "Print version | Email to a friend |", "[ | E-mail
// Article ]", "Αποστολή Εκτύπωση Μέγεθος κειμένου Μοιραστείτε το:").
var toolRowRe = regexp.MustCompile(`(?i)^[\s\[\]|·•/,:]*` + toolItem + `(?:[\s\[\]|·•/,:]*` + toolItem + `)*[\s\[\]|·•/,:]*$`)

// bareMailRe is a line that is only "Email", "Send" or "Forward": a contact's label or a heading,
// not a tool row.
var bareMailRe = regexp.MustCompile(`(?i)^\W*(?:e-?mail|send|forward|отправить|печать)\W*$`)

// toolWords are the words toolRowRe's print and send labels hold, checked before the expression:
// a row of text size and share buttons alone holds none and is no tool row (a share label is
// shareLabelRe's to judge; "Text size" alone may head a typography piece's section).
var toolWords = []string{"print", "mail", "send", "forward", "druck", "versenden", "verschicken", "empfehlen", "печат", "отправить",
	"列印", "打印", "轉寄", "转寄", "印刷", "인쇄", "αποστολή", "εκτύπωση"}

// toolRow reports a line of n runes that is a story's tool row: its print and e-mail buttons'
// labels and nothing else.
func toolRow(p string, n int) bool {
	return n <= 60 && textsim.ContainsAny(strings.ToLower(p), toolWords) && toolRowRe.MatchString(p) && !bareMailRe.MatchString(p)
}

// commentPromptRe is the whole of a link or heading inviting readers to comment or to the site's
// forum: "Have your say", "Have your say on this story", "Have your say on the latest news and
// sport in our Forums", "Tell us what you think...", "Join the discussion on our Message Boards".
// A story's own question ("What do you think? Is …") or a sentence going on after the label
// ("Tell us what you think about the photo in the comments below") is no such line.
var commentPromptRe = regexp.MustCompile(`(?i)^\W*(?:have your say(?: (?:on|about) (?:this (?:story|article|post)|the latest news(?: and sport)? in our forums?))?|` +
	`tell us what you think|join the (?:discussion|conversation|debate)(?: (?:on|in) our (?:message boards?|forums?))?)\s*[.!:…]*\s*$`)

// commentPromptWords are the words commentPromptRe's lines hold, checked before the expression.
var commentPromptWords = []string{"your say", "what you think", "join the"}

// adLabels are the whole of the label an advertising slot prints over its advert, lower-cased:
// "Advertisement", "Anzeige", "Werbung", "Реклама", "Reklama", "Publicidad", "Publicité",
// "Pubblicità", Greek "Διαφήμιση" and "Σύνδεσμοι διαφημιζομένων" (advertisers' links), "广告",
// "廣告", "광고". The advert is a script or an image; its label is the one line of it in the text.
var adLabels = map[string]bool{"advertisement": true, "sponsored links": true, "anzeige": true, "werbung": true, "реклама": true,
	"reklama": true, "publicidad": true, "publicité": true, "pubblicità": true, "διαφήμιση": true, "σύνδεσμοι διαφημιζομένων": true,
	"广告": true, "廣告": true, "광고": true,
	// The marker a page sets where an advert breaks the story ("(Story continues below)",
	// "Article continues below this ad"): the advert is a script, the marker its one line.
	"story continues below": true, "(story continues below)": true, "story continues below advertisement": true,
	"article continues below": true, "(article continues below)": true, "article continues below this ad": true,
	"article continues below advertisement": true, "story continued below": true, "continue reading below": true,
	// French: "La suite après cette publicité" ("the rest after this advert").
	"la suite après cette publicité": true, "la suite après la publicité": true, "suite après la publicité": true}

// maxAdLabel bounds an advertising slot's label in runes.
const maxAdLabel = 40

// koFontSample is the Korean alphabet's order a font-size picker prints its sizes' samples in:
// "가나다라마바사", as "Aa" or "The quick brown fox" elsewhere.
const koFontSample = "가나다라마바사아자차카타파하"

// fontSample reports a line of n runes that is a font-size picker's samples and nothing else:
// words that are each the opening of koFontSample, four letters or more. No story's sentence
// is the alphabet recited.
func fontSample(p string, n int) bool {
	if n > 60 || !strings.HasPrefix(strings.TrimSpace(p), "가나다라") {
		return false
	}
	for _, w := range strings.Fields(p) {
		if len(w) < len("가나다라") || !strings.HasPrefix(koFontSample, w) {
			return false
		}
	}
	return true
}

// adLabel reports a line of n runes that is an advertising slot's label.
func adLabel(p string, n int) bool {
	return n <= maxAdLabel && adLabels[strings.ToLower(strings.TrimSpace(p))]
}

// furnLine reports a line of n runes that is a share label, a transcript button, a newsletter
// invitation, a tool row, an advertising slot's label or an invitation to comment.
func furnLine(p string, n int) bool {
	if toolRow(p, n) {
		return true
	}
	if adLabel(p, n) || fontSample(p, n) {
		return true
	}
	if clickHereLine(p, n) {
		return true // a link's label between paragraphs: "Click here for football text alerts!"
	}
	if followLabel(p, n) {
		return true // a follow widget's label between paragraphs: "Follow us!"
	}
	if n <= 80 && textsim.ContainsAny(strings.ToLower(p), commentPromptWords) && commentPromptRe.MatchString(p) {
		return true
	}
	l := strings.ToLower(p)
	if !textsim.ContainsAny(l, furnWords) {
		return false
	}
	return n <= 40 && shareLabelRe.MatchString(p) ||
		n <= 120 && transcriptLabelRe.MatchString(p) ||
		strings.Contains(l, "newsletter") && newsletterLineRe.MatchString(p)
}

// bylineLabelRe is the whole of a byline's label whose names the reading lost (they are links or
// pictures): "Article rédigé par", "Written by", "Geschrieben von", a screen reader's label
// before the writers' cards.
var bylineLabelRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:article rédigé par|rédigé par|écrit par|written by|article written by|` +
		`geschrieben von|verfasst von|escrito por|scritto da|articolo scritto da|geschreven door)\s*:?$`)
})

// headerLabelWords are the words every line of headerLabelLine holds, asked before the expressions.
var headerLabelWords = []string{"lecture", "lese", "read", "lectura", "lettura", "leitura", "leestijd", "czytania", "tid", "min", "par", "by", "von", "por", "da", "door"}

// headerLabelLine reports a line of the article header's furniture that came along with a
// container holding the header: the reading time, or the byline's label alone.
func headerLabelLine(p string) bool {
	l := strings.ToLower(p)
	if !textsim.ContainsAny(l, headerLabelWords) {
		return false
	}
	p = strings.TrimSpace(p)
	return readingTimeRe().MatchString(p) || bylineLabelRe().MatchString(p)
}

// A Japanese reading aid closes some stories' containers: the key of the colours that mark
// names in the text, each item the meaning after "…" beside a swatch the style sheet draws
// ("…人の名前", "…会社やグループなどの名前"), and "※" notes on the dictionary the underlined
// words open; or a pointer to the story's earlier report ("【詳しくはこちら】…").

// keyItemRe is one item of such a key, and keyNoteRe a note under it.
var (
	keyItemRe = regexp.MustCompile(`^[…‥]\s*\S`)
	keyNoteRe = regexp.MustCompile(`^※\s*\S`)
)

// jaPointerRe is a line pointing the reader to another story: "【詳しくはこちら】<headline>",
// "【関連記事】<headline>".
var jaPointerRe = regexp.MustCompile(`^【(?:詳しくはこちら|詳しくは|関連記事|関連ニュース|あわせて読みたい|合わせて読みたい)】\s*\S`)

// maxKeyLine bounds a key's item, maxKeyNote a note or a pointer: a sentence.
const (
	maxKeyLine = 30
	maxKeyNote = 100
)

// closingKey returns where a key to the page's marks starts among the last paragraphs of a
// body, two items or more in a row with only notes after them, or where a pointer to another
// story that closes the body starts; else len(paras). A "※" note with no key above it is the
// story's own.
func closingKey(paras []string) int {
	end := len(paras)
	if end > 1 && utf8.RuneCountInString(paras[end-1]) <= maxKeyNote && strings.HasPrefix(paras[end-1], "【") && jaPointerRe.MatchString(paras[end-1]) {
		return end - 1
	}
	for end > 1 && utf8.RuneCountInString(paras[end-1]) <= maxKeyNote && strings.HasPrefix(paras[end-1], "※") && keyNoteRe.MatchString(paras[end-1]) {
		end--
	}
	start := end
	for start > 1 && utf8.RuneCountInString(paras[start-1]) <= maxKeyLine && keyItemRe.MatchString(paras[start-1]) {
		start--
	}
	if end-start < 2 {
		return len(paras)
	}
	return start
}
