package extract

import (
	"reflect"
	"strings"
	"testing"
)

// authorsOf extracts a synthetic page and returns its authors.
func authorsOf(t *testing.T, pageURL, head, body string) []string {
	t.Helper()
	page := "<html><head><title>Ein Titel für den Test</title>" + head + "</head><body><article><h1>Ein Titel für den Test</h1>" +
		body + "<p>" + strings.Repeat("Der Gemeinderat hat am Montag über den neuen Haushalt beraten und ihn beschlossen. ", 6) +
		"</p></article></body></html>"
	r, err := Extract(pageURL, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Authors
}

func checkAuthors(t *testing.T, name string, got, want []string) {
	t.Helper()
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: authors = %q, want %q", name, got, want)
	}
}

// The publication credited as author is not a person: by og:site_name, JSON-LD publisher,
// a part of the publisher's name, the host, or a domain written as a name.
func TestAuthorsSiteIsNoPerson(t *testing.T) {
	for _, c := range []struct {
		name, url, head, body string
		want                  []string
	}{
		{"og:site_name", "https://www.sn.at/a/1", `<meta property="og:site_name" content="Salzburger Nachrichten"><meta name="author" content="Salzburger Nachrichten">`, "", nil},
		{"publisher part, then meta", "https://example.de/a", `<meta name="author" content="Shany Littman"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"Krautreporter"},"publisher":{"@type":"Organization","name":"Krautreporter eG"}}</script>`, "", []string{"Shany Littman"}},
		{"host label", "https://vnexpress.net/a-1.html", `<meta name="author" content="VnExpress">`, "", nil},
		{"domain as name", "https://example.de/a", `<meta name="author" content="NDR.de">`, "", nil},
		{"person beside the domain", "https://example.lt/a", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":[{"@type":"Person","name":"Povilas Aleksandravičius"},{"@type":"Person","name":"Lrt.lt"}]}</script>`, "", []string{"Povilas Aleksandravičius"}},
		{"French site in a Par byline", "https://www.lefigaro.fr/a", `<meta property="og:site_name" content="Le Figaro">`, `<div class="byline">Par Le Figaro et AFP</div>`, nil},
	} {
		checkAuthors(t, c.name, authorsOf(t, c.url, c.head, c.body), c.want)
	}
}

// Desks, newsrooms and agencies in several languages are not people.
func TestAuthorsDesksAndAgencies(t *testing.T) {
	for _, c := range []struct {
		name, head string
		want       []string
	}{
		{"Redaktion", `<meta name="author" content="NZZ-Redaktion">`, nil},
		{"Nachrichtenagentur", `<meta name="author" content="Nachrichtenagentur">`, nil},
		{"Agenturen", `<meta name="author" content="Agenturen">`, nil},
		{"Nachrichten", `<meta name="author" content="Nachrichten">`, nil},
		{"Publishers", `<meta name="author" content="Hanover Publishers">`, nil},
		{"person and agency", `<meta name="author" content="Konstantin Furrer, Deutsche Presse-Agentur">`, []string{"Konstantin Furrer"}},
		{"Russian agency", `<meta name="author" content="ТАСС">`, nil},
		{"Korean agency", `<meta name="author" content="연합뉴스">`, nil},
		{"Japanese agency", `<meta name="author" content="共同通信社">`, nil},
		{"company in capitals", `<meta name="author" content="EXAMPLE DIGITAL INC.">`, nil},
		{"company with Inc.", `<meta name="author" content="Example Inc.">`, nil},
		{"company with Co., Ltd.", `<meta name="author" content="Example Media Co., Ltd.">`, nil},
		{"company with GmbH", `<meta name="author" content="Beispiel Verlag GmbH">`, nil},
		{"person and company", `<meta name="author" content="Jane Roe, Example Corp">`, []string{"Jane Roe"}},
		{"Japanese company", `<meta name="author" content="株式会社サンプル">`, nil},
		{"Chinese company", `<meta name="author" content="北京样例科技有限公司">`, nil},
		{"Korean company", `<meta name="author" content="(주)샘플미디어">`, nil},
		{"Korean company in words", `<meta name="author" content="주식회사 샘플">`, nil},
		{"Japanese given name ending in 司", `<meta name="author" content="小田健司">`, []string{"小田健司"}},
		{"Arabic pair in JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"عنوان طويل للمقال هنا","author":{"@type":"Person","name":"كايلا إبستين وأنجليكا كاساس"}}</script>`, []string{"كايلا إبستين", "أنجليكا كاساس"}},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://example.org/a", c.head, ""), c.want)
	}
}

