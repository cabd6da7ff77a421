package extract

import "testing"

func TestJunkClass(t *testing.T) {
	for _, cls := range []string{
		"wp-block-shop-affiliate-widget swiper js-ga-view", // a shop's product carousel between paragraphs
		"share-bar",
		"most-read",
		"newsletter-signup",
		"hyper-promotional-content", // the site's promotion of its other pages
	} {
		if !junkClass(cls) {
			t.Errorf("junkClass(%q) = false, want true", cls)
		}
	}
	for _, cls := range []string{"article-body", "tag-elections category-politics", "story-text",
		"token keyword module", "hljs-keyword", // syntax highlighting in a code sample
		"section-and-ad", "story-with-ads", // the story's block, an advertisement beside it
	} {
		if junkClass(cls) {
			t.Errorf("junkClass(%q) = true, want false", cls)
		}
	}
}
