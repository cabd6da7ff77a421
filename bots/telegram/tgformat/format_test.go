package tgformat

import (
	"strings"
	"testing"
	"time"

	"text/template"

	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func seoul(t testing.TB) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Seoul")
	if err != nil {
		return time.FixedZone("KST", 9*3600) // no tz database: the zone Seoul has used since 1988
	}
	return loc
}

// accept checks msg the way the Bot API would: it parses, its text is what we counted, it fits.
func accept(t testing.TB, msg Message, max int) {
	t.Helper()
	plain, err := telegramtest.ParseHTML(msg.HTML)
	if err != nil {
		t.Fatalf("Telegram would answer \"can't parse entities: %v\" for %q", err, msg.HTML)
	}
	if plain != msg.Plain {
		t.Fatalf("parsed text %q differs from counted text %q", plain, msg.Plain)
	}
	if n := telegramtest.Length(plain); n > max {
		t.Fatalf("text is %d UTF-16 units, limit %d", n, max)
	}
	if strings.TrimSpace(plain) == "" {
		t.Fatalf("empty message for %q", msg.HTML)
	}
}

func TestRenderLayout(t *testing.T) {
	f := Formatter{Loc: seoul(t)}
	msg, err := f.Render(channeltest.SamplePost(), textMax)
	if err != nil {
		t.Fatal(err)
	}
	want := `<b><a href="https://www.fntimes.com/html/view.php?ud=2022101523035">카톡·카카오T 먹통에…네이버·우티 &lt;사용자&gt; 모시기 &amp; "경쟁"</a></b>` + "\n\n" +
		"15일 카카오톡, 카카오T, 카카오내비까지 카카오의 주요 서비스들이 접속 장애를 일으키고 있다. 👍🏽 @everyone &lt;b&gt;not bold&lt;/b&gt;" + "\n\n" +
		"한국금융신문 · 2022-10-15 23:03 KST\n#카카오 #IT"
	if msg.HTML != want {
		t.Errorf("HTML:\n%s\nwant:\n%s", msg.HTML, want)
	}
	accept(t, msg, textMax)
}

func TestRenderLinkAndTime(t *testing.T) {
	f := Formatter{Loc: time.UTC}
	p := article.Post{Title: "T", URL: `javascript:alert("x")`, Published: time.Date(2024, 3, 1, 9, 5, 0, 0, time.FixedZone("KST", 9*3600))}
	msg, err := f.Render(p, textMax)
	if err != nil {
		t.Fatal(err)
	}
	if msg.HTML != "<b>T</b>\n\n2024-03-01 00:05 UTC" {
		t.Errorf("a non-http link must not become an href, and time shows in the channel zone: %q", msg.HTML)
	}
	p = article.Post{Title: "", URL: `https://e.com/a?x=1&y="2"`}
	msg, _ = f.Render(p, textMax)
	if msg.HTML != `<b><a href="https://e.com/a?x=1&amp;y=&quot;2&quot;">https://e.com/a?x=1&amp;y="2"</a></b>` {
		t.Errorf("untitled post: %q", msg.HTML)
	}
	if _, err := f.Render(article.Post{Summary: " \n\t"}, textMax); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("an empty post must fail permanently, got %v", err)
	}
}

