package extract

import "testing"

// A printed <h1> that extends the title the metadata agree on (a kicker joined by a colon or a
// question, an opening word, an inserted clause) is the headline; a kicker printed apart, a
// count run into the heading and a reworded <h1> are not.
func TestExtendedHeadlineOverAgreedTitle(t *testing.T) {
	checkTitles(t, []titlePage{
		{"opening word", `<title>Rod Rosenstein fired, resigning, or staying? The drama, explained. - Example</title>
			<meta property="og:site_name" content="Example"><meta property="og:title" content="The Rod Rosenstein resignation drama, explained">
			<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rod Rosenstein fired, resigning, or staying? The drama, explained."}</script>`,
			`<h1>Is Rod Rosenstein fired, resigning, or staying? The drama, explained.</h1>` + articleBody,
			"Is Rod Rosenstein fired, resigning, or staying? The drama, explained."},
		{"inserted clause", `<title>Steelers vs. Buccaneers: Steelers break through, hold on to win 30-27 - Example</title>
			<meta property="og:site_name" content="Example">
			<script type="application/ld+json">{"@type":"NewsArticle","headline":"Steelers vs. Buccaneers: Steelers break through, hold on to win 30-27"}</script>`,
			`<h1>Steelers vs. Buccaneers Final Score: Steelers break through in prime time, hold on to win 30-27</h1>` + articleBody,
			"Steelers vs. Buccaneers Final Score: Steelers break through in prime time, hold on to win 30-27"},
		{"kicker printed apart", `<title>Rückschlag im Titelkampf - Liverpool verliert bei Everton</title>
			<meta property="og:title" content="Rückschlag im Titelkampf - Liverpool verliert bei Everton">`,
			`<h1><span>Premier League</span> Rückschlag im Titelkampf - Liverpool verliert bei Everton</h1>` + articleBody,
			"Rückschlag im Titelkampf - Liverpool verliert bei Everton"},
		{"count run into the heading", `<title>The council votes on the new budget for the harbour</title>
			<meta property="og:title" content="The council votes on the new budget for the harbour">`,
			`<h1>The council votes on the new budget for the harbour<span>Comments: 12</span></h1>` + articleBody,
			"The council votes on the new budget for the harbour"},
	})
}

// JSON-LD's headline may keep the printed headline's inline markup; without it, it repeats the
// <h1> whole and wins over the sharing wording og:title and twitter:title agree on.
func TestMarkedUpLDHeadlineRepeatsH1(t *testing.T) {
	checkTitles(t, []titlePage{
		{"em in headline", `<title>Dancing with the Stars: Athletes Season 26 Cast Revealed | Example</title>
			<meta property="og:site_name" content="Example">
			<meta property="og:title" content="Dancing with the Stars: Athletes Cast Revealed — Find Out Who's Competing!">
			<meta name="twitter:title" content="Dancing with the Stars: Athletes Cast Revealed — Find Out Who's Competing!">
			<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tonya Harding and Adam Rippon Join <em>Dancing with the Stars: Athletes</em>"}</script>`,
			`<h1>Tonya Harding and Adam Rippon Join <em>Dancing with the Stars: Athletes</em></h1>` + articleBody,
			"Tonya Harding and Adam Rippon Join Dancing with the Stars: Athletes"},
	})
}

// An <h1> in the share box under the story repeats a shorter wording for the sharing buttons;
// the headline is the <h2> that a namespaced headline meta states.
func TestShareBoxH1LeavesStatedHeadline(t *testing.T) {
	checkTitles(t, []titlePage{
		{"share box", `<title>Jose expected to become major hurricane by Friday | Example Online</title>
			<meta property="og:site_name" content="Example Online">
			<meta property="og:title" content="Jose strengthens to Category 2 hurricane">
			<meta name="headline" content="Jose expected to become major hurricane by Friday">
			<meta property="xyz:headline" content="Jose strengthens to Category 2 hurricane as storm watches are issued for Antigua">`,
			`<div class="article-text"><h2>Jose strengthens to Category 2 hurricane as storm watches are issued for Antigua</h2>` + articleBody +
				`</div><div class="shareArticles"><h3>Share or comment on this article:</h3><h1>Jose expected to become major hurricane by Friday</h1></div>`,
			"Jose strengthens to Category 2 hurricane as storm watches are issued for Antigua"},
	})
}

// A "title" meta that repeats the printed <h1> whole confirms it against a <title> worded for
// search; one that repeats the <title> counts for nothing.
func TestTitleMetaRepeatingH1(t *testing.T) {
	checkTitles(t, []titlePage{
		{"meta repeats the h1", `<title>Bobby Bones (Dancing with the Stars): Jive on Premiere Night [WATCH] - GoldSite</title>
			<meta name="title" content="Bobby Bones ('Dancing with the Stars') got a little carried away during this jive [WATCH]">`,
			`<h1>Bobby Bones (‘Dancing with the Stars’) got a little carried away during this jive [WATCH]</h1>` + articleBody,
			"Bobby Bones (‘Dancing with the Stars’) got a little carried away during this jive [WATCH]"},
		{"h1 a topic the title opens with", `<title>订票电话加价遭质疑 订票电话加价只为人民币服务,股城网</title><meta name="Title" content="订票电话加价">`,
			`<h1>订票电话加价</h1><h2>订票电话加价遭质疑 订票电话加价只为人民币服务</h2>` + articleBody,
			"订票电话加价遭质疑 订票电话加价只为人民币服务"},
	})
}
