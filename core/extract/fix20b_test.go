package extract

import (
	"net/url"
	"strings"
	"testing"
	"time"
)

// headlineBoxPage is a Chinese story page whose headline is a <div> in a box beside the site's
// logo, with the story's time under it, and a list of other stories' times ("热帖") in the
// column before the story and before an empty <h1> the template leaves.
func headlineBoxPage() []byte {
	prose := strings.Repeat("本市今年的春季植树活动在城郊公园举行，来自各区的三千多名志愿者参加了活动，共种下各类树苗两万余株。", 3)
	item := func(href, head, at string) string {
		return `<li><a href="` + href + `">` + head + `</a><div class="clearfix item-bottom"><div class="right"></div>` +
			`<div class="left publish-time">` + at + `</div></div></li>`
	}
	return []byte(`<html><head><meta charset="utf-8"><title>春季植树活动在城郊公园举行-范例网</title></head><body>
<div class="top-bar"><div class="head-box clearfix"><a href="http://www.example.cn/" class="site-logo"><img src="/logo.png"></a>
<div class="head-news"><div class="head-title">春季植树活动在城郊公园举行</div>
<div class="head-info"><span class="head-time"> 2019-04-10 07:57:40</span><span>来源：<em>范例网</em></span></div></div></div></div>
<div class="main"><div class="side"><ul class="hot-list"><div class="name">热帖</div>` +
		item("http://forum.example.cn/p/101", "城市绿道建设进入新阶段，市民出行更方便", "2018-03-02 08:58:39") +
		item("http://forum.example.cn/p/102", "老街区改造完成，居民搬回新居", "2018-03-02 08:58:39") +
		item("http://forum.example.cn/p/103", "乡村学校迎来新教师，课程更加丰富", "2018-03-01 14:40:53") +
		`</ul></div><h1></h1><div class="content"><p>` + prose + `</p><p>` + prose + `</p></div></div></body></html>`)
}

func TestHeadlineBoxTimeBesideLogoIsNoMasthead(t *testing.T) {
	// A date in the box that prints the page's headline is the story's, though the site's logo
	// stands in that box too: a masthead's "today" stands beside the logo, not beside the
	// story's headline. The list of other stories' times further down must not date the page.
	r, err := Extract("http://www.example.cn/local/c_1125.htm", headlineBoxPage())
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Published.Format(time.RFC3339); got != "2019-04-10T07:57:40+08:00" {
		t.Errorf("published = %s, want 2019-04-10T07:57:40+08:00", got)
	}
}

func TestAddressDayWithMixedSeparators(t *testing.T) {
	// Chinese news sites write the day into the address with a hyphen between year and month
	// and a slash before the day ("/2019-04/10/c_1125.htm"), or the other way round
	// ("/2019/04-10/8812.shtml"): the address's day all the same.
	for path, want := range map[string]string{
		"/world/2019-04/10/c_1125.htm": "2019-04-10",
		"/gn/2019/04-10/8812.shtml":    "2019-04-10",
	} {
		u, err := url.Parse("http://www.example.cn" + path)
		if err != nil {
			t.Fatal(err)
		}
		st, ok := urlDate(u, time.UTC)
		if !ok || st.Time.Format(time.DateOnly) != want {
			t.Errorf("urlDate(%s) = %v %v, want %s", path, st.Time, ok, want)
		}
	}
}