func TestHashtags(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"카카오", "IT"}, "#카카오 #IT"},
		{[]string{"인공 지능", "C++", "#태그!", "e-스포츠", "snake_case"}, "#인공지능 #C #태그 #e스포츠 #snake_case"},
		{[]string{"2022", "", "!!!", "카카오", "카카오", "it", "IT"}, "#카카오 #it"},
		{[]string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}, "#a #b #c #d #e #f #g #h"},
		{[]string{"हिन्दी"}, "#हिन्दी"},
	}
	for _, tt := range tests {
		if got := hashtags(tt.in); got != tt.want {
			t.Errorf("hashtags(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRenderShrinksSummaryFirst(t *testing.T) {
	f := Formatter{Loc: seoul(t)}
	p := channeltest.SamplePost()
	p.Summary = strings.Repeat("카카오의 주요 서비스들이 접속 장애를 일으키고 있다. ", 200)
	msg, err := f.Render(p, captionMax)
	if err != nil {
		t.Fatal(err)
	}
	accept(t, msg, captionMax)
	if !strings.HasPrefix(msg.Plain, `카톡·카카오T 먹통에…네이버·우티 <사용자> 모시기 & "경쟁"`+"\n\n") {
		t.Errorf("title changed: %q", msg.Plain[:80])
	}
	if !strings.HasSuffix(msg.Plain, "있다.\n\n한국금융신문 · 2022-10-15 23:03 KST\n#카카오 #IT") {
		t.Errorf("summary should end on a sentence and the footer stay: %q", msg.Plain[len(msg.Plain)-120:])
	}
	if ok, _ := f.Fits(p, captionMax); ok {
		t.Error("fits() says a 6000-character summary fits a caption")
	}

	p.Title = strings.Repeat("아주 긴 제목 ", 1000)
	msg, err = f.Render(p, captionMax)
	if err != nil {
		t.Fatal(err)
	}
	accept(t, msg, captionMax)
	if strings.Contains(msg.Plain, "\n") || !strings.HasSuffix(msg.Plain, channel.Ellipsis) {
		t.Errorf("an oversized title is cut and stands alone: %q", msg.Plain[len(msg.Plain)-40:])
	}
}

func TestRenderTemplate(t *testing.T) {
	tmpl, err := parseTemplate(t, "{{.Source}} | {{.Time}}\n{{.Summary}}\n{{.Hashtags}}")
	if err != nil {
		t.Fatal(err)
	}
	f := Formatter{Loc: seoul(t), Tmpl: tmpl}
	msg, err := f.Render(channeltest.SamplePost(), textMax)
	if err != nil {
		t.Fatal(err)
	}
	accept(t, msg, textMax)
	if !strings.Contains(msg.HTML, "\n\n한국금융신문 | 2022-10-15 23:03 KST\n15일") || !strings.HasSuffix(msg.HTML, "&lt;/b&gt;\n#카카오 #IT") {
		t.Errorf("template body: %q", msg.HTML)
	}
	bad, _ := parseTemplate(t, "{{.Nope}}")
	f.Tmpl = bad
	if _, err := f.Render(channeltest.SamplePost(), textMax); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("a template error must be permanent, got %v", err)
	}
}

// FuzzFormat renders arbitrary posts and checks the fake's Bot API validator accepts every one,
// as text and as caption: no "can't parse entities", never over the limit.
func FuzzFormat(f *testing.F) {
	f.Add("카톡·카카오T 먹통에 <사용자> & \"경쟁\"", "15일 카카오톡 장애. 👍🏽 <b>x</b> &amp;", "한국금융신문", "카카오,IT", "https://e.com/?a=1&b=2")
	f.Add(strings.Repeat("👨‍👩‍👧‍👦", 100), strings.Repeat("다. ", 1400), "", "", "")
	f.Add("", "", "", "", "https://e.com/<>")
	f.Add("<a href=\"x\">", "&lt; &#0; &#xD800; &amp", "&", "#,, ,<>", "http://[::1]:80/\"")
	f.Add("\x00\xff\r\n\u2028", strings.Repeat("가나다라마바사아자차카타파하 ", 80), "src", strings.Repeat("태그,", 50), "https://e.com")
	fm := Formatter{Loc: time.FixedZone("KST", 9*3600)}
	f.Fuzz(func(t *testing.T, title, summary, source, tags, link string) {
		p := article.Post{Title: title, Summary: summary, Source: source, URL: link, Tags: strings.Split(tags, ","),
			Published: time.Date(2022, 10, 15, 14, 3, 0, 0, time.UTC)}
		for _, max := range []int{textMax, captionMax} {
			msg, err := fm.Render(p, max)
			if err != nil {
				if channel.Classify(err).Reason != channel.Permanent {
					t.Fatalf("render error %v is not permanent", err)
				}
				continue
			}
			accept(t, msg, max)
		}
	})
}

// Telegram's limits as bots/telegram states them (TextMax, CaptionMax), repeated here because
// this package cannot import the channel that imports it.
const (
	textMax    = 4096
	captionMax = 1024
)

// parseTemplate compiles a body template the way the channel's configuration does.
func parseTemplate(t testing.TB, text string) (*template.Template, error) {
	t.Helper()
	return template.New("telegram").Option("missingkey=error").Parse(text)
}
