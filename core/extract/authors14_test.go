package extract

import (
	"strings"
	"testing"
)

// pageAuthorsOf extracts a synthetic page given whole inside <body> and returns its authors.
func pageAuthorsOf(t *testing.T, pageURL, head, body string) []string {
	t.Helper()
	page := "<html><head><title>Um título para o teste</title>" + head + "</head><body>" + body + "</body></html>"
	r, err := Extract(pageURL, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Authors
}

var storyText14 = "<p>" + strings.Repeat("A câmara municipal aprovou na segunda-feira o novo orçamento da cidade depois de um longo debate. ", 6) + "</p>"

// The Spanish and Portuguese word for author marks a byline element as "author" does
// ("div.autor", "p.autor"); inside a word ("autoresize") it names a script's behaviour.
func TestAuthorsAutorClass(t *testing.T) {
	got := authorsOf(t, "https://example.com.br/a", "", `<div class="data-materia"><div class="autor">BRUNO CALIXTO</div><div class="data">27/10/2016</div></div>`)
	checkAuthors(t, "div.autor", got, []string{"Bruno Calixto"})
	got = authorsOf(t, "https://example.com.br/a", "", `<p class="autor">Tânia Monteiro e Carla Araújo,<br>O Estado de S.Paulo</p>`)
	checkAuthors(t, "p.autor with the paper on the next line", got, []string{"Tânia Monteiro", "Carla Araújo"})
	got = authorsOf(t, "https://example.com.br/a", "", `<div class="textarea-autoresize">Mariana Souza</div>`)
	checkAuthors(t, "autoresize", got, nil)
}

// A menu of article cards, each with its writer's class, fills the byline elements before the
// headline; the story's own byline after it still counts.
func TestAuthorsBylineCapAfterHeadline(t *testing.T) {
	var menu strings.Builder
	for i := range 18 {
		menu.WriteString(`<div class="item-post-navigation author"><h3><a href="/p` + string(rune('a'+i)) + `">Como configurar o servidor número ` + string(rune('a'+i)) + `</a></h3></div>`)
	}
	got := pageAuthorsOf(t, "https://example.com.br/a", "", `<div class="menu">`+menu.String()+`</div><article><header><h1>Um título para o teste</h1> Por<span class="author-name"><a href="/perfil/allan">Allan Douglas</a></span> em <span class="post-date">24/10/2016</span></header>`+storyText14+`</article>`)
	checkAuthors(t, "menu cards", got, []string{"Allan Douglas"})
}

// A page template named for its layout with a sidebar ("…-sidebar-page") wraps the story: its
// byline is the story's, not a sidebar's.
func TestAuthorsSidebarPageLayout(t *testing.T) {
	got := pageAuthorsOf(t, "https://example.com/a", "", `<article class="cards cards-primary-suspender-sidebar-page"><div class="mod-story"><h1>Um título para o teste</h1><section class="story-byline-module"><div class="asset-metabar"><span class="asset-metabar-author">Liza Lucas , WXIA</span><span class="asset-metabar-time">2:57 AM. EDT October 06, 2017</span></div></section>`+storyText14+`</div></article><aside class="sidebar"><span class="author">Jane Roe</span></aside>`)
	checkAuthors(t, "sidebar-page", got, []string{"Liza Lucas"})
}

// An article:author that is a Facebook profile's address credits a person, not the network:
// it does not make an agency's credit on a teaser end the search for the byline.
func TestAuthorsProfileAddressIsNoOrganisation(t *testing.T) {
	got := pageAuthorsOf(t, "https://example.com.br/a", `<meta property="article:author" content="https://www.facebook.com/AllanDowg">`,
		`<div class="widget"><span class="author">Reuters</span></div><article><h1>Um título para o teste</h1><span class="author-name">Allan Douglas</span>`+storyText14+`</article>`)
	checkAuthors(t, "facebook address", got, []string{"Allan Douglas"})
}

// The author card's post ("author-office") is no co-author, though capitalised like a name.
func TestAuthorsCardOffice(t *testing.T) {
	got := authorsOf(t, "https://example.com.br/a", "", `<div class="entry-authors"><a class="author-perfil" href="/author/x/"><span class="author-info"><span class="author-name">Haroldo Caetano</span><br><span class="author-office">Promotor de Justiça</span></span></a></div>`)
	checkAuthors(t, "author-office", got, []string{"Haroldo Caetano"})
}

// An embedded post's author (a tweet widget's "cntopten-author") is not the story's, nor is a
// newspaper's name that opens with the word for one ("Jornal Correio").
func TestAuthorsEmbeddedPostAndPeriodical(t *testing.T) {
	got := authorsOf(t, "https://example.com.br/a", "", storyText14+`<div class="item-twitter-wrap"><div class="cntwitter-info"><a href="https://twitter.com/vs" class="cntopten-author">Vanessa Senadora</a></div></div>`)
	checkAuthors(t, "tweet", got, nil)
	got = authorsOf(t, "https://example.com.br/a", "", storyText14+`<div class="cnfooter-author"><a href="https://youtube.com/channel/x" class="cnitem-author">Jornal Correio</a></div>`)
	checkAuthors(t, "periodical", got, nil)
}

// Author metadata the page never prints (a translator, the account that posted the story) or
// that is the site's own name gives way to the byline element that prints the writer; a lone
// word never printed (the content system's vendor) is no writer; an author meta that repeats
// Dublin Core's publisher is the company's.
func TestAuthorsMetaAgainstPrintedByline(t *testing.T) {
	got := authorsOf(t, "https://computerworld.example.com.br/a", `<meta property="article:author" content="Veronica Couto">`,
		`<div class="autor"><a href="/autor/matt-hamblem">Matt Hamblem - Computerworld</a></div>`)
	checkAuthors(t, "translator", got, []string{"Matt Hamblem"})
	got = authorsOf(t, "https://olhardigital.example.com.br/a", `<meta name="author" content="Olhar Digital">`,
		`<div class="post-meta"><span class="author">Rodrigo Loureiro</span></div><p>Olhar Digital</p>`)
	checkAuthors(t, "site name", got, []string{"Rodrigo Loureiro"})
	got = authorsOf(t, "https://www.example.com/a", `<meta name="author" content="EndPlay">`, "")
	checkAuthors(t, "vendor", got, nil)
	got = authorsOf(t, "https://elpais.example.com/a", `<meta name="author" content="Ediciones El País"><meta name="DC.publisher" content="Ediciones El País">`,
		`<span class="firma"><a href="/autor/b/" rel="author">Belén Domínguez Cebrián</a> / <a href="/autor/a/" rel="author">Andrés Mourenza</a></span>`)
	checkAuthors(t, "DC publisher", got, []string{"Belén Domínguez Cebrián", "Andrés Mourenza"})
}

// A newspaper's name after the last name of a credit ("… and Richard Winton Los Angeles
// Times") and an outlet a syndicated story credits beside its writer are not people.
func TestAuthorsNewspaperAndSyndicationSource(t *testing.T) {
	got := authorsOf(t, "https://www.example.com/a", `<meta name="author" content="Matt Pearce, Matt Hamilton and Richard Winton Los Angeles Times">`, "")
	checkAuthors(t, "newspaper", got, []string{"Matt Pearce", "Matt Hamilton", "Richard Winton"})
	got = authorsOf(t, "https://www.example.com/a", `<meta name="author" content="Jane Roe The Boston Globe">`, "")
	checkAuthors(t, "The newspaper", got, []string{"Jane Roe"})
	got = authorsOf(t, "https://www.example.com/a", "", `<div class="byline__author">By Jocelyn Timperley, Carbon Brief</div>`+
		`<p>This story was published with permission from Carbon Brief.</p>`)
	checkAuthors(t, "syndicated", got, []string{"Jocelyn Timperley"})
	got = authorsOf(t, "https://www.example.com/a", "", `<div class="byline__author">By Jocelyn Timperley, Mary Clare Jalonick</div>`)
	checkAuthors(t, "two writers", got, []string{"Jocelyn Timperley", "Mary Clare Jalonick"})
}

// Credits in the text, not in byline elements: a bold "Name - Repórter da …" line, a closing
// "Reportagem – Name" over the editor's line, a columnist's closing one-line note.
func TestAuthorsCreditLines(t *testing.T) {
	got := authorsOf(t, "https://example.com.br/a", "", `<header><div class="node-info"><span><strong>Paulo Virgílio - Repórter da Agência Brasil</strong></span></div></header>`)
	checkAuthors(t, "role line", got, []string{"Paulo Virgílio"})
	got = pageAuthorsOf(t, "https://example.com.br/a", "", `<article><h1>Um título para o teste</h1>`+storyText14+`</article><div id="creditosMateria"><span>Reportagem – Eduardo Piovesan<br>Edição – Pierre Triboli</span></div>`)
	checkAuthors(t, "dash label", got, []string{"Eduardo Piovesan"})
	got = pageAuthorsOf(t, "https://example.com/a", "", `<article><h1>Um título para o teste</h1><p>`+strings.Repeat("The board met on Monday and approved the budget after a long debate. ", 6)+`</p><p><span style="font-style: italic;">Michael Pascoe is a BusinessDay contributing editor.</span></p></article>`)
	checkAuthors(t, "sign-off", got, []string{"Michael Pascoe"})
	got = pageAuthorsOf(t, "https://example.com/a", "", `<article><h1>Um título para o teste</h1><p>`+strings.Repeat("The board met on Monday and approved the budget after a long debate. ", 6)+`</p><p>Jane Roe is a professor of law at the university.</p></article>`)
	checkAuthors(t, "guest note", got, nil)
}

// Korean, Chinese and Japanese credits: a broadcast anchor handing over to the reporter, a
// closing "name / picture source" line, the stamp label "송고시간", a correspondent's special
// dispatch ("專電"), an affiliation in full-width brackets after the name.
func TestAuthorsFourteenthCJK(t *testing.T) {
	ko := "<p>" + strings.Repeat("그룹의 멤버가 어제 세상을 떠났습니다. 팬들의 충격은 더 큰데요. ", 5) + "</p>"
	got := pageAuthorsOf(t, "https://www.example.co.kr/a", "", `<article><h1>가수 사망 소식</h1><ul class="info"><li>송고시간 2023-04-20 13:24:13</li></ul><div class="story">[앵커]<br><br>그룹의 멤버가 어제 세상을 떠났습니다.<br><br>신새롬 기자입니다.<br><br>[기자]<br><br>`+strings.Repeat("온라인에서는 믿을 수 없다는 팬들의 글이 쏟아졌습니다. ", 6)+`</div></article>`)
	checkAuthors(t, "hand-over", got, []string{"신새롬"})
	got = pageAuthorsOf(t, "https://www.example.co.kr/a", "", `<article><h1>Um título para o teste</h1><ul class="info"><li>송고시간 2023-04-20 13:24:13</li></ul>`+ko+`</article>`)
	checkAuthors(t, "stamp label", got, nil)
	got = pageAuthorsOf(t, "https://www.example.co.kr/a", "", `<article><h1>가수 사진 공개</h1><div class="view">`+strings.Repeat("공개된 사진 속 가수는 과감한 스타일을 뽐낸 모습이다. ", 6)+`<br/><br/>박노준 / 사진출처 비비 인스타그램</div></article>`)
	checkAuthors(t, "name and picture source", got, []string{"박노준"})
	got = pageAuthorsOf(t, "https://www.example.com.tw/a", "", `<article><h1>電競亞室運 中華隊奪牌希望濃</h1><p>（中央社記者姜遠珍仁川富平29日專電）中華代表隊選手楊家正今天在韓國仁川進行的電競比賽預賽，連挫中國大陸、伊朗、韓國，晉級4強，奪牌希望濃。</p><p>`+strings.Repeat("他在賽後表示，團隊準備充分，希望能夠再接再厲。", 4)+`</p></article>`)
	checkAuthors(t, "special dispatch", got, []string{"姜遠珍"})
	got = authorsOf(t, "https://www.example.jp/a", `<meta name="cXenseParse:author" content="松本 卓也（ニッポンドットコム）">`, "")
	checkAuthors(t, "bracketed affiliation", got, []string{"松本 卓也"})
}

// The story's info line under the headline, "date | section | names", ends with its writers;
// two names of two words each run together when their links are flattened.
func TestAuthorsInfoLineUnderHeadline(t *testing.T) {
	got := pageAuthorsOf(t, "https://archiwum.example.pl/a", "", `<div id="story"><h1 class="articleTitle">Um título para o teste</h1><div class="artDetails">26 listopada 2022 | Plus Minus |  Piotr Litka Tomasz Krzyżak</div>`+storyText14+`</div>`)
	checkAuthors(t, "info line", got, []string{"Piotr Litka", "Tomasz Krzyżak"})
	got = pageAuthorsOf(t, "https://archiwum.example.pl/a", "", `<div id="story"><h1 class="articleTitle">Um título para o teste</h1><div class="artDetails">26 listopada 2022 | Plus Minus | Kraj i Świat</div>`+storyText14+`</div>`)
	checkAuthors(t, "section last", got, nil)
}

// A list of other stories' cards, each an <article> beside the next with its writer's "autor",
// after a headline that stands in no <article>: their writers are not the story's.
func TestAuthorsOtherStoryCards(t *testing.T) {
	card := `<article class="post"><a href="/2024/11/01/x/">Outra notícia</a><div class="p-description"><em class="date">1.11.24</em><span class="autor"><a href="/forum/?u=1">Шамиль Алиуллов</a></span></div></article>`
	got := pageAuthorsOf(t, "https://example.ru/a", "", `<div class="container"><h1>Um título para o teste</h1>`+storyText14+`</div><div class="list">`+card+card+card+`</div>`)
	checkAuthors(t, "cards", got, nil)
	// A sidebar's "By" line that runs on into its menu is no name with an outlet after it.
	got = pageAuthorsOf(t, "https://example.net/a", "", `<div id="Sidebar"><p>By <strong>John Gruber</strong></p><ul><li><a href="/archive/">Archive</a></li><li><a href="/t">The Talk Show</a></li><li>Dithering</li><li>Projects</li><li>Contact</li><li>Colophon</li></ul></div><div class="article"><h1>Um título para o teste</h1>`+storyText14+`</div>`)
	checkAuthors(t, "sidebar", got, []string{"John Gruber"})
}

// What the meta-against-byline rule must leave: a menu entry for an author taxonomy
// ("menu-item-object-autor"); a meta name printed in capitals; a printed byline that spells
// the meta's writer otherwise; a personal site whose owner is author and Dublin Core publisher.
func TestAuthorsMetaAgainstPrintedBylineGuards(t *testing.T) {
	got := authorsOf(t, "https://example.cu/a", "", `<ul><li class="menu-item menu-item-type-taxonomy menu-item-object-autor"><a href="/autor/f/">Reflexiones de Fidel</a></li></ul><div><strong>Por: </strong><a href="/autor/y/" rel="category tag">Yaima Puig Meneses</a></div>`)
	checkAuthors(t, "menu entry", got, []string{"Yaima Puig Meneses"})
	got = authorsOf(t, "https://example.com/a", `<meta name="author" content="Steven Davidoff Solomon">`,
		`<div class="kicker-author">Deal Professor</div><p class="byline">By <span class="byline-author">STEVEN DAVIDOFF SOLOMON</span></p>`)
	checkAuthors(t, "capitals", got, []string{"Steven Davidoff Solomon"})
	got = authorsOf(t, "https://example.com/a", `<meta name="author" content="By Hugo Martín">`, `<div class="storybyline">By Hugo Martn</div>`)
	checkAuthors(t, "lost letter", got, []string{"Hugo Martín"})
	got = authorsOf(t, "https://example.de/a", `<meta name="author" content="Jan"><meta name="DC.publisher" content="Jan">`, "")
	checkAuthors(t, "personal site", got, []string{"Jan"})
}
