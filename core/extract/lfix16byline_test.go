package extract_test

import (
	"slices"
	"testing"

	"paperboy/core/extract"
)

// TestBylineRunIntoStory16: "by <span>Name</span>" printed as the opening text of the story's
// block, before its first paragraph, is the byline.
func TestBylineRunIntoStory16(t *testing.T) {
	html := `<html lang="en"><head><title>Quiet habits for a busy season at work</title></head><body>
<h1>Quiet habits for a busy season at work</h1>
<figure><img src="/img/desk.jpg" width="620" height="350" alt="A desk by a window"><figcaption>A desk by a window.</figcaption></figure>
<div class="article-content-paras">
  by <span style="font-weight:bold">
  Jane Roe</span>
  <p>The last weeks of the year fill every calendar with meetings, reviews and parties, and many people find
  that the pressure rises just when they hoped to slow down and take stock of what they achieved.</p>
  <p>A few small habits, practised for a minute at a time, can help to notice the moment and choose a response
  rather than react on autopilot, coaches say, and they need no special training to begin.</p>
</div></body></html>`
	r, err := extract.Extract("https://www.example.com/leadership/quiet-habits-busy-season-20151203-abc123", []byte(html))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Jane Roe"}; !slices.Equal(r.Authors, want) {
		t.Errorf("Authors = %q, want %q", r.Authors, want)
	}
}