// The word that opens a byline is not part of the name, and what follows the name after a
// comma (a place, a desk in capitals) is not a second author.
func TestAuthorsBylinePrefixAndTail(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"von + desk", `<div class="byline">von David Straub, MDR THÜRINGEN</div>`, []string{"David Straub"}},
		{"Von + place", `<div class="byline">Von Seb Dumitru, Lille</div>`, []string{"Seb Dumitru"}},
		{"Von + agency", `<div class="byline">Von DPA</div>`, nil},
		{"Par", `<div class="byline">Par Jean Dupont</div>`, []string{"Jean Dupont"}},
		{"Por", `<div class="byline">Por María López</div>`, []string{"María López"}},
		{"di lower-case", `<div class="byline">di Mario Rossi</div>`, []string{"Mario Rossi"}},
		{"Di surname", `<div class="byline">Luigi Di Maio</div>`, []string{"Luigi Di Maio"}},
		{"glued By", `<div class="byline">ByChris Thompson</div>`, []string{"Chris Thompson"}},
		{"bare By", `<div class="author">By</div><div class="author">MND Staff</div>`, nil},
		{"capital names stay", `<div class="byline">By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER</div>`, []string{"Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker"}},
		{"Korean reporter", `<div class="byline">홍길동 기자</div>`, []string{"홍길동"}},
		{"Danish og", `<div class="byline">Trine Jørgensen og Tôrtia Johansen</div>`, []string{"Trine Jørgensen", "Tôrtia Johansen"}},
		{"Arabic و on the second name", `<div class="byline">كايلا إبستين وأنجليكا كاساس</div>`, []string{"كايلا إبستين", "أنجليكا كاساس"}},
		{"Arabic name opening with و", `<div class="byline">سامر وليد</div>`, []string{"سامر وليد"}},
		{"Russian и", `<div class="byline">Анна Петрова и Иван Смирнов</div>`, []string{"Анна Петрова", "Иван Смирнов"}},
		{"Korean 및", `<div class="byline">홍길동 및 김철수</div>`, []string{"홍길동", "김철수"}},
		{"ideographic comma", `<div class="byline">山田太郎、鈴木花子</div>`, []string{"山田太郎", "鈴木花子"}},
		{"Arabic comma", `<div class="byline">سامر حداد، ليلى خوري</div>`, []string{"سامر حداد", "ليلى خوري"}},
		{"follow button", `<div class="author">Folgen</div>`, nil},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://example.org/a", "", c.body), c.want)
	}
}

// "Site, City, Country" and "By TPN, in News, Portugal, Business" credit an organisation
// with its place or sections, no person.
func TestAuthorsPlacesBesideOrganisation(t *testing.T) {
	checkAuthors(t, "meta", authorsOf(t, "https://www.example.de/a", `<meta name="author" content="hessenschau.de, Frankfurt, Germany">`, ""), nil)
	checkAuthors(t, "by line", authorsOf(t, "https://example.com/a", "", `<p>By TPN, in News, Portugal, Business, Property · 31 Jan 2025, 20:02</p>`), nil)
}

// A desk credited with its outlet in capitals names no person: "Editors, USA TODAY" is not
// "Usa Today".
func TestAuthorsDeskWithOutlet(t *testing.T) {
	head := `<meta property="og:site_name" content="EXAMPLE TODAY"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"Editors, EXAMPLE TODAY"}}</script>`
	checkAuthors(t, "desk, outlet", authorsOf(t, "https://www.example.com/a", head, ""), nil)
	head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"JOHN ROE"}}</script>`
	checkAuthors(t, "capital name alone", authorsOf(t, "https://www.example.com/a", head, ""), []string{"John Roe"})
}

// An image's credit is the photographer's or the agency's, not the story's author.
func TestAuthorsPhotoCredits(t *testing.T) {
	body := `<figure><img src="a.jpg"><figcaption itemprop="author">Mads Rasmussen/Ritzau Scanpix</figcaption></figure>`
	checkAuthors(t, "figcaption", authorsOf(t, "https://example.gl/a", `<meta property="article:author" content="Trine Jørgensen">`, body), []string{"Trine Jørgensen"})
	body = `<span itemprop="author">(Image: Getty Images/Cultura RF)</span><span itemprop="author">Emma Mackenzie</span>`
	checkAuthors(t, "Image: label", authorsOf(t, "https://example.co.uk/a", "", body), []string{"Emma Mackenzie"})
}

// itemprop=author elements in teasers below the story have their own byline box; the story's
// co-authors share one even when each has an author card. Cards above the story, outside the
// <article> holding the headline, are not its authors either.
func TestAuthorsTeaserBylines(t *testing.T) {
	teaser := func(n string) string {
		return `<div class="card"><h2><a href="/x">Other story</a></h2><span class="e-byline"><span class="e-byline__meta" itemprop="author"><span itemprop="name">` + n + `</span></span></span></div>`
	}
	body := `<span class="e-byline e-byline--multi"><span class="e-byline__meta" itemprop="author"><span itemprop="name">Madeleine Howell</span></span></span>` +
		`<p>` + strings.Repeat("Text of the story goes here and on. ", 10) + `</p>` + teaser("Rebecca Astill") + teaser("Jack Rear")
	checkAuthors(t, "teasers", authorsOf(t, "https://example.co.uk/a", "", body), []string{"Madeleine Howell"})
	body = `<div class="authors"><div class="author-card"><span itemprop="author">Anna Berg</span></div><div class="author-card"><span itemprop="author">Bo Lind</span></div></div>`
	checkAuthors(t, "co-authors", authorsOf(t, "https://example.se/a", "", body), []string{"Anna Berg", "Bo Lind"})
	// A reading list of other posts above the story, each card an item with its author.
	card := func(n string) string {
		return `<li itemscope itemtype="http://schema.org/Article"><a href="/x"><span itemprop="headline" class="title">Other story</span><span itemprop="author" class="label">` + n + `</span></a></li>`
	}
	page := `<html><head><title>Ein Titel für den Test</title></head><body><ul class="stream">` + card("Rebecca Astill") + card("Jack Rear") +
		`</ul><article itemscope itemtype="http://schema.org/BlogPosting"><h1 itemprop="headline">Ein Titel für den Test</h1><a href="/m" rel="author"><span itemprop="author">Madeleine Howell</span></a>` +
		`<p>` + strings.Repeat("Text of the story goes here and on. ", 10) + `</p></article></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "cards above", r.Authors, []string{"Madeleine Howell"})
}

