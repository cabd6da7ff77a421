package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"paperboy/core/textsim"
)

// The byline forms the thirty-second round found failing on pages never seen: a staff credit
// that names a post and no person ("নিজস্ব প্রতিবেদক", own correspondent; "网站编辑", the site's
// editor), Chinese "由" (by) before the name, a stamp's label run into the name by the markup
// ("Dylan ScottPublished"), the label or writer of a teaser in a link with its headline, Chinese
// names apart by a space read as one, and a closing signature in brackets before a rule.

// staffWords are the words a staff credit is made of in languages whose posts the job-title
// expressions (Latin capitals) do not read, lower case: what the post is (correspondent,
// reporter, representative, desk, the editorial office) and what qualifies it (own, our,
// special, senior, staff, online, news). A credit made of these words alone names a post, no
// person. Bengali, Hindi and Marathi (Devanagari), Urdu, Gujarati, Tamil, Telugu, Kannada,
// Malayalam, German, Russian and Ukrainian.
var staffWords = map[string]bool{
	// Bengali: own, our, special, senior, reporter, correspondent, representative, staff,
	// reporter, correspondent (English loans), desk, online, news, room, district, sub-district.
	"নিজস্ব": true, "আমাদের": true, "বিশেষ": true, "জ্যেষ্ঠ": true, "প্রতিবেদক": true, "সংবাদদাতা": true, "প্রতিনিধি": true,
	"স্টাফ": true, "রিপোর্টার": true, "করেসপন্ডেন্ট": true, "ডেস্ক": true, "অনলাইন": true, "বার্তা": true, "নিউজ": true,
	"কক্ষ": true, "জেলা": true, "উপজেলা": true,
	// Devanagari: our, own, special, senior, correspondent, representative (Hindi, Marathi),
	// reporter, staff, bureau, desk, online, news, district, Marathi's correspondent.
	"हमारे": true, "निज": true, "निजी": true, "विशेष": true, "वरिष्ठ": true, "संवाददाता": true, "प्रतिनिधि": true,
	"प्रतिनिधी": true, "रिपोर्टर": true, "स्टाफ": true, "ब्यूरो": true, "डेस्क": true, "ऑनलाइन": true, "न्यूज़": true,
	"न्यूज": true, "जिला": true, "वार्ताहर": true, "खास": true,
	// Urdu: our, representative, special, staff (two spellings), reporter, correspondent ("نامہ
	// نگار"), desk, web, news.
	"ہمارے": true, "ہمارا": true, "نمائندہ": true, "نمائندے": true, "خصوصی": true, "اسٹاف": true, "سٹاف": true,
	"رپورٹر": true, "نامہ": true, "نگار": true, "ڈیسک": true, "ویب": true, "نیوز": true,
	// Gujarati: our, special, representative, correspondent.
	"અમારા": true, "ખાસ": true, "પ્રતિનિધિ": true, "સંવાદદાતા": true,
	// Tamil: our, special, reporter (two words).
	"நமது": true, "சிறப்பு": true, "நிருபர்": true, "செய்தியாளர்": true,
	// Telugu: special, representative, reporter.
	"ప్రత్యేక": true, "ప్రతినిధి": true, "విలేకరి": true,
	// Kannada: our, special, representative, reporter.
	"ನಮ್ಮ": true, "ವಿಶೇಷ": true, "ಪ್ರತಿನಿಧಿ": true, "ವರದಿಗಾರ": true,
	// Malayalam: own, special, correspondent (both genders), representative.
	"സ്വന്തം": true, "പ്രത്യേക": true, "ലേഖകൻ": true, "ലേഖിക": true, "പ്രതിനിധി": true,
	// German "Unser Korrespondent", "Unsere Korrespondentin" (the post a Latin-capital name
	// would stand beside, without one).
	"unser": true, "unsere": true, "korrespondent": true, "korrespondentin": true,
	// Russian and Ukrainian: our, own, special, correspondent, "собкор"/"спецкор" (own and
	// special correspondent, shortened), the editorial office.
	"наш": true, "наша": true, "собственный": true, "специальный": true, "корреспондент": true, "собкор": true,
	"спецкор": true, "власний": true, "кореспондент": true, "редакція": true,
}

