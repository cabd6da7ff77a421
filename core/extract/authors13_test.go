package extract

import (
	"strings"
	"testing"
)

// Thirteenth round: a reporter's post printed where a name goes, with a beat or an outlet's
// acronym before the title ("Education Editor", "AP Business Writer", "HT Correspondent"),
// after the name, before it, or standing alone.
func TestAuthorsBeatJobTitles(t *testing.T) {
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"beat editor after the name", `<meta name="DCSext.author" content="Camilla Turner">`, `<footer class="article-author"><div class="article-author__meta"><div class="byline"><ul class="component-content"><li class="byline__author" itemscope itemtype="https://schema.org/Person" itemprop="author"><span class="byline__author-name" itemprop="name" content="Camilla Turner"><a href="/authors/camilla-turner/">Camilla Turner</a>,
</span>
<span class="byline__author-role" itemprop="jobTitle">Education Editor
</span></li></ul></div></div></footer>`, []string{"Camilla Turner"}},
		{"agency beat writer after capitals", "", `<div class="byline">By JEANNINE AVERSA, AP Economics Writer</div>`, []string{"Jeannine Aversa"}},
		{"agency writers after two names", "", `<div class="byline">By IEVA M. AUGSTUMS and JEANNINE AVERSA, AP Business Writers</div>`, []string{"Ieva M. Augstums", "Jeannine Aversa"}},
		{"weekday and date after the post", "", `<div class="byline">By JAMES PRICHARD, AP Business Writer Fri Dec 28, 6:46 AM ET</div>`, []string{"James Prichard"}},
		{"outlet's post alone in JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"HT Correspondent"}}</script>`, "", nil},
		{"beat reporter alone in the meta", `<meta name="author" content="Metro Reporter">`, "", nil},
		{"our special correspondent", `<meta name="author" content="Our Special Correspondent">`, "", nil},
		{"post before the name", "", `<div class="byline">Posted by</div><span class="author"><a href="/tag/x" rel="tag">CNN Political Reporter Shannon Travis</a></span>`, []string{"Shannon Travis"}},
		{"label word alone", `<meta name="author" content="Autor">`, "", nil},
		{"agency and beat after a name in capitals", "", `<div class="byline">By MIKE STOBBE AP Medical Writer</div>`, []string{"Mike Stobbe"}},
		{"newspaper's staff writers after the names", "", `<div class="storyhdr"><p><span>By Tyler Marshall and Alissa J. Rubin Times Staff Writers</span></p></div>`, []string{"Tyler Marshall", "Alissa J. Rubin"}},
		{"a place's court reporter", `<meta property="og:article:author" content="Antrim Court Reporter">`, "", nil},
		{"post and employer after the name", "", `<span class="byline-author">Posted by Dave Cohen, Engineer Google Photos</span>`, []string{"Dave Cohen"}},
		{"title-cased agency before the post", "", `<div class="byline">Jeannine Aversa, Ap Economics Writer</div>`, []string{"Jeannine Aversa"}},
		{"surname before the post", `<meta name="author" content="Emily Post Staff Writer">`, "", []string{"Emily Post"}},
		{"newspaper's post after the name and a comma", "", `<div class="byline">By Chris Foster, Los Angeles Times Staff Writer</div>`, []string{"Chris Foster"}},
		{"a surname that is a trade stays", `<meta name="author" content="Larry Writer">`, "", []string{"Larry Writer"}},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://example.com/a", c.head, c.body), c.want)
	}
}

// A desk or regional outlet in capitals listed as a Person beside a writer in mixed case is
// no author, as in a byline line ("Engin Haupt, MDR SACHSEN-ANHALT").
func TestAuthorsJSONLDDeskInCapitals(t *testing.T) {
	head := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":[{"@type":"Person","name":"Engin Haupt"},[{"@type":"Person","name":"MDR SACHSEN-ANHALT"}]]}</script>`
	checkAuthors(t, "desk beside a writer", authorsOf(t, "https://www.example.de/a", head, ""), []string{"Engin Haupt"})
	head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":[{"@type":"Person","name":"JANE ROE"},{"@type":"Person","name":"JOHN DOE"}]}</script>`
	checkAuthors(t, "writers all in capitals", authorsOf(t, "https://www.example.de/a", head, ""), []string{"Jane Roe", "John Doe"})
}

