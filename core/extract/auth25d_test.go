package extract

import "testing"

// TestAuthorsSingleQuotedNickname25: a nickname in single quotes, straight or curly, between
// given name and surname is part of the name, as one in double quotes is; a possessive or an
// elided year in a credit is no nickname.
func TestAuthorsSingleQuotedNickname25(t *testing.T) {
	checkAuthors(t, "straight single quotes", authorsOf(t, "https://example.com/a", `<meta name="author" content="Liam &#039;Akiba&#039; Wright">`, ""), []string{"Liam 'Akiba' Wright"})
	checkAuthors(t, "curly single quotes", authorsOf(t, "https://example.com/a", `<meta name="author" content="Marcus ‘Red’ Jones">`, ""), []string{"Marcus ‘Red’ Jones"})
	checkAuthors(t, "quoted headline part", authorsOf(t, "https://example.com/a", `<meta name="author" content="Motherhood Has Been 'Amazing">`, ""), nil)
}

// TestAuthorsCapsNameSentenceCasePost25: a print desk's credit that sets the name in capitals and
// runs the post in sentence case and the address after it ("BY JANE ROE Senior reporter
// roej@…") credits the name alone; the post is cut as "Senior Reporter" is.
func TestAuthorsCapsNameSentenceCasePost25(t *testing.T) {
	checkAuthors(t, "post and address", authorsOf(t, "https://example.com/a", `<meta name="author" content="BY JANE MARIE ROE Senior reporter roej@example.com">`, ""), []string{"Jane Marie Roe"})
	checkAuthors(t, "beat post", authorsOf(t, "https://example.com/a", `<meta name="author" content="JOHN DOE Sports writer">`, ""), []string{"John Doe"})
}

// TestAuthorsGuestPostAccount25: the account a site posts contributed pieces under ("Guest Post"
// as the JSON-LD author) is no person.
func TestAuthorsGuestPostAccount25(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Why code neutrality matters","author":{"@type":"Person","name":"Guest Post"}}</script>`
	checkAuthors(t, "guest post account", authorsOf(t, "https://example.com/a", ld, ""), nil)
}
