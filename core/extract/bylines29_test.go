package extract

import (
	"strings"
	"testing"
)

// new29Story is a paragraph of story text for the handmade pages below.
var new29Story = strings.Repeat("The harbour board voted on Tuesday to rebuild the old pier after a long and heated session. ", 5)

// new29Headline is the handmade pages' headline.
const new29Headline = "Harbour board votes to rebuild the old pier"

// new29Run extracts a handmade page (head inside <head>, its <title> the headline) and checks
// its authors.
func new29Run(t *testing.T, name, head, body string, want []string) {
	t.Helper()
	page := "<html><head><title>" + new29Headline + " – Example</title>" + head + "</head><body>" + body + "</body></html>"
	r, err := Extract("https://www.example.com/news/2024/05/harbour-pier-1234", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, name, r.Authors, want)
}

// TestAuthorsSidebarNamedStoryColumn29: a sticky-sidebar script's wrapper around the story's
// column ("theiaStickySidebar") and a row whose modifier says it has a sidebar hold the
// story's headline and its byline: the byline is the story's. A real sidebar's author list,
// which holds no headline, still names nobody.
func TestAuthorsSidebarNamedStoryColumn29(t *testing.T) {
	story := `<header class="post-header"><h1 class="post-title">` + new29Headline + `</h1>` +
		`<span class="meta-author"> por <a href="/author/carlos-espinosa/" rel="author">Carlos Espinosa</a></span></header>` +
		`<div class="entry-content"><p>` + new29Story + `</p><p>` + new29Story + `</p></div>`
	side := `<div id="secondary"><div class="theiaStickySidebar"><aside class="widget widget_author_avatars"><div class="author-list">` +
		`<div class="user"><a href="/author/ana-roe/" rel="author">Ana Roe</a></div></div></aside></div></div>`
	new29Run(t, "theiaStickySidebar", "", `<main id="primary"><div class="theiaStickySidebar">`+story+`</div></main>`+side, []string{"Carlos Espinosa"})
	new29Run(t, "row with a sidebar", "", `<div class="row top-space-all large-gray-sidebar"><article>`+story+`</article></div>`, []string{"Carlos Espinosa"})
	// The same wrapper holding a widget's <h1> of its own, not the headline: a sidebar.
	widget := `<div class="theiaStickySidebar"><h1>Nuestros columnistas de la semana</h1><span class="meta-author"><a href="/author/ana-roe/" rel="author">Ana Roe</a></span></div>`
	new29Run(t, "widget heading", "", `<article><h1>`+new29Headline+`</h1><div class="entry-content"><p>`+new29Story+`</p></div></article>`+widget, nil)
}

// TestAuthorsStackedBylines29: a byline block stacking one byline a writer, each with the same
// label and a contact line under it, credits every writer; a line of another kind ends it.
func TestAuthorsStackedBylines29(t *testing.T) {
	stacked := `<div class="byline"><div class="byline-author">Por <a class="author-name" rel="author" href="/autor/ml">Mauricio Luna</a> 1 de diciembre de 2017</div>` +
		`<div class="mail">mluna@example.com</div>` +
		`<div class="byline-author">Por <a class="author-name" rel="author" href="/autor/gs">Gisele Sousa Dias</a> 1 de diciembre de 2017</div>` +
		`<div class="mail">gsousa@example.com</div></div>`
	new29Run(t, "two stacked bylines", "", `<article><h1>`+new29Headline+`</h1>`+stacked+`<p>`+new29Story+`</p><p>`+new29Story+`</p></article>`,
		[]string{"Mauricio Luna", "Gisele Sousa Dias"})
	if got := stackedBylines("By Jane Roe", []string{"jroe@example.com", "Senior Editor", "By Tom Example"}); got != nil {
		t.Errorf("a job title between the bylines: got %q, want none", got)
	}
	if got := stackedBylines("Jane Roe", []string{"By Tom Example"}); got != nil {
		t.Errorf("first line without a label: got %q, want none", got)
	}
}

// TestAuthorsJoinedNamesLine29: a wire story's first line that names its two reporters after
// the byline label ("par Alexandria Sage et Lisa Girion") credits both, where the byline slot
// above prints only the agency.
func TestAuthorsJoinedNamesLine29(t *testing.T) {
	body := `<article><h1>` + new29Headline + `</h1><p class="infos"><span>Par <span class="signature">Reuters</span></span> le 02.10.2017</p>` +
		`<div class="corps"><p>par Alexandria Sage et Lisa Girion</p><p>` + new29Story + `</p><p>` + new29Story + `</p></div></article>`
	new29Run(t, "par … et …", "", body, []string{"Alexandria Sage", "Lisa Girion"})
	for _, c := range []struct {
		words string
		want  bool
	}{
		{"Alexandria Sage et Lisa Girion", true},
		{"Anna Weber und Jan Roe", true},
		{"María López y Juan Carlos Pérez", true},
		{"Montag bis Freitag und Samstag früh", false},
		{"Alexandria et Lisa", false},
	} {
		if got := twoJoinedNames(strings.Fields(c.words)); got != c.want {
			t.Errorf("twoJoinedNames(%q) = %v, want %v", c.words, got, c.want)
		}
	}
}

// TestAuthorsWebEditorRole29: the writer's post printed after the name ("Web Editor", "Online
// Editor") is no part of it.
func TestAuthorsWebEditorRole29(t *testing.T) {
	byline := `<p class="author"><span class="author-wrap"><span class="pre">di</span> <a href="/author/smontevergine/">Sabina Montevergine</a> <span class="author-role">Web Editor</span></span></p>`
	new29Run(t, "Web Editor", "", `<article><h1>`+new29Headline+`</h1>`+byline+`<p>`+new29Story+`</p><p>`+new29Story+`</p></article>`, []string{"Sabina Montevergine"})
	if got := cleanName("Jane Roeburn Online Editor"); got != "Jane Roeburn" {
		t.Errorf("cleanName(Online Editor) = %q", got)
	}
}