// A JSON-LD Person may give only givenName and familyName.
func TestAuthorsJSONLDGivenFamilyName(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":[{"@type":"Person","givenName":"Anna Giulia","familyName":"Fink"},{"@type":"Person","givenName":"Birgit","familyName":"Baumann"}]}</script>`
	checkAuthors(t, "given+family", authorsOf(t, "https://example.at/a", head, ""), []string{"Anna Giulia Fink", "Birgit Baumann"})
}

// A JSON-LD Person may list the byline's people in one "name".
func TestAuthorsJSONLDNameList(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":["Dana Woods","Sara Gomez"]}}</script>`
	checkAuthors(t, "name list", authorsOf(t, "https://example.org/a", head, ""), []string{"Dana Woods", "Sara Gomez"})
}

// When the metadata credits the site or an organisation and the first byline agrees, the
// names further down (teasers, "more from") are not the story's; a first byline naming a
// person still counts.
func TestAuthorsOrganisationCreditStops(t *testing.T) {
	head := `<meta property="og:site_name" content="Stuttgarter Zeitung"><meta name="author" content="Stuttgarter Zeitung">`
	body := `<div class="author">dpa</div><div class="author">Von Christoph Reisinger</div>`
	checkAuthors(t, "agency byline", authorsOf(t, "https://example.de/a", head, body), nil)
	head = `<meta property="og:site_name" content="毎日新聞"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Organization","name":"毎日新聞"}}</script>`
	body = `<div class="author">山田太郎</div>`
	checkAuthors(t, "Japanese writer box", authorsOf(t, "https://mainichi.jp/a", head, body), []string{"山田太郎"})
}

// A byline that credits a desk is a header line the body loses, like one naming a person.
func TestHeaderLineOrganisationByline(t *testing.T) {
	if !headerLine("CHARLES GOLDBERG News staff writer", "Another headline") {
		t.Error("a desk byline is a header line")
	}
}

// An author field marked by its label, not its class: "Autorin/Autor" in a <strong>, "Von:",
// "Автор:" as the element's first text.
func TestAuthorsLabelledField(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"German label element", `<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul>`, []string{"Roman Goncharenko"}},
		{"Von colon", `<ul><li class="information-item">Von: <span><a href="/b">Bill MCCARTHY</a>, </span><span><a href="/m">Marisha GOLDHAMER</a></span></li></ul>`, []string{"Bill MCCARTHY", "Marisha GOLDHAMER"}},
		{"Russian", `<p>Автор: Иван Петров</p>`, []string{"Иван Петров"}},
		{"Von without colon is prose", `<p>Von Anfang an Peter Müller</p>`, nil},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://example.org/a", "", c.body), c.want)
	}
}

// A job title after the name is not part of it, also when the markup runs the two together;
// "The Huffington Post" is the site at huffingtonpost.com.
func TestAuthorsJobTitle(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"glued", `<div class="byline">By Howard BlumeStaff Writer</div>`, []string{"Howard Blume"}},
		{"spaced", `<div class="author">Sam Stein Senior Politics Editor</div><div class="author">The Huffington Post</div>`, []string{"Sam Stein"}},
		{"German", `<div class="byline">Anna Weber Redakteurin</div>`, []string{"Anna Weber"}},
		{"role line under the name", `<div class="byline"><span class="author-name"><a href="/jane">Jane Roe</a><div class="label"><span class="byline-type">Former Contributor</span></div></span></div>`, []string{"Jane Roe"}},
		{"role glued to a card's name", `<div class="byline">Anant RoeInfluencer</div>`, []string{"Anant Roe"}},
		{"name, role, employer", `<div class="byline">Posted by Jane Roe, Vice President, Example Cloud</div>`, []string{"Jane Roe"}},
		{"two names with roles", `<div class="byline">By Jane Roe, Guest Contributor, and John Doe, Product Manager</div>`, []string{"Jane Roe", "John Doe"}},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://www.huffingtonpost.com/a", "", c.body), c.want)
	}
}

