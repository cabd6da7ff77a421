package extract_test

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"paperboy/core/extract"
)

// TestWrappedTextJoined: a story copied from a mail or a terminal dump, wrapped at a fixed
// column, gives its paragraphs whole; the headline and a list of other stories below it
// stay lines of their own.
func TestWrappedTextJoined(t *testing.T) {
	page := `Council approves budget after long debate
Published: 20 November 2019, 08:02 GMT

The city council approved next year's budget on Wednesday after a
long debate about road repairs, school funding and the cost of the
new tram line that will link the harbour with the university district.

Councillors voted 31 to 12 in favour. The opposition said the plan
leaves too little for maintenance of the existing network, which
carries more than forty thousand passengers on a normal weekday.

"We cannot keep patching roads that need to be rebuilt," said the
transport spokeswoman, who asked the mayor to publish a repair schedule
before the summer.

Most read
- Harbour ferry timetable changes from Monday as crews are retrained
- Library opening hours extended over the winter holiday period
`
	r, _, err := extract.Document("https://example.com/a", []byte(page), "text/plain; charset=utf-8", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "title", r.Title, "Council approves budget after long debate")
	paras := strings.Split(r.Body, "\n\n")
	want := []string{
		"The city council approved next year's budget on Wednesday after a long debate about road repairs, school funding and the cost of the new tram line that will link the harbour with the university district.",
		"Councillors voted 31 to 12 in favour. The opposition said the plan leaves too little for maintenance of the existing network, which carries more than forty thousand passengers on a normal weekday.",
		`"We cannot keep patching roads that need to be rebuilt," said the transport spokeswoman, who asked the mayor to publish a repair schedule before the summer.`,
	}
	if len(paras) != len(want) {
		t.Fatalf("body has %d paragraphs, want %d:\n%s", len(paras), len(want), r.Body)
	}
	for i := range want {
		eq(t, "paragraph", paras[i], want[i])
	}
}

// TestWrappedJapaneseJoined: Japanese wrapped at a column joins without spaces.
func TestWrappedJapaneseJoined(t *testing.T) {
	page := "都が来年度予算案の概要を発表\n2024年12月3日 15時20分\n\n" +
		"東京都は３日、来年度予算案の概要を発表し\n" +
		"た。一般会計の総額は過去最大となり、子育\n" +
		"て支援と防災対策に重点を置いた。知事は記\n" +
		"者会見で「都民の暮らしを守るための予算だ\n" +
		"」と述べた。都議会には来月提出される予定\n" +
		"で、審議は三月まで続く見通しだという。\n"
	r, _, err := extract.Document("https://example.jp/a", []byte(page), "text/plain; charset=utf-8", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "body", r.Body, "東京都は３日、来年度予算案の概要を発表した。一般会計の総額は過去最大となり、子育て支援と防災対策に重点を置いた。知事は記者会見で「都民の暮らしを守るための予算だ」と述べた。都議会には来月提出される予定で、審議は三月まで続く見通しだという。")
}

