package extract

import (
	"strings"
	"testing"
)

// TestHotlineBoxLeavesTheBody checks the crisis-line box papers print inside a story about a
// suicide: set as lines broken by <br> with the paper's word of care run into the last line, or
// as paragraphs of their own. The lines are furniture; the story and its sign-off stay.
func TestHotlineBoxLeavesTheBody(t *testing.T) {
	story := strings.Repeat("<p>市區一棟公寓昨日清晨傳出一名男子從高樓墜落，消防人員趕抵現場時已無生命跡象，警方正調查事故原因並通知家屬到場。</p>", 3)
	boxes := map[string]string{
		"br lines":   `<p>警方已報請相驗，將進一步釐清死因。（王小明／台中報導）<strong>《晨報》關心你</strong><br>自殺解決不了問題，卻留給家人無比悲痛。請珍惜生命。<br>再給自己一次機會<br>自殺防治諮詢安心專線：0800-788995（24小時）<br>生命線協談專線：1995<br>張老師專線：1980</p>`,
		"paragraphs": `<p>警方已報請相驗，將進一步釐清死因。（王小明／台中報導）</p><p>★晨報電子報關心您：再給自己一次機會</p><p>自殺諮詢專線：0800-788995（24小時）</p><p>生命線：1995</p><p>張老師專線：1980</p>`,
	}
	for name, box := range boxes {
		page := `<html><head><title>男子高樓墜落身亡</title></head><body><article><h1>男子高樓墜落身亡</h1><div class="story">` +
			story + box + `</div></article></body></html>`
		r, err := Extract("https://news.example.tw/a/1", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		for _, furniture := range []string{"專線", "關心", "珍惜生命", "再給自己"} {
			if strings.Contains(r.Body, furniture) {
				t.Errorf("%s: body kept %q:\n%s", name, furniture, r.Body)
			}
		}
		if !strings.HasSuffix(r.Body, "（王小明／台中報導）") || !strings.Contains(r.Body, "市區一棟公寓") {
			t.Errorf("%s: story lost:\n%q", name, r.Body)
		}
	}
	// A story that reports on the hotline itself keeps its sentences.
	prose := `<html><head><title>專線來電增加</title></head><body><article><h1>專線來電增加</h1><div class="story">` + story +
		`<p>衛福部表示，今年安心專線：1925 的來電比去年增加三成，官員呼籲民眾多關心身邊的親友，主動伸出援手，並說明各地心理諮商資源的申請方式。</p><p>民眾如有疑慮，可撥打衛生局服務專線：03-8226959洽詢。</p></div></article></body></html>`
	r, err := Extract("https://news.example.tw/a/2", []byte(prose))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "來電比去年增加三成") || !strings.Contains(r.Body, "洽詢") {
		t.Errorf("a story's sentence about a hotline was dropped:\n%s", r.Body)
	}
}
