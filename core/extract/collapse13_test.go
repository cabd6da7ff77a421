package extract

import (
	"fmt"
	"strings"
	"testing"
)

func TestTeaserCardsClosedByReadOnLink(t *testing.T) {
	// A short story, then the site's cards of other stories: each a linked headline, a
	// one-sentence excerpt with no time stamp, and a "read on" link to the same story.
	var cards strings.Builder
	for i, head := range []string{"Before the journey", "On the road", "Revenge of the pharaoh", "Sun and burns"} {
		fmt.Fprintf(&cards, `<div class="latest"><a href="/advice/%d"><strong>%s</strong></a><br><div>Travellers face many hazards on every trip, from bad water to long hours in the sun, and a few simple rules that cost little keep them well on the way in item %c.</div>`+
			`<a href="/advice/%d" class="readon">Czytaj dalej <span>&gt;</span></a></div>`, i, head, 'a'+rune(i), i)
	}
	page := `<html><head><title>Valley Vote</title></head><body><div id="page"><div id="main"><h1>Valley Vote</h1>` +
		`<p>` + prose(3) + `</p><p>` + prose(2) + `</p><p>Source: the council, the farmers.</p>` +
		`<div class="tips"><h3>Advice for travellers</h3>` + cards.String() + `</div></div></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 1 tells") || strings.Contains(r.Body, "simple rules") {
		t.Errorf("body = %q, want the story without the cards", r.Body)
	}
}

func TestHeadlinePostTheDescriptionTellsOverTeaserList(t *testing.T) {
	// The story is one block of <br>-parted lines under its headline, in an unnamed element;
	// readability scores it as one paragraph and reads two teasers of other stories instead.
	// The description is the story's lead: the post under the headline says it, the teasers do not.
	story := strings.Repeat(prose(2)+`<br><br>`, 5)
	page := `<html><head><title>Valley Vote</title>` +
		`<meta name="description" content="How the valley council met the farmers?"></head><body>` +
		`<div id="k12"><div id="k1"><div id="k0"><h1>Valley Vote</h1><h6 class="date">2011-12-28, updated 2011-12-28 19:40</h6></div>` +
		`<div id="art"><h4>How the valley council met the farmers?</h4><div id="art2"><div id="txt">` + story + `</div></div></div></div>` +
		`<div id="k2"><div class="box"><h3>Premium news</h3><p>` + otherProse(2) + `</p><h3>Clinic hours</h3><p>` + otherProse(2) + `</p></div></div></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 1 tells") || strings.Contains(r.Body, "Premium 1 climbs") {
		t.Errorf("body = %q, want the post under the headline", r.Body)
	}
}

func TestShortPostTheDescriptionSaysWhole(t *testing.T) {
	// A blog post of a picture and one line, in the element the page names as the post; the
	// description is that line whole. Readability reads the post's column with the blog's small
	// print under it, which outweighs the line.
	line := "Happy Friday! We love this inspiration board from the valley studio and are excited to celebrate with a chic couple this weekend."
	page := `<html><head><title>Inspiration Board</title><meta name="description" content="` + line + `"></head><body>` +
		`<div id="wrap"><div class="post"><h2>Inspiration Board</h2><div class="entry-body"><img src="/a.jpg"><br>` + line + `</div>` +
		`<p>If you see an image we have not linked or given credit to, please let us know, so we can give proper credit. If we have used an image that belongs to you, ` +
		`and you would like it removed, please contact us, and we will take it down right away, with our apologies, as we respect the work of every artist.</p></div></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "inspiration board") || strings.Contains(r.Body, "proper credit") {
		t.Errorf("body = %q, want the post's line alone", r.Body)
	}
}

func TestNamedLeadTheDescriptionRepeatsIsNoShortPost(t *testing.T) {
	// A news page names its lead apart from the rest of the story; the description repeats the
	// lead. The lead is no post of its own: the story stays whole.
	lead := "Police, city guards and taxi drivers of the valley are searching for a boy who left home yesterday afternoon and has not come back."
	page := `<html><head><title>Search for a Boy</title><meta name="description" content="` + lead + `"></head><body>` +
		`<div id="wrap"><div class="box"><h1>Search for a Boy</h1><div class="lead textContent"><p><strong>` + lead + `</strong></p></div>` +
		`<div class="text textContent"><p>His mother asked the police for help in the evening, and officers have walked the parks, the river banks and the station since then.</p>` +
		`<p>Anyone who has seen the boy, who wore a red jacket, is asked to call the nearest station, the police said, adding that every hint counts.</p></div></div></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "taxi drivers") || !strings.Contains(r.Body, "red jacket") {
		t.Errorf("body = %q, want the lead and the story", r.Body)
	}
}

