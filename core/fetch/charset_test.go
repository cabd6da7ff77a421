package fetch

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Sample texts long enough for detection, each in the script its encoding is for.
const (
	korean1 = "한나라당은 2월 임시국회에서 국회 내 폭력행사 방지를 위한 법 제정도 추진하기로 했다. " +
		"민주당은 그러나 극한 대치 상태가 발단된 것은 거론하지 않은 채 반발했다. 똠방각하 햏자 뷁 쌰 꽸."
	japanese1 = "東京都は本日、新しい防災計画を発表しました。地震や台風などの災害に備え、" +
		"住民への情報提供を強化するとのことです。ひらがなとカタカナも含まれています。"
	chinese1 = "国务院今天发布了新的经济政策，旨在促进消费和扩大内需。专家表示，这些措施将有助于稳定增长。"
	big5text = "台北市政府今天宣布新的交通政策，將於下個月開始實施，市民可以透過網路查詢相關資訊。"
	russian1 = "Президент России провёл совещание с членами правительства по экономическим вопросам. " +
		"Обсуждались меры поддержки малого бизнеса и регионов."
	french1 = "Les députés ont adopté mercredi soir le projet de loi sur l'énergie, après un débat " +
		"passionné où chacun a défendu ses intérêts. Le gouvernement se félicite de ce résultat."
	euro15 = "El precio subió a 15 € por unidad; Œuvre, œuvre, Šárka y Žižek opinan sobre la acción."
)

func encode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode sample: %v", err)
	}
	return b
}

func TestCP949SyllablesAreUHCBytes(t *testing.T) {
	// "똠" and "햏" exist only in CP949's Unified Hangul Code extension; a strict EUC-KR
	// (KS X 1001) decoder turns them into U+FFFD.
	b := encode(t, korean.EUCKR, "똠햏")
	if !bytes.Equal(b[:2], []byte{0x8C, 0x63}) {
		t.Fatalf("똠 encodes as % X, want 8C 63", b[:2])
	}
	out, cs := Decode(b, "text/plain; charset=euc-kr")
	if string(out) != "똠햏" || cs != "euc-kr" {
		t.Fatalf("Decode = %q (%s), want 똠햏 (euc-kr)", out, cs)
	}
}

func TestDecodeDeclared(t *testing.T) {
	samples := []struct {
		enc   encoding.Encoding
		label string // as a site would write it
		want  string // the WHATWG name Decode reports
		text  string
	}{
		{korean.EUCKR, "euc-kr", "euc-kr", korean1},
		{korean.EUCKR, "ks_c_5601-1987", "euc-kr", korean1},
		{korean.EUCKR, "cp949", "euc-kr", korean1},
		{japanese.ShiftJIS, "Shift_JIS", "shift_jis", japanese1},
		{japanese.EUCJP, "EUC-JP", "euc-jp", japanese1},
		{simplifiedchinese.GB18030, "GB18030", "gb18030", chinese1},
		{simplifiedchinese.GBK, "gb2312", "gbk", chinese1},
		{traditionalchinese.Big5, "big5", "big5", big5text},
		{charmap.Windows1251, "windows-1251", "windows-1251", russian1},
		{charmap.ISO8859_15, "ISO-8859-15", "iso-8859-15", euro15},
		{charmap.Windows1252, "iso-8859-1", "windows-1252", french1},
	}
	places := []struct {
		name string
		wrap func(label string, body []byte) (doc []byte, contentType string)
	}{
		{"header", func(l string, b []byte) ([]byte, string) {
			return b, "text/plain; charset=" + l
		}},
		{"xml prolog", func(l string, b []byte) ([]byte, string) {
			return cat(`<?xml version="1.0" encoding="`+l+`"?><rss><channel><title>`, b, `</title></channel></rss>`), "application/rss+xml"
		}},
		{"meta charset", func(l string, b []byte) ([]byte, string) {
			return cat(`<html><head><meta charset="`+l+`"><title>`, b, `</title></head></html>`), "text/html"
		}},
		{"meta http-equiv after 4 KiB of script", func(l string, b []byte) ([]byte, string) {
			script := "<script>var x = '" + strings.Repeat("<meta charset=ignored>", 200) + "';</script>"
			return cat(`<!DOCTYPE html><html><head>`+script+`<meta http-equiv="Content-Type" content="text/html; charset=`+l+`"></head><body>`, b, `</body></html>`), ""
		}},
	}
	for _, s := range samples {
		for _, p := range places {
			t.Run(s.label+"/"+p.name, func(t *testing.T) {
				doc, ct := p.wrap(s.label, encode(t, s.enc, s.text))
				out, cs := Decode(doc, ct)
				if cs != s.want {
					t.Errorf("charset = %q, want %q", cs, s.want)
				}
				if !bytes.Contains(out, []byte(s.text)) {
					t.Errorf("decoded text lacks the sample: %.120q", out)
				}
			})
		}
	}
}

