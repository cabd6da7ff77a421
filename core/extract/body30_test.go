package extract

import (
	"strings"
	"testing"
)

// harbourStory30 is a story of four paragraphs the tests of this file set their furniture around.
const harbourStory30 = `<p>The harbour trust approved the dredging budget on Monday after a long debate about costs and the timetable for the works.</p>
<p>Members said the work would start in spring, before the ferry season, and would follow the old channel past the lighthouse.</p>
<p>The trust's chair said the town had waited for the work for a decade and that the ferry company had offered to share the costs.</p>
<p>Fishermen welcomed the decision but asked that the quay stay open to their boats while the dredgers work in the outer basin.</p>`

func extract30(t *testing.T, page string) string {
	t.Helper()
	r, err := Extract("https://harbour.example/news/dredging", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Body
}

// harbourPage30 is a page of harbourStory30 with box set after its second paragraph and tail
// after its last, inside the article.
func harbourPage30(box, tail string) string {
	parts := strings.SplitAfter(harbourStory30, "</p>")
	return `<html><head><title>Harbour trust approves dredging</title></head><body><main><article><h1>Harbour trust approves dredging</h1>` +
		parts[0] + parts[1] + box + strings.Join(parts[2:], "") + tail + `</article></main></body></html>`
}

// checkKept30 fails t for each story line of kept that body lost (who names the case, or "").
func checkKept30(t *testing.T, who, body string, kept ...string) {
	t.Helper()
	for _, k := range kept {
		if !strings.Contains(body, k) {
			t.Errorf("%s: story line %q lost:\n%s", who, k, body)
		}
	}
}

// The log-in, registration and notice dialogs a template sets after the story, inside the
// story's column (a parser nests them there when a box above is left unclosed): named "dialog" by
// their class with a close button, by role="dialog", by aria-modal, or a <dialog>. None of their
// lines is the story's; the story's own paragraphs stay.
func TestDialogBoxes30(t *testing.T) {
	dialogs := []string{
		`<div id="login-dialog" class="b-dialog x-dialog-login m-dark"><div class="inner"><h2 class="headline">My Harbour – Log in</h2>` +
			`<p>If you already have an account with our partner network, you can use it to log in here and keep your reading list.</p>` +
			`<p>Forgot your password? Enter the e-mail address you registered with and we will send you a link to set a new one.</p>` +
			`<button class="dialog-close" aria-label="Close dialog">Close</button></div></div>`,
		`<div class="notice-panel" role="dialog"><h2>Age check</h2><p>To watch programmes with an age rating at any time of the day you can do an age check now. You will need your identity card for it.</p><a href="/age">Start the check</a></div>`,
		`<div class="panel" aria-modal="true"><p>You have been logged out on this device. You were logged out from another device and will be logged out automatically.</p></div>`,
		`<dialog><p>Privacy settings: we would like to show you the privacy settings here, but an ad blocker or a script blocker in your browser stops them from loading.</p></dialog>`,
	}
	for _, d := range dialogs {
		page := `<html><head><title>Harbour trust approves dredging</title></head><body><main><article><h1>Harbour trust approves dredging</h1>` +
			harbourStory30 + d + `</article></main></body></html>`
		body := extract30(t, page)
		for _, gone := range []string{"Log in", "partner network", "Forgot your password", "Age check", "identity card", "logged out", "Privacy settings"} {
			if strings.Contains(body, gone) {
				t.Errorf("dialog line %q still in the body:\n%s", gone, body)
			}
		}
		checkKept30(t, "", body, "approved the dredging budget", "Fishermen welcomed")
	}
}

// A block whose class says "dialog" but holds no control is the story's (an interview set as a
// dialogue of questions and answers); a story a list page opens in a modal dialog, headline and
// all, is the page's story.
func TestDialogNamedStoryStays30(t *testing.T) {
	qa := `<div class="interview-dialog"><p>Question: When will the dredgers arrive in the outer basin of the harbour?</p>` +
		`<p>Answer: The first dredger is due in March, the second in April, and both will work until the ferry season opens.</p></div>`
	page := `<html><head><title>Harbour trust approves dredging</title></head><body><article><h1>Harbour trust approves dredging</h1>` +
		harbourStory30 + qa + `</article></body></html>`
	body := extract30(t, page)
	if !strings.Contains(body, "The first dredger is due in March") {
		t.Errorf("the interview's answer was dropped:\n%s", body)
	}
	modal := `<html><head><title>Harbour trust approves dredging</title></head><body><nav><a href="/">Home</a></nav>` +
		`<div class="modal" role="dialog" aria-modal="true"><article><h1>Harbour trust approves dredging</h1>` + harbourStory30 +
		`<button>Close</button></article></div></body></html>`
	if body := extract30(t, modal); !strings.Contains(body, "Fishermen welcomed") || !strings.Contains(body, "approved the dredging budget") {
		t.Errorf("the story a modal holds was lost:\n%s", body)
	}
}

// A broadcaster's video teaser card set between the story's paragraphs: the player, the clip's
// description, its length in minutes and its day. The card goes; the paragraphs stay.
func TestVideoTeaserCardMinutes30(t *testing.T) {
	card := `<article class="b-news-video"><div class="player-box" data-module="player"></div><div class="details">` +
		`<p class="item-description">After almost twenty hours the harbour committee broke off without a result and will meet again on Tuesday.</p>` +
		`<dl class="teaser-foot"><dt class="visuallyhidden">Length:</dt><dd class="teaser-info">2 min</dd><dt class="visuallyhidden">Date:</dt>` +
		`<dd class="teaser-info"><time datetime="2023-03-27T21:45:00+02:00">27.03.2023</time></dd></dl></div></article>`
	page := harbourPage30(card, "")
	body := extract30(t, page)
	if strings.Contains(body, "twenty hours") || strings.Contains(body, "2 min") {
		t.Errorf("the video card is still in the body:\n%s", body)
	}
	checkKept30(t, "", body, "approved the dredging budget", "the old channel", "Fishermen welcomed")
}

// A picture's credit set right after its <figure> (the figure's sibling in the picture's box), not
// inside it, goes as the credit inside a figure does.
func TestCreditAfterFigure30(t *testing.T) {
	figure := `<div class="asset asset-image"><figure><img src="/dredger.jpg" alt="A dredger in the outer basin of the harbour">` +
		`<figcaption><span class="credit">JOHN HARBOUR / AFP</span> <span class="caption">A dredger at work in the outer basin of the harbour, where the trust wants the channel deepened before the ferry season.</span></figcaption></figure>` +
		`<div class="credit">JOHN HARBOUR / AFP</div> <div class="caption">A dredger at work in the outer basin of the harbour, where the trust wants the channel deepened before the ferry season.</div></div>`
	page := `<html><head><title>Harbour trust approves dredging</title></head><body><main><article><h1>Harbour trust approves dredging</h1>` +
		`<p class="chapo">The trust's members argued for hours over the costs before they agreed to the plan for the outer basin.</p>` + figure + harbourStory30 + `</article></main></body></html>`
	body := extract30(t, page)
	if strings.Contains(body, "JOHN HARBOUR") {
		t.Errorf("the photo credit is still in the body:\n%s", body)
	}
	if !strings.Contains(body, "approved the dredging budget") || !strings.Contains(body, "Fishermen welcomed") {
		t.Errorf("story lost:\n%s", body)
	}
}

// A fact box set in the story — its own heading and a few lines of background, named "factbox",
// "fact-box", "faktaruta" or "Faktenbox" by the template — goes whole; the story's paragraphs
// around it stay, and so does a story column whose wrapper says only that it has a fact box.
func TestFactBoxes30(t *testing.T) {
	for _, cls := range []string{"factbox compressed factbox-81348552", "fact-box border-color-black", "_factbox_1si9r_27 _factBoxTheme_o94jb_1", "faktaruta", "c-Faktenbox"} {
		box := `<div class="` + cls + `"><h3>Facts: dredging</h3><ul><li>Dredging deepens a channel by lifting silt and sand from its bed with a dredger's buckets or pumps.</li>` +
			`<li>The outer basin was last dredged in 1987, when the ferry company paid for half of the works.</li></ul></div>`
		page := harbourPage30(box, "")
		body := extract30(t, page)
		if strings.Contains(body, "Facts: dredging") || strings.Contains(body, "last dredged in 1987") {
			t.Errorf("%s: the fact box is still in the body:\n%s", cls, body)
		}
		checkKept30(t, cls, body, "approved the dredging budget", "the old channel", "Fishermen welcomed")
	}
	page := `<html><head><title>Harbour trust approves dredging</title></head><body><main><div class="story has-factbox"><h1>Harbour trust approves dredging</h1>` +
		harbourStory30 + `</div></main></body></html>`
	if body := extract30(t, page); !strings.Contains(body, "approved the dredging budget") || !strings.Contains(body, "Fishermen welcomed") {
		t.Errorf("the story whose column has a fact box was lost:\n%s", body)
	}
}

// Cards of other stories that a CMS names in camel case ("PagePromo", "PagePromo-description",
// "PromoSmall", "promoBox"), set between the story's paragraphs, go as cards named "promo" do;
// the story's paragraphs stay, and a class that only holds the word "Promotion" is no card.
func TestCamelCasePromoCards30(t *testing.T) {
	cards := `<div class="Enhancement"><div class="PageList-items">` +
		`<div class="PagePromo"><div class="PagePromo-title"><a href="/article/cyprus-port">Gold found at ancient port</a></div>` +
		`<div class="PagePromo-description">An archaeologist says new discoveries at an ancient port city show how rich its traders were.</div></div>` +
		`<div class="PagePromo"><div class="PagePromo-title"><a href="/article/serbia-sanctions">Sanctions on intelligence chief</a></div>` +
		`<div class="PagePromo-description">The U.S. has imposed sanctions on the head of a Balkan intelligence service, the Treasury says.</div></div>` +
		`</div></div>`
	page := harbourPage30(cards, `<p class="PromotionNote">The trust's promotion of the works to the town's traders begins next week with a public meeting at the harbour office.</p>`)
	body := extract30(t, page)
	for _, gone := range []string{"archaeologist", "Treasury says"} {
		if strings.Contains(body, gone) {
			t.Errorf("card line %q still in the body:\n%s", gone, body)
		}
	}
	checkKept30(t, "", body, "approved the dredging budget", "the old channel", "Fishermen welcomed", "public meeting at the harbour office")
}

// The outlet's appeal box, named by the template after the ask and the outlet's own name
// ("cli-support-harbourpost", id "support-harbourpost-entry"), goes with every variant of the ask
// it holds, each of which reads as prose; a box named for supporting something else stays.
func TestOutletNamedAppealBox30(t *testing.T) {
	appeal := `<div id="support-harbourpost-entry" class="cli cli-support-harbourpost"><div class="cli-support-harbourpost__container">` +
		`<div class="cli-support-harbourpost__message"><h3>Our coverage needs you</h3><p>At Harbour Post we believe that everyone needs high-quality journalism, and we keep our stories free for all readers.</p></div>` +
		`<div class="cli-support-harbourpost__message variation"><p>Would you consider becoming a regular contributor? Your support keeps our newsroom going through the winter.</p></div>` +
		`<a class="cli-support-harbourpost__support-button" href="/membership">Support Harbour Post</a></div></div>`
	other := `<div class="support-lifeboat"><p>The lifeboat crew, which the harbour trust supports with a yearly grant, will take part in the first survey of the channel.</p></div>`
	page := `<html><head><title>Harbour trust approves dredging</title><meta property="og:site_name" content="Harbour Post"></head><body><main><article><h1>Harbour trust approves dredging</h1>` +
		harbourStory30 + other + appeal + `</article></main></body></html>`
	body := extract30(t, page)
	for _, gone := range []string{"Our coverage needs you", "high-quality journalism", "regular contributor", "Support Harbour Post"} {
		if strings.Contains(body, gone) {
			t.Errorf("appeal line %q still in the body:\n%s", gone, body)
		}
	}
	checkKept30(t, "", body, "approved the dredging budget", "Fishermen welcomed", "first survey of the channel")
}

// A newsletter's or alerts' sign-up box set in the story ("signup", "sign-up" in its class) goes;
// the story's paragraph about signing up for the works' notices stays.
func TestSignupBoxes30(t *testing.T) {
	for _, cls := range []string{"newsletter-signup-inline", "sign-up-box", "c-signup"} {
		box := `<div class="` + cls + `"><h4>Get Breaking News alerts from the Harbour Post</h4><p>Email Newsletter Sign-up</p><a href="/alerts">Sign me up</a></div>`
		page := harbourPage30(box, `<p>Residents can sign up at the harbour office for text messages about the dredgers' working hours.</p>`)
		body := extract30(t, page)
		if strings.Contains(body, "Breaking News alerts") || strings.Contains(body, "Newsletter Sign-up") {
			t.Errorf("%s: the sign-up box is still in the body:\n%s", cls, body)
		}
		checkKept30(t, cls, body, "approved the dredging budget", "Fishermen welcomed", "sign up at the harbour office")
	}
}
