package extract

import "testing"

// Chinese credits the rules did not read: "文/图" (the writers took the pictures too) before the
// names, the label and the name run together after the "|" of an information row (the two in
// elements of their own), a WeChat repost's "原创：" with the writer and "编译" run together.
func TestAuthorsZhCredits17(t *testing.T) {
	const h = "春季植树活动在城郊公园举行"
	for _, c := range []struct {
		name, top, lead, tail string
		want                  []string
	}{
		{"文/图 at the end", "", "", "(文/图 刘明东 易小楠)", []string{"刘明东", "易小楠"}},
		{"文/图： at the start", "", "文/图：王晓燕 ", "", []string{"王晓燕"}},
		{"作者 in an information row", `<div class="info">2019-07-30 10:30| 来源<span class="src">范例网</span>| <span>12</span> 条评论| 作者<span class="ago">魏小星</span></div>`, "", "", []string{"魏小星"}},
		{"作者简介 in a row", `<div class="info">来源 范例网 | 作者简介</div>`, "", "", nil},
		{"原创 and 编译", "", "原创： 路明远编译 范例交易与研究 ", "", []string{"路明远"}},
	} {
		checkAuthors(t, c.name, zhCreditPage(t, "zh-CN", h, "", c.top, c.lead, c.tail).Authors, c.want)
	}
}

// A byline box whose name and stamp are elements side by side with no space between: the text
// runs the date into the name ("谢小含2017-03-01 14:27:02").
func TestAuthorsGluedNumericDate(t *testing.T) {
	got := authorsOf(t, "https://example.com/a", "", `<div class="author"><span class="name">谢小含</span><span class="date">2017-03-01 14:27:02</span></div>`)
	checkAuthors(t, "Han name and ISO stamp", got, []string{"谢小含"})
	got = authorsOf(t, "https://example.com/a", "", `<div class="author"><span class="name">Jane Roe</span><span class="date">2017/03/01</span></div>`)
	checkAuthors(t, "Latin name and slashed date", got, []string{"Jane Roe"})
}

// The label an author card prints over the name in an element of its own ("著者") is no name;
// when the name is the desk's, the card credits nobody.
func TestAuthorsCardRoleLabel(t *testing.T) {
	got := authorsOf(t, "https://example.jp/a", "", `<div class="credit_author"><div class="bio"><div class="label">著者</div><div class="name">範例編集部</div><p>モノづくりのヒントになるような記事をお届けします。</p></div></div>`)
	checkAuthors(t, "desk under 著者", got, nil)
	got = authorsOf(t, "https://example.jp/a", "", `<div class="credit_author"><div class="bio"><div class="label">著者</div><div class="name">山田 太郎</div></div></div>`)
	checkAuthors(t, "person under 著者", got, []string{"山田 太郎"})
}