func TestCommentsHeadingNamedByItsAnchor(t *testing.T) {
	// A Movable Type post: the story and its comments are paragraphs of one container, parted
	// only by a heading whose empty anchor carries the thread's name.
	var comments strings.Builder
	for i := 0; i < 8; i++ {
		fmt.Fprintf(&comments, `<a id="c%d"></a><p>Hang in there, reader %d thinks you are great, and those anonymous cowards type big but never dare to say it to your face.</p>`+
			`<p class="posted">Posted by: <a href="http://example.org/%d">Reader %d</a> | Mar 26, 2007 2:47:00 PM</p>`, i, i, i, i)
	}
	page := `<html><head><title>Valley Vote</title></head><body><div id="container"><div class="blog">` +
		`<h3>Valley Vote</h3><p>` + prose(3) + `</p><p>` + prose(3) + `</p><p class="posted">Posted by Kathy on March 26, 2007</p>` +
		`<h2><a id="comments"></a>Comments</h2>` + comments.String() + `</div></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 2 tells") || strings.Contains(r.Body, "anonymous cowards") {
		t.Errorf("body = %q, want the post without its comments", r.Body)
	}
}

func TestChineseTeaserHeadlinesLeadTheirItems(t *testing.T) {
	// A Chinese story, then the site's "most read" list: each item a headline link of no spaces
	// to speak of, its source and time, and an excerpt cut short. Readability drops the headline
	// links and keeps the excerpts, which then close the story.
	para := strings.Repeat("為方便乘客於農曆新年期間外出，港鐵列車服務和部份輕鐵路綫於大除夕晚將會提供通宵服務。", 3)
	var list strings.Builder
	for i, head := range []string{"抽中公司「遲到券」 遲返工免扣薪", "大孖爭執跳橋亡 細孖寧願讓佢", "騙徒利用QR code連結惡意網站", "希臘財政危機嚴峻出現棄童潮"} {
		fmt.Fprintf(&list, `<li><div class="content"><div class="txt"><a href="/n%d.html">%s</a><cite> 明報 - 2012年1月11日上午7:0%d</cite></div>`+
			`<div class="preview"><p>【明報專訊】公司年終晚宴通常有抽獎活動，但上海一名員工在公司年會竟抽到作獎品，憑券返工可不會被扣錢。她將這消息上載微博後%d ...</p></div></div></li>`, i, head, i, i)
	}
	page := `<html><head><title>港鐵農曆新年加強服務</title></head><body><div id="main"><h1>港鐵農曆新年加強服務</h1><div class="body">` +
		strings.Repeat(`<p>`+para+`</p>`, 4) + `<div class="mod"><h3>最熱門新聞</h3><ul>` + list.String() + `</ul></div></div></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "通宵服務") || strings.Contains(r.Body, "明報專訊") {
		t.Errorf("body = %q, want the story without the list", r.Body)
	}
}

func TestStoryInAsideUnderHeadline(t *testing.T) {
	// A theme sets the post in an <aside> under its <h1>: a short post, under the size that keeps
	// an aside, and readability drops every aside in its reading. The site's column of other
	// headlines is all that is left otherwise.
	var column strings.Builder
	column.WriteString(`<section id="right"><ul>`)
	for i := 0; i < 8; i++ {
		fmt.Fprintf(&column, `<li><a href="/p%d">Premium %d Climbs As Insurers Argue</a></li>`, i, i)
	}
	column.WriteString(`</ul></section>`)
	page := `<html><head><title>Valley Council Hears Farmers</title></head><body><section id="contentWrap"><section id="leftColumn">` +
		`<aside class="blogPost"><h1>Valley Council Hears Farmers</h1><div class="bar"><h4>Posted, August 9th, 2012, By Amelia Rose</h4></div>` +
		`<div class="blogContent"><p>` + prose(3) + `</p><p>` + prose(3) + `</p></div></aside></section>` + column.String() + `</section></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 2 tells") || strings.Contains(r.Body, "Insurers Argue") {
		t.Errorf("body = %q, want the post in the aside", r.Body)
	}
}

func TestSidebarAsideWithLaterHeadingStays(t *testing.T) {
	// A sidebar <aside> titles its box with an <h1> of its own after the story's: it is furniture.
	page := `<html><head><title>Valley Council Hears Farmers</title></head><body><div id="main"><h1>Valley Council Hears Farmers</h1>` +
		`<div class="body"><p>` + prose(3) + `</p><p>` + prose(3) + `</p></div></div>` +
		`<aside class="sidebar"><h1>Food and Dining Sections</h1><p>Clinics close early, patients wait longer, insurers argue about every premium, and the kitchens of the valley stay open late for the guests who come.</p>` +
		`<p>Premium climbs, insurers argue, clinics close early, patients wait longer for every appointment in the valley and beyond it.</p></aside></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 2 tells") || strings.Contains(r.Body, "Dining Sections") || strings.Contains(r.Body, "kitchens") {
		t.Errorf("body = %q, want the story without the sidebar", r.Body)
	}
}
