package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/boilerplate"
	"paperboy/core/pubdate"
	"paperboy/core/textsim"
)

// trimEdges drops the article header that a reading may take along with the story (the
// headline, kicker, byline, time stamp, comment counter) and the furniture after its last
// paragraph ("다른기사 보기", "More from …"). Only short lines of those kinds go: a sub-headline
// or a one-line lede stays.
func trimEdges(body, title string) string {
	paras := strings.Split(body, "\n\n")
	paras = paras[listBeforeHeadline(paras, title):]
	head := 0
	for head < len(paras) && head < 12 && headerLine(paras[head], title) {
		head++
	}
	if head == len(paras) || creditsPost(paras[:head], paras[head:]) {
		return body // nothing but header lines, or a post of credits: leave the reading as it is
	}
	if first := fieldCard(paras[:head]); first >= 0 {
		head = first
	}
	if head > 0 && commentArea(paras[head:]) && textsim.CountTokens(paras[head-1]) >= minPostLine && !pubdate.IsStamp(paras[head-1]) && !sameHeadline(paras[head-1], title) {
		// The header lines run straight into the comment area ("No comments yet.", "Leave a
		// comment"): the last of them, a line of a one-line post ("… Created by Jane Roe"),
		// is the post, not its byline. The comment area's lines are never the post.
		head--
	}
	// A time stamp under the standfirst ("Published May 2, 2024 • Last updated 1 hour ago •
	// 4 minute read", "28.04.2024 | 09:36 Uhr"): the header goes on past the line the loop
	// stopped at, and takes the byline lines right above the stamp with it.
	// A share bar's labels right under the standfirst, two or more ("E-Mail", "Twitter",
	// "Fehler melden"), widen the window by one line each, and go with the stamp under them.
	labels := 0
	for labels < maxBarLabels && head+1+labels < len(paras) && barLabel(paras[head+1+labels]) {
		labels++
	}
	if labels < 2 {
		labels = 0
	}
	for i := head + 1; i < len(paras) && i <= head+3+labels; i++ {
		if p := paras[i]; (stampLabel.MatchString(p) || pubdate.IsStamp(p)) && headerLine(p, title) {
			from := i
			for from-1 > head && (creditLine(paras[from-1]) || labels > 0 && barLabel(paras[from-1])) {
				from--
			}
			if from == head+1 && sectionLabel(paras[head]) {
				from = head // the section's name over the stamp opens the reading ("Políticas públicas")
			}
			if from == 1 && head == 0 && topWidgetLine(paras[0]) {
				// The page's header over the date line, the reading's first line: a widget's
				// label ("live Satellite … Symbol rate 27500"), a line apart from the stamp
				// since readability's own blocks break.
				from = 0
			}
			// The update's stamp under the publication's ("Publisert 06.01.2026 - 16:42", "Sist
			// oppdatert 06.01.2026 - 17:32"): the pair is one header line each.
			for i+1 < len(paras)-1 && stampLabel.MatchString(paras[i+1]) && headerLine(paras[i+1], title) {
				i++
			}
			paras = append(paras[:from:from], paras[i+1:]...)
			break
		}
	}
	tail := len(paras)
	before := 0 // tokens from the story's opening to the line looked at
	for i := head; i < len(paras); i++ {
		// The heading is trusted in the reading's second half, or anywhere below a story's
		// worth of text: a long comment thread under a short story puts it in the first half,
		// where a bare "Comments" in a share bar under the lede must not end the story.
		// (commentsOpen first: commentArea asks it of the same line, and the two are pure.)
		if i > head && ((2*i >= len(paras) || before >= fragment) && commentsHead.MatchString(paras[i]) ||
			before > 0 && commentsOpen.MatchString(paras[i]) && (before >= minBody || commentArea(paras[i:]))) {
			tail = i // the reader comments open below the story; nothing after them is the story
			break
		}
		if i > head && before >= minBody && commentsHead.MatchString(paras[i]) && signedThread(paras[i+1:]) {
			tail = i // a bare comments heading over a signed comment: the thread opens here
			break
		}
		if i > head && before >= minBody && datedSignoff.MatchString(paras[i]) {
			tail = i // the paper's dated sign-off closes the story; the page's links follow
			break
		}
		if i > head && before > 0 && koCutHint(paras[i]) && koCutLine.MatchString(paras[i]) {
			tail = i // a wire service's source line or a paywall's notice; the rest is the page's
			break
		}
		if i > head && before >= minBody && entryFooter(paras[i]) {
			tail = i // the theme's entry meta closes the post; comments and the sidebar follow
			break
		}
		if i > head && before >= minBody && tagLine(paras[i]) {
			tail = i // the story's topic tags close it; comments and the page's boxes follow
			break
		}
		if i > head && before >= minBody && sectionTeasers.MatchString(paras[i]) {
			tail = i // the section's next stories, teased headline and blurb; nothing after is the story
			break
		}
		if i > head && before >= minBody && readerWidget(paras[i]) {
			tail = i // the readers' typo report or rating form closes the story; the page's links follow
			break
		}
		if before >= fragment && editorLabelRune(paras[i]) && editorCredit().MatchString(paras[i]) {
			tail = i + 1 // the editor signs off the story; what follows is the page's promotion
			break
		}
		if before < fragment {
			before += textsim.CountTokens(paras[i])
		}
	}
	for tail > head+1 && closingFurniture(paras[tail-1]) {
		tail--
	}
	// The story's closing copyright notice may stand below the links to other stories: the
	// trailer lines above it go, the notice stays for the cleaning of the body.
	notice := tail
	for notice > head+1 && boilerplate.IsCopyright(paras[notice-1]) {
		notice--
	}
	if cut := notice; notice < tail {
		for cut > head+1 && closingFurniture(paras[cut-1]) {
			cut--
		}
		if cut < notice {
			return strings.Join(append(append([]string{}, paras[head:cut]...), paras[notice:tail]...), "\n\n")
		}
	}
	return strings.Join(paras[head:tail], "\n\n")
}

// maxKicker bounds a kicker's length in runes: a phrase over the headline, no paragraph.
const maxKicker = 100

