package extract_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
	"paperboy/core/summarize"
)

// TestSeedPage runs the project's seed article (한국금융신문, 2022-10-15) through extraction and
// the lead summary. The fixture wraps the seed text in the page furniture such sites carry.
func TestSeedPage(t *testing.T) {
	page, err := os.ReadFile("testdata/fntimes-kakao-outage-2022-10-15.html")
	if err != nil {
		t.Fatal(err)
	}
	r, err := extract.Extract("https://www.fntimes.com/html/view.php?ud=202210152302186431", page)
	if err != nil {
		t.Fatal(err)
	}
	if want := "카톡·카카오T 먹통에…네이버·우티 사용자 모시기"; r.Title != want {
		t.Errorf("Title = %q, want %q", r.Title, want)
	}
	if len(r.Authors) != 1 || r.Authors[0] != "정은경" || r.Author != "정은경" {
		t.Errorf("Authors = %q (Author %q), want [정은경]", r.Authors, r.Author)
	}
	want := time.Date(2022, 10, 15, 23, 3, 0, 0, time.FixedZone("KST", 9*3600))
	if !r.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", r.Published, want)
	}
	if _, off := r.Published.Zone(); off != 9*3600 {
		t.Errorf("Published offset = %d s, want +09:00", off)
	}
	if r.SiteName != "한국금융신문" || r.Lang != "ko" {
		t.Errorf("SiteName, Lang = %q, %q", r.SiteName, r.Lang)
	}
	if want := "https://www.fntimes.com/data/fntimes/image/2022/10/15/naver_line.jpg"; r.ImageURL != want {
		t.Errorf("ImageURL = %q, want %q", r.ImageURL, want)
	}
	if want := "https://www.fntimes.com/html/view.php?ud=202210152302186431"; r.CanonicalURL != want {
		t.Errorf("CanonicalURL = %q, want %q", r.CanonicalURL, want)
	}
	for _, junk := range []string{"kakao share", "facebook share", "telegram share", "clipboard copy", "이미지 확대보기",
		"사진=네이버 앱 화면 갈무리", "[관련기사]", "판교 데이터센터 화재 사과문", "BEST CLICK", "기사 모아보기", "추천뉴스"} {
		if strings.Contains(r.Body, junk) {
			t.Errorf("body contains page furniture %q", junk)
		}
	}
	for _, prose := range []string{"15일 카카오톡, 카카오T, 카카오내비까지", "티맵 대리 호출 건수는", "한시라도 빨리 데이터센터 정상화를"} {
		if !strings.Contains(r.Body, prose) {
			t.Errorf("body lacks article text %q", prose)
		}
	}
	summary := summarize.Lead(r.Body, 300)
	if !strings.HasPrefix(summary, "15일 카카오톡") {
		t.Errorf("summary = %q, want it to start with 15일 카카오톡", summary)
	}
	if !strings.HasSuffix(summary, "다.") {
		t.Errorf("summary %q does not end on a Korean sentence end", summary)
	}
	t.Logf("summary (%d code points): %s", len([]rune(summary)), summary)
}
