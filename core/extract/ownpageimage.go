package extract

import (
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// imageLink returns the href of the link an <img> stands in: its parent <a>, or the <a> one
// element further up (<a><span><img></span></a>); "" when it stands in none. Two steps at
// most, so the walk is constant per image.
func imageLink(img *html.Node) string {
	a := img.Parent
	for range 2 {
		if a == nil || a.Type != html.ElementNode {
			return ""
		}
		if a.DataAtom == atom.A {
			return attr(a, "href")
		}
		a = a.Parent
	}
	return ""
}

// ownPageImage picks, on a page that names no image in its metadata and holds none in its
// article, the first picture that links to a page of the story's own: the enlargement or the
// picture gallery of this story, whose address is the story's file name extended
// ("…/20120517/gaa1.htm" links its photo to "gaa1_image1.htm?Mode=1", "…/googlewlan100.html" to
// "googlewlan100-magnifier_pos-1.html"). Table layouts of the 2000s print the story's photo in a
// column beside the text, so it is no article picture, and give it a width too small for a
// large picture outside the article (contentImage); the link says whose picture it is, where a
// teaser's picture links to another story and a logo to the front page. Only a link on the
// page's own host and in its own directory, the file name the page's stem, then "_" or "-",
// then more.
func ownPageImage(base *url.URL, imgs []imgTag) string {
	if base == nil {
		return ""
	}
	dir, name := path.Split(base.Path)
	stem, _, _ := strings.Cut(name, ".")
	if len(stem) < 2 || name == stem {
		return "" // a directory's index or an extensionless route names no file to extend
	}
	for _, im := range imgs {
		if im.link == "" || !goodImage(im) {
			continue
		}
		u := resolveURL(base, im.link)
		if u == "" {
			continue
		}
		l, err := url.Parse(u)
		if err != nil || !strings.EqualFold(l.Hostname(), base.Hostname()) {
			continue
		}
		d, n := path.Split(l.Path)
		rest, ok := strings.CutPrefix(n, stem)
		if d != dir || !ok || len(rest) < 2 || rest[0] != '_' && rest[0] != '-' {
			continue
		}
		if src := resolveURL(base, im.src); src != "" {
			return src
		}
	}
	return ""
}
