package extract_test

import (
	"testing"
	"time"
)

// TestCountryDomainOverTemplateLang: a country-code domain says where a site is; the region
// of its lang attribute is often the content system's default (WordPress writes "en-US" on
// Greek, Irish and Australian sites alike). A clock or a day printed without a zone is read
// where the domain is.
func TestCountryDomainOverTemplateLang(t *testing.T) {
	athens := time.FixedZone("EET", 2*3600)
	sydney := time.FixedZone("AEDT", 11*3600)
	checkPublished(t, []publishedCase{
		{"a Greek domain's printed clock under lang en-US is Athens time",
			"https://www.example.gr/news/society/story-4411.html",
			`<html lang="en-US"><head><title>Θρίλερ στο κέντρο της πόλης</title></head><body>
<h1>Θρίλερ στο κέντρο της πόλης</h1><div class="article_metadata"><span class="metadata_time">05 Ιανουαρίου 2012, 18:05</span></div>` + undated + `</body></html>`,
			time.Date(2012, 1, 5, 18, 5, 0, 0, athens)},
		{"an Australian domain's printed day under lang en-US is a Sydney day",
			"https://www.example.com.au/news/live-in-your-own-park/",
			`<html lang="en-US"><head><title>Live in your own park</title></head><body>
<h1>Live in your own park</h1><div class="post-author"><a href="/author/jane">Jane Example</a></div>
<div class="post-date">21 Jan 2020</div>` + undated + `</body></html>`,
			time.Date(2020, 1, 21, 0, 0, 0, 0, sydney)},
		{"a language tag's region still places a page on a generic domain",
			"https://www.example.com/news/society/story-4411.html",
			`<html lang="en-GB"><head><title>Storm closes roads</title></head><body>
<h1>Storm closes roads</h1><div class="date">17 July 2012, 18:05</div>` + undated + `</body></html>`,
			time.Date(2012, 7, 17, 17, 5, 0, 0, time.UTC)},
	})
}
