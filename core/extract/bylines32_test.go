package extract

import (
	"strings"
	"testing"
)

// sweepBodies32 are the stories of the languages bylineSweep32 adds to sweepBodies: the same
// council meeting in Bengali, Urdu, Tamil, Telugu, Kannada, Malayalam and Gujarati.
var sweepBodies32 = map[string]string{
	"bn": "নগর পরিষদ সোমবার নতুন বাজেট নিয়ে আলোচনা করতে বৈঠকে বসে এবং দীর্ঘ বিতর্কের পর বিপুল সংখ্যাগরিষ্ঠতায় তা অনুমোদন করে, মুখপাত্র জানিয়েছেন। ",
	"ur": "سٹی کونسل نے پیر کو نئے بجٹ پر بحث کے لیے اجلاس کیا اور طویل بحث کے بعد اسے بھاری اکثریت سے منظور کر لیا، ترجمان نے بتایا۔ ",
	"ta": "நகர சபை திங்கள்கிழமை புதிய வரவு செலவுத் திட்டம் குறித்து விவாதிக்க கூடியது, நீண்ட விவாதத்திற்குப் பிறகு பெரும்பான்மையுடன் அதை அங்கீகரித்தது. ",
	"te": "నగర మండలి సోమవారం కొత్త బడ్జెట్\u200cపై చర్చించేందుకు సమావేశమై సుదీర్ఘ చర్చ తర్వాత భారీ మెజారిటీతో దానిని ఆమోదించింది. ",
	"kn": "ನಗರ ಪರಿಷತ್ತು ಸೋಮವಾರ ಹೊಸ ಬಜೆಟ್ ಕುರಿತು ಚರ್ಚಿಸಲು ಸಭೆ ಸೇರಿತು ಮತ್ತು ಸುದೀರ್ಘ ಚರ್ಚೆಯ ನಂತರ ಬಹುಮತದಿಂದ ಅದನ್ನು ಅನುಮೋದಿಸಿತು. ",
	"ml": "നഗരസഭ തിങ്കളാഴ്ച പുതിയ ബജറ്റ് ചർച്ച ചെയ്യാൻ യോഗം ചേർന്നു, നീണ്ട ചർച്ചയ്ക്ക് ശേഷം വൻ ഭൂരിപക്ഷത്തോടെ അത് അംഗീകരിച്ചു. ",
	"gu": "નગર પરિષદે સોમવારે નવા બજેટ પર ચર્ચા કરવા બેઠક યોજી અને લાંબી ચર્ચા પછી ભારે બહુમતીથી તેને મંજૂરી આપી. ",
}

