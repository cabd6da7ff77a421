package extract

import (
	"strings"
	"testing"
)

// koFerryStory is a Korean story of three paragraphs.
var koFerryStory = []string{
	"[한국항만신문 김민수] 항만공사는 7일 낡은 여객선 부두를 보수하기 위해 다음 달부터 폐쇄한다고 밝혔다.",
	"공사 관계자는 기술진 점검에서 부두를 받치는 나무 기둥 두 개가 썩은 것으로 드러났다며 승객들은 컨테이너 부두를 이용해야 한다고 설명했다.",
	"보수 비용은 약 40억 원으로 예상되며 공사의 유지보수 기금에서 충당될 예정이다.",
}

func TestBareStampUnderTheStoryGoes(t *testing.T) {
	// The time a page prints under its story, a date and a clock alone on the last line (after
	// the copyright notice and the photo desk's credit or not): the page's record, not the
	// story's.
	for _, under := range [][]string{
		{"[사진]한국항만 DB", "[Copyright ⓒ 한국항만신문 무단전재 및 재배포 금지]", "2019-01-07 16:47"},
		{"2019.01.07 16:47:05"},
		{"2012-01-04 05:23"},
	} {
		body := strings.Join(append(append([]string{}, koFerryStory...), under...), "\n\n")
		got := trimEdges(body, "낡은 여객선 부두 보수 위해 폐쇄")
		if !strings.Contains(got, "충당될 예정이다.") {
			t.Errorf("body lost the story: %q", got)
		}
		if strings.Contains(got, "DB") || strings.Contains(got, ":47") || strings.Contains(got, "05:23") {
			t.Errorf("body keeps the stamp or the credit over it: %q", got)
		}
	}
}

func TestBareStampReadsOnlyStamps(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"2019-01-07 16:47", true}, {"2012.1.4 5:23", true}, {" 2019/01/07 16:47:05 ", true},
		{"2019-01-07", false}, {"16:47", false}, {"2019-01-07 16:47 KST", false}, {"2019년 1월 7일 16:47", false},
		{"1999-2019 20:1", false}, {"20190-01-07 16:47", false}, {"2019-01-07 16:47:05:01", false},
		{"The score was 2019-01-07 16:47", false}, {"", false}, {strings.Repeat("2019-01-07 16:47 ", 1000), false},
	} {
		if got := bareStamp(c.p); got != c.want {
			t.Errorf("bareStamp(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}
