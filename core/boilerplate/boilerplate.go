// Package boilerplate recognises the lines news pages repeat around every story: copyright and
// reprint notices ("무단 전재 및 재배포 금지", "All rights reserved"), photo captions and credits
// ("… 사진=연합뉴스", "… 이미지 확대보기"), and reporter contact lines ("홍길동 기자
// hong@example.com"). Extraction drops the first two from article bodies; summaries drop all
// three, so a post never opens with a caption or closes on a copyright line.
package boilerplate

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"paperboy/core/textsim"
)

// maxLine bounds what counts as a boilerplate line: a notice, caption or contact line is short,
// and a long paragraph that mentions copyright is reporting, not a notice.
const maxLine = 240

// maxNotice bounds a reservation of rights written out in full (rightsNotice): a paragraph of
// legal text, shorter than a story.
const maxNotice = 1000

var (
	// copyrightStart opens a notice: "Copyright ⓒ …", "ⓒ 연합뉴스", "© 2019 …", "(c) 2019 …".
	copyrightStart = regexp.MustCompile(`(?i)^\s*[\[<(]?\s*(?:copyright\b|ⓒ|©|\(c\)\s*\d{4}|저작권자)`)
	// copyrightPhrase marks a notice wherever it stands in the line.
	copyrightPhrase = regexp.MustCompile(`(?i)무단\s*전재|재\s*배포\s*금지|무단\s*복제|배포\s*금지|저작권법에|all rights reserved|` +
		`alle rechte vorbehalten|все права защищены|tous droits réservés|todos los derechos reservados|` +
		`版权所有|版權所有|無断転載|無断複製|未经授权|未經授權|不得转载|不得轉載|copyright\s*(?:ⓒ|©|\(c\))|(?:ⓒ|©)\s*\d{4}|` +
		`may not be (?:re)?published, broadcast|перепечатка[^.]{0,60}запрещена|перепечатка (?:материалов|и использование)[^.]{0,40}(?:только|без|с разрешения)|` +
		`при (?:полном или частичном )?(?:использовании|перепечатке|цитировании) материалов|` +
		`nachdruck(?: nur)? mit (?:schriftlicher )?genehmigung|vervielfältigung nur mit|wszelkie prawa zastrzeżone|` +
		// Chinese portals' reprint disclaimers: "凡注明为其他媒体来源的信息，均为转载自其他媒体",
		// "免责声明：本文仅代表作者个人观点，与凤凰网无关".
		`凡(?:注明|標明|标明)[^。]{0,30}(?:转载|轉載)|(?:转载|轉載)(?:请|請|须|須)(?:注明|註明)|本文仅代表作者|本文僅代表作者|(?:免责|免責)(?:声明|聲明)\s*[:：]|` +
		// Korean press law's correction notice and the ombudsman's line under it: "…의 기사에 대해
		// 반론·정정·추후 보도를 청구하실 분은 아래의 연락처로 연락주시길 바랍니다.", "고충처리인 : …".
		`(?:반론|정정|추후\s*보도)[^.]{0,30}(?:청구|신청|요청)\s*하실\s*(?:분은|경우)|^\s*[\[(<]?\s*고충\s*처리인\s*[:：\]>)]`)

	// rightsNotice opens a publisher's reservation of rights written out in full, longer than
	// maxLine: "Żadna część jak i całość utworów zawartych w dzienniku nie może być powielana i
	// rozpowszechniana …", "No part of this publication may be reproduced …", "This document is
	// subject to copyright. …". A story's paragraph does not open on such a prohibition.
	rightsNotice = regexp.MustCompile(`(?i)^[\[(<]?\s*(?:(?:żadna część|żaden (?:utwór|materiał))[^.!?]{0,160}?nie (?:może|mogą) być (?:powielan|rozpowszechnian|kopiowan)|` +
		`no part of (?:this|these) [^.!?]{0,60}?(?:may|can|shall) be (?:reproduced|republished|redistributed|copied|transmitted)|` +
		// "This document is subject to copyright. Apart from any fair dealing …, no part may be
		// reproduced without the written permission.": the notice closing a network's stories.
		`this (?:document|article|story|material|content|publication) is (?:subject to|protected by) copyright\b)`)

	// captionEnd is the expand button text glued to a caption by many Korean CMSs.
	captionEnd = regexp.MustCompile(`\s*이미지\s*확대\s*보기\s*$`)
	// creditEnd is a photo credit closing a caption: "… 사진=연합뉴스", "… /사진제공=○○시",
	// "… (사진=뉴시스)", "… <사진=독자 제공>", "… [사진 = 로이터]".
	creditEnd = regexp.MustCompile(`(?:[/|·]\s*|\s|^)[(\[<]?\s*(?:사진|사진\s*제공|자료\s*사진|그래픽|영상|제공)\s*[=:：]\s*[^=]{1,40}?[)\]>]?\s*$` +
		`|[(\[<]\s*(?:사진|자료사진)\s*[)\]>]?\s*[^=]{0,20}제공[)\]>]?\s*$` +
		`|` + parenCredit.String())
	// parenCredit is a credit in brackets closing a caption: "… (Foto: Jane Roe/AP)",
	// "… (Photo by Jane Roe)".
	parenCredit = regexp.MustCompile(`(?i:\(\s*(?:photo|image|picture|foto|фото)\s*(?:by|:|credit:?)\s*[^)]{1,60}\))\s*$`)
	// creditOnly is a line that is nothing but a credit: "[사진=JTBC]", "Photo: Reuters".
	creditOnly = regexp.MustCompile(`(?i)^\s*[(\[<]?\s*(?:사진|사진\s*제공|그래픽|photo|image|foto|фото)\s*[=:：]`)

	emailRe = regexp.MustCompile(`[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+`)
)

