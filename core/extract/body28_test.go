package extract

import (
	"strings"
	"testing"
)

// The outlet's invitations under a story, in the shapes no earlier rule read: the newsroom's call
// for readers' stories with its address ("We pay for your stories! … Email us at …", "Got a
// story?" over "If you've got a story … get in touch …"), a follow prompt that goes on to ask for
// story ideas, a question leading to a like or follow, a blog plugin's greeting, the outlet's app,
// a newsletter sign-up opening a sentence, a Portuguese newsletter invitation, Google's
// preferred-source button, a messaging channel, a follow naming the outlet, a home-page box's
// label. They go from the story's closing lines; the story's own sentences about following
// someone, about a story to tell and about an app stay, and so does an invitation above the
// story's last paragraph.
func TestOutletInvitations28(t *testing.T) {
	story := []string{
		"The harbour trust approved the dredging budget on Monday after a long debate about costs.",
		"Do you have a story to tell about the harbour, the chair asked the meeting, and many did.",
		"Download the harbour app to see the tides, the chair said, adding that it would be free.",
		"Members said the work would start in spring, before the ferry season, and follow the old channel.",
	}
	invites := [][]string{
		{"We pay for your stories! Do you have a story for the Harbour Online news team? Email us at tips@harbour.example or call 0207 000 0000 . You can WhatsApp us on 07000 000 000. We pay for videos too. Click here to upload yours."},
		{"Got a story?", "If you've got a story, video or pictures get in touch with the Harbour news team by emailing us tips@harbour.example, calling 020 0000 0000 or by visiting our Submit Stuff page - we'd love to hear from you."},
		{"Do you have a story to tell? Email: desk@harbour.example"},
		{"Follow Harbour News on Facebook, X (formerly Twitter), and Instagram. Send your story ideas to desk@harbour.example"},
		{"Want up-to-the-minute harbour news and features? Just hit 'Like' on our Harbour Facebook page and 'Follow' on our @harbour Twitter account and you're all set."},
		{"Want more weird harbour news? Find The Harbour Odd on Facebook."},
		{"If you're new here, you may want to subscribe to our RSS feed, follow us on Twitter, or \"like\" us on Facebook. Thanks for visiting!"},
		{"Download The Harbour Times News App to get Daily Tide Updates & Live Port News."},
		{"Click below for the top news from around the harbour and beyond. Sign up for our newsletters to be the first to learn about breaking news and more."},
		{"Stay on top of shipping news that matters. to our daily newsletter for the latest and must-read port news, delivered straight to your inbox."},
		{"Inscreva-se aqui para receber a newsletter diária do Porto: reportagens, análises e entrevistas no seu e-mail."},
		{"and add us as a preferred source to get our expert news, reviews, and opinion in your feeds."},
		{"Folgst du schon Hafen Heute auf Whatsapp?", "Die Übersicht am Morgen: Abonniere den Whatsapp-Kanal von Hafen Heute und du bekommst Updates direkt auf dein Handy."},
		{"Follow HarbourTown for breaking port news, reviews, and daily updates."},
		{"Latest from the Harbour.com Homepage"},
	}
	for _, inv := range invites {
		body := strings.Join(append(append([]string{}, story...), inv...), "\n\n")
		got := trimEdges(body, "Harbour trust approves dredging")
		for _, gone := range inv {
			if strings.Contains(got, gone) {
				t.Errorf("invitation %q still in the body:\n%s", gone, got)
			}
		}
		for _, kept := range story {
			if !strings.Contains(got, kept) {
				t.Errorf("story line %q lost with %q:\n%s", kept, inv[0], got)
			}
		}
	}
	// The story's own closing sentences about a story to tell, an app or following stay.
	for _, last := range story[1:] {
		body := strings.Join([]string{story[0], last}, "\n\n")
		if got := trimEdges(body, "Harbour trust approves dredging"); !strings.Contains(got, last) {
			t.Errorf("the story's last line %q was cut:\n%s", last, got)
		}
	}
	// Above the story's last paragraph an invitation is left to the other rules.
	body := strings.Join([]string{story[0], invites[0][0], story[3]}, "\n\n")
	if got := trimEdges(body, "Harbour trust approves dredging"); !strings.Contains(got, "We pay for your stories") {
		t.Errorf("an invitation between the story's paragraphs was cut:\n%s", got)
	}
}

// A story paragraph that links one phrase in the middle of its sentence, set in the same frames
// as every other paragraph ("Having been neutral for decades, <a>both applied to Nato in May
// 2022</a>, shortly after …"): its link density (0.2–0.35) cost it its place, since a block of
// bare prose had to link two names. The sentence going on past its one link tells it from a
// pointer to another page, which closes on the link ("Read more: <a>…</a>"); that one still goes.
func TestFramedParagraphWithOneLinkStays28(t *testing.T) {
	page := `<html><head><title>Harbour trust keeps its dredging plan</title></head><body><div class="wrap">
<h1>Harbour trust keeps its dredging plan</h1>
` + framedParas(0, 2) + `<div class="c1"><div class="c2"><div><div><p>Having waited for years, <a href="/news/harbour-trust-vote-2024">the trust voted for dredging in May</a>, shortly after the storm closed the quay.</p></div></div></div></div>
` + framedParas(2, 3) + `<div class="c1"><div class="c2"><div><div><p>Read more about the trust: <a href="/news/harbour-trust-history-and-its-many-votes">The harbour trust’s long history of votes on dredging and fees</a>.</p></div></div></div></div>
` + framedParas(5, 2) + `</div></body></html>`
	res := extract16(t, "https://example.com/news/harbour-trust-dredging", page)
	if !strings.Contains(res.Body, "shortly after the storm closed the quay") {
		t.Errorf("paragraph with one link lost:\n%s", res.Body)
	}
	if strings.Contains(res.Body, "long history of votes") {
		t.Errorf("pointer to another page kept:\n%s", res.Body)
	}
}
