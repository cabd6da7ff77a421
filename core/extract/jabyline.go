package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Japanese bylines. A Japanese newspaper credits its writers in printed forms that no byline
// class marks: a job title before the name in a line under the headline ("編集委員　田中陽",
// "ニュース・エディター　丸谷浩史"), the name alone in brackets closing the story ("…と述べた。
// 【松本紫帆】"), and a columnist's name closing a column's headline ("…の矢野論文＝古賀攻"). A name is written without a space here, as these forms print it. The dateline
// that opens a story ("【ワシントン＝大内清】") is not read: references built from structured
// data leave such pages without an author.

// jaName is a Japanese personal name as bylines print it: two to six kanji, or kanji followed
// by hiragana ("高橋さやか"). Katakana is left out: "ワシントン秋山信一" glues a place to the name.
const jaName = `[\p{Han}々]{1,5}(?:[\p{Han}々]|\p{Hiragana}{1,4})`

// jaJobTitles are the job titles printed before a writer's name; the longer forms come first
// so that the alternation takes them whole.
const jaJobTitles = `(?:特別編集委員|客員論説委員|上級論説委員|編集委員|論説委員|解説委員|専門委員|本社コメンテーター|コメンテーター|` +
	`ニュース・エディター|エディター|編集局長|論説主幹|編集長|支局長|特派員|コラムニスト|ジャーナリスト|記者)`

var (
	// jaTitledByline is "編集委員　田中陽" or "編集委員 田中陽／中沢克二": the title, a space, the names.
	jaTitledByline = regexp.MustCompile(`^` + jaJobTitles + `[\s\x{3000}]+(` + jaName + `(?:\s*[/／、・]\s*` + jaName + `)*)$`)
	// jaClosingSign is the writers' names in brackets right after the story's last sentence.
	jaClosingSign = regexp.MustCompile(`。\s*【(` + jaName + `(?:、` + jaName + `)*)】$`)
	// jaHeadlineSign is a columnist's name closing a column's headline: "つむじ風の矢野論文＝古賀攻".
	jaHeadlineSign = regexp.MustCompile(`.＝(` + jaName + `)$`)
	// jaNameSplit separates the names of a list.
	jaNameSplit = regexp.MustCompile(`\s*[/／、・]\s*`)
)

// jaNotNames are words in a name's place in those brackets: news agencies and desks
// ("【共同】", "【時事】").
var jaNotNames = map[string]bool{"共同": true, "時事": true, "本社": true, "本紙": true, "取材班": true, "本紙取材班": true,
	"共同通信": true, "時事通信": true, "新華社": true, "聯合": true, "編集部": true, "支局": true}