// noticeMarker finds where a notice begins inside a line.
var noticeMarker = regexp.MustCompile(`(?i)copyright|ⓒ|©|\(c\)|저작권|무단|all rights|alle rechte|все права|版权|版權|無断|未經|tous droits|todos los derechos|未经|` +
	`凡(?:注明|標明|标明)|(?:转载|轉載)(?:请|請|须|須)|本文(?:仅|僅)代表|(?:免责|免責)(?:声明|聲明)|` +
	`this material may|перепечатка|при (?:полном|использовании|перепечатке|цитировании)|nachdruck|vervielfältigung|wszelkie prawa|` +
	`(?:반론|정정|추후\s*보도)[^.]{0,30}(?:청구|신청|요청)\s*하실|고충\s*처리인`)

// IsCopyright reports a line that is a copyright or reprint notice: one that opens with one, or
// carries a notice phrase with no finished sentence before it ("… 밝혔다. 저작권자 ⓒ …" is a
// story sentence with a notice glued on, for the caller to split).
func IsCopyright(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 4*maxNotice || !noticeHint(line) {
		return false
	}
	if rightsNotice.MatchString(line) {
		return utf8.RuneCountInString(line) <= maxNotice
	}
	if len(line) > 4*maxLine || utf8.RuneCountInString(line) > maxLine {
		return false
	}
	if copyrightStart.MatchString(line) {
		return true
	}
	if !copyrightPhrase.MatchString(line) {
		return false
	}
	if bracketedNotice(line) {
		return true
	}
	at := noticeMarker.FindStringIndex(line)
	return at == nil || !endsSentence(line[:at[0]])
}

// noticeBrackets pairs the brackets Korean sites wrap a whole notice line in.
var noticeBrackets = map[rune]rune{'[': ']', '<': '>', '〈': '〉', '【': '】', '(': ')', '《': '》'}

// bracketedNotice reports a line wrapped whole in one pair of brackets that closes on a notice
// phrase: "[게임과 게이머, 문화를 전합니다. 포모스게임│무단 전재 및 재배포 금지]". The slogan
// before the phrase is a finished sentence, which would otherwise make the line read as a story
// sentence with a notice glued on; a story paragraph is never bracketed whole.
func bracketedNotice(line string) bool {
	first, _ := utf8.DecodeRuneInString(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	if closing, ok := noticeBrackets[first]; !ok || closing != last {
		return false
	}
	inner := strings.TrimSpace(line[utf8.RuneLen(first) : len(line)-utf8.RuneLen(last)])
	if strings.ContainsRune(inner, first) || strings.ContainsRune(inner, last) {
		// "[A] … [B]": two bracketed parts, not one wrapped line
		return false
	}
	locs := copyrightPhrase.FindAllStringIndex(inner, -1)
	if len(locs) == 0 {
		return false
	}
	tail := inner[locs[len(locs)-1][1]:]
	return utf8.RuneCountInString(strings.TrimRight(tail, " .!。")) <= 6
}

// endsSentence reports text holding a finished sentence: a terminator followed by a space or
// standing at its end.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	for _, t := range []string{".", "!", "?", "。", "！", "？"} {
		if strings.HasSuffix(s, t) || strings.Contains(s, t+" ") {
			return true
		}
	}
	return false
}