// kickerOverHeadline returns the text of the heading right above the page's headline element
// (an <h1>–<h3> that prints title), when it is a kicker: another heading element, short, no
// sentence, not the headline again ("<h1>Death toll keeps rising</h1><h2>New blasts shake the
// port</h2>", where the title is the <h2>). The reading may open with it, and it is no story
// text. "" when there is none.
func kickerOverHeadline(doc *html.Node, title string) string {
	if title == "" {
		return ""
	}
	kt := squash(title) // once: the match is asked of every heading
	h := findElement(doc, func(n *html.Node) bool {
		return (n.DataAtom == atom.H1 || n.DataAtom == atom.H2 || n.DataAtom == atom.H3) && sameSquashed(squash(normText(n)), kt)
	})
	if h == nil {
		return ""
	}
	prev := dom.PreviousElementSibling(h)
	if prev == nil {
		return ""
	}
	switch prev.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4:
	default:
		return ""
	}
	k := normText(prev)
	if k == "" || utf8.RuneCountInString(k) > maxKicker || endsWithStop(k) || sameHeadline(k, title) {
		return ""
	}
	return k
}

// dropKicker drops the reading's first paragraph when it is the kicker over the headline (see
// kickerOverHeadline). The page is searched only when the reading opens with a short line.
func dropKicker(reading string, doc *html.Node, title string) string {
	first, rest, ok := strings.Cut(reading, "\n\n")
	if !ok || len(first) > 4*maxKicker || isBlank(rest) {
		return reading
	}
	if k := normSpace(first); k == "" || k != kickerOverHeadline(doc, title) {
		return reading
	}
	return rest
}

