package extract

import (
	"strings"
	"testing"
)

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

func TestTrimEdgesListBeforeHeadline(t *testing.T) {
	list := "Ferry fares rise in spring\n\nSchool board elects chair\n\nLibrary hours extended\n\nRiver festival draws crowds\n\n" +
		"Bridge to reopen in June\n\nThe Northern Times\n\nThe old bridge over the river will reopen to traffic in June, the council said on Monday.\n\n" +
		"Repairs took two years."
	want := "The old bridge over the river will reopen to traffic in June, the council said on Monday.\n\nRepairs took two years."
	if got := trimEdges(list, "Bridge to reopen in June"); got != want {
		t.Errorf("the list of other headlines above the story's own must go:\n%q\nwant\n%q", got, want)
	}
	lede := "The old bridge over the river will reopen to traffic in June, the council said on Monday after a long review of the works.\n\n" +
		"Bridge to reopen in June\n\nRepairs took two years."
	if got := trimEdges(lede, "Bridge to reopen in June"); got != lede {
		t.Errorf("a paragraph before the headline line must keep the reading whole: %q", got)
	}
}

func TestTrimEdgesLongThreadUnderShortStory(t *testing.T) {
	para := "The council approved the new budget for the town on Monday after a debate that lasted most of the evening and drew a large crowd to the hall."
	var b strings.Builder
	for range 8 {
		b.WriteString(para + "\n\n")
	}
	story := strings.TrimSuffix(b.String(), "\n\n")
	body := story + "\n\nComments"
	for range 20 {
		body += "\n\nI think this is good news for everyone here.\n\nPosted by Reader on May 2, 2024"
	}
	if got := trimEdges(body, ""); got != story {
		t.Errorf("a thread longer than the story must go from its heading on; kept %d of %d bytes", len(got), len(body))
	}
	bar := "The council approved the budget on Monday.\n\nComments\n\nIt takes effect in May.\n\nThe mayor welcomed it.\n\nTaxes stay the same.\n\nThe vote was close."
	if got := trimEdges(bar, ""); got != bar {
		t.Errorf("a bare \"Comments\" under a short lede must not end the story: %q", got)
	}
}
