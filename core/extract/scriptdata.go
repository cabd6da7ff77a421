package extract

import (
	"encoding/json"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minScriptData is the size from which a text that is one JSON object or array is data a page
// leaves for its scripts: an analytics record, a player's settings. A brace in prose is shorter.
const minScriptData = 80

// maxScriptData bounds the text scriptData parses.
const maxScriptData = 1 << 16

// scriptData reports a text node that is nothing but a JSON object or array of minScriptData
// bytes or more, outside any code sample: a CMS's page record left in a hidden <div> for its
// scripts ("<div class="pageinfo data hidden">{ "assetid": …}"), which no reader sees and which
// readability reads as a paragraph of the story. JSON a technical post quotes sits in <pre> or
// <code> and stays. The first and last bytes are checked before anything is parsed.
func scriptData(n *html.Node) bool {
	s := strings.TrimSpace(n.Data)
	if len(s) < minScriptData || len(s) > maxScriptData {
		return false
	}
	if !(s[0] == '{' && s[len(s)-1] == '}' || s[0] == '[' && s[len(s)-1] == ']') || !strings.Contains(s, `":`) {
		return false
	}
	for a, i := n.Parent, 0; a != nil && i < 8; a, i = a.Parent, i+1 {
		if a.Type != html.ElementNode {
			continue
		}
		switch a.DataAtom {
		case atom.Pre, atom.Code, atom.Samp, atom.Kbd, atom.Textarea, atom.Xmp, atom.Tt:
			return false
		case atom.Script, atom.Style, atom.Noscript, atom.Template:
			return false // not rendered text: the page's own data, which later steps read (scriptStory)
		}
	}
	return json.Valid([]byte(s))
}

// templateExprRe is a client-side template's placeholder left unfilled: "{{article.page + 1}}",
// "{{ magazine.pubName }}" (Angular, Vue, Handlebars), a path of names with at most simple
// arithmetic or a filter.
var templateExprRe = regexp.MustCompile(`\{\{\s*[A-Za-z_$][\w$]*(?:\.[\w$]+|\[\d+\])*(?:\s*[-+*/|]\s*[\w$.]+)*\s*\}\}`)

// maxTemplateLine bounds the block templateLine removes whole: a line of the template.
const maxTemplateLine = 200

// templateLine returns what goes for a text node holding an unfilled template placeholder outside
// any code sample: the nearest block around it when that block is a line (maxTemplateLine runes
// at most: "This story appears in the {{…}} issue of {{…}}."), else the text node alone; nil when
// the text holds no placeholder. A page its reader's browser renders ships such lines around the
// story, and a reader sees them filled in or not at all.
func templateLine(n *html.Node) *html.Node {
	if p := n.Parent; p != nil && p.Type == html.ElementNode && (p.DataAtom == atom.Script || p.DataAtom == atom.Style || p.DataAtom == atom.Template) {
		// Asked before the text is searched, as the walk up would: a script's text is no
		// line of the page, and a page's scripts may run to a megabyte.
		return nil
	}
	if !strings.Contains(n.Data, "{{") || !templateExprRe.MatchString(n.Data) {
		return nil
	}
	var block *html.Node
up:
	for a, i := n.Parent, 0; a != nil && i < 8; a, i = a.Parent, i+1 {
		if a.Type != html.ElementNode {
			continue
		}
		switch a.DataAtom {
		case atom.Pre, atom.Code, atom.Samp, atom.Kbd, atom.Textarea, atom.Xmp, atom.Tt, atom.Script, atom.Style, atom.Template:
			return nil
		case atom.Body, atom.Html:
			break up
		}
		if block == nil && isBlockTag(a.DataAtom) {
			block = a
		}
	}
	if block != nil && !textLonger(block, maxTemplateLine) {
		return block
	}
	return n
}
