package extract

import (
	"strings"
	"testing"
)

// harbourStory is an English story of three paragraphs.
var harbourStory = []string{
	"The harbour board voted on Tuesday to close the old ferry pier for repairs, after engineers found that two of its wooden piles had rotted through.",
	"Ferries will dock at the container quay until the spring, and the board said passengers should allow ten more minutes for the walk to the bus station.",
	"Repairs are expected to cost about four million dollars and will be paid for from the board's maintenance fund, the chairman told reporters.",
}

func TestFollowPromptUnderTheStoryGoes(t *testing.T) {
	// A call to follow the outlet or the writer on a social network, the story's last line:
	// the page speaking, not the story.
	for _, prompt := range []string{
		"Follow us on Twitter and Facebook",
		"Follow me: twitter.com/harbourwriter",
		"Follow Jane Roe on Twitter @janeroe",
		"Like us on Facebook!",
		"For Harbour Times updates, follow us on Twitter",
		"Click here to follow the Harbour Times on Twitter",
		"Want more? Follow us on",
		"Присоединяйтесь к нам на Facebook, Twitter, в Контакте.",
		"Polub Harbour Times na Facebooku",
	} {
		r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", storyPage("en", "Old ferry pier to close for repairs", "", harbourStory, "<p>"+prompt+"</p>"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "maintenance fund") {
			t.Errorf("%q: body = %q, want the story", prompt, r.Body)
		}
		if strings.Contains(r.Body, prompt[len(prompt)-8:]) {
			t.Errorf("body keeps the prompt %q: %q", prompt, r.Body)
		}
	}
}

func TestFollowingInTheStoryStays(t *testing.T) {
	// A story's closing sentence about following someone, a bio that ends with the call, or a
	// quote that opens with the verb and names no network is text.
	for _, last := range []string{
		"Jane Roe is a reporter for the Harbour Times who covers shipping. Follow her on Twitter @janeroe.",
		"\"Follow us if you want to live,\" the captain told the passengers.",
		"Now the pier's old skipper and I follow each other on Twitter.",
		"(For updates you can share with your friends, follow the Harbour Times on Facebook, Twitter and Google+)",
	} {
		paras := append(append([]string{}, harbourStory...), last)
		r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", storyPage("en", "Old ferry pier to close for repairs", "", paras, ""))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, last[len(last)-12:]) {
			t.Errorf("body dropped %q: %q", last, r.Body)
		}
	}
}

func TestRelatedLabelUnderTheStoryGoes(t *testing.T) {
	// The label of a box of related links, left at the foot of the story when the links are not
	// read, is no line of the story.
	for _, label := range []string{"Related stories", "Related News Stories", "Related to this story:",
		"RELATED INTERNET LINKS: The BBC is not responsible for the content of external internet sites",
		"Lesen Sie mehr zu diesen Themen:", "Mehr zum Thema Hafen", "Czytaj również", "Читайте также", "Voir aussi"} {
		r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", storyPage("en", "Old ferry pier to close for repairs", "", harbourStory, "<p>"+label+"</p>"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "maintenance fund") || strings.Contains(r.Body, label) {
			t.Errorf("%q: body = %q", label, r.Body)
		}
	}
	// A closing sentence that opens with the word is the story's.
	last := "Related repairs at the container quay will follow next year, the chairman said."
	paras := append(append([]string{}, harbourStory...), last)
	r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", storyPage("en", "Old ferry pier to close for repairs", "", paras, ""))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "next year, the chairman said") {
		t.Errorf("body dropped the story's last sentence: %q", r.Body)
	}
}

func TestClickHereLinesLeaveTheStory(t *testing.T) {
	// An instruction to click a link, set between the story's paragraphs, is the page's.
	for _, line := range []string{"Click here for football text alerts!", "Click here to sign up for breaking news alerts", "Click here for the slide show."} {
		paras := []string{harbourStory[0], line, harbourStory[1], harbourStory[2]}
		r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", storyPage("en", "Old ferry pier to close for repairs", "", paras, ""))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "maintenance fund") || strings.Contains(r.Body, line) {
			t.Errorf("%q: body = %q", line, r.Body)
		}
	}
	// A sentence that goes on after the instruction, or that reports one, is text.
	for _, line := range []string{"Click here to donate, the charity's site says. It raised two million dollars last year.",
		"Visitors who click here for the timetable find the old one."} {
		if clickHereLine(line, len([]rune(line))) {
			t.Errorf("clickHereLine(%q) = true", line)
		}
	}
}

func TestFollowLabelAmongTheParagraphsGoes(t *testing.T) {
	// A follow widget's bare label, its icons unread, set between the story's paragraphs.
	for _, label := range []string{"Follow us!", "Follow us on:", "Like us"} {
		paras := []string{harbourStory[0], harbourStory[1], label, harbourStory[2]}
		r, err := Extract("https://www.example.com/news/2024/05/07/ferry-pier.html", storyPage("en", "Old ferry pier to close for repairs", "", paras, ""))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "maintenance fund") || strings.Contains(r.Body, label) {
			t.Errorf("%q: body = %q", label, r.Body)
		}
	}
	// A line that goes on is no label.
	if line := "Follow us to the harbour, the guide said."; followLabel(line, len(line)) {
		t.Errorf("followLabel(%q) = true", line)
	}
}