func cat(pre string, b []byte, post string) []byte {
	return append(append([]byte(pre), b...), post...)
}

func TestDecodeDetects(t *testing.T) {
	tests := []struct {
		name string
		enc  encoding.Encoding
		text string
		ct   string
		want string
	}{
		{"euc-kr, nothing declared", korean.EUCKR, korean1, "", "euc-kr"},
		{"euc-kr, header without charset", korean.EUCKR, korean1, "text/html", "euc-kr"},
		{"euc-kr, header lies latin-1", korean.EUCKR, korean1, "text/html; charset=ISO-8859-1", "euc-kr"},
		{"euc-kr, header lies utf-8", korean.EUCKR, korean1, "text/html; charset=utf-8", "euc-kr"},
		{"shift_jis, nothing declared", japanese.ShiftJIS, japanese1, "", "shift_jis"},
		{"windows-1251, nothing declared", charmap.Windows1251, russian1, "", "windows-1251"},
		{"latin-1, nothing declared", charmap.Windows1252, french1, "", "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := cat("<html><head><title>x</title></head><body><p>", encode(t, tt.enc, tt.text), "</p></body></html>")
			out, cs := Decode(doc, tt.ct)
			if cs != tt.want {
				t.Errorf("charset = %q, want %q", cs, tt.want)
			}
			if !bytes.Contains(out, []byte(tt.text)) {
				t.Errorf("decoded text lacks the sample: %.120q", out)
			}
		})
	}
}

func TestDecodeUTF8Wins(t *testing.T) {
	tests := []struct {
		name, doc, ct string
	}{
		{"header says latin-1", "<p>" + korean1 + " Café</p>", "text/html; charset=iso-8859-1"},
		{"prolog says latin-1", `<?xml version="1.0" encoding="ISO-8859-1"?><feed><title>Café 뉴스</title></feed>`, ""},
		{"meta says windows-1252", `<html><head><meta charset="windows-1252"></head><body>Crème brûlée</body></html>`, ""},
		{"meta says euc-kr", `<html><head><meta charset="euc-kr"></head><body>` + korean1 + `</body></html>`, "text/html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, cs := Decode([]byte(tt.doc), tt.ct)
			if cs != "utf-8" {
				t.Errorf("charset = %q, want utf-8", cs)
			}
			want := tt.doc
			if strings.HasPrefix(want, "<?xml") {
				want = strings.Replace(want, "ISO-8859-1", "UTF-8", 1)
			}
			if string(out) != want {
				t.Errorf("output = %q, want %q", out, want)
			}
		})
	}
}

func TestDecodeDamagedUTF8StaysUTF8(t *testing.T) {
	// "가" is EA B0 80: cut after two bytes, it is one broken character, not two Latin ones.
	doc := []byte("<p>" + korean1 + "\xEA\xB0broken</p>")
	out, cs := Decode(doc, "")
	if cs != "utf-8" || !utf8.Valid(out) || !bytes.Contains(out, []byte(korean1+"\uFFFDbroken")) {
		t.Fatalf("Decode = %.80q (%s), want the UTF-8 text with one U+FFFD", out, cs)
	}
}

// A CMS writing UTF-8 stories into a page whose template is windows-1252 (or that declares
// it) leaves both kinds of bytes in one document: each must be read in its own charset, or
// the story shows "â€™" where the apostrophe was.
func TestDecodeMixedUTF8AndStrayBytes(t *testing.T) {
	story := "<p>It\u2019s the \u201cstorm of the century\u201d, said the mayor \u2014 again.</p>" +
		"<p>Residents\u2019 cars \u2019 \u2019 \u2019</p>"
	tests := []struct {
		name, doc, ct, want string
	}{
		{"declared windows-1252", `<html><head><meta charset="windows-1252"></head><body>` + "<span>15\xB0C</span>" + story + `</body></html>`, "",
			"<span>15\u00B0C</span>" + story},
		{"declared utf-8", "<body><p>bring\xA0up</p>" + story + "</body>", "text/html; charset=utf-8",
			"<p>bring\u00A0up</p>" + story},
		{"declared iso-8859-2", `<html><head><meta charset="iso-8859-2"></head><body>` + "<p>Kraj\xB3</p>" + story + `</body></html>`, "",
			"<p>Kraj\u0142</p>" + story},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, cs := Decode([]byte(tt.doc), tt.ct)
			if cs != "utf-8" || !strings.Contains(string(out), tt.want) {
				t.Fatalf("Decode = %q (%s), want utf-8 holding %q", out, cs, tt.want)
			}
		})
	}
}