// staffPostEnds are the posts that end a staff credit in Indic scripts after what they qualify,
// a district's or a town's name or a desk's subject ("কুমিল্লা প্রতিনিধি", Comilla
// correspondent; "वाराणसी संवाददाता"): no person's name ends with one.
var staffPostEnds = map[string]bool{"প্রতিনিধি": true, "প্রতিবেদক": true, "সংবাদদাতা": true, "ডেস্ক": true,
	"संवाददाता": true, "प्रतिनिधि": true, "प्रतिनिधी": true, "वार्ताहर": true, "પ્રતિનિધિ": true, "સંવાદદાતા": true,
	"ప్రతినిధి": true, "ಪ್ರತಿನಿಧಿ": true, "ലേഖകൻ": true}

// zhStaffRe is a Chinese post with no name: the site's or the paper's editor or reporter ("网站编辑",
// "本站编辑", "本報記者", "小编"), or its editorial office ("编辑部").
var zhStaffRe = regexp.MustCompile(`^(?:本站|本网|本網|网站|網站|网络|網絡|網路|本报|本報|本台|新闻|新聞|特约|特約)?(?:编辑|編輯|小编|小編|记者|記者)(?:部|组|組)?$`)

// maxStaffWords bounds the words of a staff credit: a post and its qualifiers are a few.
const maxStaffWords = 4

