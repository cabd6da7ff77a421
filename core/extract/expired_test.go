package extract

import (
	"strings"
	"testing"
)

// An expired story's page keeps its headline, a caption and its chrome, and prints a notice
// where the story was: the body is the description the site kept, when that is a paragraph.
func TestExpiredStoryReadsTheDescription(t *testing.T) {
	const story = "（中央社記者王小明桃園19日電）桃園市平鎮區一家輪胎行今天清晨發生大火，7人從火場中疏散；由於火勢延燒猛烈，一名62歲女子逃生不及，命喪火窟。"
	page := func(desc, notice string) string {
		return `<html><head><title>平鎮輪胎行惡火 疏散7人1女命喪</title><meta name="description" content="` + desc + `"></head><body>` +
			`<header><div class="privacy-bar">本網站使用相關技術提供更好的閱讀體驗，同時尊重使用者隱私。當您關閉此視窗，代表您同意上述規範。</div></header>` +
			`<div class="centralContent"><h1>平鎮輪胎行惡火 疏散7人1女命喪</h1><div class="picinfo">桃園市平鎮區一家輪胎行19日清晨發生大火。（消防局提供）</div>` +
			`<div class="paragraph"><p>` + story + `</p><div>` + notice + `</div></div>` +
			`<div class="subscribe">訂閱國際新聞電子報，第一手掌握世界最新脈動</div></div></body></html>`
	}
	for _, c := range []struct {
		name, desc, notice string
		want               string // "" = the body is not the description
	}{
		{"the notice, a real paragraph described", story, "您所瀏覽的新聞已過查詢時效。建議您加入付費會員找尋您要的新聞。", story},
		{"the notice in English", story, "This article is no longer available.", story},
		{"no notice: the page's own reading", story, "", ""},
		{"a tagline is no story", "中央社 一手新聞", "您所瀏覽的新聞已過查詢時效。", ""},
		{"a story still on the page", story, "您所瀏覽的新聞已過查詢時效。</div><p>" + strings.Repeat("消防局表示，火警發生後共出動消防車十八輛、消防人員四十五名，經過兩個多小時才將火勢撲滅，起火原因仍在調查中。", 2) + "</p><div>", ""},
	} {
		r, err := Extract("https://news.example.com/a/1", []byte(page(c.desc, c.notice)))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(r.Body); (got == c.want) != (c.want != "") || c.want == "" && got == strings.TrimSpace(c.desc) {
			t.Errorf("%s: body = %q", c.name, got)
		}
	}
}

// A story paragraph that reports something expiring is no notice.
func TestExpiredStoryNoticeIsALineOfItsOwn(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"您所瀏覽的新聞已過查詢時效。建議您加入中央社付費會員找尋您要的新聞。", true},
		{"この記事は掲載期間が終了しました。", true},
		{"Sorry, the article you requested has expired.", true},
		{strings.Repeat("他表示，公司的进口许可证已过期，这篇报道内容已过期的说法并不准确，海关仍在调查此事。", 3), false},
		{"签证已过期。", false},
	} {
		if got := expiredStory(c.text); got != c.want {
			t.Errorf("expiredStory(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
