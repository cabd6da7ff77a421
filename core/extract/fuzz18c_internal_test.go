package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FuzzRules18c feeds one string to the eighteenth round's inst18c rules directly: a readers'
// clock in metadata, a date element's script literal, the clock-first numeric order, the AP
// style test, a place before the site's name, an outlet in brackets and run-together metas.
// None may panic or hang, and names out must be valid UTF-8 when the input is.
func FuzzRules18c(f *testing.F) {
	for _, s := range []string{
		"Thursday, August 19, 2010, 11:16 PM", "Jul 23rd 2010 – 8:07AM", "December 12, 2004 | 7:00 p.m",
		"1:04 PM on 05/07/2010", "9:45 AM 11/06/10", "renderDate('Thursday, November 25, 2010 1:15 AM EST', '', true);",
		"x('\"", "Pittsburgh Post-Gazette", "Mary Roe (Computerworld)", "Jane ExampleTom Sample", "(", "'", "\"\"",
	} {
		f.Add(s)
	}
	sites := []string{"postgazette", "post-gazette", "computerworld"}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		readersClock(s)
		apStyle("en", s)
		numericOrder(false, false, []string{s}, func() string { return "" })
		script := &html.Node{Type: html.ElementNode, Data: "script", DataAtom: atom.Script}
		script.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		el := &html.Node{Type: html.ElementNode, Data: "em", DataAtom: atom.Em}
		el.AppendChild(script)
		lit := scriptDateLiteral(el)
		if utf8.ValidString(s) && !utf8.ValidString(lit) {
			t.Fatalf("scriptDateLiteral(%q) = %q: invalid UTF-8", s, lit)
		}
		placeBeforeSite(strings.Fields(s), sites)
		outletInBrackets(s)
		names := splitAuthors(s)
		sameLetters(names, strings.Fields(s))
		for _, n := range names {
			if utf8.ValidString(s) && !utf8.ValidString(n) {
				t.Fatalf("splitAuthors(%q) gave %q: invalid UTF-8", s, n)
			}
		}
	})
}
