package extract

import "testing"

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
