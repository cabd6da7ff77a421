package extract

import (
	"iter"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/textsim"
)

// dateWords in a class or id mark an element that shows the story's date.
// "hora" is the Portuguese and Spanish hour ("datahoraNoticia", "data-hora"), "tanggal" the
// Indonesian date.
var dateWords = []string{"date", "datum", "fecha", "zeit", "time", "hora", "tanggal", "publish", "posted", "dateline", "timestamp", "byline", "article-info", "article_info",
	"articleinfo", "news-info", "news_info", "view-info", "view_info", "info-text", "info_text", "writer", "meta-info",
	"article-meta", "entry-meta", "post-meta", "story-meta", "news-meta"}

// dateWordSet is dateWords for the class test asked of nearly every element.
var dateWordSet = textsim.NewAnyOf(dateWords)

func dateClass(cls string) bool {
	if isBlank(cls) {
		return false
	}
	return dateWordSet.In(cls)
}

// metaBarWords name a byline or date beside a comment word in one class token.
var metaBarWords = []string{"firma", "autor", "author", "byline", "fecha", "datum", "date"}

// commentWords name a thread of readers' comments in a class or id (see otherStoryWords).
var commentWords = []string{"comment", "lesermeinung", "leserkommentar", "komentarz", "reacties"}

// commentWordSet is commentWords for the class test asked of every ancestor.
var commentWordSet = textsim.NewAnyOf(commentWords)

// inComments reports an element inside a comment thread, whose authors are readers.
func inComments(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type != html.ElementNode {
			continue
		}
		// As in aboutOtherStory: the words are looked for in class and id before they are joined.
		class, id := attr(a, "class"), attr(a, "id")
		if !commentWordSet.InLowered(class) && !commentWordSet.InLowered(id) {
			continue
		}
		if cls := strings.ToLower(class + " " + id); slices.ContainsFunc(strings.Fields(cls), func(tok string) bool { return textsim.ContainsAny(tok, commentWords) && !storyMetaBar(tok) }) {
			return true
		}
	}
	return false
}

// otherStoryWords in a class or id mark blocks that date something other than the story:
// teasers of other stories, related lists, sidebars, reader comments.
// "reply" is what Korean and Japanese boards call their comment lists ("replylist"); the
// others name readers' comments in German ("lesermeinung", "leserkommentare"), Polish
// ("komentarze") and Dutch ("reacties"); Spanish "comentarios" also names story bars and
// boxes that hold the byline (cubadebate), and is left. German "kommentar" alone is an
// opinion piece's label, not a thread's. A blog's list of its latest posts ("recent_posts",
// "widget_recent_entries") is one too, which a theme puts in its footer as often as in its
// sidebar; "recent" alone is not ("recenttimedate" is Yahoo's story stamp).
var otherStoryWords = []string{"teaser", "related", "sidebar", "comment", "reply", "lesermeinung", "leserkommentar", "komentarz", "reacties",
	"recent_post", "recent-post", "recentpost", "recent_entries", "recent-entries"}

// otherStoryWordSet is otherStoryWords for the class test asked of every ancestor.
var otherStoryWordSet = textsim.NewAnyOf(otherStoryWords)

// aboutOtherStory reports an element that is, or sits inside, such a block; its dates are not
// the story's. <body> and <html> are not asked: their classes describe the layout
// ("no-sidebars", "comments-open").
func aboutOtherStory(n *html.Node) bool { return aboutOtherStoryBy(n, holdsHeadline) }

// aboutOtherStoryBy is aboutOtherStory with holds answering holdsHeadline.
func aboutOtherStoryBy(n *html.Node, holds func(*html.Node) bool) bool {
	for a := range otherStoryNamed(n) {
		if cls := strings.ToLower(attr(a, "class") + " " + attr(a, "id")); otherStoryBlock(cls) && !storyLayoutWrapperBy(a, cls, holds) && !sidebarWrapper(a, n, cls) {
			return true
		}
	}
	return false
}

