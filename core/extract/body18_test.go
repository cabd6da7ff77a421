package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestScriptDataBlockLeavesTheStory(t *testing.T) {
	// A CMS leaves the page's analytics data for its scripts as a JSON object in a hidden
	// <div> under the story: no reader sees it, and it is none of the story.
	data := `<div class="pageinfo data hidden">
	{
		"js_modules": [],
		"assetid": "1234567",
		"section": "news/national",
		"byline": "",
		"contenttype": "story pages",
		"keywords": "health,medicine,regulators",
		"basePageType": "story"
	}
	</div>`
	page := `<html><head><title>Regulators approve a new drug</title></head><body><div class="story">` +
		`<h1>Regulators approve a new drug</h1>` +
		`<p>Regulators on Wednesday approved a new injectable drug that uses radiation to treat an advanced form of cancer.</p>` +
		`<p>The drug is given once a month for six months, and was reviewed under a program meant to speed promising treatments.</p>` +
		`<p>In a trial of 800 patients, those who received it lived about three months longer than those who did not.</p>` +
		data + `</div><div class="footer">About us</div></body></html>`
	r, err := Extract("https://example.com/news/drug-approved", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Regulators on Wednesday") || !strings.Contains(r.Body, "three months longer") {
		t.Errorf("body = %q, want the story", r.Body)
	}
	for _, furn := range []string{"js_modules", "assetid", "basePageType"} {
		if strings.Contains(r.Body, furn) {
			t.Errorf("body keeps the script data's %q: %q", furn, r.Body)
		}
	}
}

func TestJSONInAStoryCodeSampleStays(t *testing.T) {
	// A technical post quotes a JSON response in a code sample: that is the post's text.
	page := `<html><head><title>Reading the API</title></head><body><article><h1>Reading the API</h1>` +
		`<p>When we asked the service for the book's sample, it answered with the storage key of the file and the provider that owned it.</p>` +
		`<pre><code>{"epubKey":"2020_8_11/10f7f9ad-2a8a-44aa-9eec-8e48468de1d8_sample.epub","providerId":"Provider2096637541"}</code></pre>` +
		`<p>The key was enough to fetch any book from the bucket, which is how we found that the files were not protected at all.</p>` +
		`<p>We reported the problem the same day, and the company changed the bucket's permissions within the week.</p></article></body></html>`
	r, err := Extract("https://example.com/blog/reading-the-api", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, `"epubKey"`) {
		t.Errorf("body lost the post's code sample: %q", r.Body)
	}
}

func TestSheetHiddenOverlayAfterTheStoryGoes(t *testing.T) {
	// A device-limit notice the page's own sheet fixes to the window and hides until a script
	// opens it, set in the same section as the story, after it: readability reads it as the
	// story's last paragraphs. No reader sees it under the story.
	var paras strings.Builder
	for _, p := range []string{
		"The general assembly of the radio group's staff met on Monday morning to decide whether the strike would go on.",
		"For twenty-six days the stations have been disrupted by the dispute, the worst the group has known in its history.",
		"On Sunday the mediator left the building late in the evening after handing his text to the management and unions.",
		"The unions said they were surprised and on the whole disappointed by the three-page document the mediator gave them.",
		"They oppose several measures of the chairman's plan, which foresees a net cut of between 250 and 330 full-time posts.",
	} {
		paras.WriteString("<p>" + p + "</p>")
	}
	overlay := `<section id="js-capping" class="capping"><section class="capping__wrapper"><p class="capping__title">You can read the paper on one device at a time</p>` +
		`<button>Continue reading here</button><p>This message will show on the other device.</p>` +
		`<p>Why are you seeing this message? Because another person (or you) is reading the paper with this account on another device.</p>` +
		`<p>How do I stop seeing this message? By making sure you are the only person reading the paper with this account.</p></section></section>`
	page := `<html><head><title>Radio strike nears its end</title><style>.capping{width:100%;position:fixed;z-index:5;display:none}</style></head>` +
		`<body><main><section class="zone"><h1>Radio strike nears its end</h1><article>` + paras.String() + `</article></section>` + overlay +
		`</main></body></html>`
	r, err := Extract("https://example.com/media/radio-strike", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "general assembly") || !strings.Contains(r.Body, "full-time posts") {
		t.Errorf("body = %q, want the story", r.Body)
	}
	for _, furn := range []string{"one device at a time", "other device", "this account"} {
		if strings.Contains(r.Body, furn) {
			t.Errorf("body keeps the hidden overlay's %q: %q", furn, r.Body)
		}
	}
}