// editorCredit is the whole of the line Chinese sites close a story with, its editor's name:
// "(责编：汤诗瑶、丁涛)", "责任编辑：孙重远", "【責任編輯：王五】", or the writer's credit and the
// editor's on one line ("作者：未知 责任编辑：孙重远"); a post written for WeChat sets a bar for
// the colon ("责编|陈梦莹"). Below a story's worth of text,
// nothing after it is the story: recommended stories and promotion boxes follow. The line itself
// is the story's sign-off, left to the rules for a story's last lines (trailerLine).
var editorCredit = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[(（\[【]?\s*(?:(?:作者|来源|來源)\s*[:：]\s*[^\s:：()（）]{1,20}\s+)?(?:责任编辑|責任編輯|责编|責編)\s*[:：|｜]\s*[^()（）\[\]【】]{1,40}[)）\]】]?$|` +
		// Hong Kong papers sign off with the bare label ("編輯：李哲毅"): only names may follow it.
		`^[(（\[【]?\s*(?:编辑|編輯)\s*[:：]\s*\p{Han}{2,4}(?:[、，,\s]+\p{Han}{2,4}){0,2}\s*[)）\]】]?$`)
})

// editorLabelRune reports "编" or "編", which every label editorCredit matches holds: the
// expression is asked of every paragraph below a story's first ones, and the two runes turn
// nearly all away before it runs.
func editorLabelRune(p string) bool {
	return strings.Contains(p, "编") || strings.Contains(p, "編")
}

// entryFooterRe opens the entry meta a WordPress theme prints right under a post ("This entry
// was posted on Monday, October 15th, 2012 at 4:48 pm and is filed under …", "You can follow any
// responses to this entry through the RSS 2.0 feed.", in French "Cette entrée a été publiée dans
// Actualité. Vous pouvez la mettre en favoris avec ce permalien.", in German "Von X am 21/02/2021.
// Abgelegt unter Israel. Sie können alle Antworten zu diesem Eintrag …"). A paper's note on its
// print edition ("A version of this article appeared in print on …") is not among them:
// references disagree on it (Dragnet's leave it out, readability's and GoldenTruth's keep it).
var entryFooterRe = regexp.MustCompile(`(?i)^(?:this entry was (?:posted|written)\b[^.!?]{0,160}?\b(?:is filed under|filed under|posted in|and tagged|you can follow any responses)|` +
	`you can follow any responses to this entry\b|` +
	`cette entrée a été publiée (?:dans|le)\b|` +
	`von\b[^!?]{0,80}?\babgelegt unter\b|sie k\S{1,3}nnen alle antworten zu diesem eintrag\b)`)

// entryFooter reports a short line that is a post's entry meta (entryFooterRe).
func entryFooter(p string) bool {
	return utf8.RuneCountInString(p) <= 400 && entryFooterRe.MatchString(p)
}

// sectionTeasers is the whole of the heading over the teasers of the section's other stories
// that follow a story ("Next In Politics", "Also In Business", "More in World"): their blurbs
// are sentences, so no rule for a short trailer line takes them. The section is named with a
// capital, as a heading does ("More in store" is a sentence's part).
var sectionTeasers = mustPrefixRe(`^(?:[Nn]ext|[Aa]lso|[Mm]ore|[Ll]atest|NEXT|ALSO|MORE|LATEST) (?:[Ii]n|IN) \p{Lu}[\p{L}&'’ -]{0,30}$`)

// tagLineRe opens the line of topic tags a site prints under the story: "Тэги: Зюганов,
// Жириновский", "Теги: фильм, плагиат", "TAGI: kangur, atak", "Tags: budget, council". A bare
// "Tags:" label among a review's fields lists none and ends nothing.
var tagLineRe = mustPrefixRe(`(?i)^(?:tags?|tagged(?: with)?|tagi|теги|тэги|метки|теґи|мітки|schlagwörter|stichwörter|etiquetas|mots-clés)\s*[:：]\s*\S`)

// tagLine reports a short line of topic tags.
func tagLine(p string) bool {
	return utf8.RuneCountInString(p) <= 300 && tagLineRe.MatchString(p)
}

// typoNoticeRe is the notice under a story asking readers to report a typo by selecting it and
// pressing Ctrl+Enter: "Нашли опечатку? Выделите ее и нажмите Ctrl+Enter", "Если вы заметили
// ошибку, выделите текст и нажмите Ctrl+Enter, чтобы сообщить об этом редакции", "Помітили
// помилку? Виділіть її та натисніть Ctrl+Enter". The imperative to select sets it apart from a
// story sentence about the key combination.
var typoNoticeRe = regexp.MustCompile(`(?i)(?:выделите|виділіть|виделите|select|highlight|zaznacz|markieren|sélectionnez|seleccione)[^.!?]{0,80}?ctrl\s*[+-]?\s*enter`)

// ratingWidgetRe is the whole of a line of the form that lets readers rate the story, or its
// thanks: "Оцените, пожалуйста, статью. Нам важно Ваше мнение.", "Спасибо! Ваша мнение учтено.",
// "Rate this article:", "Current Article Ratings:", "Thanks, your rating has been counted!".
var ratingWidgetRe = mustPrefixRe(`(?i)^(?:(?:спасибо!?\s*)?ваш[аеи]? (?:мнение|голос|оценка) (?:учтен|принят)[^!?]{0,40}|` +
	`оцените(?:,? пожалуйста,?)? (?:эту )?(?:статью|материал|новость|публикацию)(?:[.!]\s*[^.!?]{0,60})?|оцініть(?:,? будь ласка,?)? (?:цю )?(?:статтю|матеріал|новину)|` +
	`rate this(?: article| story| post| page| item)?\s*(?::|\.\.\.|…)?|current (?:article )?ratings?\s*:|thanks,? your (?:rating|vote) has been (?:counted|recorded|saved)|` +
	`oceń (?:ten )?(?:artykuł|tekst)|bewerten sie (?:diesen|den) (?:artikel|beitrag))\s*[.!:]?$`)

// readerWidget reports a line of the widgets a site prints for its readers under the story: the
// typo notice or the rating form. Below a story's worth of text, nothing after them is the story.
func readerWidget(p string) bool {
	if utf8.RuneCountInString(p) > 250 {
		return false
	}
	if strings.Contains(p, "trl") || strings.Contains(p, "TRL") {
		if typoNoticeRe.MatchString(p) {
			return true
		}
	}
	if errorNoticeHint(p) && errorNoticeRe().MatchString(p) {
		return true
	}
	return ratingWidgetRe.MatchString(p)
}

// errorNoticeRe opens the notice under a story asking readers to report an error through a
// form: "Pokud jste v článku zaznamenali chybu nebo překlep, dejte nám, prosím, vědět
// prostřednictvím kontaktního formuláře.", "If you spotted an error in this article, let us
// know", "Haben Sie einen Fehler entdeckt?", "Zauważyłeś błąd?".
var errorNoticeRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:pokud jste (?:v (?:článku|textu) )?(?:zaznamenali|našli|objevili|narazili na) (?:chybu|překlep)|` +
		`ak ste (?:v (?:článku|texte) )?(?:našli|zaznamenali|objavili) (?:chybu|preklep)|(?:našli|objevili) jste (?:v (?:článku|textu) )?chybu|` +
		`(?:if you (?:have )?(?:spotted|noticed|found|see)|(?:have you )?(?:spotted|found|noticed)) an? (?:error|mistake|typo)|` +
		`haben sie einen fehler (?:entdeckt|gefunden)|(?:zauważyłeś|znalazłeś|widzisz) błąd)`)
})

// errorNoticeHint reports a line that may be an error notice (errorNoticeRe), sparing the
// expression on most lines.
func errorNoticeHint(p string) bool {
	return strings.Contains(p, "chyb") || strings.Contains(p, "error") || strings.Contains(p, "mistake") || strings.Contains(p, "typo") ||
		strings.Contains(p, "Fehler") || strings.Contains(p, "błąd")
}

// koCutLine is a line after which a Korean page prints nothing of the story: the original
// source a wire service's Korean desk names ("원문 출처: 신화사", followed by its plea for error
// reports and its phone number), or a paywall's notice under the teaser ("※로그인을 하면 계속
// 열람하실수 있습니다.", then the login help).
var koCutLine = regexp.MustCompile(`^(?:원문\s*출처\s*[:：]\s*\S.{0,20}|※?\s*로그인을?\s*(?:하면|하시면|하셔야|후)[^.!?]{0,20}(?:열람|보실|읽으실|이용)[^.!?]{0,20}[.!]?)$`)

// koCutHint is the cheap test before koCutLine: the line opens with one of its words.
func koCutHint(p string) bool {
	p = strings.TrimLeft(p, " \t")
	return strings.HasPrefix(p, "원문") || strings.HasPrefix(p, "※") || strings.HasPrefix(p, "로그인")
}

// datedSignoff is the line a Japanese paper closes a story with, its date and its name in
// parentheses, the time of day too on a story updated during the day: "（2011年4月10日 読売新聞）",
// "(2024年5月1日 朝日新聞)", "（2011年4月15日12時24分 読売新聞）". Nothing after it is the story.
var datedSignoff = regexp.MustCompile(`^[(（]\s*\d{4}年\s*\d{1,2}月\s*\d{1,2}日\s*(?:\d{1,2}時\s*\d{1,2}分\s*)?\s[^\s()（）0-9]{2,16}\s*[)）]$`)

// listBeforeHeadline returns the index of the story's headline when the reading opens with a
// list of other stories' headlines or section links above it: readability took the page column
// that holds both, and the list is three or more short lines with no paragraph among them. It
// returns 0 when the headline does not stand there or a longer line precedes it (a lede does).
func listBeforeHeadline(paras []string, title string) int {
	const minList, maxLine = 3, 100
	if title == "" {
		return 0
	}
	kt := squash(title) // once: a title of thousands of words beside thousands of short lines (fuzz17)
	for i, p := range paras {
		if utf8.RuneCountInString(p) > maxLine {
			return 0
		}
		if sameSquashed(squash(p), kt) {
			if i >= minList && i+1 < len(paras) {
				return i
			}
			return 0
		}
	}
	return 0
}

// fieldLabel is a line that labels the line after it: "Speaker(s):", "Company Name(s):", "Overview:".
var fieldLabel = regexp.MustCompile(`^[^.!?。]{1,40}[:：]$`)

// headerLabels are the labels, lower-case, a header gives its time stamp, pictures and topics
// ("Published:", "Photo:", "Tags:"); with the author labels (authorLabels, colonLabels) they are
// the labels fieldCard does not count.
var headerLabels = map[string]bool{"from": true, "photo": true, "photos": true, "credit": true, "credits": true,
	"image": true, "images": true, "source": true, "date": true, "tag": true, "tags": true, "share": true,
	"filed under": true, "category": true, "categories": true, "topic": true, "topics": true}

// labelBefore returns the lower-case label a line opens with before its colon ("Von: Max Muster"
// → "von"), or "" when it has none in its first 40 bytes.
func labelBefore(p string) string {
	i := strings.IndexAny(p, ":：")
	if i <= 0 || i > 40 {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(p[:i]))
}

// authorLabel reports an author label, as labelledByline reads them.
func authorLabel(l string) bool { return authorLabels[l] || colonLabels[l] }

// fieldCard returns the index of the first label of a card of labelled fields among the header
// lines, or -1: a talk's or product's page states its content that way ("Session Name:" then the
// name, "Speaker(s):" then the speaker, "Overview:" then the abstract). Each line is short and
// looks like a header line, but two labels or more, each followed by its value, are the page's
// content and stay.
func fieldCard(lines []string) int {
	first, labels := -1, 0
	for i := 0; i < len(lines); i++ {
		p := lines[i]
		if !fieldLabel.MatchString(p) || stampLabel.MatchString(p) || koStampLabelLine(p) {
			continue
		}
		if l := labelBefore(p); authorLabel(l) || headerLabels[l] {
			continue
		}
		if i+1 < len(lines) && fieldLabel.MatchString(lines[i+1]) {
			continue // a label without a value
		}
		if first < 0 {
			first = i
		}
		labels++
	}
	if labels < 2 {
		return -1
	}
	return first
}

// koStampLabelLine reports a Korean time stamp's label alone on its line, its date in a cell of
// its own ("<dt>입력 :</dt><dd>2020-07-07 10:42:42</dd>"): "입력 :", "수정 :", "기사입력", "승인",
// "입력일시". The words are koStampLabels', which a byline's name stands beside; a header of such
// stamps is no card of labelled fields.
func koStampLabelLine(p string) bool {
	if len(p) > 64 {
		return false
	}
	s := strings.TrimRight(strings.Join(strings.Fields(p), ""), ":：")
	s = strings.TrimPrefix(s, "기사")
	for _, suffix := range []string{"일시", "시간", "일"} {
		if base, ok := strings.CutSuffix(s, suffix); ok && koStampLabels[base] {
			s = base
			break
		}
	}
	return koStampLabels[s] && s != "오전" && s != "오후"
}

// commentArea reports lines that open with the comment area of a short post: a comment form's
// prompt or the thread's heading, and under minBody tokens from there on (the form's labels, the
// blog's footer). A share bar's "Add Comment" under a story's lede has the story below it.
func commentArea(paras []string) bool {
	if len(paras) == 0 || !commentsOpen.MatchString(paras[0]) && !commentsHead.MatchString(paras[0]) {
		return false
	}
	n := 0
	for _, p := range paras {
		if n += textsim.CountTokens(p); n >= minBody {
			return false
		}
	}
	return true
}

// creditsPost reports a post that is a list of credits ("Design Director: Jane Roe", "Photo
// Editors: …", one role a line) with a line or two under it: the header loop reads each credit
// as a byline, where they are the post. It takes minCredits such labelled lines among the
// header's and a rest under minBody tokens.
func creditsPost(header, rest []string) bool {
	if len(header) < minCredits {
		return false
	}
	n := 0
	for _, p := range header {
		if creditRoleRe.MatchString(p) {
			n++
		}
	}
	if n < minCredits {
		return false
	}
	tokens := 0
	for _, p := range rest {
		tokens += textsim.CountTokens(p)
	}
	return tokens < minBody
}

// minCredits is how many "Role: Name" lines make a post of credits: a byline, a date and a
// source line under a headline are three.
const minCredits = 5

// creditRoleRe is a line of a role, a colon and a name: "Art Director: Jane Roe".
var creditRoleRe = regexp.MustCompile(`^\p{L}[\p{L} ]{1,30}:\s*\p{Lu}`)

// signedThread reports lines that open with reader comments: a comment's signature, a short
// line holding a date with its time of day ("Ocena: +8 [8] ~reader [2012-01-04 08:45]",
// "reader, 4 January 2012 08:45"), in the first line or the second (under a one-line title the
// reader gave the comment), and another within maxThreadLook lines. Under a bare comments
// heading, which may be a share bar's button below the lede, a thread tells the comments
// themselves; one signed line may be a box's preview of the latest comment beside the story.
// The signature may stand lower, under up to maxThreadLabels short labels (threadLabels): the
// thread's sort links ("newest oldest") and the comment's title and report-and-vote row
// ("report / -16"), each a line of its own where the page sets them in blocks.
func signedThread(paras []string) bool {
	first := -1
	for i := 0; i < len(paras) && i < maxThreadLook; i++ {
		if !commentSignature(paras[i]) {
			continue
		}
		if first >= 0 {
			return true
		}
		if i >= 2 && (i > maxThreadLabels || !threadLabels(paras[:i])) {
			return false
		}
		first = i
	}
	return false
}

// maxThreadLabels bounds the lines signedThread passes over to a thread's first signature.
const maxThreadLabels = 3

// threadLabels reports lines that are all labels, none a sentence: the heading's sort links and
// the first comment's title and tool row. A line of the story under a share bar's "Comments"
// is a sentence, and the signature-like stamp below it the story's own.
func threadLabels(paras []string) bool {
	for _, p := range paras {
		if utf8.RuneCountInString(p) > maxSectionLabel || endsWithStop(p) || clauseComma(p) {
			return false
		}
	}
	return true
}

// maxThreadLook bounds the lines signedThread looks for a second signature in: a few comments of
// a title, a signature and a paragraph or two each.
const maxThreadLook = 10

// maxSignature bounds a comment's signature line in runes: a name, a score and a stamp.
const maxSignature = 80

// commentSignature reports a short line with a date and a time of day in it.
func commentSignature(p string) bool {
	if utf8.RuneCountInString(p) > maxSignature || !strings.Contains(p, ":") {
		return false
	}
	st, _, _, ok := pubdate.Find(p, pubdate.Context{})
	return ok && !st.DateOnly() || shortYearStampRe().MatchString(p)
}

// shortYearStampRe is a comment's stamp with a two-digit year and its time of day ("uszka
// (gość), 16.01.12, 16:13:22"), as forum and comment software prints it under each post. A date
// reader leaves such a year alone (12 may be a day); a numeric date right before a time of day
// is a stamp all the same.
var shortYearStampRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[^\d.])\d{1,2}[./-]\d{1,2}[./-]\d{2},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:$|\D)`)
})

