package extract

import (
	"strings"
	"testing"
)

func TestMediaNamedTranscriptIsTheStory(t *testing.T) {
	// A broadcaster's story page: headline, stamp, a one-line summary, the programme line and
	// topics, then the report's transcript in a block named for the recording it transcribes
	// ("media-transcript"). Readability weighs every name with "media" as furniture and drops the
	// block from its reading, leaving the summary: the transcript is the story.
	var tr strings.Builder
	for i, s := range []string{
		"PRESENTER: The decision to close the harbour ferry has drawn some comment, and the operators are not pleased with it.",
		"While the ferry remains the busiest crossing on the river, the council has cut its budget for the coming year.",
		"Our reporter has the story.",
		"REPORTER: It has been a hard year for the ferry service ever since the floods closed the northern landing.",
		"Passengers have written to the council, and a petition with four thousand names was handed in last week.",
		"OPERATOR: It is a shame, but I do not think it is the end of the crossing, and we will keep running on weekends.",
		"REPORTER: The council says it will look again at the budget in the spring, when the new landing is finished.",
	} {
		if i > 0 && i%3 == 0 {
			tr.WriteString("\n")
		}
		tr.WriteString("<p>" + s + "</p>")
	}
	page := `<html><head><title>Ferry cuts draw fire</title><meta name="description" content="The decision to close the harbour ferry has drawn criticism from its operators and passengers."></head><body><div class="page"><div class="article section">` +
		`<h1>Ferry cuts draw fire</h1><p class="published">Updated April 22, 2013 18:58:00</p>` +
		`<p>The decision to close the harbour ferry has drawn criticism from its operators and passengers, who see it as a punishment for the service's poor year on the river and say the crossing will not survive another winter without the council's money.</p>` +
		`<p>The council's transport committee meets again next month, when the ferry's operators and the passengers' association have been asked to put their case to the councillors in person before the budget is settled.</p>` +
		`<div class="byline">Jane Reporter</div><p class="source">Source: <a href="/pm">PM</a> | Duration: 3min 13sec</p>` +
		`<p class="topics"><strong>Topics:</strong> <a href="/t/transport">transport</a>, <a href="/t/council">council</a></p>` +
		`<p class="media-transcript-toggle"><a href="#" class="button"><span>Transcript</span></a></p>` +
		`<div class="media-transcript">` + tr.String() + `</div></div>` +
		`<div class="sidebar"><h2>Top Stories</h2><ul><li><a href="/a">Storm hits the coast</a></li><li><a href="/b">Rates held</a></li></ul></div>` +
		`<div id="fineprint" class="section"><p><small>This service may include material from news agencies and other broadcasters which is copyright and cannot be reproduced without their permission.</small></p>` +
		`<p><small>AEST = Australian Eastern Standard Time which is 10 hours ahead of UTC (Greenwich Mean Time)</small></p></div>` +
		`</div></body></html>`
	r, err := Extract("https://example.com/news/2013-04-22/ferry-cuts/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"hard year for the ferry service", "new landing is finished"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks the transcript's %q: %q", want, r.Body)
		}
	}
}
