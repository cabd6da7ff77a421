package extract

import (
	"strings"
	"testing"
)

// A label over other stories that names their topic, section or outlet after "Read more on",
// "Most read in", "Latest in" or "More in" ("Read more on THE MISSING MUM", "Most read in The
// Sun", "Latest on Tiger Global", "More in Gadgets"), left in the story's column over its
// teasers or alone once they went: the label goes with its list, the story stays.
func TestNamedRecircLabels32(t *testing.T) {
	boxes := map[string]string{
		"read more on": `<div class="read-more-container"><h2>Read more on THE HARBOUR DREDGING</h2>` +
			`<div class="teasers"><a href="/news/ferry-fares"><span>FARES</span><h3>Ferry company says fares will rise again in autumn</h3></a>` +
			`<a href="/news/lighthouse"><span>MUSEUM</span><h3>Keepers' cottage to become a museum next year</h3></a></div></div>`,
		"most read in": `<div class="rail"><section><h2>Most read in The Harbour Times</h2></section>` +
			`<ul><li><a href="/news/ferry-fares">Ferry company says fares will rise again in autumn</a></li>` +
			`<li><a href="/news/lighthouse">Keepers' cottage to become a museum next year</a></li></ul></div>`,
		"latest on": `<h3>Latest on Harbour Works</h3><ul><li><a href="/news/ferry-fares">Ferry company says fares will rise again in autumn</a></li>` +
			`<li><a href="/news/lighthouse">Keepers' cottage to become a museum next year</a></li></ul>`,
		"more in": `<div class="more"><h4>More in Coast News:</h4></div>`,
	}
	for name, box := range boxes {
		body := extract30(t, harbourPage30(box, ""))
		for _, gone := range []string{"Read more on", "Most read in", "Latest on", "More in Coast", "Ferry company says", "Keepers' cottage"} {
			if strings.Contains(body, gone) {
				t.Errorf("%s: recirculation line %q still in the body:\n%s", name, gone, body)
			}
		}
		checkKept30(t, name, body, "approved the dredging budget", "follow the old channel", "waited for the work", "Fishermen welcomed")
	}
}

// Subheadings of the story that open alike stay: the words after "more in" or "latest on" are
// prose in lower case, not a name. So does a link in a sentence that points to another story
// with a name ("Read more in Tuesday's Harbour Column").
func TestNamedRecircLookalikesStay32(t *testing.T) {
	for _, sub := range []string{"More in store for the ferry", "Latest on the quay repairs", "Read more about the dredgers below"} {
		body := extract30(t, harbourPage30(`<h3>`+sub+`</h3>`, ""))
		checkKept30(t, sub, body, sub, "approved the dredging budget", "Fishermen welcomed")
	}
	inline := `<p>The dredgers will need two winters to reach the old depth, the engineers said, if the storms spare the channel. ` +
		`<a href="/columns/tuesday-harbour-column">Read more in Tuesday's Harbour Column</a>.</p>`
	body := extract30(t, harbourPage30(inline, ""))
	checkKept30(t, "inline", body, "Read more in Tuesday's Harbour Column", "approved the dredging budget")
}

