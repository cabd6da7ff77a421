package extract

import (
	"testing"
)

// Taiwanese credits of 2013–2014 pages: the reporter and the place in the lenticular brackets
// that open the story ("【王家俊／台北報導】", with the box-drawing slash "╱" too), the paper and
// its reporter in brackets over the story ("【範例報╱本報記者古硯偉】"), and a TV station's info
// line that runs the time, the names and "報導" together ("2014/03/19 18:58 彭佳芸 黃翊真 報導").
func TestAuthorsTaiwaneseBracketCredits(t *testing.T) {
	const h = "春季植树活动在城郊公园举行"
	for _, c := range []struct {
		name, top, lead string
		want            []string
	}{
		{"name and place", "", "【王家俊／台北報導】", []string{"王家俊"}},
		{"box-drawing slash", "", "【陳怡妏╱綜合外電報導】", []string{"陳怡妏"}},
		{"paper and reporter", `<div id="story_author">【範例報╱本報記者古硯偉】</div>`, "", []string{"古硯偉"}},
		{"time, names, 報導", `<div class="row"><span class="info">2014/03/19 18:58 彭佳芸 黃翊真 報導　　　地區：台北市報導</span></div>`, "", []string{"彭佳芸", "黃翊真"}},
		{"running text is no credit", "", "【獨家】王小明報導指出，", nil},
	} {
		checkAuthors(t, c.name, zhCreditPage(t, "zh-TW", h, "", c.top, c.lead, "").Authors, c.want)
	}
}

// An author meta that names the outlet is no writer: a brand in two scripts whose words the
// site's name holds ("Example 新聞雲" on "Example 東森新聞雲"), a paper in traditional characters
// ("範例時報"). A writer's credit with the kind of piece after a slash ("張立勳／特稿") is the
// writer.
func TestAuthorsZhOutletMeta(t *testing.T) {
	const h = "春季植树活动在城郊公园举行"
	for _, c := range []struct {
		name, head, lead string
		want             []string
	}{
		{"brand in two scripts", `<meta property="og:site_name" content="Example 東森新聞雲"><meta name="author" content="Example 新聞雲">`,
			"記者王文萱／台北報導 ", []string{"王文萱"}},
		{"paper in traditional characters", `<meta property="og:site_name" content="範例電子報"><meta name="author" content="張立勳／特稿, 範例時報, 範例電子報">`,
			"", []string{"張立勳"}},
	} {
		checkAuthors(t, c.name, zhCreditPage(t, "zh-TW", h, c.head, "", c.lead, "").Authors, c.want)
	}
}
