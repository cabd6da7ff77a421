package summarize

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"english", "Mr. Smith went to Washington. He met Dr. Jones at 3.5 p.m. today! Why?",
			[]string{"Mr. Smith went to Washington.", "He met Dr. Jones at 3.5 p.m. today!", "Why?"}},
		{"abbreviations", "The U.S. economy grew. Apple Inc. said so on Jan. 5 in the U.K. capital.",
			[]string{"The U.S. economy grew.", "Apple Inc. said so on Jan. 5 in the U.K. capital."}},
		{"decimals", "Prices rose 3.5 percent. Rates fell.", []string{"Prices rose 3.5 percent.", "Rates fell."}},
		{"korean", "카카오톡이 멈췄다. 복구는 언제일까? 알 수 없습니다. 그렇군요.",
			[]string{"카카오톡이 멈췄다.", "복구는 언제일까?", "알 수 없습니다.", "그렇군요."}},
		{"korean closing quote", "그는 “노력하겠다.” 라고 했다. 다음 문장이다.",
			[]string{"그는 “노력하겠다.”", "라고 했다.", "다음 문장이다."}},
		{"korean quote ends sentence", "“사과드립니다.” 대표가 말했다.", []string{"“사과드립니다.”", "대표가 말했다."}},
		{"korean quote then particle", "그는 \"좋다.\"라며 웃었다. 끝.", []string{"그는 \"좋다.\"라며 웃었다.", "끝."}},
		{"korean no space", "화면으로 이동된다.‘전 세계 메신저’라는 문구다.", []string{"화면으로 이동된다.", "‘전 세계 메신저’라는 문구다."}},
		{"cjk", "今日は晴れ。明日は雨！本当？", []string{"今日は晴れ。", "明日は雨！", "本当？"}},
		{"paragraphs", "Headline without stop\n\nFirst line.   Second\tline.", []string{"Headline without stop", "First line.", "Second line."}},
		{"initials", "J. K. Rowling wrote it. Done.", []string{"J. K. Rowling wrote it.", "Done."}},
		{"empty", " \n\t ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLead(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"fits whole", "One. Two.", 100, "One. Two."},
		{"stops at sentence", "First sentence here. Second sentence is longer.", 30, "First sentence here."},
		{"byline dropped", "[한국금융신문=정은경 기자] 15일 카카오톡이 멈췄다. 복구 중이다.", 20, "15일 카카오톡이 멈췄다."},
		{"dateline dropped", "(서울=연합뉴스) 홍길동 기자 = 서비스가 재개됐다. 다행이다.", 100, "서비스가 재개됐다. 다행이다."},
		{"headline dropped", "부제목 한 줄\n\n본문 첫 문장이다. 둘째 문장이다.", 12, "본문 첫 문장이다."},
		{"word cut", "This opening sentence is far too long to fit in the limit.", 20, "This opening…"},
		{"cjk cut", "これはとても長い文章で最後まで句点がありません", 10, "これはとても長い文…"},
		{"grapheme kept", "👩‍👩‍👧‍👦👩‍👩‍👧‍👦 family emoji sentence is long.", 12, "👩‍👩‍👧‍👦…"},
		{"zero", "Anything.", 0, ""},
		{"one", "Anything long.", 1, "…"},
		{"wire dateline dropped", "WASHINGTON (AP) — The vote passed. Then more.", 16, "The vote passed."},
		{"byline paragraph dropped", "First fact.\n\nBy Matthew Digby, Minh Do on Monday\n\nSecond fact.", 100, "First fact. Second fact."},
		{"unpunctuated tail", "Done here. Trailing words with no stop", 100, "Done here."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Lead(tt.in, tt.max)
			if got != tt.want {
				t.Errorf("Lead(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > tt.max {
				t.Errorf("Lead length %d > max %d", n, tt.max)
			}
		})
	}
}

// normalised is the text Lead works on, for the prefix property.
func normalised(text string) string {
	norm, _ := segment(dropLeading(paragraphs(text)))
	return norm
}

func FuzzLead(f *testing.F) {
	for _, s := range []string{"Mr. Smith. Hi!", "[한국금융신문=정은경 기자] 15일 카카오톡이 멈췄다.", "今日は晴れ。明日", "a\u0301. b", "\xff\xfe. x", "👩‍👩‍👧‍👦 x."} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, text string, max int) {
		max %= 400
		got := Lead(text, max)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 %q", got)
		}
		if max < 0 {
			max = 0
		}
		if n := utf8.RuneCountInString(got); n > max {
			t.Fatalf("length %d > max %d: %q", n, max, got)
		}
		if got != "" && !strings.HasPrefix(normalised(text), got) && !strings.HasSuffix(got, ellipsis) {
			t.Fatalf("%q is neither a prefix of the normalised text nor cut with …", got)
		}
		_ = Sentences(text)
	})
}

func BenchmarkLead(b *testing.B) {
	text := strings.Repeat("[한국금융신문=정은경 기자] 15일 카카오톡이 멈췄다. Mr. Smith said the U.S. rate was 3.5 percent. 今日は晴れ。\n\n", 20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Lead(text, 300)
	}
}

