package extract

import "testing"

func TestTrimEdges(t *testing.T) {
	body := "옥천군, 내년 예산 편성\n\n홍길동 기자\n\n승인 2019.11.18 10:15\n\n댓글 0\n\n" +
		"[서울=뉴시스]김철수 기자 = 정부가 18일 새 대책을 발표했다.\n\n대책은 다음 달 시행된다.\n\n홍길동 기자 다른기사 보기"
	want := "[서울=뉴시스]김철수 기자 = 정부가 18일 새 대책을 발표했다.\n\n대책은 다음 달 시행된다."
	if got := trimEdges(body, "옥천군, 내년 예산 편성"); got != want {
		t.Errorf("trimEdges =\n%q\nwant\n%q", got, want)
	}
	only := "Headline\n\nBy Jane Roe"
	if got := trimEdges(only, "Headline"); got != only {
		t.Errorf("a reading of header lines only must stay: %q", got)
	}
}
