package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-unidecode"

	"paperboy/core/pubdate"
	"paperboy/core/textsim"
)

// koTitles are Korean job titles written after a reporter's name; the name is what we keep.
const koTitles = `(?:선임기자|객원기자|수습기자|인턴기자|전문기자|기자|특파원|칼럼니스트|논설위원|편집위원|통신원|객원논설위원)`

var (
	// "[한국금융신문=정은경 기자]", "[엔터미디어=정덕현 칼럼니스트]"
	koBracketByline = regexp.MustCompile(`[\[【]\s*[^\]】=\n]{1,30}=\s*([가-힣]{2,4})\s*` + koTitles)
	// "(서울=연합뉴스) 홍길동 기자 ="
	koDatelineByline = regexp.MustCompile(`\(\s*[^)=\n]{1,20}=\s*[^)\n]{1,20}\)\s*([가-힣]{2,4})\s*` + koTitles)
	// "(세종=연합뉴스) 이세원 이대희 민경락 기자 =": a wire dateline's several reporters, spaces
	// alone between them, the credit closed by "=" as the wire closes it.
	koDatelineListByline = regexp.MustCompile(`\(\s*[^)=\n]{1,20}=\s*[^)\n]{1,20}\)\s*(?:[가-힣]{2,4}\s+){1,8}([가-힣]{2,4})\s*` + koTitles + `\s*=`)
	// "[머니투데이 중기&창업팀 고문순 기자]": the outlet and the desk inside the opening bracket,
	// no "=".
	koBracketDesk = regexp.MustCompile(`^\s*[\[【][^\]】=\n]{1,30}?\s([가-힣]{2,4})\s*` + koTitles + `\s*[\]】]`)
	// "정은경 기자 ek7869@fntimes.com", "〈김종래기자〉jongrae@donga.com" (a 1990s signature in
	// angle brackets)
	koEmailByline = regexp.MustCompile(`([가-힣]{2,4})\s*` + koTitles + `\s*[〉>)\]」]?\s*\(?\s*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+`)
	// "베이징=박수찬 특파원": a correspondent's place before "=", without brackets, or before a
	// box-drawing bar ("워싱턴│김진호 특파원").
	koPlaceByline = regexp.MustCompile(`(?:^|[\s•·|])[가-힣]{2,6}(?:=|\s*│\s*)([가-힣]{2,4})\s*(?:특파원|기자|통신원)(?:$|[\s,/|])`)
	// "… 한산하다. /문호남 기자", "/ 흑룡강신문 박영만 기자": a slash before the credit that closes
	// a story or a photo's caption-story, the outlet's name perhaps before the reporter's.
	koSlashByline = regexp.MustCompile(`(?:^|\s)/\s*(?:[가-힣A-Za-z]{2,10}\s+)?([가-힣]{2,4})\s*` + koTitles + `(?:$|[\s,.])`)
	// "(SBS연예뉴스 강경윤 기자)": the outlet and the writer in round brackets, closing the story.
	koParenByline = regexp.MustCompile(`\(\s*(?:[^()=\n]{1,30}?\s)?([가-힣]{2,4})\s*` + koTitles + `\s*\)`)
	// "cnbnews 김경숙⁄ 2020.05.25 10:28:23": a name, a fraction slash and the date, no title.
	koFractionByline = regexp.MustCompile(`(?:^|\s)([가-힣]{2,4})\s*⁄\s*\d{4}[.\-]\d{1,2}[.\-]\d{1,2}`)
	// "신새롬 기자입니다.": a broadcast transcript's anchor handing over to the reporter, whose
	// report follows ("[앵커] … 신새롬 기자입니다. [기자] …").
	koHandOverByline = regexp.MustCompile(`(?:^|[\s.\]])([가-힣]{2,4})\s*(?:기자|특파원)(?:입니다|가 보도합니다|가 전합니다)\.`)
	// koCoNames are the co-authors a name list puts before the one a pattern found:
	// "이철재ㆍ박용한 기자", "김철수, 이영희 기자". The separator touches the name before it.
	koCoNames = regexp.MustCompile(`(?:^|[\s\[(/=〈<])((?:[가-힣]{2,4}(?:[ㆍ・·]|,\s?))+)$`)
	// koDatelineCoNames are the co-authors a wire dateline lists before the last name, spaces
	// alone between them: "(세종=연합뉴스) 이세원 이대희 " before "민경락 기자 =".
	koDatelineCoNames = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`[(\[【]\s*[^)\]】=\n]{1,20}=\s*[^)\]】\n]{1,20}[)\]】]\s*((?:[가-힣]{2,4}\s+){1,8})$`)
	})
	// "홍길동 기자" standing alone, as in a byline element.
	koPlainByline = regexp.MustCompile(`(?:^|[\s\[(·ㆍ・,/=])([가-힣]{2,4})\s*` + koTitles + `(?:$|[\s\]),=·/|])`)
	// koWholeByline is a line that is nothing but one reporter's name and title ("오로라 기자"),
	// as each co-author's item of a byline list prints it.
	koWholeByline = regexp.MustCompile(`^([가-힣]{2,4})\s*` + koTitles + `$`)
	// etAlRe is the "et al." closing a list of writers.
	etAlRe  = regexp.MustCompile(`,?\s+et\.?\s+al\.?$`)
	emailRe = regexp.MustCompile(`[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+`)
	// bySplitRe splits a list of names at commas (the ideographic "、" and Arabic "،" too) and
	// at the word "and" of the languages paperboy serves, which stands between spaces.
	// The Latin words stand between spaces too: \b would split "Materiały" at its final "y",
	// the "ł" being no word character to it.
	bySplitRe = regexp.MustCompile(`\s*(?:,(?:\s*` + listAnd + `\s)?|、|،|;|&|/|·|\||\s` + listAnd + `\s)\s*`)
)

// listAnd is the word "and" that joins the last two names of a list in the languages paperboy
// serves (Indonesian and Malay "dan" in lower case: "Budisantoso Budiman dan Agus S"), also after a comma ("Jane Roe, Guest Contributor, and John Doe").
// Polish, Croatian, Serbian and Catalan "i" and Polish "oraz", Finnish and Estonian "ja",
// Hungarian "és", Romanian "și", Lithuanian "ir", Ukrainian "і" and "та", Vietnamese "và":
// "Anna Kowalska i Tomasz Nowak" names two writers. Czech and Slovak "a" is left out: it is
// English's article too, and "Post a Comment" in a byline box is no two names.
const listAnd = `(?:and|und|et|y|e|og|och|en|ve|dan|i|oraz|ja|és|și|ir|і|та|và|и|و|및|和|与|και|और|และ)`

// koreanByline finds a reporter's name in Korean article text; the most specific pattern wins.
func koreanByline(text string) string {
	return koreanBylineIn(text, false)
}

// koreanBylineIn is koreanByline; in a story's own text (story) the last e-mail byline counts,
// for the writer's closes the story and the ones above it credit photographers in captions
// ("… 올랐다. 최혁중 기자 sajinman@…" under a picture).
func koreanBylineIn(text string, story bool) string {
	if names := koreanBylineNames(text, story); len(names) > 0 {
		return names[0]
	}
	return ""
}

// koreanBylinePatterns are koreanBylineNames' patterns, the most specific first; closing
// marks the credits that close a story, of which the last counts in the story's own text;
// hint is a string a match holds, tested first (the patterns run over a whole page's text).
var koreanBylinePatterns = []struct {
	re      *regexp.Regexp
	closing bool
	hint    string
}{
	{koBracketByline, false, "="}, {koBracketDesk, false, ""}, {koDatelineByline, false, "="}, {koDatelineListByline, false, "="}, {koEmailByline, true, "@"},
	{koPlaceByline, false, "="}, {koPlaceByline, false, "│"}, {koSlashByline, true, "/"}, {koFractionByline, false, "⁄"}, {koParenByline, true, "("},
	{koHandOverByline, false, "니다."},
}

// koAffiliationLine is a line that is a Korean name and the writer's institution in brackets:
// "구기연(서울대학교)", "김철수 (한국개발연구원)".
var koAffiliationLine = regexp.MustCompile(`^([가-힣]{2,4})\s*\(\s*[가-힣A-Za-z·\s]{0,20}?(?:대학교|대학원|대학|연구소|연구원|연구센터|센터|재단|학회|교수|연구위원)\s*\)$`)

// koDeskLine is a line that closes a story with the outlet's desk and the writer's name, no
// title: "중앙방송총국 연변편집부 리설선".
var koDeskLine = regexp.MustCompile(`^(?:[가-힣A-Za-z]{2,12}\s+){0,2}[가-힣]{1,10}(?:부|팀)\s+([가-힣]{2,4})$`)

// koNamePictureLine is a line that closes a story with the writer's name alone and, after a
// slash, the source of its pictures: "박노준 / 사진출처 비비 인스타그램", or a screen capture
// ("백아영 / 화면캡처 유튜브", "… / 캡처 …").
var koNamePictureLine = regexp.MustCompile(`^([가-힣]{2,4})\s*/\s*(?:사진|영상|자료|화면|캡처|캡쳐)`)

// koDeskWords stand where koDeskLine's name would: what the desk did with the story.
var koDeskWords = map[string]bool{"종합": true, "정리": true, "취재": true, "제공": true, "편집": true, "공동취재": true}

// koAffiliatedName returns the name of a koAffiliationLine among the first and last three
// paragraphs of body, or of a koDeskLine or a koNamePictureLine among the last three, or "".
func koAffiliatedName(body string) string {
	paras := strings.Split(body, "\n\n")
	for i, p := range paras {
		last := i >= len(paras)-3
		if i >= 3 && !last {
			continue
		}
		if p = strings.TrimSpace(p); len(p) > 80 {
			continue
		}
		if m := koAffiliationLine.FindStringSubmatch(p); m != nil && !koNotName[m[1]] {
			return m[1]
		}
		if m := koDeskLine.FindStringSubmatch(p); last && m != nil && !koNotName[m[1]] && !koDeskWords[m[1]] {
			return m[1]
		}
		if m := koNamePictureLine.FindStringSubmatch(p); last && m != nil && !koNotName[m[1]] && !koDeskWords[m[1]] {
			return m[1]
		}
	}
	return ""
}

// koStampNameRe is a Korean name right before a date and time: "주성하 2020.04.22 10:57".
var koStampNameRe = regexp.MustCompile(`(?:^|[^가-힣])([가-힣]{2,4})\s+(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\.?\s+\d{1,2}:\d{2}`)

// koStampLabels are the words a Korean page prints before a date, which stand where
// koStampNameRe's name would.
var koStampLabels = map[string]bool{"입력": true, "수정": true, "등록": true, "작성": true, "게재": true, "승인": true, "발행": true,
	"기사입력": true, "최종수정": true, "업데이트": true, "작성일": true, "등록일": true, "수정일": true, "입력일": true, "송고": true, "송고시간": true, "발행일": true, "오전": true, "오후": true}

// koNameBeforeStamp returns the Korean name printed right before the first date and time within
// 160 bytes after the headline in the page's text (a board's post line: "주성하 2020.04.22
// 10:57", after the view and like counters), or "".
func koNameBeforeStamp(text, headline string) string {
	if headline == "" {
		return ""
	}
	i := strings.Index(text, headline)
	if i < 0 {
		return ""
	}
	from := i + len(headline)
	to := min(len(text), from+160)
	for to < len(text) && text[to]&0xC0 == 0x80 {
		to++ // not inside a character
	}
	m := koStampNameRe.FindStringSubmatch(text[from:to])
	if m == nil || koStampLabels[m[1]] || koNotName[m[1]] {
		return ""
	}
	return m[1]
}

// koHeadlineSignRe is a Korean name that ends a headline after a dash: "… 어디쯤인가요 -윤유정".
var koHeadlineSignRe = regexp.MustCompile(`\s[-–—―]\s?([가-힣]{2,4})$`)

// koSignedHeadline returns the name that signs the end of the headline when the story prints
// it on a line of its own (a guest post or contest entry signed under its opening), or "".
func koSignedHeadline(headline, reading string) string {
	m := koHeadlineSignRe.FindStringSubmatch(strings.TrimSpace(headline))
	if m == nil || koNotName[m[1]] {
		return ""
	}
	for _, line := range strings.Split(reading, "\n") {
		if strings.TrimSpace(line) == m[1] {
			return m[1]
		}
	}
	return ""
}

// koPictureWords stand before "=" in the credit of a picture, a video or a graphic ("사진=백승철
// 기자", "[영상=김민수 기자]"): the name after them is not the story's writer.
var koPictureWords = map[string]bool{"사진": true, "영상": true, "그래픽": true, "촬영": true, "디자인": true, "일러스트": true, "편집": true, "영상편집": true}

// pictureCredit reports a match m of a pattern with "=" whose word before the "=" is one of
// koPictureWords.
func pictureCredit(text string, m []int) bool {
	seg := text[m[0]:m[2]]
	i := strings.LastIndex(seg, "=")
	if i < 0 {
		return false
	}
	w := strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune("[【(〈<", r) {
			return ' '
		}
		return r
	}, seg[:i]))
	return len(w) > 0 && koPictureWords[w[len(w)-1]]
}

// koPictureLabelBefore reports text that ends with one of koPictureWords as a label, alone or
// before "=" or ":" ("사진 ", "사진=", "/ 그래픽: "): the name after it is the picture's maker.
// "글·사진" (text and pictures) labels the writer, who took the pictures too.
func koPictureLabelBefore(before string) bool {
	w := strings.Fields(strings.Map(func(r rune) rune {
		if strings.ContainsRune("[【(〈<=:/|,", r) {
			return ' '
		}
		return r
	}, before[max(0, len(before)-40):]))
	return len(w) > 0 && koPictureWords[w[len(w)-1]]
}

// koreanBylineNames is koreanBylineIn with the co-authors a name list puts before the name
// found ("이철재ㆍ박용한 기자" is two reporters).
func koreanBylineNames(text string, story bool) []string {
	if !textsim.ContainsAny(text, koTitleHints) && !strings.Contains(text, "⁄") {
		return nil // every pattern but the rare fraction slash ends in a title; most pages are not Korean
	}
	for _, pat := range koreanBylinePatterns {
		if pat.hint != "" && !strings.Contains(text, pat.hint) {
			continue
		}
		var m []int
		if story && pat.closing {
			if ms := pat.re.FindAllStringSubmatchIndex(text, -1); len(ms) > 0 {
				m = ms[len(ms)-1]
			}
		} else {
			m = pat.re.FindStringSubmatchIndex(text)
			for m != nil && pictureCredit(text, m) {
				// The photographer's credit: the next match of the pattern may be the writer's.
				next := pat.re.FindStringSubmatchIndex(text[m[1]:])
				for k := range next {
					next[k] += m[1]
				}
				m = next
			}
		}
		if m == nil {
			continue
		}
		if name := text[m[2]:m[3]]; !koNotName[name] {
			return withCoNames(text[:m[2]], name)
		}
	}
	return nil
}

// withCoNames returns name after the co-authors that before (the text up to name) lists right
// before it, joined by "ㆍ", "·" or a comma.
func withCoNames(before, name string) []string {
	m := koCoNames.FindStringSubmatch(before[max(0, len(before)-60):])
	if m == nil {
		// A wire dateline lists its reporters with spaces alone: "(세종=연합뉴스) 이세원 이대희
		// 민경락 기자 =". Only there: before a title elsewhere, a word may be the desk's.
		m = koDatelineCoNames().FindStringSubmatch(before[max(0, len(before)-120):])
	}
	if m == nil {
		return []string{name}
	}
	var out []string
	for _, n := range strings.FieldsFunc(m[1], func(r rune) bool { return r == 'ㆍ' || r == '・' || r == '·' || r == ',' || r == ' ' }) {
		// "김하늘 기자, 박바다 기자": the title closing the name before the comma is no co-author.
		if !koNotName[n] && !koTitleWord().MatchString(n) {
			out = append(out, n)
		}
	}
	return dedupe(append(out, name))
}

