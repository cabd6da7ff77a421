package extract

import (
	"strings"
	"testing"
)

// A blog's short post: a photo, its headline and one sentence, beside a sidebar of the blog's
// profile, tag cloud and archive. Readability reads under a story's size, and the page's whole
// text would bring the sidebar along.
const shortPostPage = `<html><head><title>Paper Lanterns Over the Harbour</title></head><body>
<div id="wrap"><div id="main">
<div class="entry"><div class="stamp"><a href="/p/1">11 Jul 2012</a></div>
<h2><a href="/p/1">Paper Lanterns Over the Harbour</a></h2>
<div class="text"><p><img src="/l.jpg"></p><p>Lanterns float above the water every summer night.</p></div>
</div></div>
<div id="side">
<div class="box"><h3>Marta Quill</h3><p>I write. I draw. I travel. Here I collect the small bright things I find on the way.</p></div>
<div class="box"><h3>Tags</h3><ul><li><a href="/t/1">lanterns (14)</a></li><li><a href="/t/2">harbours (9)</a></li><li><a href="/t/3">night walks (7)</a></li></ul></div>
<div class="box"><h3>Archive</h3><ul><li><a href="/a/1">July (12)</a></li><li><a href="/a/2">June (4)</a></li><li><a href="/a/3">May (9)</a></li><li><a href="/a/4">April (3)</a></li></ul></div>
</div></div></body></html>`

func TestShortPostUnderHeadline(t *testing.T) {
	res, err := Extract("https://blog.example.com/p/1", []byte(shortPostPage))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Body, "Lanterns float above the water") {
		t.Errorf("the post is missing: %q", res.Body)
	}
	for _, chrome := range []string{"I write. I draw.", "Archive", "harbours (9)"} {
		if strings.Contains(res.Body, chrome) {
			t.Errorf("sidebar %q taken with the post: %q", chrome, res.Body)
		}
	}
}

// A blog's short post in the container the page names ("post-body entry-content") under its
// headline, beside an About box whose prose outweighs it: readability reads the box.
const aboutBoxPage = `<html><head><title>Night Market Lanterns</title></head><body>
<div class="outer"><div class="col-main">
<div class="date-header">Monday, November 5, 2012</div>
<div class="post"><h3 class="post-title">Night Market Lanterns</h3>
<div class="post-body entry-content"><p>The night market opened its lantern alley this week, with paper lanterns from twelve
workshops hanging over the stalls. Go early: by nine the alley is full.</p></div>
<div class="post-footer">Posted by Ana at 6:35 PM</div></div>
</div>
<div class="col-side"><div class="widget"><h2>About me</h2><div class="widget-content">
<p>I am a writer and photographer living by the old harbour, and I have kept this journal since the spring of 2006,
when I first moved here with a camera, two suitcases and no plan at all for what would come next.</p>
<p>Over the years the journal has grown into a record of markets, festivals, workshops and the people who run them,
from the lantern makers of the east quarter to the fishermen who still mend their nets by hand every winter.</p>
<p>Everything here is written and photographed by me unless stated otherwise, and you are welcome to share it with a
link back; if you would like me to visit your workshop or festival, write to me through the contact page.</p>
</div></div></div></div></body></html>`

func TestNamedPostUnderHeadlineOverAboutBox(t *testing.T) {
	res, err := Extract("https://journal.example.com/2012/11/lanterns.html", []byte(aboutBoxPage))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Body, "lantern alley this week") {
		t.Errorf("the post is missing: %q", res.Body)
	}
	if strings.Contains(res.Body, "writer and photographer") {
		t.Errorf("the About box was taken: %q", res.Body)
	}
}

// A short post whose headline does not restate the page's title, in the container the page
// names ("entry-content"): that container is the post, not the page's whole text.
const namedShortPostPage = `<html><head><title>AT THE HARBOUR – QUILL JOURNAL</title></head><body>
<div id="page"><div class="post"><h2 class="entry-title">Lanterns</h2>
<div class="entry-content"><p><img src="/l.jpg"></p><p>Paper lanterns float above the harbour every summer night, lit one by one.</p></div>
<div class="meta">12 Comments</div></div>
<div id="side"><h3>Archives</h3><ul><li><a href="/a/1">November 2012</a></li><li><a href="/a/2">October 2012</a></li>
<li><a href="/a/3">September 2012</a></li><li><a href="/a/4">August 2012</a></li><li><a href="/a/5">July 2012</a></li></ul>
<h3>Elsewhere</h3><p>Harbour walks, lantern workshops and the people who make them.</p></div>
</div></body></html>`

