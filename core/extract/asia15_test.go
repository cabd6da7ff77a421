package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// idStory is an Indonesian story's paragraphs (written for these tests).
var idStory = strings.Repeat(`<p>Pemerintah kota meresmikan jembatan baru yang menghubungkan dua kecamatan di tepi sungai dan `+
	`warga menyambutnya dengan gembira karena perjalanan ke pasar kini lebih singkat dari sebelumnya.</p>`, 4)

// enStory is an English story's paragraphs.
var enStory = strings.Repeat(`<p>The city opened a new bridge over the river on Wednesday, and residents said the trip to the market is now much shorter than it was.</p>`, 4)

// asiaPage extracts a page at address with the head and body given.
func asiaPage(t *testing.T, address, head, body string) *Result {
	t.Helper()
	r, err := Extract(address, []byte(`<html><head>`+head+`</head><body>`+body+`</body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Indonesian bylines: the credit table after the story ("Penulis" and "Editor" rows), a
// contributor's post and place before the name, a photo's credit in the picture's box (an
// author-classed span, "Dok." for a source's picture), "Pewarta:" with two names joined by
// "dan", an "Oleh" byline under metadata whose author is the editor the page labels, and an
// all-capitals sign-off closing the last paragraph.
func TestAuthorsIndonesianBylines(t *testing.T) {
	head := `<title>Jembatan baru diresmikan</title><meta name="author" content="Kabar Kota Media">`
	for _, c := range []struct {
		name, head, body string
		want             []string
	}{
		{"credit table", head, `<h1>Jembatan baru diresmikan</h1>` + idStory +
			`<table><tr><td>Penulis</td><td>: Rina Kartika</td></tr><tr><td>Editor</td><td>: Bambang Sutrisno</td></tr></table>`,
			[]string{"Rina Kartika"}},
		{"contributor and place", head, `<h1>Jembatan baru diresmikan</h1>` + idStory +
			`<table><tr><td>Penulis</td><td>: Kontributor Ambon, Yohanes Latuheru</td></tr></table>`,
			[]string{"Yohanes Latuheru"}},
		{"photo credit in the picture's box", head, `<h1>Jembatan baru diresmikan</h1>` +
			`<div class="photo"><img src="/a.jpg" alt=""><span class="author">KABARKOTA.com/SITI AMINAH</span> Jembatan baru.</div>` + idStory +
			`<table><tr><td>Penulis</td><td>: Rina Kartika</td></tr></table>`,
			[]string{"Rina Kartika"}},
		{"Dok. credit", `<title>Jembatan baru diresmikan</title>`, `<h1>Jembatan baru diresmikan</h1>` +
			`<span class="author">Dok.Hendra Wijaya</span>` + idStory, nil},
		{"two reporters joined by dan", `<title>Jembatan baru diresmikan</title>`, `<h1>Jembatan baru diresmikan</h1>` +
			`<div class="byline">Pewarta: <span>Dewi Lestari dan Agus S</span></div>` + idStory,
			[]string{"Dewi Lestari", "Agus S"}},
		{"Oleh under the editor's metadata", `<title>Jembatan baru diresmikan</title><script type="application/ld+json">` +
			`{"@type":"NewsArticle","headline":"Jembatan baru diresmikan","author":{"@type":"Person","name":"Bambang Sutrisno"}}</script>`,
			`<h1>Jembatan baru diresmikan</h1><div class="byline">Oleh <span>Dewi Lestari Putri</span></div>` + idStory +
				`<p class="mt10">Editor: <span itemprop="editor">Bambang Sutrisno</span></p>`,
			[]string{"Dewi Lestari Putri"}},
		{"a comments table's header row", `<title>Jembatan baru diresmikan</title>`, `<h1>Jembatan baru diresmikan</h1>` + idStory +
			`<table><thead><tr><th>Autor</th><th>Tekst</th></tr></thead><tbody><tr><td>budi</td><td>Bagus sekali</td></tr></tbody></table>`, nil},
		{"a subheading in bold closing the first paragraph", `<title>Jembatan baru diresmikan</title>`, `<h1>Jembatan baru diresmikan</h1>` +
			`<p>Jembatan baru<br /><strong>Kota Sungai Ramah</strong></p>` + idStory, nil},
		{"closing sign-off in capitals", `<title>Jembatan baru diresmikan</title>`, `<h1>Jembatan baru diresmikan</h1>` + idStory +
			`<p>Warga berharap jembatan itu dirawat dengan baik.<br /> <br /> <strong>RINA KARTIKA</strong></p>`,
			[]string{"Rina Kartika"}},
	} {
		r := asiaPage(t, "https://kabarkota.example.com/read/2016/02/16/1/jembatan", c.head, c.body)
		if !slices.Equal(r.Authors, c.want) {
			t.Errorf("%s: authors %q, want %q", c.name, r.Authors, c.want)
		}
	}
	// A page of code whose few Latin words include "di" and "dan" is no Indonesian text.
	if got := latinLang(strings.Repeat("docker run di dan podman image ls ", 10)); got == "id" {
		t.Errorf("code read as Indonesian")
	}
	// "Oleh" before a one-word remainder is a Ukrainian given name, not Indonesian "by".
	if got := splitAuthors("Oleh Sentsov"); !slices.Equal(got, []string{"Oleh Sentsov"}) {
		t.Errorf("Oleh Sentsov: %q", got)
	}
}

// Bylines beside the outlet: a Japanese name and the outlet in brackets, "name | outlet" where
// the outlet is the site's; buttons of a dialog named after a reporter are no byline.
func TestAuthorsOutletBesideName(t *testing.T) {
	ja := strings.Repeat("<p>新しい端末は性能が大きく向上しており、多くの利用者にとって魅力的な選択肢になると考えられる。</p>", 4)
	r := asiaPage(t, "https://www.example.jp/news/1.html", `<title>新型端末の評価</title><meta property="og:site_name" content="NewsJapan">`,
		`<h1>新型端末の評価</h1><div class="inner" id="byline"><b>[</b>山田太郎，<b>NewsJapan]</b></div>`+ja)
	if !slices.Equal(r.Authors, []string{"山田太郎"}) {
		t.Errorf("bracketed byline: %q", r.Authors)
	}
	ko := strings.Repeat("<p>정부는 21일 오전 서울 정부청사에서 관계부처 회의를 열고 감염병 대응 방안을 논의했다고 밝혔다.</p>", 4)
	r = asiaPage(t, "https://www.techweek.example.com/news/2", `<title>로우코드가 뜬다</title><meta property="og:site_name" content="TechWeek Korea">`,
		`<h1>로우코드가 뜬다</h1><div><small>2일 전</small><small>Jane Roberts&nbsp;&nbsp;|&nbsp;&nbsp;TechWeek</small></div>`+ko)
	if !slices.Equal(r.Authors, []string{"Jane Roberts"}) {
		t.Errorf("name | outlet: %q", r.Authors)
	}
	r = asiaPage(t, "https://www.example.co.kr/article/3", `<title>삼성전자 신제품</title>`,
		`<h1>삼성전자 신제품</h1>`+ko+`<p>/연합뉴스</p><div class="modal reporter_cancel"><p class="msg"></p>`+
			`<div class="footer"><button type="button">취소</button> <button type="button">확인</button></div></div>`)
	if len(r.Authors) != 0 {
		t.Errorf("dialog buttons: %q", r.Authors)
	}
}

// Indonesian times: "wib" in lower case is +07:00 (WITA +08:00); a zone-less machine time on an
// Indonesian page whose template says lang="en" is WIB when the page prints that clock; a date
// above a linked headline of another story ("Latest News") is not the story's.
func TestDatesIndonesia(t *testing.T) {
	wib := time.FixedZone("WIB", 7*3600)
	for _, c := range []struct {
		name, address, head, body string
		want                      time.Time
	}{
		{"lower-case wib on an English page", "https://en.kabarkota.example.com/read/1/bridge-opened", `<title>Jembatan baru diresmikan</title>`,
			`<h1>Bridge opened</h1><div class="meta-post"><time class="tgl">Thursday, 5 November 2015 - 15:56 wib</time></div>` + enStory,
			time.Date(2015, 11, 5, 15, 56, 0, 0, wib)},
		{"wita", "https://en.kabarkota.example.com/read/1/bridge-opened", `<title>Jembatan baru diresmikan</title>`,
			`<h1>Jembatan baru diresmikan</h1><div class="meta-post"><time class="tgl">Kamis, 5 November 2015 - 15:56 WITA</time></div>` + idStory,
			time.Date(2015, 11, 5, 15, 56, 0, 0, time.FixedZone("WITA", 8*3600))},
		{"zone-less JSON-LD under lang=en", "https://kabarkota.example.com/read/2017/02/17/33/1620900/jembatan", `<title>Jembatan baru diresmikan</title><script type="application/ld+json">` +
			`{"@type":"NewsArticle","headline":"Jembatan baru diresmikan","datePublished":"2017-02-17 13:30:08"}</script>`,
			`<h1>Jembatan baru diresmikan</h1><div class="news-date"><span><b>Rina Kartika</b> | Jum'at, 17 Februari 2017 - 13:30 wib</span></div>` + idStory,
			time.Date(2017, 2, 17, 13, 30, 8, 0, wib)},
		{"latest news above the story", "https://en.kabarkota.example.com/read/1/bridge-opened", `<title>Bridge opened</title><link rel="canonical" href="https://en.kabarkota.example.com/read/1/bridge-opened">`,
			`<div class="side"><div class="tanggal">Wednesday, 04 November 2015 | 19:14 </div>` +
				`<div class="judul"><a href="https://en.kabarkota.example.com/read/2/other">Jakarta Turns to Software Modeling to Avoid Gridlock</a></div></div>` +
				`<div class="tanggal">Wednesday, 04 November, 2015 |  07:28 WIB</div><div class="judul-konten">Bridge opened</div>` +
				enStory,
			time.Date(2015, 11, 4, 7, 28, 0, 0, wib)},
	} {
		page := `<html lang="en"><head>` + c.head + `</head><body>` + c.body + `</body></html>`
		if c.name == "wita" {
			page = `<html><head>` + c.head + `</head><body>` + c.body + `</body></html>`
		}
		r, err := Extract(c.address, []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if !r.Published.Equal(c.want) {
			t.Errorf("%s: published %v, want %v", c.name, r.Published, c.want)
		}
	}
}
