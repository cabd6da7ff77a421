package extract

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestPlaceLinesIndexed33 (fuzz33, over new33's placeLines): the lines of a long reading are
// looked up in a suffix array of the next stories' texts once the plain reads of every line
// against every text would pass maxPlainSearch — 4,000 lines against 4,000 articles read
// 1.6 GB, 2.9 s of a 540 kB page on new33's tip — and both ways give the same answers: a line
// inside one text is found, one that runs across two texts' junction is not.
func TestPlaceLinesIndexed33(t *testing.T) {
	line := func(i int) string {
		return "Paragraph " + strconv.Itoa(i) + " of another story says the council approved the tram line."
	}
	var reading, others []string
	for i := range 4000 {
		reading = append(reading, line(i))
		if i%5 != 0 {
			others = append(others, squash(line(i)+" More of that story."))
		}
	}
	lines := len(reading)
	size := 0
	for _, o := range others {
		size += len(o)
	}
	if lines*size <= maxPlainSearch {
		t.Fatalf("the page reads %d bytes against its lines, under maxPlainSearch", lines*size)
	}
	if s := newTextSearch(others, lines); s.index == nil {
		t.Errorf("%d lines against %d bytes are read plainly", lines, size)
	}
	found, lost := placeLines(strings.Join(reading, "\n\n"), "", others)
	if found != 3200 || lost != 800 {
		t.Errorf("placeLines = %d found, %d lost; want 3200, 800", found, lost)
	}

	// The suffix array and strings.Contains agree, on texts of few letters (many near misses).
	rng := rand.New(rand.NewPCG(33, 1))
	word := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = "abc1"[rng.IntN(4)]
		}
		return string(b)
	}
	for range trials(300) {
		texts := make([]string, 1+rng.IntN(5))
		for i := range texts {
			texts[i] = word(rng.IntN(80))
		}
		if strings.Join(texts, "") == "" {
			continue
		}
		plain, indexed := textSearch{texts: texts}, newTextSearch(texts, maxPlainSearch+1)
		if indexed.index == nil {
			t.Fatal("no suffix array past maxPlainSearch")
		}
		for range 20 {
			var l string
			switch k := rng.IntN(3); {
			case k == 0 && len(texts) > 1:
				a, b := texts[0], texts[1] // across the junction of two texts
				l = a[rng.IntN(len(a)+1):] + b[:rng.IntN(len(b)+1)]
			case k == 1:
				o := texts[rng.IntN(len(texts))]
				i := rng.IntN(len(o) + 1)
				l = o[i : i+rng.IntN(len(o)-i+1)]
			default:
				l = word(1 + rng.IntN(6))
			}
			if l == "" {
				continue
			}
			want := slices.ContainsFunc(texts, func(o string) bool { return strings.Contains(o, l) })
			if plain.holds(l) != want || indexed.holds(l) != want {
				t.Fatalf("texts %q, line %q: plain %v, indexed %v, want %v", texts, l, plain.holds(l), indexed.holds(l), want)
			}
		}
	}
}
