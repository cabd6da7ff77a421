package extract

import (
	"strings"
	"testing"
)

// A site's stated name joined to the headline by a mark the separator list does not hold — a
// bullet, a single guillemet, a triangle, the figure dash or the horizontal bar, a spaced
// slash, an unspaced bar, the ideograph stroke "丨" Chinese sites use as a bar — is cut as after
// " | ", in any script and at either end. A mark whose other side is not the site's name stays
// part of the headline.
func TestTitleMarksCutStatedSiteName(t *testing.T) {
	stories := []struct{ head, site string }{
		{"Council votes to rebuild the old ferry pier before summer", "Harbour Daily"},
		{"Совет проголосовал за восстановление старого причала", "Гавань Сегодня"},
		{"市议会投票决定在夏季前重建旧渡轮码头", "港口日报"},
		{"시의회, 여름 전 옛 여객선 부두 재건 결정", "항구일보"},
	}
	var cases []titlePage
	for _, s := range stories {
		for _, mark := range []string{" • ", " › ", " ― ", " ‒ ", " ▶ ", " / ", "|", "丨"} {
			for _, title := range []string{s.head + mark + s.site, s.site + mark + s.head} {
				cases = append(cases, titlePage{"stated site " + title,
					`<title>` + title + `</title><meta property="og:site_name" content="` + s.site + `">`,
					`<article>` + aboveStoryBody + `</article>`, s.head})
			}
		}
	}
	// The bar "丨" also splits a title whose site no source names when the printed <h1> is
	// its other part.
	cases = append(cases, titlePage{"ideograph bar beside the printed headline",
		`<title>市议会投票决定在夏季前重建旧渡轮码头丨港口日报</title>`,
		`<h1>市议会投票决定在夏季前重建旧渡轮码头</h1><article>` + aboveStoryBody + `</article>`, "市议会投票决定在夏季前重建旧渡轮码头"})
	// Read at an unspaced "|", a spaced bar's spaces are no part of the name before it: a name
	// of three letters stays too short a headline to cut the site from, as after " | ".
	cases = append(cases, titlePage{"short name before a spaced bar",
		`<title>海姑娘 | Harbour Daily</title><meta property="og:site_name" content="Harbour Daily">`,
		`<article>` + aboveStoryBody + `</article>`, "海姑娘 | Harbour Daily"})
	cases = append(cases, titlePage{"mark inside the headline",
		`<title>Rain / snow mix expected across the harbour tonight</title><meta property="og:site_name" content="Harbour Daily">`,
		`<article>` + aboveStoryBody + `</article>`, "Rain / snow mix expected across the harbour tonight"})
	checkTitles(t, cases)
	// Where only the host spells the site, a spaced slash and an unspaced bar cut it too.
	checkTitlesAt(t, "https://www.harbourdaily.com/story", []titlePage{
		{"host-spelled site after a slash", `<title>` + stories[0].head + ` / Harbour Daily</title>`, `<article>` + aboveStoryBody + `</article>`, stories[0].head},
		{"host-spelled site after an unspaced bar", `<title>` + stories[0].head + `|Harbour Daily</title>`, `<article>` + aboveStoryBody + `</article>`, stories[0].head},
	})
}

// A page that sets each box's title in an <h1> ("Most read", "Weather", "Newsletter") or lists
// other stories under linked <h1>s prints the story's <h1> after several others; the <title>
// repeating it is the headline readers see, against an og:title and twitter:title that agree
// on a shorter wording for sharing — as on a page whose story <h1> comes first.
func TestRepeatedHeadlineAfterManyH1s(t *testing.T) {
	const story = "Council votes to rebuild the old ferry pier before summer"
	head := `<title>` + story + ` | Harbour Daily</title>` +
		`<meta property="og:title" content="Old ferry pier to be rebuilt"><meta name="twitter:title" content="Old ferry pier to be rebuilt">`
	storyBlock := `<article class="story"><h1>` + story + `</h1>` + aboveStoryBody + `</article>`
	checkTitles(t, []titlePage{
		{"story h1 first", head, storyBlock, story},
		{"boxes' h1s first", head,
			`<div class="widget"><h1>Most read</h1><ul><li><a href="/c">Fishing fleet returns early</a></li></ul></div>` +
				`<div class="widget"><h1>Weather</h1><p>Sunny, 21°</p></div><div class="widget"><h1>Newsletter</h1><p>Sign up</p></div>` + storyBlock,
			story},
		{"teasers' h1s first", head,
			`<aside>` + strings.Repeat(`<div class="item"><h1><a href="/other">Storm closes the coast road for a third day</a></h1></div>`+
				`<div class="item"><h1><a href="/b">Mayor opens the new library wing</a></h1></div>`, 5) + `</aside>` + storyBlock,
			story},
	})
}

// An <h1> that opens with a kicker in an element of its own is the headline without it when a
// title source repeats only what follows the kicker: the <title>'s headline part, whether or
// not the page names its site, against an og:title and twitter:title that agree on a wording
// for sharing. A source that repeats the kicker as well keeps it.
func TestKickedH1RepeatedWithoutKicker(t *testing.T) {
	const story = "Council votes to rebuild the old ferry pier before summer"
	h1 := `<article><h1><span class="kicker">Harbour works</span> ` + story + `</h1>` + aboveStoryBody + `</article>`
	checkTitles(t, []titlePage{
		{"title only", `<title>` + story + ` | Harbour Daily</title>`, h1, story},
		{"title against a shared wording", `<title>` + story + ` | Harbour Daily</title>` +
			`<meta property="og:title" content="Old ferry pier to be rebuilt"><meta name="twitter:title" content="Old ferry pier to be rebuilt">`, h1, story},
		{"title keeps the kicker", `<title>Harbour works: ` + story + ` | Harbour Daily</title>`, h1, "Harbour works: " + story},
	})
}
