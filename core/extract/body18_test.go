package extract

import (
	"strings"
	"testing"
)

func TestScriptDataBlockLeavesTheStory(t *testing.T) {
	// A CMS leaves the page's analytics data for its scripts as a JSON object in a hidden
	// <div> under the story: no reader sees it, and it is none of the story.
	data := `<div class="pageinfo data hidden">
	{
		"js_modules": [],
		"assetid": "1234567",
		"section": "news/national",
		"byline": "",
		"contenttype": "story pages",
		"keywords": "health,medicine,regulators",
		"basePageType": "story"
	}
	</div>`
	page := `<html><head><title>Regulators approve a new drug</title></head><body><div class="story">` +
		`<h1>Regulators approve a new drug</h1>` +
		`<p>Regulators on Wednesday approved a new injectable drug that uses radiation to treat an advanced form of cancer.</p>` +
		`<p>The drug is given once a month for six months, and was reviewed under a program meant to speed promising treatments.</p>` +
		`<p>In a trial of 800 patients, those who received it lived about three months longer than those who did not.</p>` +
		data + `</div><div class="footer">About us</div></body></html>`
	r, err := Extract("https://example.com/news/drug-approved", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Regulators on Wednesday") || !strings.Contains(r.Body, "three months longer") {
		t.Errorf("body = %q, want the story", r.Body)
	}
	for _, furn := range []string{"js_modules", "assetid", "basePageType"} {
		if strings.Contains(r.Body, furn) {
			t.Errorf("body keeps the script data's %q: %q", furn, r.Body)
		}
	}
}

func TestJSONInAStoryCodeSampleStays(t *testing.T) {
	// A technical post quotes a JSON response in a code sample: that is the post's text.
	page := `<html><head><title>Reading the API</title></head><body><article><h1>Reading the API</h1>` +
		`<p>When we asked the service for the book's sample, it answered with the storage key of the file and the provider that owned it.</p>` +
		`<pre><code>{"epubKey":"2020_8_11/10f7f9ad-2a8a-44aa-9eec-8e48468de1d8_sample.epub","providerId":"Provider2096637541"}</code></pre>` +
		`<p>The key was enough to fetch any book from the bucket, which is how we found that the files were not protected at all.</p>` +
		`<p>We reported the problem the same day, and the company changed the bucket's permissions within the week.</p></article></body></html>`
	r, err := Extract("https://example.com/blog/reading-the-api", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, `"epubKey"`) {
		t.Errorf("body lost the post's code sample: %q", r.Body)
	}
}
