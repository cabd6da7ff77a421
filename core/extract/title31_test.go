package extract

import "testing"

// The <h2> under a breadcrumb <h1> stands in for it only when a title source states it: where
// the <title>, og:title and the JSON-LD headline all state the trail's <h1> and the <h2> is
// only the JSON-LD alternativeHeadline, the publisher names the <h1> its headline and the <h1>
// stays. An <h2> the JSON-LD headline states still stands in.
func TestCrumbHeadingStated(t *testing.T) {
	seo := `<title>Ferry pier: Council to rebuild it by summer - Harbour Daily</title>` +
		`<meta property="og:title" content="Ferry pier: Council to rebuild it by summer">` +
		`<meta property="og:site_name" content="Harbour Daily">`
	trail := `<nav class="crumbs"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><h1>Ferry pier: Council to rebuild it by summer</h1></li></ul></nav>`
	checkTitles(t, []titlePage{
		{"h2 only the alternative headline",
			seo + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry pier: Council to rebuild it by summer",` +
				`"alternativeHeadline":"Two graphs show how the old pier fell apart"}</script>`,
			trail + `<article><h2>Two graphs show how the old pier fell apart</h2>` + aboveStoryBody + `</article>`,
			"Ferry pier: Council to rebuild it by summer"},
		{"JSON-LD states the h2",
			seo + `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Old pier back by summer: council votes to rebuild"}</script>`,
			trail + `<article><h2>Old pier back by summer: council votes to rebuild</h2>` + aboveStoryBody + `</article>`,
			"Old pier back by summer: council votes to rebuild"},
	})
}

// crumbHeadingStated takes a source that states the <h2> behind a kicker the heading prints,
// or holds it inside a longer title; a source that is only a short name ending the heading
// states nothing.
func TestCrumbHeadingStatedForms(t *testing.T) {
	for _, c := range []struct {
		heading, source string
		want            bool
	}{
		{"Harbour works Council votes to rebuild the old pier", "Council votes to rebuild the old pier", true},
		{"Council votes to rebuild the old pier", "Council votes to rebuild the old pier | Harbour Daily", true},
		{"Council votes to rebuild the old pier", "Ferry pier: Council to rebuild it by summer", false},
		{"Pictures of the old pier", "Old pier", false},
	} {
		p := &page{crumbHeading: c.heading, meta: map[string]string{"og:title": c.source}, itemprops: map[string]string{}}
		if got := crumbHeadingStated(p, &ldArticle{}); got != c.want {
			t.Errorf("crumbHeadingStated(%q under og:title %q) = %v, want %v", c.heading, c.source, got, c.want)
		}
	}
}