// koTitleWord is a reporter's title alone (koTitles): "기자", "특파원".
var koTitleWord = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^` + koTitles + `$`) })

// koTitleHints are substrings every koTitles alternative holds.
var koTitleHints = []string{"기자", "특파원", "칼럼니스트", "논설위원", "편집위원", "통신원"}

// koNotName are words that precede 기자 without being a name ("사진 기자", "취재 기자").
var koNotName = map[string]bool{"사진": true, "취재": true, "담당": true, "영상": true, "편집": true, "전문": true, "현직": true, "여성": true, "외신": true}

// bylineNames reads names from a visible byline such as "By LISA MASCARO, MARY CLARE JALONICK
// and ERIC TUCKER" or "정은경 기자 ek7869@fntimes.com"; each line of a multi-line byline
// element is tried in turn because the second is often the organisation.
func bylineNames(s string) []string {
	return bylineNamesWith(s, nil)
}

// bylineNamesWith is bylineNames for a byline block whose co-authors stand one a line
// ("Ingrid Treborg\nMarlene Lundberg Holm"): a further line counts when it is full names and
// is itself one of the page's byline elements (own), as each co-author's card is; a job title
// or the organisation on the next line is not.
func bylineNamesWith(s string, own map[string]bool) []string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if copyrightNotice(line) {
			break // a footer column the layout names "byline": the notice, then its links
		}
		if names := zhPostName(strings.TrimSpace(line)); names != nil {
			return names // "盛寶金融大中華區市場策略師 黃永輝（…）", the line a guest column is signed with
		}
		if labelledDeskLine(normSpace(line)) {
			if datedNextLine(lines[i+1:]) {
				break // "By: Express News Service", then "New Delhi | March 22, 2023": no writer
			}
			continue // "By Associated Press", then the writer's own line ("Matthew Daly")
		}
		names := bylineLine(normSpace(line))
		if len(names) == 0 && labelledCreditRe.MatchString(normSpace(line)) && datedNextLine(lines[i+1:]) {
			break // "By: Express News Service": the credit is a desk's; the next line is the dateline's place
		}
		if len(names) > 0 {
			for _, next := range lines[i+1:] {
				if next = normSpace(next); next == "" {
					continue
				}
				if m := koWholeByline.FindStringSubmatch(next); m != nil && !koNotName[m[1]] {
					names = append(names, m[1]) // "권광순 기자\n오로라 기자": one item a reporter
					continue
				}
				more := splitAuthors(next)
				if !own[next] || !fullNames(more) || len(more) != len(bySplitRe.Split(next, -1)) {
					break
				}
				names = append(names, more...)
			}
			return dedupe(append(names, stackedBylines(normSpace(line), lines[i+1:])...))
		}
	}
	return nil
}

// labelledCreditRe is a byline line that opens with its label and credits someone after it
// ("By: Express News Service", "By Lifestyle Desk"). Where it names no writer the credit is a
// desk's or an agency's, and the block's next line is no second try at a byline: Indian
// Express prints "New Delhi | March 22, 2023 10:50 IST" there, the dateline's place and the
// date, and the place was read as the writer. Only where that next line holds a date
// (datedNextLine): an agency's credit may stand over its writer's name ("By Associated Press",
// then "Matthew Daly"). A label alone on its line ("By" over the name) credits nobody yet, and
// the next line is read.
var labelledCreditRe = regexp.MustCompile(`^(?i:by|von|par|por|door|av)\s*:?\s+\p{Lu}`)

// datedNextLine reports whether the first non-empty line of lines holds a date: a dateline
// ("New Delhi | March 22, 2023 10:50 IST"), not a writer's name on a line of its own under an
// agency's credit ("By Associated Press" over "Matthew Daly").
func datedNextLine(lines []string) bool {
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			_, _, _, ok := pubdate.Find(l, pubdate.Context{})
			return ok
		}
	}
	return false
}

// copyrightNotice reports a line that holds a site's copyright notice ("Copyright 2007 …, Inc.
// All Rights Reserved."): what follows it in a block is the footer's, whatever the class says.
func copyrightNotice(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "all rights reserved") || strings.Contains(l, "alle rechte vorbehalten") ||
		strings.Contains(l, "tous droits réservés") || strings.Contains(l, "todos los derechos reservados")
}

// fullNames reports a non-empty list of names of two words or more each.
func fullNames(names []string) bool {
	for _, n := range names {
		if len(strings.Fields(n)) < 2 {
			return false
		}
	}
	return len(names) > 0
}

// bylinePrefixRe finds the word that introduces a byline in the languages paperboy serves:
// "By", German "Von", French "Par", Spanish/Portuguese "Por", Dutch "Door", Nordic "Av".
var bylinePrefixRe = regexp.MustCompile(`(?i)(?:^|[\s|:·,/])(?:by|von|par|por|door|av)\s+(\p{Lu}.*)$`)

// prefixedByline reads names from a byline that a date line carries after a separator:
// "20.11.2019, 08:02 Uhr | Von Martin Weber". An editor's credit among its parts ("| Edited by
// Jane Roe") is none (withoutEditorCredits).
func prefixedByline(s string) []string {
	for _, seg := range strings.FieldsFunc(withoutEditorCredits(withoutCreditTail(s)), func(r rune) bool { return r == '|' || r == '·' || r == '•' }) {
		if m := bylinePrefixRe.FindStringSubmatch(strings.TrimSpace(seg)); m != nil && !nonWriterCredit(strings.TrimSpace(seg)) {
			if names := splitAuthors(bylineTail.ReplaceAllString(m[1], "")); len(names) > 0 {
				return names
			}
		}
	}
	return nil
}

// doubledLabelRe is a byline label printed twice, once for screen readers and once on screen,
// which the text runs together: "Byby JOSH HASKELL", "Von von Anna Weber". One label stays.
var doubledLabelRe = regexp.MustCompile(`^(?i:(by)\s*:?\s*by|(von)\s*:?\s*von|(par)\s*:?\s*par|(por)\s*:?\s*por|(door)\s*:?\s*door)\s+`)

// bylineTail cuts what follows the names in a byline: "… on Monday, November 18th", "| Updated",
// "/ Updated: Oct 9", "in Valve on 1 June", "• 12 maart 2024" (a bullet before the date).
//
// A reviewer's credit after the names ("… Reviewed by Jane Roe, MD; Associate Professor …",
// "Medically reviewed by …", "Fact-checked by …") ends the writers: the reviewer checked the
// story and wrote none of it, and the post and university after that name are no names.
var bylineTail = regexp.MustCompile(`(?i)\s+(?:on|at|updated|published|posted|(?:medically\s+)?reviewed\s+by|fact[- ]checked\s+by|\||-|–|—|•)(?:\s|:).*$`)

// sectionTail cuts the section after the names of a "by" byline: "by Michael Larabel in Valve";
// without "by", "Wildvogelstation Ferlemann in Dortmund" is a heading.
var sectionTail = regexp.MustCompile(`\s+in\s.*$`)

// gluedDate is a date run into the name by markup: "by Lesotho TimesNovember 21, 2025".
var gluedDate = regexp.MustCompile(`(\p{Ll})(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*\d.*$`)

// gluedNumDate is a numeric date run into the name by markup, the name's element and the stamp's
// side by side with no space: "谢若含2017-03-01 14:27:02", "Jane Roe2017/03/01", "山田太郎2017年3月1日".
// No name ends in a letter followed at once by a year and a month.
var gluedNumDate = regexp.MustCompile(`(\p{L})(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月).*$`)

// bylineDate cuts a date or a reading time printed after the names on the byline's line:
// "By Laura E. Adkins December 28, 2016", "By Seth Rogovoy 3 min read", "…, AP Business Writer
// Fri Dec 28, 6:46 AM ET".
// A weekday counts only before a month: "Jane Sun 3 min read" keeps her surname.
var bylineDate = regexp.MustCompile(`(?i)(?:^|\s+)(?:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d.*$`)

// dateOnlyRe is a date and nothing else: "October 14, 2009", "Wed, 14 Oct 2009", "14.10.2009".
var dateOnlyRe = regexp.MustCompile(`(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:` +
	`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|` +
	`\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|` +
	`\d{1,4}[./-]\d{1,2}[./-]\d{1,4})$`)

// monthDate is bylineDate without the weekday: it leaves "Tuesday" of "Tuesday, January 08".
var monthDate = regexp.MustCompile(`(?i)(?:^|\s+)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?\d.*$`)

// programLabelRe is a broadcaster's label naming the programme a story aired on ("Heard on All
// Things Considered"): it stands in the byline block, and the "on" tail rule would leave its
// verb as a name.
var programLabelRe = regexp.MustCompile(`(?i)^(?:as\s+)?(?:heard|seen|featured|aired|broadcast)\s+on\s`)

func bylineLine(s string) []string {
	if s == "" {
		return nil
	}
	if programLabelRe.MatchString(s) {
		return nil
	}
	// A "more" arrow closing the link to the writer's page ("By Jane Roe »"): no part of a name.
	s = strings.TrimRight(s, moreArrows)
	// A dash before the label, "—By Jane Roe", as magazines set a byline: the dash is no part of
	// it, and "By" after it is the label still.
	s = strings.TrimLeft(s, leadDashes)
	if s = withoutEditorCredits(withoutCreditTail(s)); s == "" || nonWriterCredit(s) {
		return nil // "Photos by Jane Roe", "Foto: …": a picture's credit, no writer's
	}
	s = withoutRoleClause(s)
	if strings.Contains(s, "@") {
		// "Jane Roe Email: jane.roe@example.com": the address and its label, before the label
		// rule reads the colon as a role's.
		s = withoutEmailLeftovers(labelledEmailRe().ReplaceAllString(s, ""))
	}
	// Before the tail rule cuts at a dash: "كتب - أحمد علي" (the label, a dash, the name) and
	// "Nguyễn Văn An - Trần Thị Bình" (two writers) hold no tail.
	s = viDashNames(labelDash(s))
	if placeDashAgency(s) {
		return nil // "İstanbul - DHA": an agency's dateline, no writer
	}
	if names := zhBarredLabel(s); len(names) > 0 {
		return names // "文 | 张三": the bar is the label's, and the name after it the writer's
	}
	if m := zhOutletFiledRe().FindStringSubmatch(s); m != nil && (zhName(m[1], true) || zhForeignNameRe().MatchString(m[1])) {
		return []string{m[1]} // "英国《金融时报》 罗谢尔•托普兰斯基 布鲁塞尔报道": the paper, its reporter, the place
	}
	if hasHanLead(s) {
		if names := zhPostName(s); len(names) > 0 {
			return names // "…市場策略師 黃永輝（…）": a columnist's post, then the name
		}
	}
	if jaLabelLead(s) {
		return jaLabelledNames(s) // "執筆者：山田太郎", "文・山田太郎": the label's full-width mark
	}
	if filedStampRe.MatchString(s) && !strings.Contains(strings.ToLower(s), "by ") {
		return nil // "Filed on October 1, 2017", "Filed under: Technology": a stamp, no byline
	}
	if m := germanPostRe.FindStringSubmatch(s); m != nil {
		if r, _ := utf8.DecodeRuneInString(m[1]); unicode.IsUpper(r) {
			s = m[1] // "FOCUS-online-Gastautor Andreas Jung, MdB": the post, then the name
		}
	}
	if names, ok := germanRoleLabel(s); ok {
		return names
	}
	if names, ok := roleLabelledNames(s); ok {
		return names
	}
	s = doubledLabelRe.ReplaceAllString(s, "$1$2$3$4$5 ")
	// Every reporter of a Korean list: "박성민기자 , 이권효기자 , 최지연기자".
	var ko []string
	for _, m := range koPlainByline.FindAllStringSubmatchIndex(s, 8) {
		// "글 김하늘 기자 · 사진 박바다 기자": the name after a picture's label is the
		// photographer's, no writer's.
		if name := s[m[2]:m[3]]; !koNotName[name] && !koPictureLabelBefore(s[:m[2]]) {
			ko = append(ko, withCoNames(s[:m[2]], name)...)
		}
	}
	if len(ko) > 0 {
		return dedupe(ko)
	}
	if before, after, ok := strings.Cut(s, "|"); ok && !isBlank(after) && dateOnlyRe.MatchString(strings.TrimSpace(before)) {
		// "October 14, 2009|Marc Lifsher": the date, a bar, then the writer; the tail rules
		// below read the bar as the names' end and the date as all of them.
		s = strings.TrimSpace(after)
	}
	if names := barredNames(s); len(names) > 0 {
		return names
	}
	// Lowered byte for byte: "by "'s offset in lower cuts s, and strings.ToLower changes the
	// length of some runes ("Ⱥ", "İ") and of invalid bytes.
	lower := lowerASCIIBytes(s)
	if cut := bylineTail.ReplaceAllString(s, ""); cut != "" && !strings.Contains(lower, "by ") {
		s = cut // before the label rule: "Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST"
	}
	switch i := strings.Index(lower, "by "); {
	case (i == 0 || i > 0 && (lower[i-1] == ' ' || lower[i-1] == ':')) && consentVerb(s[i+3:]):
		return nil // "By submitting your comments you agree to … Terms & Conditions"
	case i == 0 || i > 0 && (lower[i-1] == ' ' || lower[i-1] == ':'):
		// The tail before the section: "By Kathy Wise Published in FrontBurner December 14".
		s = sectionTail.ReplaceAllString(bylineTail.ReplaceAllString(s[i+3:], ""), "")
	case labelColon(s) >= 0:
		// "Текст: Лида Буслаева", "Author: …": the label goes, the name stays.
		s = s[labelColon(s)+1:]
	case strings.Contains(s, ":") && clockOnlyNoName(s):
		// Only a clock's colon, and before the date a comma (a dateline, "NEW DELHI, October 06,
		// 2017 00:44 IST", whose place is no name) or a date label ("Опубликовано 16 января 12
		// (19:28)").
		return nil
	case len(strings.Fields(s)) > 12:
		return nil // an "about the author" blurb, not a byline
	}
	s = bylineTail.ReplaceAllString(strings.TrimLeft(s, " :"), "")
	s = gluedDate.ReplaceAllString(s, "$1")
	s = gluedNumDate.ReplaceAllString(s, "$1")
	return splitAuthors(bylineDate.ReplaceAllString(s, ""))
}

// lowerASCIIBytes is s with its ASCII capitals lowered and every other byte kept, so offsets in
// it are offsets in s.
func lowerASCIIBytes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// withoutEditorCredits drops from a byline the parts between its bars that credit an editor
// ("Editor Jane Roe", "Edited by Jane Roe", "Redaktur: …", "Redaktion: …"): the person who checked the story,
// no writer of it. A story no person wrote (an agency's, or one generated and checked by an
// editor) prints only that credit beside the site's logo ("| Editor Jane Roe"); after a writer's
// name it adds no co-author. The label must be followed by a capitalised word, a name: "Editor
// at large Jane Roe" is a writer's post. It returns what is left, "" when nothing is.
func withoutEditorCredits(s string) string {
	if !textsim.ContainsFoldASCII(s, "edit") && !textsim.ContainsFoldASCII(s, "redakt") && !textsim.ContainsFoldASCII(s, "penyunting") {
		return s // nearly every byline: no editor's label in it
	}
	parts := strings.Split(s, "|")
	kept := make([]string, 0, len(parts))
	dropped := false
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if loc := editorLabel.FindStringIndex(part); loc != nil {
			if r, _ := utf8.DecodeRuneInString(part[loc[1]:]); unicode.IsUpper(r) {
				dropped = true
				continue
			}
		}
		if part != "" {
			kept = append(kept, part)
		}
	}
	if !dropped {
		return s // no editor's credit: the line as it was
	}
	return strings.Join(kept, " | ")
}

// moreArrows are the arrows (and the spaces before them) a byline's link to the writer's page
// may close with: "By Jane Roe »", "Jane Roe ›", "Jane Roe →".
const moreArrows = "»›→≫▸►▶ \u00a0"

// leadDashes are the dashes (and the spaces after them) a byline may open with: "—By Jane Roe",
// "– Jane Roe".
const leadDashes = "-–—―‒ \u00a0"

// labelColon returns the index of the last colon of s that is no clock's ("14:10" after the
// name: "Jane Roe 15.08.2015, 14:10"), or -1.
func labelColon(s string) int {
	for i := strings.LastIndexByte(s, ':'); i >= 0; i = strings.LastIndexByte(s[:i], ':') {
		if i == 0 || i+1 >= len(s) || !isDigitByte(s[i-1]) || !isDigitByte(s[i+1]) {
			return i
		}
	}
	return -1
}

// clockOnlyNoName reports a line whose text before its date ends with a comma or is a date
// label: no name stands there.
func clockOnlyNoName(s string) bool {
	before := strings.TrimSpace(bylineDate.ReplaceAllString(s, ""))
	if strings.HasSuffix(before, ",") {
		return true
	}
	before = lowerSameLength(strings.TrimRight(before, " :"))
	for _, l := range dateLabels {
		if l.word == before {
			return true
		}
	}
	return false
}

// filedStampRe opens a filing stamp ("Filed on October 1, 2017", "Filed at 10:02", "Filed
// under: Business"): a date or a section after a verb, no writer. Without "by" after it the
// line names nobody; the tail rules would leave the verb as a name.
var filedStampRe = regexp.MustCompile(`(?i)^\s*filed\s+(?:on|at|under|in)\b`)

// germanRoleRe is a German role label before the names: "Autor:", "Autorin:", "Redakteur:",
// "Redakteurin:", or a pair of them joined by a slash, "Autor / Redakteur: Name / Name", where
// the names follow the labels in order (the writer, then the editor who took the story in).
var germanRoleRe = regexp.MustCompile(`(?i)(?:^|[\s|:·,])(autor(?:in)?|redakteur(?:in)?)(?:\s*/\s*(autor(?:in)?|redakteur(?:in)?))?\s*:\s*(\S.*)$`)

// germanPostRe is a German writer's post printed before the name without a colon, alone or
// compounded with the outlet's name: "Gastautor Jane Roe", "FOCUS-online-Gastautorin …",
// "SZ-Kolumnist …". The name must follow capitalised.
var germanPostRe = regexp.MustCompile(`(?i)^(?:\S+-)?(?:gast)?(?:autor|autorin|kolumnist|kolumnistin)\s+(\S.*)$`)

// germanRoleLabel reads the names after a German role label (germanRoleRe). Of a label pair,
// the name in the author label's place is the writer; a single name under a pair is the one
// person holding both roles. ok is false when the line holds no such label.
func germanRoleLabel(s string) (names []string, ok bool) {
	m := germanRoleRe.FindStringSubmatch(s)
	if m == nil {
		return nil, false
	}
	rest := bylineTail.ReplaceAllString(m[3], "")
	if m[2] == "" {
		return splitAuthors(rest), true
	}
	parts := strings.Split(rest, "/")
	i := 0
	if !strings.HasPrefix(strings.ToLower(m[1]), "autor") && strings.HasPrefix(strings.ToLower(m[2]), "autor") {
		i = 1 // "Redakteur / Autor: Editor / Writer"
	}
	if len(parts) != 2 {
		i = 0
	}
	return splitAuthors(parts[i]), true
}

// barredNames reads a byline whose writers the bars part, each part one full name and nothing
// else: "Von Uwe Jean Heuser | Kolja Rudzio". Elsewhere a bar ends the names (bylineTail: "Jane
// Roe | Updated …"), so a part that is a date, a post or a section leaves the line to that rule.
func barredNames(s string) []string {
	parts := strings.Split(leadingByRe.ReplaceAllString(strings.TrimSpace(s), ""), " | ")
	if len(parts) < 2 {
		return nil
	}
	var out []string
	for _, part := range parts {
		part = normSpace(part)
		a := splitAuthors(part)
		w := strings.Fields(part)
		if len(a) != 1 || a[0] != part || !fullNames(a) || len(w) > 4 || !looksLikeName(w) || isOrgCredit(part) || articleWords[strings.ToLower(w[0])] {
			return nil
		}
		out = append(out, part)
	}
	return out
}

// articleWords open a publication's name, never a person's ("El Sol de México", "Die Zeit").
var articleWords = map[string]bool{"the": true, "el": true, "la": true, "los": true, "las": true, "le": true, "les": true,
	"il": true, "lo": true, "die": true, "der": true, "das": true, "de": true, "het": true, "o": true, "a": true, "os": true, "as": true}

// consentVerb reports text opening with a verb in -ing in lower case: after "By" it makes a
// consent or instruction line ("By clicking …", "By submitting your comments …"), not a byline;
// a name in lower case ("by john smith") does not end in -ing.
func consentVerb(s string) bool {
	w, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	r, _ := utf8.DecodeRuneInString(w)
	return len(w) > 4 && unicode.IsLower(r) && strings.HasSuffix(w, "ing")
}

// splitAuthors turns one author string into person names: it strips "By", e-mail addresses,
// Korean job titles and organisations, and splits lists joined by commas or "and".
func splitAuthors(s string) []string {
	if strings.Contains(s, "@") {
		s = emailRe.ReplaceAllStringFunc(s, gluedEmailName)
		s = withoutEmailLeftovers(normSpace(emailRe.ReplaceAllString(s, "")))
	}
	s = normSpace(s)
	if s == "" || looksLikeURL(s) || photoCreditRe.MatchString(s) || agencySourceCredit(s) || nonWriterCredit(s) {
		return nil
	}
	s = withoutAgencyTail(coWriterWith(s))
	if rest, ok := strings.CutPrefix(s, "Theo "); ok && vietnameseLetters(s) {
		// Vietnamese "according to": a person only with the outlet after (see viSourcedName).
		if s = viSourcedName(rest); s == "" {
			return nil
		}
	}
	if hasHanLead(s) && strings.ContainsAny(s, "記记") {
		// "記者陳嘉寧／桃園機場報導" in an author field: the reporter of a Chinese role credit.
		if names := zhRoleCredit(s); len(names) > 0 {
			return names
		}
	}
	s = leadingByRe.ReplaceAllString(sweptByLabel(doubledLabelRe.ReplaceAllString(strings.TrimLeft(s, leadDashes), "$1$2$3$4$5 ")), "")
	s = lowerDeBy(idRoleLead(s))
	// "By HERB KEINON AND YAAKOV KATZ": a byline set in capitals writes its "and" so; no name
	// holds the word. A part longer than a name is a tagline's ("CHAMPIONING CREATIVITY ACROSS
	// THE ART AND DESIGN WORLD" in a byline box), which stays whole. "…, Robert Gallucci, et
	// al.": the others are not named.
	s = etAlRe.ReplaceAllString(capitalAnd(s), "")
	if m := parenPostRe.FindStringSubmatch(s); m != nil && (wholeJobTitleRe.MatchString(m[2]) || isUpperWords(m[2]) && wholeJobTitleRe.MatchString(titleCase(m[2]))) {
		s = m[1] // "DAVID ROE (STAFF WRITER)": the post in brackets after the name
	} else if m != nil && strings.Contains(m[1], " ") && !strings.ContainsAny(m[1], ",;/|") && outletInBrackets(m[2]) {
		s = m[1] + ", " + m[2] // "Mary Roe (Computerworld)": the outlet, then read as after a comma
	} else if m != nil && lowerOpening(m[2]) && oneNamedCredit(m[1]) {
		// "Jean Dupont (correspondant à Bruxelles)", "Mario Rossi (inviato a Kiev)": a post or a
		// place in brackets after one name, opening in lower case as no name does.
		s = m[1]
	} else if m != nil && strings.Contains(m[2], ",") && oneNamedCredit(m[1]) {
		// "Jean-Pierre Stroobants (Bruxelles, bureau européen)": the place and the desk the writer
		// files from, in brackets after one name; split at its comma, neither half is a name.
		s = m[1]
	}
	if m := trailingAgencyRe.FindStringSubmatch(s); m != nil && !strings.Contains(m[1], ",") {
		s = m[1] + ", " + m[2] // "JANE ROE ASSOCIATED PRESS": the agency run onto the name without a comma
	}
	if m := bracketOutletRe.FindStringSubmatch(s); m != nil {
		s = m[1] // "[神尾寿，ITmedia]": the writer, then the outlet in Latin letters
	}
	s = swahiliBy(gluedByRe.ReplaceAllString(s, "$1"))
	if strings.Contains(s, "@") {
		s = nameHandleRe.ReplaceAllString(s, "$1$2")
	}
	s = gluedSocialRe.ReplaceAllString(s, "$1")
	if stampLabelIn(s) {
		s = gluedStampRe.ReplaceAllString(s, "$1")
	}
	if m := surnameFirstRe.FindStringSubmatch(s); m != nil && !isOrgCredit(m[1]) && !isOrgCredit(m[2]) {
		s = m[2] + " " + m[1] // "Gillman, Steve": a library-catalogue order; "LIBERATION, AFP" is a credit line
	}
	// orgBefore: an organisation came before the credit ("Editors, USA TODAY"), so capitals
	// after it are the outlet; capitals before it are the reporters the agency line closes
	// ("By MAGGIE MICHAEL and PAUL SCHEMM, Associated Press").
	type credit struct {
		name, raw string
		orgBefore bool
		idx       int // the part's index in parts
	}
	var names []credit
	multi, org, capsFull := false, false, false
	s = czechAnd(hebrewAnd(arabicAnd(s)))
	parts, seps := bySplitRe.Split(s, -1), bySplitRe.FindAllString(s, -1)
	afterTitle := false                  // the last credit was a job title alone
	rejected := make([]bool, len(parts)) // the parts that name no one, by index
	for i, part := range parts {
		raw := strings.Trim(normSpace(part), " .-–—:()[]")
		if raw == "" {
			continue
		}
		// "Brian Stevens, Vice President, Google Cloud": after a post, what a comma adds is
		// the employer, unless a post of its own follows it ("…, Jane Roe, Staff Writer").
		employer := afterTitle && i > 0 && strings.TrimSpace(seps[i-1]) == "," &&
			(i+1 >= len(parts) || !wholeJobTitleRe.MatchString(strings.Trim(normSpace(parts[i+1]), " .-–—:()[]")))
		// "Dave Cohen, Engineer Google Photos": a post that opens the credit after a name is the
		// writer's post and employer.
		// "Chris Foster, Los Angeles Times Staff Writer": a newspaper's post, no co-author.
		// "Jeff Roe, Examplehawk Contributor": one capitalised word and a post after a name and
		// a comma is the outlet's name and the writer's post there.
		// "David Savage, Washington Bureau", "Jane Roe, Tribune Washington Bureau": the bureau the
		// writer files from (bureauCreditRe), no co-author.
		employer = employer || len(names) > 0 && i > 0 && strings.TrimSpace(seps[i-1]) == "," &&
			(postFirstRe.MatchString(raw) || newspaperPostRe.MatchString(raw) || outletWordPostRe.MatchString(raw) ||
				strings.Contains(raw, "ureau") && bureauCreditRe().MatchString(raw) ||
				strings.Contains(raw, "tudio") && studioCreditRe().MatchString(raw))
		// "By Jane Roe and John Doe / Example Shimbun Staff Writers": after a slash, a credit
		// that ends with a post is the writers' paper and post, no co-author.
		employer = employer || len(names) > 0 && i > 0 && strings.TrimSpace(seps[i-1]) == "/" && jobTitleEndRe.MatchString(raw)
		// "By Jane Roe, The Guardian", "Juan Pérez, El País": after a name and a comma, a credit
		// that opens with an article is the writer's paper; no person's name opens with one.
		employer = employer || len(names) > 0 && i > 0 && strings.TrimSpace(seps[i-1]) == "," && articleOutlet(raw)
		afterTitle = wholeJobTitleRe.MatchString(raw)
		if navAuthorsRe.MatchString(raw) {
			continue // "For Authors", "Our writers": a menu's link to the writers' pages
		}
		if i+1 < len(parts) && i < len(seps) {
			part = lowerGivenName(raw, parts[i+1], seps[i], part)
		}
		if i > 0 {
			part = lowerGivenName(raw, parts[i-1], seps[i-1], part)
		}
		name := cleanName(part)
		if i > 0 && strings.TrimSpace(seps[i-1]) == "," && placeAfterComma(raw) {
			continue // "Por João Silva, do Rio", "…, de São Paulo": where the writer files from
		}
		if name == "" || employer {
			// A staff credit ("নিজস্ব প্রতিবেদক, ঢাকা": own correspondent, Dhaka) is a desk's: the
			// town after it is where the desk files from.
			org = org || isOrgCredit(raw) || staffPost(raw)
			if name == "" {
				rejected[i] = true
			}
			continue
		}
		// "JOHN McDOE" is capitals too: its small c makes no mixed-case name of it.
		multi = multi || len(strings.Fields(name)) > 1 && !isUpperWords(raw) && !mcCapitals(raw)
		capsFull = capsFull || len(strings.Fields(name)) > 1 && isUpperWords(raw)
		names = append(names, credit{name, raw, org, i})
	}
	// "Von Seb Dumitru, Lille", "von David Straub, MDR THÜRINGEN", "hessenschau.de, Frankfurt,
	// Germany": beside a full name or an organisation, a lone capitalised word is a place or a
	// section, and capitals beside a mixed-case name are a desk. Capitals beside a desk are
	// the outlet it works for ("Editors, USA TODAY"), which title-casing would disguise as a
	// person ("Usa Today") that the page never prints.
	var out []string
	for i, c := range names {
		cased := unicode.IsUpper([]rune(c.name)[0])
		switch {
		case cased && len(strings.Fields(c.name)) == 1 && (multi || org):
		case c.orgBefore && townAfterDesk(c.idx, c.raw, parts, seps, rejected):
			// "Express News Service, New Delhi", "PTI, New Delhi": the town the desk files from.
		case c.orgBefore && townAfterStaff(c.idx, c.raw, parts, seps, rejected):
		case i > 0 && capitalsBesideTown(capsFull, c.raw):
			// "JAMES KUNDA, Lusaka": the town in mixed case beside a name in capitals.
		case !cased && multi && spacedUncasedPlace(c.name):
			// "יוסי כהן, ירושלים": the town in a script of no capitals, beside a full name.
		case cased && len(strings.Fields(c.name)) == 1 && andBesideNoName(c.idx, seps, rejected):
			// "#Krótko o przepisach prawa w Nowej Zelandii i Polsce": a heading in the author
			// slot that "and" splits; the word after it is no name when what it joins is none.
		case i > 0 && outletDesk(c.raw):
		case (multi || c.orgBefore || org && !fullNames([]string{c.name})) && isUpperWords(c.raw):
		default:
			out = append(out, c.name)
		}
	}
	return out
}

// andBesideNoName reports a part (its index i) that "and" (listAndRe) joins to a part that names
// no one (rejected marks them by index, a look-up for each name: a list of a thousand parts
// searched for each of its names was quadratic).
func andBesideNoName(i int, seps []string, rejected []bool) bool {
	if i > 0 && i-1 < len(seps) && rejected[i-1] && listAndRe().MatchString(strings.TrimSpace(seps[i-1])) {
		return true
	}
	return i < len(seps) && i+1 < len(rejected) && rejected[i+1] && listAndRe().MatchString(strings.TrimSpace(seps[i]))
}

// lowerGivenName returns raw with its given name capitalised when the byline joins it with "and"
// (sep, in any of listAnd's languages, or "&") to a full name (next, before or after it) and only the given name was typed
// in lower case ("Von: torsten Pauly und Stefan Tretropp", a slip of the CMS's author field);
// otherwise part unchanged. A particle ("von Pauly"), a label word ("mit Pauly") or a lone
// surname is left so.
func lowerGivenName(raw, next, sep, part string) string {
	words := strings.Fields(raw)
	if len(words) != 2 || !listAndRe().MatchString(strings.TrimSpace(sep)) {
		return part
	}
	given, family := words[0], words[1]
	if n := utf8.RuneCountInString(given); n < 3 || n > 14 || !lowerLetters(given) || nameParticles[given] || bylineLowerWords[given] {
		return part
	}
	if r, _ := utf8.DecodeRuneInString(family); !unicode.IsUpper(r) || !isCapitalisedName(family) {
		return part
	}
	other := strings.Fields(strings.Trim(normSpace(next), " .-–—:()[]"))
	if len(other) < 2 || len(other) > 3 || !slices.ContainsFunc(other, isCapitalisedName) || slices.ContainsFunc(other, func(w string) bool { return !isCapitalisedName(w) }) {
		return part
	}
	r, size := utf8.DecodeRuneInString(given)
	return string(unicode.ToUpper(r)) + given[size:] + " " + family
}

// listAndRe matches a separator that is the word "and" alone (listAnd) or an ampersand.
var listAndRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + listAnd + `|&)$`) })

// bylineLowerWords are lower-case words that open a byline's part before a capitalised name
// without being a given name: labels and prepositions.
var bylineLowerWords = map[string]bool{"mit": true, "von": true, "with": true, "from": true, "par": true, "por": true, "per": true,
	"con": true, "com": true, "avec": true, "med": true, "för": true, "text": true, "texte": true, "foto": true, "fotos": true,
	"photo": true, "photos": true, "bild": true, "bilder": true, "grafik": true, "video": true, "and": true, "und": true, "the": true}

// lowerLetters reports a word of lower-case letters only.
func lowerLetters(w string) bool {
	return !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLower(r) })
}

// isCapitalisedName reports a word of letters (a hyphen or apostrophe inside) that opens with a
// capital and goes on in lower case ("Tretropp", "Müller-Lüdenscheidt").
func isCapitalisedName(w string) bool {
	for i, r := range w {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case i > 0 && !unicode.IsLower(r) && r != '-' && r != '\'' && r != '’' && !unicode.IsUpper(r):
			return false
		}
	}
	return w != ""
}

// swahiliBy cuts the Swahili "by", "Na", that opens a byline in Tanzania's and Kenya's press
// ("Na Jane Roe, Dodoma": the writer, then the town filed from; a WordPress theme may print its
// own "by" before it). Only before two capitalised words or more, up to a comma: "Na" opens
// Korean and Chinese names ("Na Kyung-won", "Na Li"), which hold one word after it.
func swahiliBy(s string) string {
	rest, ok := strings.CutPrefix(s, "Na ")
	if !ok {
		return s
	}
	name, _, _ := strings.Cut(rest, ",")
	words := strings.Fields(name)
	if len(words) < 2 || slices.ContainsFunc(words, func(w string) bool { return !casedWord(w) }) {
		return s
	}
	return rest
}

// placePrepositions open the place a Portuguese or Spanish byline adds after a comma ("do Rio",
// "da Bahia", "de São Paulo", "del Cusco"): the words are particles inside a name ("Maria do
// Carmo"), but no name opens with one in lower case.
var placePrepositions = map[string]bool{"do": true, "da": true, "de": true, "dos": true, "das": true, "del": true}

// placeAfterComma reports a credit that is a place in a byline: a lower-case placePrepositions
// word, then one to three capitalised words, which may hold the same particles between them
// ("do Rio de Janeiro", "de Mato Grosso do Sul"), as the places' names do.
func placeAfterComma(raw string) bool {
	words := strings.Fields(raw)
	if len(words) < 2 || len(words) > 6 || !placePrepositions[words[0]] {
		return false
	}
	capitals := 0
	for i, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capitals++
		} else if i == 0 || i == len(words)-2 || !placePrepositions[w] {
			return false
		}
	}
	return capitals <= 3
}

// gluedEmailName returns what of an e-mail address is the end of the name printed right before
// it with no space ("Jane Roejane.roe@example.com", the name and the link to write to her run
// together), then a space and the address; any other address is returned as it is. The name's
// last word is the longest capitalised head of the address's local part that the rest of the
// local part spells again: a reporter's address is made of the name ("jane.roe", "jroe").
func gluedEmailName(addr string) string {
	at := strings.IndexByte(addr, '@')
	local := addr[:at]
	r, _ := utf8.DecodeRuneInString(local)
	if !unicode.IsUpper(r) || len(local) > maxGluedLocal {
		return addr // the heads are tried one by one: a run of letters no address holds is left
	}
	for k := len(local) - 1; k >= 2; k-- {
		head, rest := local[:k], strings.ToLower(local[k:])
		if !utf8.RuneStart(local[k]) {
			continue
		}
		if !strings.Contains(rest, strings.ToLower(head)) || !casedWord(head) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) {
			continue // "Roe.jane@…" is an address that opens with a capital, not a glued name
		}
		return head + " " + addr[k:]
	}
	return addr
}

// maxGluedLocal bounds the local part gluedEmailName splits: an address's holds at most 64
// bytes, and a name's last word glued before it some twenty more.
const maxGluedLocal = 96

// casedWord reports a word of letters whose first alone is a capital: "Roe", not "ROE" or "R2".
func casedWord(w string) bool {
	for i, r := range w {
		if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

// lowerByLabels are the by-labels casedByline reads a lower-cased byline after: English "by",
// Spanish and Portuguese "por", French "par" ("por juan pérez", a template's lower case).
var lowerByLabels = map[string]bool{"by": true, "por": true, "par": true}

// casedByline cases the names of a printed byline the template lower-cased ("By martin
// crutsinger, ap economics writer", "por juan pérez"), after its "By" (lowerByLabels): each credit of two words or more between the list's
// separators is title-cased, the separators ("and") left as they are. A byline with a capital
// anywhere, or letters not Latin, is returned as it is. Only byline elements are cased: a
// lower-case name in the metadata alone (an account's "cindy mangold") stays no name.
func casedByline(t string) string {
	rest := leadingByRe.ReplaceAllString(t, "")
	if rest == t || !lowerByLabels[strings.ToLower(strings.TrimSpace(t[:len(t)-len(rest)]))] || !lowerLatin(rest) ||
		strings.ContainsFunc(rest, unicode.IsDigit) {
		// No English "By" before it, a capital in it, or a date after the name ("von lupa am
		// 12.03.2019": German "am" is "on", no surname).
		return t
	}
	var b strings.Builder
	b.WriteString(t[:len(t)-len(rest)])
	at := 0
	for _, m := range append(bySplitRe.FindAllStringIndex(rest, -1), []int{len(rest), len(rest)}) {
		if part := rest[at:m[0]]; len(strings.Fields(part)) >= 2 {
			b.WriteString(titleCase(part))
		} else {
			b.WriteString(part)
		}
		b.WriteString(rest[m[0]:m[1]])
		at = m[1]
	}
	return b.String()
}

// lowerLatin reports a credit with letters, all of them Latin and none a capital.
func lowerLatin(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.Is(unicode.Latin, r) || !unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// outletDesk reports a credit that opens with two words or more in capitals and goes on in
// mixed case: an outlet's name and its desk ("ABC TODAY Sports", "KBCX News"). After a writer's
// name it is where the writer works; a person's name in capitals is capitals throughout, and a
// surname in capitals follows the given name.
func outletDesk(raw string) bool {
	words := strings.Fields(raw)
	caps := 0
	for caps < len(words) && utf8.RuneCountInString(squash(words[caps])) >= 2 && isUpperWords(words[caps]) {
		caps++
	}
	if caps == 0 || caps == len(words) || caps+len(words[caps:]) < 2 {
		return false
	}
	for _, w := range words[caps:] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || isUpperWords(w) {
			return false
		}
	}
	return caps >= 2 || caps == 1 && len(words) == 2 && deskWords[strings.ToLower(words[1])]
}

// deskWords are the desks an outlet's acronym names after a writer's name ("KBCX News").
var deskWords = map[string]bool{"news": true, "sports": true, "staff": true, "online": true, "digital": true}

// bracketOutletRe is a Japanese byline in brackets: the writer's name in Japanese script, a
// comma, and the outlet in Latin letters ("[神尾寿，ITmedia]", "［山田太郎, ZDNet Japan］"). A second
// writer would be in Japanese script too.
var bracketOutletRe = regexp.MustCompile(`^[\[［【]\s*([\p{Han}\p{Hiragana}\p{Katakana}ー・ 　]{2,16}?)\s*[，,、]\s*[A-Za-z][A-Za-z0-9 .&+-]{1,30}[\]］】]$`)

// idOlehRe is Indonesian and Malay "Oleh" (by) opening a byline. Oleh is a Ukrainian given name
// too, so without a colon the word goes only before a name of two words or more: "Oleh Desca
// Lidya Natalia" is by Desca Lidya Natalia, "Oleh Sentsov" is Oleh Sentsov.
var idOlehRe = regexp.MustCompile(`^(?i:oleh)\s*(:)?\s*(\p{Lu}\S*(?:\s+\S+)*)$`)

// idDeskLeadRe is the post and the desk or place an Indonesian credit prints before the name and
// a comma: "Kontributor Lhokseumawe, Masriadi", "Laporan Wartawan Tribunnews.com, Ferdinand
// Waskita", "Koresponden Jakarta, …". The words are Indonesian posts (contributor, reporter's
// report, reporter, correspondent), no name's.
var idDeskLeadRe = regexp.MustCompile(`^(?i:(?:laporan\s+)?(?:wartawan|kontributor|koresponden|reporter)(?:\s+[^,\s]+){1,3}),\s*(\p{Lu}.*)$`)

// idRoleLead cuts the Indonesian byline word or post before the writer's name (see idOlehRe
// and idDeskLeadRe).
func idRoleLead(s string) string {
	if m := idOlehRe.FindStringSubmatch(s); m != nil && (m[1] != "" || len(strings.Fields(m[2])) >= 2) {
		s = m[2]
	}
	if m := idDeskLeadRe.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	return s
}

// arabicAnd marks with a comma the Arabic "and" (و) written onto the first word of the second
// of two names: "كايلا إبستين وأنجليكا كاساس". Names also begin with و (وليد, وائل), so only
// the one reading that is sure is taken: four words, the third opening with و. An uncased
// name is one or two words (see looksLikeName), so four words are two names; with more, which
// و joins is a guess.
func arabicAnd(s string) string {
	words := strings.Fields(s)
	if len(words) != 4 || !allArabic(words) {
		return s
	}
	if rest, ok := strings.CutPrefix(words[2], "و"); ok && utf8.RuneCountInString(rest) >= 2 {
		return words[0] + " " + words[1] + ", " + rest + " " + words[3]
	}
	return s
}

// allArabic reports words written in Arabic script only.
func allArabic(words []string) bool {
	for _, w := range words {
		for _, r := range w {
			if !unicode.Is(unicode.Arabic, r) {
				return false
			}
		}
	}
	return true
}

var (
	// leadingByRe is the word that opens a byline ("von David Straub", "Par Jean Dupont"); Italian
	// "di" only in lower case, since "Di Maio" is a surname; Greek "Του"/"Της" (the genitive
	// article: "of") and "Από" (from).
	// "Article by:" is the English label some templates print before the name; German blogs and
	// CMSs print the post's verb before "von" (Blogger's "Eingestellt von", WordPress themes'
	// "Veröffentlicht von", TYPO3's "Erstellt von": posted, published, created by).
	leadingByRe = regexp.MustCompile(`^(?:(?i:(?:article\s+)?by:?|(?:(?:veröffentlicht|eingestellt|erstellt|geschrieben|verfasst|gepostet)\s+)?von|par|por|door|av|af)|di|Του|Της|Των|Από|Απο|ΤΟΥ|ΤΗΣ|ΑΠΟ)\s+`)
	// navAuthorsRe is a site menu's link to its writers' or contributors' pages, which a class
	// with "author" in it may hold like a byline.
	navAuthorsRe = regexp.MustCompile(`^(?i:(?:for|our|all|meet\s+the|meet\s+our|about\s+the|our\s+team\s+of)\s+)?(?i:authors?|contributors?|writers|columnists|bloggers|reporters)$`)
	// parenPostRe is a credit ending in brackets ("Jane Roe (Staff Writer)"), whose content
	// splitAuthors keeps only when it is no post.
	parenPostRe = regexp.MustCompile(`^(.*\S)\s*\(([^()]{3,40})\)$`)
	// trailingAgencyRe is a wire agency's name closing a credit ("JANE ROE ASSOCIATED PRESS").
	trailingAgencyRe = regexp.MustCompile(`^(.*\S)\s+((?i:(?:the\s+)?associated\s+press|agence\s+france-presse))$`)
	// nameHandleRe is a writer's name followed by their Twitter handle before a comma ("Dan Roe
	// @droe , DAILY LEDGER"): the handle is dropped, the name kept.
	nameHandleRe = regexp.MustCompile(`(\p{L}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*)+)\s+@\w{1,15}\s*(,|$)`)
	// gluedSocialRe is a follow link run into the name, and everything after it:
	// "Andrew HusbandTwitterNews & Culture Writer".
	gluedSocialRe = regexp.MustCompile(`(\p{Ll})(?:Twitter|Facebook|Instagram|LinkedIn|Email|Follow)(?:\P{Ll}.*)?$`)
	// surnameFirstRe is one name written "Surname, Given" (meta parsely-author, dcterms.creator).
	surnameFirstRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.)?)$`)
	// gluedByRe is "By" run into the name by markup without a space ("ByChris Thompson", a
	// theme's "<span>by</span><a>Jane Roe</a>" read as "byJane Roe"); "Byron" is not touched
	// because a lower-case letter follows "By".
	gluedByRe = regexp.MustCompile(`^[Bb]y(\p{Lu}\p{Ll})`)
	// photoCreditRe is an image credit ("(Image: Getty Images/Cultura RF)", "Foto: …"), which
	// names the photographer or agency, not the author of the story.
	// Indonesian "Dok." (dokumentasi: a picture's source) needs no colon: "Dok.Saleh Husin",
	// "Dok. Persib".
	photoCreditRe = regexp.MustCompile(`(?i)^\(?\s*(?:(?:image|images|photo|photos|foto|fotos|bild|picture|pictures|credit|crédit|photograph|photographie)\s*:|dok(?:umentasi)?(?:\.|\s*[:/]))`)
	// domainRe is a site's domain given as a credit ("NDR.de", "ORF.at", "lrt.lt").
	// The domain may be written in capitals ("CSDN.NET"), all of it.
	domainRe = regexp.MustCompile(`^(?:[\p{L}\d-]{2,}(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}|[\p{Lu}\d-]{2,}(?:\.[\p{Lu}\d-]+)*\.[A-Z]{2,6})$`)
)

