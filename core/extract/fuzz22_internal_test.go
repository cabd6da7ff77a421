package extract

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/pubdate"
)

// refPressReleaseIssuer is auth22's pressReleaseIssuer, which searched the text for every
// credit: kept to check that releaseIssuers answers as it did.
func refPressReleaseIssuer(name, text string) bool {
	for _, m := range wireMarkers {
		rest := text
		for range 3 {
			i := strings.Index(rest, m)
			if i < 0 {
				break
			}
			rest = rest[i+len(m):]
			if m == "/PRNewswire-" {
				if j := strings.IndexByte(rest[:min(len(rest), 40)], '/'); j >= 0 {
					rest = rest[j+1:]
				}
			}
			after := strings.TrimLeft(rest, " \u00a0\t\n-–—")
			if len(after) >= len(name) && strings.EqualFold(after[:len(name)], name) {
				return true
			}
		}
	}
	return strings.Contains(text, "SOURCE "+name) || strings.Contains(text, "Source: "+name)
}

// TestReleaseIssuersMatchSearch: releaseIssuers answers as the search of the text it replaced,
// for credits found and not, long and short, on texts of many labels.
func TestReleaseIssuersMatchSearch(t *testing.T) {
	texts := []string{
		"SPRINGFIELD, April 25, 2016 /PRNewswire/ -- Zentrix, a platform. SOURCE Example Motor Company",
		"/PRNewswire-USNewswire/ — zentrix corp /PRNewswire/ x /PRNewswire/ y /PRNewswire/ Late Co (BUSINESS WIRE) Acme",
		strings.Repeat("SOURCE Acme SOURCE Acme Widgets Source: Beta ", 50) + "SOURCE " + strings.Repeat("Long Name ", 40),
		"", "SOURCE ", "Source: ",
	}
	names := []string{"Zentrix", "zentrix", "Example Motor", "Example Motor Company Ltd", "Late Co", "Acme", "Acme Widgets", "Acme Widgetz", "Beta", "Bet", "Betas",
		strings.Repeat("Long Name ", 30), strings.Repeat("Long Name ", 40), strings.Repeat("Long Name ", 41), "", "y", "Nobody"}
	for _, text := range texts {
		r := newReleaseIssuers(text)
		for _, name := range names {
			if got, want := r.issues(name), refPressReleaseIssuer(name, text); got != want {
				t.Errorf("issues(%.40q) on %.60q = %v, the search %v", name, text, got, want)
			}
		}
	}
}

