package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textOf is the text of n as a reader would copy it: its text nodes in document order, without
// script, style and noscript, with a space for each <br> and after each block element, and a
// space between two elements' texts that would otherwise run a number into the next one.
func textOf(n *html.Node) string {
	s, _ := writeText(n, false)
	return s
}

// normText is normSpace(textOf(n)), the form nearly every caller wants, written in that form
// while walking, so textOf's text is neither built nor scanned again.
func normText(n *html.Node) string {
	s, broken := writeText(n, true)
	if broken {
		// Invalid UTF-8 could read differently joined to its neighbour's bytes (a space
		// rune split across two text nodes): the text is built whole and normalised.
		return normSpace(textOf(n))
	}
	return s
}

// writeText walks n with a pooled textWriter, normalising white space as it goes when norm;
// broken reports invalid UTF-8 met while normalising.
func writeText(n *html.Node, norm bool) (s string, broken bool) {
	s, broken, _ = writeTextUpTo(n, norm, 0)
	return s, broken
}

// writeTextUpTo is writeText, stopped with over set (and s void) once more than limit bytes
// are written, when limit is above zero.
func writeTextUpTo(n *html.Node, norm bool, limit int) (s string, broken, over bool) {
	w := textWriters.Get().(*textWriter)
	*w = textWriter{buf: w.buf[:0], norm: norm, limit: limit}
	w.walk(n)
	if !w.over {
		s = string(w.buf)
	}
	broken, over = w.broken, w.over
	if cap(w.buf) <= maxPooledText {
		textWriters.Put(w)
	}
	return s, broken, over
}

// textHead writes data a piece at a time, each no longer than the room left under the limit
// (and a rune), until the limit is passed: what stays of a long text node is its opening.
func (w *textWriter) textHead(data string) {
	for data != "" && len(w.buf) <= w.limit {
		room := max(w.limit-len(w.buf), 0) + utf8.UTFMax
		if room >= len(data) {
			w.text(data)
			return
		}
		for room > 1 && !utf8.RuneStart(data[room]) {
			room--
		}
		w.text(data[:room])
		data = data[room:]
	}
	if data != "" {
		w.over = true // the rest is left out: the opening ends here
	}
}

// normTextHead is normText(n) when that is at most limit bytes long, else its opening: what
// the walk wrote by the time it passed limit, where it stops (the text only grows as the walk
// goes on, so that opens normText(n)). For a test of the text's first words on every element
// of a nest, which read the nest's whole text at each level (fuzz33).
func normTextHead(n *html.Node, limit int) string {
	w := textWriters.Get().(*textWriter)
	*w = textWriter{buf: w.buf[:0], norm: true, limit: limit, head: true}
	w.walk(n)
	s, broken := string(w.buf), w.broken
	if cap(w.buf) <= maxPooledText {
		textWriters.Put(w)
	}
	if broken {
		return normText(n)
	}
	return s
}

// normTextUpTo is normText(n) and true when that is at most limit bytes long, "" and false
// when it is longer: the walk stops as soon as the text passes the limit. A box nested in
// boxes of the same kind, each asked whether its text is short, is not each read whole
// (quadratic in the nest's depth). The text only grows as the walk goes on, and where invalid
// UTF-8 further on makes normText normalise textOf's text instead, that begins with the same
// runs and spaces: it is longer too.
func normTextUpTo(n *html.Node, limit int) (string, bool) {
	s, broken, over := writeTextUpTo(n, true, limit)
	switch {
	case over && !broken:
		return "", false
	case broken:
		if s = normSpace(textOf(n)); len(s) > limit {
			return "", false
		}
	}
	return s, true
}