// A bold paragraph holding only names right before the story's first paragraph or right after
// its last is the byline or signature of a site without a byline field; a bold subheading
// inside the story is not.
func TestAuthorsBoldSignature(t *testing.T) {
	text := "<p>" + strings.Repeat("Der Gemeinderat hat am Montag über den neuen Haushalt beraten. ", 5) + "</p>"
	head := `<meta property="og:site_name" content="Lesotho Times"><meta name="author" content="Lesotho Times">`
	checkAuthors(t, "opening", authorsOf(t, "https://lestimes.com/a", head, `<p><strong>Mohloai Mpesi</strong></p>`+text), []string{"Mohloai Mpesi"})
	page := `<html><head><title>Ein Titel für den Test</title></head><body><article><h1>Ein Titel für den Test</h1>` + text +
		"<p>" + strings.Repeat("Die Opposition kritisierte den Beschluss scharf. ", 5) + `</p><p style="text-align:right"><strong>Lê Phương</strong></p></article></body></html>`
	r, err := Extract("https://vnexpress.net/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "signature", r.Authors, []string{"Lê Phương"})
	checkAuthors(t, "subheading", authorsOf(t, "https://example.com/a", "", text+`<p><strong>Constitutional Literacy</strong></p><p>`+strings.Repeat("Die Opposition kritisierte den Beschluss scharf. ", 5)+`</p>`), nil)
}

// What follows the names on a byline's line is not a name: a date, a reading time, the section,
// "/ Updated: …", a follow link run into the name; a job title alone names nobody, and
// "Surname, Given" is one person.
func TestAuthorsBylineLineTails(t *testing.T) {
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"date", "", `<div class="author">By Laura E. Adkins December 28, 2016</div>`, []string{"Laura E. Adkins"}},
		{"reading time", "", `<div class="author">By Seth Rogovoy 3 min read</div>`, []string{"Seth Rogovoy"}},
		{"section", "", `<div class="byline">Written by Michael Larabel in Valve on 1 June 2019</div>`, []string{"Michael Larabel"}},
		{"updated", "", `<div class="byline">Saibal Dasgupta / TNN / Updated: Oct 9, 2019, 11:05 IST</div>`, []string{"Saibal Dasgupta"}},
		{"glued follow link", "", `<div class="byline">Andrew HusbandTwitterNews &amp; Culture Writer</div>`, []string{"Andrew Husband"}},
		{"title alone, then date", "", `<div class="byline">Editor<br><br>December 20, 2016</div>`, nil},
		{"surname first", `<meta name="parsely-author" content="Gillman, Steve">`, "", []string{"Steve Gillman"}},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://example.com/a", c.head, c.body), c.want)
	}
}

// A byline-class element holding only an author bio names nobody; the looser author element
// with the name is asked then. One naming an organisation still ends the search.
func TestAuthorsStrongBylineWithoutName(t *testing.T) {
	body := `<div class="byline-bio">Laura E. Adkins is Opinion Editor of the Forward.</div><div class="author">By Laura E. Adkins</div>`
	checkAuthors(t, "bio", authorsOf(t, "https://forward.com/a", "", body), []string{"Laura E. Adkins"})
	body = `<div class="byline">Redaktion</div><div class="author">Von Christoph Reisinger</div>`
	checkAuthors(t, "desk", authorsOf(t, "https://example.de/a", "", body), nil)
}

// A personal site or newsletter is named after its author: that name stays a person.
func TestAuthorsPersonalSite(t *testing.T) {
	head := `<meta property="og:site_name" content="Paul Krugman"><meta name="author" content="Paul Krugman">`
	checkAuthors(t, "site named after its author", authorsOf(t, "https://paulkrugman.substack.com/p/a", head, ""), []string{"Paul Krugman"})
	checkAuthors(t, "host named after its author", authorsOf(t, "https://janedoe.com/a", `<meta name="author" content="Jane Doe">`, ""), []string{"Jane Doe"})
}

// A date run into the name ("by Jane DoeNovember 21, 2025") is cut; a bold byline under the
// kicker lines the body keeps is read like one right before the opening.
func TestAuthorsGluedDateAndBylineUnderKicker(t *testing.T) {
	checkAuthors(t, "glued date", authorsOf(t, "https://example.com/a", "", `<p>by Jane DoeNovember 21, 2025 0 1747</p>`), []string{"Jane Doe"})
	head := `<meta property="og:site_name" content="Lesotho Times"><meta name="author" content="Lesotho Times">`
	body := `<p><em>…as the villages cry foul over lost livelihoods</em></p><p><em>…accuse chiefs of ignoring concerns</em></p>` +
		`<p><strong>Mathatisi Sebusi/Mohalenyane Phakela</strong></p>`
	checkAuthors(t, "under kicker", authorsOf(t, "https://lestimes.com/a", head, body), []string{"Mathatisi Sebusi", "Mohalenyane Phakela"})
}

