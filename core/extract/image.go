package extract

import (
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/net/html"
)

// resolveURL makes ref absolute against base. It keeps only http(s) results and upgrades
// same-host http links to https on an https page, since that is what the page itself loads.
func resolveURL(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(strings.ToLower(ref), "data:") || strings.HasPrefix(strings.ToLower(ref), "javascript:") {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		// Unescaped spaces are common in image URLs; try once with them encoded.
		if u, err = url.Parse(strings.ReplaceAll(ref, " ", "%20")); err != nil {
			return ""
		}
	}
	if base != nil && base.Scheme != "" {
		u = base.ResolveReference(u)
	} else if u.Scheme == "" && strings.HasPrefix(ref, "//") {
		u.Scheme = "https"
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	if base != nil && base.Scheme == "https" && u.Scheme == "http" && strings.EqualFold(u.Hostname(), base.Hostname()) {
		u.Scheme = "https"
	}
	return u.String()
}

// imageJunkWords in a src, class or alt mark images that are never a story's lead.
var imageJunkWords = []string{"logo", "icon", "sprite", "avatar", "pixel", "spacer", "blank.", "badge", "1x1",
	"tracking", "beacon", "emoji", "loading", "placeholder", "banner", "button", "btn_", "/ads/", "doubleclick", "profile",
	// a spacer laid over a picture the style sheet draws ("…/images/transparent.png"), its alt the caption
	"/transparent."}

// metaImage resolves an image meta's address, or "" for a transparent placeholder a CMS or
// editor writes there when the story has no picture of its own (spacerImage).
func metaImage(base *url.URL, v string) string {
	u := resolveURL(base, v)
	if u == "" || spacerImage(u) {
		return ""
	}
	return u
}

// rootedImageRef returns an image meta's path-relative value as the root-relative path the page
// itself loads: a template that writes twitter:image "upload/2013/5/15/39154.jpg" under an
// article at /PrimaryCare/Smoking/39154 dropped the leading slash, when an <img> of the page
// loads "/upload/2013/5/15/39154.jpg". Any other value is returned as it is.
func rootedImageRef(v string, imgs []imgTag) string {
	v = strings.TrimSpace(v)
	if v == "" || strings.HasPrefix(v, "/") || strings.HasPrefix(v, ".") || strings.Contains(v, ":") {
		return v
	}
	for _, im := range imgs {
		if strings.TrimSpace(im.src) == "/"+v {
			return "/" + v
		}
	}
	return v
}

// renditionRe splits an image file's name into its stem, the size token a server appends to
// each rendition ("-90", "_314", "-150x150") and the extension.
var renditionRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(.+?)[-_](\d{2,4})(?:x(\d{2,4}))?(\.[A-Za-z]{3,4})$`)
})

// printedRendition returns, for an image link that names a small rendition of a picture the
// page prints larger (link rel=image_src "…/00037ab1-90.jpg" beside the story's <img>
// "…/00037ab1-314.jpg", a WordPress "photo-150x150.jpg" beside "photo-1024x683.jpg"), the
// printed rendition: the same directory, stem and extension, a larger size token. The
// thumbnail was written for a link preview; the reader sees the larger one. Any other value is
// returned as it is.
func printedRendition(v string, imgs []imgTag) string {
	v = strings.TrimSpace(v)
	if v == "" || strings.ContainsAny(v, "?#") {
		return v
	}
	dir, name := path.Split(v)
	m := renditionRe().FindStringSubmatch(name)
	if m == nil {
		return v
	}
	size, _ := strconv.Atoi(m[2])
	best, bestSize := v, size
	for _, im := range imgs {
		src := strings.TrimSpace(im.src)
		d, n := path.Split(src)
		if d != dir || n == name {
			continue
		}
		if o := renditionRe().FindStringSubmatch(n); o != nil && o[1] == m[1] && o[4] == m[4] {
			if s, _ := strconv.Atoi(o[2]); s > bestSize {
				best, bestSize = src, s
			}
		}
	}
	return best
}

// rootFileImage returns, for an image meta that names a bare file at the site's root
// ("/PHO4a233d5a-…-805x453.jpg", a template that wrote the file name where the address belongs)
// and that no <img> of the page loads so, the absolute address of the page's picture of that file
// (its src, else the first of its srcset): resolved against the page, the meta's value names a
// file the site does not serve. Any other value is returned as it is.
func rootFileImage(v string, imgs []imgTag) string {
	v = strings.TrimSpace(v)
	if len(v) < 2 || v[0] != '/' || strings.IndexByte(v[1:], '/') >= 0 || strings.ContainsAny(v, "?#") {
		return v
	}
	for _, im := range imgs {
		if strings.TrimSpace(im.src) == v {
			return v
		}
	}
	for _, im := range imgs {
		if u := strings.TrimSpace(im.src); strings.HasSuffix(u, v) && strings.Contains(u, "://") {
			return u
		}
		if !strings.Contains(im.srcset, v) {
			continue
		}
		for cand := range strings.SplitSeq(im.srcset, ",") {
			if f := strings.Fields(cand); len(f) > 0 && strings.HasSuffix(f[0], v) && strings.Contains(f[0], "://") {
				return f[0]
			}
		}
	}
	return v
}

// gluedImageRef returns, for an image meta whose address is a picture the page loads with a
// path glued onto its query ("…?fit=max&w=2000content/images/size/w1200": a theme that resizes
// its own uploads appended its size folder to an outside picture's address), that picture's
// address as the page loads it: the glued address names no picture any server has. Any other
// value is returned as it is.
func gluedImageRef(v string, imgs []imgTag) string {
	v = strings.TrimSpace(v)
	q := strings.IndexByte(v, '?')
	if q < 0 || !strings.Contains(v[q:], "/") {
		return v
	}
	if slices.ContainsFunc(imgs, func(im imgTag) bool { return strings.TrimSpace(im.src) == v }) {
		return v
	}
	for _, im := range imgs {
		src := strings.TrimSpace(im.src)
		if len(src) > q && strings.HasPrefix(v, src) && strings.IndexByte(src[q:], '/') < 0 && strings.Contains(v[len(src):], "/") {
			return src
		}
	}
	return v
}

// spacerImage reports a transparent placeholder's address: WordPress's "trans.gif", a
// "spacer.gif", "blank.gif", "pixel.gif", "clear.gif", "1x1.gif" or "transparent.png".
func spacerImage(u string) bool {
	path := strings.ToLower(u)
	path = cutQuery(path)
	name := path[strings.LastIndexByte(path, '/')+1:]
	stem, ext, _ := strings.Cut(name, ".")
	if ext != "gif" && ext != "png" {
		return false
	}
	switch stem {
	case "trans", "spacer", "blank", "pixel", "clear", "1x1", "transparent", "trans_pixel", "transparent_pixel", "spacer_1x1":
		return true
	}
	return false
}

// contentImage picks the first image inside the article that is large enough to lead a post.
func contentImage(base *url.URL, imgs []imgTag) string {
	for pass := 0; pass < 2; pass++ {
		for _, im := range imgs {
			if pass == 0 && !im.inArticle {
				continue
			}
			if pass == 1 && !largeImage(im) {
				continue // outside the article only an explicitly large image will do
			}
			if !goodImage(im) {
				continue
			}
			if u := resolveURL(base, im.src); u != "" {
				return u
			}
		}
	}
	return ""
}

// Sizes of an image outside the article that may lead a post: a landscape picture at least
// minLeadWidth by minLeadSide, or a portrait one (a standing figure, 228×327), taller than
// wide, at least minLeadSide wide with as many pixels and at most twice as tall as wide:
// taller is a skyscraper advertisement (160×600), smaller a thumbnail of another story (80×72,
// 140×90). A narrower landscape or square picture is a teaser's or a box's (a 240×240
// subscription banner, a 285×190 related story), which a page without og:image shows as often
// as its lead.
const (
	minLeadWidth = 300
	minLeadSide  = 150
)

// largeImage reports an image declared large enough to lead a post (see minLeadWidth).
func largeImage(im imgTag) bool {
	if !sized(im.width, minLeadSide) || !sized(im.height, minLeadSide) {
		return false
	}
	if sized(im.width, minLeadWidth) {
		return true
	}
	w, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(im.width), "px"))
	h, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(im.height), "px"))
	return h > w && w*h >= minLeadWidth*minLeadSide && h <= 2*w && len(strings.Fields(im.alt)) >= minCaptionAltWords
}

// minCaptionAltWords is the fewest words of alt text that read as a photo's caption ("This
// Jan. 16, 2009 photo … shows …"): a smaller portrait image outside the article leads only
// with one, where a promotion, a spacer or a menu picture has a label or nothing.
const minCaptionAltWords = 8

func goodImage(im imgTag) bool {
	if im.shareIcon || im.src == "" || strings.HasPrefix(strings.ToLower(im.src), "data:") {
		return false
	}
	hay := strings.ToLower(im.src + " " + im.class + " " + im.alt)
	for _, w := range imageJunkWords {
		if strings.Contains(hay, w) {
			return false
		}
	}
	if strings.HasSuffix(strings.ToLower(strings.SplitN(im.src, "?", 2)[0]), ".svg") {
		return false
	}
	return !tiny(im.width) && !tiny(im.height) && !adUnit(im)
}

// adUnits are the declared sizes of the standard display advertisements whose shape no story
// picture has: the leaderboards and banners (728×90, 970×90, 970×250, 468×60, 234×60, 320×50,
// 300×50), the skyscrapers (160×600, 120×600, 300×600, 120×240) and the 88×31 button. An ad
// server's address names no picture ("…/cgi/x?;n=203;c=…"), so its size is what tells. The
// squarer units (300×250, 250×250, 125×125) are left: story pictures are printed at those too.
var adUnits = map[[2]int]bool{{728, 90}: true, {970, 90}: true, {970, 250}: true, {468, 60}: true, {234, 60}: true,
	{320, 50}: true, {300, 50}: true, {160, 600}: true, {120, 600}: true, {300, 600}: true, {120, 240}: true, {88, 31}: true}

// adUnit reports an image declared at an advertisement's size (adUnits).
func adUnit(im imgTag) bool {
	w, errW := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(im.width), "px"))
	h, errH := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(im.height), "px"))
	return errW == nil && errH == nil && adUnits[[2]int{w, h}]
}

// tiny reports a declared dimension under 100 px; an absent or relative size is not tiny.
func tiny(v string) bool {
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), "px"))
	return err == nil && n < 100
}

func sized(v string, min int) bool {
	n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), "px"))
	return err == nil && n >= min
}

// shareablePicture reports an image in a box named "shareable": a story's picture readers may
// share (a "shareable-image" figure), not a share box's icon.
func shareablePicture(n *html.Node) bool {
	for a, i := n.Parent, 0; a != nil && i < maxShareBoxDepth; a, i = a.Parent, i+1 {
		if strings.Contains(strings.ToLower(attr(a, "class")+" "+attr(a, "id")), "shareable") {
			return true
		}
	}
	return false
}