// trimmedTextUpTo is strings.TrimSpace(textOf(n)) and true when that is at most limit bytes
// long, "" and false when it is longer. Only what lies between the first and the last rune
// that is not white space is kept, so white space around a short text (a clip's length under
// a megabyte of indentation) is read but not copied, and the walk stops once the text passes
// the limit. n's text nodes must be valid UTF-8, as every text Extract parses is: a node's
// white space is then trimmed as the whole text's is.
func trimmedTextUpTo(n *html.Node, limit int) (string, bool) {
	w := textWriters.Get().(*textWriter)
	*w = textWriter{buf: w.buf[:0], ws: w.ws[:0], limit: limit, trim: true}
	w.walk(n)
	s, over := "", w.over
	if !over {
		s = string(w.buf)
	}
	if cap(w.buf) <= maxPooledText {
		textWriters.Put(w)
	}
	return s, !over
}

// trimmed writes s in trimmedTextUpTo's way.
func (w *textWriter) trimmed(s string) {
	if w.over {
		return
	}
	if len(w.buf) == 0 {
		s = trimLeftSpace(s)
	}
	body := trimRightSpace(s)
	if body != "" {
		// The white space before body first: what was kept after the last rune, then body's own.
		if w.wsLong || len(w.buf)+len(w.ws)+len(body) > w.limit {
			w.over = true
			return
		}
		w.buf = append(append(w.buf, w.ws...), body...)
		w.ws = w.ws[:0]
	}
	if tail := s[len(body):]; tail != "" && !w.wsLong {
		if len(w.ws)+len(tail) > w.limit {
			w.wsLong, w.ws = true, w.ws[:0]
		} else {
			w.ws = append(w.ws, tail...)
		}
	}
}

// trimLeftSpace is strings.TrimLeftFunc(s, unicode.IsSpace), ASCII white space skipped first.
func trimLeftSpace(s string) string {
	i := skipASCIISpace(s, 0)
	if i < len(s) && s[i] >= utf8.RuneSelf {
		return strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	}
	return s[i:]
}

// trimRightSpace is strings.TrimRightFunc(s, unicode.IsSpace), ASCII white space skipped byte
// by byte first.
func trimRightSpace(s string) string {
	i := len(s)
	for i > 0 && s[i-1] < utf8.RuneSelf && asciiSpace[s[i-1]] {
		i--
	}
	if i > 0 && s[i-1] >= utf8.RuneSelf {
		return strings.TrimRightFunc(s[:i], unicode.IsSpace)
	}
	return s[:i]
}

// maxPooledText is the largest buffer kept for reuse: a page's whole text may be megabytes,
// which one call should not pin for every later one.
const maxPooledText = 1 << 20

// plainASCII marks the ASCII bytes that are not white space.
var plainASCII = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiSpace[c]
	}
	return t
}()

// textWriter gathers textOf's text, or normSpace's form of it (norm): runs of non-space bytes
// copied, each run of white space (textOf's own inserted spaces included) one space between
// two runs. Where textOf inserts a space depends on the text written so far, which it keeps:
// whether there is any, its last byte and how many digits end it (five standing for more than
// four). Walking by method rather than by closure keeps the walk free of allocations; the
// buffer is reused across calls, so a page's many element texts do not each grow a builder
// from nothing.
type textWriter struct {
	buf                       []byte
	norm                      bool
	crossed, pending, written bool
	broken                    bool // a text held invalid UTF-8 while normalising: buf is void
	last                      byte
	digits                    int
	limit                     int  // above zero: the walk stops once buf is longer
	over                      bool // buf passed limit: the walk stopped and buf is void
	// trim (not norm): buf holds the text written so far without its leading white space and
	// without the white space after its last other rune, which ws holds while it is at most
	// limit bytes (wsLong past that: any text after it passes the limit). See trimmedTextUpTo.
	trim   bool
	ws     []byte
	wsLong bool
	// head (with limit): a text is written no further than a few bytes past the limit, as only
	// the text's opening is kept (normTextHead).
	head bool
}

var textWriters = sync.Pool{New: func() any { return &textWriter{buf: make([]byte, 0, 1024)} }}

