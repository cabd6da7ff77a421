package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestTwiceBoxedLinkedParagraph checks a story whose page wraps every paragraph twice (a block
// component around a rich-text container around the <p>): a one-sentence paragraph that links
// a third of its words stays in the body, as it does when the paragraph is boxed once.
func TestTwiceBoxedLinkedParagraph(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 9; i++ {
		fmt.Fprintf(&b, `<div data-component="text-block" class="wrap-x1"><div class="rich-y2"><p class="para-z3">Paragraph %d of the harbour story: the council said the new quay would open in spring, after two winters of delays and a long dispute over its cost.</p></div></div>`, i)
		if i == 4 {
			b.WriteString(`<div data-component="text-block" class="wrap-x1"><div class="rich-y2"><p class="para-z3">Shipping in the bay produces <a href="https://example.org/report.pdf" class="link-q1">nearly a fifth of the county's dust</a>, which doctors blame for asthma in children.</p></div></div>`)
		}
	}
	page := `<html><head><title>Quay to open in spring</title></head><body><div class="top"><a href="/">Home</a> <a href="/news">News</a></div><article><h1>Quay to open in spring</h1>` + b.String() + `</article><div class="foot"><a href="/about">About us</a></div></body></html>`
	r, err := Extract("https://example.com/news/quay", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Shipping in the bay produces nearly a fifth") {
		t.Errorf("body lost the linked paragraph:\n%s", r.Body)
	}
	if !strings.Contains(r.Body, "Paragraph 8 of the harbour story") {
		t.Errorf("body lost the story:\n%s", r.Body)
	}
}

// TestPhotoCreditLines checks the lines that are only a picture's credit, left in the story's
// text where the picture went: they go, and a story sentence about a photo stays.
func TestPhotoCreditLines(t *testing.T) {
	body := strings.Join([]string{
		"The council approved the harbour budget on Monday after a long debate about dredging.",
		"Photo: Jane Roe/Harbour Weekly",
		"Image source, Getty Images",
		"The old quay at dawn, seen from the ferry — Foto: Ana Lima/TV Porto",
		"Photo: the mayor's office released a picture of the quay, which she said showed the damage. Critics disagreed.",
		"Work starts in spring. The mayor's photo: a smiling crew on the quay.",
		"foto: reuters/jim bourg",
		"Photo courtesy of the Harbour Trust.",
	}, "\n\n")
	got := dropPictureCreditLines(body)
	for _, gone := range []string{"Jane Roe", "Getty Images", "Ana Lima", "jim bourg", "Harbour Trust"} {
		if strings.Contains(got, gone) {
			t.Errorf("credit %q still in the body:\n%s", gone, got)
		}
	}
	for _, kept := range []string{"approved the harbour budget", "released a picture", "smiling crew"} {
		if !strings.Contains(got, kept) {
			t.Errorf("story line %q lost:\n%s", kept, got)
		}
	}
}

// TestClosingLists checks the labels a page prints under the story over a list of other
// stories or over its comment section, read as lines of the body: the body ends above them, and
// a label with a story's paragraphs below it, or with no story above it, stays.
func TestClosingLists(t *testing.T) {
	story := strings.Repeat("The harbour council met on Monday and voted to rebuild the old quay before the winter storms arrive. ", 3)
	long := strings.Repeat("A resident who had fished from the quay for forty years said the vote came far too late for the boats. ", 3)
	cases := []struct {
		body, cut string
	}{
		{story + "\n\n" + story + "\n\nOther related articles:\n\nHarbour Weekly - Quay vote delayed again, Storm damage in the bay\n\nCity News - Mayor defends budget", "Other related articles"},
		{story + "\n\nBerita Terkait", "Berita Terkait"},
		{story + "\n\n" + story + "\n\nDiscussion\n\nComments currently: 2\n\n1. Great news for the town. [Posted by: ann]\n\n2. Too late. [Posted by: bob]", "Discussion"},
		{story + "\n\n" + story + "\n\n討論區\n\n討論規範\n\n留言限140字以內。", "討論區"},
		{story + "\n\nComments are closed on this article.\n\nRead these News stories", "Comments are closed"},
	}
	for _, c := range cases {
		got := cutClosingLists(c.body)
		if strings.Contains(got, c.cut) || !strings.Contains(got, "harbour council") {
			t.Errorf("label %q not cut:\n%s", c.cut, got)
		}
	}
	for _, keep := range []string{
		story + "\n\nDiscussion\n\n" + long + "\n\nThe council will vote again in May.",
		"Comments\n\nThe council met.\n\n" + story,
	} {
		if got := cutClosingLists(keep); got != keep {
			t.Errorf("body cut:\n%s\n->\n%s", keep, got)
		}
	}
}

// TestBylineBioCard checks the writer's card a byline opens (a dropdown or hover card with the
// writer's biography and profile links) set above the story: the biography is no line of it.
func TestBylineBioCard(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 4; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d: the tablet maker updated its larger model on Tuesday with a faster chip and a new port, at the same price as before.</p>", i)
	}
	page := `<html><head><title>New tablet unveiled</title></head><body><div class="post-detail"><h1>New tablet unveiled</h1>
<div class="meta"><span class="name">Jean Dupont</span><div class="post-time">posted 30 mins ago</div></div>
<div class="author-dropdown"><div class="links"><a href="/author/jean">View Staff Page</a> <a href="https://social.example/jean">Follow me</a></div>
<div class="description"><p>Originally from Lyon, Jean Dupont studied at a business school specialised in entrepreneurship. He likes the music industry as much as the tech industry and now lives in New York. <a href="/author/jean">Learn More</a></p></div></div>
<div class="body-copy">` + b.String() + `</div></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	boxes := boxLines(doc)
	bio := false
	for l := range boxes {
		bio = bio || strings.HasPrefix(l, "Originally from Lyon")
	}
	if !bio {
		t.Errorf("the writer's card is no author box: %v", boxes)
	}
	r, err := Extract("https://example.com/2012/10/tablet", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Originally from Lyon") {
		t.Errorf("body has the writer's card:\n%s", r.Body)
	}
	if !strings.Contains(r.Body, "Paragraph 3") {
		t.Errorf("body lost the story:\n%s", r.Body)
	}
}

// TestHeaderAboveHeadline checks a reading that opens with the page's header, a widget's label
// and the date line above the headline: the body starts under the headline. A paragraph of the
// story above a line like the headline keeps the body whole.
func TestHeaderAboveHeadline(t *testing.T) {
	title := "Harbour quay to reopen in spring"
	story := strings.Repeat("The harbour council voted on Monday to rebuild the old quay before the winter storms arrive. ", 5)
	body := "live Satellite ASTRA-4A 11766 MHz. Polarisation H. Symbol rate 27500\n\n2 October, 2014, 16:31\n\n" + title + "\n\n" + story
	if got := dropHeaderAboveHeadline(body, title); got != story {
		t.Errorf("header kept:\n%s", got)
	}
	for _, keep := range []string{
		story + "\n\n" + title + "\n\n" + story,
		"The council voted on Monday.\n\n" + title + "\n\n" + story,                // a sentence above: the story has begun
		"Harbour quay to reopen\n\nin spring\n\n" + story,                          // the headline in two lines, not whole
		"Harbour news\n\nHarbour quay to reopen in spring, says mayor\n\n" + story, // a subheading like the headline
		"8 8 6. D\n\nHarbour quay to reopen in spring,\n\n" + story,                // a poem's first line, run on
	} {
		if got := dropHeaderAboveHeadline(keep, title); got != keep {
			t.Errorf("story cut:\n%s", got)
		}
	}
	r, err := Extract("https://example.com/news/quay", []byte(`<html><head><title>`+title+`</title></head><body><div class="page">
<div class="live"><a href="/live">live</a> Satellite ASTRA-4A 11766 MHz. Polarisation H. Symbol rate 27500</div>
<div class="date">2 October, 2014, 16:31</div><h1>`+title+`</h1>
<p>`+story+`</p><p>`+story+`</p></div></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "ASTRA") {
		t.Errorf("body opens with the header:\n%s", r.Body)
	}
}
