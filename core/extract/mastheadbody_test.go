package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// When readability reads the page's wrapper instead of the story's block (a recommendation
// widget under the story went as furniture, and the story's block scored less), the site's
// header comes with it: its logo heading, the site's name linked to the home page, is no line
// of the story. A story's own subheading stays, and so does a section heading linked to a bare
// "#" (newsletters link theirs so): a dummy link is no way home.
func TestPostcleanDropsMastheadHeading(t *testing.T) {
	page := `<html><body><div id="maincontainer" class="container">` +
		`<header class="clearfix"><h2><a id="siteLogo" href="/"><span>Express. Home of the Daily and Sunday Express.</span>` +
		`<img src="/logo.png" alt="logo" title="Express. Home of the Daily and Sunday Express."></a></h2></header>` +
		`<div class="clear clearfix"><div class="single-article"><article><h1>Ferry returns to the river</h1>` +
		storyParas("Ferry", 3) + `<h2>What happens next</h2>` + storyParas("Ferry mid", 1) + `<h1><a href="#">Tour de headlines</a></h1>` + storyParas("Ferry later", 3) +
		`</article></div></div></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	root := findElement(doc, func(n *html.Node) bool { return n.DataAtom == atom.Div })
	postclean(root)
	text := normSpace(textOf(root))
	if strings.Contains(text, "Home of the Daily") {
		t.Errorf("the wrapper kept the site's logo heading: %q", text)
	}
	if !strings.Contains(text, "What happens next") || !strings.Contains(text, "Tour de headlines") || !strings.Contains(text, "Ferry later paragraph") {
		t.Errorf("the wrapper lost the story: %q", text)
	}
}