// zhCaption reports a Chinese photo credit or caption marked as one, or the original headline a
// portal notes under a story it retitled: "故宫博物院供图", "图片来源：视觉中国", "△坦帕市市长简·卡斯特",
// "（原标题：…）". A caption closed by its photographer ("…调试灯光。中新社记者 杜洋 摄") is left:
// references differ on it (daniel-zh and trafilatura keep such lines as the story's). Prefix and
// suffix tests first: every Chinese paragraph is asked.
func zhCaption(line string) bool {
	switch {
	case strings.HasSuffix(line, "供图") || strings.HasSuffix(line, "供圖"):
		return utf8.RuneCountInString(line) <= 32 && !strings.ContainsAny(line, "。！？")
	case strings.HasPrefix(line, "△"):
		return true
	case strings.HasPrefix(line, "（") || strings.HasPrefix(line, "("):
		return originalTitle.MatchString(line)
	case strings.HasSuffix(line, "）") || strings.HasSuffix(line, ")"):
		return zhCreditedCaptions(line)
	}
	for _, p := range []string{"图片来源", "圖片來源", "图片來源", "图源", "圖源"} {
		if rest, ok := strings.CutPrefix(line, p); ok {
			rest = strings.TrimLeft(rest, " \u3000")
			return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")
		}
	}
	return false
}

// pictureCredit is the picture's credit in brackets that closes a Taiwanese caption: "（圖／記者林悅翻攝）",
// "（圖翻攝自google map）", "（图/取自脸书）", "（圖擷取自馮光遠臉書）", "（資料照）" (a file photo). A
// story sentence does not credit a picture. The photographer's own "（記者溫于德攝）" is not read:
// references differ on such captions (see zhCaption).
var pictureCredit = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`[（(]\s*(?:(?:圖|图)\s*(?:[／/:：]|翻攝|翻摄|取自|擷取自|撷取自|截自|片來源|片来源)[^（）()]{0,40}|` +
		`資料照片?|资料照片?|資料圖|资料图)[）)]`)
})

// maxZhCaption bounds a caption so credited: a sentence or two about the picture.
const maxZhCaption = 120

// maxZhCaptionRun bounds the captions of a picture box read as one line: a few pictures.
const maxZhCaptionRun = 4

// zhCreditedCaptions reports a line that is a Taiwanese caption closed by its picture's credit
// (pictureCredit), or the captions of a box of pictures read together as one line ("…抗爭民眾。
// （資料照，記者溫于德攝） 馮光遠嘲諷…（圖擷取自馮光遠臉書）"): every part up to a credit is a
// caption's length, and the line ends with one.
func zhCreditedCaptions(line string) bool {
	if len(line) > 4*maxZhCaptionRun*maxZhCaption {
		return false
	}
	locs := pictureCredit().FindAllStringIndex(line, maxZhCaptionRun+1)
	if len(locs) == 0 || len(locs) > maxZhCaptionRun || locs[len(locs)-1][1] != len(line) {
		return false
	}
	from := 0
	for _, l := range locs {
		part := strings.TrimSpace(line[from:l[1]])
		if n := utf8.RuneCountInString(part); n > maxZhCaption || l[0] == from {
			return false // a caption's length, and words before its credit
		}
		from = l[1]
	}
	return true
}

// originalTitle is the note of a story's original headline: "（原标题：…）".
var originalTitle = regexp.MustCompile(`^[（(]\s*原(?:标题|標題)\s*[:：][^（）()]{1,80}[）)]$`)

// maxCaption bounds a caption: one or two short sentences. A news paragraph that happens to
// end on a source credit is longer.
const maxCaption = 150

// maxCreditedCaption bounds a caption that closes on a bracketed credit ("… (Foto: Jane Roe/AP)"):
// two sentences on the picture.
const maxCreditedCaption = 320