// FuzzRules22 feeds one string to the twenty-second round's rules directly (issue 20, branch
// fuzz22): follow prompts and labels, related labels, "Click here" lines, the trailer and
// furniture lines that ask them, wire-clock stamps, document.write scripts, bureau credits in a
// byline, Moscow clocks, the one-zone regions of a language tag, locale and host, and, on the
// string parsed as a kicker, an image's alt text and a caption, a column's head shot; since the
// merge of title22, auth22, new22a and new22b also their rules (the site's self-description, a
// release's issuer against the search it replaced, unprinted logins, headline-marked lines,
// lost lines, bare captions and split blocks, blog owners, root-file images, Korean credit
// runs, font samples) and, after ko22's, bare stamps, lunar day widgets and a yearless stamp's
// metadata year. None may
// panic; wireStamp only moves the label, adds the clock's colon and drops the other desk's
// clock (at most 4 bytes longer, valid UTF-8 kept, long text untouched); a written date is one
// pubdate finds; the page's cached kicker answers as columnKicker, and a head shot's name is
// its alt text of two to four words.
func FuzzRules22(f *testing.F) {
	for _, s := range []string{
		"Follow us on Twitter @example", "Follow me: twitter.com/harbourwriter", "Want more? Follow us on", "Follow the money",
		"Присоединяйтесь к нам на Facebook", "Polub nas na Facebooku", "Folgen Sie uns auf Twitter", "Síguenos en Instagram",
		"Related stories", "Related News Stories:", "RELATED INTERNET LINKS: The BBC is not responsible for the content of external internet sites",
		"Lesen Sie mehr zu diesen Themen:", "Mehr zum Thema Hitzeschäden", "Czytaj również", "Читайте также", "Voir aussi",
		"Click here for football text alerts!", "Click here to sign up for breaking news alerts", "Click here", "click here\xff!", "Follow us!", "Like us",
		"Updated 0453 GMT (1253 HKT)", "May 21, 2010 -- Updated 0453 GMT (1253 HKT)", "Updated 0548 GMT (1348 HKT) March 28, 2017",
		"Posted: 2315 UTC, April 8, 2017", "Updated 2460 GMT, May 21, 2010", "May 21, 2010\u00a0—Updated 0453 GMT",
		`if (location.hostname.indexOf('edition.') > -1) {document.write('May 21, 2010 -- Updated 0453 GMT (1253 HKT)');} else {document.write('May 21, 2010 12:53 a.m. EDT');}`,
		`document.write("June 3, 2010 12:57 p.m. EDT")`, `document.write(x)`, `document.write('`, "Op-Ed Columnist", "Jane Roeburn",
		"David Savage, Washington Bureau", "Jane Roe, Tribune Washington Bureau", "Middle East Bureau Chief", "Jane Bureau",
		"28.11.2011 10:26 МСК", "28.11.2011 10:26 (Мск)", "28 ноября 2019, 09:00 мск, Москва", "04.01.2012 12:23 msk", "10:26 Мскова",
		"es-CO", "sr_ME", "ro-MD", "hy", "ka-GE", "www.example.am", "example.kz", "", " ", "\xff",
		// title22 and auth22.
		"Rocket Garden is a daily publication covering launches.", "Rocket Garden delivers breaking news about rockets.",
		"SPRINGFIELD, Ill., April 25, 2016 /PRNewswire/ -- Zentrix, a platform", "/PRNewswire-USNewswire/ -- Zentrix", "SOURCE Example Motor Company",
		"Dany", "The Harbour Evening Star", "Free Preview - Site.com", "site town, town news sport, county news", "0 comments", "Tide turns",
		"Napi Gazdaság", "Dziennik Bałtycki",
		// new22a and new22b.
		"▲气宇非凡的车站建筑", "资料图", "编辑|王小明\n\n责编|李小红", "Cette entrée a été publiée dans Actualité.", "Le blog de Jean Dupont", "Jane Roe's Blog",
		"Jean-Pierre Stroobants (Bruxelles, bureau européen)", "/PHO4a233d5a-805x453.jpg", "머니투데이 조성훈 기자 김은령 기자 안채원 인턴기자",
		"(세종=연합뉴스) 이세원 이대희 민경락 기자 =", "가나다라마바사", "\uFFFD\uFFFD \uFFFD",
		// ko22 and date22b.
		"2019-01-07 16:47:05", "2012.01.04 05:23", "2019-1-7 1:47", "发布时间：01-14", "1月14日 17:58", "2014年5月1日‧星期四‧甲午年四月初三", "农历四月初三 星期四",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		valid := utf8.ValidString(s)
		for _, p := range []string{s, "Follow us on " + s, "Related " + s, "Click here for " + s, s + " Follow us!"} {
			m := utf8.RuneCountInString(p)
			followPrompt(p, m)
			relatedLabel(p, m)
			clickHereLine(p, m)
			followLabel(p, m)
			trailerLine(p)
			furnLine(p, m)
		}
		// wireStamp rewrites a stamp in place: the label moved, a colon added, the other desk's clock dropped.
		for _, x := range []string{s, "Updated 0453 GMT (1253 HKT) " + s, s + " -- Updated 0453 GMT (1253 HKT)", "May 21, 2010 -- Updated " + s, s + " Updated 0453 UTC"} {
			out := wireStamp(x)
			if len(out) > len(x)+4 || len(x) > maxWireStamp && out != x || utf8.ValidString(x) && !utf8.ValidString(out) {
				t.Fatalf("wireStamp(%q) = %q", x, out)
			}
		}
		// A date a script writes is one pubdate reads to the minute.
		for _, script := range []string{s, "document.write('" + s + "');",
			`if (x) {document.write("` + s + `");} else {document.write('May 21, 2010 12:53 a.m. EDT');}`, "document.write('" + s + " Updated 0453 GMT');"} {
			for _, out := range []string{printedDate(script), printedWrites(script)} {
				if out == "" {
					continue
				}
				if st, _, _, ok := pubdate.Find(out, pubdate.Context{}); !ok || st.Precision < pubdate.Minute {
					t.Fatalf("printedDate(%q) = %q, no minute", script, out)
				}
			}
		}
		// Bureau credits: a valid byline splits into valid names.
		for _, b := range []string{s, "By " + s + ", Washington Bureau", "Jane Roe, " + s + " Bureau", s + ", " + s + " Bureau Chief"} {
			for _, name := range splitAuthors(b) {
				if valid && !utf8.ValidString(name) {
					t.Fatalf("splitAuthors(%q) holds %q", b, name)
				}
			}
		}
		// Moscow clocks and one-zone regions.
		for _, d := range []string{"28.11.2011 10:26 " + s, s + " 10:26 МСК", "28 ноября 2019, 09:00 " + s} {
			pubdate.Find(d, pubdate.Context{})
			pubdate.Parse(d, pubdate.Context{})
		}
		regionZone(s, s, s)
		regionZone("es-"+s, s+"_"+s, "www.example."+s)
		// auth22: the site's self-description, a release's issuer (releaseIssuers as the search
		// it replaced), a login never printed.
		words := strings.Fields(s)
		for _, text := range []string{s, "x /PRNewswire/ -- " + s + " SOURCE " + s, s + " is a daily publication"} {
			wireRelease(text)
			r := newReleaseIssuers(text)
			for _, name := range append([]string{s, "Rocket Garden", "Zentrix"}, words...) {
				selfDescribedSite(name, []string{squash(name), "example"}, text)
				if got, want := r.issues(name), refPressReleaseIssuer(name, text); got != want {
					t.Fatalf("issues(%q) on %q = %v, the search %v", name, text, got, want)
				}
			}
			unprintedLogin(words, text)
			unprintedLogin([]string{s}, text)
		}
		isOrganisation(s)
		// title22: the marked headline's title and line tests.
		siteLikeTitle(s)
		counterLine(s)
		wholeWords(s)
		// A column's head shot, with s as the kicker, the alt text and the caption.
		doc, err := html.Parse(strings.NewReader(`<div class=kicker>` + s + `</div><p>` + s + `</p><h1>Story</h1><figure><img src=a.jpg alt="` + html.EscapeString(s) +
			`"><figcaption>` + s + `</figcaption></figure><figure><img src=b.jpg alt="Jane Roeburn"><figcaption>` + s + `</figcaption></figure><figure>` + s + `</figure>`))
		if err != nil {
			return
		}
		var h1 *html.Node
		var figures []*html.Node
		for c := range doc.Descendants() {
			if c.Type == html.ElementNode && c.DataAtom == atom.H1 && h1 == nil {
				h1 = c
			}
			if c.Type == html.ElementNode && c.DataAtom == atom.Figure {
				figures = append(figures, c)
			}
		}
		if h1 == nil {
			return
		}
		p := &page{h1Node: h1}
		for _, fig := range figures {
			direct := headShotName(fig, func() bool { return columnKicker(h1) })
			if cached := headShotName(fig, p.columnKickerOverH1); cached != direct {
				t.Fatalf("head shot %q with the cached kicker, %q asked again", cached, direct)
			}
			if w := len(strings.Fields(direct)); direct != "" && (w < 2 || w > 4) {
				t.Fatalf("head shot name %q", direct)
			}
		}
		scan(doc)
		// new22a and new22b: lost lines and bare captions only shorten the body; the Korean
		// header's run of credits is bounded; the blog's owner is a name of its site's.
		body := strings.Join([]string{s, "\uFFFD", s, "\uFFFD \uFFFD"}, "\n\n")
		if out := dropLostLines(body); len(out) > len(body) {
			t.Fatalf("dropLostLines(%q) = %q, longer", body, out)
		}
		fontSample(s, utf8.RuneCountInString(s))
		if owner := blogOwner(s); len(owner) == 1 && !strings.Contains(normSpace(s), owner[0]) {
			t.Fatalf("blogOwner(%q) = %q", s, owner)
		}
		oneNamedCredit(s)
		splitAuthors(s + " (Bruxelles, bureau européen)")
		rootFileImage(s, []imgTag{{src: s, srcset: s + " 1x, https://x.example/" + s + " 2x"}, {src: "https://x.example" + s}})
		if names := koHeaderByline(s+" 조성훈 기자 "+s, s); len(names) > maxHeaderNames {
			t.Fatalf("koHeaderByline(%q) = %d names", s, len(names))
		}
		koCreditRun(s)
		withCoNames(s, "민경락")
		withCoNames("(세종=연합뉴스) "+s, "민경락")
		koreanBylineNames("(세종=연합뉴스) "+s+" 기자 = ", true)
		proseBeside(s, s[:len(s)/2])
		pointedLine(s)
		entryFooter(s)
		editorCredit().MatchString(s)
		cdoc, err := html.Parse(strings.NewReader(`<div>` + s + `<div><img src=a.jpg alt="` + html.EscapeString(s) + `"></div>` + s + `<br><p><img src=b.jpg></p><p>` + s + `</p><p>` + s + `<img src=c.jpg>` + s + `</p></div>`))
		if err != nil {
			return
		}
		var splits []*html.Node
		for c := range cdoc.Descendants() {
			if c.Type == html.TextNode && c.PrevSibling != nil {
				textCaption(c)
			}
			if c.Type == html.ElementNode {
				pointedCaption(c)
				leadRune(c)
				imageBefore(c)
				if splitsText(c) {
					splits = append(splits, c)
				}
			}
		}
		for _, c := range splits {
			markTextSplit(c)
		}
		pictureLines(cdoc)
		// ko22 and date22b: a bare stamp, a lunar day widget, a yearless stamp's metadata year
		// (the printed month and day kept).
		bareStamp(s)
		lunarDayWidget(s)
		meta := map[string]string{"date": "2020-01-14 17:58:59", "time" + s: s, "pubdate": "2019-" + s}
		if st, ok := yearlessMetaYear([][]string{{s, "17:58"}, {"发布时间：" + s}}, meta, map[string]string{"datePublished": s}, nil); ok {
			if m := yearlessStampRe().FindStringSubmatch(normSpace(s)); m != nil && strconv.Itoa(int(st.Time.Month())) != strings.TrimLeft(m[1], "0") {
				t.Fatalf("yearlessMetaYear(%q) = %v", s, st.Time)
			}
		}
		// title22: a headline-marked line over the story, with s as the title and as lines.
		tdoc, err := html.Parse(strings.NewReader(`<div class="headline">` + s + `</div><h1>` + s + `</h1><div class=entrytitle><a href=/x>` + s + `</a></div><p>` + s + `</p>`))
		if err != nil {
			return
		}
		var lines []pageLine
		for c := range tdoc.Descendants() {
			if c.Type == html.ElementNode {
				headlineMarked(c)
				namesHeadline(c)
				lines = append(lines, pageLine{text: normText(c), block: c, linked: c.DataAtom == atom.A})
			}
		}
		for at := range len(lines) + 1 {
			markedHeadlineAboveStory(lines, at, s, s)
			markedHeadlineAboveStory(lines, at, "The Harbour Evening Star", "")
		}
	})
}
