package extract

import (
	"maps"
	"math/rand"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html/atom"

	"paperboy/core/internal/randtext"
)

// The twenty-ninth round's speed changes leave every answer as it was: each test below asks the
// new code and a copy of main's (the functions named …Before) over random inputs.

// latinLangBefore is latinLang as it was: every word of the first 1,501 counted.
func latinLangBefore(text string) string {
	words := latinWords(text, latinWordCount, nil)
	if best := latinBest(words, true); best != "id" || words["yang"]+words["dengan"]+words["untuk"]+words["tidak"]+words["dalam"] >= 8 {
		return best
	}
	return latinBest(words, false)
}

func detectLangBefore(text string) string {
	var hangul, kana, han, cyr, ukr, latin, greek, arabic, persian, urdu, hebrew, thai, letters int
	n := 0
	for _, r := range text {
		if n++; n > 6000 {
			break
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case r >= 0xAC00 && r <= 0xD7A3 || r >= 0x3131 && r <= 0x318E:
			hangul++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune("іїєґІЇЄҐ", r) {
				ukr++
			}
		case unicode.Is(unicode.Latin, r):
			latin++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Arabic, r):
			arabic++
			switch r {
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی': // pe, che, zhe, gaf, keheh, Farsi yeh
				persian++
			case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ': // Urdu's retroflexes, noon ghunna, yeh barree, heh goal
				urdu++
			}
		case unicode.Is(unicode.Hebrew, r):
			hebrew++
		case unicode.Is(unicode.Thai, r):
			thai++
		}
	}
	if letters < 20 {
		return ""
	}
	share := func(k int) bool { return k*3 > letters }
	switch {
	case share(hangul):
		return "ko"
	case kana*10 > letters:
		return "ja"
	case share(han):
		return "zh"
	case share(cyr) && ukr*50 > cyr:
		return "uk"
	case share(cyr):
		return "ru"
	case share(greek):
		return "el"
	case share(arabic) && urdu*25 > arabic:
		// Urdu writes Persian's letters too, and letters of its own Persian has not.
		return "ur"
	case share(arabic) && persian*12 > arabic:
		// Persian's keheh and yeh stand where Arabic writes kaf and yeh, in most words.
		return "fa"
	case share(arabic):
		return "ar"
	case share(hebrew):
		return "he"
	case share(thai):
		return "th"
	case share(latin):
		return latinLangBefore(text)
	}
	return ""
}

func scriptDateBefore(script string) string {
	if len(script) > maxScriptScan {
		script = script[:maxScriptScan]
	}
	// Every key but "pubDate", "deployDt" and the "publication" ones holds "ublish": the script is searched for it
	// once, and each such key is looked for around its places instead of in the whole script
	// (up to 256 KiB of a page's state, once per key). The keys' occurrences are read in the
	// same order as a search per key would: key by key, each from the start, the next one after
	// the end of the last.
	var at []int
	for from := 0; ; {
		i := strings.Index(script[from:], "ublish")
		if i < 0 {
			break
		}
		at = append(at, from+i)
		from += i + len("ublish")
	}
	for _, k := range scriptDateKeys {
		if v := scriptKeyValueBefore(script, k, at); v != "" {
			return v
		}
	}
	return ""
}
func scriptKeyValueBefore(script, k string, at []int) string {
	off := strings.Index(k, "ublish")
	next := func(from int) int {
		if off < 0 {
			if i := strings.Index(script[from:], k); i >= 0 {
				return from + i
			}
			return -1
		}
		for len(at) > 0 {
			i := at[0] - off
			at = at[1:]
			if i >= from && i+len(k) <= len(script) && script[i:i+len(k)] == k {
				return i
			}
		}
		return -1
	}
	for from := 0; ; {
		i := next(from)
		if i < 0 {
			return ""
		}
		from = i + len(k)
		if strings.HasPrefix(k, "publication") && i > 0 && isIdentByte(script[i-1]) {
			// "omni_publicationDate": an analytics vendor's copy, often UTC's wall clock
			// without a zone, which would pass for the newsroom's clock beside a "Z" value.
			continue
		}
		rest := strings.TrimLeft(script[from:], `\"' `)
		if !strings.HasPrefix(rest, ":") && (!strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, "==")) {
			continue
		}
		rest = strings.TrimLeft(rest[1:], `\"' `)
		if end := strings.IndexAny(rest, `"'\,}`); end > 0 && end <= 40 {
			return rest[:end]
		}
	}
}

