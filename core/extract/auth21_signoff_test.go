package extract

import "testing"

// A contributed article on a trade site: the content system credits the contributing firm in
// the byline ("Example Partners"), and the story closes with "By Jane Roe, associate,
// ExamplePartners.": the firm the sign-off names after the writer's post is the byline's
// credit, an organisation; the writer is the person.
func TestAuthorsAuth21FirmByline(t *testing.T) {
	body := `<h2 class="contentheading">Council passes the budget after a long night</h2><div class="article-meta"><span class="createdate">Wednesday, 13 October 2010 08:05</span> <span class="createby">Example Partners</span></div>
<div class="article-content"><p>` + auth21Story + `</p><p>` + auth21Story + `</p><p>By Jane O’Roeburn, associate, ExamplePartners. E-mail: This e-mail address is being protected from spambots.</p></div>`
	auth21Run(t, "firm in the byline, writer in the sign-off", `<meta name="author" content="Example Partners" />`, body, []string{"Jane O’Roeburn"})
	// The sign-off names another firm than the byline's credit: the byline stands.
	body = `<h1>Council passes the budget after a long night</h1><div class="byline">By Tom Example</div><div class="article-content"><p>` + auth21Story + `</p><p>` + auth21Story + `</p><p>By Jane Roeburn, associate, Other Partners.</p></div>`
	auth21Run(t, "sign-off of another firm", "", body, []string{"Tom Example"})
}

// A contributed article with no byline element closes with a note on its writer: "Jane Roe
// works for Example Corp." names the person who wrote it.
func TestAuthorsAuth21WorksForNote(t *testing.T) {
	body := `<h1>Council passes the budget after a long night</h1><h4>17 October 2008</h4><h3>Jane Roeburn takes a look at the budget.</h3><p>` + auth21Story + `</p><p>` + auth21Story + `</p><p>Jane Roeburn works for Example Corp</p>`
	auth21Run(t, "works for, closing the story", "", body, []string{"Jane Roeburn"})
	body = `<h1>Council passes the budget after a long night</h1><p>` + auth21Story + `</p><p>The mayor said that Tom Example works for the city as a clerk and has done for years, and that the budget would help.</p><p>` + auth21Story + `</p>`
	auth21Run(t, "works for inside the story", "", body, nil)
}
