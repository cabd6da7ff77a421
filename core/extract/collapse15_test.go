package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestStoryWrappedInOneLinkIsRead(t *testing.T) {
	// A video page sets the story's whole text inside one link to its text page, lines parted
	// by <br>. Scored as a link, the text is dropped and the lists of other videos read.
	var lists strings.Builder
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&lists, `<div class="programbox"><div class="programtitle"><a href="/v/%d">Other video number %d on the news today</a></div><p>A short line about the other video %d and what it shows.</p></div>`, i, i, i)
	}
	var story strings.Builder
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&story, "Line %d of the report says the weather turned dry and the doctors advise warm water, not hot. They explain why.<br><br>", i)
	}
	page := `<html><head><title>How to keep the skin soft in winter</title></head><body><div class="intrwrap"><div class="introduction"><dl>` +
		`<a href="/text/644768.html">` + story.String() + `</a></dl><div class="quanwen"><li><a href="/text/644768.html">Full text</a></li></div></div></div>` +
		`<div class="maincontanerwrap">` + lists.String() + `</div></body></html>`
	r, err := Extract("https://example.com/video/644768.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Line 0 of the report") || !strings.Contains(r.Body, "Line 5 of the report") || strings.Contains(r.Body, "Other video number") {
		t.Errorf("body = %q, want the story inside the link", r.Body)
	}
}

func TestTeaserCardLinksStayLinks(t *testing.T) {
	// Cards of other stories, each wholly a link around a heading and an excerpt, follow the
	// story: they are links, not the story.
	var cards strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&cards, `<a class="card" href="/s/%d"><h3>Other story %d</h3><p>An excerpt of the other story %d. It tells a little. Then it stops short of the end of it all.</p></a>`, i, i, i)
	}
	page := `<html><head><title>Council votes on the water plan</title></head><body><article><h1>Council votes on the water plan</h1>` +
		`<p>` + prose(4) + `</p><p>` + prose(3) + `</p></article><div class="more">` + cards.String() + `</div></body></html>`
	r, err := Extract("https://example.com/news/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 3 tells") || strings.Contains(r.Body, "Other story") || strings.Contains(r.Body, "An excerpt") {
		t.Errorf("body = %q, want the story without the cards", r.Body)
	}
}

func TestShortStoryPrintedTwiceIsKeptOnce(t *testing.T) {
	// A short story (under a fragment's size), then the page's furniture lines, then the print
	// layer's copy: the headline, the stamp and the same paragraphs again.
	answers := transcript(5)
	story := strings.Join(answers, "\n\n")
	body := story + "\n\nADVERTISEMENT\n\nShare\n\nYour comments\n\nRead also\n\nWater talk at the council\n\n2012-01-04 05:23\n\n" + story
	if got := dropSecondCopy(body); got != story+"\n\nADVERTISEMENT\n\nShare\n\nYour comments\n\nRead also\n\nWater talk at the council\n\n2012-01-04 05:23" {
		t.Errorf("second copy of a short story kept: %q", got)
	}
	// A short story whose later paragraphs differ is no copy, though it opens alike.
	other := answers[0] + "\n\nThe council then turned to the roads, the school roof and the bridge that the spring flood took away last year."
	if got := dropSecondCopy(story + "\n\n" + other); got != story+"\n\n"+other {
		t.Errorf("a different text after the repeat was cut: %q", got)
	}
}

func TestSidebarSavedByMainInItsNameGoes(t *testing.T) {
	// The page's sidebar is named "mainSidebar sidebar": the "main" in its first name keeps it
	// from readability's unlikely-candidate pass, and its blog teasers and stamps join the story
	// read from their common wrapper.
	var side strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&side, `<li><div class="details"><span class="date">%d minutes ago</span></div><div class="lead"><p>Blog note %d says the old bridge, the school and the road south, all of it, will wait for the spring, as the money is late again.</p></div></li>`, 10*i+2, i)
	}
	page := `<html><head><title>Council votes on the water plan</title></head><body><div id="content" class="pageMain main">` +
		`<div class="mainContent"><div class="box articleSingle"><h1>Council votes on the water plan</h1><div class="lead"><p>` + prose(2) + `</p></div>` +
		`<div class="articleBody"><p>` + prose(3) + `</p><p>` + prose(2) + `</p></div></div></div>` +
		`<div class="mainSidebar sidebar"><div class="box"><ul>` + side.String() + `</ul></div></div></div></body></html>`
	r, err := Extract("https://example.com/news/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 2 tells") || strings.Contains(r.Body, "Blog note") || strings.Contains(r.Body, "minutes ago") {
		t.Errorf("body = %q, want the story without the sidebar", r.Body)
	}
}