func TestNamedShortPost(t *testing.T) {
	res, err := Extract("https://quill.example.com/lanterns", []byte(namedShortPostPage))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Body, "Paper lanterns float above the harbour") {
		t.Errorf("the post is missing: %q", res.Body)
	}
	for _, chrome := range []string{"Archives", "October 2012", "lantern workshops"} {
		if strings.Contains(res.Body, chrome) {
			t.Errorf("sidebar %q taken with the post: %q", chrome, res.Body)
		}
	}
}

// A story whose header, under the headline, holds a tool strip named like a container
// ("article-text-tools") and a standfirst: the strip is no post, and readability's story stays.
func TestHeadlineToolStripIsNoPost(t *testing.T) {
	var story strings.Builder
	for i := range 12 {
		story.WriteString("<p>The harbour council met on Tuesday evening to discuss the lantern festival, paragraph ")
		story.WriteString(strings.Repeat("and its many details ", i%3+1))
		story.WriteString("that residents raised at the meeting.</p>\n")
	}
	page := `<html><head><title>Council backs lantern festival</title>
<meta name="description" content="The harbour council met on Tuesday evening to discuss the lantern festival."></head><body>
<div class="header"><h1>Council backs lantern festival</h1><p class="dek">Residents asked for more evenings and fewer cars near the water</p>
<div class="article-text-tools"><a href="#">Decrease text size</a> <a href="#">Increase text size</a></div></div>
<div class="main">` + story.String() + `</div></body></html>`
	res, err := Extract("https://news.example.com/lanterns", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Body, "harbour council met on Tuesday") || strings.Contains(res.Body, "Decrease text size") {
		t.Errorf("the story gave way to the header's tool strip: %q", res.Body)
	}
}

// TestKeyPointsStoryBelowNamedHeader checks a story whose header, named like a container
// ("article-detail"), holds the headline, byline and lead, while the story's body, named too,
// sits in a block of its own and opens with a list of key points: readability reads that body
// whole, and the header's lead is no short post that outweighs it.
func TestKeyPointsStoryBelowNamedHeader(t *testing.T) {
	lead := "Strawberry season opens soon. Few people know that the fruit can react badly with some common medicines, and doctors explain which ones."
	page := `<html><head><title>Do not eat strawberries with these medicines</title><meta name="description" content="` + lead + `"></head><body>` +
		`<section class="top"><div class="article-detail"><header><h1>Do not eat strawberries with these medicines</h1>` +
		`<div class="author"><a href="/a/jo">Jo Smith</a></div><time>6 May 2024, 09:43</time></header>` +
		`<div class="lead">` + lead + `</div></div></section>` +
		`<section class="bottom"><div class="text-col"><div class="detail" itemprop="articleBody">` +
		`<ul><li>The season starts in June</li><li>Some fruit compounds thin the blood</li><li>Ask a doctor before mixing them</li></ul>` +
		`<p>Fruit from abroad is already in the markets, and the local harvest will reach the stalls at the beginning of June, rich in vitamin C, manganese and potassium.</p>` +
		`<p>A pharmacologist from a university in Yerevan explains that the berries hold many polyphenols, among them anthocyanins, flavonols and phenolic acids.</p>` +
		`<p>These compounds may strengthen the side effects of anticoagulants such as heparin, warfarin and clopidogrel, and of anti-inflammatory pills like ibuprofen.</p>` +
		`<p>Eating a large bowl every day can therefore lead to bruising or bleeding in some patients, so anyone on such a treatment should keep the portions small.</p>` +
		`</div></div></section></body></html>`
	res, err := Extract("https://news.example.com/strawberries", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Strawberry season opens soon", "The season starts in June", "large bowl every day"} {
		if !strings.Contains(res.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, res.Body)
		}
	}
}
