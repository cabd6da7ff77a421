package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestLeadLinkTakesScriptLinks(t *testing.T) {
	// An old template's teaser links by script: href="" and an onclick handler.
	doc, err := html.Parse(strings.NewReader(`<html><body><div><a href="" onclick="return linkTo(this)">Iraqi Guard Bus Attacked</a><br>Guardsmen Said To Be Kidnapped</div>` +
		`<div><a name="top">Anchor only here</a> and text</div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	teaser := bodyOf(doc).FirstChild
	if leadLink(teaser) == nil {
		t.Errorf("the script link does not lead its item")
	}
	if leadLink(teaser.NextSibling) != nil {
		t.Errorf("an anchor without href or handler leads its item")
	}
}
