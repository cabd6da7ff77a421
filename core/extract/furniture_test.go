package extract

import (
	"fmt"
	"strings"
	"testing"
)

// storyParas returns n paragraphs of a story about topic.
func storyParas(topic string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<p>%s paragraph %d: the council met on Tuesday evening and voted to keep the old bridge open, after residents said the detour added half an hour to every trip.</p>", topic, i)
	}
	return b.String()
}

// TestHiddenBodyStillHoldsTheStory checks a page that hides its whole <body> until its script
// has run (class "hidden" on <body>, a guard against a flash of unstyled content): the body is
// the story, not the page's description.
func TestHiddenBodyStillHoldsTheStory(t *testing.T) {
	for _, body := range []string{`<body class="hidden">`, `<body hidden>`} {
		page := `<html><head><title>The bridge stays open</title><meta name="description" content="A short summary of the story."></head>` +
			body + `<div class="page"><h1>The bridge stays open</h1><div class="story-wrapper"><div class="byline">Kate Writer</div>` +
			storyParas("Bridge", 8) + `</div></div></body></html>`
		r, err := Extract("https://example.com/bridge", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Bridge paragraph 0:") || !strings.Contains(r.Body, "Bridge paragraph 7:") {
			t.Errorf("%s: body = %q, want the story", body, r.Body)
		}
	}
}

// TestContainerOpensLongerReading checks a page whose named story container readability reads
// with what lies beside and after it: the teaser blurbs of a rail in the next column and the
// paragraphs of a consent dialog at the end of the page. The container, which opens that
// reading whole, is the story.
func TestContainerOpensLongerReading(t *testing.T) {
	var rail, consent strings.Builder
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&rail, `<div class="puff"><h3><a href="/other-%d">Other story %d</a></h3><p>Teaser %d: a singer wore a striking dress to a premiere in the city on Saturday night and fans could not stop talking about it online.</p></div>`, i, i, i)
	}
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&consent, `<h3>Purpose %d</h3><p>Consent %d: the collection of information about your use of this service to personalise advertising and content for you in other contexts over time.</p>`, i, i)
	}
	page := `<html><head><title>The bridge stays open</title></head><body><div class="page"><div class="columns">` +
		`<div class="alpha"><h2>The bridge stays open</h2><div class="article-text">` + storyParas("Bridge", 12) + `</div></div>` +
		`<div class="beta">` + rail.String() + `</div></div></div>` +
		`<div class="dialog"><div class="dialog-body">` + consent.String() + `</div></div></body></html>`
	r, err := Extract("https://example.com/bridge", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Bridge paragraph 0:") || !strings.Contains(r.Body, "Bridge paragraph 11:") {
		t.Errorf("body lost the story: %.300q", r.Body)
	}
	if strings.Contains(r.Body, "Teaser") || strings.Contains(r.Body, "Consent") {
		t.Errorf("body kept the rail or the dialog: %q", r.Body)
	}
}

// TestStoryWidgetsLeaveTheBody checks the widgets a tabloid sets between a story's paragraphs:
// a picture's box to copy its link (a read-only field and its label), the place a video leaves
// while it plays in a corner of the window, and a video rail's dialog offering its embed code,
// shown as markup. None is a line of the story.
func TestStoryWidgetsLeaveTheBody(t *testing.T) {
	page := `<html><head><title>The bridge stays open</title></head><body><h1>The bridge stays open</h1><div class="article-text">` +
		storyParas("Bridge", 4) +
		`<div class="pic"><img src="/a.jpg"><ul class="links"><li><div class="copy-box"><input type="text" value="https://example.com/bridge#i-1" readonly="readonly"><div>Copy link to paste in your message</div></div></li></ul></div>` +
		storyParas("Vote", 4) +
		`<div class="module-video"><div class="placeholder">Video playing bottom right<span>.</span><span>.</span><span>.</span><div class="extra">Click here to expand to full page</div></div></div>` +
		storyParas("Detour", 4) +
		`<div class="item" id="videos-wrapper"><h2><span>Most watched News videos</span><div class="modal"><div class="modal-header">Embed Most Watched Videos</div>` +
		`<div>Choose a theme</div><div>Dark</div><div>Light</div><div class="modal-body">&lt;iframe style="width:100%;height:352px" src="https://example.com/api/videos/dark" frameborder="0"&gt;&lt;/iframe&gt;</div>` +
		`<div>By embedding this you agree to our <a href="/terms">terms and conditions</a></div><span>Cancel</span> <span>Copy code</span></div></h2></div>` +
		`</div></body></html>`
	r, err := Extract("https://example.com/bridge", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Bridge paragraph 0:") || !strings.Contains(r.Body, "Detour paragraph 3:") {
		t.Errorf("body lost the story: %.300q", r.Body)
	}
	for _, w := range []string{"Copy link", "Video playing", "Click here to expand", "<iframe", "Choose a theme"} {
		if strings.Contains(r.Body, w) {
			t.Errorf("body kept %q:\n%s", w, r.Body)
		}
	}
}