// isOrgCredit reports a credit that names an organisation rather than a person.
func isOrgCredit(s string) bool {
	return s != "" && (isOrganisation(s) || domainRe.MatchString(s) || agencies[strings.ToLower(s)])
}

// jobTitle is a reporter's job title printed after the name: qualifiers, then the title. Blogs
// and contributor networks print the writer's post instead ("Former Contributor", "Vice
// President", "Product Manager", a card's "Influencer" badge). The qualifiers include the beats
// a newsroom names its posts after ("Education Editor", "Games Editor", "Court Reporter").
const jobTitle = `(?:(?:Assistant|Senior|Staff|Chief|Deputy|Managing|Contributing|Associate|Executive|Political|Politics|Lifestyle|Sports?|` +
	`Business|Features?|Foreign|Science|Health|Tech|Technology|Culture|Opinion|Digital|News|Investigative|Special|` +
	`Former|Guest|Freelance|Vice|Product|Marketing|Program|Programme|Principal|General|Regional|Community|Research|Software|Sales|` +
	`Education|Entertainment|Music|Games|Gaming|Courts?|Crime|Economics|Economy|Technical|Film|Travel|Food|Fashion|Style|Beauty|` +
	`Environment|Environmental|Energy|Transport|Legal|Home|Royal|Defence|Defense|Security|Diplomatic|Medical|Motoring|Property|` +
	`Money|Finance|Financial|Markets|Metro|City|Local|Weather|Media|Religion|Video|Photo|Night|Weekend|Consumer|Retail|` +
	`Books|Arts?|Wine|Television|TV|Radio|World|National|International|Global|` +
	`Web|Online)\s+)*` +
	`(?:Writers?|Editor|Correspondents?|Reporters?|Columnists?|Contributors?|Journalists?|Redakteurin|Redakteur|Korrespondentin|Korrespondent|` +
	`President|Director|Manager|Founder|Co-[Ff]ounder|Officer|Engineer|Analyst|Scientist|Researcher|Strategist|Evangelist|Influencer|Producers?|Professor)`

