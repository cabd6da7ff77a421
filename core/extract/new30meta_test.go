package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// A Dutch page's reader comments sit in "<div id=reacties>", the word Dutch newsrooms use for

// comments: under a short release note (a paragraph and a list of fixes) the thread is longer

// A list template names the block that holds the whole story with a style modifier ending in

// "header" ("suplist_long_custom_header"); readability drops such a block as unlikely and read

// the writer's bio and the editor's notices beside it. A block of four paragraphs and more is

// Open Graph's article:author is an array: a page repeats it once per writer, and both are

// the byline when the page prints them in a box no byline class names.
func TestRepeatedArticleAuthor30(t *testing.T) {
	page := `<html><head><title>Ambassador warns on trade deal</title>
<meta property="article:author" content="Maeve Roe"><meta property="article:author" content="Aida Doe Alonso"></head><body>
<article><h1>Ambassador warns on trade deal</h1><div class="contributors">Από <a href="/profiles/1628">Maeve Roe</a> &amp; <a href="/profiles/1940">Aida Doe Alonso</a></div>
<p>The ambassador said on Tuesday that rejecting the trade agreement would be an act of economic negligence by the parliament.</p>
<p>Members of parliament are due to vote on the agreement next week after months of talks between the two sides.</p></article></body></html>`
	r := new30Extract(t, "https://gr.example.com/2026/03/24/ambassador-trade-deal", page)
	if want := []string{"Maeve Roe", "Aida Doe Alonso"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
}

// A byline printed in lower case without "By" ("lawrence bonk", a style sheet capitalises it),

// a link to the writer's profile whose address spells the words: the name, capitalised. The

// story's wrapper carries a platform's feature switches ("showCommentsIconInShareSec"), which

// name no comment thread around the byline.
func TestLowerCaseProfileByline30(t *testing.T) {
	page := `<html><head><title>The studio has a new game in the works</title></head><body>
<div class="caas showCommentsIconInShareSec enableStickyAds"><article><header><h1>The studio has a new game in the works</h1></header>
<div class="caas-attr-meta"><div class="caas-attr-item-author"><span class="author-byline"><a href="https://www.example.com/about/editors/lawrence-bonk-01/">lawrence bonk</a></span></div>
<div class="caas-attr-job-title"><span>Contributing Reporter</span></div></div>
<div class="caas-body"><p>The studio that made the celebrated role-playing game has announced a new project, its first since the layoffs of last year.</p>
<p>The team says the game will be set in a new world and is planned for release on computers and consoles.</p></div></article></div></body></html>`
	r := new30Extract(t, "https://www.example.com/gaming/studio-new-game-185218.html", page)
	if want := []string{"Lawrence Bonk"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
}

// A profile address that numbers the writer before the slug ("/profil/24471/rania-massoud"),

// whose link prints the name twice (a screen reader's label "(Consulter le profil)" and the

// name for the eye): the name the slug spells.
func TestNumberedProfileSlug30(t *testing.T) {
	page := `<html><head><title>Budget fédéral : dépenses de taille</title></head><body>
<article><h1>Budget fédéral : dépenses de taille, compressions humbles</h1>
<div><ul><li><a href="https://www.example.ca/profil/24471/rania-massoud" class="group/signature"><span class="sr">Rania Massoud (Consulter le profil)</span><span aria-hidden="true">Rania Massoud</span></a></li></ul></div>
<p>Le gouvernement a présenté mardi un budget qui prévoit un déficit important, malgré des compressions dans la fonction publique.</p>
<p>Le ministre des Finances a défendu ses choix devant la Chambre des communes en après-midi.</p></article></body></html>`
	r := new30Extract(t, "https://www.example.ca/nouvelle/2205360/budget-federal", page)
	if want := []string{"Rania Massoud"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
}

// A double surname set with a spaced hyphen ("Katarzyna Kapusta - Gruchlik") reads as a name and

// a credit after a dash; the writer's profile address spells it whole, so it is one surname.

// The same line linking an address that does not spell it keeps the cut.
func TestSpacedDoubleSurname30(t *testing.T) {
	page := func(slug string) string {
		return `<html><head><title>Tajemniczy rozbłysk na niebie</title></head><body>
<article><h1>Tajemniczy rozbłysk na niebie, a potem huk</h1>
<div class="article_author"><a href="https://lublin.example.pl/autor/` + slug + `/"><img src="/a.jpg" alt="Katarzyna Kapusta - Gruchlik"></a>
<span class="h3"><a href="https://lublin.example.pl/autor/` + slug + `/">Katarzyna Kapusta - Gruchlik</a></span></div>
<p>Mieszkańcy najpierw zobaczyli na niebie intensywnie zieloną smugę, a chwilę później usłyszeli głośny grzmot i wybuch.</p>
<p>Zjawisko było widoczne także w innych regionach kraju, donoszą miłośnicy astronomii.</p></article></body></html>`
	}
	r := new30Extract(t, "https://lublin.example.pl/bolid-aa-1234.html", page("katarzyna-kapusta-gruchlik-at-SntH-dxwT"))
	if want := []string{"Katarzyna Kapusta-Gruchlik"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
	r = new30Extract(t, "https://lublin.example.pl/bolid-aa-1234.html", page("katarzyna-kapusta-at-SntH-dxwT"))
	if slices.Contains(r.Authors, "Katarzyna Kapusta-Gruchlik") {
		t.Errorf("authors %q joined without the address spelling the surname", r.Authors)
	}
}

// An old table-less page whose <title> is the site's name only prints its headline in a

// <div id="story_heading2">: the element names the story's heading, which is the title, as an

// "article_headline" is (markedArticleHeadline). A teaser list's "related_story_title" is not.
func TestStoryHeadingTitle30(t *testing.T) {
	for _, c := range []struct{ page, want string }{
		{`<div id="story_cat">NEWS | 2014-07-15</div><div id="story_heading2">Strike looms at the diamond mine</div><div>By Jane Roe</div><div id="story_text">WORKERS at the mine are set to down tools.</div>`,
			"Strike looms at the diamond mine"},
		{`<h2 class="storyHeadline">Council approves the harbour budget</h2><p>The council approved the budget.</p>`, "Council approves the harbour budget"},
		{`<ul><li><a href="/a"><span class="related_story_title">Other story about the mine</span></a></li></ul><p>Text.</p>`, ""},
		// The element holds the headline and its stamp: the stamp is no part of it.
		{`<table><tr><td class="story-title">Wurz joins Honda as test driver <span class="latest-news-date"><br>Thursday, 10, January, 2008, 09:14</span></td></tr></table>`,
			"Wurz joins Honda as test driver"},
	} {
		doc, err := html.Parse(strings.NewReader("<html><body>" + c.page + "</body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := markedArticleHeadline(bodyOf(doc)); got != c.want {
			t.Errorf("markedArticleHeadline = %q, want %q\n%s", got, c.want, c.page)
		}
	}
}

// "Comment on this article" opens the form of a page's comment thread, which ends the story:

// A Japanese story ends at the template's "last updated" line ("最終更新:7月13日(水)22時6分"): the

// sponsored talk's teaser after it goes. The story closes with its correspondent's credit after

// the city ("（ロンドン＝寺西和男）"), which names the writer.
func TestJapaneseClosingStampAndCredit30(t *testing.T) {
	page := `<html lang="ja"><head><title>エアバス、大型機の生産大幅減へ - ニュース</title></head><body>
<div class="articleMain"><h1>エアバス、大型機の生産大幅減へ</h1>
<div class="paragraph"><p>欧州航空機最大手のエアバスは１２日、超大型旅客機の生産ペースを大幅に引き下げると発表した。昨年は２７機だった納入数を２０１８年以降は年１２機にする。</p>
<p>世界の航空会社は中・小型旅客機で便数を柔軟に調整する戦略に軸足を移しており、エアバスは「需要の変化に柔軟に対応する」としている。（ロンドン＝山田太郎）</p></div>
<p class="ynLastEditDate">最終更新:7月13日(水)22時6分</p>
<div class="promo"><p>講演「世界で最も長寿な生物」</p><p>写真家が、浜辺にある2,000歳のサンゴから地底の森まで、世界で最も古くから生き続けてきた生命体の写真を見せながら語ります。</p></div></div>
</body></html>`
	r := new30Extract(t, "https://news.example.jp/hl?a=20160713-00000092-bus_all", page)
	if strings.Contains(r.Body, "最終更新") || strings.Contains(r.Body, "長寿な生物") {
		t.Errorf("the stamp or what follows it is in the body:\n%s", r.Body)
	}
	if !strings.Contains(r.Body, "柔軟に対応する") {
		t.Errorf("the story is lost:\n%s", r.Body)
	}
	if want := []string{"山田太郎"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
}

// A platform's feature switches set as classes on the story's wrapper ("showCommentsIconInShareSec",

// "enableComments") name no comment thread: the byline under the wrapper is the story's.
func TestFeatureSwitchClasses30(t *testing.T) {
	page := `<html><head><title>Harbour trust approves dredging</title></head><body>
<div class="caas showCommentsIconInShareSec enableStickyAds"><article><h1>Harbour trust approves dredging</h1>
<div class="caas-attr-item-author"><span class="author-byline">Jane Roe</span></div>
<p>The harbour trust approved the dredging budget on Monday after a long debate about costs and the environment.</p>
<p>Members said the work would start in spring, before the ferry season, and follow the old channel.</p></article></div></body></html>`
	r := new30Extract(t, "https://www.example.com/news/harbour-trust-dredging-185218.html", page)
	if want := []string{"Jane Roe"}; !slices.Equal(r.Authors, want) {
		t.Errorf("authors %q, want %q", r.Authors, want)
	}
}

// A short story under a header that holds the headline and a standfirst, which the page's

// description repeats and the story does not: the story is the body, not the page wrapper

// A Japanese portal's source line under the headline prints the outlet and the day and time
// it delivered the story without a year ("朝日新聞デジタル 7月13日(水)19時37分配信"); the story's
// id in the address's query ("hl?a=20160713-00000092-…") gives the year of that day.
func TestJapaneseDeliveredStamp30(t *testing.T) {
	page := `<html lang="ja"><head><title>エアバス、大型機の生産大幅減へ - ニュース</title></head><body>
<div class="articleMain"><h1>エアバス、大型機の生産大幅減へ</h1>
<p class="source"><a href="/list/?m=paper">朝日新聞デジタル</a>&nbsp;7月13日(水)19時37分配信</p>
<div class="paragraph"><p>欧州航空機最大手のエアバスは１２日、超大型旅客機の生産ペースを大幅に引き下げると発表した。昨年は２７機だった納入数を２０１８年以降は年１２機にする。</p>
<p>世界の航空会社は中・小型旅客機で便数を柔軟に調整する戦略に軸足を移しており、エアバスは「需要の変化に柔軟に対応する」としている。</p></div></div>
</body></html>`
	r := new30Extract(t, "http://headlines.example.co.jp/hl?a=20160713-00000092-paper-bus_all", page)
	if got, want := r.Published.Format(time.RFC3339), "2016-07-13T19:37:00+09:00"; got != want {
		t.Errorf("published %s, want %s", got, want)
	}
	// Without the day in the address the year is not guessed.
	r = new30Extract(t, "http://headlines.example.co.jp/hl?a=00000092-paper-bus_all", page)
	if !r.Published.IsZero() {
		t.Errorf("published %s from a yearless stamp with no year in the address", r.Published)
	}
}

// A byline of two writers with the source run onto the second name, the wire or the
// broadcaster's "… News" ("By Karen Roe and Rich Doe Reuters", "By Vanessa Roe and Rebecca Doe
// Global News"): both writers, without the source.
func TestSourceAfterSecondWriter30(t *testing.T) {
	for _, c := range []struct{ line, site string }{
		{"By Karen Roe and Rich Doe Reuters", "Example News"},
		{`By Karen Roe and Rich Doe <span class="c-byline__source">Global News</span>`, "Global News"},
	} {
		page := `<html><head><title>Court hears the case</title><meta name="application-name" content="` + c.site + `"></head><body>
<main><h1>Court hears the case</h1><div class="c-byline"><div class="c-byline__attribution"><span>` + c.line + `</span></div></div>
<p>The court heard the case on Monday after months of delays, and the judge said a ruling would follow within weeks.</p>
<p>Lawyers for both sides said they were ready to appeal whatever the outcome, according to court filings.</p></main></body></html>`
		r := new30Extract(t, "https://www.example.com/news/9556099/court-hears-case/", page)
		if want := []string{"Karen Roe", "Rich Doe"}; !slices.Equal(r.Authors, want) {
			t.Errorf("%s: authors %q, want %q", c.line, r.Authors, want)
		}
	}
}
