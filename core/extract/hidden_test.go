package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestHiddenBlock(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{`<div class="guide-wrapper w-condition-invisible">`, true},
		{`<div style="display: none">`, true},
		{`<div style="visibility:hidden">`, true},
		{`<div class="d-none">`, true},
		{`<div class="d-none d-md-block">`, false},
		{`<span class="sr-only">`, true},
		{`<div class="hidden">`, true},
		{`<div class="hidden md:block">`, false},
		{`<div class="essay w-richtext">`, false},
		{`<div style="display:block">`, false},
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<html><body><main>" + tt.tag + "text</div></main></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		n := bodyOf(doc).FirstChild.FirstChild
		if got := hiddenBlock(n); got != tt.want {
			t.Errorf("hiddenBlock(%s) = %v, want %v", tt.tag, got, tt.want)
		}
	}
}

// TestHiddenBlockIsNeverTheStory checks a page that carries a long text of another page in a
// block the browser does not show (a CMS's conditional block): the body is the visible essay.
func TestHiddenBlockIsNeverTheStory(t *testing.T) {
	para := func(topic, text string, n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			fmt.Fprintf(&b, "<p>%s paragraph %d: %s</p>", topic, i, text)
		}
		return b.String()
	}
	for _, hide := range []string{`class="guide-wrapper w-condition-invisible"`, `class="guide-wrapper" style="display:none"`, `class="guide-wrapper d-none"`} {
		page := `<html><head><title>Why I walk</title></head><body>
<div class="page-wrapper"><h1>Why I walk</h1><div class="essay w-richtext">` +
			para("Walking", "every morning I leave the house before the town wakes and walk along the river until the bridge.", 8) +
			`</div></div>
<div ` + hide + `><h1>A guide to the harbour</h1><div class="guide-block w-richtext">` +
			para("Harbour", "the ferries leave from the northern pier each hour, and the fish market opens at five in the morning.", 40) +
			`</div></div></body></html>`
		r, err := Extract("https://example.com/why-i-walk", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Walking paragraph 0") || strings.Contains(r.Body, "Harbour paragraph") {
			t.Errorf("%s: body is not the visible essay:\n%.300s", hide, r.Body)
		}
	}
}

