package extract_test

import (
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"

	"paperboy/core/extract"
)

// TestConcurrentExtractMatchesSequential: readability's parsers take their text buffer and link
// list from the last parser (a sync.Pool, speed20), so a page must come out the same whatever
// pages were read before it or beside it. Each page of the test data, of size20Pages and of size23Pages is
// extracted alone, then again in reverse order, then by eight goroutines at once in different
// orders; every result must equal the first (run under -race too, where a shared buffer shows).
func TestConcurrentExtractMatchesSequential(t *testing.T) {
	var pages [][]byte
	files, _ := filepath.Glob("testdata/*.html")
	more, _ := filepath.Glob("testdata/classes/*.html")
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, b)
	}
	small := size20Pages(40)
	for name, page := range size23Pages(40) { // and the twenty-third round's rules' pages (fuzz23)
		small["23/"+name] = page
	}
	for _, name := range slices.Sorted(maps.Keys(small)) {
		pages = append(pages, []byte(small[name]))
	}
	const pageURL = "https://www.example.com/news/2020/04/27/story"
	run := func(i int) *extract.Result {
		r, err := extract.Extract(pageURL, pages[i])
		if err != nil {
			t.Errorf("page %d: %v", i, err)
		}
		return r
	}
	want := make([]*extract.Result, len(pages))
	for i := range pages {
		want[i] = run(i)
	}
	check := func(how string, i int, got *extract.Result) {
		if !reflect.DeepEqual(got, want[i]) {
			t.Errorf("page %d read %s differs from its first reading", i, how)
		}
	}
	for i := len(pages) - 1; i >= 0; i-- {
		check("in reverse order", i, run(i))
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range pages {
				i := (k*(2*g+1) + g) % len(pages) // each goroutine its own order
				check("beside other pages", i, run(i))
			}
		}()
	}
	wg.Wait()
}