// Text that sits where a byline goes without naming anyone: a consent line opening with "By"
// and a verb ("By submitting your comments you agree to … Terms & Conditions"), a profile
// link's label, a publication stamp, a login box whose class says "authorized".
func TestAuthorsBylineShapedUI(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"consent line", `<div class="terms">By submitting your comments you agree to this website's <a href="/terms">Terms &amp; Conditions</a></div>`, nil},
		{"profile link label", `<div class="meta"><a href="/people/jane/" rel="author"><span>View Profile</span></a></div>`, nil},
		{"publication stamp in the byline", `<div class="byline"><p><span>Published on <strong class="pubDate">Wednesday 11 January 2012 16:22</strong></span></p></div>`, nil},
		{"login state class", `<ul class="auth-status"><li class="authorized app-not-added"><a href="#login">Войти</a></li></ul>`, nil},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://example.com/a", "", c.body), c.want)
	}
}

// The word "and" of a list stands between spaces: a name whose letters outside ASCII touch a
// final "y" or "e" ("Materiały prasowe", "Jan Mały") is not split there.
func TestAuthorsConnectiveNeedsSpaces(t *testing.T) {
	checkAuthors(t, "Polish surname ending in -ły", splitAuthors("Jan Mały"), []string{"Jan Mały"})
	checkAuthors(t, "Spanish y", splitAuthors("Ana López y Juan Pérez"), []string{"Ana López", "Juan Pérez"})
	checkAuthors(t, "German und", splitAuthors("Monika Bolliger und Anna Trechsel"), []string{"Monika Bolliger", "Anna Trechsel"})
}

// Interface words and weekdays that land in an author element alone are no names, nor are
// "Agencies" and a newsdesk.
func TestAuthorsInterfaceWordsAlone(t *testing.T) {
	for _, c := range []struct{ name, head, body string }{
		{"agencies", `<meta name="author" content="Agencies">`, ""},
		{"newsdesk", `<meta name="author" content="Newsdesk">`, ""},
		{"tweet button", "", `<div class="author-tools"><a href="/share">Tweet</a></div>`},
		{"weekday", "", `<div class="byline">Tuesday</div>`},
		{"Russian login", "", `<div class="author-login"><a href="/login">Вход</a></div>`},
		{"Hungarian share", "", `<div class="author-share"><a href="/share">Megosztom</a></div>`},
		{"copyright", "", `<div class="byline">Copyright</div>`},
		{"footer link", "", `<div class="byline">Privacy Policy</div>`},
		{"Russian section label", "", `<div class="author"><a href="/opinion/">Мнения</a></div>`},
		{"press office", `<meta name="author" content="Presse">`, ""},
		{"the site's admin account", `<meta name="author" content="Admin">`, ""},
	} {
		checkAuthors(t, c.name, authorsOf(t, "https://example.com/a", c.head, c.body), nil)
	}
	// A footer column the layout names "byline": the copyright notice and its links.
	checkAuthors(t, "footer column", authorsOf(t, "https://example.com/a", "", `<div class="column" id="byline"><h4>Example Sports Network</h4><p>Copyright 2007 Example Report, Inc. All Rights Reserved.</p><ul><li><a href="/terms">Terms of Use</a></li><li><a href="/privacy">Privacy Policy</a></li><li><a href="/advertise">Advertise</a></li></ul></div>`), nil)
	// A byline before the notice in one block stays.
	checkAuthors(t, "byline above the notice", bylineNames("By Jane Roe\nCopyright 2012 Example. All rights reserved."), []string{"Jane Roe"})
	// A recommendation widget's attribution run into its logo's label.
	checkAuthors(t, "recommendation widget", splitAuthors("Taboolaby Taboola"), nil)
}

// Greek bylines open with the genitive article ("Του Στέφανου Τζανάκη", "Της Θεοδώρας Τσώλη")
// or "Από" (by): the label goes, the name stays as printed.
func TestAuthorsGreekBylineLabel(t *testing.T) {
	checkAuthors(t, "Του", splitAuthors("Του Στέφανου Τζανάκη"), []string{"Στέφανου Τζανάκη"})
	checkAuthors(t, "Από", splitAuthors("Από Δημήτρης Βέργος"), []string{"Δημήτρης Βέργος"})
	checkAuthors(t, "editorial team", splitAuthors("Συντακτική Ομάδα"), nil)
}

