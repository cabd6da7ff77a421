package extract

import (
	"strings"
	"testing"
)

// zhStory is a Chinese paragraph long enough to be a story's.
var zhStory = "<p>" + strings.Repeat("国家统计局今天发布数据显示，上半年国内生产总值同比增长，消费对经济增长的贡献率继续提高。", 4) + "</p>"

// zhPage builds a Chinese page: head inside <head>, then an article of the headline, three
// story paragraphs and tail.
func zhPage(lang, head, tail string) string {
	return `<html lang="` + lang + `"><head><meta charset="utf-8">` + head + `</head><body><div class="post"><h1>上半年经济运行总体平稳</h1>` +
		`<div class="post_text">` + zhStory + zhStory + zhStory + tail + `</div></div></body></html>`
}

// An author meta that repeats the publisher's own name, as the copyright meta or the <title>'s
// site part states it, is not a person; the source line under the story names the writers.
func TestAuthorsChinesePublisherMeta(t *testing.T) {
	const source = `<p><span class="left">本文来源：经济日报 作者：何苗 张梦洁</span></p>`
	for _, c := range []struct{ name, head string }{
		{"copyright meta", `<title>上半年经济运行总体平稳</title><meta name="author" content="好易"><meta name="Copyright" content="好易版权所有">`},
		{"title's site part", `<title>上半年经济运行总体平稳_好易财经</title><meta name="author" content="好易">`},
	} {
		r, err := Extract("https://money.example.com/15/0521/a.html", []byte(zhPage("zh-CN", c.head, source)))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.name, r.Authors, []string{"何苗", "张梦洁"})
	}
}

// The source line closing a Chinese story names its writers and leaves the body; so does a
// signature that runs the writer's post onto the name.
func TestChineseSourceLineAndSignature(t *testing.T) {
	for _, c := range []struct {
		name, tail string
		want       []string
	}{
		{"source and writers", `<p>本文来源：经济日报 作者：杜卿卿 李隽</p>`, []string{"杜卿卿", "李隽"}},
		{"a signature with the post", `<p>（作者：方敏北京大学经济学院教授）</p>`, []string{"方敏"}},
	} {
		r, err := Extract("https://news.example.com/a/1.shtml", []byte(zhPage("zh-CN", `<title>上半年经济运行总体平稳</title>`, c.tail)))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.name, r.Authors, c.want)
		if strings.Contains(r.Body, "作者") {
			t.Errorf("%s: the credit line stays in the body: %q", c.name, r.Body[max(0, len(r.Body)-120):])
		}
	}
}