// noticeHints are substrings every notice contains; looking for them is much cheaper than the
// regular expressions, which then run on the few lines that have one.
var noticeHints = []string{"copyright", "ⓒ", "©", "(c)", "저작권", "무단", "배포", "rights", "rechte", "права", "版权", "無断",
	"droits", "derechos", "未经", "不得", "転載", "複製", "broadcast", "перепечат", "материалов", "nachdruck", "vervielfältigung", "prawa",
	"转载", "轉載", "代表作者", "免责", "免責", "版權", "未經", "powielan", "reproduc", "하실", "고충"}

// noticeHintSet is noticeHints for the test asked of every line of a body.
var noticeHintSet = textsim.NewAnyOf(noticeHints)

func noticeHint(line string) bool {
	return noticeHintSet.InLowered(line)
}

// MayHoldNotice reports whether a longer text may contain a copyright sentence, so callers
// split it into sentences only then.
func MayHoldNotice(text string) bool {
	return noticeHint(text) && (copyrightPhrase.MatchString(text) || strings.Contains(text, "ⓒ") || strings.Contains(text, "©") ||
		strings.Contains(strings.ToLower(text), "copyright"))
}

// IsCaption reports a photo caption: text with a credit at its end, or the caption a Korean CMS
// prints with its "이미지 확대보기" button.
func IsCaption(line string) bool {
	line = strings.TrimSpace(line)
	n := utf8.RuneCountInString(line)
	if line == "" || n > maxCreditedCaption {
		return false
	}
	var loc []int
	switch {
	case n > maxCaption:
		// A longer caption closes on a bracketed credit: the photographer and the agency in
		// "(Foto: …)" end no sentence of a story.
		if !strings.HasSuffix(line, ")") {
			return false
		}
		loc = parenCredit.FindStringIndex(line)
	case strings.HasSuffix(line, "보기") && captionEnd.MatchString(line) || zhCaption(line):
		// The trimmed line ends with the button's last word when captionEnd matches.
		return true
	case strings.HasSuffix(line, ")") || koCreditWord(line):
		// creditEnd's Korean credits hold one of its words and its bracketed credit ends the
		// line with ")": a line without either, most of a story's in any script, is not asked
		// (the expression is tried from every position).
		loc = creditEnd.FindStringIndex(line)
	}
	// A line that is only a credit ("[사진=JTBC, 이매진아시아]") credits the story's photos and is
	// left alone; a caption has words before its credit.
	return loc != nil && utf8.RuneCountInString(line[:loc[0]]) >= 6
}

