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
	stamp := "Council passes budget\n\nThe vote came after a long debate\n\nPublished May 02, 2024 • Last updated 1 hour ago • 4 minute read\n\nThe council approved the budget on Monday."
	if got, want := trimEdges(stamp, "Council passes budget"), "The vote came after a long debate\n\nThe council approved the budget on Monday."; got != want {
		t.Errorf("a time stamp under the standfirst must go:\n%q\nwant\n%q", got, want)
	}
	comments := "The council approved the budget on Monday.\n\nIt takes effect in May.\n\nThe mayor welcomed it.\n\nKommentare(2)\n\nGreat news for the town, finally someone listens.\n\nvor 2 Stunden"
	if got, want := trimEdges(comments, ""), "The council approved the budget on Monday.\n\nIt takes effect in May.\n\nThe mayor welcomed it."; got != want {
		t.Errorf("the comment thread after the story must go:\n%q\nwant\n%q", got, want)
	}
}
