package extract

import (
	"strings"
	"testing"
	"time"
)

// A Japanese date element printed without its year ("[04月01日 12時00分]") takes the year of a
// date the page's own id or address holds with the same month and day (<body
// id="news20240401_…">); a page whose ids name another day, or none, stays undated: the year
// is never guessed from the clock.
func TestYearlessPrintedDate(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	para := "<p>" + strings.Repeat("東京の会社は、障害がある人とどうやってコミュニケーションをしたらいいか勉強する会を開きました。", 4) + "</p>"
	for _, c := range []struct {
		name, url, bodyID string
		want              time.Time
	}{
		{"the body's id names the day", "https://news.example.jp/easy/k10014405081000/k10014405081000.html", "news20240401_k10014405081000",
			time.Date(2024, 4, 1, 12, 0, 0, 0, jst)},
		{"the address names the day", "https://news.example.jp/easy/20240401/k10014405081000.html", "",
			time.Date(2024, 4, 1, 12, 0, 0, 0, jst)},
		{"the id names another day", "https://news.example.jp/easy/k10014405081000/k10014405081000.html", "news20240328_k10014405081000", time.Time{}},
		{"nothing names the year", "https://news.example.jp/easy/k10014405081000/k10014405081000.html", "", time.Time{}},
	} {
		page := `<html lang="ja"><head><title>障害がある人をどうやって手伝うか</title></head><body id="` + c.bodyID + `"><article><h1>障害がある人をどうやって手伝うか</h1>` +
			`<p class="article-main__date" id="js-article-date">[04月01日 12時00分]</p>` + para + para + `</article></body></html>`
		r, err := Extract(c.url, []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !r.Published.Equal(c.want) {
			t.Errorf("%s: published %v, want %v", c.name, r.Published, c.want)
		}
	}
}

// A Japanese story's body ends before the furniture under it: a key of the word colours (each
// item "…" after a colour swatch the style sheet draws), the "※" notes on using the
// dictionary that follow the key, and a "【詳しくはこちら】" pointer to another story. A "※"
// note closing a story without a key above it stays, as does a pointer inside the story.
func TestJapaneseClosingFurniture(t *testing.T) {
	story := "4月から法律が変わって、障害がある人が困っているときは、役所だけではなくて、会社もできるだけ手伝いをしなければなりません。\n\n" +
		"東京の会社は、障害がある人とどうやってコミュニケーションをしたらいいか勉強する会を開きました。40人ぐらいの社員が参加しました。"
	for _, c := range []struct{ name, body, want string }{
		{"word-colour key and its notes", story + "\n\n…人の名前\n\n…国や県、町、場所などの名前\n\n…会社やグループなどの名前\n\n※下に線があることばは辞書の説明を見ることができます。", story},
		{"pointer to another story", story + "\n\n【詳しくはこちら】小型ロケット「イプシロンS」燃焼試験で爆発 去年に続き2回目", story},
		{"a note closing the story", story + "\n\n※この記事は4月1日に放送したニュースです。", story + "\n\n※この記事は4月1日に放送したニュースです。"},
		{"a pointer inside the story", "【詳しくはこちら】小型ロケット「イプシロンS」燃焼試験で爆発\n\n" + story, "【詳しくはこちら】小型ロケット「イプシロンS」燃焼試験で爆発\n\n" + story},
	} {
		if got := dropFurnitureLines(c.body); got != c.want {
			t.Errorf("%s: body %q, want %q", c.name, got, c.want)
		}
	}
}