// zhAuthorsOf extracts a synthetic Chinese news page: top is what stands between the headline
// and the story, lead opens the story's first paragraph, tail ends its last one, after is what
// follows the story.
func zhAuthorsOf(t *testing.T, head, top, lead, tail, after string) []string {
	t.Helper()
	prose := strings.Repeat("本市今年的春季植树活动在城郊公园举行，来自各区的三千多名志愿者参加了活动，共种下各类树苗两万余株。", 3)
	page := `<html lang="zh-CN"><head><title>春季植树活动在城郊公园举行</title>` + head + `</head><body>
<h1>春季植树活动在城郊公园举行</h1>` + top + `<div class="content"><p>` + lead + prose + `</p>
<p>` + prose + `</p><p>组织者表示，活动将持续一个月，市民可以通过社区报名参加。` + tail + `</p></div>` + after + `</body></html>`
	r, err := Extract("", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Authors
}

// Chinese pages credit their writers in lines and brackets of their own: a role word ("记者",
// "通讯员", "实习生") before names apart by spaces, a label ("作者：", "文/"), a bracket at the
// story's end; an editor ("责任编辑：") never. Names are two to
// four Han characters; a role line or a bare bracket must name someone with a Chinese family
// name, so a headline ("扬言要对记者不客气") or "（完）" names nobody.
func TestAuthorsChineseCredits(t *testing.T) {
	for _, c := range []struct {
		name, head, top, lead, tail, after string
		want                               []string
	}{
		{"role line under the headline", "", "<p>光明日报记者 王建宏 张文攀</p>", "", "", "", []string{"王建宏", "张文攀"}},
		{"name run into 发自", "", "<p><b>本报记者欧阳晓明发自上海</b></p>", "", "", "", []string{"欧阳晓明"}},
		{"place of the report", "", "<p>新京报记者 李明 山东临清报道</p>", "", "", "", []string{"李明"}},
		{"credit over two lines", "", "<p>本报实习生 刘国栋 周炜</p><p>本报记者 王燕平 方云凤</p>", "", "", "", []string{"刘国栋", "周炜", "王燕平", "方云凤"}},
		{"dateline bracket", "", "", "新华社北京3月1日电（记者 王小红 通讯员 李强）", "", "", []string{"王小红", "李强"}},
		{"bracket at the end, any name", "", "", "", "（记者 扎西次仁）", "", []string{"扎西次仁"}},
		{"bare bracket signature", "", "", "", "（周明 上海报道）", "", []string{"周明"}},
		{"not a signature", "", "", "", "（完）", "", nil},
		{"labelled info line", "", `<table><tr><td>来源：城市晚报</td><td>作者：宋怡 杨志华</td></tr></table>`, "", "", "", []string{"宋怡", "杨志华"}},
		{"label after the time", "", `<table><tr><td>时间：2004年10月21日14:18 作者：郭励弘</td></tr></table>`, "", "", "", []string{"郭励弘"}},
		{"label ends at the next label", "", `<div>作者：芊草凡凡 时间：2005-08-22 19:13</div>`, "", "", "", []string{"芊草凡凡"}},
		{"job title before the name", "", `<div>作者：见习编辑 李琼皙</div>`, "", "", "", []string{"李琼皙"}},
		{"文/ signature", "", "", "", "", "<p>文/赵勇</p>", []string{"赵勇"}},
		{"editor is no writer", "", "", "", "", "<p>（ 责任编辑：魏喆 ）</p>", nil},
		{"editor line in the page", "", "", "", "", "<p>责任编辑：张申 </p>", nil},
		{"reporter before editor", "", "", "", "（记者 胡晓蓉）", "<p>责任编辑：孙重远</p>", []string{"胡晓蓉"}},
		{"headline of a teaser", "", "", "", "", `<ul><li><a href="/x">扬言要对记者不客气</a></li></ul>`, nil},
		{"photographer", "", "<p>新华社记者 张浩 摄</p>", "", "", "", nil},
		{"photographer run onto the name", "", "<p>新华社记者张浩摄</p>", "", "", "", nil},
		{"site as meta author", `<meta name="author" content="大汉网络">`, "", "", "", "", nil},
		{"name spaced to three characters", `<meta name="author" content="赵 培">`, "", "", "", "", []string{"赵培"}},
	} {
		checkAuthors(t, c.name, zhAuthorsOf(t, c.head, c.top, c.lead, c.tail, c.after), c.want)
	}
}

// A byline label printed twice (once for screen readers) reads as one: the names after it
// are all read, the capitals included.
func TestAuthorsDoubledBylineLabel(t *testing.T) {
	body := `<div class="ShareByline"><span class="sr">By</span><span>by JANE ROWE, DAVID KERN and PAULA MORE</span></div>`
	checkAuthors(t, "Byby", authorsOf(t, "https://example.com/a", "", body), []string{"Jane Rowe", "David Kern", "Paula More"})
}

// The less common author meta keys are read too: og:article:author before a teaser's byline.
func TestAuthorsMoreMetaKeys(t *testing.T) {
	for _, c := range []struct{ name, head string }{
		{"og:article:author", `<meta property="og:article:author" content="Cécile Durand">`},
		{"article:author_name", `<meta property="article:author_name" content="Cécile Durand">`},
		{"byline", `<meta name="byline" content="Cécile Durand">`},
		{"dcsext.author", `<meta name="dcsext.author" content="Cécile Durand">`},
	} {
		body := `<div class="teaser-list"><a class="author" href="/p/rm">Raphaël Mercier</a></div>`
		checkAuthors(t, c.name, authorsOf(t, "https://example.fr/a", c.head, body), []string{"Cécile Durand"})
	}
	// "Publisher | Portal" names no person.
	checkAuthors(t, "publisher | portal", authorsOf(t, "https://example.kr/a", `<meta property="og:article:author" content="뉴스타파 | 네이버">`, ""), nil)
}

// A byline block holding several rel=author links gives every author.
func TestAuthorsSeveralAuthorLinks(t *testing.T) {
	body := `<address data-component="meta-byline"><div class="x1"><a rel="author" href="/p/jw">Julia Carrie Wong</a> and <a rel="author" href="/p/sl">Sam Levin</a></div></address>`
	checkAuthors(t, "rel=author", authorsOf(t, "https://example.com/a", "", body), []string{"Julia Carrie Wong", "Sam Levin"})
}

// A byline under the headline beats a teaser's stronger byline below the story's <article>.
func TestAuthorsTeaserAfterTheStory(t *testing.T) {
	page := `<html><head><title>Payments Can Begin</title></head><body><main><article><h1>Payments Can Begin</h1>` +
		`<div class="story__info"><span class="story__info__item">By <a href="/author/kw"> Kathy Wise </a></span> <span class="story__info__item"> Published in <a href="/s/fb">FrontBurner</a></span></div>` +
		`<p>` + strings.Repeat("The court declined to review the settlement on Monday, and payments can begin. ", 6) + `</p></article></main>` +
		`<section><article class="w-stories__item"><h1><a href="/other">Another Story</a></h1><a class="byline" href="/author/mm">Michael Moon</a></article></section></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "teaser after the article", r.Authors, []string{"Kathy Wise"})
}

// A container whose class names a layout state ("withSidebar", "has-sidebar") is no sidebar:
// the byline inside it is the story's.
func TestAuthorsLayoutStateIsNoSidebar(t *testing.T) {
	for _, cls := range []string{"detailBodyContainer withSidebar", "layout has-sidebar", "no-comments"} {
		body := `<div class="` + cls + `"><div class="bylineDetails"><span class="authorText"><a href="/author/pe">Pete Evans</a></span> · Example News · <time>Posted: Oct 14, 2022 9:27 AM ET</time></div></div>`
		checkAuthors(t, cls, authorsOf(t, "https://example.ca/a", "", body), []string{"Pete Evans"})
	}
}

// A layout wrapper named for story column and sidebar together ("content-sidebar-wrap") that
// holds the headline wraps the story: the byline under the headline is the story's. The bare
// layout name on a column is a sidebar, even with a widget's <h1>, and its byline stays out.
func TestAuthorsContentSidebarWrapper(t *testing.T) {
	story := `<h1>Senators Return To The Budget Talks</h1><div class="post-info"><span class="author vcard"><span class="fn"><a href="/author/tl" class="fn n" rel="author">Tina Lorca</a></span></span> <div class="date published time">4:52 PM on 04/28/2013</div></div>` +
		`<p>` + strings.Repeat("The senators returned to the budget talks on Monday after a week away from the capital. ", 6) + `</p>`
	for _, id := range []string{"content-sidebar-wrap", "content_sidebar_wrapper"} {
		body := `<div id="` + id + `"><div id="content" class="hfeed"><div class="post">` + story + `</div></div><div id="sidebar" class="sidebar widget-area"><ul><li>Popular</li></ul></div></div>`
		checkAuthors(t, id, authorsOf(t, "https://example.com/a", "", body), []string{"Tina Lorca"})
	}
	column := `<div class="post"><h1>Senators Return To The Budget Talks</h1><p>` + strings.Repeat("The senators returned to the budget talks on Monday after a week away from the capital. ", 6) + `</p></div>` +
		`<div class="content-sidebar"><h1 class="widget-title">Latest</h1><div class="post-info"><span class="author vcard"><a href="/author/ow" rel="author">Omar Wells</a></span></div><p>Another story from the desk.</p></div>`
	checkAuthors(t, "bare column", authorsOf(t, "https://example.com/a", "", column), nil)
}

// A byline of a name part and a job-title part credits the name alone: inline, with only a
// space between, the title would run on into the name; as blocks, the desk would read as a
// second author.
func TestAuthorsBylineNameAndTitleParts(t *testing.T) {
	for _, tag := range []string{"span", "div"} {
		body := `<h1>Storm Hits The Coast</h1><span class="byline">
			<` + tag + ` class="byline-name">By Jane Roe</` + tag + `>
			<` + tag + ` class="byline-title">Example World Service</` + tag + `>
		</span><p>` + strings.Repeat("The storm reached the coast late on Sunday and cut power to thousands of homes. ", 6) + `</p>`
		checkAuthors(t, tag, authorsOf(t, "https://example.com/a", "", body), []string{"Jane Roe"})
	}
	for _, tag := range []string{"span", "div"} {
		body := `<h1>Storm Hits The Coast</h1><span class="byline">
			<` + tag + ` class="byline-name">By Jane Roe</` + tag + `>
			<` + tag + ` class="byline-title">Example News, Washington</` + tag + `>
		</span><p>` + strings.Repeat("The storm reached the coast late on Sunday and cut power to thousands of homes. ", 6) + `</p>`
		checkAuthors(t, tag+" with place", authorsOf(t, "https://example.com/a", "", body), []string{"Jane Roe"})
	}
}

// A meta author in lower case is title-cased when the "Written by" card agrees or the page
// shows the name; alone, a lower-case pair of words is no name.
func TestAuthorsLowerCaseMetaAuthor(t *testing.T) {
	head := `<meta name="author" content="cindy mangold">`
	card := `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="cindy mangold">`
	checkAuthors(t, "card agrees", authorsOf(t, "https://example.com/a", head+card, ""), []string{"Cindy Mangold"})
	checkAuthors(t, "alone", authorsOf(t, "https://example.com/a", head, ""), nil)
	// The card alone is the account that posted the story, not its byline.
	checkAuthors(t, "card is no byline", authorsOf(t, "https://example.com/a", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Sam Rahm">`,
		`<div class="byline">Duncan Bellamy</div>`), []string{"Duncan Bellamy"})
}

