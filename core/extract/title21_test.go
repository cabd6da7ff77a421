package extract

import "testing"

// A trade magazine's <h1> prints the headline and its deck joined by a colon ("Pier Repairs
// for Ferry Owners: A Harbour Meeting"); its <title> joins the same words with a dash and runs
// the site's column name on after a colon ("Pier Repairs for Ferry Owners - A Harbour Meeting:
// Harbour Weekly Column Article"). The <h1> is the title's opening words, all of them: it is
// the printed headline, and no site name is left to cut from the <title>.
func TestTitleH1OpensUncutTitle(t *testing.T) {
	checkTitles(t, []titlePage{
		{"deck and column trail", `<title>Pier Repairs for Ferry Owners - A Harbour &quot;Round Table&quot; Meeting: Harbour Weekly &quot;Coastal Works&quot; Article</title>`,
			`<div id="issue">Harbour Weekly "Coastal Works" Article (May 16, 2006)</div><h1>Pier Repairs for Ferry Owners: A Harbour &quot;Round Table&quot;
			Meeting</h1>` + aboveStoryBody,
			`Pier Repairs for Ferry Owners: A Harbour "Round Table" Meeting`},
	})
}

// An older sports portal titles a story "Story - Section - Site" and prints the section's
// name in the page's <h1> over the story's headline in an <h2>: the <h1> agrees with the
// title's middle part only, while the <h2> prints its opening part, the longest, whole.
func TestTitleStoryH2UnderSectionH1(t *testing.T) {
	checkTitlesAt(t, "http://www.harboursports.example/football/story-123", []titlePage{
		{"section h1", `<title>Harbour United sign veteran keeper - Football - Harbour Sports</title>`,
			`<h1>Football</h1><div><h2>Harbour United sign veteran keeper</h2>` + aboveStoryBody + `</div><h2>Other Football Stories</h2><h2>Latest News</h2>`,
			"Harbour United sign veteran keeper"},
		{"short story part", `<title>Keeper Derby-bound - Football - Harbour Sports</title>`,
			`<h1>Football</h1><div><h2>Keeper Derby-bound</h2>` + aboveStoryBody + `</div><h2>Other Football Stories</h2>`,
			"Keeper Derby-bound"},
		{"two-word section h1", `<title>Harbour United sign veteran keeper - Breaking News - Harbour Sports</title>`,
			`<h1>Breaking News</h1><div><h2>Harbour United sign veteran keeper</h2>` + aboveStoryBody + `</div><h2>Other Breaking News Stories</h2><h2>Latest News</h2>`,
			"Harbour United sign veteran keeper"},
	})
}

// A title "Story - Site Name - Tagline" whose middle part is the host's name spelled in words
// ("Harbour Central" on harbourcentral.example) ends in the site's tagline, which the masthead
// prints in a styled <div> and which is longer than the headline: the story's part is the one
// before the site's name, printed in the page's headline <div>.
func TestTitleTaglineAfterSiteName(t *testing.T) {
	checkTitlesAt(t, "http://www.harbourcentral.example/services/releases/?id=3580033", []titlePage{
		{"tagline after the name", `<title>Slow start cost the Rovers in Portside - Harbour Central - Independent and Minor League Sports News</title>`,
			`<table><tr><td><div class="headerwords">Independent and Minor League Sports News</div></td></tr>` +
				`<tr><td><div class=headline1>Slow start cost the Rovers in Portside</div> 01/13/08 - <a href="/l/1">Harbour League</a></td></tr>` +
				`<tr><td>` + aboveStoryBody + `</td></tr></table>`,
			"Slow start cost the Rovers in Portside"},
	})
}

// The same when the site's name is unknown and the title's last part is the site's tagline
// ("Story - Site Name - Tagline"): the <h1> is still the section's.
func TestTitleStoryH2UnderSectionH1Tagline(t *testing.T) {
	checkTitlesAt(t, "http://www.harbourleagues.example/releases/?id=3580033", []titlePage{
		{"tagline", `<title>Harbour United sign veteran keeper - Harbour Central - Minor League Sports News</title>`,
			`<h1>Minor League Sports News</h1><div><h2>Harbour United sign veteran keeper</h2>` + aboveStoryBody + `</div>`,
			"Harbour United sign veteran keeper"},
	})
}