// jobWords are the words jobTitle ends with ("ounder" for Founder, Co-Founder and Co-founder).
var jobWords = []string{"Writer", "Writers", "Editor", "Correspondent", "Correspondents", "Reporter", "Reporters", "Journalist", "Journalists", "Columnist",
	"Columnists", "Contributor", "Contributors", "Redakteurin", "Redakteur", "Korrespondentin", "Korrespondent", "President",
	"Director", "Manager", "ounder", "Officer", "Engineer", "Analyst", "Scientist", "Researcher", "Strategist", "Evangelist",
	"Influencer", "Producer", "Producers", "Professor"}

// endsWithJobWord reports a text that ends with one of jobWords, as every match of an
// expression ending in jobTitle + "$" does (they are case-sensitive).
func endsWithJobWord(s string) bool {
	for _, w := range jobWords {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// isASCII reports a text of ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// postLead is what a post printed as the credit may open with: an article or "Our" ("Our
// Special Correspondent"), or the outlet's acronym ("AP Business Writer", "HT Correspondent",
// "CNN Political Reporter"). Only a post that stands alone or opens the credit may have it: after
// a name, a surname in capitals would read as an acronym.
const postLead = `(?:(?:The|Our|An?)\s+)?(?:\p{Lu}[\p{Lu}\d&]{1,5}\s+|Ap\s+)?`

// outletLead is an agency's or a newspaper's word between a name and the post, which after a
// name can be told from a surname only by a list: "MIKE STOBBE AP Medical Writer", "Alissa J.
// Rubin Times Staff Writers".
const outletLead = `(?:(?:AP|Ap|AFP|CNN|BBC|UPI|PTI|IANS|TNN|NYT|Times|Post|Tribune|Herald|Journal|Globe|Chronicle|Gazette)\s+)?`

var (
	jobTitleRe = regexp.MustCompile(`\s+` + jobTitle + `$`)
	// placePostRe is a correspondent's post named for a bureau's place, one or two capitalised
	// words before "Correspondent" or "Bureau Chief" ("Washington Correspondent", "Middle East
	// Correspondent"): a correspondent is named for where they report, so the word before the
	// post is the place's, not a surname (a byline prints "Jane Roe, Correspondent" with a comma).
	placePostRe = regexp.MustCompile(`\s+\p{Lu}\p{Ll}+\s+(?:Correspondents?|Bureau\s+Chief)$`)
	// placePost2Re is placePostRe with a place of two words.
	placePost2Re = regexp.MustCompile(`\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:Correspondents?|Bureau\s+Chief)$`)
	outletJobRe  = regexp.MustCompile(`\s+` + outletLead + jobTitle + `$`)
	// outletWordPostRe is an outlet's one-word name and a post, "Examplehawk Contributor".
	outletWordPostRe = regexp.MustCompile(`^\p{Lu}[\p{L}\d.&'-]+\s+` + jobTitle + `$`)
	// newspaperPostRe ends a credit with a newspaper's name and a post.
	newspaperPostRe = regexp.MustCompile(`\s(?:Times|Post|Tribune|Herald|Journal|Globe|Chronicle|Gazette)\s+` + jobTitle + `$`)
	// bureauCreditRe is a news bureau named for its place, perhaps after its paper's name
	// ("Washington Bureau", "Tribune Washington Bureau", "Moscow bureau"), or its chief's post
	// ("Middle East Bureau Chief"): capitalised words, then the word. After a name and a comma
	// it says where the writer files from; a person of that surname stands alone or after "and".
	bureauCreditRe = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'&-]*\s+){1,3}[Bb]ureau(?:\s+[Cc]hief)?$`)
	})
	// postFirstRe opens a credit with a post: after a name and a comma, "Engineer Google
	// Photos" is the writer's post and employer.
	postFirstRe   = regexp.MustCompile(`^` + postLead + jobTitle + `\s+\p{Lu}`)
	jobTitleEndRe = regexp.MustCompile(`(?:^|\s)` + jobTitle + `$`)
	// wholeJobTitleRe is a post without a name, perhaps after the paper's word ("Globe
	// Columnist", "Times Staff Writer": the paper's name before its post, as "Bob Ryan, Globe
	// Columnist" prints it).
	wholeJobTitleRe = regexp.MustCompile(`^` + postLead + outletLead + jobTitle + `$`)
	gluedJobTitleRe = regexp.MustCompile(`(\p{Ll})` + jobTitle + `$`)
	// leadingJobTitleRe is a post printed before the name: "CNN Political Reporter Shannon
	// Travis" (a tag's text standing as the byline).
	leadingJobTitleRe = regexp.MustCompile(`^` + postLead + jobTitle + `\s+(\p{Lu}\S*(?:\s+\S+)+)$`)
)

var koTitleSuffix = regexp.MustCompile(`\s*` + koTitles + `$`)

