package extract

import (
	"strings"
	"sync"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textOf is the text of n as a reader would copy it: its text nodes in document order, without
// script, style and noscript, with a space for each <br> and after each block element, and a
// space between two elements' texts that would otherwise run a number into the next one.
func textOf(n *html.Node) string {
	w := getTextWriter()
	w.walk(n)
	s := string(w.buf)
	putTextWriter(w)
	return s
}

// normText is normText(n), the form nearly every caller wants, without keeping
// textOf's text: it is gathered in a recycled buffer and only the normalised copy is allocated.
func normText(n *html.Node) string {
	w := getTextWriter()
	w.walk(n)
	// The view lives only until the buffer goes back to the pool: normSpace copies what it
	// changes, and text it would return as is is cloned.
	view := unsafe.String(unsafe.SliceData(w.buf), len(w.buf))
	var s string
	if spaceNormal(view) {
		s = strings.Clone(view)
	} else {
		s = normSpace(view)
	}
	putTextWriter(w)
	return s
}

// textWriter gathers textOf's text. Walking by method rather than by closure keeps the walk
// free of allocations; the buffer is reused across calls, so a page's many element texts do
// not each grow a builder from nothing.
type textWriter struct {
	buf     []byte
	crossed bool
}

// maxPooledText is the largest buffer kept for reuse: a page's whole text may be megabytes,
// which one call should not pin for every later one.
const maxPooledText = 1 << 20

var textWriters = sync.Pool{New: func() any { return &textWriter{buf: make([]byte, 0, 1024)} }}

func getTextWriter() *textWriter {
	w := textWriters.Get().(*textWriter)
	w.buf, w.crossed = w.buf[:0], false
	return w
}

func putTextWriter(w *textWriter) {
	if cap(w.buf) <= maxPooledText {
		textWriters.Put(w)
	}
}

func (w *textWriter) walk(n *html.Node) {
	switch {
	case n.Type == html.TextNode:
		// Numbers in neighbouring elements stay apart: a layout that sets day and year in
		// boxes of their own ("<span>Feb 18</span><span>2009</span>") runs them together.
		// A year closing one element and a word opening the next stay apart too
		// ("<a>08/08/2017</a><a>durch Stephan Markus</a>"): run together, the year is no
		// longer a word of its own and the date is lost.
		if w.crossed && len(w.buf) > 0 && n.Data != "" && (isDigitByte(w.buf[len(w.buf)-1]) && isDigitByte(n.Data[0]) ||
			endsWithYearBytes(w.buf) && isLetterStart(n.Data)) {
			w.buf = append(w.buf, ' ')
		}
		w.buf = append(w.buf, n.Data...)
		w.crossed = false
		return
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript):
		return
	case n.Type == html.ElementNode && n.DataAtom == atom.Br:
		w.buf = append(w.buf, ' ')
	}
	w.crossed = true
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	w.crossed = true
	if n.Type == html.ElementNode && blockTags[n.DataAtom] {
		w.buf = append(w.buf, ' ')
	}
}

// endsWithYearBytes is endsWithYear of the text gathered so far.
func endsWithYearBytes(b []byte) bool {
	n := 0
	for n < len(b) && isDigitByte(b[len(b)-1-n]) {
		n++
	}
	return n == 4
}
