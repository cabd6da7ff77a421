package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// storyPage builds a page whose article holds above, the story's paragraphs and under, in the
// page's language lang.
func storyPage(lang, title, above string, paras []string, under string) []byte {
	var b strings.Builder
	b.WriteString(`<html lang="` + lang + `"><head><meta charset="utf-8"><title>` + title + `</title></head><body>`)
	b.WriteString(`<div class="nav"><a href="/">Home</a> <a href="/news">News</a></div><div class="article"><h1>` + title + `</h1>`)
	b.WriteString(above)
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(under + `</div><div class="footer">© Example</div></body></html>`)
	return []byte(b.String())
}

// greekStory is a Greek story of three paragraphs.
var greekStory = []string{
	"Η εταιρεία ανακοίνωσε ότι στο πλαίσιο της απόφασης της γενικής συνέλευσης προέβη σε αγορά ιδίων μετοχών με μέση τιμή κτήσης δύο ευρώ ανά μετοχή.",
	"Σύμφωνα με την ανακοίνωση, η συνολική αξία της συναλλαγής ανήλθε σε δύο χιλιάδες επτακόσια ευρώ και οι μετοχές θα διακρατηθούν από την εταιρεία.",
	"Η διοίκηση εκτιμά ότι η κίνηση αυτή θα στηρίξει τη μετοχή στο χρηματιστήριο κατά τους επόμενους μήνες της χρονιάς.",
}

func TestGreekToolRowAboveAndUnderTheStory(t *testing.T) {
	// A story's tool row, its send, print, text size and share buttons, read as one line over
	// the story and again under it: none of it is the story's.
	const row = `<div><a href="/email?id=1">Αποστολή</a> <a href="javascript:window.print()">Εκτύπωση</a> Μέγεθος κειμένου <a href="#">Μοιραστείτε το:</a></div>`
	r, err := Extract("https://www.example.gr/news/article.asp?id=1", storyPage("el", "Αγορά ιδίων μετοχών", row, greekStory, row))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "συνολική αξία") || !strings.Contains(r.Body, "επόμενους μήνες") {
		t.Errorf("body = %q, want the story", r.Body)
	}
	for _, label := range []string{"Αποστολή", "Εκτύπωση", "Μέγεθος κειμένου", "Μοιραστείτε"} {
		if strings.Contains(r.Body, label) {
			t.Errorf("body keeps the tool row's %q: %q", label, r.Body)
		}
	}
}

func TestToolRowWithTextSizeAndShare(t *testing.T) {
	// The text size and share buttons belong to a row that holds a print or send button.
	for _, row := range []string{"Print | Text size | Share", "E-mail Share", "Drucken Schriftgröße Teilen", "Версия для печати | Размер шрифта | Поделиться",
		"Αποστολή Εκτύπωση Μέγεθος κειμένου Μοιραστείτε το:"} {
		if !toolRow(row, utf8.RuneCountInString(row)) {
			t.Errorf("toolRow(%q) = false", row)
		}
	}
	// Alone they are a share label's to judge, or a heading; a sentence is text.
	for _, line := range []string{"Text size", "Share", "Μοιραστείτε το:", "Text size and share of the market grew."} {
		if toolRow(line, utf8.RuneCountInString(line)) {
			t.Errorf("toolRow(%q) = true", line)
		}
	}
}

func TestAdvertSlotLabelsLeaveTheStory(t *testing.T) {
	// The label an advertising slot prints over its advert, in the story or under it, is the
	// one line of the advert in the text.
	story := "Radni zdecydowali w poniedziałek, że stara biblioteka zostanie zamknięta, a nowa powstanie nad rzeką.\n\n" +
		"Nowy budynek pomieści dwa razy więcej książek i salę dla szkół z całego miasta."
	for _, label := range []string{"REKLAMA", "Σύνδεσμοι διαφημιζομένων", "Реклама", "Anzeige", "广告", "Advertisement"} {
		body := story + "\n\n" + label + "\n\nStara biblioteka stanie się muzeum historii miasta."
		if got := dropFurnitureLines(body); strings.Contains(got, label) || !strings.Contains(got, "muzeum historii") {
			t.Errorf("dropFurnitureLines(%q) = %q", label, got)
		}
	}
	// A sentence about advertising is the story's.
	own := story + "\n\nReklama w telewizji kosztuje coraz więcej."
	if got := dropFurnitureLines(own); got != own {
		t.Errorf("dropFurnitureLines cut a story sentence: %q", got)
	}
}

func TestSourceLineOverTheStoryGoes(t *testing.T) {
	// The outlet a story was taken from and its copy's stamp, printed over the story: the
	// page's record of the story, as a byline is.
	const above = `<p class="grey">Πηγή: Example.gr 22/12/11-10:51</p>`
	r, err := Extract("https://www.example.gr/news/1.html", storyPage("el", "Αγορά ιδίων μετοχών", above, greekStory, ""))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Πηγή") || !strings.HasPrefix(r.Body, "Η εταιρεία ανακοίνωσε") {
		t.Errorf("body = %q, want the story without its source line", r.Body)
	}
}

