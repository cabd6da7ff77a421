package extract

import (
	"strings"
	"testing"
)

func TestPrintHiddenSidebarLeavesTheStory(t *testing.T) {
	// A table layout: the story's cell, and beside it a cell the print stylesheet hides
	// ("noprint") with a poll, a video box and a newsletter form, short lines that are not all
	// links. The printed page is the story; the noprint cell is none of it.
	var side strings.Builder
	side.WriteString(`<td class="noprint"><table><tr><td><b>ONLINE POLL</b></td></tr><tr><td>Which is your top issue entering the next federal election?</td></tr>`)
	for _, o := range []string{"Afghanistan", "Economy", "Education", "Environment", "Health care"} {
		side.WriteString(`<tr><td><input type="radio" name="poll"> ` + o + `</td></tr>`)
	}
	side.WriteString(`</table><table><tr><td><b>Video-on-Demand</b></td></tr><tr><td>Skiing and snowboarding showcase in the city this weekend</td></tr>` +
		`<tr><td>Join our Newsletter</td></tr><tr><td>Email: (more info)</td></tr></table></td>`)
	story := `<td><p>Two late goals gave the visitors a 4-3 win over the home side last night before 3,502 fans at the arena downtown.</p>` +
		`<p>The home side scored twice in the second period and once more early in the third, but could not hold the lead.</p>` +
		`<p>Elsewhere in the league, the leaders knocked off the second-place team 6-4 to stay two points clear at the top.</p></td>`
	page := `<html><head><title>Visitors win late</title></head><body><table><tr>` + story + side.String() + `</tr></table></body></html>`
	r, err := Extract("https://example.com/sports/visitors-win-late", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Two late goals") || !strings.Contains(r.Body, "stay two points clear") {
		t.Errorf("body = %q, want the story", r.Body)
	}
	for _, furn := range []string{"ONLINE POLL", "federal election", "Join our Newsletter", "Video-on-Demand"} {
		if strings.Contains(r.Body, furn) {
			t.Errorf("body keeps the print-hidden sidebar's %q: %q", furn, r.Body)
		}
	}
}

func TestPrintHiddenParagraphsAreTheStory(t *testing.T) {
	// A wire story whose paragraphs the print edition cut are marked one by one ("noprint"):
	// on the web page they are the story's all the same, and so is a mark inside a line.
	page := `<html><head><title>Storm hits the coast</title></head><body><article><h1>Storm hits the coast</h1>` +
		`<p>A powerful storm struck the northern coastline on Tuesday, tearing roofs from homes and flooding low-lying towns.</p>` +
		`<p class="noprint">“This is a dangerous storm,” said the state premier. “We expect damage along the small coastal communities.”</p>` +
		`<p>The storm made landfall around 1 p.m. near a resort town and was downgraded by nightfall as it curved south.</p>` +
		`<p class="noprint">The premier said it was difficult to assess the damage.</p>` +
		`<p>Officials said thousands of people had sought shelter well away from the coast before it arrived.</p>` +
		`<p>It was the strongest storm to hit the region in six years.<sup class="noprint">[citation needed]</sup></p></article></body></html>`
	r, err := Extract("https://example.com/world/storm", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"dangerous storm", "difficult to assess the damage", "sought shelter", "[citation needed]"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks the print-hidden paragraph %q: %q", want, r.Body)
		}
	}
}

func TestToolRowLinesLeaveTheStory(t *testing.T) {
	// The print and e-mail buttons a story's page sets above or under it, read as lines of
	// their own: none of them is the story's.
	story := "The council voted on Monday to close the old library and open a new one by the river next spring.\n\n" +
		"The new building will hold twice as many books and a room for the town's schools."
	for _, row := range []string{"Printer friendly page", "Send this article to Friends by E-Mail", "E-mail Article Print-Friendly",
		"Print version | Email to a friend |", "[ | E-mail Article ]", "Email This Post to a Friend", "Print", "Версия для печати", "列印", "Artikel drucken"} {
		body := story + "\n\n" + row + "\n\nThe old library will become a museum of the town's history."
		if got := dropFurnitureLines(body); strings.Contains(got, row) || !strings.Contains(got, "museum of the town") {
			t.Errorf("dropFurnitureLines(%q row) = %q", row, got)
		}
	}
	// A contact's label, a heading and a sentence about printing are the story's.
	for _, line := range []string{"Email", "Forward", "Print media is dying, the publisher said."} {
		body := story + "\n\n" + line + "\n\nThe old library will become a museum."
		if got := dropFurnitureLines(body); !strings.Contains(got, line) {
			t.Errorf("dropFurnitureLines dropped %q: %q", line, got)
		}
	}
}

func TestReceiveOurNewsletterLineGoes(t *testing.T) {
	// A site's invitation to its e-mail newsletter under the story, "receive" for "get" and an
	// "E-Newsletter" for a newsletter: the same promotion the newsletter rule drops.
	story := "The council voted on Monday to close the old library and open a new one by the river next spring.\n\n" +
		"The new building will hold twice as many books and a room for the town's schools."
	for _, line := range []string{"Keep up to date with the news. Receive our free E-Newsletter", "Receive our daily newsletters"} {
		if got := dropFurnitureLines(story + "\n\n" + line); got != story {
			t.Errorf("dropFurnitureLines kept %q: %q", line, got)
		}
	}
	// A story's sentence about a newsletter stays.
	own := story + "\n\nResidents will receive our new library's newsletter by post, the mayor said, “every month.”"
	if got := dropFurnitureLines(own); got != own {
		t.Errorf("dropFurnitureLines cut a story sentence: %q", got)
	}
}

func TestCommentPromptLinesLeaveTheStory(t *testing.T) {
	// The link or heading under a story that invites readers to comment or to the site's
	// forum, read as a line of its own, is none of the story.
	story := "The council voted on Monday to close the old library and open a new one by the river next spring.\n\n" +
		"The new building will hold twice as many books and a room for the town's schools."
	for _, line := range []string{"Have your say on this story", "HAVE YOUR SAY", "Have your say on the latest news and sport in our Forums",
		"Tell us what you think...", "Join the discussion on our Message Boards", "Join the Conversation"} {
		if got := dropFurnitureLines(story + "\n\n" + line); got != story {
			t.Errorf("dropFurnitureLines kept %q: %q", line, got)
		}
	}
	// A story's own question, and a sentence going on after the words, stay.
	for _, line := range []string{"What do you think? Is the new library worth the money?", "Tell us what you think about the plan in the comments below."} {
		own := story + "\n\n" + line
		if got := dropFurnitureLines(own); got != own {
			t.Errorf("dropFurnitureLines cut %q: %q", line, got)
		}
	}
}