// A nickname in quotes between given name and surname is part of the name; a writer's short
// sign in parentheses after it is not.
func TestAuthorsNicknameAndWriterSign(t *testing.T) {
	checkAuthors(t, "nickname", authorsOf(t, "https://example.com/a", `<meta name="author" content="Amanda &quot;Tania Mae&quot; Tan">`, ""), []string{`Amanda "Tania Mae" Tan`})
	checkAuthors(t, "quoted headline part", authorsOf(t, "https://example.com/a", `<meta name="author" content="Motherhood Has Been “Amazing">`, ""), nil)
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":[{"@type":"Person","name":"Elena Obermann (obe)"},{"@type":"Person","name":"Corin Gallus (cog.)"}]}</script>`
	checkAuthors(t, "writer sign", authorsOf(t, "https://example.ch/a", ld, ""), []string{"Elena Obermann", "Corin Gallus"})
}

// Under metadata that credits only an organisation, a lone word in an author element (a
// button's label) is no author.
func TestAuthorsLoneWordUnderOrganisation(t *testing.T) {
	head := `<meta property="og:site_name" content="Salzburger Nachrichten"><meta name="author" content="Salzburger Nachrichten">`
	checkAuthors(t, "button", authorsOf(t, "https://example.at/a", head, `<div class="author-follow"><button class="author-cancel">Abbruch</button></div>`), nil)
	checkAuthors(t, "full name", authorsOf(t, "https://example.at/a", head, `<div class="author">Anna Huber</div>`), []string{"Anna Huber"})
}

