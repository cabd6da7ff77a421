package extract

import "testing"

// Korean sites bar a title's parts with the Hangul letter "ㅣ" or the box-drawing stroke "│",
// mostly unspaced, and glue the section to the bar with a hyphen: "Headline-정치ㅣ한국일보".
// "ㅣ" is a letter, so it bars parts only where the site's name follows it; the glued section
// goes with the site's part. A hyphened word ("K-팝") keeps its hyphen, and a bar with no site
// name after it joins nothing.
func TestKoreanTitleBars(t *testing.T) {
	site := `<meta property="og:site_name" content="바다일보">`
	checkTitles(t, []titlePage{
		{"glued section and letter bar", `<title>개각서 측근 기용… 정책 연속성 강조-정치ㅣ바다일보</title>` + site +
			`<meta property="og:title" content="개각서 측근 기용… 정책 연속성 강조-정치ㅣ바다일보">`,
			`<div class="article-body">` + koStoryBody + `</div>`,
			"개각서 측근 기용… 정책 연속성 강조"},
		{"spaced hyphen before the section", `<title>개각서 측근 기용… 정책 연속성 강조 -정치ㅣ바다일보</title>` + site,
			`<div class="article-body">` + koStoryBody + `</div>`,
			"개각서 측근 기용… 정책 연속성 강조"},
		{"box-drawing bar", `<title>개각서 측근 기용… 정책 연속성 강조│바다일보</title>` + site,
			`<div class="article-body">` + koStoryBody + `</div>`,
			"개각서 측근 기용… 정책 연속성 강조"},
		{"hyphened word before the bar", `<title>장관 인사에 쏠린 K-팝ㅣ바다일보</title>` + site,
			`<div class="article-body">` + koStoryBody + `</div>`,
			"장관 인사에 쏠린 K-팝"},
		{"letter with no site name after it", `<title>개각서 측근 기용-정치ㅣ정책 연속성</title>` + site,
			`<div class="article-body">` + koStoryBody + `</div>`,
			"개각서 측근 기용-정치ㅣ정책 연속성"},
	})
}
