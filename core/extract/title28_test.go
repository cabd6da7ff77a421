package extract

import "testing"

// A <title> and og:title that agree on the story's topic tags ("Harbour | Ferries") or its
// section ("Ferries") name no story: the page's one <h1>, a headline about that topic, is the
// title. An <h1> that only extends the tag (a masthead's "Ferries Live"), holds it whole under
// a kicker, opens with the site's name the <title> was cut from, or shares no word with it (a
// widget's heading) is no headline over it; nor is a one-part title of three words a tag.
func TestTitleHeadlineOverTopicTitle(t *testing.T) {
	checkTitlesAt(t, "http://www.harbourtown-daily.example.com/stories/ferry-pier-0102", []titlePage{
		{"tag pair",
			`<title>Harbour Works | Ferries</title><meta property="og:title" content="Harbour Works | Ferries">`,
			`<div class="story"><h1>Ferries: the pier comes back in spring</h1>` + aboveStoryBody + `</div>`,
			"Ferries: the pier comes back in spring"},
		{"one-word section",
			`<title>Ferries - Harbourtown Daily</title><meta property="og:site_name" content="Harbourtown Daily">` +
				`<meta property="og:title" content="Ferries"><meta name="twitter:title" content="Ferries">`,
			`<div class="story"><h1>Council rebuilds the old ferries pier</h1>` + aboveStoryBody + `</div>`,
			"Council rebuilds the old ferries pier"},
		{"h1 opening with the tag",
			`<title>Harbour Ferries</title><meta property="og:title" content="Harbour Ferries">`,
			`<div class="story"><h1>Harbour Ferries Live and Direct</h1>` + aboveStoryBody + `</div>`,
			"Harbour Ferries"},
		{"h1 sharing no word",
			`<title>Harbour Ferries</title><meta property="og:title" content="Harbour Ferries">`,
			`<div class="story"><h1>Sign up for our morning letter</h1>` + aboveStoryBody + `</div>`,
			"Harbour Ferries"},
		{"h1 holding the title under a kicker",
			`<title>Ferries Return</title><meta property="og:title" content="Ferries Return">`,
			`<div class="story"><h1>Harbour news: Ferries Return</h1>` + aboveStoryBody + `</div>`,
			"Ferries Return"},
		{"branding h1 opening with the site part",
			`<title>Ferries » Harbour Trust e.V.</title><meta property="og:site_name" content="Harbour Trust e.V.">`,
			`<h1><a href="/">Harbour Trust e.V. Friends of the ferries and their crews</a></h1><div class="story">` + aboveStoryBody + `</div>`,
			"Ferries"},
		{"three-word title of one part is a headline",
			`<title>Ferries sail again</title><meta property="og:title" content="Ferries sail again">`,
			`<div class="story"><h1>After two years the island ferries sail again</h1>` + aboveStoryBody + `</div>`,
			"Ferries sail again"},
		{"short headline, no h1",
			`<title>Harbour Ferries Return</title><meta property="og:title" content="Harbour Ferries Return">`,
			`<div class="story">` + aboveStoryBody + `</div>`,
			"Harbour Ferries Return"},
	})
}

// A page stating two og:titles in different wordings, one of them the <h1> word for word,
// has its printed headline in that one: the other, which JSON-LD and the first og:title
// agree on, is the search wording.
func TestTitleOGTitleStatedTwice(t *testing.T) {
	checkTitlesAt(t, "http://www.harbourtown-daily.example.com/stories/ferry-pier-0102", []titlePage{
		{"second og:title is the h1",
			`<title>Ferry pier to reopen</title><meta property="og:title" content="Ferry pier to reopen">` +
				`<meta property="og:title" content="Council votes to rebuild the old ferry pier before summer">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry pier to reopen"}</script>`,
			`<div class="story"><h1>Council votes to rebuild the old ferry pier before summer</h1>` + aboveStoryBody + `</div>`,
			"Council votes to rebuild the old ferry pier before summer"},
		{"one og:title only",
			`<title>Ferry pier to reopen</title><meta property="og:title" content="Ferry pier to reopen">` +
				`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry pier to reopen"}</script>`,
			`<div class="story"><h1>Council votes to rebuild the old ferry pier before summer</h1>` + aboveStoryBody + `</div>`,
			"Ferry pier to reopen"},
	})
}