// commentsHead is the heading of a comment thread, with or without its counter: "Kommentare(0)",
// "Comments (12)", "| 13 Comment(s)", "3 Comments", "Opinie", German "Lesermeinungen". A bare heading may also be a share
// bar's button, so trimEdges trusts it only below a story's worth of text.
var commentsHead = mustPrefixRe(`(?i)^[|•·\s]*(?:\d+\s*)?(?:kommentare|lesermeinungen|leserkommentare|comments|comment\(s\)|commentaires|comentarios|comentários|` +
	`commenti|reacties|komentarze|opinie|kommentarer|kommentit|yorumlar|комментарии|коментарі|σχόλια|댓글|コメント|评论|評論)` +
	`\s*(?:\(\d+\)|\d+)?\s*:?$`)

// commentsOpen opens a comment thread beyond doubt: the form that starts it ("Leave a comment",
// "Comment on this article", "Soyez le premier à réagir", "Add your comments on this story, using the form below.", "Dodaj komentarz", "Оставить комментарий *",
// "Um selbst Kommentare verfassen zu können müssen Sie sich bitte einloggen."), a heading saying whose comments follow
// ("Reader comments", "Komentarze czytelników", "Комментарии к новости (8)", "网友评论"), the
// moderation notice above them ("Comments are filtered for language …"), the log-in notice over a social-network comment box ("To post a
// comment, log into your chosen social network…", "Комментировать могут только зарегистрированные
// пользователи", "You must be logged in to post a comment", "Para comentar debes registrarte y completar los datos generales."), or the notice that they are closed ("Comments are now closed for
// this story", over the thread kept on the page), the label of a comment system ("blog comments powered by Disqus",
// "No comments yet."), the disclaimer over them ("Comments do not reflect the views of …",
// Hungarian "A cikkhez hozzáfűzött hozzászólások nem a … nézeteit tükrözik"). Unlike a bare heading it ends the story below
// any lede. A box of "selected comments" ("Wybrane komentarze") is not among them: some sites set
// it inside the story. One anchor stands before the whole alternation: with an anchor in each
// branch, Go's matcher tries every position of every paragraph (36 times slower on a long one).
var commentsOpen = mustPrefixRe(`(?i)^(?:[|•·\s]*(?:\d+\s*)?(?:(?:reader|readers'?|user|your)\s+` +
	`(?:comments|komentarze|opinie)|(?:komentarze|opinie) (?:czytelników|internautów)|комментарии (?:читателей|к (?:новости|статье|материалу))|` +
	`网友评论|網友評論|读者评论|讀者評論)\s*(?:\(\d+\)|\d+)?\s*:?$|` +
	`(?:leave a (?:comment|reply)|post a comment|add (?:a |your )?comments?(?: on this (?:story|article|post))?(?:,? using the form below)?|write a comment|comment on this (?:article|story|post)|schreibe einen kommentar|` +
	`kommentar schreiben|um (?:selbst )?(?:einen )?kommentar(?:e)? (?:verfassen|schreiben|abgeben) zu können\b[^.!?]{0,60}|laisser un commentaire|deja un comentario|lascia un commento|dodaj komentarz|skomentuj|` +
	`(?:оставить|добавить|написать) комментарий|发表评论|我要评论|be the first to comment(?: on this (?:article|story|post))?|` +
	`soyez (?:le )?premier à (?:réagir|commenter))\s*\*?\s*[:.!]?$|` +
	`\*?\s*(?:submitted |all )?comments (?:are|will be) (?:subject to )?(?:moderat|filtered|screened)|` +
	`comments (?:are|have been) (?:now )?closed(?: for this (?:story|article|post|entry))?\s*[.!]?$|` +
	`(?:please enable javascript to view the |blog |)comments powered by(?: disqus)?\.?$|комментарии powered by|no comments yet\.?$|` +
	`to (?:post a |leave a |add a |write a )?comment,? (?:please )?(?:log|sign) ?(?:in|on)(?:to)?\b|` +
	`you must be (?:logged in|registered|signed in) to (?:post|leave|add|write) a comment|to join the discussion,? (?:please )?(?:register|log ?in|sign ?in)\b|` +
	`para (?:poder )?comentar,? (?:debes|debe|deberás|necesitas|tienes que|es necesario|hay que) (?:registrarte|registrarse|estar registrado|iniciar sesión|identificarte|ingresar)\b|` +
	`(?:комментарии\s*:?\s*)?(?:комментировать могут только зарегистрированные|(?:зарегистрируйтесь|авторизуйтесь) или войдите,? чтобы (?:оставить|написать|добавить) комментарий)|` +
	`(?:(?:note|attention|disclaimer|figyelem|achtung|hinweis|uwaga)\s*[!:]\s*)?(?:` +
	`(?:the )?(?:readers'? |user )?comments (?:posted |published |below |on this (?:site|page|article|story) )?(?:do not|don't|does not) (?:necessarily )?(?:reflect|represent)|` +
	`the (?:views|opinions) expressed in (?:the |these |reader |readers' )?comments|` +
	`(?:a cikkhez hozzáfűzött |az olvasói )?hozzászólások nem (?:a |az )?.{0,40}?nézeteit tükrözik|` +
	`(?:die )?(?:leser)?kommentare (?:geben|spiegeln) nicht (?:unbedingt |notwendigerweise )?die (?:meinung|ansicht)|` +
	`les commentaires (?:publiés )?(?:ne reflètent pas|n'engagent que)|` +
	`(?:opinie|komentarze) .{0,40}?nie (?:odzwierciedlają|wyrażają) (?:poglądów|stanowiska)))`)

