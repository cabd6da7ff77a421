package extract_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"paperboy/core/extract"
)

func TestExtractMetadata(t *testing.T) {
	kst := time.FixedZone("KST", 9*3600)
	tests := []struct {
		name, url, html string
		check           func(t *testing.T, r *extract.Result)
	}{
		{"json-ld graph with @id author", "https://example.com/a", `<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":"https://example.com/a#page","datePublished":"2001-01-01T00:00:00Z"},
{"@type":["NewsArticle"],"headline":"Graph headline","datePublished":"2024-04-26T09:05:00+09:00","author":{"@id":"#p1"},
"image":[{"@type":"ImageObject","url":"/img/lead.jpg"}],"publisher":{"@type":"Organization","name":"Example Daily"}},
{"@type":"Person","@id":"#p1","name":"Jane Roe"}]}</script></head><body><p>x</p></body></html>`,
			func(t *testing.T, r *extract.Result) {
				eq(t, "title", r.Title, "Graph headline")
				eq(t, "author", r.Author, "Jane Roe")
				eq(t, "image", r.ImageURL, "https://example.com/img/lead.jpg")
				eq(t, "site", r.SiteName, "Example Daily")
				eqTime(t, r.Published, time.Date(2024, 4, 26, 0, 5, 0, 0, time.UTC))
			}},
		{"json-ld array, organisation author, string people", "https://example.com/b", `<script type="application/ld+json">
[{"@type":"BreadcrumbList"},{"@type":"ReportageNewsArticle","headline":"H","author":[{"@type":"Organization","name":"Desk"},"Ann Lee and Bo Park"]}]</script>`,
			func(t *testing.T, r *extract.Result) {
				if !reflect.DeepEqual(r.Authors, []string{"Ann Lee", "Bo Park"}) {
					t.Errorf("authors = %q", r.Authors)
				}
			}},
		{"broken json-ld falls back to opengraph", "https://example.com/c", `<head><script type="application/ld+json">{"@type":"NewsArticle",</script>
<meta property="og:title" content="OG title"><meta property="article:published_time" content="2023-11-02T13:43:27Z">
<meta property="article:author" content="https://www.facebook.com/someone"><meta name="author" content="Carlos Nadalim">
<meta name="twitter:image" content="//cdn.example.com/t.jpg"></head>`,
			func(t *testing.T, r *extract.Result) {
				eq(t, "title", r.Title, "OG title")
				eq(t, "author", r.Author, "Carlos Nadalim")
				eq(t, "image", r.ImageURL, "https://cdn.example.com/t.jpg")
				eqTime(t, r.Published, time.Date(2023, 11, 2, 13, 43, 27, 0, time.UTC))
			}},
		{"og:title and twitter:title agreeing on a section title lose to <title> and <h1>", "https://news.example.com/russia-space-ship",
			`<head><meta property="og:title" content="Example News - Latest News &amp; Headlines"><meta name="twitter:title" content="Example News - Latest News &amp; Headlines">
<title>Russia: Space ship breaks up over Siberia</title></head><body><h1>Russia: Space ship breaks up over Siberia</h1><p>x</p></body>`,
			func(t *testing.T, r *extract.Result) {
				eq(t, "title", r.Title, "Russia: Space ship breaks up over Siberia")
			}},
		{"og:title on property= wins over a misused name= before it", "https://example.com/og",
			`<head><meta name="og:title" content="Template title"><meta property="og:title" content="Property title"><title>Property title - Example</title></head>`,
			func(t *testing.T, r *extract.Result) { eq(t, "title", r.Title, "Property title") }},
		{"a product name before the headline is kept when og:site_name names another site", "https://www.example.org/firefox/",
			`<head><title>Firefox — Customize and make it your own — The most flexible browser on the Web — Mozilla</title>
<meta property="og:site_name" content="Mozilla"><meta name="twitter:site" content="@firefox">
<meta property="og:title" content="Firefox — Customize and make it your own — The most flexible browser on the Web"></head>`,
			func(t *testing.T, r *extract.Result) {
				eq(t, "title", r.Title, "Firefox — Customize and make it your own — The most flexible browser on the Web")
			}},
		{"a bracketed source after the headline goes when the <h1> confirms the rest", "https://news.example.jp/a/1",
			`<head><meta property="og:title" content="公衆無線LANを安全に使うアプリ「Wi-Fiプロテクション」（CNET Japan） - Example!ニュース">
<meta property="og:site_name" content="Example!ニュース"></head><body><h1>公衆無線LANを安全に使うアプリ「Wi-Fiプロテクション」</h1></body>`,
			func(t *testing.T, r *extract.Result) {
				eq(t, "title", r.Title, "公衆無線LANを安全に使うアプリ「Wi-Fiプロテクション」")
			}},
		{"a bracketed part no other source drops stays", "https://example.com/b",
			`<head><meta property="og:title" content="Budget passes (updated)"><title>Budget passes (updated) | Example</title></head>`,
			func(t *testing.T, r *extract.Result) { eq(t, "title", r.Title, "Budget passes (updated)") }},
		{"title suffix from og:site_name", "https://www.bbc.com/news/x", `<head><title>Sweden drops case - BBC News</title>
<meta property="og:site_name" content="BBC News"></head>`,
			func(t *testing.T, r *extract.Result) { eq(t, "title", r.Title, "Sweden drops case") }},
		{"korean title suffix, byline and 입력 date", "https://news.example.kr/v/1", `<html lang="ko"><head><title>카카오 먹통 | 한국금융신문</title>
<meta property="og:site_name" content="한국금융신문"></head><body><div class="info">입력 2024.04.26. 오후 8:06 수정 2024.04.27. 오전 9:05</div>
<div id="body"><p>[한국금융신문=홍길동 기자] 카카오가 멈췄다.</p></div></body></html>`,
			func(t *testing.T, r *extract.Result) {
				eq(t, "title", r.Title, "카카오 먹통")
				eq(t, "author", r.Author, "홍길동")
				eqTime(t, r.Published, time.Date(2024, 4, 26, 20, 6, 0, 0, kst))
				eqTime(t, r.Modified, time.Date(2024, 4, 27, 9, 5, 0, 0, kst))
			}},
		{"korean email byline and 오전", "http://example.com/k", `<html lang="ko"><body><p>기사입력 2022.10.15 오전 9:05</p>
<p>본문이다.</p><p>정은경 기자 ek7869@fntimes.com</p></body></html>`,
			func(t *testing.T, r *extract.Result) {
				eq(t, "author", r.Author, "정은경")
				eqTime(t, r.Published, time.Date(2022, 10, 15, 9, 5, 0, 0, kst))
			}},
		{"itemprop and time", "https://example.com/i", `<article><span itemprop="author" itemscope><span itemprop="name">Lida B</span></span>
<time datetime="2019-11-19T11:45:59.000Z">Nov 19</time><h1>Only h1</h1></article>`,
			func(t *testing.T, r *extract.Result) {
				eq(t, "title", r.Title, "Only h1")
				eq(t, "author", r.Author, "Lida B")
				eqTime(t, r.Published, time.Date(2019, 11, 19, 11, 45, 59, 0, time.UTC))
			}},
		{"upper-case byline", "https://example.com/u", `<div class="story-byline">By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER</div>`,
			func(t *testing.T, r *extract.Result) {
				if !reflect.DeepEqual(r.Authors, []string{"Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker"}) {
					t.Errorf("authors = %q", r.Authors)
				}
			}},
		{"content image fallback skips logo and tiny", "https://example.com/dir/p", `<body><img src="/logo.png"><article>
<img src="data:image/gif;base64,R0lGOD" width="600"><img src="px.gif" width="1" height="1"><img src="pics/big.jpg" width="800"></article></body>`,
			func(t *testing.T, r *extract.Result) {
				eq(t, "image", r.ImageURL, "https://example.com/dir/pics/big.jpg")
			}},
		{"same-host http image upgraded on https page", "https://example.com/p", `<meta property="og:image" content="http://example.com/a.jpg">`,
			func(t *testing.T, r *extract.Result) { eq(t, "image", r.ImageURL, "https://example.com/a.jpg") }},
		{"canonical, lang and tags", "https://m.example.com/p?utm_source=x", `<html lang="en-GB"><head><link rel="canonical" href="/story/1">
<meta property="article:tag" content="Tech"><meta property="article:tag" content="AI"></head></html>`,
			func(t *testing.T, r *extract.Result) {
				eq(t, "canonical", r.CanonicalURL, "https://m.example.com/story/1")
				eq(t, "lang", r.Lang, "en-GB")
				if !reflect.DeepEqual(r.Tags, []string{"Tech", "AI"}) {
					t.Errorf("tags = %q", r.Tags)
				}
			}},
		{"organisation-only meta author", "https://example.com/o", `<meta name="author" content="Editorial"><meta name="author" content="BBC News">`,
			func(t *testing.T, r *extract.Result) {
				if len(r.Authors) != 0 {
					t.Errorf("authors = %q, want none", r.Authors)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.Extract(tt.url, []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, r)
		})
	}
}

func eq(t *testing.T, field, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %q, want %q", field, got, want)
	}
}