func TestAboutAuthorBoxWithItsLinksGoes(t *testing.T) {
	// The writer's box under a story, headed "About Author" (a theme's wording without the
	// article) or "About the Author" and followed, after the bio, by the box's short links (a
	// social prompt, the blog's previous-post link): none of it is the story.
	story := `<p>Officials said on Tuesday that the new screening program would begin at six clinics across the county next month.</p>` +
		`<p>The program offers a low-dose scan to adults over fifty who smoked for twenty years or more, at no cost to them.</p>` +
		`<p>Doctors say the scans find tumors early, when surgery is most likely to work, and that few patients know they qualify.</p>`
	for _, box := range []string{
		`<h3>About Author</h3><p>Based in Las Vegas, Nevada, Gary keeps everyone informed on the health scene and has two years of experience reporting.</p>`,
		`<h3>About the Author</h3><p>Pearl Higgins is a communications specialist at the agency. She likes tea, toast, and books about how things go wrong.</p>` +
			`<p>Get social with Pearl at Twitter</p><p>Previous post: Conference coverage, day three</p>`,
	} {
		page := `<html><head><title>County opens screening program</title></head><body><article><h1>County opens screening program</h1>` +
			story + box + `</article></body></html>`
		r, err := Extract("https://example.com/health/screening", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "six clinics") || !strings.Contains(r.Body, "few patients know") {
			t.Errorf("body = %q, want the story", r.Body)
		}
		for _, furn := range []string{"About", "Las Vegas", "Pearl", "Previous post"} {
			if strings.Contains(r.Body, furn) {
				t.Errorf("body keeps the author box's %q: %q", furn, r.Body)
			}
		}
	}
}

func TestAboutTheAuthorOverLongTextStays(t *testing.T) {
	// A heading "About the author" with several long paragraphs after it is a section of the
	// piece (a book's author presented at length), not a box to drop.
	var b strings.Builder
	b.WriteString(`<p>The book follows three families over a century of change in a small mill town on the river, and it is a remarkable read.</p>`)
	b.WriteString(`<h3>About the author</h3>`)
	for i := range 4 {
		b.WriteString(`<p>The author grew up in the town the book describes and worked in its mill for a decade before turning to writing; part ` +
			string(rune('a'+i)) + ` of her story is how the closing of the mill shaped every page she has written since then.</p>`)
	}
	page := `<html><head><title>A mill town's century</title></head><body><article><h1>A mill town's century</h1>` + b.String() + `</article></body></html>`
	r, err := Extract("https://example.com/books/mill-town", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "part d of her story") {
		t.Errorf("body lost the section after the heading: %q", r.Body)
	}
}