// stampLabel opens a time stamp line: "Published …", "Last updated …", "Aktualisiert am …",
// "Sist oppdatert …", "Senast uppdaterad …", "Τελευταία ενημέρωση: …". Go's "\b" knows only ASCII letters, so a label ending in "é" or a
// Greek letter is bounded by the next character instead.
var stampLabel = mustPrefixRe(`(?i)^(?:published|updated|last updated|posted|first published|publishing date|publication date|date published|veröffentlicht|aktualisiert|` +
	`publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|publisert|oppdatert|publicerad|uppdaterad|offentliggjort|` +
	`(?:sist|senest|senast|sidst) (?:oppdatert|endret|uppdaterad|ändrad|opdateret|ændret)|` +
	`opublikowano|zaktualizowano|πρώτη καταχώρηση|τελευταία ενημέρωση|ενημερώθηκε|δημοσιεύθηκε|δημοσίευση)(?:[^\p{L}\p{N}]|$)`)

// topWidgetLine reports a reading's first line that is a widget of the page's header over the
// story's date line: short fragments with figures, stopped inside but not at the end ("live
// Satellite ASTRA-4A 11766 MHz. Polarisation H. Symbol rate 27500"). A standfirst over the stamp
// is one clause without inner stops, and stays.
func topWidgetLine(p string) bool {
	return utf8.RuneCountInString(p) <= 100 && !endsWithStop(p) && strings.Contains(p, ". ") &&
		strings.ContainsAny(p, "0123456789")
}