// space writes one of textOf's ASCII spaces.
func (w *textWriter) space() {
	if w.trim {
		w.trimmed(" ")
	} else if !w.norm {
		w.buf = append(w.buf, ' ')
	}
	w.pending, w.written, w.last, w.digits = true, true, ' ', 0
}

// text writes s; normalising, it marks the writer broken when s is not valid UTF-8.
func (w *textWriter) text(s string) {
	if s == "" {
		return
	}
	if w.trim {
		w.trimmed(s)
	} else if !w.norm {
		w.buf = append(w.buf, s...)
	} else {
		for i := 0; i < len(s); {
			start := i
			var ok bool
			if i, ok = normRun(s, i, true); !ok {
				w.broken = true
				return
			}
			if i > start {
				if w.pending && len(w.buf) > 0 {
					w.buf = append(w.buf, ' ')
				}
				w.pending = false
				w.buf = append(w.buf, s[start:i]...)
			}
			if i < len(s) {
				w.pending = true
				i += spaceLen(s, i)
				// The rest of a run of ASCII white space at once: markup's indentation is
				// most of a page's text nodes.
				i = skipASCIISpace(s, i)
			}
		}
	}
	trailing := 0
	for trailing < len(s) && trailing < 5 && isDigitByte(s[len(s)-1-trailing]) {
		trailing++
	}
	if trailing == len(s) {
		w.digits = min(w.digits+trailing, 5)
	} else {
		w.digits = trailing
	}
	w.written, w.last = true, s[len(s)-1]
}

func (w *textWriter) walk(n *html.Node) {
	if w.broken || w.over {
		return
	}
	switch {
	case n.Type == html.TextNode:
		// Numbers in neighbouring elements stay apart: a layout that sets day and year in
		// boxes of their own ("<span>Feb 18</span><span>2009</span>") runs them together.
		// A year closing one element and a word opening the next stay apart too
		// ("<a>08/08/2017</a><a>durch Stephan Markus</a>"): run together, the year is no
		// longer a word of its own and the date is lost.
		if w.crossed && w.written && n.Data != "" && (isDigitByte(w.last) && isDigitByte(n.Data[0]) ||
			w.digits == 4 && isLetterStart(n.Data)) {
			w.space()
		}
		if w.head {
			w.textHead(n.Data)
		} else {
			w.text(n.Data)
		}
		w.crossed = false
		w.over = w.over || w.limit > 0 && len(w.buf) > w.limit // trimmed may have set it
		return
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript):
		return
	case n.Type == html.ElementNode && n.DataAtom == atom.Br:
		w.space()
	}
	w.crossed = true
	// Past the limit the text is dropped: the children left are not visited one by one, as an
	// element of thousands asked about again and again would be (fuzz33).
	for c := n.FirstChild; c != nil && !w.over; c = c.NextSibling {
		w.walk(c)
	}
	w.crossed = true
	if n.Type == html.ElementNode && isBlockTag(n.DataAtom) {
		w.space()
	}
}

// renderWith is render; withoutLinks leaves the text of links out, for what a block says in its
// own words (a breadcrumb, a tool bar or a tag list is links). The text is laid out in a recycled
// buffer (renderer) and only tidyParagraphs' result is kept.
func renderWith(n *html.Node, sourceLines, withoutLinks bool) string {
	r := renderers.Get().(*renderer)
	r.buf, r.pre, r.sourceLines, r.withoutLinks = r.buf[:0], 0, sourceLines, withoutLinks
	r.walk(n)
	out := tidyParagraphs(unsafe.String(unsafe.SliceData(r.buf), len(r.buf)))
	if len(out) > 0 && len(r.buf) > 0 {
		// A single paragraph that was already normal is a piece of the buffer itself.
		p, lo := uintptr(unsafe.Pointer(unsafe.StringData(out))), uintptr(unsafe.Pointer(unsafe.SliceData(r.buf)))
		if p >= lo && p < lo+uintptr(cap(r.buf)) {
			out = strings.Clone(out)
		}
	}
	if cap(r.buf) <= maxPooledText {
		renderers.Put(r)
	}
	return out
}

