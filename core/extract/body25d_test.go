package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// marketStory is a made-up market report's paragraphs.
var marketStory = []string{
	"Shares of the regional bank rose four percent on Tuesday after it reported quarterly profit above what analysts had expected.",
	"The lender said deposits grew for the third quarter in a row, while loan losses stayed close to last year's level.",
	"Its chief executive told investors on a call that the bank would keep its dividend and resume buying back its own shares.",
	"Analysts said the results eased worries about commercial property loans, which had weighed on the sector since spring.",
}

// TestPublisherDisclaimerBox25: the notice a market outlet's template puts above or under every
// story, in a box its class names ("post-disclaimer", "block-disclaimer", a "copyright" span)
// opening with a "Disclaimer:" or "Disclosure:" label, is no part of the story; a writer's own
// "Disclaimer:" paragraph in the story's prose stays.
func TestPublisherDisclaimerBox25(t *testing.T) {
	story := "<p>" + strings.Join(marketStory, "</p><p>") + "</p>"
	for _, tc := range []struct{ name, above, below, gone, kept string }{
		{"closing box, label in bold", "",
			`<div class="xx-post-disclaimer"><p><strong><em>Disclaimer: </em></strong><em>The information presented in this article is for informational and educational purposes only. The article does not constitute financial advice or advice of any kind. Example Markets is not responsible for any losses incurred as a result of the utilization of content, products, or services mentioned. Readers are advised to exercise caution before taking any action related to the company.</em></p></div>`,
			"not responsible for any losses", ""},
		{"opening box with an icon", `<div class="xx-block-disclaimer"><div class="xx-block-disclaimer__icon"><svg></svg></div><p class="xx-block-disclaimer__content">Disclosure: The views and opinions expressed here belong solely to the author and do not represent the views and opinions of the outlet's editorial.</p></div>`,
			"", "belong solely to the author", ""},
		{"ownership notice in a copyright span", "",
			`<span class="copyright"><p>Disclaimer: Example Markets is an independent media outlet that delivers news, research, and data. As of May 2023, Example Capital is a majority investor of Example Markets. Example Capital invests in <a href="/portfolio">other companies</a> in the sector. Example Markets continues to operate independently to deliver objective and timely information about the industry. Here are our current <a href="/disclosures">financial disclosures</a>.</p><p>© 2025 Example Markets. All Rights Reserved. This article is provided for informational purposes only.</p></span>`,
			"majority investor", ""},
		{"a writer's own disclaimer paragraph stays", "",
			`<p><strong>Disclaimer:</strong> I own a small number of the bank's shares and bought them long before writing this piece for the newsletter.</p>`,
			"", "I own a small number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html lang="en"><head><title>Regional bank beats profit forecasts</title></head><body>
<article><h1>Regional bank beats profit forecasts</h1><div class="post-content">` + tc.above + story + tc.below + `</div></article></body></html>`
			r, err := extract.Extract("https://www.example.com/markets/regional-bank-beats-forecasts", []byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(r.Body, "deposits grew") {
				t.Fatalf("story lost: %q", r.Body)
			}
			if tc.gone != "" && strings.Contains(r.Body, tc.gone) {
				t.Errorf("publisher's notice kept: %q", r.Body)
			}
			if tc.kept != "" && !strings.Contains(r.Body, tc.kept) {
				t.Errorf("writer's own line lost: %q", r.Body)
			}
		})
	}
}

// TestOpeningAuthorCard25: the author card a theme shows beside the byline (a hover card with
// the writer's bio, cut with an ellipsis), read above the story, is no opening of it; a
// paragraph that merely mentions the writer's name stays.
func TestOpeningAuthorCard25(t *testing.T) {
	story := "<p>" + strings.Join(marketStory, "</p><p>") + "</p>"
	for _, tc := range []struct{ name, card, gone string }{
		{"hover card above the story",
			`<div class="post-top"><div class="mini-card"><p>Jane Roe is a markets journalist with over four years of experience in the industry. She has contributed to leading publications such as...</p></div></div>`,
			"markets journalist"},
		{"no card", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html lang="en"><head><title>Regional bank beats profit forecasts</title><meta name="author" content="Jane Roe"></head><body>
<article><h1>Regional bank beats profit forecasts</h1><div class="byline">By <a href="/author/jane-roe">Jane Roe</a></div>` + tc.card + `<div class="post-content">` + story + `</div></article></body></html>`
			r, err := extract.Extract("https://www.example.com/markets/regional-bank-beats-forecasts", []byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Authors) != 1 || r.Authors[0] != "Jane Roe" {
				t.Fatalf("Authors = %q", r.Authors)
			}
			if !strings.HasPrefix(r.Body, "Shares of the regional bank") {
				t.Errorf("Body opens %q", r.Body[:min(len(r.Body), 120)])
			}
			if tc.gone != "" && strings.Contains(r.Body, tc.gone) {
				t.Errorf("author card kept: %q", r.Body)
			}
		})
	}
}
