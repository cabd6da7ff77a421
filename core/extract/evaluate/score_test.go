package evaluate

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestParseExpectedAbsentAndNull(t *testing.T) {
	e, err := ParseExpected([]byte(`{"published": null, "authors": [], "body": {"with": ["a"]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if !e.HasPublished || e.Published != nil {
		t.Errorf("published null: has=%v value=%v, want present and nil", e.HasPublished, e.Published)
	}
	if e.Authors == nil || len(*e.Authors) != 0 {
		t.Errorf("authors [] must be scored as empty, got %v", e.Authors)
	}
	if e.Title != nil || e.HasLeadImage {
		t.Error("absent keys must not be scored")
	}
	if _, err := ParseExpected([]byte(`{"published": 5}`)); err == nil {
		t.Error("a number for published must be an error")
	}
}

func TestPublishedOK(t *testing.T) {
	s := func(v string) *string { return &v }
	kst := time.FixedZone("KST", 9*3600)
	got := time.Date(2019, 11, 18, 10, 15, 0, 0, kst)
	for _, tt := range []struct {
		want         *string
		got          time.Time
		instant, day bool
	}{
		{s("2019-11-18T01:15:00Z"), got, true, true},
		{s("2019-11-18T10:15:00+09:00"), got.Add(time.Hour), false, true},
		{s("2019-11-18"), got, true, true},
		{s("2019-11-17"), got, false, false},
		{s("2019-11-18 10:15:00"), got, true, true}, // no offset: wall clocks compared
		{nil, got, false, false},
		{nil, time.Time{}, true, true},
		{s("2019-11-18"), time.Time{}, false, false},
		{s("2019-11-17T23:00:00-05:00"), time.Date(2019, 11, 18, 4, 0, 0, 0, time.UTC), true, true},
		// A label is met to the precision it is written in: seconds, or minutes.
		{s("2019-11-18T01:15:00Z"), got.Add(27 * time.Millisecond), true, true},
		{s("2019-11-18T01:15:00.000Z"), got.Add(27 * time.Millisecond), false, true},
		{s("2019-11-18T01:15:00Z"), got.Add(time.Second), false, true},
		{s("2019-11-18T01:15Z"), got.Add(42 * time.Second), true, true},
		{s("2019-11-18T10:15+09:00"), got.Add(time.Minute), false, true},
	} {
		inst, day := PublishedOK(tt.got, tt.want)
		if inst != tt.instant || day != tt.day {
			w := "<nil>"
			if tt.want != nil {
				w = *tt.want
			}
			t.Errorf("PublishedOK(%v, %s) = %v, %v; want %v, %v", tt.got, w, inst, day, tt.instant, tt.day)
		}
	}
}

func TestTokenF1(t *testing.T) {
	if f := TokenF1("the cat sat", "the cat sat"); f != 1 {
		t.Errorf("identical = %v", f)
	}
	if f := TokenF1("", "x"); f != 0 {
		t.Errorf("empty = %v", f)
	}
	// 2 of 4 got tokens right, 2 of 2 wanted: P 0.5, R 1, F1 2/3.
	if f := TokenF1("a b c d", "a b"); math.Abs(f-2.0/3) > 1e-9 {
		t.Errorf("half precision = %v", f)
	}
	if n := len(Tokens("東京は晴れ")); n != 5 {
		t.Errorf("ideographs and kana count one token each: %d", n)
	}
}

func TestCharsetOK(t *testing.T) {
	for _, tt := range []struct {
		got, actual string
		want        bool
	}{
		{"euc-kr", "EUC-KR (also valid CP949)", true},
		{"windows-1252", "ISO-8859-1 (no bytes 0x80-0x9F)", true},
		{"utf-8", "UTF-8 (ASCII)", true},
		{"windows-1252", "UTF-8", false},
	} {
		if ok := CharsetOK(Output{Charset: tt.got, Body: "x"}, tt.actual); ok == nil || *ok != tt.want {
			t.Errorf("CharsetOK(%q, %q) = %v, want %v", tt.got, tt.actual, ok, tt.want)
		}
	}
	if ok := CharsetOK(Output{Body: "GrÃ¼n und schÃ¶n, sÃ¼ÃŸ"}, ""); ok == nil || *ok {
		t.Error("mojibake must fail the check")
	}
	if ok := CharsetOK(Output{Body: "Grün und schön"}, ""); ok == nil || !*ok {
		t.Error("clean text must pass")
	}
}

func TestScoreCharsetOnSevenBitBytes(t *testing.T) {
	latin := "ISO-8859-1"
	ascii := []byte(`<html><head><meta charset="iso-8859-1"><title>Plain</title></head><body><p>Plain text &#151; only.</p></body></html>`)
	for _, tt := range []struct {
		raw  []byte
		got  string
		want bool
	}{
		{ascii, "utf-8", true},                      // both decodings agree byte for byte
		{ascii, "windows-1252", true},               // the declaration, folded
		{ascii, "utf-16le", false},                  // reads the bytes as other characters
		{[]byte("caf\xe9 au lait"), "utf-8", false}, // a Latin-1 byte: the label decides
		{[]byte("\x1b$B plain"), "utf-8", false},    // ISO-2022 escapes are seven-bit too
	} {
		s := Score(Case{Name: "p.html", Raw: tt.raw, Want: Expected{EncodingActual: latin}}, Output{Charset: tt.got, Body: "x"})
		if s.Charset == nil || *s.Charset != tt.want {
			t.Errorf("Score(%q as %s) charset = %v, want %v", tt.raw[:12], tt.got, s.Charset, tt.want)
		}
	}
}

func TestRunScoresAndSurvivesPanics(t *testing.T) {
	dir := t.TempDir()
	write := func(name, page, exp string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".expected.json"), []byte(exp), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.html", "<title>A</title>", `{"title":"A","body":{"text":"one two"}}`)
	write("b.html", "boom", `{"title":"B","body":{"with":["x"],"without":["y"]}}`)
	cases, err := Load(dir)
	if err != nil || len(cases) != 2 {
		t.Fatalf("Load = %d cases, %v", len(cases), err)
	}
	ex := Extractor{Name: "fake", Run: func(c Case) (Output, error) {
		if c.Name == "b.html" {
			panic("broken page")
		}
		return Output{Title: "A", Body: "one two"}, nil
	}}
	s := Run(cases, ex, nil).Summarize(5)
	if s.Title != 1 || s.TitleN != 2 || s.F1Mean() != 1 || s.Errors != 1 || s.FN != 1 || s.TN != 1 {
		t.Errorf("summary = %+v", s)
	}
}

func TestSnippetsIgnoreSoftHyphens(t *testing.T) {
	c := Case{Name: "p", Want: Expected{With: []string{"Alt\u00adpa\u00adläo\u00adli\u00adthi\u00adkum"}, Without: []string{"Im\u00adpres\u00adsum"}}}
	s := Score(c, Output{Body: "Vom Altpaläolithikum bis heute. Impressum"})
	if s.TP != 1 || s.FP != 1 {
		t.Errorf("TP, FP = %d, %d, want 1, 1", s.TP, s.FP)
	}
}

func TestImageOK(t *testing.T) {
	for _, tt := range []struct {
		got, want string
		ok        bool
	}{
		{"https://example.org/a/%E7%94%BB%E5%83%8F-1.jpg", "https://example.org/a/画像-1.jpg", true},
		{"HTTPS://Example.org/a.jpg?w=1&amp;h=2", "https://example.org/a.jpg?w=1&h=2", true},
		{"https://example.org/a/%zz.jpg", "https://example.org/a/%zz.jpg", true},
		{"https://example.org/A.jpg", "https://example.org/a.jpg", false}, // paths keep their case
		{"https://example.org/a.jpg", "https://example.org/b.jpg", false},
		{"", "https://example.org/a.jpg", false},
		{"https://example.org/a.jpg", "http://example.org/a.jpg", true}, // the secure address of the same picture
		{"http://example.org/a.jpg", "https://example.org/a.jpg", true},
		{"https://example.org/a.jpg", "http://example.org/b.jpg", false},
		{"ftp://example.org/a.jpg", "http://example.org/a.jpg", false},
		{"example.org/a.jpg", "http://example.org/a.jpg", false},
		{"", "", true},
	} {
		if got := ImageOK(tt.got, tt.want); got != tt.ok {
			t.Errorf("ImageOK(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.ok)
		}
	}
}

// A page and its label may spell one text in two canonically equivalent forms (Prothom Alo's
// headline writes য় as U+09DF, a label copied through an editor as U+09AF U+09BC): the title
// and the authors are the same to a reader, and so to the score; different letters are not.
func TestTitleAndAuthorsCompareCanonicalForms(t *testing.T) {
	page, label := "প্রবাসী আ\u09dfে ১৮% প্রবৃদ্ধি", "প্রবাসী আ\u09af\u09bcে ১৮% প্রবৃদ্ধি"
	if !TitleOK(page, label, nil) {
		t.Error("canonically equivalent titles must match")
	}
	if !AuthorsOK([]string{"Jos\u00e9 Ruiz"}, []string{"Jose\u0301 Ruiz"}) {
		t.Error("canonically equivalent author names must match")
	}
	if TitleOK("প্রবাসী আয ১৮%", label, nil) || AuthorsOK([]string{"Jose Ruiz"}, []string{"José Ruiz"}) {
		t.Error("a missing mark is another text")
	}
}