// sweepPage32 is sweepPage with sweepBodies32's languages too: an article in lang with head in
// its <head> and byline above its story.
func sweepPage32(t *testing.T, lang, head, byline string) []string {
	t.Helper()
	body, ok := sweepBodies32[lang]
	if !ok {
		return sweepPage(t, lang, head, byline)
	}
	title := string([]rune(body)[:16]) + " 2024"
	page := `<html lang="` + lang + `"><head><title>` + title + `</title>` + head + `</head><body><article><h1>` + title + `</h1>` +
		byline + `<p>` + strings.Repeat(body, 5) + `</p><p>` + strings.Repeat(body, 4) + `</p></article></body></html>`
	r, err := Extract("https://news.example.com/2024/05/story", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Authors
}

// staffSweep32 are the staff credits that name a post and no person, in the languages whose
// posts no capitalised job title reads, with the town the post files from; and the writers
// beside them that stay.
var staffSweep32 = []struct {
	lang, byline string
	want         []string
}{
	{"bn", "নিজস্ব প্রতিবেদক, ঢাকা", nil}, // own correspondent, Dhaka
	{"bn", "নিজস্ব প্রতিবেদক", nil},
	{"bn", "নিজস্ব সংবাদদাতা", nil},   // own correspondent
	{"bn", "কুমিল্লা প্রতিনিধি", nil}, // Comilla correspondent
	{"bn", "অনলাইন ডেস্ক", nil},       // online desk
	{"bn", "স্টাফ রিপোর্টার", nil},    // staff reporter
	{"bn", "বিশেষ প্রতিনিধি, চট্টগ্রাম", nil},
	{"hi", "हमारे संवाददाता", nil},      // our correspondent
	{"hi", "संवाददाता, नई दिल्ली", nil}, // correspondent, New Delhi
	{"hi", "वाराणसी संवाददाता", nil},
	{"hi", "स्टाफ रिपोर्टर", nil},
	{"ur", "نمائندہ خصوصی", nil}, // special representative
	{"ur", "اسٹاف رپورٹر", nil},  // staff reporter
	{"ta", "நமது நிருபர்", nil},  // our reporter
	{"ta", "சிறப்பு செய்தியாளர்", nil},
	{"te", "ప్రత్యేక ప్రతినిధి", nil}, // special representative
	{"kn", "ನಮ್ಮ ಪ್ರತಿನಿಧಿ", nil},     // our representative
	{"ml", "സ്വന്തം ലേഖകൻ", nil},      // own correspondent
	{"gu", "ખાસ પ્રતિનિધિ", nil},      // special representative
	{"de", "Unser Korrespondent", nil},
	{"de", "Unsere Korrespondentin, Berlin", nil},
	{"ru", "Собкор", nil},
	{"uk", "Редакція", nil},
	{"zh", "网站编辑", nil}, // the site's editor
	{"zh", "本站编辑", nil},
	{"zh", "小编", nil},
	{"zt", "本報記者", nil},
	// "由" (by), as a theme translates its label, before a post or a name.
	{"zh", "由 网站编辑 -", nil},
	{"zh", "由 王小明 -", []string{"王小明"}},
	// Writers, beside their post or their town.
	{"bn", "রহিম উদ্দিন, ঢাকা", []string{"রহিম উদ্দিন"}},
	{"hi", "ज्योतिका ग्रोवर, संवाददाता", []string{"ज्योतिका ग्रोवर"}},
	{"de", "Anna Weber, Korrespondentin", []string{"Anna Weber"}},
}

// TestAuthorsStaffSweep32 reads each credit of staffSweep32 in a byline element.
func TestAuthorsStaffSweep32(t *testing.T) {
	for _, c := range staffSweep32 {
		got := sweepPage32(t, c.lang, "", `<div class="byline">`+c.byline+`</div>`)
		checkAuthorsFold(t, c.lang+" "+c.byline, got, c.want)
	}
}

// TestAuthorsStampLabelGlued32: the label of the stamp after the name, in an element of its own
// that the markup runs into the name ("Dylan ScottPublishedJuly 15, 2014"), or after a space, is
// no part of the name.
func TestAuthorsStampLabelGlued32(t *testing.T) {
	for _, c := range []struct {
		lang, byline string
		want         []string
	}{
		{"en", `<div class="byline"><span>By</span><a href="/author/jane-roe">Jane Roe</a><span>Published</span><span>July 15, 2014, 3:28 PM EDT</span><span>38165 views</span></div>`, []string{"Jane Roe"}},
		{"en", `<div class="byline"><a href="/author/jane-roe">Jane Roe</a><span>Updated</span><span>3 hours ago</span></div>`, []string{"Jane Roe"}},
		{"en", `<div class="byline">Jane Roe Updated 3 hours ago</div>`, []string{"Jane Roe"}},
		{"fr", `<div class="byline"><a href="/auteur/jean-dupont">Jean Dupont</a><span>Publié le 3 mars 2024</span></div>`, []string{"Jean Dupont"}},
		{"de", `<div class="byline"><a href="/autor/anna-weber">Anna Weber</a><span>Veröffentlicht am 3. März 2024</span></div>`, []string{"Anna Weber"}},
	} {
		got := sweepPage32(t, c.lang, "", c.byline)
		checkAuthorsFold(t, c.lang+" "+c.byline, got, c.want)
	}
}

// headlineLinkPage is a page whose header lists other stories, each a link holding the
// teaser's label or writer in an author element and its headline (teaser), above a story that
// has byline above its text.
func headlineLinkPage(t *testing.T, teaser, byline string) []string {
	t.Helper()
	body := sweepBodies["en"]
	page := `<html lang="en"><head><title>Family devastated by soldier's loss</title></head><body><div id="header"><h2>Headlines</h2><ul>` +
		teaser + `</ul></div><div id="content"><h1>Family devastated by soldier's loss</h1>` + byline + `<p>` + strings.Repeat(body, 5) +
		`</p><p>` + strings.Repeat(body, 4) + `</p></div></body></html>`
	r, err := Extract("https://news.example.com/news/family-devastated-123.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r.Authors
}

// TestAuthorsInHeadlineLink32: an author element inside a teaser's link, with the teaser's
// headline in the same link, credits the teaser (its kicker or its writer), not the story. A
// link to the writer's page with the writer's post beside the name, or a link holding the name
// alone, is the story's byline.
func TestAuthorsInHeadlineLink32(t *testing.T) {
	for _, c := range []struct {
		name, teaser, byline string
		want                 []string
	}{
		{"kicker in teaser link", `<li><a href="https://news.example.com/business/vote-now-open-456.html"><strong class="author">Grand Prix<br/></strong> Vote for your favourite online advertising campaign</a> | <a href="/business/">See Business</a></li>`, ``, nil},
		{"writer in teaser link", `<li><a href="https://news.example.com/sport/golf-789.html"><span class="author">Rory Byrne</span> Golfer signs a new deal worth millions with his sponsor</a></li>`, ``, nil},
		{"teaser link, story byline", `<li><a href="https://news.example.com/sport/golf-789.html"><span class="author">Rory Byrne</span> Golfer signs a new deal worth millions with his sponsor</a></li>`, `<div class="byline">By Jane Roe</div>`, []string{"Jane Roe"}},
		{"profile link with post", ``, `<div><a href="https://news.example.com/profile/jane-roe"><span class="author">Jane Roe</span> Senior political correspondent at the paper</a></div>`, []string{"Jane Roe"}},
		{"name alone in link", ``, `<div><a href="https://news.example.com/jane-roe"><span class="author">Jane Roe</span></a></div>`, []string{"Jane Roe"}},
	} {
		checkAuthors(t, c.name, headlineLinkPage(t, c.teaser, c.byline), c.want)
	}
}

// TestAuthorsZhSpacedNames32: two Chinese names apart by a space in a credit ("中国科学报/ 辛雨
// 吴军辉", a reprint's source and its reporters) are two writers on a Chinese page; a Japanese
// name spaced between family and given name stays one.
func TestAuthorsZhSpacedNames32(t *testing.T) {
	for _, c := range []struct {
		lang, head, byline string
		want               []string
	}{
		{"zh", `<meta property="article:author" content="中国科学报/ 辛雨 吴军辉">`, ``, []string{"辛雨", "吴军辉"}},
		{"zh", `<meta name="author" content="王小明 李大同">`, ``, []string{"王小明", "李大同"}},
		{"zh", `<meta name="author" content="欧阳 娜娜">`, ``, []string{"欧阳 娜娜"}},
		{"ja", `<meta name="author" content="安田 章大">`, ``, []string{"安田 章大"}},
	} {
		got := sweepPage32(t, c.lang, c.head, c.byline)
		checkAuthors(t, c.lang+" "+c.head, got, c.want)
	}
}

// TestAuthorsZhSignatureBeforeRule32: a story signed in brackets at the end of its last line, then
// a rule of dashes and a promotion the page runs into the same line, is signed by those names; a
// bracket before a dash of prose is not a signature.
func TestAuthorsZhSignatureBeforeRule32(t *testing.T) {
	for _, c := range []struct {
		name, tail string
		want       []string
	}{
		{"signature, rule, promotion", `(王小明 李大同) ---------------------------------------------- 點擊連結（HTTPS://T.ME/EXAMPLENEWS）馬上訂閱《範例新聞》頻道，掌握更多資訊。`, []string{"王小明", "李大同"}},
		{"signature at the end", `(王小明 李大同)`, []string{"王小明", "李大同"}},
		{"bracket before a prose dash", `(王小明) —— 他說這是最後一次會議。`, nil},
	} {
		body := sweepBodies["zt"]
		page := `<html lang="zh-TW"><head><title>市議會通過預算</title></head><body><h2>市議會通過預算</h2><div class="news-content">` +
			strings.Repeat(body, 6) + c.tail + `</div></body></html>`
		r, err := Extract("https://news.example.com/zh_TW/news/detail/123", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, c.name, r.Authors, c.want)
	}
}
