package extract

import (
	"strings"
	"testing"
)

// Wire copy prints the byline in capitals; title-casing it keeps the capitals a name writes
// inside a word: after O' and D', after Mc (printed small even in capitals, "McGUIRK"), after a
// hyphen — but not in a romanised Korean given name, whose second syllable is small.
func TestAuthorsCapitalsNameCase(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{`<div class="byline">By KATHLEEN O'TOOLE</div>`, []string{"Kathleen O'Toole"}},
		{`<div class="byline">By ROD McGUIRK</div>`, []string{"Rod McGuirk"}},
		{`<div class="byline">By JANE ROE and JOHN McDOE</div>`, []string{"Jane Roe", "John McDoe"}},
		{`<div class="byline">By TARA PARKER-POPE</div>`, []string{"Tara Parker-Pope"}},
		{`<div class="byline">By AHMED AL-HAJ</div>`, []string{"Ahmed Al-Haj"}},
		{`<div class="byline">By JEAN-LUC DUPONT</div>`, []string{"Jean-Luc Dupont"}},
		{`<div class="byline">By CHOE SANG-HUN</div>`, []string{"Choe Sang-hun"}},
		{`<div class="byline">By JUNG-AH LEE</div>`, []string{"Jung-ah Lee"}},
		{`<div class="byline">By Rod McGuirk</div>`, []string{"Rod McGuirk"}},
	} {
		got := authorsOf(t, "https://news.example.com/2016/05/03/budget", "", c.line+story22)
		checkAuthors(t, c.line, got, c.want)
	}
}

// A byline's line may add a second credit after the writers' names: the editor, translator,
// illustrator or a helping reporter. Before, the line went whole (too many words for names) or
// its second "by" named the helper alone.
func TestAuthorsSecondCreditOnBylineLine(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{`<div class="byline">By Jane Roe. Edited by John Doe</div>`, []string{"Jane Roe"}},
		{`<div class="byline">Jane Roe | Translated by John Doe</div>`, []string{"Jane Roe"}},
		{`<div class="byline">Written by Jane Roe. Translated by John Doe</div>`, []string{"Jane Roe"}},
		{`<div class="byline">By Jane Roe. Additional reporting by John Doe</div>`, []string{"Jane Roe"}},
		{`<div class="byline">By Jane Roe and Max Muster; Illustration by John Doe</div>`, []string{"Jane Roe", "Max Muster"}},
		// One credit of one writer: no tail to cut.
		{`<div class="byline">Text and photos by Jane Roe</div>`, []string{"Jane Roe"}},
		{`<div class="byline">By Jane Roe</div>`, []string{"Jane Roe"}},
	} {
		got := authorsOf(t, "https://news.example.com/2016/05/03/budget", "", c.line+story22)
		checkAuthors(t, c.line, got, c.want)
	}
}

// An English honorific before a name of two words or more is no part of the name; before one
// word it is a pen name's ("Miss Cellania") and stays.
func TestAuthorsHonorificBeforeName(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{`<div class="byline">By Mr Michael Ahern</div>`, []string{"Michael Ahern"}},
		{`<div class="byline">By Rev. A. Stephen Pieters</div>`, []string{"A. Stephen Pieters"}},
		{`<div class="byline">By Sen. Jane Roe</div>`, []string{"Jane Roe"}},
		{`<div class="byline">By Rev. Dr. John Doe</div>`, []string{"John Doe"}},
		{`<div class="byline">By Miss Cellania</div>`, []string{"Miss Cellania"}},
	} {
		got := authorsOf(t, "https://news.example.com/2016/05/03/budget", "", c.line+story22)
		checkAuthors(t, c.line, got, c.want)
	}
}

// Chinese new media set a bar between the writer's label and the name: "文｜张三" (text by),
// "作者 | 张三"; the editor's "编辑｜" credits no writer.
func TestAuthorsChineseBarLabel(t *testing.T) {
	story := "<p>" + strings.Repeat("市议会周一在长时间讨论道路维修问题后批准了新的预算方案，并决定明年开始实施。", 6) + "</p>"
	for _, c := range []struct {
		line string
		want []string
	}{
		{`<p>文｜张小明</p>`, []string{"张小明"}},
		{`<div class="author">文 | 张小明</div>`, []string{"张小明"}},
		{`<p>作者｜张小明</p><p>编辑｜李华</p>`, []string{"张小明"}},
		{`<p>中文｜English</p>`, nil},
	} {
		got := authorsOf(t, "https://www.example.cn/a/20160503/123.html", "", c.line+story)
		checkAuthors(t, c.line, got, c.want)
	}
}

// German blogs and CMSs print the post's verb before "von": Blogger's "Eingestellt von",
// WordPress themes' "Veröffentlicht von", TYPO3's "Erstellt von". An author box's heading
// "Written By" alone is a label, no name.
func TestAuthorsGermanPostLabel(t *testing.T) {
	for _, c := range []struct {
		line string
		want []string
	}{
		{`<span class="post-author">Veröffentlicht von Henning Lobin</span>`, []string{"Henning Lobin"}},
		{`<span class="post-author vcard">Eingestellt von <span class="fn">Jana Beispiel</span></span>`, []string{"Jana Beispiel"}},
		{`<div class="author">Erstellt von Andri Muster</div>`, []string{"Andri Muster"}},
		{`<span class="post-author">Eingestellt von Unknown</span>`, nil},
		{`<div class="module author"><h5>Written By</h5><span class="author-name">Kyla Roe</span></div>`, []string{"Kyla Roe"}},
	} {
		got := authorsOf(t, "https://blog.example.de/2016/05/beitrag.html", "", c.line+story22)
		checkAuthors(t, c.line, got, c.want)
	}
}

// A newspaper whose name joins two nouns with a hyphen ("St. Louis Post-Dispatch", "Las Vegas
// Review-Journal") run onto the writer's name is the writer's paper; a title-cased "And"
// between two full names parts them (Postmedia's author meta).
func TestAuthorsHyphenPaperAndTitleAnd(t *testing.T) {
	for _, c := range []struct {
		head, line string
		want       []string
	}{
		{"", `<div class="byline">By Jim Roe St. Louis Post-Dispatch</div>`, []string{"Jim Roe"}},
		{"", `<div class="byline">By David Doe Las Vegas Review-Journal</div>`, []string{"David Doe"}},
		{`<meta name="author" content="Juliet Roe And Ian Doe">`, "", []string{"Juliet Roe", "Ian Doe"}},
		{`<meta name="author" content="Johnson And Johnson">`, "", []string{"Johnson And Johnson"}},
	} {
		got := authorsOf(t, "https://news.example.com/2016/05/03/budget", c.head, c.line+story22)
		checkAuthors(t, c.head+c.line, got, c.want)
	}
}
