package extract

import (
	"strings"
	"testing"
)

// A Korean portal's furniture after the story leaves the body: a promotion asking for a click,
// a comment pop-up's label and plea, other stories' headlines under a bracketed topic, also
// when the story's copyright notice stands below them (the first case is a guard: the
// synthetic page's pop-up is dropped before; TestKoreanTrailerLines checks its lines).
func TestKoreanPortalTrailer(t *testing.T) {
	para := strings.Repeat("정부는 12일 내년도 예산안에 대해 관계 장관 회의를 열고 기본 방침을 확인했다. ", 4)
	for _, c := range []struct{ name, tail, gone string }{
		{"promotion and pop-up", `<br><br><a href="/promo">최신 유행 트렌드 총집결 #흥(클릭!)</a><br><br><h5 class="blind">욕설 댓글 리마인드 팝업</h5>` +
			`<p class="blind">상처 없는 댓글 세상 만들기에 많은 참여 부탁드립니다.</p>`, "클릭"},
		{"tagged headlines above the notice", `<br><br><a href="/n/1"><strong>[EPL] 36R 프리뷰(금) - 첼시, 우승까지 '-1'</strong></a><br><br>` +
			`<a href="/n/2"><strong>[UCL] 호날두 인터뷰 "반드시 우승을 차지하고 싶다"</strong></a><br><br>&lt;저작권자 ⓒ 예시뉴스 무단전재 및 재배포 금지&gt;`, "[EPL]"},
	} {
		page := `<html lang="ko"><head><title>예산안 기본 방침 확인</title></head><body><h1>예산안 기본 방침 확인</h1><div id="articleBody">` +
			para + `<br><br>` + para + `<br><br>` + para + c.tail + `</div></body></html>`
		r, err := Extract("https://news.example.com/read?aid=1", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, c.gone) || strings.Contains(r.Body, "댓글") || strings.Contains(r.Body, "[UCL]") {
			t.Errorf("%s: the trailer stays in the body: %q", c.name, r.Body[max(0, len(r.Body)-200):])
		}
		if !strings.Contains(r.Body, "기본 방침을 확인했다") {
			t.Errorf("%s: the story is gone: %q", c.name, r.Body)
		}
	}
}

// The lines of a Korean portal's furniture are trailer lines; a story's closing sentence about
// comments and a wire dateline are not.
func TestKoreanTrailerLines(t *testing.T) {
	for _, l := range []string{"최신 유행 트렌드 총집결 #흥(클릭!)", "욕설 댓글 리마인드 팝업", "상처 없는 댓글 세상 만들기에 많은 참여 부탁드립니다.",
		"[EPL] 36R 프리뷰(금) - 첼시, 우승까지 '-1'", `[UCL] 호날두 인터뷰 "반드시 우승을 차지하고 싶다"`} {
		if !trailerLine(l) {
			t.Errorf("trailerLine(%q) = false", l)
		}
	}
	for _, l := range []string{"경찰은 악성 댓글을 단 누리꾼들을 상대로 수사를 벌이고 있다.", "[서울=뉴시스] 정부는 12일 관계 장관 회의를 열었다",
		`그는 "많은 참여 부탁드립니다"라고 말했다.`} {
		if trailerLine(l) {
			t.Errorf("trailerLine(%q) = true", l)
		}
	}
}
