package extract

import (
	"fmt"
	"strings"
	"testing"
)

// otherProse returns n sentences of another story, in words the prose helper's story does not use.
func otherProse(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Premium %d climbs, insurers argue, clinics close early, patients wait longer for every appointment. ", i)
	}
	return b.String()
}

// riverProse returns n sentences of other posts that share the common words of prose's story.
func riverProse(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Premium %d climbs and the insurers heard how their clinics met about the case, patients wait. ", i)
	}
	return b.String()
}

func TestTaglineDescriptionKeepsStoryUnderHeadline(t *testing.T) {
	// The description is the site's tagline, which the site's column of other headlines repeats:
	// the column is no story, and the story readability read under the page's headline stays.
	var column strings.Builder
	column.WriteString(`<div id="bottom"><div><div id="side"><p>Ewood Rovers Football Club News And Discussion Website For Fans Of The Blue Army.</p><ul>`)
	for i := 0; i < 14; i++ {
		fmt.Fprintf(&column, `<li>Rovers Striker %d Linked With Move (Monday January %d 2008)</li>`, i, i+1)
	}
	column.WriteString(`</ul></div></div></div>`)
	page := `<html><head><title>Derby Confirm Savage Interest</title>` +
		`<meta name="description" content="Ewood Rovers Football Club News And Discussion Website For Fans Of The Blue Army."></head><body>` +
		`<div id="wrap"><div id="content"><div id="main"><div class="headline">Derby Confirm Savage Interest</div><p>` + prose(3) + `</p><p>` + prose(3) + `</p><p>` + prose(2) + `</p></div></div></div>` +
		column.String() + `</body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 2 tells") || strings.Contains(r.Body, "Linked With Move") {
		t.Errorf("body = %q, want the story under the headline", r.Body)
	}
}

func TestDescribedContainerOverRiverOfOtherStories(t *testing.T) {
	// Readability reads the blog's long river of other posts; the named container holds the
	// post the description tells.
	var river strings.Builder
	river.WriteString(`<div id="river">`)
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&river, `<div class="teaser"><h2>Premium story %d</h2><p>%s</p><p>%s</p></div>`, i, riverProse(3), riverProse(3))
	}
	river.WriteString(`</div>`)
	page := `<html><head><title>Valley Vote</title>` +
		`<meta name="description" content="Sentence 0 tells how the valley council met the farmers and heard their case about water."></head><body>` +
		`<div id="s1"><div><div class="entry-body"><h1>Valley Vote</h1><p>` + prose(4) + `</p><p>` + prose(4) + `</p><p>` + prose(4) + `</p></div></div></div>` +
		`<div id="s2"><div>` + river.String() + `</div></div></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 3 tells") || strings.Contains(r.Body, "Premium 1 climbs") {
		t.Errorf("body = %q, want the described post", r.Body)
	}
}

func TestDescribedContainerAmongAppendedStories(t *testing.T) {
	// The page appends the next story under the first, both in containers named alike; the
	// next one is longer. The description tells the first.
	page := `<html><head><title>Valley Vote</title>` +
		`<meta name="description" content="Sentence 0 tells how the valley council met the farmers and heard their case about water."></head><body>` +
		`<div id="s1"><div><div><div><div class="article-body"><p>` + prose(3) + `</p>` + strings.Repeat(`<p>`+prose(4)+`</p>`, 6) + `</div></div></div></div></div>` +
		`<div id="s2"><div><div class="article-body">` + strings.Repeat(`<p>`+otherProse(30)+`</p>`, 5) + `</div></div></div>` +
		`</body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Sentence 3 tells") || strings.Contains(r.Body, "Premium 1 climbs") {
		t.Errorf("body = %q, want the described story", r.Body)
	}
}
