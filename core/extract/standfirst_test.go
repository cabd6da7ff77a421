package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"paperboy/core/extract"
)

// headerPage is a news page whose article header holds the headline and `header`, followed by
// share buttons, the body container and `after`.
func headerPage(header, after string) []byte {
	var b strings.Builder
	b.WriteString(`<html lang="de"><head><title>Junge Lenker schrotten zwei Sportwagen - Telebeispiel</title></head><body>
<nav><a href="/">Start</a> <a href="/region">Region</a></nav><main><article><header><h1 class="article-title">Junge Lenker schrotten zwei Sportwagen</h1>
<div class="article-meta"><time datetime="2019-10-19T11:36:11+02:00">19.10.2019</time></div>`)
	b.WriteString(header)
	b.WriteString(`</header><div class="share"><a href="/fb">Teilen</a></div>`)
	b.WriteString(`<div class="article-content">`)
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&b, "<p>Absatz %d: Der 19-jährige Lenker verlor kurz nach der Einfahrt aus ungeklärten Gründen die Herrschaft über den Wagen, wie die Kantonspolizei am Samstag mitteilte.</p>", i)
	}
	b.WriteString(`</div></article>`)
	b.WriteString(after)
	b.WriteString(`</main></body></html>`)
	return []byte(b.String())
}

func TestStandfirstInArticleHeader(t *testing.T) {
	const lede = "In der Nacht auf Samstag haben zwei junge Lenker unabhängig voneinander einen Unfall mit ihrem Sportwagen gebaut."
	tests := []struct {
		name, header, after string
		want                bool // the lede leads the body
	}{
		{name: "intro div between headline and body", header: `<div class="tb-article-intro">` + lede + `</div>`, want: true},
		{name: "lead paragraph in an h2", header: `<h2 class="h2 article-lead entry-summary"><span>` + lede + `</span></h2>`, want: true},
		{name: "teaser box of other stories after the article", after: `<div class="teaser"><p>` + lede + `</p></div>`},
		{name: "teaser box with headings and links", header: `<div class="teaser-list"><h3><a href="/a">` + lede + `</a></h3><a href="/b">Mehr</a></div>`},
		{name: "a sentence too short for a standfirst", header: `<p class="lead">Zwei Unfälle.</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractKeeping(t, "https://example.ch/2019/10/19/unfall/", headerPage(tt.header, tt.after), "Absatz 1:", "Absatz 4:")
			if got := strings.HasPrefix(r.Body, lede); got != tt.want {
				t.Errorf("body starts with the lede = %v, want %v:\n%s", got, tt.want, r.Body)
			}
			if strings.Count(r.Body, "In der Nacht auf Samstag") > 1 {
				t.Errorf("lede twice:\n%s", r.Body)
			}
		})
	}
}

// Markup inside the body's first sentence ("Der <b>19-jährige</b> Lenker") splits it over
// several text nodes; the place where the reading starts must still be found.
func TestStandfirstBeforeMarkedUpOpening(t *testing.T) {
	const lede = "In der Nacht auf Samstag haben zwei junge Lenker unabhängig voneinander einen Unfall mit ihrem Sportwagen gebaut."
	page := strings.Replace(string(headerPage(`<h2 class="article-lead">`+lede+`</h2>`, "")), "Absatz 1: Der 19-jährige Lenker", "Absatz 1: Der <b>19-jährige</b>\n Lenker", 1)
	r, err := extract.Extract("https://example.ch/2019/10/19/unfall/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.Body, lede) || !strings.Contains(r.Body, "Absatz 1: Der 19-jährige Lenker") {
		t.Errorf("body:\n%s", r.Body)
	}
}

// descPage is headerPage with the page's description in its meta tags.
func descPage(desc, header string) []byte {
	return []byte(strings.Replace(string(headerPage(header, "")), "</title>",
		`</title><meta name="description" content="`+desc+`"><meta property="og:description" content="`+desc+`">`, 1))
}

// A standfirst whose class names nothing ("typo-subline", a bare <h2>) is known by saying what
// the page's description says; a description the page does not show is never added.
func TestStandfirstSaysDescription(t *testing.T) {
	const lede = "In der Nacht auf Samstag haben zwei junge Lenker unabhängig voneinander einen Unfall mit ihrem Sportwagen gebaut."
	tests := []struct {
		name, desc, header string
		want               bool
	}{
		{name: "paragraph equal to the description", desc: lede, header: `<p class="column typo-subline">` + lede + `</p>`, want: true},
		{name: "h2 the cut description starts", desc: lede[:80] + "...", header: `<h2 class="text-base">` + lede + `</h2>`, want: true},
		{name: "description in metadata only", desc: lede},
		{name: "paragraph unlike the description", desc: "Ganz etwas anderes steht in der Beschreibung dieser Seite, kein Wort vom Unfall.", header: `<p class="column typo-subline">` + lede + `</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.Extract("https://example.ch/2019/10/19/unfall/", descPage(tt.desc, tt.header))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.HasPrefix(r.Body, lede); got != tt.want {
				t.Errorf("body starts with the lede = %v, want %v:\n%s", got, tt.want, r.Body)
			}
			if !strings.Contains(r.Body, "Absatz 4:") {
				t.Errorf("story lost:\n%s", r.Body)
			}
		})
	}
}

