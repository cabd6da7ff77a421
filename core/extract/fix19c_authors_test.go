package extract

import "testing"

func TestUnprintedCreditSpellingTheSiteIsNoAuthor(t *testing.T) {
	// The author meta names the broadcaster by the words its initials stand for, printed
	// nowhere on the page, where the site goes by the initials: the publisher, not a person.
	story := `<article><h1>Um título para o teste</h1>` + storyText14 + `</article>`
	got := pageAuthorsOf(t, "https://www.rn.example/news/1234-story/",
		`<meta property="og:site_name" content="RN International"><meta name="article:author" content="Radio Nordeste">`, story)
	checkAuthors(t, "unprinted initials of the site", got, nil)
	// A person's name that happens to spell the site's initials is printed in the byline.
	got = pageAuthorsOf(t, "https://www.rn.example/news/1234-story/",
		`<meta property="og:site_name" content="RN International"><meta name="article:author" content="Rita Nunes">`,
		`<article><h1>Um título para o teste</h1><div class="byline">By Rita Nunes</div>`+storyText14+`</article>`)
	checkAuthors(t, "a printed writer with the site's initials", got, []string{"Rita Nunes"})
	// Unprinted, a name that spells no name of the site stays.
	got = pageAuthorsOf(t, "https://www.rn.example/news/1234-story/",
		`<meta property="og:site_name" content="RN International"><meta name="article:author" content="Rita Alves">`, story)
	checkAuthors(t, "unprinted writer", got, []string{"Rita Alves"})
}

func TestBylineNameEndingInAnInitialKeepsItsPeriod(t *testing.T) {
	// A Spanish writer signs with her second surname's initial ("Sonia Perez D."): the period
	// is the initial's, not the end of a sentence.
	got := authorsOf(t, "https://example.com/a", "",
		`<div class="byline"><span class="byline-author-name">Lucia Gomez R.</span><span>, </span><a href="https://agency.example">Example Press</a></div>`)
	checkAuthors(t, "initial ending a byline name", got, []string{"Lucia Gomez R."})
}

func TestBylineJoinedCoAuthorOverMetaFirstAuthor(t *testing.T) {
	// The author meta names the first writer only; the byline under the headline names her and
	// a co-author joined by "and", each linked to a profile: both wrote the story.
	got := authorsOf(t, "https://example.com/a", `<meta name="author" content="Ellen Marsh">`,
		`<div class="view-byline"><p><span>By</span> <a href="/news/ellen-marsh/101">Ellen Marsh</a> and <a href="/news/aaron-field/102">Aaron Field</a></p></div>`)
	checkAuthors(t, "by A and B", got, []string{"Ellen Marsh", "Aaron Field"})
}

func TestMicrodataAuthorWithSeveralNames(t *testing.T) {
	// One author item holds every writer's name, each its own itemprop="name": all are authors.
	got := authorsOf(t, "https://example.com/a", `<meta property="article:author" content="https://www.facebook.com/example.writer">`,
		`<div class="sig-line"><span class="byline" itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="byline-role">by </span>`+
			`<a href="/people/dana-north/"><span itemprop="name">Dana North</span></a>, <a href="/people/paul-west/"><span itemprop="name">Paul West</span></a>, `+
			`<a href="/people/ann-east/"><span itemprop="name">Ann East</span></a> and <a href="/people/amy-south/"><span itemprop="name">Amy South</span></a></span></div>`)
	checkAuthors(t, "four names in one item", got, []string{"Dana North", "Paul West", "Ann East", "Amy South"})
}

func TestSiteAcronymDeskOpeningTheBylineBox(t *testing.T) {
	// The byline box opens with the broadcaster's local station ("XYZ Great Southern": the
	// site's acronym and a region), then "By" and the writers: the station is no writer, and
	// the writers the meta names only the first of are read from the line below it.
	got := authorsOf(t, "https://www.xyz.example/news/2019-01-10/harvest/10700", `<meta property="og:site_name" content="XYZ News"><meta name="author" content="Ellen Marsh">`,
		`<div class="view-infosourcebyline"><div class="view-infosource"><a href="https://www.xyz.example/greatsouthern"><p class="">XYZ Great Southern</p></a></div>`+
			`<div class="view-byline"><p><span>By</span> <a href="/news/ellen-marsh/101">Ellen Marsh</a> and <a href="/news/aaron-field/102">Aaron Field</a></p></div></div>`)
	checkAuthors(t, "station over the byline", got, []string{"Ellen Marsh", "Aaron Field"})
	// A desk credited alone is no person either.
	got = authorsOf(t, "https://www.xyz.example/news/2019-01-10/harvest/10700", `<meta property="og:site_name" content="XYZ News">`,
		`<div class="byline">XYZ Great Southern</div>`)
	checkAuthors(t, "station alone", got, nil)
}
