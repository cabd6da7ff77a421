package extract_test

import (
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
)

// viStory is a Vietnamese story's text, written for these tests.
const viStory = `<p>(PV) - Sáng nay, hội đồng thành phố đã họp để bàn về kế hoạch xây dựng cây cầu mới qua sông, một dự án được người dân chờ đợi trong nhiều năm.</p>
<p>Theo các đại biểu, cây cầu sẽ giúp giảm ùn tắc giao thông ở khu vực trung tâm và rút ngắn thời gian đi lại của những người làm việc ở bờ bên kia.</p>
<p>Dự án có tổng vốn đầu tư lớn và sẽ được chia thành nhiều giai đoạn. Giai đoạn đầu tiên dự kiến khởi công vào năm sau, nếu các thủ tục được hoàn thành đúng hạn.</p>
<p>Nhiều người dân cho biết họ ủng hộ kế hoạch này, nhưng cũng mong chính quyền lắng nghe ý kiến của những hộ gia đình phải di dời để nhường đất cho công trình.</p>`

// TestVietnameseZone19b: Vietnam keeps one zone, +07:00 all year. A clock a Vietnamese page
// prints without a zone is read there: on a .vn host (also under a template's lang="en-us"), and
// on another domain when the text is Vietnamese and the page declares no language.
func TestVietnameseZone19b(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a .vn page without lang: its printed clock is +07:00",
			"http://example.com.vn/xa-hoi/hop-ban-ve-cay-cau-moi-12345.htm",
			`<html><head><title>Họp bàn về cây cầu mới</title></head><body>
<h1>Họp bàn về cây cầu mới</h1>
<div class="date">Thứ Ba, 11/06/2019 - 09:15</div>` + viStory + `</body></html>`,
			time.Date(2019, 6, 11, 2, 15, 0, 0, time.UTC)},
		{"a .vn page under a template's lang=en-us: the domain's zone, not New York's",
			"http://www.example.com.vn/pages/20190611/hop-ban-ve-cay-cau-moi.aspx",
			`<html lang="en-us"><head><title>Họp bàn về cây cầu mới</title><meta name="language" content="vi"></head><body>
<h1>Họp bàn về cây cầu mới</h1>
<div class="meta">11/06/2019 21:40</div>` + viStory + `</body></html>`,
			time.Date(2019, 6, 11, 14, 40, 0, 0, time.UTC)},
		{"a Vietnamese text on a .net host without lang: +07:00",
			"http://example.net/tin-tuc/2019/06/hop-ban-ve-cay-cau-moi-224466/",
			`<html><head><title>Họp bàn về cây cầu mới</title></head><body>
<h1>Họp bàn về cây cầu mới</h1>
<p class="time">Thứ ba, 11/06/2019, 16:10</p>` + viStory + `</body></html>`,
			time.Date(2019, 6, 11, 9, 10, 0, 0, time.UTC)},
		{"a printed (GMT+7) is +07:00, not GMT",
			"http://example.com.vn/tin-tuc/hop-ban-ve-cay-cau-moi-c46a12345.html",
			`<html><head><title>Họp bàn về cây cầu mới</title></head><body>
<h1>Họp bàn về cây cầu mới</h1>
<div class="date">Thứ Ba, 11/06/2019, 09:15 PM (GMT+7)</div>` + viStory + `</body></html>`,
			time.Date(2019, 6, 11, 14, 15, 0, 0, time.UTC)},
		{"an update line with a two-digit year and chiều (afternoon)",
			"http://news.example.vn/xa-hoi/hop-ban-ve-cay-cau-moi/a123456.html",
			`<html><head><title>Họp bàn về cây cầu mới</title></head><body>
<h1>Họp bàn về cây cầu mới</h1>
<div class="datetime">| Cập nhật thứ ba, ngày 11/06/19 03:20 chiều</div>` + viStory + `</body></html>`,
			time.Date(2019, 6, 11, 8, 20, 0, 0, time.UTC)},
	})
}