// Co-authors printed one a line in the byline block, each in an author element of its own,
// complete metadata that names only one of them; a job title on the next line is no co-author.
func TestAuthorsCoAuthorLines(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":[{"@type":"Person","name":"Marlene Lund Holm"}]}</script>`
	body := `<div class="byline"><div class="author-name">Ingrid Trebor</div><div class="author-name">Marlene Lund Holm</div></div>`
	checkAuthors(t, "two cards", authorsOf(t, "https://example.no/a", ld, body), []string{"Ingrid Trebor", "Marlene Lund Holm"})
	ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":[{"@type":"Person","name":"Houston Mitch"}]}</script>`
	body = `<div class="byline"><div class="author-name">By Houston Mitch</div><div class="author-title">Assistant Sports Editor<a class="follow">Follow</a></div></div>`
	checkAuthors(t, "job title", authorsOf(t, "https://example.com/a", ld, body), []string{"Houston Mitch"})
}

// article:author given as a profile page's address names its writer when nothing else does.
func TestAuthorsProfileAddress(t *testing.T) {
	checkAuthors(t, "profile", authorsOf(t, "https://example.com/a", `<meta property="article:author" content="https://www.example.com/editors/jon-fingers">`, ""), []string{"Jon Fingers"})
	checkAuthors(t, "facebook page", authorsOf(t, "https://example.com/a", `<meta property="article:author" content="https://www.facebook.com/examplenews">`, ""), nil)
	checkAuthors(t, "numbered", authorsOf(t, "https://example.com/a", `<meta property="article:author" content="https://www.example.com/author/pete-evans-1.33">`, ""), nil)
}

// A meta author that lists credits with their roles (models, make-up) yields to the byline,
// which names the writers among them.
func TestAuthorsMetaCreditsList(t *testing.T) {
	head := `<meta name="author" content="Connie Wong,Sharon Mirza,Ariel Pierre at MSA Models,Bethie Girma,Paul Warren for Amika">`
	checkAuthors(t, "credits", authorsOf(t, "https://example.com/a", head, `<div class="byline">Connie Wong</div>`), []string{"Connie Wong"})
	head = `<meta name="author" content="Connie Wong, Sharon Mirza">`
	checkAuthors(t, "two writers", authorsOf(t, "https://example.com/a", head, `<div class="byline">Connie Wong</div>`), []string{"Connie Wong", "Sharon Mirza"})
}

