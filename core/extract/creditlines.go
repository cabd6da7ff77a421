package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Lines that are only a picture's credit, left in the story's text where the picture went (the
// caption's class named nothing a rule knows, or the credit sat in a bare span beside it). Each
// rule reads a short line and a literal marker first, so a paragraph costs a length test.

// maxCreditLine bounds a credit line alone ("Photo: Jane Roe/Harbour Weekly") in runes.
const maxCreditLine = 80

// maxCreditName bounds what follows a credit's label: a name, an agency, a slash between.
const maxCreditName = 60

// maxCreditedCaption bounds a caption closed by its credit ("… — Foto: Ana Lima/TV Porto").
const maxCreditedCaption = 250

// creditLabels open a line that is only a picture's credit, in any case: "Photo: Jane Roe/Agency",
// "foto: reuters/jim bourg", "Photo courtesy of the city.", and the "Image source, Getty Images" a
// screen reader hears under a picture (the caption's credit).
var creditLabels = []string{"photo: ", "photos: ", "foto: ", "fotos: ", "photograph: ", "picture: ", "image source, ",
	"photo courtesy of ", "photos courtesy of ", "photo courtesy ", "photo by ",
	// The plural and the other nouns layouts set: "Pictures: Getty", "Image: Harbour Trust used
	// under Creative Commons", "Image via screen capture.", the German "Bild: dpa".
	"pictures: ", "image: ", "images: ", "image via ", "images via ", "photo via ", "bild: ", "bilder: "}

// captionCreditMarks close a caption with its credit: "Hospital at dawn — Foto: Ana Lima/TV".
var captionCreditMarks = []string{" — Foto: ", " – Foto: ", " - Foto: ", " — Photo: ", " – Photo: ", " — Fotos: ", " — Imagem: "}

// creditName reports the rest of a credit line as a credit, not a sentence: short, no sentence
// inside it ("the mayor's office released a picture …. Critics …" is a story line that opens
// with a label).
func creditName(rest string) bool {
	rest = strings.TrimSpace(rest)
	if rest == "" || utf8.RuneCountInString(rest) > maxCreditName {
		return false
	}
	return !strings.Contains(rest, ". ") && !strings.ContainsAny(rest, "!?")
}

// pictureCreditLine reports a line that is a picture's credit alone, or a caption closed by one.
func pictureCreditLine(p string) bool {
	if p == "" || len(p) > 4*maxCreditedCaption {
		return false // a paragraph of the story: its length in bytes is enough to tell
	}
	if unrelatedPictureLine(p) {
		return true
	}
	if labelledCredit(p) || labelledCredit(unwrapCredit(p)) || agencyCreditLine(p) {
		return true
	}
	if utf8.RuneCountInString(p) > maxCreditedCaption {
		return false
	}
	for _, m := range captionCreditMarks {
		if i := strings.LastIndex(p, m); i > 0 {
			return creditName(p[i+len(m):])
		}
	}
	return false
}

// maxDisclaimer bounds a picture's disclaimer line in runes (in bytes, four times as many).
const maxDisclaimer = 60

// unrelatedPictureRe matches the whole of the line Korean and Chinese pages print under a stock
// picture: "▲위 사진은 기사 내용과 직접적인 관련이 없습니다.", "※ 이미지는 기사와 무관함",
// "（图片与内容无关）", "圖文無關". It is the picture's line, no sentence of the story.
var unrelatedPictureRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[▲△※*\s(（\[]*(?:(?:(?:위|아래|상기|해당|본)\s*)?(?:사진|이미지)(?:은|는)\s*(?:본\s*)?기사\s*(?:내용)?(?:과|와)\s*` +
		`(?:직접적인?\s*)?(?:관련(?:이|은)?\s*없(?:습니다|음)|무관(?:합니다|함)?)|(?:图片|圖片|配图|配圖)(?:与|與)(?:本文|内容|內容|文章)(?:无关|無關)|图文无关|圖文無關)[)）\]\s。.]*$`)
})

// unrelatedPictureLine reports a stock picture's disclaimer line (unrelatedPictureRe).
func unrelatedPictureLine(p string) bool {
	return len(p) <= 4*maxDisclaimer && (strings.Contains(p, "사진") || strings.Contains(p, "이미지") || strings.Contains(p, "图") || strings.Contains(p, "圖")) &&
		unrelatedPictureRe().MatchString(p)
}

// labelledCredit reports a line that is a picture's credit alone, opened by its label
// (creditLabels). Some layouts set a space before the label's colon ("Photo : AP", the French
// typographic habit some English sites keep): the label reads the same.
func labelledCredit(p string) bool {
	if utf8.RuneCountInString(p) > maxCreditLine {
		return false
	}
	if i := strings.Index(p, " :"); i > 0 && i < 20 {
		p = p[:i] + p[i+1:]
	}
	for _, l := range creditLabels {
		if len(p) > len(l) && strings.EqualFold(p[:len(l)], l) {
			return creditName(p[len(l):])
		}
	}
	return false
}

// maxCaptionCreditWords bounds the name a caption's credit gives: an agency, a photographer, a
// network ("AP", "Twitter", "Jane Roe/Agency"). A longer one is a gallery's pointer ("PHOTOS: Life
// and Times of …").
const maxCaptionCreditWords = 4

// captionCredit reports a labelled credit (labelledCredit) of one picture set with a space before
// its colon, "Photo : AP", whose name is short (maxCaptionCreditWords): the form layouts that
// print it in a box under the caption use. A credit "Photo: …" set close may stand under a
// paragraph of the story (TestPhotoCreditLines): it goes alone.
func captionCredit(p string) bool {
	label, name, ok := strings.Cut(p, " :")
	if !ok || !labelledCredit(p) || len(strings.Fields(name)) > maxCaptionCreditWords {
		return false
	}
	l := strings.ToLower(strings.TrimSpace(label))
	return l == "photo" || l == "image" || l == "picture" || l == "foto" || l == "photograph"
}

// maxCaptionAbove bounds the line above a caption's credit that goes with it, in runes: a
// caption's one sentence. A longer line, or one of two sentences, is the story's lead over its
// picture (the standfirst a page sets above it), and stays.
const maxCaptionAbove = 100

// captionAbove reports a line that reads as a picture's caption: one sentence, maxCaptionAbove
// runes at most.
func captionAbove(p string) bool {
	p = strings.TrimSpace(p)
	return utf8.RuneCountInString(p) <= maxCaptionAbove && !strings.Contains(strings.TrimRight(p, ".!? "), ". ")
}

// maxOpeningCredit is the furthest line of a body a picture's credit stands on for the line
// above it to go as its caption: the picture over the story, before the story's first lines.
const maxOpeningCredit = 2

// dropPictureCreditLines removes the credit lines (pictureCreditLine) from a body. The first line stays: a
// body that opens with a credit is read from a page where that line may be all there is. A stock
// picture's disclaimer goes there too. A labelled credit among the body's opening lines takes the
// line above it along, the caption of the picture over the story ("Frank Lampard is set to return
// as interim Chelsea boss." over "Photo : AP"), when it reads as a caption (captionAbove) and the
// story goes on under them: layouts set the credit under the caption. So does a credit that
// names a picture agency with no label ("Getty Images"), and an agency's source line ("Quelle:
// AFP"), which between the story's lines is a picture's, not the copy's (the last line stays).
func dropPictureCreditLines(body string) string {
	paras := strings.Split(body, "\n\n")
	if len(paras) < 2 {
		return body
	}
	out := paras[:1:1]
	if unrelatedPictureLine(strings.TrimSpace(paras[0])) {
		out = nil // a disclaimer is never the story's opening
	}
	for i, p := range paras[1:] {
		t := strings.TrimSpace(p)
		source := i+2 < len(paras) && agencySourceCredit(t) // "Quelle: AFP" between the story's lines: a picture's source
		if source || pictureCreditLine(t) {
			if i+1 <= maxOpeningCredit && i+2 < len(paras) && len(out) > 0 && (captionCredit(t) || source || agencyCreditLine(t)) && captionAbove(out[len(out)-1]) {
				out = out[:len(out)-1] // the caption above it
			}
			continue
		}
		out = append(out, p)
	}
	if len(out) == len(paras) {
		return body
	}
	return strings.Join(out, "\n\n")
}

// boxedPara returns the one <p> a <div> holds, directly or through one inner <div> that holds
// only it: some layouts box every paragraph twice (a block component around a rich-text
// container around the <p>), and the paragraph is as much a boxed one as a <p> boxed once.
func boxedPara(n *html.Node) *html.Node {
	c := soleContent(n)
	if c != nil && c.Type == html.ElementNode && c.DataAtom == atom.Div {
		c = soleContent(c)
	}
	if c == nil || c.DataAtom != atom.P {
		return nil
	}
	return c
}

// bylineCardPairs name the writer's card a byline opens, in a dropdown or a hover card: the
// writer's biography and profile links, set between the headline and the story, which a reading
// of the story's header takes as its opening paragraph. They join authorPairs, kept there so
// authorBox reads one list.
var bylineCardPairs = []string{"author dropdown", "author card", "author popup", "author popover", "author tooltip", "author hovercard"}

func init() {
	for _, p := range bylineCardPairs {
		authorPairs[p] = true
	}
}

// unwrapCredit returns a line set in brackets or parentheses without them: "(Photo : Jane
// Roe/Harbour TV)", "[Getty]". Another line is returned as it is.
func unwrapCredit(p string) string {
	if len(p) < 3 {
		return p
	}
	if (p[0] == '(' && p[len(p)-1] == ')') || (p[0] == '[' && p[len(p)-1] == ']') {
		return strings.TrimSpace(p[1 : len(p)-1])
	}
	return p
}

// pictureAgencies are the picture agencies and libraries a credit names with no label under a
// picture ("Getty Images", "GETTY/US NAVY", "[WireImage]"): they sell pictures, never a story's
// text, so a line of their names alone is a picture's credit wherever it stands. The wire
// agencies (AFP, Reuters, AP) are not among them: a line naming one alone may credit the copy.
var pictureAgencies = map[string]bool{"getty": true, "getty images": true, "wireimage": true, "filmmagic": true,
	"shutterstock": true, "rex/shutterstock": true, "alamy": true, "alamy stock photo": true, "istock": true, "istockphoto": true,
	"imago": true, "imago images": true, "picture alliance": true, "picture-alliance": true, "epa": true, "epa-efe": true,
	"zuma press": true, "zuma wire": true, "sipa": true, "sipa press": true, "pa images": true, "pa wire": true, "pa media": true,
	"corbis": true, "bloomberg via getty images": true, "afp via getty images": true, "dpa picture-alliance": true}

// bracketedPlatforms are the platforms a picture taken from a post is credited to, in brackets
// under it ("[Instagram]", "(Twitter)"): a bracketed line of the name alone is that credit.
var bracketedPlatforms = map[string]bool{"instagram": true, "twitter": true, "facebook": true, "youtube": true, "tiktok": true, "x": true}

// maxCreditPartWords bounds a credit's other parts beside a picture agency ("GETTY/US NAVY",
// "Getty Images/Harbour Trust"): a name, not a sentence.
const maxCreditPartWords = 3

// agencyCreditLine reports a line that is a picture's credit with no label: the names of a
// picture agency (pictureAgencies) and perhaps of one or two sources beside it, split by slashes,
// commas or " via " ("Getty Images", "[Getty]", "GETTY/US NAVY"), or a social platform's name
// alone in brackets ("[Instagram]").
func agencyCreditLine(p string) bool {
	if len(p) > 4*maxCreditLine {
		return false
	}
	inner := unwrapCredit(p)
	bracketed := inner != p
	l := strings.ToLower(strings.TrimRight(inner, ". "))
	if bracketed && bracketedPlatforms[l] {
		return true
	}
	if pictureAgencies[l] {
		return true
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(inner, " via ", "/"), func(r rune) bool { return r == '/' || r == ',' || r == ';' || r == '|' })
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	agency := false
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if pictureAgencies[strings.ToLower(part)] {
			agency = true
			continue
		}
		if w := strings.Fields(part); len(w) == 0 || len(w) > maxCreditPartWords || !capitalisedWords(w) {
			return false
		}
	}
	return agency
}

// capitalisedWords reports words that each open with a capital letter or a digit: a name.
func capitalisedWords(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