func viAuthors(t *testing.T, pageURL, head, story, after string) []string {
	t.Helper()
	page := `<html><head><title>Họp bàn về cây cầu mới</title>` + head + `</head><body><h1>Họp bàn về cây cầu mới</h1>
<div class="date">Thứ Ba, 11/06/2019 - 09:15</div><div class="content">` + viStory + story + `</div>` + after +
		`<div class="related"><p>>> Những tin liên quan khác</p></div></body></html>`
	r, err := extract.Extract(pageURL, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Authors
}

// TestVietnameseCredits19b: Vietnamese stories credit their reporters on a right-aligned line
// after the last paragraph ("Quang Minh - Thu Hà", "K. Lan", "Tin, ảnh: Lê Văn An", "Theo Trần
// Bình/Example.vn"); "Theo X" (according to X) names the source outlet when no outlet follows
// the name, and the person credited when one does ("Theo Trần Bình (Báo Mẫu/Reuters)"); a photo
// credit ("Ảnh: …") or a bare outlet on such a line names no writer.
func TestVietnameseCredits19b(t *testing.T) {
	const u = "http://example.com.vn/xa-hoi/hop-ban-ve-cay-cau-moi-12345.htm"
	for _, tt := range []struct {
		name, head, story, after string
		want                     []string
	}{
		{"two reporters, bold and right-aligned", "", `<p align="right"><b>Quang Minh - Thu Hà</b></p>`, "", []string{"Quang Minh", "Thu Hà"}},
		{"an initial and a name in a right-aligned div", "", "", `<div style="text-align:right;font-weight:bold">K. Lan</div>`, []string{"K. Lan"}},
		{"a labelled credit", "", `<p style="text-align: right"><em>Tin, ảnh</em>: <strong>Lê Văn An</strong></p>`, "", []string{"Lê Văn An"}},
		{"Theo a person at an outlet", "", "", `<DIV style="TEXT-ALIGN: right"><I>Theo Trần Bình/Example.vn</I></DIV>`, []string{"Trần Bình"}},
		{"Theo an outlet", "", "", `<div style="text-align:right">Theo Báo Mẫu</div>`, nil},
		{"a photo credit", "", `<p align="right"><strong>Ảnh: Lê Văn An</strong></p>`, "", nil},
		{"meta author Theo a person with the outlet in brackets", `<meta name="author" content="Theo Trần Bình (Báo Mẫu/Reuters)">`, "", "", []string{"Trần Bình"}},
		{"an item author Theo an outlet", "", "", `<span itemprop="author">Theo Baomau</span>`, nil},
	} {
		got := viAuthors(t, u, tt.head, tt.story, tt.after)
		if len(got) != len(tt.want) || len(got) > 0 && strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: authors = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestVietnameseCaptionClass19b: "chu-thich-anh" (chú thích ảnh, a picture's caption, written
// without its marks) names a caption as "caption" does: its text is no part of the story.
func TestVietnameseCaptionClass19b(t *testing.T) {
	page := `<html><head><title>Họp bàn về cây cầu mới</title></head><body><h1>Họp bàn về cây cầu mới</h1>
<div class="content"><div class="anh"><img src="/a.jpg" width="500" height="300"><div class="chu-thich-anh">Toàn cảnh buổi họp sáng nay tại hội trường.</div></div>` + viStory + `</div></body></html>`
	r, err := extract.Extract("http://example.com.vn/xa-hoi/hop-ban-ve-cay-cau-moi-12345.htm", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Toàn cảnh") {
		t.Errorf("body keeps the caption: %q", r.Body[:min(len(r.Body), 120)])
	}
}

// TestRelatedLinksTail19b: lines opening with ">>" after the story's last paragraph are other
// stories' headlines linked under it (Vietnamese papers print them in the story's box): no part
// of the story.
func TestRelatedLinksTail19b(t *testing.T) {
	page := `<html><head><title>Họp bàn về cây cầu mới</title></head><body><h1>Họp bàn về cây cầu mới</h1>
<div class="content">` + viStory + `<p style="text-align:right"><em>Tin, ảnh</em>: <strong>Lê Văn An</strong></p>
<p style="text-align:left"><a href="/a1.aspx" style="font-weight:bold">&gt;&gt; Khởi công cầu vượt ở cửa ngõ phía nam</a><br>
<a href="/a2.aspx" style="font-weight:bold">&gt;&gt; Thành phố lấy ý kiến về quy hoạch giao thông</a><br>
<a href="/a3.aspx" style="font-weight:bold">&gt;&gt; Người dân chờ đợi con đường mới</a><br>
<a href="/a4.aspx" style="font-weight:bold">&gt;&gt; Mở rộng tuyến đường ven sông - Kỳ 2: Những hộ dân cuối cùng</a><br>
<a href="/a5.aspx" style="font-weight:bold">&gt;&gt; Xe buýt tăng chuyến trong dịp lễ</a></p></div></body></html>`
	r, err := extract.Extract("http://example.com.vn/xa-hoi/hop-ban-ve-cay-cau-moi-12345.htm", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, ">>") {
		t.Errorf("body keeps the related links: …%q", r.Body[max(0, len(r.Body)-200):])
	}
}

// TestScriptWrittenDate19b: a page whose date element is filled by an inline script
// (document.getElementById("pDateTime").innerHTML="Thứ năm, …, 16:10 GMT+7") prints that date:
// the reader sees it under the headline.
func TestScriptWrittenDate19b(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a date written into its element by a script",
			"http://example.net/tin-tuc/the-gioi/2019/06/hop-ban-ve-cay-cau-moi-224466/",
			`<html><head><title>Họp bàn về cây cầu mới</title></head><body>
<h1>Họp bàn về cây cầu mới</h1><span class="spanDateTime" id="pDateTime"></span>` + viStory +
				`<script>document.getElementById("pDateTime").innerHTML="Th&#7913; ba, 11/06/2019, 16:10 GMT+7";</script></body></html>`,
			time.Date(2019, 6, 11, 9, 10, 0, 0, time.UTC)},
	})
}

// TestRomanianTextZone19b: a Romanian text under a template's lang="en" is read where Romanian
// news is written: on a Moldovan .md host, Chișinău (+03:00 in summer, as Bucharest).
func TestRomanianTextZone19b(t *testing.T) {
	checkPublished(t, []publishedCase{
		{"a Romanian story under lang=en on a .md host",
			"https://news.example.md/ro/story/10939686",
			`<html lang="en"><head><title>Podul nou, amânat din nou</title></head><body>
<h2>Podul nou, amânat din nou</h2>
<div class="story-short-date-info"><span><a href="/ro/b/sursa">Sursa.md</a></span>, 20 septembrie 2020 16:20</div>
<p>Consiliul municipal a amânat din nou luni votul asupra proiectului noului pod peste râu, după o dezbatere care a durat aproape cinci ore și nu a adus niciun acord între cei care susțin proiectul și cei care se opun.</p>
<p>Primarul a spus că proiectul rămâne o prioritate pentru oraș, dar că finanțarea trebuie clarificată înainte ca lucrările să poată începe în primăvara anului viitor, iar consilierii au cerut mai multe detalii.</p>
<p>Locuitorii cartierelor de pe malul stâng așteaptă podul de peste zece ani și spun că drumul ocolitor le ia în fiecare zi cel puțin o oră, ceea ce este prea mult pentru cei care merg la muncă în centru.</p>
</body></html>`,
			time.Date(2020, 9, 20, 13, 20, 0, 0, time.UTC)},
	})
}
