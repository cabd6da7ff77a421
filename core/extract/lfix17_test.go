package extract

import "testing"

// A byline the CMS printed all in lower case ("By jane roe, ap economics writer"): the name is
// still the writer's, cased as a name, and the wire post after the comma is no co-author.
func TestAuthorsLowerCaseByline17(t *testing.T) {
	got := authorsOf(t, "https://example.com/a", "", `<div rel="author" class="author"><span class="by-text">By</span> jane q. roe, ap economics writer</div>`)
	checkAuthors(t, "lower-case byline", got, []string{"Jane Q. Roe"})
	got = authorsOf(t, "https://example.com/a", "", `<div class="author">By jane roe and john doe</div>`)
	checkAuthors(t, "two lower-case names", got, []string{"Jane Roe", "John Doe"})
}

// After a writer's name and a comma, an outlet's name in capitals followed by its desk ("Jane
// Roe, ABC TODAY Sports") is where the writer works, not a second person.
func TestAuthorsOutletDeskAfterName17(t *testing.T) {
	got := authorsOf(t, "https://example.com/a", "", `<span class="byline">Jane Roe, ABC TODAY Sports</span>`)
	checkAuthors(t, "outlet in capitals and desk", got, []string{"Jane Roe"})
	got = authorsOf(t, "https://example.com/a", "", `<span class="byline">Jane Roe, KBCX News</span>`)
	checkAuthors(t, "station and desk", got, []string{"Jane Roe"})
	got = authorsOf(t, "https://example.com/a", "", `<div itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name" class="byline">Jane Roe, ABC TODAY Sports</span></div>`)
	checkAuthors(t, "microdata author name", got, []string{"Jane Roe"})
}