// koRoleSuffix is a Korean name and the newsroom role a byline or an author meta prints after
// it, other than the reporter's titles koTitles reads in text: "이정화 에디터", "김민수 PD",
// "박지영 앵커". Only the whole of a name so: in a sentence these words follow other nouns.
var koRoleSuffix = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([가-힣]{2,4})\s+(?:에디터|PD|피디|앵커|아나운서|리포터|캐스터)$`)
})

// koTitlePrefix is a Korean job title printed before the name, as a card-news credit list
// does ("인턴 박경흠", "디자이너 김은경" on the next line): the title goes, the name stays. The
// credits of other trades (디자이너, 사진, 그래픽) are not the writer's and are left to fail
// as names.
var koTitlePrefix = regexp.MustCompile(`^(?:인턴|인턴기자|수습기자|객원기자|기자|에디터)\s+([가-힣]{2,4})$`)

// koBoxWords are the nouns a reporter box's heading puts after the title where koTitlePrefix
// expects a name: information, introduction, profile, subscription, the other stories.
var koBoxWords = map[string]bool{"정보": true, "소개": true, "프로필": true, "구독": true, "기사": true, "다른기사": true, "페이지": true}

// bylineWords are the words that introduce a byline; alone they are what is left of an
// empty byline ("By" before a name the page renders elsewhere, the label "Autor", "Published on
// <date>" once the date is cut).
// Follow-button labels in author boxes ("Folgen", "Follow", "フォロー") are not names either.
var bylineWords = map[string]bool{"by": true, "von": true, "par": true, "por": true, "door": true, "av": true, "di": true, "af": true,
	"autor": true, "autorin": true, "author": true, "auteur": true, "autore": true, "autora": true,
	// "By" in Albanian, Indonesian and Malay, Ukrainian, Polish and Czech; "author" in Polish and Russian.
	"nga": true, "oleh": true, "від": true, "od": true, "autorka": true, "автор": true,
	// What a byline block prints beside or instead of the name: a stamp's label, a profile link.
	"published": true, "updated": true, "posted": true, "filed": true, "submitted": true, "view profile": true, "profile": true,
	// The same stamp labels in French, Portuguese, Spanish, Italian, German and Dutch, whose
	// particle ("Publié le", "Publicado em") would pass for a name's once the date is cut.
	"publié": true, "publié le": true, "mis à jour": true, "mis à jour le": true, "publicado": true, "publicado em": true,
	"publicado el": true, "actualizado": true, "atualizado": true, "atualizado em": true, "actualizado el": true,
	"pubblicato": true, "pubblicato il": true, "aggiornato": true, "aggiornato il": true, "veröffentlicht": true,
	"veröffentlicht am": true, "aktualisiert": true, "aktualisiert am": true, "gepubliceerd": true, "gepubliceerd op": true,
	"bijgewerkt": true, "bijgewerkt op": true, "published on": true, "updated on": true, "posted on": true,
	// A label alone in the heading of an author box ("<h5>Written By</h5>"), the name below it.
	"written by": true, "posted by": true, "geschrieben von": true, "veröffentlicht von": true, "eingestellt von": true,
	// Buttons and labels of the tools beside a byline (share, login) and of a date line.
	"tweet": true, "share": true, "about": true, "date": true, "copyright": true, "login": true, "log in": true, "sign in": true,
	"privacy policy": true, "terms of use": true, "impressum": true, "datenschutz": true, "мнения": true,
	"register": true, "teilen": true, "partager": true, "compartir": true, "condividi": true, "megosztom": true,
	"вход": true, "войти": true, "регистрация": true, "авторизируйтесь": true, "поделиться": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"follow": true, "folgen": true, "suivre": true, "seguir": true, "segui": true, "volgen": true, "følg": true, "följ": true, "フォロー": true,
	// The Chinese, Japanese and Korean labels an author card prints over the name in an element of
	// its own ("<div class=label>著者</div><div class=name>…</div>"): a role, never a name.
	"著者": true, "筆者": true, "執筆者": true, "作者": true, "撰文": true, "記者": true, "记者": true, "編集": true, "编辑": true,
	"編輯": true, "ライター": true, "기자": true, "글쓴이": true, "필자": true,
	// Hindi posts printed after a name and a comma ("…, संवाददाता", correspondent): a role alone.
	"संवाददाता": true, "विशेष संवाददाता": true, "रिपोर्टर": true, "संपादक": true}

// bylineWordsOnly reports a credit of two or more words each of which is a byline word alone
// ("Posted Friday", "Share Tweet"): what the byline block prints beside a name, no name.
func bylineWordsOnly(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if !bylineWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// accountRoles are the roles a site's posting accounts are named for before an initial
// ("Editor M"); no given name is one of them.
var accountRoles = map[string]bool{"editor": true, "admin": true, "administrator": true, "moderator": true, "webmaster": true, "author": true}

// placeholderNames are what a CMS prints in the author field when it has none: "作者：未知".
var placeholderNames = map[string]bool{"unknown": true, "anonymous": true, "n/a": true, "none": true,
	// The CMS account's login name, alone or with the word for a user or a site.
	"admin": true, "administrator": true, "webmaster": true, "user admin": true, "admin user": true, "site admin": true,
	"site administrator": true, "administrador": true, "administrateur": true, "amministratore": true, "administratör": true,
	"superadmin": true, "super admin": true, "admin admin": true, "default user": true,
	"未知": true, "佚名": true,
	"不详": true, "不詳": true, "匿名": true, "無名": true, "不明": true, "알 수 없음": true,
	// A role word alone where the name would go: the template's field label or the account's
	// default display name ("<meta name=author content=writer>", "By writer"), never a person.
	"writer": true, "author": true, "editor": true, "reporter": true, "contributor": true, "journalist": true,
	"columnist": true, "correspondent": true, "guest": true, "guest author": true, "guest writer": true,
	// The account a site posts contributed pieces under ("Guest Post" in its JSON-LD author).
	"guest post": true, "guest contributor": true, "guest blogger": true, "guest columnist": true,
	"staff writer": true, "author name": true, "your name": true, "byline": true, "autor": true, "autora": true,
	"auteur": true, "autore": true, "redactor": true, "redacteur": true, "rédacteur": true, "redakteur": true,
	"periodista": true, "jornalista": true, "giornalista": true, "escritor": true,
	// Japanese role words a template leaves where the name would go.
	"リポーター": true, "レポーター": true, "記者": true, "ライター": true, "編集者": true}

// jaRoleAfterRe is what Japanese credits put after the name: a post after "＝" ("三和 護＝編集委員")
// or the honorific さん ("宮川 慶 さん" on a correspondents' blog).
var jaRoleAfterRe = regexp.MustCompile(`(?:\s*[＝=]\s*(?:編集委員|論説委員|編集長|記者|特派員|解説委員|編集部)|(\p{Han}|\p{Katakana})\s*さん)$`)

// commentLinkRe is a comment counter's link a byline's markup runs into the name: "View
// Comments", "12 Comments", "Leave a comment". No name ends in the word.
var commentLinkRe = regexp.MustCompile(`(?i)\s+(?:(?:view|read|show|post|leave|add)\s+(?:a\s+|all\s+)?)?(?:\d+\s+)?comments?$`)

// writerSignRe is the writer's short sign printed after the name: "Elena Oberholzer (obe)".
var writerSignRe = regexp.MustCompile(`\s+\(\p{Ll}{2,4}\.?\)$`)

// affiliationAfterRe is the writer's outlet or affiliation in full-width brackets after a name
// in Chinese or Japanese script: "松本 卓也（ニッポンドットコム）".
var affiliationAfterRe = regexp.MustCompile(`^([\p{Han}\p{Hiragana}\p{Katakana}][\p{Han}\p{Hiragana}\p{Katakana}ー・ 　]{1,12}?)\s*（[^（）]{1,24}）$`)

// placePost cuts a bureau's post (placePostRe, placePost2Re) after a name of two words or
// more, the place of two words first; s is returned as it is when none can go.
func placePost(s string) string {
	for _, re := range []*regexp.Regexp{placePost2Re, placePostRe} {
		if t := re.ReplaceAllString(s, ""); t != s && len(strings.Fields(t)) >= 2 {
			return t
		}
	}
	return s
}

// capitalJobAfterCaps capitalises a job title's last word that a name in capitals is followed
// by in sentence case ("ALICIA ROE Senior reporter", "JOHN DOE Sports writer"): print desks
// set the name in capitals and the post as a phrase, and the change of case shows where the name
// ends, so the post is cut as "Senior Reporter" is. Only a title of two words or more, the first
// capitalised, after two words in capitals.
func capitalJobAfterCaps(s string) string {
	f := strings.Fields(s)
	n := len(f)
	if n < 4 {
		return s
	}
	last := f[n-1]
	if last == "" || last[0] < 'a' || last[0] > 'z' || !slices.Contains(jobWords, strings.ToUpper(last[:1])+last[1:]) {
		return s
	}
	caps := 0
	for _, w := range f[:n-1] {
		if w != strings.ToUpper(w) {
			break
		}
		caps++
	}
	if r, _ := utf8.DecodeRuneInString(f[caps]); caps < 2 || caps > n-2 || !unicode.IsUpper(r) {
		return s
	}
	i := strings.LastIndex(s, last) // not len(s)-len(last): s may end in spaces Fields dropped
	return s[:i] + strings.ToUpper(last[:1]) + s[i+1:]
}

func cleanName(s string) string {
	// The expressions below that end in "$" but are not anchored at the start are tried from
	// every position of the name (most of cleanName's time): each is asked only when the name
	// ends as its matches must, which leaves the result as it was.
	s = normSpace(s)
	if strings.HasSuffix(s, ")") {
		s = writerSignRe.ReplaceAllString(s, "")
	}
	if strings.HasSuffix(s, "）") {
		s = affiliationAfterRe.ReplaceAllString(s, "$1")
	}
	// "comment" folds only to its ASCII cases (no k or s in it), and every match holds it.
	if textsim.ContainsFoldASCII(s, "comment") {
		if t := commentLinkRe.ReplaceAllString(s, ""); t != s && len(strings.Fields(t)) >= 2 {
			s = t // "Brenna Ehrlich View Comments": the comment link that shares the byline's line
		}
	}
	// The Japanese and Korean posts end in their own script; trimming and cutting keep ASCII so.
	wide := !isASCII(s)
	if wide {
		s = jaRoleAfterRe.ReplaceAllString(s, "$1")
	}
	s = trimNameEdges(s)
	s = academicTitleRe.ReplaceAllString(s, "$1")
	if wide {
		s = withoutArabicTitle(s)
		s = koTitleSuffix.ReplaceAllString(s, "")
		if m := koTitlePrefix.FindStringSubmatch(s); m != nil && koBoxWords[m[1]] {
			return "" // "기자 정보": the heading of the reporter's box ("reporter information"), no name
		}
		s = koTitlePrefix.ReplaceAllString(s, "$1")
		if strings.Contains(s, " ") {
			s = koRoleSuffix().ReplaceAllString(s, "$1")
		}
	}
	if wide {
		if staffPost(s) {
			return "" // "本報記者": the post a label's expression would read as "本報"'s
		}
		s = cjkTextLabelOrTitle(s)
	}
	if rest, ok := strings.CutPrefix(s, "사용자 "); ok && rest != "" {
		s = rest // a blog platform's "user" label before the nickname ("사용자 애니Sarang")
	}
	s = capitalJobAfterCaps(s)
	if endsWithJobWord(s) && wholeJobTitleRe.MatchString(s) {
		return "" // "Culture Writer", "Staff Writer", "AP Business Writer": a title without a name
	}
	if m := leadingJobTitleRe.FindStringSubmatch(s); m != nil && len(strings.Fields(s))-len(strings.Fields(m[1])) >= 2 {
		s = m[1] // "CNN Political Reporter Shannon Travis"; a lone "Engineer" may be a given name's neighbour
	}
	if !endsWithJobWord(s) {
		// No post ends the name: none of the three expressions below matches it.
	} else if t := gluedJobTitleRe.ReplaceAllString(s, "$1"); t != s && len(strings.Fields(t)) >= 2 {
		s = t // "Howard BlumeStaff Writer": the markup ran the job title into the name
	} else if t := outletJobRe.ReplaceAllString(s, ""); t != s && len(strings.Fields(t)) >= 2 {
		if p := placePost(s); len(p) < len(t) {
			t = p // "Robert Moore Washington Correspondent": a bureau's place the qualifiers do not list
		}
		s = t // "Sam Stein Senior Politics Editor", "MIKE STOBBE AP Medical Writer"
	} else if t := jobTitleRe.ReplaceAllString(s, ""); t != s && len(strings.Fields(t)) >= 2 {
		s = t // "Emily Post Staff Writer": her surname is no newspaper
	} else if t != s && len(strings.Fields(s))-len(strings.Fields(t)) >= 2 {
		return "" // "Antrim Court Reporter": a post of one place or desk, no name beside it
	}
	s = withoutOutlet(s)
	if outlet, name, ok := strings.Cut(s, " "); ok && zhOutletBeforeName(outlet, name) {
		s = name // "中廣 溫蘭魁": the outlet, a space, the reporter; before the organisation test below
	}
	if m := zhPieceRe.FindStringSubmatch(s); m != nil && zhName(m[1], true) {
		s = m[1] // "張立勳／特稿": the writer, and the kind of piece after a slash
	}
	if s == "" || looksLikeURL(s) || strings.HasPrefix(s, "@") || isOrgCredit(s) || bylineWords[strings.ToLower(s)] || placeholderNames[strings.ToLower(s)] || staffPost(s) {
		return ""
	}
	if theOutlet(s) {
		return "" // "The Conversation": an outlet's name, no person's
	}
	if bylineWordsOnly(s) {
		return "" // "Posted Friday": a stamp's label and its weekday, once the date after them is cut
	}
	if socialPromptRe.MatchString(s) {
		return "" // "Polub Money.pl", "Follow us": a social button's prompt beside the byline
	}
	words := strings.Fields(s)
	if len(words) == 2 && accountRoles[strings.ToLower(words[0])] && initialWord(words[1]) {
		return "" // "Editor M", "Admin K": a content system's account named for a role and an initial, no person
	}
	if len(words) == 2 && utf8.RuneCountInString(words[0]) == 1 && allHan(words[0]) && utf8.RuneCountInString(words[1]) == 1 && allHan(words[1]) {
		// "赵 培": a Chinese two-character name spaced to the width of a three-character one.
		s, words = words[0]+words[1], []string{words[0] + words[1]}
	}
	// Five words at most, the particles between a Spanish or Portuguese name's parts not counted
	// ("María del Carmen Ruiz de Alarcón", four names and two particles).
	if len(words)-particleWords(words) > 5 || len(words) > 8 || len([]rune(s)) > 50 {
		return ""
	}
	if m := outletPossessiveRe.FindStringSubmatch(s); m != nil {
		s, words = m[1], strings.Fields(m[1])
	}
	if !looksLikeName(words) || initialsOnly(s) {
		return ""
	}
	if isUpperWords(s) || mcCapitals(s) {
		s = titleCase(s)
	}
	return s
}

// placeWords reports words that can name a region or a desk: each opens with a capital and
// holds letters only ("Great Southern", "Scotland"), where a stamp after a name ("8:14 AM. CDT
// March 26") holds digits.
func placeWords(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' }) {
			return false
		}
	}
	return true
}

// maxCapitalAndWords is the most words capitalAnd lets a part between "AND"s have.
const maxCapitalAndWords = 4

// capitalAnd lowers the "AND" between the names of a byline set in capitals, when every part it
// separates is short enough to be a name.
func capitalAnd(s string) string {
	if strings.Contains(s, " And ") {
		s = titleAnd(s)
	}
	if !strings.Contains(s, " AND ") {
		return s
	}
	for _, part := range strings.Split(s, " AND ") {
		for _, item := range strings.Split(part, ",") {
			if len(strings.Fields(item)) > maxCapitalAndWords {
				return s
			}
		}
	}
	return strings.ReplaceAll(s, " AND ", " and ")
}

// titleAnd lowers the "And" a title-cased credit prints between two names ("Juliet Roe And Ian
// Doe" in the author meta of Postmedia's papers) when each part is a name of two to four
// capitalised words: "Johnson And Johnson" and "Tom And Jerry" are one name each.
func titleAnd(s string) string {
	parts := strings.Split(s, " And ")
	for _, part := range parts {
		words := strings.Fields(part)
		if len(words) < 2 || len(words) > maxCapitalAndWords {
			return s
		}
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return s
			}
		}
	}
	return strings.Join(parts, " and ")
}

// trimNameEdges trims the punctuation around a credit, but keeps the period of an initial that
// ends a name of two words or more: a Spanish writer signs with her second surname's initial
// ("Sonia Perez D."), which is part of the name as printed.
func trimNameEdges(s string) string {
	t := strings.Trim(s, " .-–—:()[]")
	i := strings.Index(s, t)
	if t == "" || i < 0 || !strings.HasPrefix(s[i+len(t):], ".") {
		return t
	}
	words := strings.Fields(t)
	last := words[len(words)-1]
	if r, size := utf8.DecodeRuneInString(last); len(words) >= 2 && size == len(last) && unicode.IsUpper(r) {
		return t + "."
	}
	return t
}

// academicTitleRe is an academic title printed before a name of two words or more ("Dr. Max
// Kolter", "Prof. Dr. med. Anna Beispiel"), or an English honorific ("Mr Michael Ahern", "Rev.
// A. Stephen Pieters", "Sen. Jane Roe"): no part of the name. Alone before one word it is a
// brand's or a pen name ("Dr. Oetker", "Miss Cellania") and stays.
var academicTitleRe = regexp.MustCompile(`^(?:(?:Prof|Dr)\.(?:\s*(?:med|phil|jur|habil|rer\.\s?nat|h\.\s?c)\.)*\s+|(?:Mr|Mrs|Ms|Mx|Rev|Sen|Rep|Gov)\.?\s+)+(\p{Lu}[^\s.]*\.?\s+\S.*)$`)

// socialPromptRe opens the prompt of a social network's button, which layouts put in the byline
// box beside the writer: "Like us on Facebook", Polish "Polub Money.pl" (like), German "Folgen
// Sie uns", French "Suivez-nous", Spanish "Síguenos", Italian "Seguici", Portuguese
// "Siga-nos", Polish "Obserwuj", "Śledź nas", Dutch "Volg ons", Nordic "Följ oss"/"Følg os",
// "Subscribe". No person's name opens with these verbs.
var socialPromptRe = regexp.MustCompile(`^(?i:polub|like|follow|folgen|folge|suivez|suivre|síguenos|siguenos|seguici|seguimi|segui-nos|siga-nos|obserwuj|śledź|volg|följ|følg|subscribe|abonnez|abonniere|abonnieren)(?:[\s!:-]|$)`)

// zhPieceRe is a Chinese writer's credit that names the kind of piece after a slash or a space:
// "張立勳／特稿" (a feature), "王家俊／台北報導" (filed from Taipei), "王家瑜 報導" (reported by).
var zhPieceRe = regexp.MustCompile(`^(\p{Han}{2,4})(?:\s*[/／╱]\s*|\s+)(?:特稿|專稿|专稿|專訪|专访|特寫|特写|專欄|专栏|評論|评论|分析|觀察|观察|\p{Han}{0,6}?(?:報導|報道|报道|报导))$`)

// outletForRe is the outlet a contributor writes for, after the name: "Heidi Parker For
// Dailymail.com", "Kevin BreuningerSpecial to CNBC.com" (the markup ran the label into the name).
// No personal name holds "for" or "special to" between capitalised words.
var (
	outletForRe     = regexp.MustCompile(`^(\p{Lu}\S*(?:\s+\S+){1,3}?)\s+(?:for|For|FOR)\s+\S.*$`)
	outletSpecialRe = regexp.MustCompile(`^(\p{Lu}.*?\p{Ll})\s*(?:Special|special) to\s+\S.*$`)
)

// withoutOutlet cuts the outlet printed after a contributor's name: "… For Dailymail.com",
// "… Special to CNBC.com", and an outlet's name in capitals after a name in mixed case
// ("Zlati Meyer USA TODAY"). A surname in capitals ("Jean DUPONT") is one word, and a name
// printed in capitals throughout has no mixed-case words before it.
func withoutOutlet(s string) string {
	for _, re := range []*regexp.Regexp{outletSpecialRe, outletForRe} {
		if m := re.FindStringSubmatch(s); m != nil && len(strings.Fields(m[1])) >= 2 {
			if jobTitleEndRe.MatchString(m[1]) {
				return "" // "West Coast Editor For Dailymail.com": a post, not a name
			}
			return m[1]
		}
	}
	words := strings.Fields(s)
	caps := 0
	for i := len(words) - 1; i >= 0 && utf8.RuneCountInString(squash(words[i])) >= 2 && isUpperWords(words[i]); i-- {
		caps++
	}
	if caps >= 2 && len(words)-caps >= 2 && !isUpperWords(strings.Join(words[:len(words)-caps], " ")) {
		return strings.Join(words[:len(words)-caps], " ")
	}
	if n := wireAfterName(words); n > 0 {
		return strings.Join(words[:n], " ")
	}
	if len(words) == 4 && words[3] == "News" && isCapitalisedName(words[0]) && isCapitalisedName(words[1]) && unicode.IsUpper([]rune(words[2])[0]) {
		// "Rebecca Lau Global News", "Jane Roe Fox News": a broadcaster's "… News" run onto a
		// writer's two-word name, as the byline prints its source beside the names. No
		// person's name ends in "News".
		return strings.Join(words[:2], " ")
	}
	if n := newspaperAfterName(words); n > 0 {
		return strings.Join(words[:n], " ")
	}
	// "Poonam Taneja BBC Asian Network": the outlet opens with its acronym after a name in
	// mixed case and goes on in capitalised words; a surname in capitals ends the name. An
	// acronym opens with a letter: "65W" of "Chip Maker Adds 65W Parts" is a model's number.
	for i := 2; i < len(words)-1; i++ {
		if n := utf8.RuneCountInString(squash(words[i])); n >= 2 && n <= 5 && isUpperWords(words[i]) && unicode.IsLetter([]rune(words[i])[0]) &&
			!isUpperWords(strings.Join(words[:i], " ")) && unicode.IsUpper([]rune(words[i+1])[0]) {
			return strings.Join(words[:i], " ")
		}
	}
	return outletAcronymAfterName(s)
}

// wireTails are news agencies and syndicating outlets a byline runs onto the writer's name
// with no comma between ("Jane Roe Bloomberg", "Tom Example Reuters"), lower-cased.
var wireTails = map[string]bool{"bloomberg": true, "bloomberg news": true, "bloomberg opinion": true, "reuters": true,
	"afp": true, "ap": true, "associated press": true, "the associated press": true, "canadian press": true,
	"the canadian press": true, "dpa": true, "efe": true, "ansa": true, "xinhua": true, "tribune news service": true}

// linkWords join an outlet to a credit ("For The Associated Press", "Herb Keinon And AP"): a
// head holding one is no name to cut the wire from.
var linkWords = map[string]bool{"for": true, "the": true, "and": true, "by": true, "of": true, "from": true, "with": true}

// wireAfterName returns how many words of a credit name the person when a wire's name in
// capitalised words (wireTails) follows a name of two words or more, or 0. Two words at least
// stay: "Michael Bloomberg" is a person.
func wireAfterName(words []string) int {
	for k := min(3, len(words)-2); k >= 1; k-- {
		tail := words[len(words)-k:]
		if !slices.ContainsFunc(tail, func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return !unicode.IsUpper(r) }) &&
			wireTails[strings.ToLower(strings.Join(tail, " "))] &&
			!slices.ContainsFunc(words[:len(words)-k], func(w string) bool { return linkWords[strings.ToLower(w)] }) {
			return len(words) - k
		}
	}
	return 0
}

// newspaperNouns end the names of English-language newspapers ("Los Angeles Times", "Chicago
// Tribune"); placeOpeners open a two-word place before one ("Los Angeles", "San Diego").
var (
	newspaperNouns = map[string]bool{"times": true, "post": true, "tribune": true, "herald": true, "journal": true, "globe": true,
		"chronicle": true, "gazette": true, "courier": true, "examiner": true, "inquirer": true, "dispatch": true, "sentinel": true,
		// "Valley Morning Star", "The Kansas City Star": a surname too, so three words or more.
		"star": true}
	placeOpeners = map[string]bool{"los": true, "las": true, "new": true, "san": true, "santa": true, "st.": true, "st": true,
		"saint": true, "fort": true, "el": true, "salt": true, "palm": true, "long": true, "des": true, "tampa": true, "kansas": true}
)

// newspaperSurnames are the newspaperNouns and newspaperEnds that are also surnames.
var (
	newspaperSurnames = map[string]bool{"times": true, "post": true, "globe": true, "journal": true, "courier": true, "star": true}
	newspaperEnds     = map[string]bool{"register": true, "telegraph": true}
)

// newspaperName reports the name of an English-language newspaper: two to five capitalised
// words, the last a newspaper's noun that is no surname, or three words or more whatever the noun.
func newspaperName(f []string) bool {
	if len(f) < 2 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	end := paperNoun(strings.TrimRight(f[len(f)-1], ".,"))
	if !newspaperNouns[end] && !newspaperEnds[end] {
		return false
	}
	return len(f) >= 3 || !newspaperSurnames[end]
}

// newspaperAfterName returns how many words of a credit name the person when a newspaper's
// name follows a name of two words or more ("Richard Winton Los Angeles Times", "Jane Roe The
// Boston Globe"), or 0. The newspaper ends with a newspaper's word and is "The" and what
// follows it, or a place of one word (two after a placeOpeners word) and a newspaperNouns word.
func newspaperAfterName(words []string) int {
	if len(words) < 4 || len(words) > 8 {
		return 0
	}
	end := paperNoun(words[len(words)-1])
	if !newspaperNouns[end] && !publicationWords[end] {
		return 0
	}
	for i := 2; i < len(words)-1; i++ {
		if words[i] == "The" {
			return i
		}
	}
	if !newspaperNouns[end] {
		return 0
	}
	j := len(words) - 2
	if paperTimeWords[strings.ToLower(words[j])] {
		// "South China Morning Post", "Sydney Morning Herald": the place before the time of
		// day is the paper's too, and a compass word before it ("South China").
		if j--; j-1 >= 0 && compassWords[strings.ToLower(words[j-1])] {
			j--
		}
		if j < 2 {
			return 0
		}
	}
	if j-1 >= 2 && placeOpeners[strings.ToLower(words[j-1])] {
		j--
	}
	for _, w := range words[j:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return 0
		}
	}
	if publicationName(words[:j]) {
		return 0 // "THE DAILY PLANET TIMES": the newspaper's name throughout
	}
	return j
}

// paperNoun is the last word of a newspaper's name in lower case, or the part after the hyphen
// of a name that joins two ("Post-Dispatch", "Review-Journal", "Star-Tribune",
// "Journal-Constitution"): the noun is its last part.
func paperNoun(w string) string {
	w = strings.ToLower(w)
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) {
		return w[i+1:]
	}
	return w
}

// paperTimeWords are the words of a newspaper's name for when it comes out, between its place
// and its noun ("Morning Post", "Evening Standard", "Sunday Times").
var paperTimeWords = map[string]bool{"morning": true, "evening": true, "sunday": true, "weekly": true, "daily": true}

// compassWords open a place's name of two words ("South China", "West Harbour").
var compassWords = map[string]bool{"north": true, "south": true, "east": true, "west": true}

// nameAffixes are honorifics and degrees without a vowel.
var nameAffixes = map[string]bool{"mrs": true, "phd": true, "mph": true, "msc": true}

// nameParticles are lower-case words allowed inside personal names.
var nameParticles = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true, "van": true,
	"von": true, "der": true, "den": true, "la": true, "le": true, "di": true, "del": true, "bin": true, "al": true, "y": true}

// gluedParticle reports a surname that opens with a lower-case particle run into its
// capitalised part ("deAgonia", "vanZandt", "diMaggio", "leBlanc"), as some families spell it.
func gluedParticle(w string) bool {
	for p := range nameParticles {
		if rest, ok := strings.CutPrefix(w, p); ok && len(p) >= 2 && utf8.RuneCountInString(rest) >= 3 {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				return true // "del" and "de" both open "delToro": any particle that leaves a capital counts
			}
		}
	}
	return false
}

// nickname returns the first and last word of a nickname in quotes between the given name and
// the surname (Amanda "Tania Mae" Tan, Liam 'Akiba' Wright: double or single quotes, straight or
// curly), or -1, -1.
func nickname(words []string) (int, int) {
	from := -1
	for i := 1; i < len(words)-1; i++ {
		w := words[i]
		if from < 0 && strings.ContainsAny(w[:1], `"'`) || from < 0 && (strings.HasPrefix(w, "“") || strings.HasPrefix(w, "‘")) {
			from = i
		}
		if from >= 0 && len(strings.TrimLeft(w, nicknameQuotes)) > 0 &&
			(strings.HasSuffix(w, `"`) || strings.HasSuffix(w, "'") || strings.HasSuffix(w, "”") || strings.HasSuffix(w, "’")) {
			return from, i
		}
	}
	return -1, -1
}

// nicknameQuotes are the quotation marks a nickname may stand in.
const nicknameQuotes = `"“”'‘’`

// editorialWords name an outlet's rules in the link beside its byline ("Journalistic Standards
// and Practices", "Ethics Policy"), and no person.
var editorialWords = map[string]bool{"practices": true, "standards": true, "guidelines": true, "ethics": true,
	"principles": true, "corrections": true, "policy": true}

// outletPossessiveRe is an outlet's acronym in the possessive before a name of two words or more
// ("NBC's Chuck Todd"): the outlet, no part of the name.
var outletPossessiveRe = regexp.MustCompile(`^\p{Lu}{2,6}['’]s\s+(\S+\s+\S.*)$`)

// looksLikeName rejects handles ("kei_eno"), slogans and sentences: in cased scripts every
// word but particles is capitalised; uncased scripts (Hangul, Han, kana) allow one short word.
func looksLikeName(words []string) bool {
	from, to := nickname(words)
	for i, w := range words {
		if i >= from && i <= to {
			w = strings.Trim(w, nicknameQuotes)
		}
		for _, r := range w {
			// Marks of both kinds: Indic scripts spell vowels with spacing marks (Mc: the "ो"
			// and "ि" of "ज्योतिका"), others with non-spacing ones.
			if !unicode.IsLetter(r) && !unicode.In(r, unicode.Mn, unicode.Mc) && !strings.ContainsRune(".'’-", r) {
				return false
			}
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || editorialWords[strings.ToLower(w)] {
			return false // "CBC's Journalistic Standards and Practices": a link about the outlet's rules
		}
		r := []rune(w)[0]
		switch {
		case unicode.IsUpper(r):
		case unicode.IsLower(r):
			// A glued particle only as the surname, the last word: "Veröffentlicht vonChris
			// Jung" is a label run into the name.
			if !nameParticles[w] && (i == 0 || i != len(words)-1 || !gluedParticle(w)) {
				return false
			}
		default: // uncased script
			if len(words) > 2 || len([]rune(w)) > 10 {
				return false
			}
		}
	}
	return len(words) > 0
}

func looksLikeURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.") ||
		strings.Contains(l, ".com/") || strings.Contains(l, "://")
}