// Older layouts print the site's name in the masthead's <h1> and the story's headline in an
// <h2>; the standfirst under that <h2> leads the body as it does under an <h1>.
func TestStandfirstUnderH2Headline(t *testing.T) {
	const lede = "In der Nacht auf Samstag haben zwei junge Lenker unabhängig voneinander einen Unfall mit ihrem Sportwagen gebaut."
	var b strings.Builder
	b.WriteString(`<html lang="de"><head><title>Junge Lenker schrotten zwei Sportwagen - Telebeispiel</title></head><body>
<div id="masthead"><h1>Telebeispiel</h1></div><div id="article"><h2 class="headline">Junge Lenker schrotten zwei Sportwagen</h2>
<div class="meta">Reuters | 2019-10-19 09:07</div><h3 class="intro">` + lede + `</h3><div class="share"><h3>Teilen</h3></div><div class="text">`)
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&b, "<p>Absatz %d: Der 19-jährige Lenker verlor kurz nach der Einfahrt aus ungeklärten Gründen die Herrschaft über den Wagen, wie die Kantonspolizei am Samstag mitteilte.</p>", i)
	}
	b.WriteString(`</div></div></body></html>`)
	r, err := extract.Extract("https://www.telebeispiel.ch/2019/10/19/unfall/", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if r.Title != "Junge Lenker schrotten zwei Sportwagen" {
		t.Errorf("title %q", r.Title)
	}
	if !strings.HasPrefix(r.Body, lede) || !strings.Contains(r.Body, "Absatz 4:") {
		t.Errorf("body does not lead with the standfirst:\n%s", r.Body)
	}
}

// A post's own container found by its class holds the reading's opening too: only what stands
// before that opening may lead the body, never the whole post a second time.
func TestStandfirstContainerHoldingTheReading(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Dance where you are - Example Blog</title></head><body><h1><a href="/">Example Blog</a></h1>
<h2><a href="/dance" rel="permalink">Dance where you are</a></h2><div class="post-summary"><p>via youtube.com</p>`)
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&b, "<p>Line %d: you do not have to circle the globe to dance, so dance where you are now, in a car or at the office.</p>", i)
	}
	b.WriteString(`</div></body></html>`)
	r, err := extract.Extract("https://blog.example.com/dance", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(r.Body, "Line 1:"); n != 1 {
		t.Errorf("the post's opening is in the body %d times:\n%s", n, r.Body)
	}
}

// TestStandfirstIsNotTheHeadlineAgain checks a page that prints its headline a second time
// under the first, in a box the description names (the description repeats the headline): the
// repeat is not a standfirst and does not open the body.
func TestStandfirstIsNotTheHeadlineAgain(t *testing.T) {
	const headline = "六十万铁路账号外泄？ 铁路部门辟谣称消息不实"
	var b strings.Builder
	b.WriteString(`<html><head><title>` + headline + `|新闻</title><meta property="og:description" content="` + headline + `"></head><body>`)
	b.WriteString(`<div class="main"><h1 class="main-title">` + headline + `</h1><div class="second-title">` + headline + `</div>`)
	b.WriteString(`<div class="date">2018年12月28日 19:55</div><div class="article">`)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, "<p>第%d段：今日有网友爆料，有大量铁路账号和联系人数据在网上低价出售，铁路部门晚间通过官方微博发布辟谣消息称网传信息不实，网站未发生用户信息泄漏。</p>", i)
	}
	b.WriteString(`</div></div></body></html>`)
	r, err := extract.Extract("https://news.example.cn/2018/12/28/a.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.Body, "第1段") || !strings.Contains(r.Body, "第3段") {
		t.Errorf("body does not open with the story:\n%s", r.Body)
	}
}
