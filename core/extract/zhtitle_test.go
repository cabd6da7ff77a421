package extract

import (
	"strings"
	"testing"
)

// A full-width bar separates a Chinese title's parts with no spaces around it; the headline
// the JSON-LD states is the part before it.
func TestTitleFullWidthBar(t *testing.T) {
	prose := strings.Repeat("<p>台中市凌晨發生一起墜樓案，一名女子酒後與男友發生口角，經送醫後仍宣告不治。</p>", 4)
	const h = "和男友口角鎖門吞藥　女墜樓不治"
	page := `<html lang="zh-TW"><head><title>` + h + `｜即時｜範例新聞網｜範例日報</title>` +
		`<meta property="og:title" content="` + h + `｜即時｜範例新聞網｜範例日報">` +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + h + `"}</script>` +
		`</head><body><div class="content">` + prose + `</div></body></html>`
	r, err := Extract("https://news.example.com/a/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "和男友口角鎖門吞藥 女墜樓不治" {
		t.Errorf("title = %q", r.Title)
	}
}
