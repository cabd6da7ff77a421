package extract

import (
	"strings"
	"testing"
)

// koStoryBody is a Korean story's paragraphs whose words carry particles: "개각에서" and
// "정책과" are the words "개각" and "정책" a headline prints bare.
const koStoryBody = `<p>대통령은 8일 단행한 개각에서 자신의 주요 공약과 역점 정책과 관련된 부처의 장관은 유임시키거나 측근들을 임명했다.</p>
	<p>청와대는 집권 후반기 정책의 연속성과 함께 구체적인 성과를 얻어내겠다는 의지를 드러냈다고 설명했다.</p>
	<p>야당은 이번 인사가 회전문 인사에 그쳤다며 국회 청문회에서 후보자들의 자질을 따지겠다고 밝혔다.</p>`

// A Korean headline printed in the story's block under a placeholder <title> names what the
// story's opening names, though its words carry no particle and the opening's do: Korean
// words are compared by their stems, the first two syllables. A line that shares no stem
// with the opening leaves the title.
func TestHeadlineOpeningReadingKoreanStems(t *testing.T) {
	checkTitles(t, []titlePage{
		{"headline with a slash kicker", `<title>언론재단</title>`,
			`<div id=story><h3>8·8 개각/ 對北정책 기조 유지</h3><p>[서울신문] 2010-08-09 05면</p>` + koStoryBody + `</div>`,
			"8·8 개각/ 對北정책 기조 유지"},
		{"headline with a bracket kicker", `<title>언론재단</title>`,
			`<div id=story><h3>[해외논단] 측근들이 성공하는 방법</h3><p>[세계일보] 2013-06-05 30면</p>` + koStoryBody + `</div>`,
			"[해외논단] 측근들이 성공하는 방법"},
		{"a line naming nothing the story names", `<title>언론재단</title>`,
			`<div id=story><p><b>바다 건너 봄소식</b></p>` + koStoryBody + `</div>`,
			"언론재단"},
	})
}

// koPageAuthors extracts a Korean page with the headline given and the story's paragraphs
// followed by after, and returns its authors.
func koPageAuthors(t *testing.T, headline, after string) []string {
	t.Helper()
	para := strings.Repeat("정부는 21일 오전 서울 정부청사에서 관계부처 회의를 열고 감염병 대응 방안을 논의했다고 밝혔다. ", 4)
	page := `<html lang="ko"><head><title>` + headline + `</title></head><body><article><h1>` + headline + `</h1><p>` + para + `</p><p>` + para + `</p>` +
		after + `</article></body></html>`
	r, err := Extract("https://news.example.com/view/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Authors
}

// The sign-offs that close a Korean story or each story of a package: a name glued to its
// title with no e-mail, before a copyright notice or a glossary box; a correspondent's place
// before a box-drawing bar; several e-mail bylines, one closing each section; a contributor's
// "name institution title", on one line or the name over lines of its own, whose name the
// headline's bracket repeats or that closes a part of a package a reporter signs; a labelled credit, where the writer's label counts and the
// photographer's does not. A name line at the story's top and a caption's credit are no
// sign-off.
func TestAuthorsKoreanSignoffs(t *testing.T) {
	story := "<p>" + strings.Repeat("보건복지부는 이날 새로운 제도를 도입한다고 발표했으며 업계는 반발했다. ", 3) + "</p>"
	for _, c := range []struct {
		name, headline, after string
		want                  []string
	}{
		{"glued title, no e-mail", "정부, 감염병 대응 방안 논의", `<p>정유미기자</p>`, []string{"정유미"}},
		{"glued title before a copyright notice", "정부, 감염병 대응 방안 논의",
			`<p>강철원기자<br>[ⓒ 인터넷한국일보(www.hankooki.com), 무단 전재 및 재배포 금지]</p>`, []string{"강철원"}},
		{"glued title before a glossary box", "정부, 감염병 대응 방안 논의",
			`<p>김준기기자</p><p>△ 사회서비스업</p><p>개인이나 사회 전체의 복지 증진이나 삶의 질 향상을 위해 사회적으로 제공되는 산업.</p>`, []string{"김준기"}},
		{"place before a box-drawing bar", "정부, 감염병 대응 방안 논의", `<p>워싱턴│김진호 특파원</p>`, []string{"김진호"}},
		{"e-mail bylines closing each section", "정부, 감염병 대응 방안 논의",
			`<p>김상연·김미경기자 carlos@seoul.co.kr</p><p>■ 경제/ 성장과 물가 함께 잡는다</p>` + story + `<p>손원천·홍희경기자 angler@seoul.co.kr</p>`,
			[]string{"김상연", "김미경", "손원천", "홍희경"}},
		{"two datelined bylines", "정부, 감염병 대응 방안 논의",
			`<p>부산=강성명기자 smkang@hk.co.kr<br>대구=전준호기자 jhjun@hk.co.kr</p>`, []string{"강성명", "전준호"}},
		{"a caption's credit, then the writer's", "정부, 감염병 대응 방안 논의",
			`<p>시민들이 광장에서 행진하고 있다. 최혁중 기자 sajinman@donga.com</p>` + story + `<p>홍길동 기자 hong@donga.com</p>`, []string{"홍길동"}},
		{"contributor named in the headline's bracket", "[기고/박지현]다가오는 지방재정위기",
			`<p>박지현 한국지방세연구원 부연구위원</p><p>저작권자 ⓒ동아일보. 무단 전재-재배포 금지</p>`, []string{"박지현"}},
		{"columnist with desk and e-mail", "[뉴스룸에서-민태원] 바보 공공병원의 착한 실험",
			`<p>민태원 정책기획부 차장 twmin@kmib.co.kr</p>`, []string{"민태원"}},
		{"reporter and contributors of a debate", "[이슈논쟁] 영리병원 도입 허용 여부",
			`<p>이태무기자 abcdefg@hk.co.kr</p><p>●찬성/ 의료 한국 강점 살려야</p>` + story + `<p>정기택 경희대 의료경영학과 교수</p><p>●반대/ 국민건강 놓고 실험 안돼</p>` + story +
				`<p>정형준 인도주의실천의사협의회 정책국장</p>`, []string{"이태무", "정기택", "정형준"}},
		{"reporter, then a contributor's block of lines", "[낮은 목소리] 자살자 유가족들의 회한",
			`<p>이경미 기자</p><p>■죽음교육 제도화가 시급하다</p>` + story + `<p>강동구<br>동국대 불교대학원<br>생사의례학과 교수</p>`, []string{"이경미", "강동구"}},
		{"writer's and photographer's labels", "정부, 감염병 대응 방안 논의", `<p>글 최우규.사진 정지윤 기자</p><p>●이상이 교수는</p>` + story, []string{"최우규"}},
		{"interviewer's label", "정부, 감염병 대응 방안 논의", `<p>인터뷰 = 김병직 부국장 겸 경제산업부장 bjkim@munhwa.com</p>`, []string{"김병직"}},
		{"a contributor line no headline names", "정부, 감염병 대응 방안 논의", `<p>박지현 한국지방세연구원 부연구위원</p>`, nil},
	} {
		checkAuthors(t, c.name, koPageAuthors(t, c.headline, c.after), c.want)
	}
}

// A correspondent's place before a box-drawing bar heads the story as "워싱턴=김명호 특파원" does.
func TestAuthorsKoreanPlaceBar(t *testing.T) {
	checkAuthors(t, "place│name 특파원", koAuthorsOf(t, "ko", "", `<ul><li>워싱턴│김진호 특파원</li><li>입력 2020.06.16 03:00</li></ul>`, ""), []string{"김진호"})
}