// otherStoryNamed yields n and its ancestors, <body> and <html> left out, whose class or id holds
// one of otherStoryWords: the blocks aboutOtherStory and aboutOtherStoryBesideHeadline read
// further.
func otherStoryNamed(n *html.Node) iter.Seq[*html.Node] {
	return func(yield func(*html.Node) bool) {
		for a := n; a != nil; a = a.Parent {
			if a.Type != html.ElementNode || a.DataAtom == atom.Body || a.DataAtom == atom.Html {
				continue
			}
			// No word holds a space, and lowering class and id apart lowers the same runes, so
			// the words are looked for in each before the two are joined: most ancestors hold none.
			class, id := attr(a, "class"), attr(a, "id")
			if (otherStoryWordSet.InLowered(class) || otherStoryWordSet.InLowered(id)) && !yield(a) {
				return
			}
		}
	}
}

// storyLayoutWrapper reports a wrapper named for the page layout of story column plus sidebar
// ("content-sidebar-wrap") that holds a headline: it wraps the story and its sidebar, so what
// sits in it is not the sidebar's. The bare layout name ("content-sidebar") is left a sidebar:
// themes give it to the sidebar column itself, whose widgets may title themselves in <h1>; the
// sidebar-first order ("sidebar-content") names a sidebar's inner box.
func storyLayoutWrapper(n *html.Node, cls string) bool {
	return storyLayoutWrapperBy(n, cls, holdsHeadline)
}

// storyLayoutWrapperBy is storyLayoutWrapper with holds answering holdsHeadline.
func storyLayoutWrapperBy(n *html.Node, cls string, holds func(*html.Node) bool) bool {
	for _, tok := range strings.Fields(cls) {
		// "sidebar-right", "left-sidebar": where the page layout puts its sidebar, a class of
		// the wrapper of story and sidebar when it holds the headline ("page-layout has-sidebar
		// sidebar-right" around the <article>).
		switch tok {
		case "sidebar-right", "sidebar-left", "right-sidebar", "left-sidebar", "sidebar_right", "sidebar_left", "right_sidebar", "left_sidebar":
			if holds(n) {
				return true
			}
		}
		// "cards-primary-suspender-sidebar-page": a page template named for its layout with a
		// sidebar, wrapping the story and its headline; so is a block whose modifier says it
		// has one ("content content--with-sidebar" around the headline and the byline).
		// "cs-sidebar-enabled": a theme's state of the same wrapper, under the theme's prefix
		// (Codesupply's WordPress themes: "cs-site-content cs-sidebar-enabled cs-sidebar-right").
		for _, end := range []string{"sidebar-page", "sidebar_page", "sidebar-layout", "sidebar_layout", "with-sidebar", "with_sidebar",
			"sidebar-enabled", "sidebar_enabled"} {
			if strings.HasSuffix(tok, end) && holds(n) {
				return true
			}
		}
		rest, ok := strings.CutPrefix(tok, "content")
		if !ok {
			continue
		}
		rest, ok = strings.CutPrefix(strings.TrimLeft(rest, "-_"), "sidebar")
		if !ok {
			continue
		}
		switch strings.TrimLeft(rest, "-_") {
		case "wrap", "wrapper":
			return holds(n)
		}
	}
	return false
}

// sidebarWrapper reports a block whose class names it a sidebar ("mainwrap single sidebar":
// the layout "with sidebar") but which holds the sidebar itself, a child or grandchild classed
// or named "sidebar" exactly, outside which n stands: the wrapper of story column and sidebar,
// not the sidebar. A sidebar's own parts are named for it ("sidebar-inner", "sidebar-widget"),
// not "sidebar" again. Only two levels down and the first layoutNodes nodes there are looked
// at: a layout wrapper has a few columns, and this is asked for every <time> and titled element,
// so a search of a long wrapper's subtree each time would be quadratic.
func sidebarWrapper(a, n *html.Node, cls string) bool {
	if !slices.Contains(strings.Fields(cls), "sidebar") {
		return false
	}
	named := func(c *html.Node) bool {
		return c.Type == html.ElementNode && slices.Contains(strings.Fields(strings.ToLower(attr(c, "class")+" "+attr(c, "id"))), "sidebar")
	}
	budget := layoutNodes
	for c := a.FirstChild; c != nil && budget > 0; c = c.NextSibling {
		if named(c) {
			return !within(n, c)
		}
		for g := c.FirstChild; g != nil && budget > 0; g = g.NextSibling {
			if named(g) {
				return !within(n, g)
			}
			budget--
		}
		budget--
	}
	return false
}

