package extract

import (
	"strings"
	"testing"
)

// An <h1> the markup names a dek retells the story in a sentence that shares most of the
// title's words; it extends no title, and the title the metadata agree on stays.
func TestDekH1ExtendsNoTitle(t *testing.T) {
	checkTitles(t, []titlePage{
		{"quoted headline over a dek h1", `<title>Harbour mayor interviewed: The new budget “is a mistake” for fishermen. - Example Weekly</title>
			<meta property="og:title" content="Harbour mayor interviewed: The new budget “is a mistake” for fishermen.">`,
			`<div class="art-head"><h2 class="art-head-hed">“Nobody Asked Us”</h2>
			<h1 class="art-head-dek">A conversation with the harbour mayor about the storm season, and her view that the new budget is a “mistake” for fishermen.</h1></div>` + articleBody,
			"Harbour mayor interviewed: The new budget “is a mistake” for fishermen."},
	})
}

// A layout that boxes each paragraph in a <div> of its own: the opening paragraph, whose
// linked clause is a third of its text, is the story's all the same; the box that is all a
// link stays out.
func TestBoxedParagraphWithLinkedClause(t *testing.T) {
	rest := strings.Repeat("<p>The harbour board met again on Thursday evening, and the fishermen who came to listen said the plan would cost them a season of work, while the mayor said the money had to come from somewhere.</p>\n", 8)
	page := `<html><head><title>What the harbour vote tells us about the town</title></head><body>
<div id="header"><h1>What the harbour vote tells us about the town</h1><p class="byline">By Jane Roe</p></div>
<div id="mainBody">
<div class="firstPar"><p>One of the oddest things about the harbour debate is how little of it was about boats. <a href="https://other.example/report">It is a common complaint of the fishermen that the town forgets them</a>, a sign of how far the two have drifted.</p></div>
<div class="secondPar"><p><a href="https://blog.example/longer">Read a longer version of this piece on the writer's blog</a></p></div>
<div class="thirdPar"><p>And yet when the vote came, the council chamber was full of fishermen, their families and the shop owners along the quay, and every one of them had something to say about the budget.</p></div>
<div class="fourthPar"><p>Normally this would be a quiet affair. Most budgets pass without a word from the public, but this one asked the harbour to pay for a road it will never use, and people noticed.</p></div>
<div class="rest">` + rest + `</div></div></body></html>`
	res, err := Extract("https://news.example/comment/harbour-vote.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(res.Body, "One of the oddest things") {
		t.Errorf("body lacks the opening paragraph: %q", res.Body[:min(len(res.Body), 200)])
	}
	if strings.Contains(res.Body, "Read a longer version") {
		t.Errorf("body keeps the linked box: %q", res.Body[:min(len(res.Body), 300)])
	}
}

// With no og:image and no <article>, the story's portrait photo (228×327) with its caption as
// alt text leads the post; a skyscraper advertisement, a promotion's picture of a label and
// another story's thumbnail do not.
func TestPortraitLeadPhotoOutsideArticle(t *testing.T) {
	page := `<html><head><title>Court puts off decision on the harbour</title></head><body>
<div id="masthead"><img src="/img/site-logo.gif" width="300" height="47" alt="Example News"></div>
<div class="adColumn"><img src="/ads/sky.gif" width="160" height="600" alt=""></div>
<div class="promo"><img src="/promo/offer.jpg" width="200" height="300" alt="Subscribe today"></div>
<div id="story"><h1>Court puts off decision on the harbour</h1>
<div id="wrapper228"><img src="/photo/2009/03/06/PH0001.jpg" height="327" width="228" alt="The harbour master at the quay on Friday."></div>
` + articleBody + `</div>
<div class="related"><img src="/photo/2005/04/04/PH0002.jpg" width="80" height="72" alt="[Other story]"></div></body></html>`
	res, err := Extract("https://news.example/2009/03/06/harbour.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://news.example/photo/2009/03/06/PH0001.jpg"; res.ImageURL != want {
		t.Errorf("image %q, want %q", res.ImageURL, want)
	}
}

// The clock in a section's header ("<header><h1><a href=/ciencia/>Ciência</a></h1> … Thursday,
// 02-Feb-2017 15:37:30 BRST") tells when the page was served; the story's date is the one
// printed under its own headline.
func TestSectionHeaderClockIsNoPublication(t *testing.T) {
	page := `<html lang="pt-BR"><head><title>Cientista diz que envelhecer não será causa de morte</title></head><body>
<header class="section-head"><h1><a href="/ciencia/">Ciência</a></h1>
<section><div class="date">Thursday, 02-Feb-2017 15:37:30 BRST</div></section></header>
<header class="meta"><h1>Cientista diz que envelhecer não será causa de morte</h1>
<h2 class="date">30/01/2017 02h02</h2></header>
<article>` + strings.Repeat("<p>O pesquisador afirmou em entrevista que a medicina poderá tratar o envelhecimento como uma doença nas próximas décadas, com terapias que já estão em teste.</p>", 5) + `</article></body></html>`
	res, err := Extract("https://m.example.com.br/ciencia/2017/01/1854321-cientista.shtml", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Published.Format("2006-01-02"); got != "2017-01-30" {
		t.Errorf("published %v, want 2017-01-30", res.Published)
	}
}

// A newspaper's address may carry the next morning's print date (/2010/11/14/); its own
// publication keys ("pdate", "DISPLAYDATE") and the printed date name the day the story went
// out.
func TestPrintEditionAddressBelowPublicationKeys(t *testing.T) {
	page := `<html><head><title>Harbour Board Is Freed After Long Dispute</title>
<meta name="pdate" content="20101113"><meta name="DISPLAYDATE" content="November 13, 2010"></head><body>
<h1>Harbour Board Is Freed After Long Dispute</h1><h6 class="byline">By THE EXAMPLE TIMES</h6>
<h6 class="dateline">Published: November 13, 2010</h6>` + articleBody + `</body></html>`
	res, err := Extract("https://www.example.com/2010/11/14/world/asia/14harbour.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Published.Format("2006-01-02"); got != "2010-11-13" {
		t.Errorf("published %v, want 2010-11-13", res.Published)
	}
}

// A block named "credits" right under the headline is the byline: an all-caps name in bold,
// the writer's post on the next line. The site's credits in its footer name nobody.
func TestHeadlineCreditsByline(t *testing.T) {
	page := `<html lang="pt-BR"><head><title>Cientista diz que envelhecer não será causa de morte</title></head><body>
<header class="meta"><h1>Cientista diz que envelhecer não será causa de morte</h1>
<div class="credits"><p><b>JOANA SILVEIRA</b><br>EDITORA-ADJUNTA DE "SAÚDE"</p></div></header>
<article>` + strings.Repeat("<p>O pesquisador afirmou em entrevista que a medicina poderá tratar o envelhecimento como uma doença nas próximas décadas, com terapias que já estão em teste.</p>", 5) + `</article>
<footer><div class="credits">Design by Studio</div></footer></body></html>`
	res, err := Extract("https://m.example.com.br/ciencia/2017/01/1854321-cientista.shtml", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Authors) != 1 || !strings.EqualFold(res.Authors[0], "Joana Silveira") {
		t.Errorf("authors %q, want [Joana Silveira]", res.Authors)
	}
}