func TestDecodeBOM(t *testing.T) {
	le := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "<p>"+korean1+"</p>")
	be := encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "<p>"+korean1+"</p>")
	tests := []struct {
		name string
		doc  []byte
		ct   string
		want string
	}{
		{"utf-8 bom beats header", append([]byte{0xEF, 0xBB, 0xBF}, "<p>"+korean1+"</p>"...), "text/html; charset=euc-kr", "utf-8"},
		{"utf-16le", le, "", "utf-16le"},
		{"utf-16be", be, "text/html; charset=windows-1252", "utf-16be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, cs := Decode(tt.doc, tt.ct)
			if cs != tt.want || string(out) != "<p>"+korean1+"</p>" {
				t.Fatalf("Decode = %.60q (%s), want the text without BOM (%s)", out, cs, tt.want)
			}
		})
	}
}

func TestDecodeRewritesProlog(t *testing.T) {
	doc := cat(`<?xml version="1.0" encoding='windows-1251' standalone="yes"?><rss><title>`, encode(t, charmap.Windows1251, russian1), `</title></rss>`)
	out, cs := Decode(doc, "")
	if cs != "windows-1251" {
		t.Fatalf("charset = %q, want windows-1251", cs)
	}
	if !bytes.HasPrefix(out, []byte(`<?xml version="1.0" encoding='UTF-8' standalone="yes"?>`)) {
		t.Fatalf("prolog not rewritten: %.80q", out)
	}
	var v struct {
		Title string `xml:"title"`
	}
	// encoding/xml refuses a non-UTF-8 declaration without a CharsetReader, so parsing
	// proves the rewrite.
	if err := xml.Unmarshal(out, &v); err != nil || v.Title != russian1 {
		t.Fatalf("xml.Unmarshal = %q, %v", v.Title, err)
	}
}