// orgWords mark names of desks and publishers, which are not authors; orgPhrases match inside a name.
var (
	orgWords = map[string]bool{"news": true, "editorial": true, "staff": true, "desk": true, "team": true,
		"agency": true, "agencies": true, "newsdesk": true, "press": true, "media": true, "reuters": true, "newsroom": true, "redacción": true,
		"redaction": true, "redação": true, "editors": true,
		// The same desks spelt without their accents, as a CMS's user names are ("Redaccion").
		"redaccion": true, "redacao": true, "reporters": true, "wire": true, "online": true, "print": true, "share": true,
		"facebook": true, "twitter": true, "email": true,
		// Desks and agencies in German, French, Italian, Spanish, Dutch, Scandinavian.
		"redaktion": true, "redaktionen": true, "rédaction": true, "redazione": true, "redactie": true,
		// A publishing house's group ("FUNKE Mediengruppe", "Verlagsgruppe …"): a company, no writer.
		"mediengruppe": true, "verlagsgruppe": true, "mediagroup": true,
		"agentur": true, "agenturen": true, "nachrichtenagentur": true, "agence": true, "agencia": true,
		// "Agencies" and "news" in Spanish, French, Italian and Portuguese: a JSON-LD Person named
		// "Agencias" (El Mundo's wire copy), a meta author "Noticias Correo Perú". No one is
		// called either.
		"agencias": true, "agences": true, "agenzie": true, "agências": true, "noticias": true, "notícias": true, "notizie": true,
		"agenzia": true, "nachrichten": true, "scanpix": true, "images": true, "publishers": true, "publishing": true,
		// Magazines and broadcasters: "Vanity Fair Magazine", "Bayerischer Rundfunk".
		"magazine": true, "magazin": true, "rundfunk": true, "network": true,
		// Recommendation widgets' attribution ("by Taboola") under the story.
		"taboola": true, "outbrain": true,
		// A press office ("Presse", "Pressestelle", "Public Affairs Office"): no name holds "Office".
		"presse": true, "pressestelle": true, "office": true,
		// Editorial team and agency in Greek and Russian.
		"ομάδα": true, "ομαδα": true, "συντακτική": true, "συντακτικη": true, "σύνταξη": true, "συνταξη": true,
		"редакция": true, "агентство": true,
		// News, desk and agency in Hebrew ("חדשות", "מערכת" the editorial desk, "סוכנויות" the
		// agencies, Reuters spelt out), Turkish ("ajans"; not "Haber", news, which is a surname
		// too: see siteDeskWords), Arabic and Persian (agency, news, the editorial desk).
		"חדשות": true, "מערכת": true, "המערכת": true, "סוכנויות": true, "סוכנות": true, "רויטרס": true, "דוברות": true,
		"ajans": true, "ajansı": true, "ajansi": true, "ajanslar": true, "ajansları": true,
		"وكالة": true, "وكالات": true, "أخبار": true, "الأخبار": true, "التحرير": true, "رويترز": true,
		"خبرگزاری": true, "تحریریه": true,
		// Swahili "Mwandishi Wetu" ("our correspondent") and "Waandishi Wetu", the desk's byline.
		"mwandishi": true, "waandishi": true,
		// An agency in Portuguese, Polish, Czech, Slovak, Hungarian, Ukrainian and Bulgarian;
		// Turkish "merkezi" (the centre of "Haber Merkezi", the news desk).
		"agência": true, "agencja": true, "agentura": true, "agentúra": true, "ügynökség": true, "агенція": true,
		"агенция": true, "merkezi": true,
		// The desk in Indonesian ("Tim Redaksi"), Czech, Slovak, Polish, Finnish and Norwegian, and
		// Turkish "muhabiri" (the reporter of: "AA Muhabiri", an agency's credit with no name).
		"redaksi": true, "redakce": true, "redakcia": true, "redakcja": true, "toimitus": true, "redaksjonen": true,
		"muhabiri": true,
		// Vietnamese "nhóm" (group: "Nhóm PV", the reporters' group), no name's word.
		"nhóm": true,
		// A newspaper's noun in German, Dutch and the Nordic languages, and the French daily's
		// and weekly's (German "Zeitung" is asked of a word's end in isOrganisation): "Süddeutsche Zeitung", "Frankfurter Rundschau", "Badisches Tagblatt",
		// "Hamburger Abendblatt", "NRC Dagblad", "Dagens Nyheter"'s "Tidning", "Le Quotidien".
		// A syndicated story credits its paper so; no person's name holds one of these words.
		"rundschau": true, "tagblatt": true, "tageblatt": true,
		"abendblatt": true, "volksblatt": true, "anzeiger": true, "dagblad": true, "dagbladet": true, "tidning": true,
		"tidningen": true, "avisen": true, "quotidien": true, "hebdo": true}
	orgPhrases = []string{"condé nast", "conde nast", "associated press", "뉴스", "신문", "일보", "편집", "데스크", "방송", "통신", "미디어",
		"тасс", "риа новости", "интерфакс", "通信社", "新聞社", "新华社", "新華社",
		// Japanese desks and agencies: "CoinPost編集部", "週刊ポスト編集部", "共同通信".
		"編集部", "編集局", "編集室", "取材班", "共同通信", "時事通信",
		// Hindi desks and agencies, matched inside the name (its vowel marks are no letters to
		// split words at): "वाराणसी ब्यूरो" (Varanasi bureau), "डिजिटल डेस्क" (digital desk),
		// "एजेंसी" (agency).
		"ब्यूरो", "डेस्क", "एजेंसी", "डिजिटल",
		// Thai news team, editorial board and news agency, matched inside the credit (Thai writes
		// its vowels and tones with marks, which split no words).
		"ทีมข่าว", "กองบรรณาธิการ", "สำนักข่าว"}
	// corporateRe is a company's legal form opening or ending its name: "SANKEI DIGITAL INC.",
	// "Nikkei Inc.", "Example Co., Ltd.", "株式会社サンプル", "北京样例科技有限公司", "(주)샘플",
	// "주식회사 샘플". Only at the ends: a sentence holds "Apple Inc. said" or "…有限公司董事长".
	// "(주)" has lost its opening bracket to the trimming of credits.
	corporateRe = regexp.MustCompile(`(?i)(?:\b(?:inc|incorporated|corp|corporation|ltd|limited|llc|gmbh|plc)\.?|株式会社|有限会社|合同会社|公司|주식회사|유한회사)$|` +
		`^(?:株式会社|有限会社|合同会社|주식회사|유한회사|\(?주\)|㈜)`)
)

// periodicalWords are the words for a newspaper, a daily or a weekly that open its name: Portuguese,
// Spanish and Italian; Hungarian ("Napi Gazdaság", "Heti Válasz"), Polish ("Dziennik Bałtycki",
// "Tygodnik Powszechny"), Czech and Slovak ("Deník N"), Romanian ("Ziarul Financiar") and South
// Slavic ("Dnevnik", "Tjednik") — no given name is one of them.
var periodicalWords = map[string]bool{"jornal": true, "diário": true, "diario": true, "revista": true, "gazeta": true,
	"periódico": true, "periodico": true, "giornale": true, "rivista": true, "gazzetta": true, "quotidiano": true,
	"napi": true, "heti": true, "dziennik": true, "tygodnik": true, "deník": true, "denník": true, "týdeník": true,
	"týždenník": true, "ziarul": true, "cotidianul": true, "dnevnik": true, "tjednik": true}

func isOrganisation(s string) bool {
	l := strings.ToLower(s)
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if orgWords[w] || strings.HasSuffix(w, "zeitung") {
			return true // "zeitung" ends a German paper's compound name too: "Bauernzeitung", "Wirtschaftszeitung"
		}
	}
	for _, p := range orgPhrases {
		if strings.Contains(l, p) {
			return true
		}
	}
	if isZhOrg(s) {
		return true // "大汉网络", "汉斯出版社": a Chinese site or publisher
	}
	if corporateRe.MatchString(strings.TrimSpace(s)) {
		return true
	}
	// "The New York Times", "THE NEW YORK TIMES": the article, a short name and a newspaper
	// word at the end; no personal name opens with "The". The end only: a sentence ("The actor
	// popped the question") holds "the" and such words inside.
	if f := strings.Fields(l); len(f) >= 3 && len(f) <= 6 && f[0] == "the" && len(f[len(f)-1]) > 3 && publicationWords[f[len(f)-1]] {
		return true
	}
	// "Example Valley Sentinel", "Rivertown Gazette": capitalised words ending with a
	// newspaper's noun. Three words or more for any of them; two only for nouns that are no
	// surname (a "Post", "Times", "Globe" or "Journal" may end a person's name).
	if newspaperName(strings.Fields(s)) {
		return true
	}
	// "Jornal Correio", "Revista Época", "Diário de Notícias": a newspaper's or magazine's
	// name that opens with the word for one; no personal name does.
	if f := strings.Fields(l); len(f) >= 2 && len(f) <= 6 && periodicalWords[f[0]] {
		return true
	}
	// A single upper-case token (CNN, BBC, AFP, RT) is an acronym, not a person.
	if f := strings.Fields(s); len(f) == 1 && isUpperWords(s) && len([]rune(s)) <= 6 {
		return true
	}
	// Capitals throughout with a word of three letters or more and no vowel ("ESPN NFL", "MDR
	// AKTUELL"): acronyms, an outlet or its desk. A name in capitals has vowels in every word.
	if isUpperWords(s) && slices.ContainsFunc(strings.Fields(s), vowelless) {
		return true
	}
	return false
}

// vowelless reports a Latin word of three letters or more without a vowel: an acronym, but for
// the honorifics and degrees printed beside names ("MRS", "PHD").
func vowelless(w string) bool {
	if nameAffixes[strings.ToLower(strings.Trim(w, ".,"))] {
		return false
	}
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			if strings.ContainsRune("AEIOUYaeiouy", r) {
				return false
			}
			n++
		case unicode.IsLetter(r):
			return false
		}
	}
	return n >= 3
}

func isUpperWords(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// titleCase turns "MARY CLARE JALONICK" into "Mary Clare Jalonick", and a name's inner
// capitals back as names write them (nameWordCase): "O'TOOLE" → "O'Toole", "McGUIRK" →
// "McGuirk", "PARKER-POPE" → "Parker-Pope".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = nameWordCase(r)
	}
	return strings.Join(words, " ")
}

func dedupe(names []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range names {
		k := strings.ToLower(n)
		if n != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// publisherNames are the squashed names a page gives its publication, and its host's
// distinctive labels ("vnexpress" for vnexpress.net): credits equal to one are the site's.
func publisherNames(host string, names ...string) []string {
	var out []string
	for _, n := range names {
		if k := squash(n); k != "" {
			out = append(out, k)
		}
	}
	return append(out, hostLabels(host)...)
}

// isPublisherCredit reports a credit that is the publication itself: "Salzburger Nachrichten" for
// og:site_name "Salzburger Nachrichten", "Krautreporter" for the publisher "Krautreporter eG",
// "VnExpress" for vnexpress.net. A name shorter than five letters must match whole. A name of
// several words must also read as a publication's (an article, a newspaper word): a personal
// site or newsletter is named after its author, and "Paul Krugman" there is a person.
func isPublisherCredit(name string, sites []string) bool {
	k := squash(name)
	if k == "" {
		return false
	}
	if f := foldedLatin(k); f != k && isPublisherCredit(f, sites) {
		return true // "Público" on publico.es
	}
	if m := fromOutletRe.FindStringSubmatch(name); m != nil && (isOrgCredit(m[1]) || isPublisherCredit(m[1], sites)) {
		return true // "Do UOL", "From Reuters": the outlet the story comes from
	}
	if words := strings.Fields(name); len(words) == 2 && initialWord(words[1]) {
		// "Example D" on examplenews.co.za: the site's name and an initial, the account a blog's
		// content system names after the site (its admin's), no person's full name.
		if p := squash(words[0]); len([]rune(p)) >= 5 && slices.ContainsFunc(sites, func(s string) bool { return strings.HasPrefix(s, p) }) {
			return true
		}
	}
	if words := strings.Fields(name); len(words) > 1 {
		// "GalTime Entertainment Diva": the site's name opening a longer credit names a post or
		// a desk of the site, not a person. Two words at least follow it: a personal site is
		// named after its author ("Anisse Astier" on anisse.astier.eu).
		for i := 1; i < len(words)-1; i++ {
			if p := squash(strings.Join(words[:i], " ")); len([]rune(p)) >= 5 && slices.Contains(sites, p) {
				return true
			}
		}
	}
	if words := strings.Fields(name); len(words) >= 2 && len(words) <= 5 && !isUpperWords(name) && isUpperWords(words[0]) &&
		utf8.RuneCountInString(words[0]) >= 2 && slices.Contains(sites, squash(words[0])) && placeWords(words[1:]) {
		// "ABC Great Southern" on abc.net.au: the site's acronym opening a credit names one of
		// its stations or desks. No person's name opens with an acronym in capitals before
		// words in mixed case (a name printed all in capitals is left to the rules above).
		return true
	}
	if words := strings.Fields(name); len(words) >= 2 && len(words) <= 5 && siteDigitalDesks[strings.ToLower(words[len(words)-1])] {
		// "Times Now Digital", "Example Post Web": the site's name (its publisher's, whole or the
		// start of its host's label) and the word for its online desk, the account a content
		// system credits the desk's copy to. No person's name ends in "Digital" or "Bureau".
		p := squash(strings.Join(words[:len(words)-1], " "))
		if len([]rune(p)) >= 3 && slices.ContainsFunc(sites, func(s string) bool { return s == p || len([]rune(p)) >= 5 && strings.HasPrefix(s, p) }) {
			return true
		}
	}
	if words := strings.Fields(name); len(words) == 2 && siteDeskWords[strings.ToLower(words[1])] {
		// "Example Haber": the site's name and the word for its news desk.
		if p := squash(words[0]); len([]rune(p)) >= 4 && (slices.Contains(sites, p) || slices.Contains(sites, foldedLatin(p))) {
			return true
		}
	}
	if words := strings.Fields(name); len(words) > 1 && mixedBrand(words, sites) {
		return true
	}
	if words := strings.Fields(name); len(words) > 1 && placeBeforeSite(words, sites) {
		return true
	}
	if len(strings.Fields(name)) > 1 && len([]rune(k)) >= 8 && slices.ContainsFunc(sites, func(s string) bool {
		rest, ok := strings.CutPrefix(s, k)
		return ok && newspaperTaglineRe.MatchString(rest)
	}) {
		// "Graiul Maramureşului" on "Graiul Maramureșului - Cotidian independent …": the site's
		// name before a tagline that calls it a newspaper. A personal site's tagline does not.
		return true
	}
	if words := strings.Fields(name); len(words) > 1 && !publicationName(words) && !acronymWord(words) {
		return false
	}
	for _, s := range sites {
		if s == k || zhBrandOf(k, s) || len([]rune(k)) >= 5 && (strings.HasPrefix(s, k) || strings.HasSuffix(s, k)) ||
			len([]rune(s)) >= 5 && len(k) <= len(s)+3 && strings.HasSuffix(k, s) { // "The Huffington Post"
			return true
		}
		if rest, ok := strings.CutPrefix(s, k); ok && len([]rune(k)) >= 3 && len(rest) >= 4 && publicationWords[rest] {
			return true // "Huck" on "Huck Magazine": a short name and the word for what the site is
		}
	}
	return false
}

// domainEndingRe is a web address's ending glued to a credit's last word: ".fr", ".com",
// ".co.uk", ".com.br", ".info", ".news", ".online".
var domainEndingRe = regexp.MustCompile(`\p{L}\.(?:[a-z]{2,3}|info|news|online)(?:\.[a-z]{2})?$`)

// withoutDomainEnding returns the credit without a web address's ending glued to its last word
// ("Le Point.fr" → "Le Point"), or "" when it has none. A personal name ends in no address's
// ending; an outlet's desk signs with the site's address ("Le Point.fr", "Dailymail.com"),
// which siteAddressCredit then compares as the site's name.
func withoutDomainEnding(name string) string {
	if i := strings.LastIndexByte(name, '.'); i <= 0 || len(name)-i > 10 {
		return "" // no dot, or none near the end: most credits, told without the expression
	}
	m := domainEndingRe.FindStringIndex(name)
	if m == nil {
		return ""
	}
	_, size := utf8.DecodeRuneInString(name[m[0]:])
	return strings.TrimSpace(name[:m[0]+size])
}

// siteAddressCredit reports a credit that is the site's name with its address's ending glued
// on ("Le Point.fr", "Examplenews.com" on examplenews.com): the outlet's desk, no writer. It is
// asked of credits only: in "Most Popular Pages | Example.com" the part after the bar is the
// site's name, but what stands before it is no writer either (see outletLineNames).
func siteAddressCredit(name string, sites []string) bool {
	bare := withoutDomainEnding(name)
	return bare != "" && isPublisherCredit(bare, sites)
}

// initialWord reports one capital letter, with or without its dot: "D", "D.".
func initialWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && size > 0 && unicode.IsUpper(r)
}

// staffOutlet reports a credit that a byline line prints before a closing "staff" ("By Example
// Searchlight staff"): the outlet whose staff wrote the story, no person. A writer's post after
// the name ("Jane Roe, Staff Writer") does not close the line with "staff".
func staffOutlet(name, bylines string) bool {
	if len(strings.Fields(name)) < 2 {
		return false
	}
	for _, l := range strings.Split(bylines, "\n") {
		l = strings.TrimRight(normSpace(l), " .")
		if len(l) < len(name)+6 || !strings.EqualFold(l[len(l)-6:], " staff") {
			continue
		}
		if strings.HasSuffix(strings.ToLower(l[:len(l)-6]), strings.ToLower(name)) {
			return true
		}
	}
	return false
}

// newspaperTaglineRe finds, in a squashed site name's tail, the word for a newspaper or a daily
// in the languages of the sets: Romanian "cotidian", "ziar", Spanish "diario", "periódico",
// French "quotidien", Italian "quotidiano", German "Zeitung", Polish "dziennik", "gazeta".
var newspaperTaglineRe = regexp.MustCompile(`cotidian|ziar|diario|peri[oó]dico|quotidien|zeitung|dziennik|gazeta|newspaper|dailynews`)

// blogOwnerRe is a blog's name that is its owner's: "Le blog de Patrick Weil", "The blog of Jane
// Roe", "Il blog di Mario Rossi", "Der Blog von Hans Meier", "Jane Roe's Blog". The owner is a
// person's name of two or three capitalised words.
var blogOwnerRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:(?i:(?:le |the |el |o |il |der |das )?blog (?:de|of|di|von|do|da))\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})|(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2})['’]s\s+(?i:blog))$`)
})

// blogOwner returns the person a blog's name says it is the blog of, or nil.
func blogOwner(siteName string) []string {
	siteName = normSpace(siteName)
	if len(siteName) > 80 || !strings.Contains(strings.ToLower(siteName), "blog") {
		return nil
	}
	m := blogOwnerRe().FindStringSubmatch(siteName)
	if m == nil {
		return nil
	}
	return []string{firstNonEmpty(m[1], m[2])}
}

// siteOwnerRe is a site's name that opens with its owner's given name in the possessive:
// "James' Coffee Blog", "Jane's Kitchen Notes".
var siteOwnerRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\p{Lu}\p{Ll}+)(?:['’]s?)\s+\p{L}`) })

// siteOwner returns the given name a site's name makes its owner in the possessive, or "". A
// byline printing that name alone credits the owner, a person, where a name the site's own
// name opens with otherwise reads as the publication crediting itself.
func siteOwner(siteName string) string {
	if len(siteName) > 60 || !strings.ContainsAny(siteName, "'’") {
		return ""
	}
	if m := siteOwnerRe().FindStringSubmatch(normSpace(siteName)); m != nil {
		return m[1]
	}
	return ""
}

// oneNamedCredit reports a credit of two to four words and no list separator: one writer's name.
func oneNamedCredit(s string) bool {
	words := strings.Fields(s)
	return len(words) >= 2 && len(words) <= 4 && !strings.ContainsAny(s, ",;/|&()") && len(bySplitRe.Split(s, -1)) == 1
}

// outletInBrackets reports a bracketed credit after a name that reads as an outlet: one
// capitalised word ("Computerworld", "Reuters") or an organisation's credit. A person's name
// of two words in brackets (a translator's, a photographer's) is left to the caller.
func outletInBrackets(s string) bool {
	if isOrgCredit(s) || agencies[strings.ToLower(s)] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return !strings.ContainsAny(s, " 0123456789") && unicode.IsUpper(r) && utf8.RuneCountInString(s) >= 3
}

// placeBeforeSite reports a credit that is the site's name after a place of one word
// ("Pittsburgh Post-Gazette" on post-gazette.com, "Honolulu Star-Advertiser" beside
// staradvertiser.com; host labels keep their hyphens, so both sides are squashed): US papers
// print their city before the name their address spells. Two words before the name may be a
// writer's ("David Ferrara Las Vegas Review-Journal", a byline run onto the paper's full name).
// The site's part must be a compound, hyphenated or of two words, of eight letters or more: a
// personal site named after its author's surname ("Bruce Schneier" on schneier.com) is no
// outlet.
func placeBeforeSite(words []string, sites []string) bool {
	if len(words) < 2 {
		return false
	}
	tail := words[1:]
	if len(tail) == 1 && !strings.Contains(strings.Trim(tail[0], "-"), "-") {
		return false
	}
	t := squash(strings.Join(tail, " "))
	return len([]rune(t)) >= 8 && slices.ContainsFunc(sites, func(s string) bool { return squash(s) == t })
}

// siteDeskWords name a site's news desk after its name ("<Site> Haber", Turkish for news):
// words that are surnames too, so only after the site's own name.
var siteDeskWords = map[string]bool{"haber": true, "haberler": true, "haberleri": true, "gündem": true}

// siteDigitalDesks name an outlet's online desk after the outlet's name ("<Site> Digital",
// "<Site> Web", "<Site> Bureau"); the other desk words ("Desk", "Online", "Staff") are orgWords
// on their own already.
var siteDigitalDesks = map[string]bool{"digital": true, "web": true, "bureau": true, "online": true, "desk": true}

// mixedBrand reports a credit of Latin and Chinese, Japanese or Korean words that one of the
// site's names holds every word of: "ETtoday 新聞雲" on "ETtoday 東森新聞雲", "피알원 STORY" on
// "피알원 블로그_Real PR Story" are the outlet's brand, shortened. A personal name is written in
// one script; a personal site named after its author ("Paul Krugman" on paulkrugman.com) is
// Latin only.
func mixedBrand(words []string, sites []string) bool {
	latin, cjk := false, false
	for _, w := range words {
		latin = latin || strings.ContainsFunc(w, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) })
		cjk = cjk || strings.ContainsFunc(w, func(r rune) bool {
			return unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana)
		})
	}
	if !latin || !cjk {
		return false
	}
	for _, site := range sites {
		if !slices.ContainsFunc(words, func(w string) bool { k := squash(w); return k == "" || !strings.Contains(site, k) }) {
			return true
		}
	}
	return false
}