// jaNames splits a list of names and returns them, or nil when any is no name.
func jaNames(list string) []string {
	var out []string
	for _, n := range jaNameSplit.Split(list, -1) {
		if jaNotNames[n] {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// jaWriterLabel is a Japanese writer's label, its mark ("：", "●") and the name after it, up to a
// slash before the outlet or desk ("文● 岡本／編集部") or a bracket: "著者：後藤大地", "筆者: 山田 太郎",
// "執筆者：…", "取材・文：…", "文●…". Chinese pages say 作者, which the Chinese credits read.
//
// "文・山田太郎": the label of the text and a middle dot, as magazines print it. The picture's
// credit after a space ("文：山田太郎　写真：鈴木一郎") ends the name as a slash does.
var jaWriterLabel = regexp.MustCompile(`^(?:(?:著者|筆者|執筆者|執筆|取材・文|文・写真|文と写真|文)\s*[：:●]|文・)\s*([^／/（(【\[]{2,24}?)\s*(?:[／/（(【\[].*|\s(?:写真|撮影|画像|イラスト)\s*[：:・●].*)?$`)

// jaLabelLead reports a text that opens with a Japanese writer's label and its mark (see
// jaWriterLabel), checked on every text node: the first byte rules out all but Han text.
func jaLabelLead(s string) bool {
	s = trimJaIndent(s)
	if len(s) < 6 || s[0] < 0xE4 || s[0] > 0xE9 || len(s) > 120 {
		return false
	}
	for _, l := range []string{"著者", "筆者", "執筆", "取材・文", "文・", "文と写真", "文●", "文：", "文:"} {
		if strings.HasPrefix(s, l) {
			return jaWriterLabel.MatchString(normSpace(s))
		}
	}
	return false
}

// trimJaIndent is strings.TrimLeft(s, " \t\n\u3000") by bytes: the cutset's ideographic space
// sends TrimLeft down its rune-set path, and this runs on every text node of the page.
func trimJaIndent(s string) string {
	for len(s) > 0 {
		switch {
		case s[0] == ' ' || s[0] == '\t' || s[0] == '\n':
			s = s[1:]
		case strings.HasPrefix(s, "\u3000"):
			s = s[len("\u3000"):]
		default:
			return s
		}
	}
	return s
}

// jaLabelledNames reads the name of a Japanese writer's label (see jaWriterLabel), or nil; a desk
// ("編集部") is no name.
func jaLabelledNames(s string) []string {
	m := jaWriterLabel.FindStringSubmatch(normSpace(s))
	if m == nil || jaNotNames[strings.TrimSpace(m[1])] || strings.HasSuffix(m[1], "編集部") || strings.HasPrefix(m[1], "写真") || strings.HasPrefix(m[1], "撮影") {
		return nil
	}
	return splitAuthors(m[1])
}

// jaTitledNames reads the names of a line "job title, names" ("編集委員　田中陽"), or nil.
func jaTitledNames(s string) []string {
	if m := jaTitledByline.FindStringSubmatch(normSpace(s)); m != nil {
		return jaNames(m[1])
	}
	return nil
}

// jaHeadlineByline returns the text of an element printed right after the headline element h
// (one of its next two element siblings) that is a titled Japanese byline, or "".
func jaHeadlineByline(h *html.Node) string {
	return underHeadline(h, 40, func(n *html.Node) string {
		if t := normText(n); len(jaTitledNames(t)) > 0 {
			return t
		}
		return ""
	})
}

// underHeadline asks read of each of the two elements printed right after the headline
// element h that holds no more than maxText bytes of text (a longer one is the story itself,
// not a byline or credit box), and returns its first answer that is not "".
func underHeadline(h *html.Node, maxText int, read func(*html.Node) string) string {
	seen := 0
	for n := h.NextSibling; n != nil && seen < 2; n = n.NextSibling {
		if n.Type != html.ElementNode {
			continue
		}
		seen++
		if textLonger(n, maxText) {
			continue
		}
		if s := read(n); s != "" {
			return s
		}
	}
	return ""
}

// jaBracketByline reads the writers a Japanese story names in brackets closing its last
// paragraph.
func jaBracketByline(body string) []string {
	paras := strings.Split(strings.TrimSpace(body), "\n\n")
	last := strings.TrimSpace(paras[len(paras)-1])
	if m := jaClosingSign.FindStringSubmatch(last); m != nil {
		return jaNames(m[1])
	}
	if m := jaClosingParen().FindStringSubmatch(last); m != nil && (m[1] != "" || len(paras) > 1) {
		names := jaNames(m[2])
		if slices.ContainsFunc(names, jaWordNoName) {
			return nil
		}
		return names
	}
	return nil
}

// jaClosingParen is the writers' names in round brackets closing a Japanese story, after its
// last sentence or on a line of their own: "…と述べた。（山田太郎）", "（山田太郎、佐藤花子）",
// or after the city a correspondent files from and "＝" ("（ロンドン＝寺西和男）": the
// papers' foreign and regional desks sign so at the story's end, where the opening dateline
// "【ワシントン＝大内清】" stays unread).
// Only names in kanji, of three to six: what else a story closes with in round brackets holds
// kana ("（写真は…）", "（続く）") or is listed in jaNotNames and jaWordNoName.
var jaClosingParen = sync.OnceValue(func() *regexp.Regexp {
	const name = `[\p{Han}々]{3,6}`
	return regexp.MustCompile(`(^|[。」！？])\s*[（(](?:[\p{Han}\p{Katakana}ー・]{1,12}[＝=])?(` + name + `(?:、` + name + `)*)[）)]$`)
})

// jaNoNameEnds end a word in kanji that is a place, a body or a post rather than a name:
// "（東京都）", "（東京新聞）", "（論説委員）", "（文中敬称略）".
const jaNoNameEnds = "都道府県市区町村郡国省庁党会社部局班課室所聞員長者略版紙"

// jaWordNoName reports a word in kanji that ends as no name does (jaNoNameEnds) or that
// jaNotNames lists.
func jaWordNoName(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return jaNotNames[w] || strings.ContainsRune(jaNoNameEnds, r)
}

// jaCreditLine is a credit line of its own after a Japanese story: "文／カムライターオ" (text by),
// "取材・文／山田花子"; jaReporterCredit a closing bracket naming the reporter before the
// translator ("（記者・駱亜、翻訳編集・張哲）"), who is no writer.
var (
	jaCreditLine     = regexp.MustCompile(`(?:^|[\s。])(?:取材・)?文(?:・写真)?\s*[／/]\s*([^\s／/、,（()。]{2,20})(?:\s|$)`)
	jaReporterCredit = regexp.MustCompile(`[（(]記者[・:：]\s*([^\s、，,）)・]{2,10})[、，,）)]`)
)

// jaCredits reads the writer a Japanese page credits in a line of its own after the story, or
// in a reporter's bracket; the last such line counts (a quoted source's credit comes before).
func jaCredits(text string) []string {
	for _, re := range []*regexp.Regexp{jaReporterCredit, jaCreditLine} {
		if ms := re.FindAllStringSubmatch(text, -1); len(ms) > 0 {
			return jaNames(ms[len(ms)-1][1])
		}
	}
	return nil
}

// jaColumnist returns the columnist a Japanese headline names after "＝" at its end, or "".
func jaColumnist(headline string) string {
	if m := jaHeadlineSign.FindStringSubmatch(strings.TrimSpace(headline)); m != nil && !jaNotNames[m[1]] {
		return m[1]
	}
	return ""
}

// jaReaderSignRe is the signature under a reader's contribution a Japanese paper prints (an
// essay, a letter to the editor): the name, the age in brackets and the home town, on a line of
// its own after the text: "竹野勇次（７６）　東京都調布市", "山田 花子（45） 大阪府堺市".
var jaReaderSignRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(` + jaName + `|[\p{Han}々]{1,4}[ \x{3000}][\p{Han}々\p{Hiragana}]{1,4})\s*[（(][0-9０-９]{1,3}[）)][\s\x{3000}]*` +
		`[\p{Han}ヶ]{1,4}[都道府県](?:[\p{Han}\p{Katakana}ヶケー]{1,10}[市区町村郡])?$`)
})

// jaReaderSign returns the reader a Japanese contribution closes with its signature line (see
// jaReaderSignRe), or "".
func jaReaderSign(body string) string {
	last := lastParagraph(body)
	if len(last) > 80 || !strings.ContainsAny(last, "（(") {
		return ""
	}
	if m := jaReaderSignRe().FindStringSubmatch(last); m != nil && !jaNotNames[m[1]] {
		return normSpace(m[1])
	}
	return ""
}

// dropJaReaderSign drops the signature line closing a reader's contribution once its name is the
// author's: the byline, set under the text, is none of the text.
func dropJaReaderSign(body string, authors []string) string {
	name := jaReaderSign(body)
	if name == "" || !slices.Contains(authors, name) {
		return body
	}
	i := strings.LastIndex(strings.TrimRight(body, " \n"), "\n\n")
	if i < 0 {
		return body
	}
	return body[:i]
}

// lastParagraph is the body's last paragraph, trimmed.
func lastParagraph(body string) string {
	body = strings.TrimSpace(body)
	if i := strings.LastIndex(body, "\n\n"); i >= 0 {
		body = body[i+2:]
	}
	return strings.TrimSpace(body)
}
