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

func TestOutletBeforeChineseReporterIsNoPartOfTheName(t *testing.T) {
	// "<a>中央社</a> 王大明": a Taiwanese byline names the outlet (or the agency the story comes
	// from) before the reporter, apart by a space. A Chinese name is written without one, so
	// the outlet is no part of it.
	for _, c := range []struct{ byline, want string }{
		{`<a href="/realtime-5">中廣</a> 王大明`, "王大明"},
		{`<a href="/cna">中央社</a> 林小華`, "林小華"},
		{`中時 陳美玲`, "陳美玲"},
	} {
		r := zhCreditPage(t, "zh-TW", "春季植樹活動在城郊公園舉行", "", `<div class="reporter">`+c.byline+` <time datetime="2013/06/29 00:00">2013年06月29日 18:24</time></div>`, "", "")
		checkAuthors(t, c.byline, r.Authors, []string{c.want})
	}
}

// idCreditTablePage is an Indonesian story whose writer and editor are credited in a table
// after the story, one labelled cell each.
func idCreditTablePage(rows string) []byte {
	prose := `<p>Pemerintah kota membuka jembatan baru di atas sungai pada Selasa pagi setelah pembangunan yang berlangsung hampir dua tahun dan menelan biaya besar.</p>` +
		`<p>Warga di kedua tepi sungai menyambut pembukaan itu karena perjalanan ke pasar dan sekolah kini jauh lebih singkat dibanding sebelumnya.</p>` +
		`<p>Wali kota mengatakan jembatan itu akan diperiksa setiap bulan dan ditutup sementara bila banjir besar datang seperti tahun lalu.</p>`
	return []byte(`<html lang="id"><head><title>Jembatan baru dibuka untuk warga | Contoh Online</title></head><body>
<h1>Jembatan baru dibuka untuk warga</h1><div class="date-detail">Kamis, 05 November 2015, 15:07 WIB</div>
<div class="content-detail">` + prose + `</div><div class="red"><table border="0">` + rows + `</table></div></body></html>`)
}

func TestReporterCellOfACreditTable(t *testing.T) {
	// "<td><strong>Reporter :</strong> Siti Rahmawati</td>" over "<td><strong>Redaktur :</strong>
	// Budi Santoso</td>": the labelled cell credits the writer; the editor's is no writer's.
	r, err := Extract("https://www.example.co.id/berita/15/11/05/jembatan-baru", idCreditTablePage(
		`<tr><td><strong>Reporter :</strong> Siti Rahmawati</td></tr><tr><td><strong>Redaktur :</strong>  Budi Santoso</td></tr>`))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, "credit table", r.Authors, []string{"Siti Rahmawati"})
}

func TestEditorCreditInBylineIsNoAuthor(t *testing.T) {
	// "<img alt=Site> | Editor <a>Jane Roe</a>": the byline box of a story no person wrote (an
	// agency's or a generated story) names only the editor who checked it; after a writer's name
	// the editor's credit adds no co-author.
	for _, c := range []struct {
		byline string
		want   []string
	}{
		{`<img src="/logo.png" alt="Example Markets"> | Editor <a href="/members/contributors/1">Jane Roe</a>`, nil},
		{`<img src="/logo.png" alt="Example Markets"> | Edited by <a href="/members/contributors/1">Jane Roe</a>`, nil},
		{`<a href="/members/contributors/2">John Doe</a> | Editor <a href="/members/contributors/1">Jane Roe</a>`, []string{"John Doe"}},
	} {
		r, err := Extract("https://www.example.com/news/markets/council-delays-bridge-vote-3301929", story19a(`<title>Council delays the new bridge vote</title>`, c.byline))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.byline, r.Authors, c.want)
	}
}
