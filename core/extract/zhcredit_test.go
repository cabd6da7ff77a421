package extract

import (
	"strings"
	"testing"
)

// zhCreditPage is a Chinese or Taiwanese story page with the given <html> lang, <title>, head
// elements, a line above the story, the story's opening and its closing words.
func zhCreditPage(t *testing.T, lang, title, head, top, lead, tail string) *Result {
	t.Helper()
	prose := strings.Repeat("本市今年的春季植树活动在城郊公园举行，来自各区的三千多名志愿者参加了活动，共种下各类树苗两万余株。", 3)
	page := `<html lang="` + lang + `"><head><title>` + title + `</title>` + head + `</head><body>
<h1>春季植树活动在城郊公园举行</h1>` + top + `<div class="content"><p>` + lead + prose + `</p>
<p>` + prose + `</p><p>组织者表示，活动将持续一个月，市民可以通过社区报名参加。` + tail + `</p></div></body></html>`
	r, err := Extract("https://news.example.com/a/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Credits that name no person: a CMS's placeholder ("作者：未知"), the site's section or channel
// that the <title> lists after the headline ("｜即時｜", "_新浪科技_"), the outlet whose dateline
// opens the story ("IT之家9月30日消息"), a domain in capitals, and an outlet and its desk joined
// by a hyphen ("新浪财经-自媒体综合").
func TestAuthorsZhNoPerson(t *testing.T) {
	const h = "春季植树活动在城郊公园举行"
	for _, c := range []struct{ name, title, head, top, lead string }{
		{"placeholder", h, "", `<div class="author">作者：未知</div>`, ""},
		{"placeholder meta", h, `<meta name="author" content="Unknown">`, "", ""},
		{"section in the title", h + "｜即時｜範例新聞網｜範例日報", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + h + `","creator":"即時","author":{"@type":"Person","name":"即時"}}</script>`, "", ""},
		{"channel in the title", h + "|植树|新品_电信_范例科技_范例网", `<meta property="article:author" content="范例科技">`, "", ""},
		{"outlet of the dateline", h, "", `<div class="author-txt"><p class="author-name">范例之家</p></div>`, "范例之家9月30日消息 "},
		{"domain in capitals", h, `<meta name="author" content="EXAMPLE.NET">`, "", ""},
		{"outlet and desk", h, `<meta property="article:author" content="范例财经-自媒体综合">`, "", ""},
	} {
		checkAuthors(t, c.name, zhCreditPage(t, "zh-CN", c.title, c.head, c.top, c.lead, "").Authors, nil)
	}
}

// Taiwanese and mainland credits: the reporter and the place the story was filed from after a
// slash ("記者林悅／南市報導"), a signature in brackets with Taiwan's "報導" ("（王煌忠／台中報導）"),
// an agency's dateline that runs the place onto the name ("（中央社記者邱俊欽桃園19日電）"), a
// reporter who compiled the story ("（记者陈智 整合）").
func TestAuthorsZhFiledFrom(t *testing.T) {
	const h = "春季植树活动在城郊公园举行"
	for _, c := range []struct {
		name, lang, top, lead, tail string
		want                        []string
	}{
		{"slash and place", "zh-TW", "<p>記者林悅／南市報導</p>", "", "", []string{"林悅"}},
		{"bracket with 報導", "zh-TW", "", "", "（王煌忠／台中報導）", []string{"王煌忠"}},
		{"agency dateline", "zh-TW", "", "（中央社記者邱俊欽桃園19日電）", "", []string{"邱俊欽"}},
		{"author label without a colon", "zh-CN", "<p>作者 魏星</p>", "", "", []string{"魏星"}},
		{"column and author", "zh-CN", "", "", "<p>《棱镜》作者 周纯</p>", []string{"周纯"}},
		{"采写 label", "zh-CN", "", "", "<p>采写：南都见习记者 林子沛</p>", []string{"林子沛"}},
		{"compiled by the reporter", "zh-CN", "", "长江网10月4日讯（记者陈智 整合） ", "", []string{"陈智"}},
	} {
		checkAuthors(t, c.name, zhCreditPage(t, c.lang, h, "", c.top, c.lead, c.tail).Authors, c.want)
	}
}

// An author field that holds a Chinese role credit ("記者陳嘉寧／桃園機場報導") names the reporter.
func TestAuthorsZhRoleCreditInAuthorField(t *testing.T) {
	r := zhCreditPage(t, "zh-TW", "春季植树活动在城郊公园举行",
		`<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"記者陳嘉寧／桃園機場報導"}}</script>`, "", "", "")
	checkAuthors(t, "role credit", r.Authors, []string{"陳嘉寧"})
}
