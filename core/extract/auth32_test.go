package extract

import (
	"strings"
	"testing"
)

// auth32Story is a paragraph of story text for the handmade pages below.
var auth32Story = strings.Repeat("The harbour board voted on Tuesday to rebuild the old pier after a long and heated session. ", 5)

// auth32Headline is the handmade pages' headline.
const auth32Headline = "Harbour board votes to rebuild the old pier"

// auth32Page is a handmade page at pageURL: head inside <head>, and an <article> with the
// headline, pre above the story's two paragraphs and post after them.
func auth32Page(head, pre, post string) string {
	return "<html><head><title>" + auth32Headline + "</title>" + head + "</head><body><article><h1>" + auth32Headline + "</h1>" +
		pre + "<p>" + auth32Story + "</p><p>" + auth32Story + "</p>" + post + "</article></body></html>"
}

// auth32Run extracts a handmade page at pageURL and checks its authors, whatever their case.
func auth32Run(t *testing.T, name, pageURL, page string, want []string) {
	t.Helper()
	r, err := Extract(pageURL, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthorsFold(t, name, r.Authors, want)
}

// auth32LD is a NewsArticle's JSON-LD whose author is the given JSON value.
func auth32LD(author string) string {
	return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + auth32Headline +
		`","author":` + author + `,"publisher":{"@type":"Organization","name":"La Voix Locale"}}</script>`
}

// TestAuthorsSiteWithDomainEnding32: an outlet's desk signs with the site's address ("Le
// Point.fr" as a JSON-LD Person on lepoint.fr): the site's name and its address's ending name
// no writer. A writer beside it, and a name that ends in no address's ending, are kept.
func TestAuthorsSiteWithDomainEnding32(t *testing.T) {
	site := `<meta property="og:site_name" content="La Voix Locale">`
	const u = "https://www.lavoixlocale.fr/politique/pier-2024_20.php"
	auth32Run(t, "site.fr as a Person", u, auth32Page(site+auth32LD(`{"@type":"Person","name":"La Voix Locale.fr"}`), "", ""), nil)
	auth32Run(t, "site.fr in the meta", u, auth32Page(site+`<meta name="author" content="La Voix Locale.fr">`, "", ""), nil)
	auth32Run(t, "one word with .com", "https://www.examplenews.com/a/pier-1", auth32Page(`<meta property="og:site_name" content="Examplenews">`+
		auth32LD(`{"@type":"Person","name":"Examplenews.com"}`), "", ""), nil)
	auth32Run(t, "a writer", u, auth32Page(site+auth32LD(`{"@type":"Person","name":"Jeanne Rousseau"}`), "", ""), []string{"Jeanne Rousseau"})
	auth32Run(t, "another site's address", u, auth32Page(site+auth32LD(`[{"@type":"Person","name":"Jeanne Rousseau"},{"@type":"Person","name":"Marc Durand"}]`), "", ""),
		[]string{"Jeanne Rousseau", "Marc Durand"})
}

// TestAuthorsProfileCasedSurname32: a display name whose owner typed the surname in lower case
// ("Written By <a href="/author/jane-roeburn">Jane roeburn</a>") is a name when the link goes to
// the writer's profile page and its address spells the same words: the byline wins over an
// author meta that repeats the site's name. Words the address does not spell, or a link to no
// profile page, leave the text as it is (no name).
func TestAuthorsProfileCasedSurname32(t *testing.T) {
	const u = "https://www.harbourworld.com/sports-news/pier-articleshow.html"
	head := `<meta property="og:site_name" content="Harbour World"><meta property="article:author" content="Harbour World">` +
		`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + auth32Headline +
		`","author":{"@type":"Person","name":"Jane roeburn","url":"https://www.harbourworld.com/author/jane-roeburn"},` +
		`"publisher":{"@type":"Organization","name":"Harbour World"}}</script>`
	byline := func(href, name string) string {
		return `<div class="author"><div>KBL 2024</div><div> | Written By</div><a href="` + href + `"><span> ` + name + ` </span></a>` +
			`<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x"><img src="/fb.png" alt="facebook"></a></div></div>`
	}
	auth32Run(t, "spelled profile", u, auth32Page(head, byline("https://www.harbourworld.com/author/jane-roeburn", "Jane roeburn"), ""), []string{"Jane Roeburn"})
	auth32Run(t, "spelled profile, no metadata", u, auth32Page("", byline("/author/jane-roeburn", "Jane roeburn"), ""), []string{"Jane Roeburn"})
	auth32Run(t, "particle kept", u, auth32Page("", byline("/author/jane-de-roeburn", "Jane de roeburn"), ""), []string{"Jane de Roeburn"})
	auth32Run(t, "another slug", u, auth32Page("", byline("/author/tom-example", "Jane roeburn"), ""), nil)
	auth32Run(t, "no profile page", u, auth32Page("", byline("/tag/jane-roeburn", "Jane roeburn"), ""), nil)
}

// TestAuthorsSiteMetaBesideLDPerson32: an author meta that repeats the site's name whole (its
// og:site_name and the JSON-LD publisher's) is the template's, not a writer, when the JSON-LD
// credits someone else as a Person — even one no rule reads as a name. A personal site whose
// owner the JSON-LD credits too keeps its owner.
func TestAuthorsSiteMetaBesideLDPerson32(t *testing.T) {
	const u = "https://www.harbourworld.com/sports-news/pier-articleshow.html"
	head := func(site, person string) string {
		return `<meta property="og:site_name" content="` + site + `"><meta property="article:author" content="` + site + `">` +
			`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + auth32Headline +
			`","author":{"@type":"Person","name":"` + person + `"},"publisher":{"@type":"Organization","name":"` + site + `"}}</script>`
	}
	auth32Run(t, "site beside an unread person", u, auth32Page(head("Harbour World", "jroeburn_77"), "", ""), nil)
	auth32Run(t, "site beside a person", u, auth32Page(head("Harbour World", "Jane Roeburn"), "", ""), []string{"Jane Roeburn"})
	auth32Run(t, "personal site", "https://www.paulexample.com/2024/pier", auth32Page(head("Paul Example", "Paul Example"), "", ""), []string{"Paul Example"})
}

// TestAuthorsWriterBioTeaser32: the writer's bio box under the headline, classed with the
// teaser word after "bio" ("bioTeaser"), links the writer's profile page ("/more/bios/…",
// the slug followed by the profile's document number "-1.5932045"): the story's byline, here
// beside JSON-LD that types the writer an organisation. Another story's teaser card, whose
// class opens with the teaser word, still credits that story's writer, not this one's.
func TestAuthorsWriterBioTeaser32(t *testing.T) {
	const u = "https://www.example24.com/news/harbour-pier-1.6340362"
	ld := `<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"` + auth32Headline +
		`","author":[{"@type":"NewsMediaOrganization","name":"Jane Roeburn"}],"publisher":{"@type":"NewsMediaOrganization","name":"Example24"}}</script>`
	box := func(cls string) string {
		return `<div class="prof ` + cls + `"><a href="https://www.example24.com/more/bios/jane-roeburn-1.5932045"><img src="/j.jpg" alt="Jane Roeburn"></a>` +
			`<p><a href="https://www.example24.com/more/bios/jane-roeburn-1.5932045" class="bioLink">Jane Roeburn</a>, <span class="bioTitle">Web Content Writer</span></p></div>` +
			`<span class="date">Published Monday, April 3, 2023 11:58AM EDT</span>`
	}
	auth32Run(t, "bio teaser, writer typed an organisation", u, auth32Page(ld, box("bioTeaser"), ""), []string{"Jane Roeburn"})
	auth32Run(t, "bio teaser", u, auth32Page("", box("bio-teaser"), ""), []string{"Jane Roeburn"})
	auth32Run(t, "another story's teaser", u, auth32Page("", box("teaser-bio"), ""), nil)
}

// TestAuthorsSiblingAuthorCards32: a run of author cards under the headline — byline elements
// of one tag and one class following one another, one writer each — credits every card's
// writer where the JSON-LD names the first alone. Cards of different classes (the writer's
// and another role's box), and a single card, leave the JSON-LD's writer alone.
func TestAuthorsSiblingAuthorCards32(t *testing.T) {
	const u = "https://www.example.com.br/cidade/harbour-pier"
	ld := `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + auth32Headline +
		`","author":{"@type":"Person","name":"Jane Roeburn","url":"https://www.example.com.br/author/jane-roeburn"},"publisher":{"@type":"Organization","name":"Example"}}</script>`
	card := func(cls, slug, name string) string {
		return `<div class="` + cls + `"><div class="` + cls + `-content"><a class="name-author" href="https://www.example.com.br/author/` + slug + `"><strong>` + name + `</strong></a></div></div>`
	}
	sig := func(cards ...string) string {
		return `<div class="info-post"><div class="signature">` + strings.Join(cards, "") + `</div><time>17/04/2023 08:16</time></div>`
	}
	auth32Run(t, "two cards", u, auth32Page(ld, sig(card("m-author", "jane-roeburn", "Jane Roeburn"), card("m-author", "tom-example", "Tom Example")), ""),
		[]string{"Jane Roeburn", "Tom Example"})
	auth32Run(t, "three cards", u, auth32Page(ld, sig(card("m-author", "jane-roeburn", "Jane Roeburn"), card("m-author", "tom-example", "Tom Example"),
		card("m-author", "ann-other", "Ann Other")), ""), []string{"Jane Roeburn", "Tom Example", "Ann Other"})
	auth32Run(t, "one card", u, auth32Page(ld, sig(card("m-author", "jane-roeburn", "Jane Roeburn")), ""), []string{"Jane Roeburn"})
	auth32Run(t, "another class", u, auth32Page(ld, sig(card("m-author", "jane-roeburn", "Jane Roeburn"), card("m-editor-author", "tom-example", "Tom Example")), ""),
		[]string{"Jane Roeburn"})
	page := strings.Replace(auth32Page(ld, sig(card("m-author", "jane-roeburn", "Jane Roeburn")), ""), "</article>",
		"</article><aside>"+sig(card("m-author", "jane-roeburn", "Jane Roeburn"), card("m-author", "tom-example", "Tom Example"))+"</aside>", 1)
	auth32Run(t, "cards after the story", u, page, []string{"Jane Roeburn"})
}

// TestAuthorsTownTheMetadataNames32: "By Jane Roeburn, Port Elwood" over a story that opens
// with no dateline: the second credit is the town the writer files from when the page's own
// metadata names it as a place — the JSON-LD's contentLocation, locationCreated or dateline,
// a geo.placename or og:locality meta. A co-writer the metadata does not name stays.
func TestAuthorsTownTheMetadataNames32(t *testing.T) {
	const u = "https://www.example.com/news/harbour-pier-1234"
	ld := func(field string) string {
		return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"` + auth32Headline + `",` + field + `}</script>`
	}
	byline := `<p class="byline">By Jane Roeburn, Port Elwood</p>`
	auth32Run(t, "contentLocation", u, auth32Page(ld(`"contentLocation":{"@type":"Place","name":"Port Elwood"}`), byline, ""), []string{"Jane Roeburn"})
	auth32Run(t, "locationCreated list", u, auth32Page(ld(`"locationCreated":[{"@type":"Place","name":"Port Elwood"}]`), byline, ""), []string{"Jane Roeburn"})
	auth32Run(t, "dateline", u, auth32Page(ld(`"dateline":"PORT ELWOOD, Vic. (XYZ)"`), byline, ""), []string{"Jane Roeburn"})
	auth32Run(t, "geo.placename", u, auth32Page(`<meta name="geo.placename" content="Port Elwood, Australia">`, byline, ""), []string{"Jane Roeburn"})
	auth32Run(t, "a bar", u, auth32Page(ld(`"contentLocation":"Port Elwood"`), `<p class="byline">By Jane Roeburn | Port Elwood</p>`, ""), []string{"Jane Roeburn"})
	auth32Run(t, "co-writer", u, auth32Page(ld(`"contentLocation":{"@type":"Place","name":"Port Elwood"}`), `<p class="byline">By Jane Roeburn and Tom Example</p>`, ""),
		[]string{"Jane Roeburn", "Tom Example"})
}

// TestAuthorsTownOfADateLine32: "Jane Roeburn, Port Elwood" where a date line of the page opens
// with the same town before its date ("Port Elwood | March 22, 2023 10:50 IST" under the
// byline, "PORT ELWOOD, Updated: …" in the date's element): the second credit is the dateline's
// place, printed apart from the story's text. A co-writer whose name opens no date line stays.
func TestAuthorsTownOfADateLine32(t *testing.T) {
	const u = "https://www.example.com/news/harbour-pier-1234"
	auth32Run(t, "date element", u, auth32Page("", `<p class="byline">Jane Roeburn, Port Elwood</p><p class="date">Port Elwood, March 22, 2023 10:50 IST</p>`, ""),
		[]string{"Jane Roeburn"})
	auth32Run(t, "next line of the byline", u, auth32Page("", `<div class="byline">Jane Roeburn, Port Elwood<br>Port Elwood | March 22, 2023 10:50 IST</div>`, ""),
		[]string{"Jane Roeburn"})
	auth32Run(t, "capitals, updated", u, auth32Page("", `<p class="byline">By Jane Roeburn, Port Elwood</p><p class="dateline">PORT ELWOOD, Updated: March 22, 2023 10:50 IST</p>`, ""),
		[]string{"Jane Roeburn"})
	auth32Run(t, "co-writer", u, auth32Page("", `<p class="byline">By Jane Roeburn and Tom Example</p><p class="date">Port Elwood, March 22, 2023 10:50 IST</p>`, ""),
		[]string{"Jane Roeburn", "Tom Example"})
	auth32Run(t, "town with no date", u, auth32Page("", `<p class="byline">By Jane Roeburn and Tom Example</p><p class="date">Tom Example | Editor</p>`, ""),
		[]string{"Jane Roeburn", "Tom Example"})
}