// TestTerminalDumpStory: a terminal browser's dump of a news page (menus as bullet lists,
// share buttons, form controls, the story, then a list of other headlines each with its
// summary) gives the headline above the share buttons and the story alone.
func TestTerminalDumpStory(t *testing.T) {
	page := `   Home | World | Business | Sport

     * Politics
     * Economy
     * Culture

Harbour tram line approved after a year of delays

       @cityreporter
       Riverton
     * Share on Facebook
     * Share by email

   (BUTTON) Read 41 comments

   The city council approved the harbour tram line on Wednesday after a
   year of delays caused by disputes over the route through the old town
   and the cost of moving underground cables near the ferry terminal.

   Work will start in the spring. The first trams are expected to run in
   two years, carrying an estimated twelve thousand passengers a day
   between the harbour, the station and the university district.

   Opponents said the money would have been better spent on buses, which
   already serve most of the route and could be made more frequent.

Latest headlines

     * Ferry crews to strike over new rosters on Monday
       The union says the new rosters break the agreement signed in spring
       and leave too little rest between crossings for the night crews.
     * Library hours extended over the winter holiday period
       Branches will open on Sundays from December and stay open until
       eight on weekdays, the council said in a statement on Tuesday.
`
	r, _, err := extract.Document("https://example.com/a", []byte(page), "text/plain; charset=utf-8", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	eq(t, "title", r.Title, "Harbour tram line approved after a year of delays")
	if !strings.HasPrefix(r.Body, "The city council approved the harbour tram line on Wednesday after a year of delays") ||
		!strings.HasSuffix(r.Body, "could be made more frequent.") {
		t.Errorf("body = %q", r.Body)
	}
	for _, junk := range []string{"BUTTON", "Ferry crews", "union says", "Branches will open"} {
		if strings.Contains(r.Body, junk) {
			t.Errorf("body holds %q", junk)
		}
	}
}

// FuzzText: plain text of any shape never panics and gives valid UTF-8.
func FuzzText(f *testing.F) {
	if b, err := os.ReadFile("testdata/classes/fntimes-kakao-outage-2022-10-15.txt"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("Headline here\n\n     * item one\n       its summary wrapped under\nthe line\n\n" + strings.Repeat("word ", 40)))
	f.Add([]byte("東京都は３日、来年度予算案の概要を発表し\nた。\xff\n\t* x\n"))
	f.Add([]byte("정부, 대응 방안 논의\n\n" + strings.Repeat("정부는 21일 관계부처 회의를 열고 대응 방안을 논의했다. ", 5) + "\n\n워싱턴│김진호 특파원\n정유미기자\n"))
	f.Add([]byte("Pacote\n\n27 de outubro de 2016 - 17h58\n\n4:42 PM on 12/07/2012\n\n[04月01日 12時00分]\n" + strings.Repeat("palavra ", 40)))
	// The sixteenth round's lines: a closing parenthesised sign-off, run in and on its own line,
	// a comments heading over signed comments, credit lines, a blog skin's footer.
	f.Add([]byte("כותרת הידיעה\n\n" + strings.Repeat("ראש הממשלה הודיע הערב על צעדים חדשים במשק. ", 5) + "(גלעד כרמלי)\n\n(גלעד כרמלי)\n\nמצאתם טעות?\n\n" +
		"Comments\n\nreader, 4 January 2012 08:45\n\nNice.\n\nother, 4 January 2012 09:12\n"))
	f.Add([]byte("Credits\n\nDesign Director: Jane Roe\n\nPhoto Editors: John Doe\n\nArt Director: A B\n\nWriter: C D\n\nEditor: E F\n\nThanks.\n\n" +
		"Newer Post Older Post Home\n\nSubscribe to: Post Comments (Atom)\n"))
	// The seventeenth round's lines: tool rows, comment prompts, a closing "Written by", a
	// wiki's footer, Japanese labels.
	f.Add([]byte("Pier\n\n" + strings.Repeat("The council approved the pier on Wednesday after a year of delays. ", 4) + "\n\nWritten by Jane Roe\n\n" +
		"Print version | Email to a friend |\n\n[ | E-mail Article ]\n\nHave your say\n\nTell us what you think...\n\n" +
		"Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.\n\n著者：後藤大地\n\nВерсия для печати\n"))
	f.Fuzz(func(t *testing.T, page []byte) {
		r, err := extract.Text("https://example.com/a", page, extract.Options{})
		if err != nil {
			return
		}
		if !utf8.ValidString(r.Body) || !utf8.ValidString(r.Title) {
			t.Fatalf("invalid UTF-8 out of %q", page)
		}
	})
}

// TestDumpScriptDataAndAddresses: what a dump prints for a frame's address or a widget's
// script data is long but no prose; it neither joins nor outweighs the story.
func TestDumpScriptDataAndAddresses(t *testing.T) {
	page := `Harbour tram line approved after a year of delays

https://pixel.example.net/frame.htm#p=https%3A%2F%2Ftracker.example.com%2Fai.aspx%3Ftc%3D0cb52a088a8a53a8301b3ca044380f1e%26subid%3D1809

{"host":"widgets.example.net","type":"share","count":1,"attributes":{"layout":"standard","size":"large","href":"https://example.com/culture","width":63,"height":28,"context":{"version":"1810052256480","path":"https://cdn.example.net/ctx-v0.js"}}}

The city council approved the harbour tram line on Wednesday after a year of delays caused by disputes over the route.

Work will start in the spring, and the first trams are expected to run in two years between the harbour and the station.
`
	r, _, err := extract.Document("https://example.com/a", []byte(page), "text/plain; charset=utf-8", extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(r.Body, "The city council approved") || strings.Contains(r.Body, "pixel.example.net") || strings.Contains(r.Body, `"host"`) {
		t.Errorf("body = %q", r.Body)
	}
	eq(t, "title", r.Title, "Harbour tram line approved after a year of delays")
}
