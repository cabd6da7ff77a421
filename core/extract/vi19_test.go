package extract_test

import (
	"testing"
	"time"
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