// blockTagsBefore is the map isBlockTag replaced.
var blockTagsBefore = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Figure: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Main: true, atom.Hr: true, atom.Td: true, atom.Th: true,
}

// speed29Words are function words of several languages, in both cases, beside other words.
var speed29Words = []string{"the", "The", "THE", "and", "of", "der", "die", "und", "le", "la", "les", "el", "los", "que", "il",
	"di", "não", "NÃO", "de", "het", "een", "yang", "dan", "dengan", "untuk", "tidak", "dalam", "của", "và", "Và", "și", "şi",
	"în", "că", "ve", "bir", "için", "İçin", "story", "news", "Kelvin", "\u212aen"}

func speed29Text(rng *rand.Rand, n int) string {
	return speed18Random(rng, n, append(speed29Words, "Привет", "мир", "العربية", "پ", "ے", "שלום", "ไทย", "ひらがな", "カタカナ", "ελληνικά")...)
}

func TestSpeed29LanguageGuessesMatchBefore(t *testing.T) {
	rng := rand.New(rand.NewSource(29))
	for range trials(20000) {
		s := speed29Text(rng, 400)
		if got, want := detectLang(s), detectLangBefore(s); got != want {
			t.Fatalf("detectLang(%q) = %q, before %q", s, got, want)
		}
		if got, want := latinLang(s), latinLangBefore(s); got != want {
			t.Fatalf("latinLang(%q) = %q, before %q", s, got, want)
		}
		all, kept := latinWords(s, latinWordCount, nil), latinWords(s, latinWordCount, functionWordSet())
		if got, want := ownWordScores(kept), ownWordScores(all); !maps.Equal(got, want) {
			t.Fatalf("ownWordScores(%q) = %v, before %v", s, got, want)
		}
		head := &textWords{text: s}
		if got, want := detectLangOf(head), detectLangBefore(s); got != want {
			t.Fatalf("detectLangOf(%q) = %q, before %q", s, got, want)
		}
		if got, want := latinLangOf(head.words()), latinLangBefore(s); got != want {
			t.Fatalf("latinLangOf(%q) = %q, before %q", s, got, want)
		}
	}
}

func TestSpeed29ScriptDateMatchesBefore(t *testing.T) {
	pieces := []string{"pub", "Date", "pubDate", "publish", "ublish", "publication", "Date", "_date", "omni_", "deployDt", "datePublished",
		"publishedAt", "published_at", `"`, `'`, `\`, ":", "=", "==", " ", ",", "}", "2024-05-06T07:08:09Z", "2024", "x", "first", "_publish_date",
		"publicationDate", "publication_date", "reDeployDt", "Published", "pubpub"}
	rng := rand.New(rand.NewSource(2929))
	for range trials(100000) {
		s := randtext.Join(rng, 24, pieces)
		if got, want := scriptDate(s), scriptDateBefore(s); got != want {
			t.Fatalf("scriptDate(%q) = %q, before %q", s, got, want)
		}
	}
}

func TestSpeed29BlockTagsMatchBefore(t *testing.T) {
	for a := range atom.Atom(1 << 24) { // every offset<<8|length an atom can be
		if isBlockTag(a) != blockTagsBefore[a] {
			t.Fatalf("isBlockTag(%v) = %v, before %v", a, isBlockTag(a), blockTagsBefore[a])
		}
	}
	for a := range blockTagsBefore {
		if !isBlockTag(a) {
			t.Fatalf("isBlockTag(%v) = false", a)
		}
	}
}