func TestPlausible(t *testing.T) {
	latin1 := func(s string) string {
		return string(decodeWith(charmap.Windows1252, encode(t, charmap.Windows1252, s)))
	}
	misread := func(e encoding.Encoding, s string) string {
		return string(decodeWith(charmap.Windows1252, encode(t, e, s)))
	}
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"french", latin1(french1), true},
		{"portuguese", latin1("A educação das crianças é uma questão de atenção e paciência, não de punições."), true},
		{"german", latin1("Größere Maßnahmen für Bürger: Über die Änderungen wird später abgestimmt, heißt es."), true},
		{"korean as windows-1252", misread(korean.EUCKR, korean1), false},
		{"chinese as windows-1252", misread(simplifiedchinese.GBK, chinese1), false},
		{"japanese as windows-1252", misread(japanese.ShiftJIS, japanese1), false},
		{"replacement characters", strings.Repeat("가\uFFFD", 20), false},
		{"c1 controls", strings.Repeat("a\u0085b", 20), false},
		{"russian", russian1, true},
		{"ascii", "plain text", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plausible([]byte(tt.text)); got != tt.want {
				t.Errorf("plausible(%.40q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestCharsetParam(t *testing.T) {
	tests := map[string]string{
		"text/html; charset=UTF-8":         "UTF-8",
		`text/html; charset="euc-kr"`:      "euc-kr",
		"text/html;charset=ks_c_5601-1987": "ks_c_5601-1987",
		"text/html charset = 'big5' ;":     "big5",
		"text/html":                        "",
		"text/html; charset":               "",
	}
	for in, want := range tests {
		if got := charsetParam(in); got != want {
			t.Errorf("charsetParam(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCharsetParamInvalidUTF8: a header or meta value with a byte that is no UTF-8 before
// "charset" is read, not a panic: lower-casing the value must keep its byte offsets.
func TestCharsetParamInvalidUTF8(t *testing.T) {
	for in, want := range map[string]string{
		"\xc1000000ChArset":             "",
		"text/html;\xff charset=euc-kr": "euc-kr",
		"\xc1\xc1\xc1 CHARSET = 'big5'": "big5",
	} {
		if got := charsetParam(in); got != want {
			t.Errorf("charsetParam(%q) = %q, want %q", in, got, want)
		}
	}
	if out, _ := Decode([]byte("\xc1A0"), "\xc1000000ChArset"); !utf8.Valid(out) {
		t.Errorf("Decode gave invalid UTF-8: %q", out)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=euc-kr>\xc7\xd1"), "text/html")
	f.Add([]byte("<?xml version='1.0' encoding='shift_jis'?>\x82\xa0"), "")
	f.Add([]byte{0xFF, 0xFE, 0x41}, "text/plain; charset=utf-16")
	f.Add([]byte("\x1b$B$3$s\x1b(B"), "text/plain; charset=iso-2022-jp")
	f.Add([]byte("<meta charset=euc-kr>한국어 본문"), "text/html") // valid UTF-8 under a legacy label
	f.Add([]byte("<meta charset=utf-8>\xc7\xd1\xb1\xb9"), "text/html; charset=EUC-KR")
	// The seventeenth round's shapes: UTF-16 without a byte-order mark, either order; a
	// mostly-ASCII feed with a few windows-1251 and windows-1255 words (the faint guesses).
	f.Add([]byte("\x00<\x00h\x00t\x00m\x00l\x00>\x00\xe4\x00\x20\x04\x30"), "")
	f.Add([]byte("<\x00h\x00t\x00m\x00l\x00>\x00\x30\x04\xd8\x00"), "text/html")
	f.Add([]byte(`<?xml version="1.0"?><rss><item><title>\xcd\xee\xe2\xee\xf1\xf2\xe8</title><link>http://blog.example.com/archives/2005/12/entry.html?utm_source=feed</link></item></rss>`), "")
	f.Add([]byte(`<rss><item><title>\xe7\xe3\xf9\xe5\xfa \x96 \xf1\xf4\xe5\xf8\xe8</title><link>http://blog.example.com/archives/2005/12/entry.html?utm_source=feed</link></item></rss>`), "")
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		out, cs := Decode(b, ct)
		if !utf8.Valid(out) {
			t.Fatalf("Decode(%q, %q) = %q (%s): invalid UTF-8", b, ct, out, cs)
		}
	})
}

// A feed of long ASCII links with a few words in a legacy code page: the detector ranks
// ISO-8859-1 first and the right code page below its noise floor.
func mostlyASCIIFeed(t *testing.T, enc encoding.Encoding, words []string) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>blog</title>`)
	for i, w := range words {
		b.WriteString("<item><title>")
		b.Write(encode(t, enc, w))
		b.WriteString("</title><link>http://blog.example.com/archives/2005/12/entry-" + strings.Repeat("x", i%5) +
			".html?utm_source=feed&amp;utm_medium=rss</link><pubDate>Tue, 27 Dec 2005 13:30:33 +0300</pubDate></item>")
	}
	b.WriteString("</channel></rss>")
	return b.Bytes()
}

func TestDecodeFaintGuessBeatsMojibake(t *testing.T) {
	russian := []string{"Новости", "Погода", "Москва", "Спорт", "Экономика", "Культура"}
	hebrew := []string{"חדשות", "מזג אוויר – ירושלים", "ספורט", "כלכלה", "תרבות", "\"בריאות\""}
	tests := []struct {
		name  string
		enc   encoding.Encoding
		words []string
		want  string
	}{
		{"windows-1251", charmap.Windows1251, russian, "windows-1251"},
		{"koi8-r", charmap.KOI8R, russian, "koi8-r"},
		{"windows-1255", charmap.Windows1255, hebrew, "windows-1255"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mostlyASCIIFeed(t, tt.enc, tt.words)
			sure, faint := detect(doc)
			t.Logf("sure %v faint %v", sure, faint)
			out, cs := Decode(doc, "")
			if cs != tt.want {
				t.Errorf("charset = %q, want %q", cs, tt.want)
			}
			for _, w := range tt.words {
				if !bytes.Contains(out, []byte(w)) {
					t.Errorf("decoded feed lacks %q", w)
				}
			}
		})
	}
}

func TestDecodeFaintGuessNeverOverridesDeclaration(t *testing.T) {
	// An implausible declared decoding is still what the publisher said; a faint guess only
	// fills the gap where nothing is declared.
	doc := mostlyASCIIFeed(t, charmap.Windows1251, []string{"Новости", "Погода", "Москва"})
	doc = bytes.Replace(doc, []byte(`<?xml version="1.0"?>`), []byte(`<?xml version="1.0" encoding="iso-8859-1"?>`), 1)
	if _, cs := Decode(doc, ""); cs == "windows-1251" || cs == "koi8-r" {
		t.Fatalf("charset = %q: a faint guess overrode the declaration", cs)
	}
}

func TestDecodeUTF16WithoutBOM(t *testing.T) {
	page := "<html><head><title>Seoul</title></head><body><p>" + korean1 + "</p><p>" + russian1 + "</p></body></html>"
	tests := []struct {
		name string
		enc  encoding.Encoding
		want string
	}{
		{"little-endian", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"},
		{"big-endian", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, cs := Decode(encode(t, tt.enc, page), "text/html; charset=utf-8")
			if cs != tt.want || string(out) != page {
				t.Fatalf("Decode = %.80q (%s), want the page (%s)", out, cs, tt.want)
			}
		})
	}
	// ASCII text with the odd NUL (a binary-ish stray) is not UTF-16.
	if _, cs := Decode([]byte("\x00<p>plain ascii text, one stray zero byte and nothing else at all</p>"), ""); cs != "utf-8" {
		t.Fatalf("one NUL made %q", cs)
	}
}