// headerLine is a line of an article header: the headline again, a line holding a date or a
// byline, or a short label ("경제", "댓글 0", "Lokales").
func headerLine(p, title string) bool {
	n := utf8.RuneCountInString(p)
	switch {
	case n <= 320 && title != "" && commentsOnTitle(p, title):
		return true
	case n > 160:
		return false
	case title != "" && sameHeadline(p, title):
		return true
	case pubdate.IsStamp(p):
		// Nothing but dates, times and their labels: also the publication and update written out
		// with their weekdays ("quinta-feira, 27 de outubro de 2016 - 17h58 Atualizado em
		// quinta-feira, …"), long as a sentence, and forms no date reader takes ("27 out 2016, 15h42").
		return true
	case sourceLine(p) || toolRow(p, n):
		// The outlet the story was taken from, with or without its copy's stamp; the story's
		// print and send buttons over it.
		return true
	case endsWithStop(p) || n > 100:
		return false // a sentence: the lede, however short, or a dateline that opens it
	case n > 40 && strings.HasSuffix(p, "："):
		// A CJK sentence that hands over to what follows ("…现就有关事项通告如下："), the notice's
		// opening under its title's lines: no byline or credit is so long.
		return false
	case n <= 16:
		// A label, unless it is two clauses of a Japanese sentence, which a list of names
		// (bylineNames) would otherwise read it as.
		return !clauseComma(p)
	case bylineShaped(p) || koreanByline(p) != "" || creditsOrg(p, nil) || slashCredit.MatchString(p):
		// A byline crediting a desk or an agency ("CHARLES GOLDBERG News staff writer",
		// "Von dpa") names no person, and is as much a header line as one that does.
		return true
	}
	// A time stamp line: "승인 2019.11.18 10:15", "20 ноября 2019, 08:02",
	// "Published 20 November 2019 | By Jane Roe". Not a lede that introduces a list and names
	// the day ("Here are the latest developments in Michigan on March 14, 2020:"): a sentence
	// handing over to what follows.
	_, _, _, ok := pubdate.Find(p, pubdate.Context{})
	return ok && !(n > 40 && strings.HasSuffix(p, ":") && len(strings.Fields(p)) >= minHandOverWords)
}

// minHandOverWords is how many words a line ending on a colon holds from which it is a lede's
// sentence handing over to a list rather than a label ("Published: ", "Updated on March 14:").
const minHandOverWords = 7

// maxBarLabels bounds the labels of a share bar (its buttons' names) that the stamp under the
// standfirst is looked for past; a single short line there may be the story's (a record's name).
const maxBarLabels = 8

// barLabel reports a button's label: a word or two ("Twitter", "Fehler melden"), no sentence.
func barLabel(p string) bool {
	return utf8.RuneCountInString(p) <= 16 && !endsWithStop(p) && !clauseComma(p)
}

// maxSectionLabel bounds a section's or category's name printed over the headline: a word or
// three.
const maxSectionLabel = 40

// sectionLabel reports a line that may be a section's name: a few words, no sentence. Where the
// line stands decides (right above the time stamp the reading opens with), not its words.
func sectionLabel(p string) bool {
	return utf8.RuneCountInString(p) <= maxSectionLabel && len(strings.Fields(p)) <= 4 && !endsWithStop(p) &&
		!strings.ContainsAny(p, ",;:")
}

// slashCredit is the whole of a photo credit that names the photographer and the agency or
// outlet with a slash ("Mikhail Klimentyev/Reuters", "Divulgação/Uber"), as it stands under the
// opening picture above the story: capitalised names, no sentence.
var slashCredit = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?/\s?\p{Lu}[\p{L}.&-]*(?:\s\p{Lu}[\p{L}.&-]*){0,2}$`)

// commentsOnRe is the comment link blog themes print in a post's meta line, with the post's
// title after it: "No Comments on Story", "3 Comments on Story", "Comments Off on Story".
var commentsOnRe = regexp.MustCompile(`(?i)(?:\bno|\d|\bone) comments? on |\bcomments off on `)

// commentsOnTitle reports a post's meta line ("Mar 21 • Film, Reviews • No Comments on Story"):
// the comment link followed by the headline, however long the categories before it make it.
func commentsOnTitle(p, title string) bool {
	if !textsim.ContainsFoldASCII(p, "comment") {
		return false // every match of the expression holds the word; most lines do not
	}
	loc := commentsOnRe.FindStringIndex(p)
	return loc != nil && sameHeadline(p[loc[1]:], title)
}

// sameHeadline reports a line that is the headline, or the part of it the page prints in large
// type ("Story" under a <title> "Place: Story").
func sameHeadline(p, title string) bool {
	return sameSquashed(squash(p), squash(title))
}

// sameSquashed is sameHeadline on the squashed line and title.
func sameSquashed(kp, kt string) bool {
	return kp != "" && (kp == kt || len(kp)*2 >= len(kt) && len(kt)*2 >= len(kp) && (strings.Contains(kt, kp) || strings.Contains(kp, kt)))
}

// trailerRe matches the links that follow a story to more of its author's or section's stories,
// the label over another story's box ("Also on HuffPost:") and the meta line blog themes close a
// post with ("This entry was posted in News. Bookmark the permalink."), its topics ("Tags:",
// "Tagged: …"), the reuse links under it ("Reprints and Permissions | Send feedback") and the
// share and error-report widgets' labels.
var trailerRe = regexp.MustCompile(`(?i)^also on \S+(?: \S+)?\s*:?$|다른\s*기사\s*보기|기사\s*더\s*보기|기사\s*모아\s*보기|more (?:from|by|stories|articles)|weitere artikel|другие (?:статьи|новости)|^tag(?:s|ged)?\s*:|^share\b|^reprints? (?:and|&) permissions\b|^advertisement$|^this entry was posted (?:in|on|by)\b|` +
	// The share bar's and the error-report form's labels in other languages: "Compartilhe",
	// "Comunicar erro", "Enviar para um amigo", "Partager", "Teilen".
	`^(?:compartilhe|compartilhar|compartir|comparte|partager|partagez|teilen|condividi)\b|` +
	`^(?:comunicar|reportar|informar|relatar) (?:um |o |un )?erro[r]?$|^(?:enviar|envie|envíe|envia) (?:para|a|por) (?:um |un )?amigo$|` +
	`^(?:e-?mail|send) (?:this |it )?to a friend$|^report an? (?:error|typo)$|` +
	// The disclaimer under a story's box of external links ("The BBC is not responsible for the
	// content of external internet sites"), a line of its own under the box's label.
	`\bnot responsible for the content of external (?:internet |web ?)?(?:sites|websites|links)\b`)

// trailerLine is a short line after the story that is furniture, not text.
func trailerLine(p string) bool {
	n := utf8.RuneCountInString(p)
	if n > 120 || boilerplate.IsContact(p) || boilerplate.IsCredit(p) || boilerplate.IsCopyright(p) {
		return false
	}
	return trailerRe.MatchString(p) || tipPrompt(p) || zhSourceLine.MatchString(p) || sourceLine(p) || toolRow(p, n) || adLabel(p, n) || followPrompt(p, n) || relatedLabel(p, n) || koTrailer.MatchString(p) || koTaggedLink(p) || labelledStamp(p) || bareStamp(p) || markedLink(p) ||
		n <= 12 && !endsWithStop(p) || !strings.ContainsFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// closingFurniture reports a line the page sets after the story's end: a trailer line, the
// outlet's invitation, a how-to-cite box.
func closingFurniture(p string) bool {
	return trailerLine(p) || outletInvite(p) || citationLine(p)
}

// citationLineRe is the box under a story that tells how to cite it: "Citation: <headline>
// (2020, March 5) retrieved 16 June 2020 from https://…", the page's own address closing it.
var citationLineRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:citation|cite this(?: article| story)?|how to cite)\s*:\s*\S.{0,300}\bretrieved\b.{0,40}\bfrom\s+https?://\S+$`)
})

