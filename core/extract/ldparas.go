package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ldOpeningRunes is how much of a paragraph's opening ldParagraphs compares with the page.
const ldOpeningRunes = 16

// maxOpenings bounds the text nodes whose openings ldParagraphs collects from the page.
const maxOpenings = 4000

// ldParagraphs splits a JSON-LD articleBody whose publisher ran the story's paragraphs
// together ("…en Andalucía.Su candidato…", "…a report.The report said…"): wherever
// sentence-final punctuation meets a capital with no space between, a paragraph break goes in
// when the page itself opens a text there — the same paragraph in the page's HTML, which the
// reader sees (ABC's paywall spans, CNN's paragraph blocks). A glue the page does not break
// ("www.Example.es", "PhysOrg.com.Bengt" in one sentence) stays. The page is read only when
// the text has such a glue, and then only its first maxOpenings text nodes.
func ldParagraphs(doc *html.Node, text string) string {
	glues := ldGlues(text)
	if len(glues) == 0 {
		return text
	}
	open := pageOpenings(doc)
	var b strings.Builder
	last := 0
	for _, g := range glues {
		if !open[ldOpening(text[g:])] {
			continue
		}
		b.WriteString(text[last:g])
		b.WriteString("\n\n")
		last = g
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// ldGlues returns the offsets in text where a sentence ends and the next one opens with no
// space: a letter or digit, sentence-final punctuation, closing quotes, then a capital
// (or an opening quote before one).
func ldGlues(text string) []int {
	var out []int
	for i := 0; i < len(text); {
		j := strings.IndexAny(text[i:], ".!?…")
		if j < 0 {
			break
		}
		p := i + j
		_, psize := utf8.DecodeRuneInString(text[p:])
		i = p + psize
		before, _ := utf8.DecodeLastRuneInString(text[:p])
		if !unicode.IsLetter(before) && !unicode.IsDigit(before) && !strings.ContainsRune(`"”»’)`, before) {
			continue
		}
		k := i
		for k < len(text) {
			r, size := utf8.DecodeRuneInString(text[k:])
			if !strings.ContainsRune(`"”»’)`, r) {
				break
			}
			k += size
		}
		start := k
		r, size := utf8.DecodeRuneInString(text[k:])
		if strings.ContainsRune(`"“«„`, r) {
			r, _ = utf8.DecodeRuneInString(text[k+size:])
		}
		if unicode.IsUpper(r) {
			out = append(out, start)
		}
	}
	return out
}

// pageOpenings collects the openings (ldOpening) of the page's text nodes long enough to
// compare, outside scripts and styles.
func pageOpenings(doc *html.Node) map[string]bool {
	open := map[string]bool{}
	n := 0
	var walk func(*html.Node)
	walk = func(x *html.Node) {
		if n >= maxOpenings {
			return
		}
		switch {
		case x.Type == html.TextNode:
			n++
			if k := ldOpening(x.Data); k != "" {
				open[k] = true
			}
			return
		case x.Type == html.ElementNode && (x.DataAtom == atom.Script || x.DataAtom == atom.Style):
			return
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return open
}

// ldOpening is the first ldOpeningRunes runes of s with its white space collapsed, or ""
// when s is shorter.
func ldOpening(s string) string {
	var b strings.Builder
	runes, space := 0, false
	for _, r := range strings.TrimLeftFunc(s, unicode.IsSpace) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			if runes++; runes == ldOpeningRunes {
				break
			}
			space = false
		}
		b.WriteRune(r)
		if runes++; runes == ldOpeningRunes {
			return b.String()
		}
	}
	if runes < ldOpeningRunes {
		return ""
	}
	return b.String()
}