// Formulas a LaTeX renderer drew as pictures inside the text (WordPress's class="latex", an
// address that says latex) are read as their TeX source, in their sentence; a list of a few of
// them is not dropped as a gallery. A picture with alt text that is no formula stays a picture.
func TestFormulaImagesReadAsSource32(t *testing.T) {
	latex := func(src, alt string) string {
		return `<img decoding="async" src="` + src + `" alt="` + alt + `" class="latex" />`
	}
	wp := "https://s0.wp.com/latex.php?latex=x&bg=ffffff&fg=000&s=0"
	page := `<html><head><title>Dredging by the numbers</title></head><body><main><article><h1>Dredging by the numbers</h1>` +
		`<p>The trust's engineers model the silt in the channel as a layer whose depth changes with the tide and with the work of the dredgers.</p>` +
		`<p>Its depth is ` + latex(wp, "d(t) = d_0 e^{-kt}") + ` where the rate depends on the two dredgers the trust hired for the spring.</p>` +
		`<ul><li>the rate of the first dredger is ` + latex(wp, "k_1 = 0.3") + ` and the second one works at ` + latex(wp, "k_2 = 0.2") + `;</li>` +
		`<li>together they clear the channel when ` + latex("https://latex.codecogs.com/png.latex?k", "k_1 + k_2 \\geq 0.5") + ` holds over ` + latex(wp, "t \\leq 90") + ` days.</li></ul>` +
		`<p>The ferry company checked the model against last year's soundings and found that it overstated the silt only slightly.</p>` +
		`<p><img src="/img/dredger.jpg" alt="The dredger at work in the outer basin"> The first dredger arrived in the harbour on Tuesday morning.</p>` +
		`</article></main></body></html>`
	body := extract30(t, page)
	checkKept30(t, "formulas", body, `d(t) = d_0 e^{-kt}`, "the rate of the first dredger is k_1 = 0.3 and the second",
		`k_1 + k_2 \geq 0.5`, `t \leq 90`, "overstated the silt", "first dredger arrived")
	if strings.Contains(body, "The dredger at work") {
		t.Errorf("a photo's alt text read as text:\n%s", body)
	}
	// A photo whose file is named for the material is no formula.
	page = strings.Replace(page, `src="/img/dredger.jpg"`, `src="/img/latex-gloves.jpg"`, 1)
	if body = extract30(t, page); strings.Contains(body, "The dredger at work") {
		t.Errorf("a photo's alt text read as text:\n%s", body)
	}
}

// An advertisement's picture in the story's column (a 160×600 skyscraper from an ad server
// whose address names no picture) does not lead the post when the page names none.
func TestAdUnitImageNoLead32(t *testing.T) {
	page := `<html><head><title>Harbour trust approves dredging</title></head><body><main><article><h1>Harbour trust approves dredging</h1>` +
		harbourStory30 + `<div id="sky"><a href="https://ads.example/cgi/r?n=203"><img border="0" width="160" height="600" src="https://ads.example/cgi/x?;n=203;c=1360188"></a></div>` +
		`</article></main></body></html>`
	r, err := Extract("https://harbour.example/news/dredging", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.ImageURL, "ads.example") {
		t.Errorf("lead image is the advertisement: %q", r.ImageURL)
	}
	// A story picture the page prints at a squarer size still leads.
	page = strings.Replace(page, `width="160" height="600" src="https://ads.example/cgi/x?;n=203;c=1360188"`, `width="300" height="250" src="https://harbour.example/img/dredger.jpg"`, 1)
	if r, err = Extract("https://harbour.example/news/dredging", []byte(page)); err != nil {
		t.Fatal(err)
	}
	if r.ImageURL != "https://harbour.example/img/dredger.jpg" {
		t.Errorf("story picture lost as lead: %q", r.ImageURL)
	}
}

// Paragraphs a metered paywall marks aria-hidden="true" after the ones it shows (the page prints
// them whole) are the story's and stay; a short line so marked (a share box's label) stays out.
func TestWithheldParagraphsKept32(t *testing.T) {
	parts := strings.SplitAfter(harbourStory30, "</p>")
	hidden := func(p string) string {
		return strings.Replace(p, "<p>", `<p class="paywall" aria-hidden="true">`, 1)
	}
	page := `<html><head><title>Harbour trust approves dredging</title></head><body><main><article><h1>Harbour trust approves dredging</h1>` +
		parts[0] + parts[1] +
		hidden(`<p>That is a big promise, and maybe a bit of hyperbole: the trust has promised a deeper channel twice before, and twice the silt came back within two winters, as the fishermen who work the outer basin every morning like to remind anyone who asks them about the plans.</p>`) +
		hidden(`<p>If the work succeeds, the ferry company says it could run its larger boat all year instead of only in summer, which would add two crossings a day and bring the timetable back to what it was before the channel silted up in the storms of the last decade.</p>`) +
		`<p aria-hidden="true">Share this with</p>` + `</article></main></body></html>`
	body := extract30(t, page)
	checkKept30(t, "withheld", body, "approved the dredging budget", "follow the old channel", "maybe a bit of hyperbole", "run its larger boat all year")
	if strings.Contains(body, "Share this with") {
		t.Errorf("a hidden share label read as text:\n%s", body)
	}
}
