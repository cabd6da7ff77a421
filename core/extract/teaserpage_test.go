package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestTeaserStoryInAdSlottedContainer checks a story page that shows only the story's opening
// (a paragraph ending in "…" and a "read on" link) in a block named as the story's body and, in
// the same class list, as the slot the site's ads are set around ("article-body
// ad_pc_article_body"); beside it, a list of other stories' linked headlines. The opening is the
// body, not the list.
func TestTeaserStoryInAdSlottedContainer(t *testing.T) {
	const teaser = "県内の町で起きた強盗事件で、逮捕された男らは、住民の家族構成や現金の有無を把握したうえで犯行に及んだとみられることが分かりました。強盗の疑いで４日に逮捕された…"
	var list strings.Builder
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&list, `<article class="m-article-4col"><a class="m-article-inner" href="/articles/%d?display=1"><div class="m-article-content">`+
			`<h3 class="m-article-content__title">別の町の話題その%d 公園で催しが開かれ大勢の人が訪れる</h3><div><time class="c-date">%d時間前</time></div></div></a></article>`, i, i, i)
	}
	page := `<html><head><title>住民の家族構成を把握し犯行か 強盗事件</title>` +
		`<meta name="description" content="` + teaser + `"></head><body><div class="l-wrap"><main class="l-main"><article>` +
		`<div class="article-header"><h1>住民の家族構成を把握し犯行か 強盗事件</h1><time datetime="2023-04-05T17:56:00+09:00">2023年4月5日</time></div>` +
		`<div class="ad_pc_article_undertitle"></div>` +
		`<div class="article-body ad_pc_article_body"><p>` + teaser + `</p></div>` +
		`<div class="article-footer"><a class="c-button-read" href="/articles/0?display=1">続きを読む</a></div></article>` +
		`</main></div><div class="l-wrap"><div class="l-inner"><div class="l-contents-wrap"><h2>最新ニュース</h2><div class="l-lg-flex">` + list.String() + `</div></div></div></div></body></html>`
	r, err := Extract("https://news.example.jp/articles/0", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "家族構成や現金の有無") {
		t.Errorf("the story's opening is lost:\n%s", r.Body)
	}
	if strings.Contains(r.Body, "別の町の話題") {
		t.Errorf("the list of other stories is read:\n%s", r.Body)
	}
}