// A credit in capitals with an acronym that has no vowel ("ESPN NFL", "MDR") is an outlet or
// its desk; a name in capitals has vowels in every word.
func TestAuthorsAcronymCredit(t *testing.T) {
	checkAuthors(t, "outlet's desk in acronyms", authorsOf(t, "https://example.com/a", "", `<ul class="authors"><li><div class="author">ESPN NFL</div></li></ul>`), nil)
	checkAuthors(t, "name in capitals", authorsOf(t, "https://example.com/a", "", `<div class="author">JOHN KING</div>`), []string{"John King"})
	checkAuthors(t, "surname in capitals", splitAuthors("Sam NG"), []string{"Sam NG"})
}

func TestAuthorsAcronymCreditHonorific(t *testing.T) {
	checkAuthors(t, "honorific in capitals", splitAuthors("MRS JANE SMITH"), []string{"Mrs Jane Smith"})
}

// The words that no longer read as names still mark a line of the article header: a stamp
// ("Published: Tuesday, January 08", "Updated Sunday, Jan 15 at 6:19 PM") and a post on its
// own line ("Legal Business Reporter") leave the story's edges as before.
func TestHeaderLineStampAndPost(t *testing.T) {
	for _, l := range []string{"Published: Tuesday, January 08", "Posted on Wednesday, 01.11.12", "Updated Sunday, Jan 15 at 6:19 PM",
		"Published 4 hours ago", "Updated at 11:31 a.m. ET", "Legal Business Reporter", "Posted at 11:28 AM | Permalink", "Published:Â Tuesday, January 08"} {
		if !headerLine(l, "Ein Titel") {
			t.Errorf("headerLine(%q) = false", l)
		}
		if !creditLine(l) {
			t.Errorf("creditLine(%q) = false", l)
		}
	}
	// A stamp with only a time stays in the story, as it did before these words stopped being names.
	if headerLine("Updated 7:55 p.m. ET", "Ein Titel") {
		t.Errorf(`headerLine("Updated 7:55 p.m. ET") = true`)
	}
}

// thirteenth-eu: an agency title-cased in an item's author ("Efe"), the site's name with its
// accent ("PÚBLICO" on publico.es), the publisher company in both the author and the
// organization meta, a one-word company in the author meta that the page never prints beside
// a printed byline, and the author's profile address in article:author that a link of the page
// spells out.
func TestAuthorsThirteenthEuropean(t *testing.T) {
	for _, c := range []struct {
		name, url, head, body string
		want                  []string
	}{
		{"agency in the item's author", "https://www.example.es/a", "", `<span itemscope itemprop="author" itemtype="https://schema.org/Person"><span itemprop="name"> Efe </span></span>`, nil},
		{"site's name with its accent", "http://www.publico.es/politica/a.html", "", `<div class="article-info" itemprop="author"><p class="signature">PÚBLICO</p></div>`, nil},
		{"author meta repeats the organization meta", "https://www.example.com/a", `<meta name="author" content="Examplemedia"><meta name="organization" content="Examplemedia">`, "", nil},
		{"unprinted company in the author meta", "https://www.example.it/a", `<meta name="author" content="Elemedia">`, `<h3 class="summary">La Lega: premier contro il Nord <em class="author">di ROBERTO MANIA </em></h3>`, []string{"Roberto Mania"}},
	} {
		checkAuthors(t, c.name, authorsOf(t, c.url, c.head, c.body), c.want)
	}
	page := `<html><head><title>More TechCrunch readers</title><meta property="article:author" content="http://www.example.co.uk/profile/jemimakiss"></head><body>` +
		`<h1>More TechCrunch readers</h1><div id="content"><p>` + strings.Repeat("TechCrunch readers are not convinced that the winner deserved the award this year. ", 6) +
		`</p></div><div id="related"><div class="blog-byline"><span>Posted by</span> <a class="contributor" href="http://www.example.co.uk/profile/jemimakiss">Jemima Kiss</a> Thursday 15 September 2011</div></div></body></html>`
	r, err := Extract("http://www.example.co.uk/technology/blog/2011/sep/15/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "profile link named by article:author", r.Authors, []string{"Jemima Kiss"})
	// The site's own profile link crediting the paper and an agency is no reversed name.
	checkAuthors(t, "paper, agency", splitAuthors("LIBERATION, AFP"), nil)
}