// layoutNodes bounds the nodes sidebarWrapper looks at below a wrapper.
const layoutNodes = 64

// holdsHeadline reports an <h1> inside n.
func holdsHeadline(n *html.Node) bool {
	return findElement(n, func(c *html.Node) bool { return c != n && c.DataAtom == atom.H1 }) != nil
}

// aboutOtherStory is aboutOtherStory(n) during the scan, which changes no element: a sidebar
// layout's wrapper ("sidebar-right") is asked whether it holds an <h1> once, not searched whole
// again for each date, byline and link inside it (quadratic in a long sidebar's items).
func (p *page) aboutOtherStory(n *html.Node) bool { return aboutOtherStoryBy(n, p.holdsHeadline) }

// holdsHeadline is holdsHeadline(n) in the scan's tree: the first time it is asked, every
// ancestor of every <h1> that findElement reaches from the tree's root (none inside a script,
// style, noscript, template or the head, where it reaches none either) is marked; n holds an
// <h1> when it is marked. A tree other than the one marked is marked afresh.
func (p *page) holdsHeadline(n *html.Node) bool {
	root := n
	for root.Parent != nil {
		root = root.Parent
	}
	if p.h1Holders == nil || p.h1Root != root {
		p.h1Root, p.h1Holders = root, map[*html.Node]bool{}
		findElement(root, func(c *html.Node) bool {
			if c.DataAtom == atom.H1 {
				for a := c.Parent; a != nil && !p.h1Holders[a]; a = a.Parent {
					p.h1Holders[a] = true
				}
			}
			return false // every <h1> of the tree
		})
	}
	return p.h1Holders[n]
}

// layoutStates open class names that describe a container's layout, not what it holds:
// "withSidebar", "has-sidebar", "no-comments" wrap the story itself. So do a platform's feature
// switches, set as classes on the story's wrapper ("showCommentsIconInShareSec",
// "enableComments", "hideRelated"): they say what the page turns on or off around the story.
var layoutStates = []string{"with", "has", "no", "without", "show", "enable", "disable", "hide"}

// otherStoryBlock reports a class list with a token that names a teaser, related, sidebar or
// comment block, a token naming a layout state aside.
func otherStoryBlock(cls string) bool {
	for _, tok := range strings.Fields(cls) {
		if !textsim.ContainsAny(tok, otherStoryWords) || storyMetaBar(tok) || writerBioTeaser(tok) {
			continue
		}
		state := false
		for _, p := range layoutStates {
			if rest, ok := strings.CutPrefix(tok, p); ok {
				rest = strings.TrimLeft(rest, "-_")
				for _, w := range otherStoryWords {
					state = state || strings.HasPrefix(rest, w)
				}
			}
		}
		if !state {
			return true
		}
	}
	return false
}

// writerBioTeaser reports a class token that names the writer's bio box with the teaser word
// ("bioTeaser", "bio-teaser": the writer's photo, name and post above or below the story): the
// box is the story's byline, not the teaser of another story. The token must open with "bio";
// "teaser-bio" is the bio line of another story's teaser card.
func writerBioTeaser(tok string) bool {
	rest, ok := strings.CutPrefix(tok, "bio")
	rest = strings.TrimLeft(rest, "-_")
	return ok && strings.HasPrefix(rest, "teaser")
}

// storyMetaBar reports a class token naming the story's comment count together with its date
// or author ("comments_datetime", "comments-date"): the line under the headline that holds the
// byline, the date and a link to the comments, not a reader's comment (whose parts are singular,
// "comment-date", "comment-author").
func storyMetaBar(tok string) bool {
	if !strings.Contains(tok, "comment") {
		// The other languages' words: a token that also names the byline or the date
		// ("autor_reacties", a signature bar with the comment count) is the bar.
		return textsim.ContainsAny(tok, commentWords) && textsim.ContainsAny(tok, metaBarWords)
	}
	rest, ok := strings.CutPrefix(tok, "comments")
	if !ok || rest == "" || rest[0] != '-' && rest[0] != '_' {
		return false
	}
	rest = rest[1:]
	return strings.HasPrefix(rest, "date") || strings.HasPrefix(rest, "time") || strings.HasPrefix(rest, "author") || strings.HasPrefix(rest, "byline")
}