func eqTime(t *testing.T, got, want time.Time) {
	t.Helper()
	if !got.Equal(want) {
		t.Errorf("time = %v, want %v", got, want)
	}
}

func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.html")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add("https://www.fntimes.com/html/view.php", b)
		}
	}
	f.Add("http://x/", []byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"@id":"a"}},{"@id":"a","@type":"Person","name":"N"}]}</script>`))
	f.Add("::bad url", []byte("<html lang=ko><p>기사입력 : 2022-10-15 23:03 [가=나다 기자]\xff\xfe</p>"))
	f.Add("", []byte("<time datetime='99999999999999'><img src='//x/y.jpg'><title>a | b</title>"))
	// Seeds for the fourteenth round's rules: Korean sign-offs, a yearless Japanese date with its
	// year in the body's id, numeric dates read by the address's order, Portuguese and US-zone
	// clocks, Chinese crumbs and section--site titles. Synthetic pages, cut short so mutations reach
	// the rules.
	koPara := "<p>" + strings.Repeat("정부는 21일 오전 서울 정부청사에서 관계부처 회의를 열고 대응 방안을 논의했다고 밝혔다. ", 3) + "</p>"
	f.Add("https://news.example.com/view/1", []byte(`<html lang=ko><title>언론재단</title><article><h3>8·8 개각/ 對北정책 기조 유지</h3>`+koPara+
		`<p>정유미기자</p><p>워싱턴│김진호 특파원</p><p>홍길동 기자 hong@example.com</p><p>글=김철수 / 사진=이영희</p><p>ⓒ 무단전재 및 재배포 금지</p></article>`))
	jaPara := "<p>" + strings.Repeat("東京の会社は、障害がある人とどうやってコミュニケーションをしたらいいか勉強する会を開きました。", 3) + "</p>"
	f.Add("https://news.example.jp/easy/20240401/k1.html", []byte(`<html lang="ja"><body id="news20240401_k1"><article><h1>会</h1>`+
		`<p class="article-main__date">[04月01日 12時00分]</p>`+jaPara+`<p>人の名前</p><p>※ 注意</p><p>【詳しくはこちら】</p></article>`))
	enPara := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 3) + "</p>"
	f.Add("https://www.example.com/news/2012/12/07/story", []byte(`<html lang=en><meta property="og:url" content="https://www.example.com/2012/12/07/x">`+
		`<meta itemprop=datePublished content="2012-12-07T16:42:00-0600"><article><h1>Tram</h1><p>4:42 PM on 12/07/2012</p><p>Updated 10:15 a.m. CT Jan. 6, 2024</p>`+
		`<p>11/12/2019 8:02 PM ET</p><div itemscope itemtype="http://schema.org/VideoObject"><meta itemprop=datePublished content="2013-01-07"></div>`+enPara+`</article>`))
	ptPara := "<p>" + strings.Repeat("O governo anunciou nesta quinta-feira um novo pacote de medidas para a economia. ", 3) + "</p>"
	f.Add("https://g1.example.com.br/noticia/2016/10/x.html", []byte(`<html lang=pt><meta property="article:published_time" content="2016-10-27T17:58:00+00:00">`+
		`<article><h1>Pacote</h1><p class=datahora>27 de outubro de 2016 - 17h58</p><time datetime="2016-10-27">27/10/2016 17h58</time>`+
		`<p>Atualizado em 28/10/2016 09h12</p>`+ptPara+`</article>`))
	zhPara := "<p>" + strings.Repeat("公司今天召开年度大会，总结过去一年的工作并部署新一年的重点任务。", 3) + "</p>"
	f.Add("http://www.example.cn/news/1.html", []byte(`<html><title>新闻动态--某某公司</title><body><div class=crumb>首页 &gt; 新闻中心 &gt; 新闻动态</div>`+
		`<h2>公司召开年度大会</h2><p>记者 张三 通讯员 李四</p><p>发布时间：2019-11-18</p>`+zhPara+
		`<div class=login><span>账号</span><input name=user><span>我的跟贴</span></div><img src="/s.gif" width=900 height=2></body>`))
	f.Add("http://www.example.tw/a_b_c.html", []byte(`<title>年終掃除真easy_生活_某網</title><h1>● 年終掃除真easy</h1>`+zhPara))
	// Seeds for the sixteenth round's rules: a Hebrew flash with a bare clock beside its headline
	// and a closing parenthesised sign-off, a sign-flipped UTC value, Turkish and Arabic desks,
	// a comments heading over signed comments, a post of credit lines, a blog skin's footer.
	hePara := "<p>" + strings.Repeat("ראש הממשלה הודיע הערב על סדרת צעדים חדשים במשק לאחר ישיבת הממשלה בירושלים. ", 3) + "</p>"
	f.Add("https://www.ynet.co.il/news/article/abc", []byte(`<html lang=he><title>כותרת הידיעה החשובה - ynet</title>`+
		`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-05-22T18:08:48z","articleBody":"טקסט ארוך מאוד של הידיעה. (גלעד כרמלי)"}</script>`+
		`<div class=wrap><div class=time>16:14</div><div><h1>כותרת הידיעה החשובה</h1></div></div><div class=date>יום שישי 22.05.2020</div>`+
		`<div class=date>פורסם: 22.05.20, 17:06</div>`+hePara+`<p>(גלעד כרמלי)</p><p>מצאתם טעות? כתבו לנו</p>`))
	trPara := "<p>" + strings.Repeat("Bakanlık bugün yaptığı açıklamada yeni düzenlemenin gelecek ay yürürlüğe gireceğini bildirdi ve çok daha fazla bilgi verdi. ", 3) + "</p>"
	f.Add("https://www.hurriyet.com.tr/gundem/x-41234", []byte(`<html><meta name=author content="Hurriyet Haber"><meta name="pubdate" content="2018-11-28CET11:59:00+0100">`+
		`<h1>Yeni düzenleme</h1><span class=byline>DHA</span>`+trPara+`<p>(With AFP)</p><p>وكالة الأناضول</p><h3>Comments (2)</h3>`+
		`<p>reader, 4 January 2012 08:45</p><p>nice</p><p>other, 4 January 2012 09:12</p>`))
	f.Add("http://blog.example.com/2012/01/post.html", []byte(`<h1>Credits</h1><p>Design Director: Jane Roe</p><p>Photo Editors: John Doe</p>`+
		`<p>Art Director: A B</p><p>Writer: C D</p><p>Editor: E F</p><p>Thanks.</p><p>Newer Post Older Post Home</p><p>Subscribe to: Post Comments (Atom)</p>`))
	f.Add("https://www.example.ir/news/1", []byte(`<p>`+strings.Repeat("خبرگزاری گزارش کرد که پیکی چگونه ", 20)+`</p><p>`+strings.Repeat("ٹیڈی ڈرامہ ہے ", 20)+`</p>`))
	// Seeds for the seventeenth round's rules (BENCHMARKS.md, fuzz17): a date's tooltip, a GMT
	// clock beside its twin, a lower-case RFC 3339 value over a far printed clock, a wiki's
	// "zuletzt am … geändert", a generic "date" meta, a list of dated headlines, a script's
	// publicationDate, breadcrumb, blog-name and site-before-colon titles, a dated title part,
	// print-hidden blocks, tool rows and comment prompts, Japanese and Chinese credits, repeated
	// citation_author metas, academic titles, a datetime on a date-classed div, "By&nbsp;Name",
	// a reviewer's credit, a glued name and date.
	f.Add("https://www.example.com/news/2020/04/27/story", []byte(`<html lang=en><title>Council votes to rebuild the old ferry pier | January 15, 2008 | HPN</title>`+
		`<meta property="article:published_time" content="2022-10-11T19:11:05-04:00"><meta itemprop="datePublished" content="2022-10-11T15:11:05-04:00">`+
		`<meta name="date" content="2020-04-01T09:00:00+02:00"><div class="date"><span title="Monday 27th of April 2020 02:37:18 AM CDT">Apr 27th, 2020</span></div>`+
		`<div class="posted" datetime="2014-10-21T07:54:43-0500">7:54 AM, Oct 21, 2014</div><abbr class="published" title="2012-01-15t03:58:02z">January 15, 2012 at 5:58 PM</abbr>`+
		`<span class="date" title="2014-04-13T20:08:00Z">April 13, 2014 at 4:08 PM</span><h1>Council votes to rebuild the old ferry pier</h1>`+
		`<div class="byline">By&nbsp;Jane Roe, News</div><p class="byline">By Jane Roe and John Doe / Example Shimbun Staff Writers</p>`+
		`<p class=byline>By Jane Roe Medically reviewed by John Doe, MD; Associate Professor</p>`+enPara+
		`<div class="noprint"><p>Most read</p></div><p>E-mail Article Print-Friendly</p><p>Have your say on this story</p>`+
		`<p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p><p>Written by Jane Roe</p></article>`+
		`<script>window.__STATE__={"omni_publicationDate":"2020-04-27 07:37","publicationDate":"2020-04-27T02:37:18-05:00"}</script>`))
	f.Add("https://news.example.de/liste", []byte(`<html lang=de><title>Harbour: Council votes to rebuild the old ferry pier</title><body>`+
		`<p>Macht Fresslust 19. März 2020 Achtsam durch die Krise 18. März 2020 Council votes to rebuild the old ferry pier 17.03.2020 Other 1/15/2008</p>`+
		`<b>Council votes to rebuild the old ferry pier</b><div class="author">Prof. Dr. med. Anna B. Muster</div>`+
		`<meta name="citation_author" content="Roe, Jane"><meta name="citation_author" content="Pérez, Juan"><meta name="DC.creator" content="Jane Roe"><meta name="DC.creator" content="Juan Pérez">`+enPara))
	f.Add("https://www.example.com/local/pier", []byte(`<title>Ferry pier: Council to rebuild it by summer, vote shows</title>`+
		`<nav><ul><li><a href="/">Home</a></li><li><h1>Ferry pier: Council to rebuild it by summer, vote shows</h1></li></ul></nav>`+
		`<article><h2>Old pier back by summer: council votes to rebuild</h2>`+enPara+`</article>`+
		`<title>Harbour council votes to rebuild ferry pier - Island Harbour Notes Blog</title><h1 id=pageTitle>Island Harbour Notes Blog</h1>`+
		`<div><h3 class=bTitle>Harbour council votes to rebuild ferry pier</h3></div><h2><a href="#">Island Harbour Notes Blog</a></h2>`))
	f.Add("https://www.example.co.jp/article/1", []byte(`<html lang=ja><title>港町浩光＠自宅の日記 - 桟橋の再建が決まり</title><h1>港町浩光＠自宅の日記</h1>`+
		`<div class="articleHeader"><time>2019/02/22 17:23</time><a class="articleHeader_name" href="/author/180/">著者：山田太郎</a></div>`+
		`<div class="artdata"><p class="date">2019年04月21日 12時00分更新</p><p><a>文● 岡本／範例編集部</a></p></div>`+
		`<div class="credit_author"><div class="label">著者</div><div class="name">山田 太郎</div></div>`+jaPara+
		`<div class="info">2019-07-30 10:30| 来源<span class="src">范例网</span>| 作者<span>魏小星</span></div><p>原创： 张三 某某研究</p><p>（文/图 刘玺东 易赛楠）</p>`+
		`<div class="author"><span class="name">谢小含</span><span class="date">2017-03-01 14:27:02</span></div>`+zhPara))
	// The eighteenth round's body rules: a page record in JSON, a template's unfilled line, a
	// notice the sheet hides after the story, an "About Author" box with its links, an opening
	// column whose links stand inside its sentences.
	f.Add("https://www.example.com/story/news/1", []byte(`<html><title>Pier</title><style>.capping{position:fixed;display:none}</style><main><section>`+
		`<div class="col"><p><em>Lead. </em><a href="/live">Follow the latest</a>.</p><p>In 2018 the council called <a href="/p">Jane Roe</a> for advice.</p>`+
		`<p>The mayor, who was <a href="/x">trying to rebuild the pier</a>, asked about it.</p></div><div class="col">`+enPara+enPara+`</div>`+
		`<div class="magazine">This story appears in the {{article.magazine.date}} issue of {{ a.b[0] + 1 }}.</div>`+
		`<div class="pageinfo data hidden">{ "js_modules": [], "assetid": "2162723", "aws": "news/national", "x": [1, {"y": null}] }</div>`+
		`<h3>About Author</h3><p>Jane Roe is a reporter.</p><p>Get social with Jane at Twitter</p><p>Previous post: x</p></section>`+
		`<section class="capping"><p>You can read the paper on one device at a time</p><p>The council approved the harbour tram line on Wednesday</p></section></main>`))
	// The nineteenth round's rules: Vietnamese, Romanian and Slovak stamps and zones, a date a
	// script writes into its element, right-aligned closing credits and "Theo" sources, ">>"
	// related links, bylines after <br>, a slash and "Submitted by", a "» Section » Site.com,
	// Town, ST" title, a captioned photo under the headline, a yyyymmddhhmmss story id.
	viPara := "<p>" + strings.Repeat("Sáng nay, hội đồng thành phố đã họp để bàn về kế hoạch xây dựng cây cầu mới qua sông. ", 3) + "</p>"
	f.Add("http://example.com.vn/xa-hoi/cau-moi-20190611091500.htm", []byte(`<html lang=en-us><title>Họp bàn về cây cầu mới</title><h1>Họp bàn về cây cầu mới</h1>`+
		`<div id="pDateTime"></div><script>document.getElementById("pDateTime").innerHTML="Th&#7913; n&#259;m, 20/12/2012, 16:10 GMT+7";</script>`+
		`<div class="date">Thứ Ba, 11/06/2019, 09:15 PM (GMT+7)</div><p>| Cập nhật thứ ba, ngày 11/06/19 03:20 chiều</p>`+viPara+
		`<p align="right">Tin, ảnh: Minh Nguyễn và Sầm Hoa</p><div style="text-align: right">Theo Minh Nguyễn/Vcamp.vn</div><p>>> Khởi công cầu vượt</p>`))
	f.Add("https://www.example.ro/stiri/pod-nou", []byte(`<html lang=en><title>Podul nou</title><h1>Podul nou</h1><p>Publicat: Miercuri, 12 octombrie 2020, ora 14:30</p>`+
		`<p>Consiliul a votat și pentru că este un pod de care orașul are nevoie.</p><p>Dnes 14:30</p><p>Včera 10:15</p><p>Aktualizované: 12. októbra 2020</p>`))
	f.Add("http://www.exampletribune.com/news/x", []byte(`<html><title>Council delays vote » Focus » ExampleTribune.com, Rivertown, MA</title>`+
		`<h1>Council delays vote</h1><img src="/images/bridge_630x420.jpg"><p class="photo-caption">The crossing. (Jane Roe/Example)</p>`+
		`<span>[03/05/2007 09:30 AM]<br/>by <a href="/contact/jane">Jane Roe</a></span><div class="byline">By Jane Roe / Example Shimbun</div>`+
		`<div class="submitted">Submitted by <a href="/users/jane-roe">Jane Roe</a> on 2007-07-02</div>`+
		`<ul class="details"><li>By Jane Roe, Correspondent</li><li>Published: 00:00 April 2, 2010</li></ul>`+enPara+`<p align=right>Jane Roe</p>`))
	// Seeds for the twentieth round's rules: bare bylines of 2000s layouts, an editor's credit in
	// a byline, a labelled table cell, a Chinese outlet before a name, a masthead printing the
	// headline beside the logo and a date, a carousel, a copyright line's place, Blog Archive and
	// empty-part titles, a name heading over the story's <h2>, an address's mixed day.
	f.Add("http://www.example.com/2019-12/10/story.html", []byte(`<html><title>Blog Name » Blog Archive » Council delays vote |  | Example</title>`+
		`<div class=top><a href="/"><img src="/logo.png"></a><div>Council delays vote</div><span class=date>10/12/19</span></div>`+
		`<h1>Blog Name</h1><h2>Council delays vote on the old pier</h2><td>6/23/2005 3:58 PM By <a href="mailto:j@x">Jane Roe</a><br>by Jane Roe<br>`+
		`<table><tr><td><strong>Reporter :</strong> Jane Roe</td></tr></table><div class=byline>By Jane Roe | Editor John Doe</div>`+enPara+
		`<div class=carousel><h3><a href="/x">Other story</a></h3><span>11/12/19</span></div><p>© 2019 Example Post, Jakarta, Indonesia</p>`))
	f.Add("https://www.example.com.tw/news/2019/12-10/x", []byte(`<html lang=zh-TW><title>搜尋結果 年終掃除真easy</title><h1>年終掃除真easy</h1>`+
		`<p class=author>中廣 溫蘭魁</p><p>June 10, 2016: 12:41 PM ET</p>`+zhPara))
	// Seeds for the twenty-first round's rules: a jump menu's prompt, cards' datePublished
	// <time>s, geo.region, a creation stamp, "Sep 4, 14", AP's "2 a.m.", a photo credit's profile
	// link, role words as names, posted lines, teaser "By" links, "works for" and a firm's
	// sign-off, "Name |" before a date, a card whose heading links away, /reporters/ links after
	// an editor's label, an <h1> opening a longer <title>, a spelled site name, CJK spaces.
	f.Add("https://www.oursitecentral.com/news/2019/03/27/x", []byte(`<html><head><title>Council delays vote - OurSite Central - News in real time</title>`+
		`<meta name="geo.region" content="BR-PI"><meta name=author content=writer><meta property="article:published_time" content="2019-03-28T08:58:14+08:00">`+
		`<meta name="weibo: article:create_at" content="2019-03-27 17:39:17"></head><body><select><option>Select a date</option><option>2010.12.31</option></select>`+
		`<h1>Council Delays Vote</h1><div><span>Jane Roe |</span><span class=tarih>05.04.2025</span></div><p>Sep 4, 14</p><p>May 22, 2017 | 2 a.m.</p>`+
		`<div class=photo><img src=a.jpg><p class=credit><a href="/staff/jane-roe/">Jane Roe</a></p></div><p>| Editor <a href="/reporters/john-doe">John Doe</a></p>`+enPara+
		`<p>posted November 22nd, 2008 8:13 PM UTC by Jane Roe in <a href=/c>Reviews</a></p><p>Posted on Wednesday, November 5th, 2008, 8:22 am by <a title="Posts by Jane" href=/a>Jane</a> <br> Tags</p>`+
		`<ul><li><a href="/b">Bridge reopens</a> (<a href="/b"><strong>By Tom Roe</strong></a>)</li></ul><p>Jane Roe works for Example Corp.</p>`+
		`<p>By Jane Roe, associate, ExamplePartners. E-mail: j@x</p><article><h2><a href="/videos/other/">Other story about trams</a></h2>`+
		`<span class=byline>Ann Poe</span><time itemprop=datePublished datetime="2019-01-02T03:04:00Z">x</time></article></body>`))
	f.Add("http://www.example.com.tw/a.html", []byte(`<title>男子勾結醫師病患詐保今被起訴 - Story - Deck: Site "Column" Article</title><h1>男子勾結醫師病患詐保 今被起訴</h1>`+zhPara+
		`<div class=byline>By Example Searchlight staff</div><div class=byline>Example D</div>`))
	// Seeds for the twenty-first round's body rules: a source line over and under the story, a
	// Greek tool row, advert labels, an empty comment target with the thread under it.
	f.Add("https://www.example.gr/news/1.html", []byte(`<html lang=el><title>Αγορά</title><div><h1>Αγορά</h1><p>Πηγή: Example.gr 22/12/11-10:51</p>`+
		`<div><a href="/e">Αποστολή</a> <a href="#">Εκτύπωση</a> Μέγεθος κειμένου Μοιραστείτε το:</div>`+enPara+`<p>REKLAMA</p>`+enPara+
		`<p>Источник: Корреспондент</p><h3>Σύνδεσμοι διαφημιζομένων</h3><a name="comments"></a><div>Posted by: Dom on 5:19pm Tue 1 Jan 08</div>`+
		`<div>Sort the home form out.</div><a name="comments2"></a></div>`))
	// Seeds for body21n's and new21a's rules (fuzz21b): credit lines and a closing label in the
	// story's text, a header above the headline, twice-boxed paragraphs, a byline card, a picture
	// block's credit and caption, a caption repeating its alt, an appended Chinese story under a
	// "you are here" row, columnist and dispatch credits, a role-labelled byline.
	f.Add("https://www.example.com/news/quay", []byte(`<html><title>Quay</title><div class=live>live 11766 MHz</div><div>2 October, 2014</div><h1>Quay</h1>`+enPara+
		`<p>Photo: Jane Roe/Harbour Weekly</p><p>The pier — Foto: Ana Lima/TV</p><div class="author-dropdown"><p>Originally from Lyon.</p></div>`+
		`<div class=b><div class=r><p>A <a href="/x">linked clause</a>.</p></div></div><div class=b><div class=r><p>B</p></div></div>`+enPara+`<p>Discussion</p><p>ok [Posted by: ann]</p>`))
	f.Add("https://www.example.at/2000030000000/x", []byte(`<html lang=de><title>Die Stadt</title><h1>Die Stadt</h1><span class=author itemprop=name>Text: Marta Kovač, Video: Goran Petrić</span>`+
		`<div class="block image"><div class=visual><img src="/a.jpg"></div><div class=credits>foto: jan muster</div><div class=caption>Park.</div></div>`+
		`<div><img src="/b.jpg" alt="The harbour at dawn, seen from the ferry"><span class=img_descr>The harbour at dawn, seen from the ferry</span></div>`+ptPara))
	f.Add("http://news.example.com.tw/", []byte(`<html><title>高鐵票價下月調降 某某時報</title><table><tr><td><b>高鐵票價下月調降</b></td></tr><tr><td>当前位置：<a href="/">首页</a> &gt; 新闻</td></tr></table>`+
		`<ul><li>2014-04-05 01:28</li><li>林志明／東京4日電</li></ul><p>【文/某某网专栏作者 周明远】</p>`+zhPara+zhPara+zhPara+`<p>客運業者：盼補貼到位</p><p>陳美玲／台中報導</p>`+zhPara))
	// Seeds for the twenty-second round's rules (fuzz22): follow prompts, related labels and
	// "Click here" lines, a wire-clock stamp and a script writing one, a column's head shot
	// under its kicker, a bureau byline, Moscow clocks, a one-zone country's page.
	f.Add("https://edition.example.com/2010/WORLD/05/21/x/index.html", []byte(`<html><title>Quay</title><div class=kicker>Op-Ed Columnist</div><h1>Quay</h1>`+
		`<figure><img src="/h.jpg" alt="Jane Roeburn"><figcaption>Jane Roeburn</figcaption></figure><div class=byline>By David Savage, Tribune Washington Bureau</div>`+
		`<div class=cnn_strytmstmp><script>if (location.hostname.indexOf('edition.') > -1) {document.write('May 21, 2010 -- Updated 0453 GMT (1253 HKT)');} else {document.write('May 21, 2010 12:53 a.m. EDT');}</script></div>`+
		enPara+`<p>Click here for football text alerts!</p><p>Follow us!</p>`+enPara+`<p>Follow us on Twitter @example</p><p>Related News Stories:</p><p>See also</p>`))
	f.Add("https://www.example.ru/news/2011/11/28/x.html", []byte(`<html lang=ru><title>Совет</title><h1>Совет</h1><div class=date>28.11.2011 10:26 МСК</div><p>09:45 (Мск)</p>`+
		`<p>Updated 0548 GMT (1348 HKT) March 28, 2017</p>`+enPara+`<p>Присоединяйтесь к нам на Facebook</p><p>Читайте также</p>`))
	f.Add("https://www.example.am/2014/03/12/x", []byte(`<html lang=hy><meta property="og:locale" content="es_CO"><title>Quay</title><h1>Quay</h1><div class=date>12.03.2014 10:26</div>`+enPara))
	// Seeds for the twenty-third round's rules (fuzz23): a labelled release clock after the
	// metadata's, foreign "by" and Korean reporter lines, a place after a byline's comma, a name
	// glued to its address, a long dispatch bracket, update stamps, tip prompts, a subscription
	// link, a signature, read-also pointers, advert-break markers, a short named story among
	// lists, site-led and label titles, a heading's pulldown, a logo's alt text.
	f.Add("https://www.example.com.br/noticia/123", []byte(`<html lang=pt><head><title>Harbour Star | Council votes to rebuild the pier</title>`+
		`<meta property="article:published_time" content="2016-05-18T18:10:00-04:00"><meta property="og:site_name" content="James' Coffee Blog"></head>`+
		`<img src="/logo.png" alt="Harbour Star - News"><h3>Sites<select><option>One</option></select></h3><div class="big">Council votes to rebuild the pier</div>`+
		`<p>Por João Silva, do Rio de Janeiro</p><div class=byline>By Jane Roejane.roe@example.com</div><div class=date>Published May 18, 2016 6:25PM EDT</div>`+
		`<p>Publisert 06.01.2026 - 16:42</p><p>Sist oppdatert 06.01.2026 - 17:32</p>`+enPara+`<p>(Story continues below)</p><p>Got a news tip? Email us.</p>`+
		`<p><a href="/abonelik-talep-formu/">Abonelik için lütfen iletişime geçiniz.</a></p><p>Lire l'entretien : le maire</p><p>SMMM YILMAZ ALTUN</p><p>evrim@example.com</p>`))
	f.Add("https://news.example.co.kr/a/1", []byte(`<html lang=ko><title>New Socialist:</title><h1>정부 대응</h1><p>박준영 기자 park@example.co.kr</p>`+
		`<div><div class="article-body"><p>`+strings.Repeat("정부는 21일 회의를 열고 대응 방안을 논의했다. ", 12)+`</p></div><ul><li><a href="/1">Other headline one</a></li>`+
		`<li><a href="/2">Other headline two</a> summary</li><li><a href="/3">Other headline three</a></li></ul></div>`+
		`<p>（本报纽约、柏林、东京2月2日电 记者李晓宏、陈效卫）</p><p>Читайте такожУкраїна має план</p>`))
	// Seeds for the twenty-fifth round's rules (fuzz25): a heading's kicker the og:title leaves
	// out and a kicked <h2> over a standfirst (title25), embedded posts and like-styled sibling
	// blocks (body25), a Disclaimer box, a printed datePublished, a bio over the story and a
	// byline in capitals with its post in sentence case (new25d), a Swahili byline, a CSS-modules
	// lead and a newswire's notice (new25b), a GDPR consent box and a table of figures (new25e).
	f.Add("https://www.example.ch/story/x", []byte(`<html lang=de><head><title>Eskalation: Angriff auf Israel</title>`+
		`<meta property="og:title" content="Angriff auf Israel"><meta name="author" content="Jane Roe"></head><body>`+
		`<h1><span class="kicker">Eskalation in Nahost</span> Angriff auf Israel</h1><h2><b>Nahost</b> Angriff auf Israel</h2>`+
		`<p class="Article_elementLead__N3pGr">Ein Lead der Geschichte in einem Satz.</p><div class="byline">By ALICIA ROE Senior reporter</div>`+
		`<time itemprop="datePublished" datetime="2023-07-03T18:10:00+03:00">03.07.2023, 18:10</time>`+
		`<p>Jane Roe is a crypto journalist with over four years of experience.</p>`+
		`<div class="RichText mt-0"><div class="in"><p>`+strings.Repeat("Der Rat hat am Mittwoch die Tramlinie beschlossen. ", 4)+`</p></div></div><div class="ad">Ad</div>`+
		`<div class="RichText mt-0 RichText--last"><div class="in"><p>`+strings.Repeat("Die Arbeiten beginnen im Frühling. ", 4)+`</p></div></div>`+
		`<blockquote class="twitter-tweet"><p>Can it be true?</p>— Jane Roe (@janeroe) March 25, 2017</blockquote>`+
		`<div class="embed"><p>Hier können Sie unsere Podcasts hören. Einwilligung in die Übermittlung von personenbezogenen Daten.</p><input type="checkbox"></div>`+
		`<div class="post-disclaimer">Disclaimer: The information presented here is for informational purposes only.</div>`+
		`<div class="byline">Na Jane Roe, Dodoma</div><div class="view"><div>Max Temp : 31.0°C Min Temp : 18.0°C</div><div>Max Temp : 29.5°C</div></div>`+
		`<p>Hashtag: #Brand</p><p>The issuer is solely responsible for the content of this announcement.</p></body>`))
	f.Fuzz(func(t *testing.T, pageURL string, page []byte) {
		r, err := extract.Extract(pageURL, page)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("recovered panic: %v", err) // Extract survived, but the bug is real
			}
			return
		}
		for _, s := range append([]string{r.Title, r.Description, r.ImageURL, r.SiteName, r.Author, r.Body, r.Lang, r.CanonicalURL},
			append(r.Authors, r.Tags...)...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in result: %q", s)
			}
		}
		if r.ImageURL != "" && !strings.HasPrefix(r.ImageURL, "http") {
			t.Fatalf("image URL not absolute http(s): %q", r.ImageURL)
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	fixtures := loadFixtures(b)
	var total int64
	for _, fx := range fixtures {
		total += int64(len(fx.html))
	}
	b.SetBytes(total / int64(len(fixtures)))
	b.ResetTimer()
	pages := 0
	for b.Loop() {
		fx := fixtures[pages%len(fixtures)]
		if _, err := extract.Extract(fx.want.URL, fx.html); err != nil {
			b.Fatal(err)
		}
		pages++
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}