func TestSourceLineUnderTheStoryGoes(t *testing.T) {
	// The same line closing the story, in the languages that label it so.
	ru := []string{
		"Ученые из нескольких университетов выяснили, что регулярные прогулки на свежем воздухе снижают риск болезней сердца почти на треть.",
		"В исследовании приняли участие пять тысяч добровольцев, за которыми врачи наблюдали в течение десяти лет.",
		"Авторы работы советуют ходить пешком не меньше получаса в день, даже в холодную погоду.",
	}
	en := []string{
		"Researchers at several universities found that regular walks in the open air cut the risk of heart disease by almost a third.",
		"Five thousand volunteers took part in the study, and doctors followed them for ten years after it began.",
		"The authors advise walking for at least half an hour a day, even when the weather is cold.",
	}
	for _, c := range []struct {
		lang, line string
		story      []string
	}{
		{"ru", "Источник: Корреспондент", ru},
		{"el", "Πηγές: example.gr", greekStory},
		{"pl", "Dzięki uprzejmości: PAP - Nauka w Polsce", ru},
		{"de", "Quelle: ntv.de, ino/dpa", ru},
		{"en", "Source: Reuters", en},
	} {
		r, err := Extract("https://www.example.com/news/1.html", storyPage(c.lang, "Прогулки полезны", "", c.story, "<p>"+c.line+"</p>"))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, c.line) || !strings.Contains(r.Body, c.story[2][:40]) {
			t.Errorf("%s: body = %q, want the story without %q", c.lang, r.Body, c.line)
		}
	}
}

func TestSourceLineNeedsANameAndNoSentence(t *testing.T) {
	for _, line := range []string{"Source: Reuters", "(Quelle: APA/sda/dpa)", "Πηγή: ΑΠΕ 23/12/11-10:00", "Источник: obozrevatel.com",
		"Source: The Global Polio Eradication Initiative."} {
		if !sourceLine(line) {
			t.Errorf("sourceLine(%q) = false", line)
		}
	}
	// A bare label heads the list of sources the story gives; a graphic's credit runs on past
	// the name; a sentence about a source is the story's.
	for _, line := range []string{"Sources:", "Fonte: TSE. Infografia: Gazeta do Povo.", "The source: a leaked memo that the minister signed in May and never published.",
		"Sources close to the minister said the memo was genuine."} {
		if sourceLine(line) {
			t.Errorf("sourceLine(%q) = true", line)
		}
	}
}

// englishStory is an English story of three paragraphs, a story's worth of words.
var englishStory = []string{
	"Two players were recalled to the starting line-up for this afternoon's game at the riverside ground, the club said on Tuesday.",
	"The defender, who has not started a match since the win in December, replaces the captain, who drops out of the squad altogether.",
	"The striker gets the nod ahead of the winger to partner the club's top scorer in attack, the manager told reporters before kick-off.",
}

func TestCommentTargetEndsTheStory(t *testing.T) {
	// A template that sets the readers' comments right under the story in the same cell, no
	// class naming them, marks where they start with an empty link target for the "Comments"
	// link to jump to: the thread and what follows are not the story.
	const thread = `<p><b>Thanks for your comments</b></p><a name="comments"></a>` +
		`<div>Posted by: Dom, London on 5:19pm Tue 1 Jan 08</div><div>And how many times does this have to be said: this is a very tight league and any team can string a few wins together.</div>` +
		`<div>Posted by: Kate, Leeds on 6:02pm Tue 1 Jan 08</div><div>Come on boys! Sort the home form out and we are laughing all the way to the end of the season.</div>`
	r, err := Extract("https://www.example.co.uk/sport/1.html", storyPage("en", "Two players recalled", "", englishStory, thread))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "partner the club's top scorer") {
		t.Errorf("body = %q, want the story", r.Body)
	}
	for _, c := range []string{"Posted by", "tight league", "home form"} {
		if strings.Contains(r.Body, c) {
			t.Errorf("body keeps the thread's %q: %q", c, r.Body)
		}
	}
}

func TestCommentTargetAboveTheStoryLeavesIt(t *testing.T) {
	// A target in the story's header, above its first paragraph (a tab bar's "all comments"),
	// says nothing of where the story ends: the story stays whole.
	const above = `<div class="header"><a name="allcomments"></a><span>News | 20:13 15.01.2012</span></div>`
	r, err := Extract("https://www.example.co.uk/sport/2.html", storyPage("en", "Two players recalled", above, englishStory, ""))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range englishStory {
		if !strings.Contains(r.Body, p[:50]) {
			t.Errorf("body lost %q: %q", p[:50], r.Body)
		}
	}
}

func TestCommentTargetUnderTheLedeLeavesTheStory(t *testing.T) {
	// A target between a short lede and a long story is a share bar's, not the thread's: the
	// story under it stays.
	lede := []string{englishStory[0] + " " + englishStory[1]}
	const bar = `<div><a name="comments"></a><a href="#comments">Comments (3)</a></div>`
	rest := []string{
		englishStory[2] + " The manager added that the squad had trained well all week despite the cold weather and the heavy pitch.",
		"The club's doctor said the winger's knee had recovered from the knock he took in the cup tie, but that he would not risk him from the start.",
		"Supporters travelling to the game were warned of delays on the motorway, where roadworks have closed a lane in each direction until the spring.",
		"The club has won four of its last six matches at home and sits two points outside the play-off places with half of the season still to play.",
		"A win this afternoon would lift the side above both of its local rivals for the first time since the opening weeks of the season in August.",
		"The captain, who drops out of the squad, is expected to return for the league fixture next weekend, when the club travels to the coast.",
		"Tickets for that match went on sale on Monday morning, and the away allocation of two thousand seats sold out within a few hours, the club said.",
	}
	r, err := Extract("https://www.example.co.uk/sport/3.html", storyPage("en", "Two players recalled", "", lede, bar+"<p>"+strings.Join(rest, "</p><p>")+"</p>"))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rest {
		if !strings.Contains(r.Body, p[:60]) {
			t.Errorf("body lost %q under the target: %q", p[:60], r.Body)
		}
	}
}