// staffPost reports a credit that names a post and no person (staffWords, staffPostEnds,
// zhStaffRe): the outlet's staff credit where a writer's name would stand.
func staffPost(s string) bool {
	if isASCII(s) && !strings.Contains(s, "orrespondent") {
		return false // the staff words spelt in ASCII are the German correspondent's post
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxStaffWords {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.Is(unicode.Han, r) {
		return zhStaffRe.MatchString(strings.Join(words, ""))
	}
	if len(words) <= 3 && staffPostEnds[words[len(words)-1]] {
		return true
	}
	for _, w := range words {
		if !staffWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// townAfterStaff reports the last part of a credit (its index i) that follows a staff post
// (staffPost) after a comma or a bar: the town the post files from ("নিজস্ব প্রতিবেদক, ঢাকা",
// own correspondent, Dhaka), in a script with no capitals that townAfterDesk could tell.
func townAfterStaff(i int, raw string, parts, seps []string, rejected []bool) bool {
	if i == 0 || i != len(parts)-1 || i > len(seps) || !rejected[i-1] || len(strings.Fields(raw)) > 3 {
		return false
	}
	if sep := strings.TrimSpace(seps[i-1]); sep != "," && sep != "|" && sep != "،" {
		return false
	}
	return staffPost(strings.Trim(normSpace(parts[i-1]), " .-–—:()[]"))
}

// gluedStampRe is a stamp's label run into the name by the markup, or after a space, and
// everything after it, the date: "Dylan ScottPublishedJuly 15, 2014" (<span>Dylan
// Scott</span><span>Published</span>…), "Jane Roe Updated 3 hours ago", in English, French,
// Spanish, Portuguese, Italian, German and Dutch. No name ends with one of these words.
var gluedStampRe = regexp.MustCompile(`(\p{Ll})\s?(?:Published|Updated|Posted|Last [Uu]pdated|Publié|Publicado|Actualizado|Atualizado|` +
	`Pubblicato|Aggiornato|Veröffentlicht|Aktualisiert|Gepubliceerd|Bijgewerkt)(?:\P{Ll}.*)?$`)

// teaserLinkText is the least text, in runes, a link must hold besides a byline element inside
// it for inHeadlineLink: a headline's few words ("Vote for your favourite online advertising
// campaign"), more than a "By" label or a post beside the name.
const teaserLinkText = 24

// maxTeaserLink bounds the text, in bytes, of a link inHeadlineLink reads; a longer link wraps
// a whole card, its headline and teaser too.
const maxTeaserLink = 600

// profilePathWords are what the address of a writer's page holds: a link to it may hold the
// name and the writer's post or a short bio beside it.
var profilePathWords = []string{"author", "profile", "people", "staff", "writer", "user", "contributor", "columnist", "journalist",
	"/by/", "/team", "mailto:", "redac", "autor", "auteur"}

// inHeadlineLink reports a byline element n inside a link (n itself or one of its three nearest
// ancestors) to another page whose text holds a headline besides the byline: a teaser in a
// list of other stories that prints its kicker or its writer in the teaser's link, classed as
// an author ("<a href=/other><strong class=author>Grand Prix</strong> Vote for your favourite
// campaign</a>"). A link to the writer's page, or one that holds the page's own headline, is
// the story's. Asked only of byline elements.
func (p *page) inHeadlineLink(n *html.Node) bool {
	link := linkAround(n, 4)
	if link == nil {
		return false
	}
	if link != p.teaserLink.link {
		p.teaserLink = readTeaserLink(p, link)
		p.boxReads++
	}
	t := p.teaserLink
	switch {
	case !t.other:
		return false
	case !t.short:
		return true // a link around a whole card
	}
	own, _ := normTextUpTo(n, maxTeaserLink)
	return t.runes-utf8.RuneCountInString(own) >= teaserLinkText
}

// teaserLinkRead is what inHeadlineLink reads of a link apart from the byline element inside
// it: whether it goes to another story (other), whether its text is short (at most
// maxTeaserLink bytes), and that text's runes.
type teaserLinkRead struct {
	link         *html.Node
	other, short bool
	runes        int
}

// readTeaserLink reads link for inHeadlineLink. The page keeps the last link read: every byline
// element inside one link asks about the same link, one after another in the page's order, and
// a link of thousands of them (or of an address of megabytes) was read again for each (fuzz33).
func readTeaserLink(p *page, link *html.Node) teaserLinkRead {
	r := teaserLinkRead{link: link}
	href := strings.ToLower(attr(link, "href"))
	if href == "" || strings.HasPrefix(href, "#") || textsim.ContainsAny(href, profilePathWords) || p.holdsHeadline(link) {
		return r
	}
	r.other = true
	whole, ok := normTextUpTo(link, maxTeaserLink)
	r.short, r.runes = ok, utf8.RuneCountInString(whole)
	return r
}

// zhSpacedNames returns names with each credit that is two Chinese names or more apart by spaces
// ("辛雨 吴军辉", as "来源：中国科学报/ 辛雨 吴军辉" lists its reporters) split into them: a Chinese
// name holds no space, and each must open with a family name (readZhNames). Asked on Chinese
// pages only (chineseLang): a Japanese name is spaced between family and given name ("坂本
// 信博"). names is returned as it is when none splits.
func zhSpacedNames(names []string) []string {
	var out []string
	for i, n := range names {
		if !strings.Contains(n, " ") || !hasHanLead(n) {
			if out != nil {
				out = append(out, n)
			}
			continue
		}
		split, rest := readZhNames(n, true)
		if len(split) < 2 || !isBlank(rest) || strings.Join(split, " ") != normSpace(n) {
			if out != nil {
				out = append(out, n)
			}
			continue
		}
		if out == nil {
			out = append([]string{}, names[:i]...)
		}
		out = append(out, split...)
	}
	if out == nil {
		return names
	}
	return out
}

// minInlineRule is the least dashes a rule run into a line holds (ruleFollows): prose sets a
// dash of two ("——") or three.
const minInlineRule = 6

// ruleFollows reports a text that opens, after spaces, with a rule of minInlineRule dashes or
// more (the characters ruleLine reads) and something after it: a promotion set under a rule
// that the page runs into the story's last line.
func ruleFollows(s string) bool {
	s = strings.TrimLeft(s, " \u00a0\u3000")
	n := 0
	for _, r := range s {
		if !strings.ContainsRune("-—–─━", r) {
			break
		}
		n++
	}
	return n >= minInlineRule
}

// stampLabelIn reports a text that holds one of gluedStampRe's labels, by a part of each that
// no other label needs: a few substring tests, where the expression, with no literal to start
// from, would be tried at every position of every credit.
func stampLabelIn(s string) bool {
	for _, part := range stampLabelParts {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

// stampLabelParts are the parts stampLabelIn looks for: "Publi" (Published, Publié, Publicado),
// "ubbli" (Pubblicato), "pdated", "osted", "tualiz" (Actualizado, Atualizado), "ggiorn",
// "öffentl", "ktualis", "epublic" (Gepubliceerd), "ijgewerkt".
var stampLabelParts = []string{"Publi", "ubbli", "pdated", "osted", "tualiz", "ggiorn", "öffentl", "ktualis", "epublic", "ijgewerkt"}
