package extract_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
	"paperboy/core/summarize"
)

// TestSeedText reads the plain-text copy of the seed page (../shared/seed): the same fields
// as the HTML page gives, and a summary that opens with the story, not a caption.
func TestSeedText(t *testing.T) {
	raw, err := os.ReadFile("testdata/classes/fntimes-kakao-outage-2022-10-15.txt")
	if err != nil {
		t.Fatal(err)
	}
	r, charset, err := extract.Document("", raw, "text/plain; charset=utf-8", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if charset != "utf-8" {
		t.Errorf("charset = %q", charset)
	}
	eq(t, "title", r.Title, "카톡·카카오T 먹통에…네이버·우티 사용자 모시기")
	eq(t, "lang", r.Lang, "ko")
	eq(t, "author", r.Author, "정은경")
	eq(t, "site", r.SiteName, "한국금융신문")
	eqTime(t, r.Published, time.Date(2022, 10, 15, 23, 3, 0, 0, time.FixedZone("KST", 9*3600)))
	if r.PublishedDateOnly {
		t.Error("기사입력 gives a time")
	}
	for _, junk := range []string{"kakao share", "이미지 확대보기", "사진=네이버", "Copyright", "무단 전재", "BEST CLICK", "기사 모아보기", "추천뉴스", "since 1992"} {
		if strings.Contains(r.Body, junk) {
			t.Errorf("body contains %q", junk)
		}
	}
	if !strings.HasPrefix(r.Body, "[한국금융신문=정은경 기자] 15일 카카오톡") || !strings.HasSuffix(r.Body, "정은경 기자 ek7869@fntimes.com") {
		t.Errorf("body = %.80q … %q", r.Body, r.Body[len(r.Body)-40:])
	}
	if !strings.Contains(r.Body, "남궁훈·홍은택 카카오 각자대표도") {
		t.Error("the person card must fold back into the name")
	}
	s := summarize.Lead(r.Body, 300)
	if !strings.HasPrefix(s, "15일 카카오톡") || strings.Count(s, "네이버가 자사 메신저인") > 0 {
		t.Errorf("summary = %q", s)
	}
}

// TestDocumentSniffsText: a file with no Content-Type goes the text way when it has no markup.
func TestDocumentSniffsText(t *testing.T) {
	page := "Council approves budget\nPublished: 20 November 2019, 08:02 GMT\n\n" +
		"The city council approved next year's budget on Wednesday after a long debate about road repairs and school funding.\n\n" +
		"By Jane Roe\n"
	r, _, err := extract.Document("https://example.com/a", []byte(page), "", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "title", r.Title, "Council approves budget")
	eq(t, "lang", r.Lang, "en")
	eqTime(t, r.Published, time.Date(2019, 11, 20, 8, 2, 0, 0, time.UTC))
	if !strings.HasPrefix(r.Body, "The city council approved") {
		t.Errorf("body = %q", r.Body)
	}
}