// A Chinese paper's <h1> prints the headline with a space where the line breaks ("港町渡輪碼頭
// 重建 議會通過"), which its <title> leaves out ("港町渡輪碼頭重建議會通過 | 即時新聞 | 20120111 |
// 港町日報"), under <h1>s naming the edition and the section: the title's opening part, spaces
// aside, is the story's <h1>, printed with its space.
func TestTitleHeadingWithIdeographSpace(t *testing.T) {
	checkTitles(t, []titlePage{
		{"spaced h1", `<title>港町渡輪碼頭重建議會通過 | 即時新聞 | 20120111 | 港町日報</title>`,
			`<h1>各地港町</h1><h1><a href="/search">搜尋港町日報</a></h1><h1><a href="/rt">即時新聞</a></h1><div><h1>港町渡輪碼頭重建 議會通過</h1>` + zhPierStory + `</div><h1>編輯精選</h1>`,
			"港町渡輪碼頭重建 議會通過"},
	})
}

// A video page's <title>, og:title and twitter:title all read "Story | Watch News Videos
// Online": the tagline holds more letters than a short headline, in fewer words. The <h1>
// prints the opening part, of more words than any other part: it is the headline.
func TestTitleH1OverLongerTagline(t *testing.T) {
	checkTitles(t, []titlePage{
		{"tagline", `<title>&#8216;Pier Squad&#8217; born in Utah | Watch Harbour Videos Online</title>` +
			`<meta property="og:title" content="&#8216;Pier Squad&#8217; born in Utah | Watch Harbour Videos Online"><meta property="og:site_name" content="Harbour Post">` +
			`<meta name="twitter:title" content="&#8216;Pier Squad&#8217; born in Utah | Watch Harbour Videos Online">`,
			`<h1>
				&#8216;Pier Squad&#8217; born in Utah	</h1><div class="story">` + aboveStoryBody + `</div>`,
			"‘Pier Squad’ born in Utah"},
	})
}

// The <title> capitalises a word the <h1> prints in lower case ("Story on the rise - Study |
// Site" over the printed "Story on the rise - study"): the printed capitals are the headline's.
func TestTitlePrintedCase(t *testing.T) {
	checkTitlesAt(t, "http://www.harbourpost.example/news/123", []titlePage{
		{"title case in the title", `<title>Ferry fares on the rise - Study  | HarbourPost.example</title>`,
			`<h1>Ferry fares on the rise - study  </h1>` + aboveStoryBody,
			"Ferry fares on the rise - study"},
	})
}

// A newsletter's <title> names its edition before the site's spelled name ("Daily Pier //
// Harbour Brew // Update" on harbourbrew.example): two words are an edition's name, not a
// headline, and the title is not cut there.
func TestTitleEditionBeforeSpelledName(t *testing.T) {
	checkTitlesAt(t, "https://www.harbourbrew.example/daily/issues/pier", []titlePage{
		{"edition", `<title>Daily Pier // Harbour Brew // Update</title>`,
			`<h3>MARKETS</h3><h1>Council votes to rebuild the old ferry pier</h1>` + aboveStoryBody + `<h1>Ferry fares dip in past year</h1><p>Fares fell.</p>`,
			"Council votes to rebuild the old ferry pier"},
	})
}

// A review's <title> is "Headline - Deck : site.example", its <h1> the headline and an <h2>
// the deck: with the site cut, the <h1> opens what is left, and it stays the headline.
func TestTitleH1OverDeckH2(t *testing.T) {
	checkTitlesAt(t, "https://harbourreviews.example/rezension.php?id=1", []titlePage{
		{"deck in h2", `<title>Vom Hafen aus gedacht - Eine Erzählerin verwebt in „Die Fähre“ Lokales und Globales : harbourreviews.example</title>`,
			`<h1>Vom Hafen aus gedacht</h1><h2>Eine Erzählerin verwebt in „Die Fähre“ Lokales und Globales</h2>` + aboveStoryBody,
			"Vom Hafen aus gedacht"},
	})
}

// cutAtHostPart cuts at the host's name spelled in words only where a tagline follows it and
// a headline precedes it: a name closing the title is cleanTitle's to cut (counting it here
// made "Headline?, Deck - Harbour News" an uncut title that a deck's heading could end), and
// an edition's name before it is no headline.
func TestCutAtSpelledHostPart(t *testing.T) {
	const host = "www.harbournews.example"
	for _, c := range []struct{ title, want string }{
		{"Ferry fares dip in past year - Harbour News - Local and Minor League News", "Ferry fares dip in past year"},
		{"Harbour: No Ferry During Repairs?, Council May Shut The Old Pier - Harbour News", "Harbour: No Ferry During Repairs?, Council May Shut The Old Pier - Harbour News"},
		{"Daily Pier // Harbour News // Update", "Daily Pier // Harbour News // Update"},
	} {
		if got := cutAtHostPart(c.title, host); got != c.want {
			t.Errorf("cutAtHostPart(%q) = %q, want %q", c.title, got, c.want)
		}
	}
}
