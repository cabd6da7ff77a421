package extract

import "testing"

// TestAuthorsTownBeforeDate33: "Jane Roe, New Delhi | Updated: …" on one line, in the byline
// element or a line of its own, over a story that names "in New Delhi": the town between the
// writer and the date is no co-writer. A second writer before the date, whom the story never
// puts after "in", stays; so does a town the story does not name as a place.
func TestAuthorsTownBeforeDate33(t *testing.T) {
	const u = "https://www.harbourworld.com/news/pier-2024-20"
	site := `<meta property="og:site_name" content="Harbour World">`
	town := "<p>The talks in Port Calder ended late.</p>"
	for _, c := range []struct {
		name, pre, post string
		want            []string
	}{
		{"bar and label", `<div class="byline">Jane Roe, Port Calder | Updated: March 22, 2023 10:50 IST</div>`, town, []string{"Jane Roe"}},
		{"by, comma date", `<div class="byline">By Jane Roe, Port Calder, Mar 22, 2023</div>`, town, []string{"Jane Roe"}},
		{"slash", `<div class="byline">Jane Roe / Port Calder - 22 March 2023</div>`, town, []string{"Jane Roe"}},
		{"name in a span", `<div class="byline"><span class="author">Jane Roe, Port Calder</span> | Updated: March 22, 2023 10:50 IST</div>`, town, []string{"Jane Roe"}},
		{"a line of its own", `<p>By Jane Roe, Port Calder | Updated: March 22, 2023 10:50 IST</p>`, town, []string{"Jane Roe"}},
		{"from the town", `<div class="byline">Jane Roe, Port Calder | March 22, 2023</div>`, "<p>Boats from Port Calder came in.</p>", []string{"Jane Roe"}},
		{"two writers", `<div class="byline">Jane Roe, John Doe | Updated: March 22, 2023 10:50 IST</div>`, "<p>John Doe said the talks ended.</p>", []string{"Jane Roe", "John Doe"}},
		{"town not named", `<div class="byline">Jane Roe, Port Calder | Updated: March 22, 2023 10:50 IST</div>`, "", []string{"Jane Roe", "Port Calder"}},
		{"no date after", `<div class="byline">Jane Roe, Port Calder</div><div class="date">March 22, 2023</div>`, "<p>The view in Port Calderwood was grey.</p>", []string{"Jane Roe", "Port Calder"}},
	} {
		auth32Run(t, c.name, u, auth32Page(site, c.pre, c.post), c.want)
	}
}

// TestAuthorsTeaserByLine33: a byline element that opens with "By" in a related story's box
// after the story is that story's byline, not the page's: the story with no byline of its own
// has no writer. The story's own "By" line in a column or a wrapper the layout names for its
// sidebar, around the headline, stays.
func TestAuthorsTeaserByLine33(t *testing.T) {
	const u = "https://www.harbourworld.com/news/pier-2024-20"
	site := `<meta property="og:site_name" content="Harbour World">`
	related := `</article><aside class="related"><h3><a href="/news/other">Ferry timetable changes next month</a></h3><div class="byline">By John Doe</div></aside><article>`
	auth32Run(t, "related box after", u, auth32Page(site, "", related), nil)
	auth32Run(t, "and the story's own", u, auth32Page(site, `<div class="byline">By Jane Roe</div>`, related), []string{"Jane Roe"})
	column := `<html><head><title>T</title>` + site + `</head><body><div class="content-sidebar-wrap"><article><h1>` + auth32Headline +
		`</h1><span class="author">By Jane Roe</span><p>` + auth32Story + `</p><p>` + auth32Story + `</p></article><div class="sidebar">Links</div></div></body></html>`
	auth32Run(t, "story column", u, column, []string{"Jane Roe"})
	sticky := `<html><head><title>` + auth32Headline + `</title>` + site + `</head><body><div class="row sticky-sidebar"><article><div class="page-header"><h1>` + auth32Headline +
		`</h1><div class="publish-info"><span class="author">By Jane Roe</span> | March 3, 2023</div></div><p>` + auth32Story + `</p><p>` + auth32Story + `</p></article></div></body></html>`
	auth32Run(t, "sidebar-named wrapper", u, sticky, []string{"Jane Roe"})
}