// wireCaptionRe is a Korean news agency's photo caption: it opens on the agency's dateline
// ("【서울=뉴시스】최진석 기자 = ", "(서울=뉴스1) 오대일 기자 = ") and closes on the picture's
// date and the photographer's address or the agency ("… 있다. 2018.10.18. myjs@newsis.com",
// "… 있다. 2018.11.28/뉴스1"), a reprint notice after it or not. The agency's stories open on
// the same dateline; none closes on a bare date and an address.
var wireCaptionRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[【\[(]\s*[\p{L}·]{1,10}\s*=\s*[\p{L}\d]{1,10}\s*[】\])]\s*[^=]{0,20}=\s*\S.*` +
		`\d{4}[./]\s?\d{1,2}[./]\s?\d{1,2}\.?\s*(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|/\s*[\p{L}\d]{1,10})\s*(?:[<\[(〈][^<\[(〈]{0,80}[>\])〉])?$`)
})

// wireCaption reports a news agency's photo caption (wireCaptionRe). Clean drops one only above
// more of the body: a photo story's caption is all its text.
func wireCaption(line string) bool {
	n := utf8.RuneCountInString(line)
	if n > maxCreditedCaption || n < 30 || !strings.Contains(line, "=") {
		return false
	}
	return wireCaptionRe().MatchString(line)
}

// koCreditWord reports one of the words every Korean credit creditEnd matches holds: "사진"
// (also in "자료 사진" and "사진 제공"), "그래픽", "영상" or "제공".
func koCreditWord(s string) bool {
	return strings.Contains(s, "사진") || strings.Contains(s, "그래픽") || strings.Contains(s, "영상") || strings.Contains(s, "제공")
}

// maxPrompt bounds a subscription prompt: a label or a sentence or two.
const maxPrompt = 200

var (
	// promptLine is the whole of a "read on" or log-in prompt printed where a paywall cuts a story.
	promptLine = regexp.MustCompile(`(?i)^(?:continue reading(?: the main story| below)?|(?:jetzt |gleich )?weiterlesen|` +
		`(?:sie )?möchten (?:sie )?(?:gerne )?weiterlesen|gleich können sie weiterlesen|(?:anmelden|einloggen|registrieren) und weiterlesen|` +
		`mit [\p{L}\d+ ]{1,20} weiterlesen|bereits abonnent(?:/in|in)?\??\s*(?:einloggen|anmelden)?|ja\. ich (?:bin abonnent(?:/in|in)?|benötige ein abo)|` +
		`pour lire la suite|déjà abonné|para seguir leyendo|ya soy suscriptor|читать далее|продолжение следует|` +
		`(?:［|\[)?有料会員限定(?:］|\])?|기사\s?전문\s?보기)\s*[.!?:：…]*$`)
	// promptPhrase marks a paywall sentence wherever it stands in a short line.
	promptPhrase = regexp.MustCompile(`(?i)already an? (?:subscriber|member)|(?:register|sign in|log in)(?: for free)? to unlock\b|subscribe (?:now )?to (?:continue|keep) reading|` +
		`(?:sign|log) in to (?:continue|keep) reading|this (?:article|story|content) is (?:only )?(?:available |reserved )?(?:for|to) (?:subscribers|members)|` +
		`nur für abonnent|exklusiv für abonnent|für abonnenten (?:inklusive|frei)|réservée?s? aux abonnés|il vous reste \d+(?:[.,]\d+)?\s?% de cet article|exclusivo para suscriptores|` +
		`会員限定です|続きをお読みいただけます|有料会員になると|有料記事(?:も|を)?お読みいただけます|(?:すべて|全て)の記事が読み放題|` +
		`(?:有料|会員向け|会員限定の?)記事(?:が|も)?読み放題|유료\s?회원|로그인\s?후\s?(?:이용|열람)|` +
		`(?:чтобы|для того чтобы) (?:продолжить|дочитать)|только для подписчиков|оформите подписку`)
)

// promptHints are substrings every prompt contains, checked before the regular expressions.
var promptHints = []string{"continue", "weiterlesen", "abonn", "lire la suite", "seguir leyendo", "suscriptor", "subscri",
	"member", "unlock", "читать", "продолж", "дочитать", "подпис", "会員", "続き", "読み放題", "유료", "로그인", "전문"}

// IsPaywall reports a subscription or log-in prompt where a paywall cuts the story ("Continue
// reading the main story", "Möchten Sie weiterlesen?", "この記事は会員限定です。…"): a label or
// a short line, never a paragraph of the story.
func IsPaywall(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 4*maxPrompt || utf8.RuneCountInString(line) > maxPrompt {
		return false
	}
	return textsim.ContainsAny(strings.ToLower(line), promptHints) && (promptLine.MatchString(line) || promptPhrase.MatchString(line))
}

// IsContact reports a reporter contact line: an e-mail address with at most a name and title.
func IsContact(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > 80 || !emailRe.MatchString(line) {
		return false
	}
	rest := emailRe.ReplaceAllString(line, "")
	return len(strings.Fields(rest)) <= 5 && !strings.ContainsAny(rest, ".!?。")
}

// IsCredit reports a line that is only a photo credit.
func IsCredit(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && utf8.RuneCountInString(line) <= 80 && creditOnly.MatchString(line)
}

// CaptionText is a caption without its "이미지 확대보기" button text, as the page repeats it.
func CaptionText(line string) string {
	return strings.TrimSpace(captionEnd.ReplaceAllString(line, ""))
}

// placeholderLine is the whole of a label an embed shows in place of a video, post or chart
// until the reader consents or the player loads: "To view this video please enable JavaScript",
// "Empfohlener redaktioneller Inhalt", "Ein Klick für den Datenschutz", "YouTube-Inhalte erlauben".
var placeholderLine = regexp.MustCompile(`(?i)^(?:to view this (?:video|content|media)[, ]+(?:please )?(?:enable javascript|accept (?:the )?cookies)|` +
	`(?:the )?video player (?:is )?loading|please enable javascript to (?:view|watch|see)|your browser does not support (?:the )?(?:video|audio)|` +
	`(?:empfohlener|externer) (?:redaktioneller )?inhalt|ein klick für den datenschutz|[\p{L}\d]+(?:-| )inhalte? (?:erlauben|zulassen|laden|anzeigen)|` +
	`externe(?:n)? inhalte? (?:erlauben|zulassen|laden|anzeigen)|an dieser stelle (?:findest du|finden sie) (?:einen )?externen inhalt|` +
	`ich bin damit einverstanden, dass mir (?:externe )?inhalte|personenbezogene daten können an drittplattformen übermittelt werden|` +
	`link zum [\p{L}\d]+-inhalt|contenu externe|pour afficher ce contenu,? (?:vous devez )?accepter les cookies|` +
	`para ver este contenido,? (?:debes |debe )?aceptar (?:las )?cookies|` +
	// an ad-blocker notice stands where the blocked embed or comments would be
	`ad ?block(?:er)? users?\s*:|(?:it (?:looks|seems) like|we(?: have|'ve)? (?:noticed|detected)(?: that)?) you(?:'re| are) using an? ad ?blocker|` +
	`please (?:disable|turn off|pause) (?:your )?ad ?blocker|sie (?:nutzen|verwenden) (?:offenbar |anscheinend )?einen ad-?blocker|ad-?blocker erkannt|` +
	// a video player's control labels (video.js), read as text before its script runs
	`loaded: \d+(?:\.\d+)?\s?%|current time \d|remaining time -?\d|this is a modal window\b|beginning of dialog window\b|end of dialog window\b|` +
	`no compatible source was found for this media|` +
	// the place a video leaves in the story while it plays in a corner of the window
	`video (?:is )?(?:now )?playing (?:in the )?(?:bottom|top) (?:right|left)\b|` +
	// a slideshow's keyboard help, and what a player shows when its video will not load
	`press (?:the )?space ?bar to (?:pause|play)\b|video loading\s*video unavailable|` +
	`(?:sorry|we apologi[sz]e|oops)\W+(?:but )?(?:this|the) video(?: player)? (?:has )?(?:failed to load|(?:is(?:n't| not| no longer)|isn’t) available|is unavailable)\b|` +
	// a gallery's photo count on a picture ("+10"), and its button ("VIEW GALLERY - 3 IMAGES")
	`\+\d{1,4}$|view (?:the )?(?:photo )?gallery\s*[-–:(]?\s*\d{1,4}\s*(?:images|photos|pictures)\)?$|` +
	// an audio or video player's clock before it loads ("0:00 / --:--"), with its key help
	`0:00\s*/\s*(?:--:--|\d{1,2}:\d{2}(?::\d{2})?)|` +
	// the link an embedded post falls back to when its script cannot load it
	`(?:this )?(?:tweet|post) may have been deleted\b)`)

// maxPlaceholder bounds a placeholder: a label, or the sentence or two explaining it.
const maxPlaceholder = 200

// IsPlaceholder reports the label of an embed waiting for consent or a player ("To view this video
// please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video"):
// what the page shows instead of a video, not a sentence of the story.
func IsPlaceholder(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && len(line) <= 4*maxPlaceholder && utf8.RuneCountInString(line) <= maxPlaceholder &&
		mayOpenPlaceholder(line) && placeholderLine.MatchString(line)
}

// placeholderOpenings are the first two letters, lower-case, of every placeholderLine
// alternative but the two below ("to view", "the video", "video player", "please", …).
var placeholderOpenings = map[string]bool{}

func init() {
	for _, p := range strings.Fields("to th vi pl yo em ex ei an ic pe li co po pa ad it we si lo cu re be en no pr so oo tw 0:") {
		placeholderOpenings[p] = true
	}
}

// mayOpenPlaceholder reports a line placeholderLine may match: one opening with the first two
// letters of an alternative in any case ("ſ" is an "s" to (?i); no other letter of the openings
// folds to a rune outside ASCII), a "+" and a digit (a photo count), or a line holding "inhalt"
// ("YouTube-Inhalte erlauben", whose first word is any word). The expression is tried on every
// short block of a reading, and most open otherwise.
func mayOpenPlaceholder(line string) bool {
	a, rest := line[0], line[1:]
	if strings.HasPrefix(line, "ſ") {
		a, rest = 's', line[len("ſ"):]
	}
	if rest != "" {
		if pair := [2]byte{textsim.LowerASCII(a), textsim.LowerASCII(rest[0])}; placeholderOpenings[string(pair[:])] ||
			a == '+' && '0' <= rest[0] && rest[0] <= '9' {
			return true
		}
	}
	return textsim.ContainsFoldASCII(line, "inhalt")
}

// shortcodeLine is the whole of a CMS shortcode left unrendered in the text a page serves: a
// named widget with its label and the ids it shows ("[related:Read also](5585404 5399762)"), or a
// tag with attributes ("[gallery ids="12,13"]", "[/caption]"). A bracketed word of prose ("[sic]",
// "[Update]") has neither.
var shortcodeLine = regexp.MustCompile(`^(?:\[[a-z][a-z\d_-]*:[^\[\]]{0,60}\]\([\w\s,.-]{0,200}\)|` +
	`\[[a-z][a-z\d_-]*(?:\s+[a-z][a-z\d_-]*=(?:"[^"]*"|'[^']*'|[^\s\]]+))+\s*/?\]|\[/[a-z][a-z\d_-]*\])$`)

// IsShortcode reports a line that is nothing but an unrendered CMS shortcode (shortcodeLine).
func IsShortcode(line string) bool {
	line = strings.TrimSpace(line)
	return len(line) <= 400 && strings.HasPrefix(line, "[") && shortcodeLine.MatchString(line)
}

// maxFooterLines bounds the short lines a closing notice may cut: a footer's links and a list of
// other headlines. A document printed in short lines (an RFC) with its copyright notice near the
// top runs to hundreds.
const maxFooterLines = 40

// maxPitch bounds the lines of the sales pitch that follows a paywall prompt ("Unlimited access
// to …", "Cancel anytime"): one short line each.
const maxPitch = 100

// Clean drops copyright notices, paywall prompts, embed placeholders, unrendered shortcodes and
// photo captions from a body's paragraphs, with the copies of a caption a page prints twice (once
// with its button text, once without) and short paragraphs repeated back to back. A paywall prompt followed by nothing
// but short lines ends the body: those lines are its sales pitch (the story stopped at the prompt);
// so does a copyright or reprint notice followed by nothing but short lines (the page's footer).
func Clean(paras []string) []string {
	out := paras[:0:0]
	captions := map[string]bool{}
	prev := ""
	for i, p := range paras {
		t := strings.TrimSpace(p)
		if IsPaywall(t) && pitchOnly(paras[i+1:]) {
			break
		}
		if i > 0 && i+1 < len(paras) && len(paras)-i-1 <= maxFooterLines && IsCopyright(t) && pitchOnly(paras[i+1:]) {
			break // the story's closing notice, then the page's footer and link lists
		}
		switch {
		case t == "" || t == prev && utf8.RuneCountInString(t) <= maxCaption:
			continue // a caption or label printed twice; long paragraphs are left as they are
		case IsCaption(t) || i+1 < len(paras) && wireCaption(t):
			captions[CaptionText(t)] = true
			prev = t
			continue
		case len(out) > 0 && strings.TrimSpace(out[len(out)-1]) == prev && creditUnderCaption(t, prev):
			out = out[:len(out)-1] // the caption above its credit line
			prev = t
			continue
		case captions[t] || IsCopyright(t) || IsPaywall(t) || IsPlaceholder(t) || IsShortcode(t):
			prev = t
			continue
		}
		prev = t
		out = append(out, p)
	}
	return out
}

// creditUnderCaption reports a line that is wholly a bracketed photo credit ("(Foto: Jane Roe /
// Agência)") under a short line that ends no sentence: a caption the page broke before its credit
// (a <br> in the caption's element). Under a sentence the credit line stays, as other
// credit-only lines do.
func creditUnderCaption(line, prev string) bool {
	if !strings.HasPrefix(line, "(") || utf8.RuneCountInString(line) > 80 || prev == "" ||
		utf8.RuneCountInString(prev) > maxCaption || endsSentence(prev) {
		return false
	}
	loc := parenCredit.FindStringIndex(line)
	return loc != nil && loc[0] == 0
}

// pitchOnly reports paragraphs that are all short lines: what follows a paywall prompt when the
// story has stopped.
func pitchOnly(paras []string) bool {
	for _, p := range paras {
		if utf8.RuneCountInString(strings.TrimSpace(p)) > maxPitch {
			return false
		}
	}
	return true
}