// renderer lays out renderWith's text: a text node's own line ends become spaces outside <pre>
// (unless sourceLines), brMark a line break, <br> a line break, a block a blank line either side.
type renderer struct {
	buf                       []byte
	pre                       int
	sourceLines, withoutLinks bool
}

var renderers = sync.Pool{New: func() any { return &renderer{buf: make([]byte, 0, 4096)} }}

func (r *renderer) walk(n *html.Node) {
	switch {
	case n.Type == html.TextNode:
		r.text(n.Data, !r.sourceLines && r.pre == 0)
		return
	case n.Type == html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return
		case atom.Rt, atom.Rp:
			// Ruby annotations (furigana over Japanese kanji) are reading aids: kept,
			// they split every word of the sentence they annotate.
			return
		case atom.Br:
			r.buf = append(r.buf, '\n')
			return
		case atom.A:
			if r.withoutLinks {
				return
			}
		}
	}
	block := n.Type == html.ElementNode && isBlockTag(n.DataAtom)
	if block {
		r.buf = append(r.buf, "\n\n"...)
	}
	pre := n.Type == html.ElementNode && n.DataAtom == atom.Pre
	if pre {
		r.pre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
	if pre {
		r.pre--
	}
	if block {
		r.buf = append(r.buf, "\n\n"...)
	}
}

// text writes t with brMark as a line break and, when spaced, its "\r\n", "\n" and "\r" each as
// one space, as a browser shows a page source's line ends (strings.NewReplacer("\r\n", " ", "\n",
// " ", "\r", " "), then strings.ReplaceAll of brMark: neither creates or splits the other's bytes,
// so one pass does both).
func (r *renderer) text(t string, spaced bool) {
	for len(t) > 0 {
		i := 0
		for i < len(t) && t[i] != '\r' && t[i] != '\n' && t[i] != brMark[0] {
			i++
		}
		r.buf = append(r.buf, t[:i]...)
		if i == len(t) {
			return
		}
		switch c := t[i]; {
		case c == brMark[0] && strings.HasPrefix(t[i:], brMark):
			r.buf = append(r.buf, '\n')
			i += len(brMark)
		case c == brMark[0] || !spaced:
			r.buf = append(r.buf, c)
			i++
		case c == '\r' && i+1 < len(t) && t[i+1] == '\n':
			r.buf = append(r.buf, ' ')
			i += 2
		default:
			r.buf = append(r.buf, ' ')
			i++
		}
		t = t[i:]
	}
}

// maxShortTextNodes is how many nodes textOver visits before it calls an element's text long: a
// line of a few words is not spread over thousands of elements.
const maxShortTextNodes = 2048

// textOver reports that normText(n) holds more than limit runes without building it: it adds
// up the non-space runes of n's text (nonSpaceRunesOver, as textLonger does), each of which
// normText keeps, stopping past limit or after maxShortTextNodes nodes (called long then).
// Rules that read only short elements ask it first, so that blocks nested in one another are
// not each measured whole (quadratic in the depth otherwise). False means "maybe short":
// normText's spaces may still take it over limit, and a limit in bytes is checked on the text.
func textOver(n *html.Node, limit int) bool {
	count, nodes := 0, 0
	var over func(*html.Node) bool
	over = func(c *html.Node) bool {
		if nodes++; nodes > maxShortTextNodes {
			return true
		}
		switch {
		case c.Type == html.TextNode:
			count += nonSpaceRunesOver(c.Data, limit-count)
			return count > limit
		case c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Noscript):
			return false
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			if over(k) {
				return true
			}
		}
		return false
	}
	return over(n)
}

// shortText is normText(n) when that holds at most limit runes, else "" (see textOver).
func shortText(n *html.Node, limit int) string {
	if textOver(n, limit) {
		return ""
	}
	if t := normText(n); utf8.RuneCountInString(t) <= limit {
		return t
	}
	return ""
}
