package extract

import (
	"fmt"
	"strings"
	"testing"
)

// likeBlocksPage builds a story printed as sibling blocks a layout names only by style: each
// block a wrapper with a data attribute around a utility-class <div> of paragraphs, between an
// ad slot and a figure. The middle block is the longest; the first and the last hold one or two
// paragraphs. after is appended after the story's blocks, inside the same parent.
func likeBlocksPage(after string) string {
	para := func(topic string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "<p>%s paragraph %d: the council met again on Monday, and the members argued for hours about the bridge, the ferry and the cost of both.</p>", topic, i)
		}
		return b.String()
	}
	block := func(inner string) string {
		return `<div data-area="body_element"><div class="lg:w-8/12 md:mx-auto lg:px-24 md:px-36 sm:px-16 break-words">` + inner + `</div></div>`
	}
	return `<html><head><title>The city builds a new bridge</title></head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/sport">Sport</a></nav>
<main><article><header><h2><span>Traffic</span> <span>The city builds a new bridge</span></h2></header>
<section class="relative">` +
		block(para("Opening", 2)) +
		`<div class="ad-slot"><span>Advertisement</span></div><figure class="mb-24"><img src="/b.jpg" alt="Diggers"></figure>` +
		block(para("Middle", 12)) +
		`<div class="ad-slot"><span>Advertisement</span></div>` +
		block(para("Closing", 1)) + after +
		`</section></article></main><footer><a href="/imprint">Imprint</a></footer></body></html>`
}

// TestStoryInLikeStyledBlocks checks a story printed as sibling blocks named only by their
// style (likeBlock): readability keeps the longest block, and the blocks before and after it,
// built alike and holding prose, are the rest of the story.
func TestStoryInLikeStyledBlocks(t *testing.T) {
	r, err := Extract("https://news.example.com/2024/05/bridge", []byte(likeBlocksPage("")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Opening paragraph 0:", "Opening paragraph 1:", "Middle paragraph 11:", "Closing paragraph 0:"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks %q:\n%.400s", want, r.Body)
		}
	}
}

// TestLikeStyledTeasersStayOut checks that blocks built like the story's but led by linked
// headlines (a list of other stories in the same frame) are not joined to it.
func TestLikeStyledTeasersStayOut(t *testing.T) {
	teaser := func(i int) string {
		return fmt.Sprintf(`<div data-area="body_element"><div class="lg:w-8/12 md:mx-auto lg:px-24 md:px-36 sm:px-16 break-words"><h3><a href="/other-%d">Other story %d</a></h3><p>Teaser %d says what another story is about, at some length, so that it reads as a paragraph of prose to a scorer.</p></div></div>`, i, i, i)
	}
	r, err := Extract("https://news.example.com/2024/05/bridge", []byte(likeBlocksPage(teaser(1)+teaser(2))))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Teaser 1 says") || strings.Contains(r.Body, "Teaser 2 says") {
		t.Errorf("body holds the teasers:\n%s", r.Body)
	}
	if !strings.Contains(r.Body, "Middle paragraph 11:") {
		t.Errorf("body lacks the story:\n%.400s", r.Body)
	}
}

// tweetEmbed is the markup a social network's embed code prints for one post.
const tweetEmbed = `<blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Is the old bridge finally coming down? Asking for every commuter in town <a href="https://t.co/abc">https://t.co/abc</a></p>&mdash; Jane Commuter (@janecommutes) <a href="https://twitter.com/janecommutes/status/1">March 25, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`

// TestEmbeddedPostLeavesStory checks that a post embedded from a social network, its text, handle
// and date line, is no paragraph of the story around it; a post that is only the embed and a
// line keeps it.
func TestEmbeddedPostLeavesStory(t *testing.T) {
	var b strings.Builder
	for i := range 9 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the story: the council met again on Monday, and the members argued for hours about the bridge, the ferry and the cost of both.</p>", i)
		if i == 2 {
			b.WriteString(tweetEmbed)
		}
	}
	page := `<html><head><title>The city builds a new bridge</title></head><body><article><h1>The city builds a new bridge</h1>` + b.String() + `</article></body></html>`
	r, err := Extract("https://news.example.com/2024/05/bridge", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Asking for every commuter") || strings.Contains(r.Body, "@janecommutes") {
		t.Errorf("body holds the embedded post:\n%s", r.Body)
	}
	if !strings.Contains(r.Body, "Paragraph 8 of the story") {
		t.Errorf("body lacks the story:\n%.300s", r.Body)
	}
	short := `<html><head><title>Look at this</title></head><body><article><h1>Look at this</h1><p>Seen this morning:</p>` + tweetEmbed + `</article></body></html>`
	r, err = Extract("https://blog.example.com/2024/05/look", []byte(short))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Asking for every commuter") {
		t.Errorf("a post that is the embed lost it:\n%s", r.Body)
	}
}

// TestEmbeddedPostsRoundupKept checks a story told through the posts it embeds (a few lines
// between a dozen travellers' posts): the posts are most of its text, and stay.
func TestEmbeddedPostsRoundupKept(t *testing.T) {
	var b strings.Builder
	b.WriteString("<p>A power cut at the airport held up holiday travel on Monday afternoon, and travellers posted what they saw while they waited in the halls.</p>")
	for i := range 8 {
		fmt.Fprintf(&b, `<blockquote class="twitter-tweet"><p>Stuck at the gate number %d for two hours now, no lights, no trains, nobody knows anything at all</p>&mdash; Traveller %d (@traveller%d) <a href="https://twitter.com/t/status/%d">December 22, 2024</a></blockquote>`, i, i, i, i)
	}
	b.WriteString("<p>The airport said power was back by the evening, and the trains to the terminal ran again.</p>")
	page := `<html><head><title>Power cut at the airport</title></head><body><article><h1>Power cut at the airport</h1>` + b.String() + `</article></body></html>`
	r, err := Extract("https://news.example.com/2024/12/power-cut", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Stuck at the gate number 7") {
		t.Errorf("the roundup lost its posts:\n%.600s", r.Body)
	}
}