func TestUnrenderedTemplateLinesGo(t *testing.T) {
	// A page rendered in the reader's browser ships its template's lines around the story with
	// the placeholders unfilled: "This story appears in the {{magazine.date}} issue of …", a
	// pager "Page {{page + 1}} / {{pages.length}}". They are no text of the story. A template a
	// programming post shows in a code sample stays.
	page := `<html><head><title>The studio's big gamble</title></head><body><article><h1>The studio's big gamble</h1>` +
		`<div class="magazine" ng-if="article.magazine">This story appears in the {{article.magazine.pretty_date}} issue of {{article.magazine.pubName}}. <a ng-href="{{article.magazine.link}}">Subscribe</a></div>` +
		`<p>The studio is betting that audiences will come back for one more monster movie, even after the last two disappointed at the box office.</p>` +
		`<p>Its new film opens in 4,000 theaters on Friday and needs a strong first weekend to justify a budget of nearly two hundred million dollars.</p>` +
		`<p>Analysts expect it to open at about fifty million dollars, with much of the rest of its money coming from overseas audiences.</p>` +
		`<pre><code>&lt;h3&gt;{{ user.name }}&lt;/h3&gt;</code></pre>` +
		`<div class="pagination" ng-if="article.pages.length > 1">Page <strong>{{article.page + 1}}</strong> / <strong>{{article.pages.length}}</strong> <a>Continue</a></div>` +
		`</article></body></html>`
	r, err := Extract("https://example.com/business/studio-gamble", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "one more monster movie") || !strings.Contains(r.Body, "overseas audiences") {
		t.Errorf("body = %q, want the story", r.Body)
	}
	if !strings.Contains(r.Body, "{{ user.name }}") {
		t.Errorf("body lost the code sample: %q", r.Body)
	}
	for _, furn := range []string{"story appears", "pretty_date", "pages.length", "Page"} {
		if strings.Contains(r.Body, furn) {
			t.Errorf("body keeps the template's %q: %q", furn, r.Body)
		}
	}
}

func TestOpeningColumnWithInlineLinksStays(t *testing.T) {
	// A story set in several column blocks; the first holds the opening, a pointer to the
	// live coverage and sentences that link a few of their words. Its links are a fifth of its
	// text and it has few commas, which readability takes for a box of links; they stand inside
	// sentences, and the block is the story's opening.
	first := `<div class="StoryBodyCompanionColumn"><div>` +
		`<p><em>The company closes its purchase and fires several top executives. </em><a href="/live/updates">Follow for the latest news updates</a><em>.</em></p>` +
		`<p>In August 2018 the founder called <a href="/topic/person/dell">Michael Dell</a> for advice.</p>` +
		`<p>The founder, who was <a href="/2018/08/07/business/taking-tesla-private.html">trying to take his car company private</a> at the time, quizzed the man who had done that with <a href="/2013/dell.html">his own company in 2013</a> about it.</p>` +
		`<p>“I was really asking him about whether being private was good,” the founder recalled in a <a href="/doc.pdf">deposition</a> about the effort.</p>` +
		`<p>The other man warned him that it was a very difficult process but that he was glad to have done it.</p>` +
		`</div></div>`
	var rest strings.Builder
	rest.WriteString(`<div class="StoryBodyCompanionColumn"><div>`)
	for i := range 6 {
		fmt.Fprintf(&rest, `<p>Taking the company private gives the new owner some advantages, paragraph %d says. Unlike publicly traded companies, privately held firms do not have to make quarterly public disclosures about their performance, and they are subject to less regulatory scrutiny.</p>`, i)
	}
	rest.WriteString(`</div></div>`)
	page := `<html><head><title>What it means to take the company private</title></head><body><article><h1>What it means to take the company private</h1>` +
		`<section name="articleBody">` + first + rest.String() + `</section></article></body></html>`
	r, err := Extract("https://example.com/2022/10/28/technology/private.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"In August 2018", "quizzed the man", "glad to have done it", "paragraph 5 says"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks %q: %q", want, r.Body)
		}
	}
}

func TestScriptStateInJSONScriptStays(t *testing.T) {
	// A script-built page whose inline state is a <script type="application/json"> holding
	// nothing but a JSON object: it is the page's data for later steps (the story read from
	// it), not a text of the page the JSON-record rule drops.
	story := ""
	for range 6 {
		story += `\u003cp\u003e` + prose(2) + `\u003c/p\u003e`
	}
	page := `<html><head><title>Vote</title><meta property="og:description" content="Sentence 0 tells how the valley council met the farmers and heard their case">` +
		`<script type="application/json" id="state">{"data":{"detail":{"title":"Vote","contentHtml":"` + story + `"}}}</script>` +
		`</head><body><div id="root"></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 1 tells") {
		t.Errorf("body = %q, want the story from the script state", r.Body)
	}
}