func TestLeadDropsKoreanTimeStamps(t *testing.T) {
	for _, in := range []string{
		"입력 2026.11.26. 오후 6:30\n\n서울 지하철 기본요금이 오른다. 청소년 요금은 동결된다.",
		"기사입력 : 2022-10-15 23:03 서울 지하철 기본요금이 오른다. 청소년 요금은 동결된다.",
	} {
		if got := Lead(in, 100); got != "서울 지하철 기본요금이 오른다. 청소년 요금은 동결된다." {
			t.Errorf("Lead(%q) = %q", in, got)
		}
	}
}

func TestLeadDropsBoilerplate(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"footer notice after a short story", "군청은 18일 내년도 예산안을 편성했다고 밝혔다. 예산은 올해보다 늘었다.\n\nCopyright 로컬일보. 무단 전재 및 재배포 금지.",
			"군청은 18일 내년도 예산안을 편성했다고 밝혔다. 예산은 올해보다 늘었다."},
		{"notice glued to the last paragraph", "군청은 예산안을 편성했다. 저작권자 ⓒ 로컬일보, 무단전재 및 재배포금지",
			"군청은 예산안을 편성했다."},
		{"caption twice, then byline", "네이버가 라인을 홍보하고 있다. 사진=네이버 앱 화면 갈무리이미지 확대보기\n네이버가 라인을 홍보하고 있다. 사진=네이버 앱 화면 갈무리\n[한국금융신문=정은경 기자] 15일 카카오톡이 멈췄다.",
			"15일 카카오톡이 멈췄다."},
		{"reporter e-mail line first", "홍길동 기자 hong@example.com\n(서울=연합뉴스) 홍길동 기자 = 비가 내렸다.", "비가 내렸다."},
		{"english notice", "The council approved the budget.\n\n© 2019 Example Media. All rights reserved.", "The council approved the budget."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lead(tt.in, 300); got != tt.want {
				t.Errorf("Lead = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLeadDropsStampLines(t *testing.T) {
	stamps := []string{
		"Publiziert: 01.07.2023, 11:16",
		"Publiziert heute um 12:19 Uhr",
		"28.04.2024 | 09:36 Uhr",
		"Aktualisiert am 07.01.2026 - 18:50 UhrLesedauer: 4 Min.",
		"02/12/2024",
		"Actualizado a las 20:56h.",
		"January 28, 2025 11:30 am (Updated 11:54 am)",
		"Updated on September 19 at 3:15 p.m.",
		"Aktualizacja: 05.05.2021, 05:53 Publikacja: 04.05.2021",
	}
	for _, s := range stamps {
		in := "The standfirst says what happened.\n\n" + s + "\n\nThe story begins here."
		if got, want := Lead(in, 300), "The standfirst says what happened. The story begins here."; got != want {
			t.Errorf("Lead with stamp %q\n got %q\nwant %q", s, got, want)
		}
	}
	// A sentence that merely holds a date and time is story, not a stamp.
	in := "Am 31.10.2023, gegen 23:40 Uhr, brannte eine Scheune.\n\nDie Feuerwehr kam."
	if got := Lead(in, 300); got != "Am 31.10.2023, gegen 23:40 Uhr, brannte eine Scheune. Die Feuerwehr kam." {
		t.Errorf("story sentence with a date dropped: %q", got)
	}
}

func TestLeadDropsFragmentsBetweenSentences(t *testing.T) {
	in := "The standfirst says what happened.\n\nJane Doe\n\nVideo Unavailable\n\nThe story begins here.\n\nLast line"
	if got, want := Lead(in, 300), "The standfirst says what happened. The story begins here."; got != want {
		t.Errorf("Lead\n got %q\nwant %q", got, want)
	}
}

func TestLeadDropsPrompts(t *testing.T) {
	for _, prompt := range []string{
		"Jetzt abonnieren und von der Vorlesefunktion profitieren.",
		"Click here for our free newsletter!",
		"Lesen Sie auch: Der Stadtrat tagt erneut",
		"Read more: Council meets again",
		"This article contains affiliate links. We may earn a commission when you buy.",
		"Dieser Beitrag enthält Affiliate-Links. Wir erhalten eine Provision.",
		"*Werbung. Dieser Beitrag wurde bezahlt.",
		"AI 요약은 자동으로 만들어졌습니다. 본문을 함께 확인하세요.",
		"This summary was generated by AI. Check the full story.",
	} {
		in := "The standfirst says what happened.\n\n" + prompt + "\n\nThe story begins here."
		if got, want := Lead(in, 300), "The standfirst says what happened. The story begins here."; got != want {
			t.Errorf("Lead with prompt %q\n got %q\nwant %q", prompt, got, want)
		}
	}
	// A story sentence that mentions subscribers stays.
	in := "The service lost 10,000 subscribers. Readers complained."
	if got := Lead(in, 300); got != in {
		t.Errorf("story sentence dropped: %q", got)
	}
}

func TestLeadDropsCapitalDatelines(t *testing.T) {
	for in, want := range map[string]string{
		"NEW DELHI: The council met on Monday. More follows.": "The council met on Monday. More follows.",
		"RIVERTON - A bridge closed today. More follows.":     "A bridge closed today. More follows.",
		"UPDATE: The vote was delayed. More follows.":         "The vote was delayed. More follows.",
		"NASA said the launch slipped. More follows.":         "NASA said the launch slipped. More follows.",
		"COVID-19: cases rose. More follows.":                 "COVID-19: cases rose. More follows.",
	} {
		if got := Lead(in, 300); got != want {
			t.Errorf("Lead(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}
