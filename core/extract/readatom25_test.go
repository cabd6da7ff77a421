package extract

import (
	"fmt"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// atomStory is a story written as bare text in its container, the paragraphs parted by empty
// slots a script fills later (an ad, a video): readability wraps each run of bare text in a <p>
// of its own and drops the empty slots.
func atomStory(paras []string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Council votes on the new bridge</title></head><body><div class="page"><div class="story">`)
	for i, p := range paras {
		if i > 0 {
			b.WriteString(`<div class="slot"></div>`)
		}
		b.WriteString(p)
	}
	b.WriteString(`</div></div></body></html>`)
	return b.String()
}

// Readability's own elements (the <p> it wraps around a container's bare text, a tag it renames)
// carry their atom: the text is laid out by atom, and the paragraphs ran together into one line
// ("…the old one.The works start…") before.
func TestReadabilityParagraphsKeepTheirBreaks(t *testing.T) {
	paras := []string{
		"The council voted on Tuesday to build the new bridge over the river, after years of talks with the towns on both banks about the cost of the old one.",
		"The works start in the spring and should take two years, the mayor said, while the old bridge stays open for buses, bicycles and people on foot.",
		"Traders in the old town, who feared that the works would keep their customers away for a whole season, welcomed the plan to keep the old bridge open.",
	}
	doc, err := html.Parse(strings.NewReader(atomStory(paras)))
	if err != nil {
		t.Fatal(err)
	}
	base, _ := url.Parse("https://news.example.com/2024/03/05/bridge")
	got, _ := readable(doc, base)
	if want := strings.Join(paras, "\n\n"); got != want {
		t.Errorf("readable = %q, want the three paragraphs apart: %q", got, want)
	}
}

// A thread's lines, each apart (readability's own paragraphs now break): under the bare
// heading, the thread's sort links, then each comment's title, its report-and-vote row and its
// signature. The signature stands in the fourth line, not the first or second; the short labels
// above it are the thread's, and the heading still ends the story.
func TestBareCommentsHeadingOverLabelledComments(t *testing.T) {
	story := []string{
		"The ministry said on Tuesday that talks on the new border crossing would go on next month, after a first round ended without a deal.",
		"Both sides want the crossing open before the summer, when the traffic of trucks doubles and the old bridge is closed for repairs.",
	}
	var thread []string
	for i := range 4 {
		thread = append(thread, "Nonsense", "report / -1"+string(rune('0'+i)), "reader"+string(rune('a'+i))+" (guest), 04.01.12, 08:1"+string(rune('0'+i))+":05",
			"This is what they always say before they do nothing at all, and then the bridge is closed and we wait in the queue for hours again.",
			"replies (0)")
	}
	body := strings.Join(story, "\n\n") + "\n\nComments\n\nnewest oldest\n\n" + strings.Join(thread, "\n\n")
	if got := trimEdges(body, "Talks on the crossing go on"); got != strings.Join(story, "\n\n") {
		t.Errorf("trimEdges = %q, want the story without the thread", got)
	}
	// A share bar's "Comments" under the lede, the story going on below it with short lines and
	// a stamp of its own, stays: one signed line is no thread.
	kept := strings.Join(story, "\n\n") + "\n\nComments\n\nShare\n\nPrint\n\nUpdated 04.01.12, 08:10\n\n" +
		"The minister will travel to the border on Friday to see the works, and the talks go on there the week after."
	if got := trimEdges(kept, "Talks on the crossing go on"); got != kept {
		t.Errorf("trimEdges = %q, want it kept", got)
	}
}

// A link that opens the reader comments, set in a block of its own ("comments powered by
// Disqus", "Leave a comment"), is the line trimEdges ends the story at: postclean's rule for a
// link standing alone where paragraphs stand (another story's teaser) keeps it, or the page's
// side boxes under it read on as the story's lines.
func TestCommentsLinkEndsStoryUnderBareText(t *testing.T) {
	paras := []string{
		"The council voted on Tuesday to build the new bridge over the river, after years of talks with the towns on both banks about the cost of the old one.",
		"The works start in the spring and should take two years, the mayor said, while the old bridge stays open for buses, bicycles and people on foot.",
		"Traders in the old town, who feared that the works would keep their customers away for a whole season, welcomed the plan to keep the old bridge open.",
	}
	page := `<html><head><title>Council votes on the new bridge</title></head><body><div class="page">` +
		`<div class="story">` + strings.Join(paras, `<div class="slot"></div>`) +
		`<div class="slot"></div><a href="https://disqus.com/" class="dsq-brlink">comments powered by <span>Disqus</span></a>` +
		`<div class="right_block">NEWSLETTER SIGN UP</div><div class="right_block">MOST POPULAR POSTS</div>` +
		`<div class="right_block">SHARED ON FACEBOOK</div></div></div></body></html>`
	for _, link := range []string{"comments powered by <span>Disqus</span>", "Leave a comment"} {
		page := strings.Replace(page, "comments powered by <span>Disqus</span>", link, 1)
		r, _, err := Document("https://news.example.com/2024/03/05/bridge", []byte(page), "", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.Join(paras, "\n\n"); r.Body != want {
			t.Errorf("%s: body = %q, want the story alone: %q", link, r.Body, want)
		}
	}
}

// A blog platform's counter under the post, its count and its label each in a block of their
// own (lines apart now that readability's paragraphs break): the counter still ends the post, and
// the platform's next post under it is no part of it.
func TestPostCounterOnTwoLines(t *testing.T) {
	page := furnPage(`<figure class="postend kudo"><a href="#kudo"><div class="filling">&nbsp;</div></a><div class="num">861</div>` +
		`<div class="txt">Kudos</div></figure><h3>Ferry pier plans</h3>` +
		`<p>From the Example Times: the harbour board said on Monday that the pier would be rebuilt by the spring, at a cost of two million.</p>`)
	r, err := Extract("https://example.com/bridge", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Bridge paragraph 0:") || strings.Contains(r.Body, "Ferry pier plans") || strings.Contains(r.Body, "Kudos") {
		t.Errorf("body = %q, want the story without the counter and the next post", r.Body[max(0, len(r.Body)-400):])
	}
}

// An official notice sets its title in several short lines and its document number under them,
// then opens with a sentence that hands over to its articles ("…通告如下："). Lines apart, the
// title's lines are header lines; the opening sentence is no credit line, and stays.
func TestNoticeOpeningAfterTitleLines(t *testing.T) {
	opening := "为加强河道管理，保障防洪安全，维护沿岸单位和人民群众的合法权益，根据有关法律法规的规定，现就有关事项通告如下："
	rest := []string{"一、本通告适用于本市行政区域内的全部河道、湖泊和水库。", "二、禁止在河道管理范围内倾倒垃圾、渣土和其他废弃物。", "三、本通告自发布之日起施行。"}
	body := "市政府关于加强\n\n河道管理的通告\n\n市政明电〔2024〕3号\n\n" + opening + "\n\n" + strings.Join(rest, "\n\n")
	want := opening + "\n\n" + strings.Join(rest, "\n\n")
	if got := trimEdges(body, "市政府关于加强河道管理的通告"); got != want {
		t.Errorf("trimEdges = %q, want the notice from its opening sentence: %q", got, want)
	}
}

// The box of external links under a story, its label and the site's disclaimer each a line of
// their own: both are trailer lines, and the story ends above them.
func TestExternalLinksDisclaimerTrails(t *testing.T) {
	story := "The council voted on Tuesday to build the new bridge over the river, after years of talks with the towns on both banks.\n\n" +
		"The works start in the spring and should take two years, the mayor said."
	body := story + "\n\nRELATED INTERNET LINKS:\n\nThe Example Times is not responsible for the content of external internet sites"
	if got := trimEdges(body, "Council votes on the new bridge"); got != story {
		t.Errorf("trimEdges = %q, want the story alone", got)
	}
}

// A hidden gallery readability read, each caption and credit a line of its own (no line of 80
// runes, as when they ran together): its opening lines joined still find the hidden block, and
// the story is read again without it.
func TestHiddenGalleryOfShortLines(t *testing.T) {
	var gallery, reading []string
	for i := range 12 {
		c := fmt.Sprintf("Spring parade on the river, picture %d", i)
		credit := fmt.Sprintf("Jane Roe %d/Example Photo Agency", i)
		gallery = append(gallery, `<div class="caption">`+c+`</div><div class="credit">`+credit+`</div>`)
		reading = append(reading, c, credit)
	}
	page := `<html><body><div class="story"><p>The council voted on Tuesday to build the new bridge.</p></div>` +
		`<div class="gallery" style="display:none">` + strings.Join(gallery, "") + `</div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	h := hiddenHolder(doc, pageSheet(doc), strings.Join(reading, "\n\n"))
	if h == nil || attr(h, "class") != "gallery" {
		t.Errorf("hiddenHolder = %v, want the hidden gallery", h)
	}
}
