package extract_test

import (
	"testing"
	"time"
)

// TestDatePublishClass17: a date element under the headline whose class names the publication
// ("publish-date") is labelled by it, and a featured author's teaser in the sidebar ("Published
// on …" of another story) does not outrank it.
func TestDatePublishClass17(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"byline date over a featured author's teaser date",
			"https://www.example.com/managed-services/5-reasons-media-relations",
			`<html lang="en"><head><title>Five reasons</title></head><body>
<h1 class="page-title">Five reasons</h1><div class="byline-date"><div class="byline"><span class="publish-date">May 5, 2017</span>
<span class="author-name">Jane Roe | Example Strategies</span></div></div>` + undated + `
<div class="block"><h5 class="block-title">Our Authors</h5><div class="featured-authors"><h6 class="title"><a href="/cloud/other-story">Another story here</a></h6>
<div class="author-name">by <a href="/author/john-doe">John Doe</a></div><div class="meta">Published on Jun. 7, 2017 <br />in <a href="/cloud">Cloud</a></div></div></div></body></html>`,
			time.Date(2017, 5, 5, 0, 0, 0, 0, time.UTC)},
	})
}
