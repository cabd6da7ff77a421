package extract

import (
	"strings"
	"testing"
)

// Twenty-sixth round, branch new26b (issue 20): the body classes the twentysixth-a/b sets
// showed, each on a synthetic page or body.

// ferryParas is a story's worth of plain paragraphs without links.
func ferryParas(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("<div class=\"para\">The ferry board met again in the town hall on a wet morning, and members " +
			"went through the costs line by line before the vote, number " + string(rune('a'+i)) + ", which took most of the day.</div>\n")
	}
	return b.String()
}

// A layout that prints each paragraph as a <div> of bare text links every name its wire lead
// gives ("Portville: <a>Harbour board</a> chair <a>Jane Roe</a>, …"): the lead is prose, not a
// list of links, and opens the body.
func TestBareProseLeadWithTopicLinksStays(t *testing.T) {
	page := `<html><head><title>Harbour board approves the new ferry terminal plan</title></head><body>
<div class="story"><h1>Harbour board approves the new ferry terminal plan</h1>
<div class="para"><strong>Portville: </strong><a href="/topic/harbour-board">Harbour board</a> chair <a href="/topic/jane-roe">Jane Roe</a> and <a href="/topic/port-union">Port Union</a> head <a href="/topic/sam-poe">Sam Poe</a>, who have argued for a year, agreed on Monday that the <a href="/topic/ferry-terminal">ferry terminal</a> plan goes ahead, officials said.</div>
` + ferryParas(6) + `</div></body></html>`
	res := extract16(t, "https://example.com/news/ferry-terminal-123", page)
	if !strings.HasPrefix(res.Body, "Portville: Harbour board chair Jane Roe") {
		t.Errorf("body does not open with the lead:\n%s", res.Body)
	}
}

// A picture over the story: its caption, then its credit with a space before the colon
// ("Photo : AP"). Both go; a credit under the story's own lines further down is the line alone.
func TestOpeningCaptionWithSpacedCreditGoes(t *testing.T) {
	body := "The coach is set to return for a second spell.\n\nPhoto : AP\n\n" +
		"The coach is set to return for a second spell in charge on an interim basis, reports said on Wednesday.\n\n" +
		"He was dismissed in 2021 after 18 months in charge."
	got := dropPictureCreditLines(body)
	if strings.Contains(got, "Photo") || strings.HasPrefix(got, "The coach is set to return for a second spell.\n") {
		t.Errorf("caption or credit kept:\n%s", got)
	}
	if !strings.HasPrefix(got, "The coach is set to return for a second spell in charge") {
		t.Errorf("story opening lost:\n%s", got)
	}
	// A lead of two sentences over the picture is the story's, and a gallery's pointer is no
	// caption's credit: the line above either stays.
	for _, b := range []string{
		"The board approved the plan on Monday. The vote ends a year of talks.\n\nPhoto: RNZ / Jane Roe\n\nThe plan goes ahead in May.\n\nMore follows.",
		"The coach went heavy on the tactics board.\n\nPHOTOS: Life and Times of the Coach in Pictures\n\nThe coach looked tired.\n\nMore follows.",
	} {
		if got := dropPictureCreditLines(b); !strings.HasPrefix(got, b[:20]) {
			t.Errorf("lead dropped:\n%s", got)
		}
	}
}

// An audio player's box: the line pointing to the app for more audio, and the player's
// fallback set in a paragraph inside <audio>. Neither is the story's; neither is the line
// inviting to a newsletter named before "our … newsletter".
func TestAudioBoxAndNamedNewsletterLineGo(t *testing.T) {
	page := `<html><head><title>Heirs of the harbour fortunes look abroad</title></head><body><article>
<h1>Heirs of the harbour fortunes look abroad</h1>
<div><span>Enjoy more audio and podcasts on <a href="https://app.example/ios">iOS</a> or <a href="https://app.example/android">Android</a>.</span></div>
<audio controls src="https://example.com/a.mp3"><p>Your browser does not support the &lt;audio&gt; element.</p></audio>
<section>` + strings.ReplaceAll(ferryParas(6), "div", "p") + `
<p><i>To stay on top of the biggest stories in shipping, sign up to the Harbour Line, our weekly subscriber-only newsletter.</i></p>
</section></article></body></html>`
	res := extract16(t, "https://example.com/business/heirs", page)
	for _, s := range []string{"Enjoy more audio", "does not support", "sign up to the Harbour Line"} {
		if strings.Contains(res.Body, s) {
			t.Errorf("body keeps %q:\n%s", s, res.Body)
		}
	}
	if !strings.Contains(res.Body, "The ferry board met again") {
		t.Errorf("story lost:\n%s", res.Body)
	}
}

// A weekly's note on where the story ran in print, with the lines under it, closes the
// body; a story sentence that mentions the print edition stays.
func TestPrintEditionNoteGoes(t *testing.T) {
	story := strings.Repeat("The ferry board met again in the town hall and went through the costs line by line. ", 6)
	body := story + "\n\nThe paper's print edition sold out on the day of the vote.\n\n" +
		"This article appeared in the Business section of the print edition under the headline \"Ferry tales\"\n\n" +
		"Business April 8th 2023\n\nFrom the April 8th 2023 edition\n\nDiscover stories from this section and more in the list of contents"
	got := cutPrintNote(body)
	want := story + "\n\nThe paper's print edition sold out on the day of the vote."
	if got != want {
		t.Errorf("got:\n%s", got)
	}
}

// A Korean site's reaction box asks "이 기사 어땠나요?" ("how was this article?") over its buttons.
func TestKoreanReactionPromptIsCallToAction(t *testing.T) {
	for _, s := range []string{"이 기사 어땠나요?", "이 기사가 도움이 되셨나요?"} {
		if !ctaStartRe.MatchString(s) {
			t.Errorf("%q not a call to action", s)
		}
	}
	if ctaStartRe.MatchString("이 기사에서 경찰은 화재 원인을 조사했습니다.") {
		t.Errorf("story sentence read as a call to action")
	}
}