// TestSampleMarkupStays checks that a tutorial's sample embed code, set in <pre> or <code>, stays
// in the body.
func TestSampleMarkupStays(t *testing.T) {
	page := `<html><head><title>How to embed a map</title></head><body><h1>How to embed a map</h1><div class="article-text">` +
		storyParas("Map", 4) + `<pre><code>&lt;iframe src="https://example.com/map" width="600"&gt;&lt;/iframe&gt;</code></pre>` + storyParas("Size", 3) +
		`</div></body></html>`
	r, err := Extract("https://example.com/map", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, `<iframe src="https://example.com/map"`) {
		t.Errorf("body lost the sample markup:\n%s", r.Body)
	}
}

// TestRepeatedBoxDoesNotPlaceTheReading checks an infinite-scroll page whose every story opens
// with the same newsletter box: readability reads the longer next story, and the box's line, first
// met in the page's own story, must not make that reading look like the page's own story.
func TestRepeatedBoxDoesNotPlaceTheReading(t *testing.T) {
	box := `<div class="signup"><h2>Breaking News Emails</h2><div class="message">Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.</div><button>SUBSCRIBE</button></div>`
	page := `<html><head><title>What is the bridge plan? What you need to know.</title>` +
		`<meta name="description" content="The bridge plan keeps the old river crossing open for residents while the council studies a new crossing downstream."></head><body>` +
		`<section><header><h1>What is the bridge plan? What you need to know.</h1></header><div class="story"><div class="section">` + box +
		`<p>The bridge plan keeps the old river crossing open for residents while the council studies a new crossing downstream.</p>` + storyParas("Bridge", 3) + `</div></div></section>` +
		`<section><header><h1>Polls are close in the final week of the campaign</h1></header><div class="story"><div class="section">` + box +
		strings.ReplaceAll(storyParas("Polls", 30), "the council met on Tuesday evening and voted to keep the old bridge open, after residents said the detour added half an hour to every trip", "the latest survey of likely voters shows the two candidates level, with a tenth of them still undecided four days before the vote") +
		`</div></div></section></body></html>`
	r, err := Extract("https://example.com/bridge-plan", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Bridge paragraph 2:") || strings.Contains(r.Body, "Polls paragraph") {
		t.Errorf("body is not the page's own story:\n%.400s", r.Body)
	}
}

// TestAppealAndCookieNoticeLeaveTheBody checks two boxes a story's column holds besides the
// story: a cookie notice above it (its accept link and sentence) and the reader appeal under it
// (a "Since you're here …" heading over paragraphs asking for support). A paragraph of the story
// about cookies stays.
func TestAppealAndCookieNoticeLeaveTheBody(t *testing.T) {
	page := `<html><head><title>The bridge stays open</title></head><body><div id="content">` +
		`<div class="story"><div id="cookie-warning"><a href="#" class="close">I accept</a><p>Example News and its partners use cookies and similar technology to collect and analyse information about the users of this website. We use this information to enhance the content, advertising and other services available on the site. Please click 'I accept' to consent. You can manage your preferences at any time by visiting our <a href="/cookies">Cookies Notice</a>.</p></div>` +
		`<h1>The bridge stays open</h1>` + storyParas("Bridge", 6) +
		`<p>Residents were also asked about the council's website, which uses cookies to remember their settings, and most said they did not mind.</p>` +
		`<div class="after-story"><div><h2>Since you’re here …</h2><p>... we have a small favour to ask. More people are reading our journalism than ever, but advertising revenues are falling fast. Unlike many news organisations, we have not put up a paywall, and we want to keep our reporting open to all.</p>` +
		`<p>If everyone who reads our reporting, who likes it, helps to support it, our future would be much more secure. For as little as £1, you can support us, and it only takes a minute. Thank you.</p><a href="/support">Support us</a></div></div>` +
		`</div></div></body></html>`
	r, err := Extract("https://example.com/bridge", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Bridge paragraph 0:") || !strings.Contains(r.Body, "Bridge paragraph 5:") || !strings.Contains(r.Body, "which uses cookies to remember") {
		t.Errorf("body lost the story: %q", r.Body)
	}
	for _, w := range []string{"its partners use cookies", "Since you", "small favour", "as little as"} {
		if strings.Contains(r.Body, w) {
			t.Errorf("body kept %q:\n%s", w, r.Body)
		}
	}
}