// foldedLatin drops the accents of a name written in Latin letters ("público" → "publico"), as
// host names spell it; a name in another script comes back as it is.
func foldedLatin(s string) string {
	ascii := true
	for _, r := range s {
		if r > unicode.MaxLatin1 && !unicode.In(r, unicode.Latin) {
			return s
		}
		ascii = ascii && r < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	return strings.ToLower(unidecode.Unidecode(s))
}

// copyrightRe reads the holder of a Chinese copyright notice: "好易版权所有", "Copyright © 2015
// 新京报 版权所有".
var copyrightRe = regexp.MustCompile(`(?i)^(?:copyright)?\s*(?:©|ⓒ|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(.+?)[\s,，]*(?:版权所有|版權所有)`)

// copyrightHolder returns the name a copyright meta gives the publisher, or "": the meta is the
// site's own statement of its name, and an author meta that repeats it names no person.
func copyrightHolder(v string) string {
	m := copyrightRe.FindStringSubmatch(normSpace(v))
	if m == nil {
		// "Copyright (c) 2013 Los Angeles Times": the English form, with its year.
		m = copyrightEnRe.FindStringSubmatch(normSpace(v))
	}
	if m == nil || utf8.RuneCountInString(m[1]) > 30 {
		return ""
	}
	return m[1]
}

// copyrightEnRe reads the holder of an English copyright line that states a year: "Copyright (c)
// 2013 Los Angeles Times", "© 2013 The Daily Ledger. All rights reserved."
var copyrightEnRe = regexp.MustCompile(`(?i)^(?:copyright\s*)?(?:©|\(c\))?\s*\d{4}(?:\s*[-–]\s*\d{4})?,?\s+(.+?)[\s.,]*(?:all rights reserved\.?)?$`)

// titleSiteParts returns what the <title> adds to the headline after a separator, the parts
// in Chinese script ("…_好易财经", "…｜即時｜蘋果新聞網｜蘋果日報", "…|苹果|新品_电信_新浪科技_新浪网"):
// the site's name, its sections and its tags, none of which is a person; nil when the title is the
// headline or holds it elsewhere. A part of more than one shaped as a personal name in Han
// characters is left out (up to four: the Japanese "米井嘉一", unless a section's word ends it):
// a blog's or a column's title names its writer between the headline and the platform.
func titleSiteParts(raw, headline string) []string {
	raw, headline = normSpace(raw), normSpace(headline)
	if headline == "" || len(raw) <= len(headline) || !strings.HasPrefix(raw, headline) {
		return nil
	}
	rest := raw[len(headline):]
	tail := strings.TrimLeft(rest, " _-|–—·:：｜")
	if len(tail) == len(rest) {
		return nil // no separator: the headline was cut inside a word
	}
	parts := strings.FieldsFunc(tail, func(r rune) bool { return strings.ContainsRune("_|｜", r) })
	var out []string
	for k, part := range parts {
		part = strings.Trim(part, " -–—·:：")
		// Only a Han site name: a Latin one ("… - The New York Times") is what og:site_name states,
		// and a site that credits itself by name there means it (the byline "By THE NEW YORK TIMES").
		if utf8.RuneCountInString(part) > 20 || !hasHanLead(part) {
			continue
		}
		if n := utf8.RuneCountInString(part); len(parts) > 1 && (n <= 3 || n == 4 && !zhSectionWord(part)) && zhName(part, true) {
			continue
		}
		// Nor is a run of three kanji before a later part ("Story | 港町浩 | Site"): a
		// Japanese writer's name, whose family name the Chinese list does not hold, where
		// a section's name between the headline and the site is mostly two characters ("即時").
		if k < len(parts)-1 && utf8.RuneCountInString(part) == 3 && zhName(part, false) && !zhSectionWord(part) {
			continue
		}
		out = append(out, part)
	}
	return out
}

// zhSiteWords end the name of a Chinese portal's section: "好易财经" is the portal "好易"'s.
var zhSiteWords = []string{"新闻", "财经", "財經", "体育", "體育", "科技", "娱乐", "娛樂", "汽车", "军事", "时尚", "教育", "健康", "房产", "旅游", "文化", "频道", "网", "網"}

// zhSectionWord reports a part that ends in a section's word ("范例科技"): a site's section, not a
// four-character name.
func zhSectionWord(part string) bool {
	return slices.ContainsFunc(zhSiteWords, func(w string) bool { return strings.HasSuffix(part, w) })
}

// zhBrandOf reports a Han credit of two characters or more that is the brand a Han site name
// opens with: "好易" of "好易财经". A brand is short, so the rest must be a section word.
func zhBrandOf(k, site string) bool {
	if utf8.RuneCountInString(k) < 2 || !allHan(k) || !strings.HasPrefix(site, k) {
		return false
	}
	rest := site[len(k):]
	return slices.Contains(zhSiteWords, rest)
}

// fromOutletRe opens a credit with the word for "from" that outlets put before their own or an
// agency's name in the author field ("Do UOL, em Porto Alegre", "Da Redação", "From Reuters", Romanian "De" + the site);
// what follows is asked whether it is an organisation or the site.
var fromOutletRe = regexp.MustCompile(`^(?:From|Do|Da|Dos|Das|Del|De|Vom)\s+(\S.*)$`)

// publicationWords open or end the names of newspapers and sites; no personal name has one.
var publicationWords = map[string]bool{"the": true, "der": true, "die": true, "das": true, "le": true, "la": true, "les": true,
	"el": true, "il": true, "zeitung": true, "times": true, "post": true, "journal": true, "magazin": true, "magazine": true,
	"tribune": true, "herald": true, "gazette": true, "daily": true, "express": true, "courier": true, "kurier": true,
	"blatt": true, "nachrichten": true, "echos": true, "echo": true, "monde": true, "figaro": true, "postillon": true,
	"tageblatt": true, "anzeiger": true, "rundschau": true, "allgemeine": true, "presse": true, "observer": true,
	"guardian": true, "telegraph": true, "mirror": true, "standard": true, "chronicle": true, "review": true, "weekly": true,
	// "… World Report", "The … Reporter", "… Recorder": the words of a news site's name, no surname's.
	"report": true, "reporter": true, "recorder": true}

// acronymWord reports a word of two letters or more all in capitals among words: "IT Pro" names
// a publication, and a personal site named after its author spells a name in mixed case.
func acronymWord(words []string) bool {
	for _, w := range words {
		if utf8.RuneCountInString(squash(w)) >= 2 && isUpperWords(w) {
			return true
		}
	}
	return false
}

func publicationName(words []string) bool {
	for _, w := range words {
		if publicationWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return true
		}
	}
	return false
}

// creditsOrg reports a credit line that names an organisation, an agency or the site itself
// ("Salzburger Nachrichten", "von APA", "dpa").
func creditsOrg(s string, sites []string) bool {
	for _, line := range strings.Split(s, "\n") {
		line = leadingByRe.ReplaceAllString(normSpace(emailRe.ReplaceAllString(line, "")), "")
		for _, part := range bySplitRe.Split(line, -1) {
			part = strings.Trim(normSpace(part), " .-–—:()[]")
			if isOrgCredit(part) || isPublisherCredit(part, sites) || agencies[strings.ToLower(part)] {
				return true
			}
		}
	}
	return false
}

// agencies are news agencies often credited in lower case ("dpa"), which the capitals rule of
// isOrganisation does not see.
var agencies = map[string]bool{"dpa": true, "apa": true, "afp": true, "ap": true, "sid": true, "ddp": true, "kna": true,
	"epd": true, "ansa": true, "efe": true, "anp": true, "ntb": true, "tt": true, "ritzau": true, "reuters": true, "belga": true,
	// Turkey's agencies (Doğan, Anadolu, İhlas, ANKA), İHA lower-cased with its dotted capital's
	// combining dot and without; Reuters and "the agencies" in Hebrew, AFP, Anadolu and Reuters
	// in Arabic.
	"dha": true, "aa": true, "iha": true, "i̇ha": true, "anka": true, "רויטרס": true, "סוכנויות": true, "רויטרס ו-ap": true,
	"أ ف ب": true, "فرانس برس": true, "الأناضول": true, "رويترز": true,
	// Korea's agencies, Yonhap also by its short name ("연합 기자", a desk's credit of its copy).
	"연합": true, "연합뉴스": true, "뉴시스": true, "뉴스1": true,
	// The national and world agencies of the languages with the most online news, by the names
	// a byline credits them with alone: Japan's, China's, Portugal's and Brazil's, Eastern
	// Europe's, South and Southeast Asia's, Greece's (ΑΠΕ-ΜΠΕ), the wires of finance. None is a
	// name a person signs a story with on its own.
	"kyodo": true, "kyodo news": true, "jiji": true, "jiji press": true, "xinhua": true, "yonhap": true, "bloomberg": true,
	"bloomberg news": true, "dow jones": true, "upi": true, "lusa": true, "agência lusa": true, "agência brasil": true,
	"adnkronos": true, "agenzia nova": true, "europa press": true, "notimex": true, "télam": true, "telam": true,
	"prensa latina": true, "keystone-sda": true, "sda": true, "ats": true, "kyodo/afp": true, "hina": true, "tanjug": true,
	"fena": true, "bta": true, "mti": true, "tasr": true, "čtk": true, "ctk": true, "pap": true, "stt": true, "lehtikuva": true,
	"agerpres": true, "mediafax": true, "unian": true, "ukrinform": true, "укрінформ": true, "уніан": true, "interfax": true,
	"ria novosti": true, "tass": true, "ria": true, "anadolu": true, "anadolu ajansı": true, "ihlas": true, "irna": true,
	"isna": true, "wam": true, "qna": true, "kuna": true, "antara": true, "bernama": true, "vna": true, "ttxvn": true,
	"pna": true, "pti": true, "ians": true, "ani": true, "uni": true, "पीटीआई": true, "भाषा": true, "आईएएनएस": true, "एएनआई": true,
	"απε": true, "απε-μπε": true, "ape-mpe": true, "ana-mpa": true, "aap": true, "nzpa": true, "cna": true, "中央社": true,
	"共同": true, "時事": true, "新华社": true, "新華社": true, "中新社": true, "中新网": true,
	// Iran's agencies in Persian script (IRNA, ISNA, ILNA), as Persian bylines credit them alone.
	"ایرنا": true, "ایسنا": true, "ایلنا": true,
	// Brazil's papers' agencies, credited alone or after the writer ("Maria Silva / Estadão
	// Conteúdo"), and Agência Estado's short name.
	"estadão conteúdo": true, "estadao conteudo": true, "folhapress": true, "agência estado": true, "agencia estado": true}

// signature reads the names of a bold paragraph right before the body's opening or right
// after its end, or among its first three paragraphs (under a kicker the body keeps), the byline or signature of sites that have no byline field ("Mohloai
// Mpesi", "Mathatisi Sebusi/Mohalenyane Phakela"); the body has already dropped it as a header
// or trailer line. Every part must be a name of two words or more, so that a bold lead-in or
// subheading is not taken for one.
func signature(body string, bold []boldPara) []string {
	if len(bold) == 0 || body == "" {
		return nil
	}
	paras := strings.Split(body, "\n\n")
	first, last := normSpace(paras[0]), normSpace(paras[len(paras)-1])
	// The paragraphs above a byline inside the body are a kicker: short, no sentence.
	head := paras[:min(3, len(paras))]
	for i, para := range head {
		if utf8.RuneCountInString(para) > 100 || endsWithStop(para) {
			head = head[:i+1]
			break
		}
	}
	for _, b := range bold {
		// A column's byline under the headline ("Tuesday Column By JANE ROE") may sit above lines
		// the body drops (the writer's e-mail and phone): its column word marks it wherever it is.
		column := b.opening && columnByRe().MatchString(b.text)
		if !column && b.next != first && b.prev != last && !slices.Contains(head, b.text) || strings.ContainsAny(b.text, ".!?:") {
			continue
		}
		if b.closing && b.prev != last {
			continue // a sign-off run into a paragraph counts only after the story's last one
		}
		text := b.text
		if m := columnByRe().FindStringSubmatch(text); m != nil {
			text = m[1] // "Tuesday Column By JANE ROE": the column's name, then its byline
		}
		names := splitAuthors(text)
		if len(names) == 0 || len(names) != len(bySplitRe.Split(text, -1)) {
			continue
		}
		ok := true
		for _, n := range names {
			ok = ok && len(strings.Fields(n)) >= 2
		}
		if ok {
			return names
		}
	}
	return nil
}

// columnByRe is a column's name before its byline in one bold line: "Tuesday Column By JANE
// ROE", "Guest Opinion by Jane Roe". The name ends with the word for a column or an opinion
// piece, which a photo's or a quote's credit ("Photo by …") does not.
var columnByRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+\s+){0,3}(?i:column|opinion|commentary|viewpoint)\s+(?i:by)\s+(\p{Lu}.{2,60})$`)
})

// bioSignOffRe is the one-line note on the writer that closes a column: "Michael Pascoe is a
// BusinessDay contributing editor.", "Jane Roe is the paper's chief political correspondent.",
// "Ana Souza é repórter da sucursal de Brasília.". The post at its end says the name is a
// journalist's; a note on a guest ("… is a professor of law") names no post of a newsroom.
var bioSignOffRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:d[aeo]s?|de|van|von|del)\s+)?\p{Lu}[\p{L}'’.-]+){1,3})\s+` +
	`(?:is|was|é|es)\s+(?:an?|the|um|uma|o|a|un|una)?\s*(?:\S+\s+){0,4}?` +
	`(?:editor|writer|columnist|correspondent|reporter|contributor|journalist|editora|colunista|correspondente|repórter|jornalista|periodista|columnista|corresponsal)\b[^.!?]{0,80}\.?$`)

// bioSignOff returns the writer a bioSignOffRe line names among the body's last two paragraphs,
// or nil.
func bioSignOff(body string) []string {
	return closingLineWriters(body, bioSignOffRe, 2, 200)
}

// postSignOffRe is a closing line of a name, a comma and the writer's newsroom post, alone:
// "Jane Roe, Special Correspondent", Hindi "ज्योतिका ग्रोवर, संवाददाता" (correspondent). The
// post says the name is the reporter's; a quoted person's closing line names another trade.
var postSignOffRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([^,.!?:;"“”()]{3,40}),\s*(?:(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Correspondent|Reporter|Staff Writer|Columnist)|` +
		`(?:विशेष\s+)?संवाददाता|रिपोर्टर)\.?$`)
})

// postSignOff returns the writer a postSignOffRe line names after the story, or nil: the last
// paragraph of body (or of reading, when the body has dropped the line as a trailer), or the one
// before a short closing line, under a paragraph of story. The same line over the story is a
// byline, which the byline rules read.
func postSignOff(body, reading string) []string {
	for _, text := range []string{body, reading} {
		paras := strings.Split(strings.TrimSpace(text), "\n\n")
		for k := 1; k <= 2 && k < len(paras); k++ {
			i := len(paras) - k
			if k == 2 && utf8.RuneCountInString(normSpace(paras[i+1])) > 60 {
				break
			}
			if utf8.RuneCountInString(normSpace(paras[i-1])) < 80 {
				continue
			}
			if p := normSpace(paras[i]); len(p) <= 160 {
				if m := postSignOffRe().FindStringSubmatch(p); m != nil {
					return splitAuthors(m[1])
				}
			}
		}
	}
	return nil
}

// closingLineWriters returns the writers re's first group names in one of the last paragraphs
// of text (at most last of them, each at most maxBytes long once its spaces are normalised),
// read from the end, or nil: sign-off lines close a story.
func closingLineWriters(text string, re *regexp.Regexp, last, maxBytes int) []string {
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-last; i-- {
		if p := normSpace(paras[i]); len(p) <= maxBytes {
			if m := re.FindStringSubmatch(p); m != nil {
				return splitAuthors(m[1])
			}
		}
	}
	return nil
}

// credentialWords are professional titles a signature prints before the name ("SMMM YILMAZ
// EVRİM ALTUN", a Turkish chartered accountant; "CPA Jane Roe"): the post, not the name.
var credentialWords = map[string]bool{"smmm": true, "ymm": true, "cpa": true, "cfa": true, "acca": true, "av.": true, "avukat": true}

// emailSignOff returns the writer a signature block under the story names: a line with the
// name alone, its professional title before it, and right under it a line that is nothing but
// an e-mail address, among the body's last ten paragraphs (the site's source line and
// promotions follow it). A name in capitals is cased as the page's language writes it
// ("YILMAZ" is "Yılmaz" in Turkish). A contact address alone, under no name, names nobody.
func emailSignOff(body, lang string) []string {
	paras := strings.Split(strings.TrimSpace(body), "\n\n")
	for i := len(paras) - 1; i >= 2 && i >= len(paras)-10; i-- {
		mail := strings.TrimSpace(paras[i])
		if len(mail) > 80 || strings.IndexByte(mail, '@') < 0 || emailRe.FindString(mail) != mail {
			continue
		}
		words := strings.Fields(normSpace(paras[i-1]))
		for len(words) > 2 && credentialWords[strings.ToLower(words[0])] {
			words = words[1:]
		}
		if len(words) < 2 || len(words) > 4 {
			return nil
		}
		name := strings.Join(words, " ")
		if isUpperWords(name) {
			name = titleCaseIn(name, lang)
		}
		if name = cleanName(name); name == "" || isOrganisation(name) || contactLabelAbove(paras[max(0, i-3):i-1]) {
			return nil // a press release's media contact: the agency's or officer's name, not the writer's
		}
		return []string{name}
	}
	return nil
}

// contactLabelAbove reports a line among paras that labels a contact block ("MEDIA CONTACT:",
// "Contacto de prensa"), over the names and addresses a press release closes with.
func contactLabelAbove(paras []string) bool {
	for _, p := range paras {
		if l := strings.ToLower(p); len(p) <= 60 && (strings.Contains(l, "contact") || strings.Contains(l, "kontakt") || strings.Contains(l, "iletişim")) {
			return true
		}
	}
	return false
}

// titleCaseIn is titleCase by the case rules of the language: Turkish and Azerbaijani write
// the capital I's small letter as ı and i's capital as İ.
func titleCaseIn(s, lang string) string {
	primary, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if primary != "tr" && primary != "az" {
		return titleCase(s)
	}
	words := strings.Fields(strings.ToLowerSpecial(unicode.TurkishCase, s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.TurkishCase.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// worksForRe is the one-line note on a guest writer that closes a contributed article on a
// trade site with no byline: "Jane Roe works for Example Corp", "Jane Roe writes for …". The
// name opens the line; a sentence about someone ("The mayor said Tom Roe works for …") does not.
// Compiled on first use: its letter classes cost 0.2 MB, and most pages never reach it.
var worksForRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:works|writes)\s+(?:for|at)\s+\S[^.!?]{0,60}\.?$`)
})

// worksForNote returns the writer a worksForRe line names among the body's last three
// paragraphs (the site's headings of its contact box and most-read list may follow it), or nil.
func worksForNote(body string) []string {
	if !strings.Contains(body, "works") && !strings.Contains(body, "writes") {
		return nil
	}
	return closingLineWriters(body, worksForRe(), 3, 120)
}

// firmSignOffRe is a closing line that signs a contributed article with the writer's name, post
// and firm: "By Jane Roe, associate, ExamplePartners. E-mail: …". Compiled on first use (0.1 MB of
// letter classes): only pages whose byline credits a firm ask it.
var firmSignOffRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:By|BY)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),\s+[\p{L} -]{2,40},\s+(\p{Lu}[^.,;]{1,60})(?:[.,;]|$)`)
})

// firmWriter returns the writer a firmSignOffRe line among the page's "By" lines names when the
// firm it names after the writer's post is credit, spaced otherwise or not ("ExamplePartners" for
// "Example Partners"): the content system credits the contributing firm in the byline and the
// author fields, an organisation, and the sign-off closing the story names its person. It
// returns "" otherwise.
func firmWriter(credit string, lines []string) string {
	k := squash(credit)
	if k == "" {
		return ""
	}
	for _, l := range lines {
		if m := firmSignOffRe().FindStringSubmatch(normSpace(l)); m != nil && squash(m[2]) == k && squash(m[1]) != k {
			return m[1]
		}
	}
	return ""
}

// compiledByRe is the line that closes a story put together by one writer from several
// sources: "Zusammengestellt von Georg Thomas für tagesschau.de", "Compiled by Jane Roe for the
// BBC", Dutch "Samengesteld door …". What follows "für"/"for" is the outlet.
var compiledByRe = regexp.MustCompile(`^(?:Zusammengestellt|Aufgeschrieben|Compiled|Samengesteld)\s+(?:von|by|door)\s+` +
	`(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|der|den)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+(?:und|and|en)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})?)` +
	`(?:\s+(?:für|for|voor)\s+\S.{0,60}?)?\.?$`)

