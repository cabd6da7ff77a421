package extract

import "testing"

// A heading that prints the headline followed by the time or the date in brackets (a news
// ticker's "Story 【16:15】", "Story (08:49)") is the headline the <title> opens with, against a
// site part no source names: without the stamp it is the title's longest part, as a heading
// followed by a bare "16:15" already was.
func TestHeadingWithBracketedStamp(t *testing.T) {
	const story = "天冷抵抗力弱 齒源膿瘍患者多"
	var cases []titlePage
	for _, stamp := range []string{"【16:15】", "(16:15)", "[2012-01-12]", "（08:49）"} {
		cases = append(cases, titlePage{"stamp " + stamp,
			`<title>` + story + ` - 港口電子報 即時新聞</title><meta name="title" content="` + story + ` - 港口電子報 即時新聞">`,
			`<h2 class="news_title">` + story + ` <span class="time">` + stamp + `</span></h2><div>` + aboveStoryBody + `</div>`, story})
	}
	const en = "Council votes to rebuild the old ferry pier before summer"
	cases = append(cases, titlePage{"stamp after a Latin headline",
		`<title>` + en + ` - Harbour Electronic Paper Instant News</title>`,
		`<h2>` + en + ` <span>(08:49)</span></h2><div>` + aboveStoryBody + `</div>`, en})
	// A bracketed group that is no stamp stays part of the heading.
	cases = append(cases, titlePage{"bracketed words",
		`<title>` + en + ` (Video) - Harbour Electronic Paper Instant News</title>`,
		`<h2>` + en + ` (Video)</h2><div>` + aboveStoryBody + `</div>`, en + " (Video)"})
	checkTitles(t, cases)
}