// Metadata that names the story's editor, whom the page labels so, yields to the author
// element naming the writer.
func TestAuthorsEditorInMetadata(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"Heri Yadi"}}</script>`
	body := `<div class="author-2">Naufal Zuhri</div><p>` + strings.Repeat("Pemerintah mengumumkan kebijakan baru untuk pendidikan hari ini. ", 4) + `</p><div class="editor">Editor : <a class="author" href="/author/112/heri">Heri Yadi</a></div>`
	checkAuthors(t, "editor", authorsOf(t, "https://example.id/a", ld, body), []string{"Naufal Zuhri"})
	// The editor who is also the byline's writer stays.
	body = `<div class="author-2">Heri Yadi</div><div class="editor">Editor : <a class="author" href="/author/112/heri">Heri Yadi</a></div>`
	checkAuthors(t, "editor writes", authorsOf(t, "https://example.id/a", ld, body), []string{"Heri Yadi"})
}

// A Chinese story signed in brackets at the end of its last paragraph is credited when the
// reading runs on past it (the unit's name under the story, which the cleaned story drops),
// a name on a line of its own under the headline is the writer's (one without a family name
// when the page heads the story "name：headline"), and failing all else a source label
// naming a person credits them.
func TestAuthorsChineseSignatureAndNameLine(t *testing.T) {
	prose := strings.Repeat("本市今年的春季植树活动在城郊公园举行，来自各区的三千多名志愿者参加了活动，共种下各类树苗两万余株。", 3)
	for _, c := range []struct {
		name, story string
		want        []string
	}{
		{"signature above the unit's name", `<p>` + prose + `</p><p>` + prose + `</p><p>到头来，一位自甘穷酸的外科医生。（袁源）</p><p>北京大学医学部新闻中心</p>`, []string{"袁源"}},
		{"name under the headline", `<p align="center"><strong>比赛革命的革命</strong></p><p>胡平<br><br>——对文化革命的政治心理学分析<br><br>` + prose + `</p><p>` + prose + `</p>`, []string{"胡平"}},
		{"names under the headline", `<p>社会资本与再就业</p><p>赵延东、风笑天</p><p>` + prose + `</p><p>` + prose + `</p>`, []string{"赵延东", "风笑天"}},
		{"not a name under the headline", `<p>社会资本与再就业</p><p>正文</p><p>` + prose + `</p><p>` + prose + `</p>`, nil},
		{"language switch", `<p>` + prose + `</p><p>` + prose + `</p><p>English</p><p>Français</p><p>简体</p>`, nil},
		{"pen name that heads the story", `<p><b>茉莉：春季植树活动</b></p><p>春季植树活动</p><p>茉莉</p><p>` + prose + `</p><p>` + prose + `</p>`, []string{"茉莉"}},
		{"pen name alone", `<p>春季植树活动</p><p>茉莉</p><p>` + prose + `</p><p>` + prose + `</p>`, nil},
		{"source label naming a person", `<p>` + prose + `</p><p>` + prose + `</p><p>来源: 尹娟</p>`, []string{"尹娟"}},
		{"source label naming a paper", `<p>` + prose + `</p><p>` + prose + `</p><p>来源：新华网</p>`, nil},
	} {
		page := `<html lang="zh-CN"><head><title>显示</title></head><body><table><tr><td>` + c.story + `</td></tr></table></body></html>`
		r, err := Extract("", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.name, r.Authors, c.want)
	}
}

// Twelfth round (twelfth-en): organisations in the author meta, UI text and outlets glued to a
// byline's name, capitals before an agency, and a story's "comments_datetime" meta bar.
func TestAuthorsTwelfthEnglish(t *testing.T) {
	for _, c := range []struct {
		name, url, head, body string
		want                  []string
	}{
		{"author meta repeats publisher meta", "https://example.com/a", `<meta name="author" content="Acmeworks"><meta name="publisher" content="Acmeworks">`,
			`<div class="post-info">by Jocelyn K. Glei</div>`, []string{"Jocelyn K. Glei"}},
		{"magazine in author meta", "https://example.com/a", `<meta name="author" content="Foo Bar Magazine">`, "", nil},
		{"broadcaster in author meta", "https://example.de/a", `<meta name="author" content="Bayerischer Rundfunk">`, "", nil},
		{"the newspaper in capitals", "https://example.com/a", "", `<h6 class="byline">By THE DAILY PLANET TIMES</h6>`, nil},
		{"site's name opens a job title", "https://www.galmag.com/a", "",
			`<div class="byline">By <a href="/profile/1">Andrea Kowal</a>, GalMag Entertainment Diva</div>`, []string{"Andrea Kowal"}},
		{"comment link run into the name", "https://example.com/a", "",
			`<div class="byline">by <span class="author">Brenna Ehrlich</span> <a href="#comments">View Comments</a></div>`, []string{"Brenna Ehrlich"}},
		{"outlet after the name opens with its acronym", "https://example.co.uk/a", "",
			`<div class="mvb"><span class="byl">By Poonam Taneja</span><br><span class="byd">BBC Asian Network</span></div>`, []string{"Poonam Taneja"}},
		{"reporters in capitals before the agency", "https://example.com/a", "",
			`<div class="byline">By MAGGIE MICHAEL and PAUL SCHEMM, Associated Press</div>`, []string{"Maggie Michael", "Paul Schemm"}},
		{"byline in the story's comments_datetime bar", "https://example.com/a", "",
			`<div class="comments_datetime"><p><a href="#" class="wire_author">TODD PITMAN</a> | 01/10/10 06:13 AM | AP</p></div>`, []string{"Todd Pitman"}},
		{"personal site named after its author", "https://anisse.example.eu/a", `<meta name="author" content="Anisse Example">`, "", []string{"Anisse Example"}},
		{"WordPress author link titled Posts by", "https://example.com/a", "",
			`<div class="post-sub"><a rel="nofollow" href="/author/xyz/" title="Posts by Anthony Ha">Anthony Ha</a> August 18, 2010</div>`, []string{"Anthony Ha"}},
		{"profile link whose address spells the name", "https://example.com/a", "",
			`<div class="post-meta"><time datetime="2016-05-11">May 11, 2016</time> <span><a href="https://example.com/author/dlcade">DL Cade</a></span></div>`, []string{"DL Cade"}},
	} {
		checkAuthors(t, c.name, authorsOf(t, c.url, c.head, c.body), c.want)
	}
	// A headline set in no <h1>: the "Posts by" link counts on a line that prints a date.
	page := `<html><head><title>Gantto takes on Project</title></head><body><div class="headline">Gantto takes on Project</div>` +
		`<div class="sub"><a rel="nofollow" href="/author/tcleena/" title="Posts by Leena Rao">Leena Rao</a><div></div>Aug 13, 2010</div><div class="entry"><p>` +
		strings.Repeat("The startup said on Friday that its web application now handles large projects for teams. ", 6) + `</p></div></body></html>`
	r, err := Extract("https://example.com/2010/08/13/gantto/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "Posts by link without <h1>", r.Authors, []string{"Leena Rao"})
	// "sidebar-right" on the wrapper of the story and its sidebar is the layout, not a sidebar.
	page = `<html><head><title>Man takes out drone</title></head><body><section class="page-layout has-sidebar sidebar-right"><article>` +
		`<h1>Man takes out drone</h1><div class="post-meta"><span><a href="https://example.com/author/dlcade">DL Cade</a></span></div><p>` +
		strings.Repeat("A man at a history festival threw a spear at a flying drone and brought it down. ", 6) +
		`</p></article><aside class="sidebar">Popular</aside></section></body></html>`
	if r, err = Extract("https://example.com/2016/05/11/drone/", []byte(page)); err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "sidebar-right layout wrapper", r.Authors, []string{"DL Cade"})
	// Capitals after an organisation are still its outlet.
	checkAuthors(t, "desk, outlet", splitAuthors("Editors, USA TODAY"), nil)
}
