package fetch

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// polish1 is a made-up story in Polish: nearly every word has a letter outside Latin-1.
const polish1 = "Podczas uroczystości nadania doktoratu honorowego aktorka zaśpiewała swoją aranżację piosenki. " +
	"Urodzony we Lwowie, czuł się Kresowiakiem i mówił o swoim mieście rodzinnym zawsze z miłością i dumą. " +
	"Gdy w telewizji pojawiła się informacja, że zmarł, jego przyjaciele długo milczeli."

// readTwice is what a crawler saving a page does when it reads the page's bytes in the wrong
// single-byte code page and writes the characters it got as UTF-8: every byte of the original
// above ASCII becomes a Latin-1 letter or a C1 control (windows-1252 punctuation where that
// code page names one), stored as two or three bytes.
func readTwice(original []byte) []byte {
	var b strings.Builder
	for _, c := range original {
		if c < 0x80 {
			b.WriteByte(c)
			continue
		}
		if r := charmap.Windows1252.DecodeByte(c); r != '\uFFFD' && (c < 0x80 || c > 0x9F || r > 0xFF) {
			b.WriteRune(r)
			continue
		}
		b.WriteRune(rune(c))
	}
	return []byte(b.String())
}

func page24(meta, text string) []byte {
	return []byte(`<!DOCTYPE html><html><head><meta charset="` + meta + `"><title>t</title></head><body><article><p>` +
		text + `</p></article></body></html>`)
}

// TestDoubleDecodedUTF8IsUndone24: a UTF-8 page stored after being read as Latin-1
// ("uroczystoÅ\u009bci" for "uroczystości") is valid UTF-8 and so was taken as it stood; its
// characters, written back as single bytes, are the page's own UTF-8.
func TestDoubleDecodedUTF8IsUndone24(t *testing.T) {
	want := page24("utf-8", polish1)
	stored := readTwice(want)
	if bytes.Equal(stored, want) || !bytes.Contains(stored, []byte("Å")) {
		t.Fatalf("test page not double-decoded: %q", stored[:200])
	}
	got, name := Decode(stored, "")
	if name != "utf-8" {
		t.Errorf("charset = %q, want utf-8 (the stored bytes are UTF-8)", name)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Decode = %q\nwant %q", got, want)
	}
}

// TestDoubleDecodedGBKIsUndone24: a GBK page (it says gb2312) stored the same way: the bytes
// recovered are GBK, and the page's own declaration names how to read them.
func TestDoubleDecodedGBKIsUndone24(t *testing.T) {
	orig := page24("gb2312", chinese1+chinese1)
	gbk := encode(t, simplifiedchinese.GBK, string(orig))
	stored := readTwice(gbk)
	got, _ := Decode(stored, "")
	if !bytes.Contains(got, []byte(chinese1)) {
		t.Errorf("Decode = %q, want the Chinese text back", got)
	}
}

// TestPlainLatinPagesStay24: real text in Latin-1 letters and windows-1252 punctuation, and a
// page quoting a few mojibake sequences beside real accents, are read as they stand.
func TestPlainLatinPagesStay24(t *testing.T) {
	for _, p := range [][]byte{
		page24("utf-8", french1+" « Ça va » — l’été, à Noël, façade, naïve, Ærø, Øresund."),
		page24("utf-8", euro15),
		page24("gb2312", french1+" Les Ã©, Ã¨ et Ã  sont des caractères mal lus : « café » devient « cafÃ© »."),
		page24("utf-8", "Die Größe der Brücke überrascht: Ärzte, Öfen und Übermut. "+strings.Repeat("Straße ", 40)),
	} {
		if got, name := Decode(p, ""); !bytes.Equal(got, p) || name != "utf-8" {
			t.Errorf("Decode changed a plain page (%s):\n%q\n%q", name, p, got)
		}
	}
}

// TestTripleDecodedGBKIsUndone24: the GBK page read as windows-1252 twice over; each layer
// undone leaves UTF-8 the next test runs on.
func TestTripleDecodedGBKIsUndone24(t *testing.T) {
	orig := page24("gb2312", chinese1+chinese1)
	stored := readTwice(readTwice(encode(t, simplifiedchinese.GBK, string(orig))))
	if got, _ := Decode(stored, ""); !bytes.Contains(got, []byte(chinese1)) {
		t.Errorf("Decode = %q, want the Chinese text back", got)
	}
}

// TestDoubleDecodingBounded24: a page of nothing but one byte's mojibake repeated is no
// reason to loop; Decode returns.
func TestDoubleDecodingBounded24(t *testing.T) {
	p := []byte(strings.Repeat("Ã\u0083Â\u0083", 500))
	for range 6 {
		p = readTwice(p)
	}
	if got, _ := Decode(p, ""); len(got) == 0 {
		t.Error("Decode returned nothing")
	}
}

func TestFirstHigh24(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghé", "é", "abcdefgh12345678x\x80", strings.Repeat("x", 31) + "\xff"} {
		want := strings.IndexFunc(s, func(r rune) bool { return r >= 0x80 })
		if want < 0 {
			want = len(s)
		}
		if got := firstHigh([]byte(s)); got != want {
			t.Errorf("firstHigh(%q) = %d, want %d", s, got, want)
		}
	}
}
