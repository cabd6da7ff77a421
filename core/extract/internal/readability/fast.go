package readability

// Speed-ups of paperboy's copy (see README.md): the same results as the upstream code they
// replace, with fewer copies of a subtree's text.

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"paperboy/core/extract/internal/readability/internal/re2go"
)

// nodeText is dom.TextContent with the result allocated once at its final size: the text
// of large subtrees is asked for again and again while scoring.
func nodeText(node *html.Node) string {
	size := 0
	forEachText(node, func(s string) { size += len(s) })
	var b strings.Builder
	b.Grow(size)
	forEachText(node, func(s string) { b.WriteString(s) })
	return b.String()
}

// forEachText calls f with every text node under node (node included) in document order, the
// order dom.TextContent concatenates them in.
func forEachText(node *html.Node, f func(string)) {
	if node.Type == html.TextNode {
		f(node.Data)
	}
	for c := node.FirstChild; c != nil; c = c.NextSibling {
		forEachText(c, f)
	}
}

// isSpaceByte is the class re2go.NormalizeSpaces collapses: RE2's \s.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// collapseSpaces is re2go.NormalizeSpaces, which copies its input twice even when there is
// no run of spaces to collapse; then the input is returned as it is.
func collapseSpaces(s string) string {
	for i := 1; i < len(s); i++ {
		if isSpaceByte(s[i]) && isSpaceByte(s[i-1]) {
			return re2go.NormalizeSpaces(s)
		}
	}
	return s
}

// innerTextLen is charCount(ps.getInnerText(node, true)) without building the string: the text
// is gathered into a buffer the parser reuses, trimmed like strings.TrimSpace, and each run of
// two or more \s bytes counts as the one space NormalizeSpaces leaves of it. The bytes are the
// same as getInnerText's, so invalid UTF-8 counts the same too: a \s byte is ASCII and ends any
// sequence, however many of them stand in a row.
func (ps *Parser) innerTextLen(node *html.Node) int {
	buf := ps.textBuf[:0]
	forEachText(node, func(s string) { buf = append(buf, s...) })
	ps.textBuf = buf[:0]
	b := bytes.TrimSpace(buf)
	n := utf8.RuneCount(b)
	for i := 0; i < len(b); {
		if !isSpaceByte(b[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(b) && isSpaceByte(b[j]) {
			j++
		}
		n -= j - i - 1
		i = j
	}
	return n
}
