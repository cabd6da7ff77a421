package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// youAreHereLabels open a page's "you are here" line, the breadcrumb a template prints over the
// story ("位置：首页 > 新闻动态", "You are here: Home » News"). Lower case; each is taken only
// before a colon (youAreHereLine), as "位置" or "sei qui" may open a sentence too.
var youAreHereLabels = []string{
	"当前位置", "您的位置", "您现在的位置", "你的位置", "你现在的位置", "您当前的位置", "所在位置", "现在位置", "目前位置", "位置",
	"當前位置", "您現在的位置", "您目前的位置", "現在位置", "目前所在位置",
	"現在地", "現在の位置", "현재 위치", "현재위치",
	"you are here", "you are in", "sie sind hier", "sie befinden sich hier", "vous êtes ici", "vous etes ici",
	"usted está aquí", "está aquí", "estás aquí", "sei qui", "ti trovi in", "você está aqui", "u bent hier", "jesteś tutaj",
	"du är här", "du er her", "olet tässä",
}

// crumbHomes are the home page's names a breadcrumb starts with ("首页 > 新闻动态", "Home › News").
var crumbHomes = []string{"首页", "首頁", "主页", "主頁", "网站首页", "網站首頁", "ホーム", "トップ", "홈", "home", "startseite", "accueil", "inicio", "portada", "início", "homepage"}

// crumbMarks separate a breadcrumb's items; a hyphen or a bar counts only spaced (crumbAfterHome).
const crumbMarks = ">›»→＞〉/"

// youAreHereLine reports a breadcrumb line: one a "you are here" label and a colon open
// ("位置：首页 > 新闻动态", "Sie sind hier: Startseite"), or one the home page's name opens
// before a crumb's separator ("首页 > 新闻动态", "Home » News"). Such a line names where the
// story is filed, never the story: it is no headline, however many of the opening's words its
// section's name repeats. A literal scan: the labels are a short fixed list, no grammar.
func youAreHereLine(s string) bool {
	t := strings.ToLower(strings.TrimLeftFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsSymbol(r) }))
	for _, l := range youAreHereLabels {
		if rest, ok := strings.CutPrefix(t, l); ok {
			rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：") {
				return true
			}
		}
	}
	for _, h := range crumbHomes {
		if rest, ok := strings.CutPrefix(t, h); ok && crumbAfterHome(rest) {
			return true
		}
	}
	return false
}

// crumbAfterHome reports the rest of a line after the home page's name going on to a later
// crumb: a separator mark, spaced or not, or a spaced hyphen or bar ("首页 - 新闻", "Home | News").
// A word running on from the name ("Homeless", "Home-grown") is no crumb.
func crumbAfterHome(rest string) bool {
	t := strings.TrimLeftFunc(rest, unicode.IsSpace)
	r, size := utf8.DecodeRuneInString(t)
	if size == 0 {
		return false
	}
	after := strings.TrimSpace(t[size:])
	if after == "" {
		return false
	}
	if strings.ContainsRune(crumbMarks, r) {
		return true
	}
	spaced := len(t) < len(rest) && (t[size:] == "" || strings.HasPrefix(t[size:], " "))
	return spaced && strings.ContainsRune("-–—|｜", r)
}

// titlePartOpeningStory is titlePartAboveStory asked of the line the story's first paragraph
// was found at: a reading that kept the headline and the source line under it as one
// paragraph ("【Story】… 来源：本站原创 作者：…") opens with the headline's own line, and the
// lines above it are the breadcrumb and the section's name. The line must be a part of the
// title (a <title> of "Story Site" the page prints as "Story"), shorter than the title, with
// the story going on after it. "" otherwise.
func titlePartOpeningStory(lines []pageLine, at int, reading, title string) string {
	if at < 0 || at+1 >= len(lines) || lines[at].linked {
		return ""
	}
	return titlePartAboveStory(lines[:at+2], at+1, reading, title)
}
