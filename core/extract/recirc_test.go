package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestRecommendedBoxIsFurniture(t *testing.T) {
	// Thumbnails of recommended talks, each a linked title and "by" its speaker; the box names
	// itself "recommended" (where "recommend" was already furniture).
	var recs strings.Builder
	for i, name := range []string{"Jane Roe", "John Doe", "Ann Poe", "Max Moe", "Eva Roe", "Tom Doe"} {
		fmt.Fprintf(&recs, `<div class="rec_media_item"><a href="/play/%d"><img src="/t%d.png"></a><div><a class="recommended_video_name" href="/play/%d">Streaming talk number %d about an open world</a><br><br><em>by</em> %s</div></div>`, i, i, i, i, name)
	}
	doc, err := html.Parse(strings.NewReader(`<html><body><section id="recommended"><div id="header"><h3>Recommended</h3></div><img src="/members.png">` +
		`<div id="recommended_body"><div class="recommended_videos_block">` + recs.String() + `</div></div></section></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	box := bodyOf(doc).FirstChild
	if box == nil || box.DataAtom != atom.Section || !isJunk(box, nil) {
		t.Errorf("the recommended box is not furniture")
	}
}

func TestRecirculationWidgetIsFurniture(t *testing.T) {
	// A recommendation widget after the story ("Trending Now", "Promoted Stories") with no
	// naming word but its network's: each teaser links its headline, a reader's name, an age
	// and the reader's comment.
	var recs strings.Builder
	for i := 0; i < 6; i++ {
		fmt.Fprintf(&recs, `<div><a href="/s/%d"><div>Teaser headline number %d</div><div>Reader%d</div><div>2d</div><div>%s</div></a></div>`,
			i, i, i, strings.Repeat("A reader's long comment on this teaser, far from the story. ", 6))
	}
	for _, cls := range []string{"spotim-recirculation x1", "trc_rbox_container", "ob-widget ob-grid", "rc-widget"} {
		doc, err := html.Parse(strings.NewReader(`<html><body><div class="` + cls + `"><div data-spmark="title">Trending Now</div>` +
			recs.String() + `</div></body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if box := bodyOf(doc).FirstChild; box == nil || !isJunk(box, nil) {
			t.Errorf("the recommendation widget %q is not furniture", cls)
		}
	}
}

// TestLatestStoriesListAfterShortStory checks a short story followed, in the same column, by
// the section's "latest stories" heading (Japanese, with its "list" link) and its list of
// headlines with dates: the heading and the list go, the story stays.
func TestLatestStoriesListAfterShortStory(t *testing.T) {
	for heading, more := range map[string]string{"最新記事": "一覧", "新着ニュース": "一覧", "相关内容": "", "APP精彩推荐": ""} {
		var items strings.Builder
		for i := 1; i <= 8; i++ {
			fmt.Fprintf(&items, `<li><a href="/news/%d.htm">町の話題その%d 公園で催し</a>&nbsp;（4月%d日）</li>`, i, i, i)
		}
		page := `<html><head><title>色とりどりの花</title></head><body><div id="main"><h1>色とりどりの花</h1>` +
			`<p>市内の公園で、チューリップが見頃を迎えている。２０日までは祭りが開かれており、大勢の人たちが多彩な色や形を鑑賞している。</p>` +
			`<p>大花壇を中心に植えられているのは、赤や黄色、ピンクのチューリップ約１２０種１７万球。川の流れをイメージしているという。</p>` +
			`<div class="date">（2011年4月10日 新聞）</div>` +
			`<div class="hd"><h3><a href="/news/">` + heading + `</a></h3><a href="/news/" class="r">` + more + `</a></div>` +
			`<div class="cont-news"><ul class="list">` + items.String() + `</ul></div></div></body></html>`
		r, err := Extract("https://news.example.jp/news/a.htm", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "見頃を迎えている") || !strings.Contains(r.Body, "イメージしているという") {
			t.Errorf("%s: story lost:\n%s", heading, r.Body)
		}
		if strings.Contains(r.Body, "町の話題") || strings.Contains(r.Body, heading) {
			t.Errorf("%s: the list stays:\n%s", heading, r.Body)
		}
	}
}
