package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"paperboy/core/textsim"
)

// maxStackedLines bounds the lines stackedBylines reads after a byline block's first line.
const maxStackedLines = 12

// stackedBylines returns the names of the further writers of a byline block that stacks one
// byline a writer, each opening with the label the first one opens with and followed by that
// writer's contact line ("Por Mauricio Luna 1 de diciembre de 2017\nmluna@infobae.com\nPor
// Gisele Sousa Dias 1 de diciembre de 2017\ngsousa@infobae.com"). A line that is neither such
// a byline nor a contact line (an address, a handle, a date) ends the block: what follows is
// a job title, a biography or the site's.
func stackedBylines(first string, rest []string) []string {
	label := bylineLabel(first)
	if label == "" {
		return nil
	}
	var out []string
	for k, line := range rest {
		if k >= maxStackedLines {
			break
		}
		if line = normSpace(line); line == "" || contactLine(line) {
			continue
		}
		if bylineLabel(line) != label {
			break
		}
		names := bylineLine(line)
		if !fullNames(names) {
			break
		}
		out = append(out, names...)
	}
	return out
}

// bylineLabel returns the lowered label word a byline line opens with ("by", "von", "par",
// "por", "door", "av"), or "".
func bylineLabel(line string) string {
	w, rest, ok := strings.Cut(line, " ")
	if !ok || rest == "" {
		return ""
	}
	switch w = strings.ToLower(w); w {
	case "by", "von", "par", "por", "door", "av":
		return w
	}
	return ""
}

// contactLineRe is a line that only reaches or dates a writer: an e-mail address, a social
// handle, or a date of digits and month words.
var contactLineRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{1,30}|\d{1,2}[./ ].{0,30}\d{4})$`)
})

// contactLine reports a line contactLineRe matches.
func contactLine(line string) bool {
	return len(line) <= 80 && contactLineRe().MatchString(line)
}

// twoJoinedNames reports the words after a byline label that are two names joined by a
// conjunction ("Alexandria Sage et Lisa Girion", "Anna Weber und Jan Roe", "María López y Juan
// Pérez"): a wire story's reporters, printed as the line that opens it.
func twoJoinedNames(words []string) bool {
	if len(words) < 5 || len(words) > 9 {
		return false
	}
	for i := 2; i < len(words)-2; i++ {
		if !byConjunctions[words[i]] || words[i] == "i" || words[i] == "&" {
			continue
		}
		return capitalisedName(words[:i]) && capitalisedName(words[i+1:])
	}
	return false
}

// capitalisedName reports two to four words that read as a name, each opening with a capital
// ("Jan de Vries" has its particle inside).
func capitalisedName(words []string) bool {
	if len(words) < 2 || len(words) > 4 || !looksLikeName(words) {
		return false
	}
	for i, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (i == 0 || i == len(words)-1 || !nameParticles[w]) {
			return false
		}
	}
	return true
}

// aboutOtherStoryBesideHeadline is aboutOtherStory for a byline element, save that a block
// named for a sidebar which holds the story's own headline is the story's column: a sticky
// sidebar script's wrapper put around each column ("theiaStickySidebar" around the content
// column too), or a row whose modifier says it has a sidebar ("row large-gray-sidebar").
// What an ancestor's class says is kept per ancestor (besideHeadlineStep): the walk goes on
// past such columns, and a nest of them under a list of bylines was read again for each.
func (p *page) aboutOtherStoryBesideHeadline(n *html.Node) bool {
	for a := range otherStoryNamed(n) {
		class, id := attr(a, "class"), attr(a, "id")
		// The byline's own place matters only to sidebarWrapper, asked of classes that name
		// "sidebar" exactly.
		if step := p.besideHeadlineStep(a, class, id); step.pass || step.sidebarNamed && sidebarWrapper(a, n, step.cls) {
			continue
		}
		return true
	}
	return false
}

// besideHeadlineStep is what aboutOtherStoryBesideHeadline reads of an ancestor whatever byline
// stands under it: its lowered class and id, whether they name "sidebar" exactly, and whether
// the walk passes it (no teaser, related, sidebar or comment block; a layout wrapper; a
// sidebar-named column holding the story's headline). Kept per ancestor for the scan state
// (storyH1State).
func (p *page) besideHeadlineStep(a *html.Node, class, id string) besideStep {
	p.syncStoryH1()
	if step, ok := p.besideSteps[a]; ok {
		return step
	}
	cls := strings.ToLower(class + " " + id)
	step := besideStep{cls: cls, sidebarNamed: slices.Contains(strings.Fields(cls), "sidebar")}
	step.pass = !otherStoryBlock(cls) || storyLayoutWrapper(a, cls) || sidebarOnly(cls) && p.holdsStoryHeadline(a)
	p.besideSteps[a] = step
	return step
}

// besideStep is an ancestor's besideHeadlineStep.
type besideStep struct {
	cls                string
	sidebarNamed, pass bool
}

// sidebarOnly reports a class list whose every teaser, related, sidebar or comment word is a
// sidebar's.
func sidebarOnly(cls string) bool {
	for _, tok := range strings.Fields(cls) {
		if !textsim.ContainsAny(tok, otherStoryWords) || storyMetaBar(tok) {
			continue
		}
		if !strings.Contains(tok, "sidebar") || textsim.ContainsAny(strings.ReplaceAll(tok, "sidebar", " "), otherStoryWords) {
			return false
		}
	}
	return true
}

// holdsStoryHeadline reports one of the page's first <h1>s inside box whose text the page's
// og:title states, or its <title> opens with: the story's headline, not a widget's title.
// The boxes that hold one are every ancestor of such an <h1>, marked once for each state of
// the scan (the <h1>s seen, og:title, <title>): asked of each sidebar ancestor of each
// byline candidate, a walk up from every <h1> was cubic in a nest's depth (issue 20, fuzz29).
func (p *page) holdsStoryHeadline(box *html.Node) bool {
	p.syncStoryH1()
	return p.storyH1Boxes[box]
}

// syncStoryH1 marks the boxes holding the story's headline (holdsStoryHeadline) afresh, and
// forgets the ancestors' steps read before (besideHeadlineStep), when the scan state they were
// read in has changed: another <h1> seen, og:title or <title> read.
func (p *page) syncStoryH1() {
	key := storyH1State{len(p.h1Nodes), p.meta["og:title"], p.title}
	if p.storyH1Boxes != nil && key == p.storyH1Key {
		return
	}
	p.storyH1Key, p.storyH1Boxes, p.besideSteps = key, map[*html.Node]bool{}, map[*html.Node]besideStep{}
	og := strings.ToLower(normSpace(key.og))
	title := strings.ToLower(p.title)
	for i, h := range p.h1Nodes {
		t := strings.ToLower(p.h1s[i])
		if len(t) < 12 || t != og && !strings.HasPrefix(title, t) {
			continue
		}
		// An ancestor marked has its own ancestors marked: the walk stops there.
		for a := h; a != nil && !p.storyH1Boxes[a]; a = a.Parent {
			p.storyH1Boxes[a] = true
		}
	}
}

// storyH1State is what holdsStoryHeadline's answers depend on besides the tree: how many
// <h1>s the scan has seen, og:title and <title>.
type storyH1State struct {
	h1s       int
	og, title string
}
