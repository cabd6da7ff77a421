package extract

import (
	"strings"
	"testing"
)

// A Japanese reader's essay is signed under its text with the name, the age in brackets and the
// home town: the name is the author and the line none of the text. A place or a bracketed age
// inside a sentence signs nothing.
func TestJapaneseReaderSignature(t *testing.T) {
	const h1 = `<h1>集団就職列車の思い出</h1>`
	para := "<p>" + strings.Repeat("金の卵とそやされた６１年前の３月、集団就職列車で東京を目指した。", 4) + "</p>"
	for _, c := range []struct {
		name, sign string
		want       []string
		kept       bool
	}{
		{"name, age, prefecture and city", `<p>竹野勇次（７６）　東京都調布市</p>`, []string{"竹野勇次"}, false},
		{"a spaced name and ASCII digits", `<p>山田 花子（45） 大阪府</p>`, []string{"山田 花子"}, false},
		{"a sentence is no signature", `<p>父（７６）は東京都調布市に住んでいる。</p>`, nil, true},
	} {
		page := `<html lang="ja"><head><title>集団就職列車の思い出</title></head><body><article>` + h1 +
			`<div class="article-body">` + para + para + c.sign + `</div></article></body></html>`
		r, err := Extract("https://news.example.com/a/1", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.name, r.Authors, c.want)
		sign := strings.TrimSuffix(strings.TrimPrefix(c.sign, "<p>"), "</p>")
		if got := strings.Contains(r.Body, sign); got != c.kept {
			t.Errorf("%s: signature in body = %v, want %v; body %q", c.name, got, c.kept, r.Body)
		}
	}
}

// A Hong Kong paper closes its story with the bare editor's label ("編輯：李哲毅"); below a
// story's worth of text, what follows is the page's promotion, not the story (the short sign-off
// itself goes as a trailer line). The label with more than names after it is a line of the story's.
func TestHongKongEditorSignoffEndsStory(t *testing.T) {
	story := strings.Repeat("國美零售宣布，核數師需要更多時間完成年度業績審核的額外審核程序，故須延遲刊發年度業績。", 5)
	promo := "hket會員只要做齊報價專區任務並儲夠積分，就可以兌換電子機票優惠券"
	for _, c := range []struct {
		name, body, want string
	}{
		{"bare label and a name", story + "\n\n編輯：李哲毅\n\n" + promo, story},
		{"simplified label, two names", story + "\n\n（编辑：严玉洁 王辉）\n\n" + promo, story},
		{"a label with a sentence is the story's", story + "\n\n編輯：他說這次的修改並不影響結論\n\n" + promo,
			story + "\n\n編輯：他說這次的修改並不影響結論\n\n" + promo},
	} {
		if got := trimEdges(c.body, ""); got != c.want {
			t.Errorf("%s: body %q, want %q", c.name, got, c.want)
		}
	}
}

// A multilingual site's language picker, read with the story's column, is a run of language
// names one a line: it goes wherever it stands. Two language names in a row may be the story's.
func TestLanguagePickerDropped(t *testing.T) {
	story := "本書は、香港で2019年に燃え盛ったデモにおいて、一人の香港少年に対し、徹底的な密着取材を敢行した作品である。"
	for _, c := range []struct{ name, body, want string }{
		{"picker above the story", "English\n\n日本語\n\n简体字\n\n繁體字\n\nFrançais\n\nEspañol\n\nالعربية\n\nРусский\n\n" + story, story},
		{"two names are kept", story + "\n\nEnglish\n\nFrançais\n\n" + story, story + "\n\nEnglish\n\nFrançais\n\n" + story},
	} {
		if got := dropFurnitureLines(c.body); got != c.want {
			t.Errorf("%s: body %q, want %q", c.name, got, c.want)
		}
	}
}
