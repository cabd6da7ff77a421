package fetch

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

// declarationRe finds charset declarations (XML prolog, meta, header-like text) so the corpus
// can be read a second time with nothing declared, which only detection can decode.
var declarationRe = regexp.MustCompile(`(?i)(encoding\s*=\s*["'][^"']*["']|charset\s*=\s*["']?[a-z0-9_\-]+)`)

// chardetFloor is what the corpus decoded right when this test was written (chardet/chardet
// @1355907, 391 files in encodings x/text implements): a change that decodes fewer fails.
var chardetFloor = map[bool]int{false: 385, true: 339}

// TestChardetCorpus decodes chardet/chardet's test files (feeds, pages and text in 50
// encodings; bench/evalsets/chardet builds them) as served and with their declarations
// removed, and compares each with the decoding its directory names. It runs only where
// PAPERBOY_CHARDET_DIR points at the built corpus: the files are not ours to ship.
func TestChardetCorpus(t *testing.T) {
	root := os.Getenv("PAPERBOY_CHARDET_DIR")
	if root == "" {
		t.Skip("PAPERBOY_CHARDET_DIR not set (bench/evalsets/chardet builds the corpus)")
	}
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, stripped := range []bool{false, true} {
		total, good := 0, 0
		var misses []string
		for _, d := range dirs {
			enc := corpusEncoding(d.Name())
			if !d.IsDir() || enc == nil {
				continue
			}
			files, _ := filepath.Glob(filepath.Join(root, d.Name(), "*"))
			for _, f := range files {
				raw, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if stripped {
					raw = declarationRe.ReplaceAll(raw, []byte("x=y"))
				}
				want, err := enc.NewDecoder().Bytes(raw)
				if err != nil {
					continue
				}
				got, name := Decode(raw, "")
				total++
				// Compared without declarations (Decode rewrites the XML prolog) and BOM.
				w := bytes.TrimPrefix(declarationRe.ReplaceAll(want, nil), []byte("\uFEFF"))
				if bytes.Equal(w, declarationRe.ReplaceAll(got, nil)) {
					good++
				} else {
					misses = append(misses, d.Name()+"/"+filepath.Base(f)+"→"+name)
				}
			}
		}
		sort.Strings(misses)
		t.Logf("declarations removed=%v: %d/%d decoded as their directory names; misses: %s", stripped, good, total, strings.Join(misses, " "))
		if good < chardetFloor[stripped] {
			t.Errorf("declarations removed=%v: %d decoded right, fewer than the %d of before", stripped, good, chardetFloor[stripped])
		}
	}
}

// corpusEncoding maps a chardet test directory ("windows-1251-russian", "EUC-KR") to the
// encoding that decodes its files, nil for the ones x/text lacks (Johab, EUC-TW, MacRoman…).
func corpusEncoding(dir string) encoding.Encoding {
	label := strings.ToLower(dir)
	if i := strings.LastIndexByte(label, '-'); i > 0 && strings.Trim(label[i+1:], "abcdefghijklmnopqrstuvwxyz") == "" && len(label[i+1:]) > 3 {
		label = label[:i] // "-russian", "-hebrew"
	}
	if strings.HasPrefix(label, "utf-32") || label == "utf-8-sig" {
		return nil
	}
	if enc, err := htmlindex.Get(label); err == nil {
		return enc
	}
	if enc, err := ianaindex.IANA.Encoding(label); err == nil && enc != nil {
		return enc
	}
	return nil
}
