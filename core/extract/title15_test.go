package extract

import (
	"strings"
	"testing"
)

// A title that is the site's own tagline ("Harbour Post - Island ferry, harbour and council
// news") names words every story of the site names, so the story's opening naming some of them
// does not make it the headline: the line printed right over the story, a date line or a
// byline apart, that names what the story names and nothing the title names is the headline.
// A title the page prints as a line of its own stays, and so does one sharing a word with
// that line (the story's own title, worded for search) or one over a line that is a sentence.
func TestHeadlineOverSiteTitle(t *testing.T) {
	nav := `<div class=nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>`
	site := `<title>Harbour Post - Island news, weather and sport</title>`
	checkTitles(t, []titlePage{
		{"headline over a date line and a byline", site,
			nav + `<div><b>Old pier to return by summer</b></div><div>Tuesday, March 4, 2008</div><div>Jane Roe</div><div>` + aboveStoryBody + `</div>`,
			"Old pier to return by summer"},
		{"headline right over the story", site,
			nav + `<div><b>Old pier to return by summer</b></div><div>` + aboveStoryBody + `</div>`,
			"Old pier to return by summer"},
		{"a title the page prints stays", `<title>Council backs harbour ferry plan</title>`,
			nav + `<div class=top>Council backs harbour ferry plan</div><div><b>Old pier to return by summer</b></div><div>` + aboveStoryBody + `</div>`,
			"Council backs harbour ferry plan"},
		{"a line sharing the title's words", `<title>Harbour ferry pier vote - Island news</title>`,
			nav + `<div><b>Old pier to return by summer</b></div><div>Tuesday, March 4, 2008</div><div>` + aboveStoryBody + `</div>`,
			"Harbour ferry pier vote - Island news"},
		{"a headline title the opening names", `<title>Harbour council votes to rebuild ferry pier</title>`,
			nav + `<div><b>Old work to return by summer</b></div><div>` + aboveStoryBody + `</div>`,
			"Harbour council votes to rebuild ferry pier"},
		{"a byline over the story", site,
			nav + `<div><b>Posted by Jane Roe on the pier desk</b></div><div>` + aboveStoryBody + `</div>`,
			"Harbour Post - Island news, weather and sport"},
		{"a sentence over the story", site,
			nav + `<div><b>The old pier will return by summer.</b></div><div>Tuesday, March 4, 2008</div><div>` + aboveStoryBody + `</div>`,
			"Harbour Post - Island news, weather and sport"},
	})
}

// zhPierStory is a Chinese story long enough to be read as one.
const zhPierStory = `<p>本市港务局周二表示，旧码头将在夏季之前重新开放，渡轮航线也将随之恢复运营，预计每天可以运送三千名乘客往返两岸。</p>
	<p>港务局负责人说，码头自去年风暴受损以来一直关闭，维修工程已经完成大半，剩余部分将在三月底之前完成。</p>
	<p>不少居民在会上表示，他们等待渡轮恢复已经很久，希望新的码头能够长期安全使用。</p>`

// A Chinese or Japanese title sets its headline apart from the section's and the site's names
// with a plain space ("Headline 本地新闻 海港网"): the part the page prints as a line of its
// own right over the story is the headline.
func TestTitlePartBeforeIdeographSpace(t *testing.T) {
	checkTitles(t, []titlePage{
		{"headline, section and site split by spaces", `<title>旧码头夏季前重新开放 本地新闻 海港网</title>`,
			`<div class=nav><a href="/">首页</a> <a href="/news">新闻</a></div><div>您现在： 海港网首页 &gt; 本地新闻</div><div><b>旧码头夏季前重新开放</b></div><div>2012-01-17 10:36 来源：海港日报</div><div>` + zhPierStory + `</div>`,
			"旧码头夏季前重新开放"},
	})
}

// A site's <title> may lead with its name and tagline and end with the headline ("Channel 9
// Eyewitness News - Providence Weather, Traffic and Sports | Story"); the page prints that part
// over the story, with a box of linked teasers floated between them or with the reading opening
// on the site's menu: the part is the headline all the same.
func TestTitlePartOverTeasers(t *testing.T) {
	var teasers string
	for _, s := range []string{"Gas prices fall a few cents", "Rams drop one place in the poll", "Judge allows demolition of warehouse",
		"Senator heads abroad for talks", "Snow expected on the weekend", "School board meets on budget", "Mayor opens new library"} {
		teasers += `<tr><td><a href="/s/` + s[:3] + `">` + s + `</a></td></tr>`
	}
	checkTitles(t, []titlePage{
		{"teasers between the headline and the story", `<title>Channel 9 Eyewitness News - Providence Weather, Traffic and Sports | Old pier to return by summer</title>`,
			`<div class=nav><a href="/">Home</a></div><font size=4><b>Old pier to return by summer</b></font><br><table align=left>` + teasers + `</table><div>` + aboveStoryBody + `</div>`,
			"Old pier to return by summer"},
		{"a part that names nothing of the story stays", `<title>Channel 9 Eyewitness News - Providence Weather, Traffic and Sports | Weekend snow warning</title>`,
			`<div class=nav><a href="/">Home</a></div><font size=4><b>Weekend snow warning</b></font><br><table align=left>` + teasers + `</table><div>` + aboveStoryBody + `</div>`,
			"Channel 9 Eyewitness News - Providence Weather, Traffic and Sports | Weekend snow warning"},
	})
}

// The story's words are counted from its first paragraph as the page prints it, not from the
// reading's opening, which may be the site's menu: the title's part over that paragraph names
// what the story names.
func TestTitlePartToldFromStoryStart(t *testing.T) {
	lines := []pageLine{{text: "Home"}, {text: "Local News"}, {text: "Sports"}, {text: "Rocket down Eagles"},
		{text: "Last updated at 7:40 AM"}, {text: "The Rocket defeated the host Screaming Eagles 4-3 in league action last night before 3,502 fans at the arena."}}
	reading := strings.Repeat("Home\n\nLocal News\n\nSports\n\nContact Us\n\nClassifieds\n\nArchive\n\nOnline Store\n\nAdvertise\n\nScores and Stats\n\n", 20) + "The Rocket defeated the host Screaming Eagles 4-3 in league action last night before 3,502 fans at the arena."
	got := titlePartAboveStory(lines, 5, reading, "Halifax, The Daily News: Sports | Rocket down Eagles")
	if got != "Rocket down Eagles" {
		t.Errorf("title part %q, want %q", got, "Rocket down Eagles")
	}
}

// A title crediting its paper in brackets after the headline, in title case and without the
// headline's apostrophes and currency signs ("Old Pier To Return By Summers End (from The
// Harbour Gazette and Island Evening Times)"), yields to the headline as the page prints it over
// the story.
func TestPrintedTitleWithoutCredit(t *testing.T) {
	checkTitles(t, []titlePage{
		{"a paper's long name credited", `<title>Old Pier To Return By Summers End (from The Harbour Gazette and Island Evening Times)</title>`,
			`<div class=nav><a href="/">Home</a></div><div class=headline>Old pier to return by summer's end</div><div>` + aboveStoryBody + `</div>`,
			"Old pier to return by summer's end"},
	})
}