// compiledBy returns the writers a compiledByRe line names among the last four paragraphs of
// the given texts (a page's trailer lines — a map link, the stamp — may follow it), or nil.
func compiledBy(texts ...string) []string {
	for _, t := range texts {
		if names := closingLineWriters(t, compiledByRe, 4, 160); names != nil {
			return names
		}
	}
	return nil
}

// writtenByRe is a closing line of its own that signs the story: "Written by Jane Roe", on
// sites that print no byline above the story; a guest piece's credit "This article was
// co-authored by Jane Roe and John Doe" (or "& John Doe") where the metadata names only a
// guest account. A guest writer's line may go on with the post and firm after a comma ("Written
// by Jane Roe, VP of Growth & Marketing at Example"), a post "of", "at" or "for" a firm, which
// no list of further names holds: the name still ends at the comma.
var writtenByRe = regexp.MustCompile(`^(?:(?:This|The)\s+(?:article|story|piece|post|column|op-ed)\s+(?:was|is)\s+)?` +
	`(?:[Cc]o-?)?(?:Written|WRITTEN|written|authored)\s+(?:by|By|BY)\s+` +
	`(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|der|den|del|da|di)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})?)` +
	`(?:,\s+[^.!?]{0,60}?\s(?:of|at|for)\s[^.!?]{1,60})?\.?$`)

// writtenByLead reports a paragraph whose opening may be a writtenByRe line's, which is
// cheaper to ask than the expression: every such line holds "written by " or "authored by "
// within its first 48 bytes (the longest opening, "the article was co-written by ", is 31),
// whether the verb stands alone, after "co-" or "co", or after "… was" or "… is".
func writtenByLead(lower string) bool {
	head := lower[:min(len(lower), 48)]
	return strings.Contains(head, "written by ") || strings.Contains(head, "authored by ")
}

// writtenBySignOff returns the writers a writtenByRe paragraph names in the given texts, or
// nil. The line may stand anywhere after the story, which a site's notices, references and
// readers' comments may follow in what is read as the body; it must come right after a
// paragraph of story (a sentence, 100 bytes or more) and stand in no list of credits ("Directed
// by …", "Written by …" under a film review).
func writtenBySignOff(texts ...string) []string {
	for _, t := range texts {
		paras := strings.Split(strings.TrimSpace(t), "\n\n")
		for i := 1; i < len(paras); i++ {
			p := normSpace(paras[i])
			if len(p) > 120 || !writtenByLead(strings.ToLower(p)) {
				continue
			}
			m := writtenByRe.FindStringSubmatch(p)
			prev := normSpace(paras[i-1])
			if m == nil || len(prev) < 100 || !endsWithStop(prev) || creditListLine(prev) ||
				i+1 < len(paras) && creditListLine(normSpace(paras[i+1])) {
				continue
			}
			return splitAuthors(m[1])
		}
	}
	return nil
}

// closingByRe is a wire story's closing sign-off, a dash or an underscore (the wire's dash in
// plain text) before "By" and the writer, and the place filed from: "_ By Jane Roe in
// Vancouver", "— By Jane Roe".
var closingByRe = regexp.MustCompile(`^[_—–-]{1,2}\s*(?:By|BY)\s+` +
	`(\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|der|den|del|da|di)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}(?:\s+and\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})?)` +
	`(?:\s+in\s+\p{Lu}[\p{L}.'’ -]{1,40})?\.?$`)

// closingBy returns the writers a closingByRe line names as one of the last two paragraphs of
// the given texts, or nil.
func closingBy(texts ...string) []string {
	for _, t := range texts {
		if names := closingLineWriters(t, closingByRe, 2, 120); names != nil {
			return names
		}
	}
	return nil
}

// creditListRe is a line of a production's credits: "Directed by …", "Produced by …".
var creditListRe = regexp.MustCompile(`^(?i:directed|produced|written|starring|music|screenplay|edited|story)\s+(?i:by|:)`)

// creditListLine reports a line of a production's credits (creditListRe).
func creditListLine(s string) bool { return creditListRe.MatchString(s) }

// creditClauseRe is one clause of an agency's closing credit line: "Reporting by Jane Roe in
// Rome", "Additional reporting by …", "Writing by …", "Editing by …".
var creditClauseRe = regexp.MustCompile(`^(?i:(additional\s+)?(reporting|writing|editing|compiled|compiling|graphics|fact-checking|production)\s+by)\s+(\S.*)$`)

// creditSplitRe parts the names of one credit clause.
var creditSplitRe = regexp.MustCompile(`,|\s+and\s+|\s+&\s+`)

// creditPlaceRe is the place a reporter filed from in such a credit: "Jane Roe in Rome".
var creditPlaceRe = regexp.MustCompile(`\s+in\s+\p{Lu}.*$`)

// reportingCredit reads the line in parentheses that closes a wire story, "(Reporting by Jane
// Roe; Editing by John Doe)": its reporters and writers are the story's authors, its editors
// are not. Every clause of the line must be such a credit; the line stands among the last
// four paragraphs of one of texts. Each name must be a full one.
func reportingCredit(texts ...string) []string {
	for _, t := range texts {
		paras := strings.Split(strings.TrimSpace(t), "\n\n")
		for i := len(paras) - 1; i >= 0 && i >= len(paras)-4; i-- {
			if names := wireCreditLine(normSpace(paras[i])); len(names) > 0 {
				return names
			}
		}
	}
	return nil
}

// wireCreditLine reads one reportingCredit line, or returns nil.
func wireCreditLine(p string) []string {
	if len(p) > 240 || !strings.Contains(p, " by ") {
		return nil
	}
	p = strings.TrimSpace(strings.Trim(strings.TrimSpace(p), "()[]."))
	var main []string
	for _, clause := range strings.Split(p, ";") {
		m := creditClauseRe.FindStringSubmatch(strings.TrimSpace(clause))
		if m == nil {
			return nil
		}
		role := strings.ToLower(m[2])
		if role != "reporting" && role != "writing" {
			continue
		}
		var names []string
		for _, part := range creditSplitRe.Split(m[3], -1) {
			part = strings.TrimSpace(creditPlaceRe.ReplaceAllString(strings.TrimSpace(part), ""))
			if part == "" {
				continue
			}
			a := splitAuthors(part)
			if len(a) != 1 || !fullNames(a) || !looksLikeName(strings.Fields(a[0])) {
				return nil
			}
			names = append(names, a[0])
		}
		if m[1] == "" {
			main = append(main, names...)
		}
	}
	if len(main) == 0 {
		return nil // "Additional reporting by …" alone credits helpers of a byline printed elsewhere
	}
	return dedupe(main)
}

// yearRe is a year of this or the last century.
var yearRe = regexp.MustCompile(`\b(?:19|20)\d{2}\b`)

// infoLineNames reads the writers that end the story's info line under the headline, its parts
// apart by "|", the date first: "26 listopada 2022 | Plus Minus | Piotr Litka Tomasz Krzyżak"
// (the section between). The names must be all the last part is; four capitalised words
// without a separator are two names of two words, as two byline links print them.
func infoLineNames(line string) []string {
	parts := strings.Split(line, "|")
	if len(parts) < 2 || !yearRe.MatchString(parts[0]) {
		return nil
	}
	last := normSpace(parts[len(parts)-1])
	if strings.ContainsAny(last, "0123456789") {
		return nil
	}
	names := splitAuthors(last)
	if len(names) == 1 {
		if w := strings.Fields(names[0]); len(w) == 4 && !slices.ContainsFunc(w, func(x string) bool { return nameParticles[x] }) {
			names = []string{w[0] + " " + w[1], w[2] + " " + w[3]}
		}
	}
	if !fullNames(names) || len(strings.Fields(strings.Join(names, " "))) != len(strings.Fields(last)) {
		return nil
	}
	return names
}

// headerWords are what is left of the lines of an article header that name no one once a
// byline's tail and date are cut: a stamp's label ("Published 4 hours ago"), a weekday.
var headerWords = map[string]bool{"published": true, "updated": true, "posted": true, "date": true, "copyright": true,
	"about": true, "tweet": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// bylineShaped reports a line that has a byline's shape: it names people, or it is what stands
// in a byline block beside them (a stamp with its label, a post on its own line: "Legal
// Business Reporter", a consent line opening with "By"). The story's edges drop such lines.
func bylineShaped(p string) bool {
	if len(bylineNames(p)) > 0 {
		return true
	}
	s := strings.Trim(normSpace(p), " .,:;|")
	// What is left once bylineLine's cuts have run, in its order (the tail, the label before
	// a colon, the tail again, a date): "Published 4 hours ago", "Posted at 11:28 AM" and
	// "Published: Tuesday, January 08" leave a label or a weekday alone; "Updated 7:55 p.m. ET"
	// leaves nothing, and stays in the story as it did.
	if t := s; !strings.Contains(strings.ToLower(p), "by ") { // a "by" line is bylineLine's alone
		if cut := bylineTail.ReplaceAllString(t, ""); cut != "" {
			t = cut
		}
		if i := strings.LastIndex(t, ":"); i >= 0 {
			t = t[i+1:]
		}
		t = monthDate.ReplaceAllString(bylineTail.ReplaceAllString(strings.TrimLeft(t, " :"), ""), "")
		// "Updated Sunday"; a stray letter beside the label ("Published:Â Tuesday", a no-break
		// space read in the wrong charset) does not count.
		var words []string
		for _, w := range strings.Fields(strings.ToLower(t)) {
			if w = strings.Trim(w, ":,"); utf8.RuneCountInString(w) > 1 {
				words = append(words, w)
			}
		}
		if len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !headerWords[w] }) {
			return true
		}
	}
	if first, rest, _ := strings.Cut(s, " "); strings.EqualFold(first, "by") && consentVerb(rest) {
		return true
	}
	return len(strings.Fields(s)) <= 4 && jobTitleEndRe.MatchString(s)
}

// namesAnyone reports whether any of the byline texts names a person or credits an organisation.
func namesAnyone(bylines []string, sites []string) bool {
	for _, b := range bylines {
		if len(bylineNames(b)) > 0 || creditsOrg(b, sites) {
			return true
		}
	}
	return false
}

// signOffLeads open a parenthesised closing line that credits a source or a helper rather than
// the writer, or names an outlet: "(With AFP)", "(Mit Material von dpa)", "(The Conversation)".
var signOffLeads = map[string]bool{"with": true, "mit": true, "avec": true, "con": true, "com": true, "from": true,
	"via": true, "source": true, "sources": true, "quelle": true, "fuente": true, "fonte": true, "photo": true,
	"video": true, "translated": true, "additional": true, "reporting": true, "editing": true, "updated": true,
	"the": true, "by": true, "par": true, "von": true, "por": true, "end": true, "ende": true, "fin": true}

// closingSignOff reads the writer a story names in parentheses on a line of its own at its end,
// as Hebrew news flashes sign ("(Name Surname)" under the last paragraph): the last paragraph,
// or one of the two before it when only short closing lines follow (a "found a mistake? write
// to us" link, share buttons), after a paragraph of story; or the end of the last paragraph
// after its closing sentence. The line holds two to four words of letters only (a Hebrew
// name's geresh and gershayim, apostrophes and hyphens allowed) — no digits, no colon of a
// photo credit, no agency, desk or outlet (people() and isOrgCredit weigh those), and in a
// script with capitals every word capitalised.
func closingSignOff(body string) []string {
	paras := append([]string{""}, strings.Split(strings.TrimSpace(body), "\n\n")...)
	if len(paras) > 2 && editorInitialsRe.MatchString(normSpace(paras[len(paras)-1])) {
		paras = paras[:len(paras)-1] // "/cb" under "—Jane Roe": the editor's initials, after the writer's signature
	}
	for k := 1; k <= 3 && k < len(paras); k++ {
		last := normSpace(paras[len(paras)-k])
		if k > 1 && utf8.RuneCountInString(normSpace(paras[len(paras)-k+1])) > 60 {
			break
		}
		before := normSpace(paras[len(paras)-k-1])
		inner, ok := strings.CutPrefix(last, "(")
		if !ok && k == 1 {
			// "—Jane Roe" on the last line: a magazine's writer signs the piece with a dash.
			// Under a line that names a post ("— Jane Roe" over "Program Chair") it is the
			// signature of an official's letter or announcement, not read; a package whose
			// sections each close with a dashed signature has no one writer.
			if names := dashSignOff(last, before); len(names) > 0 && !slices.ContainsFunc(paras[1:len(paras)-1], func(p string) bool {
				return len(p) <= 2*maxDashedLine && len(dashedNames(normSpace(p))) > 0 // a long paragraph is no signature, unspaced
			}) {
				return names
			}
		}
		if !ok && k == 1 {
			// The sign-off run into the last paragraph after its closing sentence
			// ("… the end. (Name Surname)"), as a JSON-LD articleBody gives the story.
			if i := strings.LastIndex(last, " ("); i > 0 && strings.Contains(".!?\"”“״", lastRune(last[:i])) {
				before, inner, ok = last[:i], last[i+2:], true
			}
		}
		if !ok {
			continue
		}
		inner, ok = strings.CutSuffix(inner, ")")
		if !ok || utf8.RuneCountInString(before) < 40 {
			continue
		}
		if name := signOffName(strings.TrimSpace(inner)); name != "" {
			return []string{name}
		}
		return nil
	}
	return nil
}

// editorInitialsRe is a desk editor's initials after a slash on the story's last line ("/cb",
// "/atm", "/ra"), as some papers close a story under the writer's signature.
var editorInitialsRe = regexp.MustCompile(`^/\s?[a-z]{1,5}$`)

// signOffDashes open a dashed sign-off: an em dash, an en dash or a double hyphen.
var signOffDashes = []string{"—", "–", "--", "―"}

// dashSignOff returns the names of a closing line that is a dash and names alone ("—Jane Roe",
// "– Jane Roe", "—Jane Roe and John Doe"), as a magazine's writer signs a piece, or nil. A
// quotation closing the story ("“…”" then "— Mark Twain") is attributed so too: after a
// paragraph that is a quotation whole (before), the name is the quoted one's.
func dashSignOff(last, before string) []string {
	if utf8.RuneCountInString(before) < 40 || opensQuote(before) {
		return nil
	}
	return dashedNames(last)
}

// maxDashedLine is the longest line in bytes dashedNames reads: a dash and two names, or a
// name and a helper's credit after it.
const maxDashedLine = 120

// signOffReportRe is a helper's credit after the signer of a dashed sign-off: "—Jane Roe with
// a report from John Doe", "—JANE ROE, WITH REPORTS FROM …", "— Jane Roe avec …". The helper
// gathered material for the signer, who wrote the story; papers that close their stories so
// label the signer alone.
var signOffReportRe = regexp.MustCompile(`(?i),?\s+(?:with|avec|mit|con|com|met)\s+(?:an?\s+)?(?:additional\s+)?(?:reports?|reporting|material|information|inputs?)\b.*$`)

// signOffJoinRe parts the names of a dashed sign-off: a comma, an ampersand, or the word for
// "and" in the languages paperboy serves ("—Jane Roe and John Doe", "— Anna Roe und Max Doe",
// "— Анна Петрова и Иван Сидоров").
var signOffJoinRe = regexp.MustCompile(`(?i)\s*,\s*|\s*&\s*|\s+(?:and|und|et|y|e|en|og|och|i|и)\s+`)

// maxSignOffNames bounds the names of one dashed sign-off.
const maxSignOffNames = 4

// dashedNames returns the names of a line that is a dash and names alone, or nil: each part
// between the joining words a name of two to four words (signOffName), or none is taken.
func dashedNames(line string) []string {
	if len(line) > maxDashedLine {
		return nil
	}
	for _, d := range signOffDashes {
		r, ok := strings.CutPrefix(line, d)
		if !ok {
			continue
		}
		// A rule of dashes around a heading ("----- Top stories -----") is no signature:
		// every word of a name holds a letter, the first one first.
		r = strings.TrimSpace(r)
		if first, _ := utf8.DecodeRuneInString(r); !unicode.IsLetter(first) || slices.ContainsFunc(strings.Fields(r), noLetter) {
			return nil
		}
		if name := signOffName(r); name != "" {
			return []string{name}
		}
		if cut := signOffReportRe.ReplaceAllString(r, ""); cut != r {
			if name := signOffName(cut); name != "" {
				return []string{name}
			}
		}
		parts := signOffJoinRe.Split(r, maxSignOffNames+1)
		if len(parts) < 2 || len(parts) > maxSignOffNames {
			return nil
		}
		var names []string
		for _, part := range parts {
			name := signOffName(part)
			if name == "" {
				return nil
			}
			names = append(names, name)
		}
		return names
	}
	return nil
}

// noLetter reports a word without a letter.
func noLetter(w string) bool {
	return !strings.ContainsFunc(w, unicode.IsLetter)
}

// opensQuote reports a paragraph that opens with a quotation mark.
func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("\"“„«'‘", r)
}

// signOffName returns s when it reads as a person's name in a closing sign-off (see
// closingSignOff), else "".
func signOffName(s string) string {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 4 || isOrgCredit(s) {
		return ""
	}
	for i, w := range words {
		l := strings.ToLower(w)
		if agencies[l] || orgWords[l] || i == 0 && signOffLeads[l] || utf8.RuneCountInString(w) > 15 {
			return ""
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !strings.ContainsRune("\"'’׳״-.", r) {
				return ""
			}
		}
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(first) && !nameParticles[l] {
			return ""
		}
	}
	return s
}

// deckReportRe is a standfirst that closes by naming its writers as British papers and trade
// magazines print it: "… after the ruling. Jane Roe and John Doe report", "…, writes Jane Roe".
// Compiled on first use.
var deckReportRe = sync.OnceValue(func() *regexp.Regexp {
	const name = `\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}'’-]+){1,3}`
	const list = `(` + name + `(?:\s*,\s*` + name + `)*(?:\s+(?:and|&)\s+` + name + `)?)`
	return regexp.MustCompile(`(?:^|[.!?:;]\s+)` + list + `\s+(?:reports?|writes|write)\.?$|[,;—–]\s*(?:reports?|writes)\s+` + list + `\.?$`)
})

// maxDeck bounds the standfirst deckReporters reads: a deck, not an article.
const maxDeck = 400

// deckReporters returns the writers the page's description names at its end ("… Jane Roe and
// John Doe report") when the page prints that description, its standfirst; nil otherwise. A
// name that opens with "The" is an outlet ("The Guardian reports"), never a writer.
func deckReporters(p *page) []string {
	for _, k := range []string{"description", "og:description"} {
		d := normSpace(p.meta[k])
		if d == "" || len(d) > maxDeck || !strings.Contains(p.text, d[max(0, len(d)-60):]) {
			continue
		}
		m := deckReportRe().FindStringSubmatch(d)
		if m == nil {
			continue
		}
		list := m[1] + m[2]
		if names := splitAuthors(list); deckWriters(names) {
			return names
		}
	}
	return nil
}

// deckWriters reports names a standfirst's attribution gives as all writers' names: two words or
// more each, shaped like a name, neither an outlet ("The Guardian reports") nor an organisation.
// deckReporters and standfirstWriter, the two readers of such attributions, both ask it.
func deckWriters(names []string) bool {
	return len(names) > 0 && !slices.ContainsFunc(names, func(n string) bool {
		w := strings.Fields(n)
		return len(w) < 2 || articleWords[strings.ToLower(w[0])] || !looksLikeName(w) || isOrganisation(n)
	})
}

// standfirstWriterRe is a standfirst's closing attribution to its writer: ", writes Jane Roe."
// or ", says Jane Roe in her weekly column." A bare ", says Jane Roe" closes a news summary
// quoting its source as often ("…, says Sheriff Jane Roe"), so "says" counts only with the
// column after the name.
var standfirstWriterRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`,\s+(?:writes\s+(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){1,3})|says\s+(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){1,3})\s+in\s+(?:his|her|their)\s+(?:(?:weekly|regular|latest|monthly)\s+)?column)\.?$`)
})

// standfirstWriter is the writer a story's standfirst (the page's description) names in its
// closing attribution, for a page that prints no byline: columns and essays of the 2000s
// (magazine pieces, opinion columns) name their writer only there. nil when it names none.
func standfirstWriter(desc string) []string {
	desc = strings.TrimSpace(normSpace(desc))
	if len(desc) > 600 || !strings.Contains(desc, "writes") && !strings.Contains(desc, "column") {
		return nil
	}
	m := standfirstWriterRe().FindStringSubmatch(desc)
	if m == nil {
		return nil
	}
	if names := []string{strings.TrimRight(firstNonEmpty(m[1], m[2]), ".")}; deckWriters(names) {
		return names
	}
	return nil
}