func TestSheetHides(t *testing.T) {
	css := `@charset "utf-8"; /* site */ #push{position:fixed;display:none} #push.open{display:flex}
#push #pushText{display:-webkit-box} .drawer,.modal-x{display:none}.drawer-open .drawer{display:block}
.modal-x,.tip,#toast{position:fixed;top:0} .acc-body{display:none}
@media (max-width:600px){.tip{display:none}} #toast{display:none} #toast:target{display:block} .bar{display:flex}`
	tests := []struct {
		tag  string
		want bool
	}{
		{`<div id="push">`, true},               // hidden; the .open override needs a class it lacks
		{`<div id="push" class="open">`, false}, // shown by #push.open
		{`<div class="modal-x">`, true},         // one class of a selector list
		{`<div class="drawer">`, false},         // a descendant rule may show it
		{`<div class="tip">`, false},            // hidden on small screens only
		{`<div id="toast">`, false},             // a pseudo-class rule may show it
		{`<div class="bar">`, false},            // not hidden
		{`<div class="acc-body">`, false},       // hidden, not an overlay: a collapsed section
		{`<div id="pushText">`, false},          // shown, and never hidden
	}
	for _, tt := range tests {
		doc, err := html.Parse(strings.NewReader("<html><head><style>" + css + "</style></head><body><main>" + tt.tag + "text</div></main></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		n := bodyOf(doc).FirstChild.FirstChild
		if got := pageSheet(doc).hides(n); got != tt.want {
			t.Errorf("hides(%s) = %v, want %v", tt.tag, got, tt.want)
		}
	}
}

// TestSheetHiddenBoxIsNeverTheStory checks a push-notification box that the page's own style sheet
// hides, after the footer, while readability discards the story's wrapper (its class reads as
// "banner"): the body is the story, not the box.
func TestSheetHiddenBoxIsNeverTheStory(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 10; i++ {
		fmt.Fprintf(&b, "<p>Solar paragraph %d: the village put panels on the roof of the sports hall, and every house now pays less for its power in winter.</p>", i)
	}
	page := `<html><head><title>A village goes solar</title><style>#pushBox{position:fixed;bottom:10px;display:none}#pushBox.show{display:flex}</style></head><body>
<div id="site"><div class="inner"><div class="story container-banners"><h1>A village goes solar</h1>` + b.String() + `</div></div></div>
<footer><a href="/a">About</a></footer>
<div id="pushBox"><a href="#">Close</a><div>Battery prize at the storage fair</div><div>The jury of the storage fair has chosen the ten finalists for this year's prize, and the winners will be named on the second day of the fair in front of the trade press. Being on the list of finalists is already a success for the firms, whose products range from home batteries to large storage plants for the grid. Ten firms from six countries made the list this year, two more than last year, and the fair expects more visitors than ever before in its halls. The prize has three parts, for storage in homes, for storage in firms and for storage on the grid, and each part has its own jury of engineers and buyers.</div></div>
</body></html>`
	r, err := Extract("https://example.com/village-solar", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "jury of the storage fair") || !strings.Contains(r.Body, "Solar paragraph 9") {
		t.Errorf("body is not the story:\n%.300s", r.Body)
	}
}

func TestSheetHidesNameTwiceInOneRule(t *testing.T) {
	css := `#box{position:fixed;display:none} #box,#box.wide{color:red;display:block}`
	doc, err := html.Parse(strings.NewReader("<html><head><style>" + css + "</style></head><body><main><div id=box>text</div></main></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	if pageSheet(doc).hides(bodyOf(doc).FirstChild.FirstChild) {
		t.Error("a later rule shows #box again")
	}
}

func TestOverlayBoxIsNeverTheStory(t *testing.T) {
	var story, terms strings.Builder
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&story, "<p>Franchise paragraph %d: many owners believe the brand's agreement cannot be changed, yet fees, transfers and guarantees are often negotiated.</p>", i)
	}
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&terms, "<p>Terms paragraph %d: the website is owned and managed by the company, and as a user you are granted a revocable licence to use it under these terms.</p>", i)
	}
	overlays := map[string]string{
		"pop-up with a form": `<div id="pop2" class="popover2"><form action="/register"><div><b>Check <input type="checkbox" name="agree"> to state you agree to our terms</b></div><div class="terms">` +
			terms.String() + `</div><input type="button" value="Close Me" onclick="closePopOver('pop2')"></form></div>`,
		"dialog not open": `<dialog id="terms"><p><textarea name="note"></textarea></p><div class="terms">` + terms.String() + `</div></dialog>`,
	}
	for name, overlay := range overlays {
		page := `<html><head><title>Hotel franchise agreements are negotiable</title><link rel="stylesheet" href="/popover.css"></head><body>
<div id="page"><div id="main"><h1>Hotel franchise agreements are negotiable</h1><div class="inline"><div id="abody">` + story.String() + `</div></div></div></div>
<div class="layer"><div class="wrap">` + overlay + `</div></div></body></html>`
		r, err := Extract("https://example.com/franchise", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, "Terms paragraph") || !strings.Contains(r.Body, "Franchise paragraph 5") {
			t.Errorf("%s: body is not the story:\n%s", name, r.Body)
		}
	}
}

func TestStoryInModalIsRead(t *testing.T) {
	// A list page that opens a story in a modal: the modal holds the headline, and no form.
	var story strings.Builder
	for i := 0; i < 8; i++ {
		fmt.Fprintf(&story, "<p>Harbour paragraph %d: the ferries leave from the northern pier each hour, and the fish market opens at five in the morning.</p>", i)
	}
	page := `<html><head><title>A guide to the harbour</title></head><body><div class="list"><a href="/a">Other story</a></div>
<div class="modal story-modal"><input type="search" name="q"><h1>A guide to the harbour</h1>` + story.String() + `</div></body></html>`
	r, err := Extract("https://example.com/harbour", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Harbour paragraph 7") {
		t.Errorf("the story in the modal is lost:\n%.300s", r.Body)
	}
}