// citationLine reports a story's "Citation: … retrieved … from <address>" box (citationLineRe):
// the page's furniture, written for whoever quotes the story, longer than a trailer line.
func citationLine(p string) bool {
	return len(p) < 500 && strings.Contains(p, "://") && citationLineRe().MatchString(normSpace(p))
}

// tipPromptRe opens the newsroom's call for readers' tips that closes its stories: "Got a news
// tip? Email us.", "Tips oss!", "Har du video, bilder eller tips? Send til …", "Tipsa oss",
// "Haben Sie einen Tipp?". A writer's own sign-off ("Send news tips and comments to
// jane@example.com") names no question to the reader and stays.
var tipPromptRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:(?:got|have you got|do you have|have) an? (?:news |story )?tip\b|(?:tips|tipsa|tip) (?:oss|os)\b|` +
		`(?:har du|har ni) (?:[\p{L}, ]{0,40}\s)?tips\b|(?:hast du|haben sie) (?:einen )?(?:tipp|hinweis)\b)`)
})

// tipPrompt reports a line tipPromptRe opens; the cheap test of its letters spares the expression.
func tipPrompt(p string) bool {
	return textsim.ContainsFoldASCII(p, "tip") && tipPromptRe().MatchString(p)
}

// maxBareStamp bounds a bare stamp line in bytes: "2019-01-07 16:47:05" and a little space.
const maxBareStamp = 24

// bareStamp reports a line that is only a numeric date and a clock ("2019-01-07 16:47",
// "2012.01.04 05:23:10"), the time a page prints under its story: no story line is a bare
// stamp. Read by bytes, a line costs a length test.
func bareStamp(p string) bool {
	p = strings.TrimSpace(p)
	if len(p) < len("2019-1-7 1:47") || len(p) > maxBareStamp || p[0] < '0' || p[0] > '9' {
		return false
	}
	date, clock, ok := strings.Cut(p, " ")
	if !ok || len(date) < 8 || date[4] != '-' && date[4] != '.' && date[4] != '/' {
		return false
	}
	sep := date[4]
	parts := strings.Split(strings.TrimSuffix(date, "."), string(sep))
	if len(parts) != 3 || len(parts[0]) != 4 || !digitsOnly(parts[0]) || !shortNumber(parts[1]) || !shortNumber(parts[2]) {
		return false
	}
	hms := strings.Split(strings.TrimSpace(clock), ":")
	if len(hms) < 2 || len(hms) > 3 {
		return false
	}
	for _, f := range hms {
		if !shortNumber(f) {
			return false
		}
	}
	return true
}

// shortNumber reports one or two digits, a month, a day or a clock's field.
func shortNumber(s string) bool { return (len(s) == 1 || len(s) == 2) && digitsOnly(s) }

// markedLink reports another story's headline that a page lists under the story behind ">>"
// (">> Khởi công cầu vượt ở cửa ngõ phía nam", as Vietnamese papers link related stories): a
// headline, no sentence, the marker as its opening.
func markedLink(p string) bool {
	rest, ok := strings.CutPrefix(p, ">>")
	return ok && !isBlank(rest) && !endsWithStop(rest)
}

// labelledStamp reports a short line that is a labelled time stamp, as a story's last line
// prints its update ("Τελευταία ενημέρωση: Πέμπτη, 9 Ιανουαρίου 2020, 12:07", "Updated:
// 12 May 2021 10:15"): the page's record, not the story's.
//
// The desk and its place may stand before the label ("CNNMoney (New York) First published June
// 10, 2016: 12:41 PM ET"): a few words, none ending a sentence, then the label and a stamp that
// ends the line. A sentence reporting a publication goes on after its date.
func labelledStamp(p string) bool {
	if utf8.RuneCountInString(p) > 100 {
		return false
	}
	if !stampLabel.MatchString(p) {
		m := sourceBeforeStamp.FindStringSubmatchIndex(p)
		if m == nil || strings.ContainsAny(p[:m[2]], ".!?:") {
			return false
		}
		p = yearColonClock.ReplaceAllString(p[m[2]:], "$1 $2")
		_, _, end, ok := pubdate.Find(p, pubdate.Context{})
		return ok && (isBlank(p[end:]) || endsWithZone(p[end:]))
	}
	_, _, _, ok := pubdate.Find(p, pubdate.Context{})
	return ok
}

// sourceBeforeStamp is a desk's name and place, up to five words, before a stamp's label; the
// submatch is where the label starts.
var sourceBeforeStamp = regexp.MustCompile(`^(?:\S+\s+){1,5}?((?i:first published|published|updated|last updated|posted)\s)`)

// endsWithZone reports the rest of a stamp line after its clock: a zone's abbreviation alone
// ("ET", "GMT"), which the date reader may leave unread.
func endsWithZone(rest string) bool {
	rest = strings.TrimSpace(rest)
	return rest != "" && len(rest) <= 4 && isUpperWords(rest) && !strings.ContainsAny(rest, " .")
}

// koTrailer is furniture a Korean portal prints after the story: a promotion that asks for a
// click ("최신 유행 트렌드 총집결 #흥(클릭!)"), a pop-up's label ("욕설 댓글 리마인드 팝업") and
// its plea to the commenters ("상처 없는 댓글 세상 만들기에 많은 참여 부탁드립니다.").
var koTrailer = regexp.MustCompile(`[(\[]클릭!*[)\]]$|팝업$|댓글[^"“”]*(?:부탁드립니다|바랍니다)\.?$`)

// koTagRe opens a Korean headline with its topic in brackets: "[EPL] 36R 프리뷰(금)", "[UCL] …".
var koTagRe = regexp.MustCompile(`^\[([^\]=\d][^\]=]{0,9})\]\s*\S`)

// koTaggedLink reports a line after a Korean story that is another story's headline under its
// bracketed topic: no sentence end ("…다."), no reporter's credit in the brackets ("[서울=뉴시스]"
// opens a story and has "=" in it).
func koTaggedLink(p string) bool {
	m := koTagRe.FindStringSubmatch(p)
	if m == nil || strings.Contains(m[1], "기자") || strings.HasSuffix(p, "다.") || utf8.RuneCountInString(p) > 80 {
		return false
	}
	for _, r := range p {
		if r >= 0xAC00 && r <= 0xD7A3 {
			return true
		}
	}
	return false
}

// zhSourceLine is the line a Chinese story closes with to name the paper it came from and its
// writers, or its writer and the writer's post: "本文来源：第一财经日报 作者：杨海艳",
// "(作者：方敏北京大学经济学院教授)". The credit is read from it (chineseCredits); it is not
// the story's text.
var zhSourceLine = regexp.MustCompile(`^[(（【\[]?\s*(?:本文)?(?:来源|來源|作者)\s*[:：][^。！？!?]{1,80}$`)

// sourceLabelRe opens a line that names where a story was taken from: "Source: Reuters", "Πηγή:
// Express.gr 22/12/11-10:51", "Источник: Корреспондент", "Źródło: Gazeta Wyborcza", "Dzięki
// uprzejmości: PAP - Nauka w Polsce" (by courtesy of), "Quelle: ntv.de, ino/dpa", "Fuente: EFE",
// "출처: 연합뉴스".
var sourceLabelRe = regexp.MustCompile(`(?i)^[(\[]?\s*(?:sources?|πηγή|πηγές|источник|источники|źródło|źródła|dzięki uprzejmości|quelle|quellen|fuente|fuentes|fonte|fontes|출처)\s*:\s*\S`)

// maxSourceLine bounds a source line in runes: a name or two and a stamp.
const maxSourceLine = 80

// sourceLine reports such a line standing over the story or closing it. Like a byline it is the
// page's record of the story, not its text: the name of the outlet or agency, perhaps with the
// stamp of its copy, and no sentence. A second sentence after the name ("Fonte: TSE. Infografia:
// Gazeta do Povo.") credits a graphic; a bare label ("Sources:") heads a list that is the story's.
func sourceLine(p string) bool {
	if strings.IndexByte(p, ':') < 0 || utf8.RuneCountInString(p) > maxSourceLine || !sourceLabelRe.MatchString(p) {
		return false
	}
	_, rest, _ := strings.Cut(p, ":")
	return !strings.Contains(strings.TrimRight(rest, ".)] "), ". ")
}

// creditLine reports a short line that credits the story: people ("By Jane Roe"), a Korean byline,
// a desk or agency, or whatever a byline label names ("Author of the article: • Ottawa Citizen").
func creditLine(p string) bool {
	if utf8.RuneCountInString(p) > 100 || endsWithStop(p) {
		return false
	}
	return authorLabel(labelBefore(p)) || bylineShaped(p) || koreanByline(p) != "" || creditsOrg(p, nil)
}

// clauseComma reports a short line that runs on past an ideographic comma with the particles
// and endings of Japanese around it ("このエントリは、期限切れになった"): a sentence of two
// clauses, where a section's label is a word or two and a list of names under a headline
// ("小田健司、佐藤常敬") is written in kanji.
func clauseComma(p string) bool {
	if !strings.Contains(p, "、") && !strings.Contains(p, "，") {
		return false
	}
	kana := 0
	for _, r := range p {
		if unicode.Is(unicode.Hiragana, r) {
			kana++
		}
	}
	return kana >= 3
}

// bioRoleRe finds the job a writer's bio gives in its first sentence: "… is a tech reporter at …".
var bioRoleRe = regexp.MustCompile(`(?i)^[^.!?]{0,80}?\b(?:reporter|writer|editor|journalist|correspondent|columnist|contributor|producer|critic|photographer)\b`)

// dropAuthorCard drops the author card a reading may take along above (openingBio) or under the
// story: under it, a paragraph
// among its last two that opens with an author's first name alone and "is", and gives a writer's
// job in its first sentence ("Jane is a tech reporter at …"), with the line above it when that
// line is the author's name. A bio closing an opinion piece names its writer in full ("Jane Roe
// is a professor of …") and is the piece's own; it stays unless the card's name line stands above it.
func dropAuthorCard(body string, authors []string) string {
	if len(authors) == 0 || body == "" {
		return body
	}
	paras := strings.Split(body, "\n\n")
	isAuthor := func(p string) bool {
		p = strings.TrimSpace(p)
		return slices.ContainsFunc(authors, func(a string) bool { return strings.EqualFold(a, p) })
	}
	if len(paras) > 2 && openingBio(strings.TrimSpace(paras[0]), authors) {
		paras = paras[1:]
		body = strings.Join(paras, "\n\n")
	}
	for i := len(paras) - 1; i >= 1 && i >= len(paras)-2; i-- {
		bio := strings.TrimSpace(paras[i])
		if utf8.RuneCountInString(bio) > 1000 {
			continue
		}
		named := isAuthor(paras[i-1])
		for _, a := range authors {
			first, _, full := strings.Cut(a, " ")
			var rest string
			switch {
			case full && strings.HasPrefix(bio, first+" is "):
				rest = bio[len(first)+4:]
			case named && strings.HasPrefix(bio, a+" is "):
				rest = bio[len(a)+4:]
			default:
				continue
			}
			if !bioRoleRe.MatchString(rest) {
				continue
			}
			from := i
			if named {
				from = i - 1
			}
			return strings.Join(append(paras[:from:from], paras[i+1:]...), "\n\n")
		}
	}
	return body
}

// openingBio reports a reading's first paragraph that is its writer's bio: the author card a
// theme shows beside the byline (a hover card, "Jane Roe is a crypto journalist with over four
// years of experience …", often cut with an ellipsis) that the reading took above the story. It
// names an author in full and "is", with a writer's job in its first sentence: no story opens by
// introducing its own writer.
func openingBio(p string, authors []string) bool {
	if utf8.RuneCountInString(p) > 600 {
		return false
	}
	for _, a := range authors {
		if strings.Contains(a, " ") && strings.HasPrefix(p, a+" is ") && bioRoleRe.MatchString(p[len(a)+4:]) {
			return true
		}
	}
	return false
}

// digitsOnly reports a non-empty run of ASCII digits.
func digitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
