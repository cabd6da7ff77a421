package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/korean"

	"paperboy/core/testcorpus"
)

// pagesDir holds the shared real-page corpus; PAPERBOY_PAGES points elsewhere (e.g. a hidden set).
func pagesDir(t testing.TB) string {
	return testcorpus.Pages(t)
}

// expected mirrors the fields of a page's .expected.json that the evaluation compares.
type expected struct {
	URL               string   `json:"url"`
	Title             string   `json:"title"`
	TitleAlternatives []string `json:"title_alternatives"`
	Authors           []string `json:"authors"`
	Published         *string  `json:"published"`
	LeadImage         *string  `json:"lead_image"`
	Encoding          struct {
		Actual string `json:"actual"`
	} `json:"encoding"`
	Body struct {
		First200 string  `json:"first_200"`
		Text     *string `json:"text"`
	} `json:"body"`
}

type fixture struct {
	name string
	html []byte
	want expected
}

// decodeFixture turns the non-UTF-8 fixtures into UTF-8, as core/fetch does in production.
func decodeFixture(t testing.TB, raw []byte, actual string) []byte {
	var enc encoding.Encoding
	switch a := strings.ToUpper(actual); {
	case strings.HasPrefix(a, "EUC-KR"), strings.HasPrefix(a, "CP949"):
		enc = korean.EUCKR
	case strings.HasPrefix(a, "ISO-8859-15"):
		enc = charmap.ISO8859_15
	case strings.HasPrefix(a, "ISO-8859-1"):
		enc = charmap.ISO8859_1
	case strings.HasPrefix(a, "WINDOWS-1251"):
		enc = charmap.Windows1251
	default:
		return raw
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		t.Fatalf("decode %s: %v", actual, err)
	}
	return out
}

func loadFixtures(t testing.TB) []fixture {
	paths, _ := filepath.Glob(filepath.Join(pagesDir(t), "*.expected.json"))
	if len(paths) == 0 {
		t.Skipf("no page fixtures in %s (set PAPERBOY_PAGES)", pagesDir(t))
	}
	var out []fixture
	for _, p := range paths {
		var want expected
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		raw, err := os.ReadFile(strings.TrimSuffix(p, ".expected.json"))
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".html.expected.json")
		out = append(out, fixture{name: name, html: decodeFixture(t, raw, want.Encoding.Actual), want: want})
	}
	return out
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

func titleOK(got string, want expected) bool {
	for _, w := range append([]string{want.Title}, want.TitleAlternatives...) {
		if norm(got) == norm(w) {
			return true
		}
	}
	return false
}

func authorsOK(got, want []string) bool {
	key := func(names []string) string {
		var k []string
		for _, n := range names {
			k = append(k, strings.ToLower(norm(n)))
		}
		sort.Strings(k)
		return strings.Join(k, "|")
	}
	return key(got) == key(want)
}

var bareDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func publishedOK(got time.Time, want *string) bool {
	if want == nil {
		return got.IsZero()
	}
	if bareDate.MatchString(*want) {
		return !got.IsZero() && got.Format("2006-01-02") == *want
	}
	w, err := time.Parse(time.RFC3339, *want)
	return err == nil && got.Equal(w)
}

// tokens splits text into word tokens; ideographs and kana count one token each because
// those scripts do not separate words with spaces.
func tokens(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			flush()
			out = append(out, string(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			cur = append(cur, r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// tokenF1 is the bag-of-tokens F1 the scrapinghub benchmark uses for article bodies.
func tokenF1(got, want string) float64 {
	g, w := tokens(got), tokens(want)
	if len(g) == 0 || len(w) == 0 {
		return 0
	}
	counts := map[string]int{}
	for _, t := range w {
		counts[t]++
	}
	common := 0
	for _, t := range g {
		if counts[t] > 0 {
			counts[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(g)), float64(common)/float64(len(w))
	return 2 * p * r / (p + r)
}

// bodyScore is token F1 against the full text when the fixture has it, else 1 when the
// expected opening is contained in the extracted body.
func bodyScore(got string, want expected) float64 {
	if want.Body.Text != nil && *want.Body.Text != "" {
		return tokenF1(got, *want.Body.Text)
	}
	if strings.Contains(norm(got), norm(want.Body.First200)) {
		return 1
	}
	return 0
}

// endsSentence reports whether a summary ends on sentence punctuation (closing quotes allowed) or "…".
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’)]」』》")
	for _, end := range []string{".", "!", "?", "。", "！", "？", "…"} {
		if strings.HasSuffix(s, end) {
			return true
		}
	}
	return false
}
