package extract_test

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"testing"

	"paperboy/core/extract"
)

// size19Pages are synthetic pages built of n repeats of the markup the nineteenth round's rules
// read (issue 20, branch fuzz19): dates scripts write into their elements, one long inline
// script, right-aligned closing lines (flat and nested), "Theo" sources and ">>" links,
// Vietnamese, Romanian and Slovak stamps, a long "» Section » Site.com, Town, ST" title, bylines
// after <br>, a slash and "Submitted by", captioned photos under the headline, info lines under
// h2 headlines and a headline the text repeats. Extracted at growing n by BenchmarkSizes19 and
// TestSizes19Linear so that growth shows.
func size19Pages(n int) map[string]string {
	vi := "<p>" + strings.Repeat("Sáng nay, hội đồng thành phố đã họp để bàn về kế hoạch xây dựng cây cầu mới qua sông. ", 4) + "</p>"
	story := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 6) + "</p>"
	viHead := `<html><title>Họp bàn về cây cầu mới</title><body><h1>Họp bàn về cây cầu mới</h1>`
	head := `<html lang=en><title>Council votes to rebuild the old ferry pier</title><body><h1>Council votes to rebuild the old ferry pier</h1>`
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	pages := map[string]string{}
	var b strings.Builder
	b.WriteString(viHead)
	for i := range n {
		fmt.Fprintf(&b, `<div id="d%d"></div><script>document.getElementById("d%d").innerHTML="Th&#7913; n&#259;m, 20/12/2012, 16:10 GMT+7";</script>`, i, i)
	}
	pages["scriptdates"] = b.String() + vi
	pages["bigscript"] = viHead + `<script>` + rep(`document.getElementById("pDateTime").innerHTML="Thứ năm, 20/12/2012, 16:10 GMT+7";`, n) + `</script>` + vi
	pages["rightlines"] = viHead + vi + rep(`<p align="right">Tin, ảnh: Minh Nguyễn và Sầm Hoa</p>`, n)
	pages["rightstyle"] = viHead + vi + rep(`<div style="text-align:right">Theo Minh Nguyễn/Vcamp.vn</div>`, n)
	pages["rightnested"] = viHead + rep(`<div align="right">`+vi, n/25) + rep(`</div>`, n/25)
	pages["theo"] = viHead + vi + rep(`<p>Theo Minh Nguyễn (Vietnamnet/Reuters)</p><p>>> Khởi công cầu vượt</p>`, n)
	pages["vistamps"] = viHead + rep(`<div class="date">Thứ Ba, 11/06/2019, 09:15 PM (GMT+7)</div><p>| Cập nhật thứ ba, ngày 11/06/19 03:20 chiều</p>`, n) + vi
	pages["vistamprun"] = viHead + `<p>` + rep(`Thứ Ba, 11/06/2019, 09:15 (GMT+7) `, n) + `</p>` + vi
	pages["rostamps"] = `<html lang=ro><title>Podul nou</title><h1>Podul nou</h1>` + rep(`<p>Publicat: Miercuri, 12 octombrie 2020, ora 14:30</p><p>Dnes 14:30</p>`, n) + story
	pages["sectiontitle"] = `<html><title>` + rep(`Council votes » Focus » `, 4*n) + `ExampleTribune.com, Rivertown, MA</title><h1>Council votes</h1>` + story
	pages["brby"] = head + `<span>` + rep(`[03/05/2007 09:30 AM]<br/>by <a href="/contact/jane">Jane Roe</a><br>`, n) + `</span>` + story
	pages["brbylines"] = head + rep(`<span>[03/05/2007 09:30 AM]<br/>by <a href="/contact/jane">Jane Roe</a></span>`, n) + story
	pages["slashbylines"] = head + rep(`<div class="byline">By Jane Roe / Example Shimbun</div>`, n) + story
	pages["submitted"] = head + rep(`<div class="submitted">Submitted by <a href="/users/jane-roe">Jane Roe</a> on 2007-07-02</div>`, n) + story
	pages["details"] = head + rep(`<ul class="details"><li>By Jane Roe, Correspondent</li><li>Published: 00:00 April 2, 2010</li></ul>`, n) + story
	pages["captions"] = head + rep(`<img src="/images/bridge_630x420.jpg"><p class="photo-caption">The old iron crossing. (Jane Roe/Example)</p>`, n) + story
	pages["h2info"] = `<html><title>Airliner wreckage found at sea | The Post</title><h1>World</h1>` +
		rep(`<h2 class="heading">Airliner wreckage found at sea</h2><div class="info">The Associated Press, Recife, Brazil | Wed, 06/03/2009 12:36 PM</div>`, n) + story
	pages["headlinerepeat"] = head + rep(`<p>Council votes to rebuild the old ferry pier 12/10/2020</p>`, n) + story
	return pages
}

// BenchmarkSizes19 extracts each of size19Pages at 2,500, 5,000 and 10,000 repeats: measured,
// not asserted (BENCHMARKS.md, fuzz19). SIZES19=name runs one page; run with -benchtime 1x.
func BenchmarkSizes19(b *testing.B) { benchSizes(b, "SIZES19", size19Pages) }

// allocated returns the bytes Extract allocates on page: a measure of its work that, unlike
// wall time, a loaded machine does not move.
func allocated(t *testing.T, page string) uint64 {
	t.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := extract.Extract("https://www.example.com/news/2020/04/27/story", []byte(page)); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// allocatedPair measures what Extract allocates on pages x and y and checks them with ok. TotalAlloc
// counts the whole process and the pooled buffers empty at each collection, whose timing moves with
// the machine's load, so noise only ever adds bytes: a pair that fails ok is measured up to twice more
// and each page keeps its smallest figure. A real growth fails every time.
func allocatedPair(t *testing.T, x, y string, ok func(a, b uint64) bool) (a, b uint64) {
	t.Helper()
	a, b = allocated(t, x), allocated(t, y)
	for range 2 {
		if ok(a, b) {
			break
		}
		a, b = min(a, allocated(t, x)), min(b, allocated(t, y))
	}
	return a, b
}

// repeatEach returns a builder of n pieces for the size pages: f(0) … f(n-1) joined, for
// markup whose repeats must differ (numbered pictures, links, names).
func repeatEach(n int) func(f func(i int) string) string {
	var b strings.Builder
	return func(f func(i int) string) string {
		b.Reset()
		for i := range n {
			b.WriteString(f(i))
		}
		return b.String()
	}
}

// linearSizes checks each page of small (n repeats) against its twin in large (2n): doubling the
// repeats may at most triple the bytes Extract allocates (linear work doubles them, quadratic
// quadruples).
func linearSizes(t *testing.T, small, large map[string]string, n int) {
	t.Helper()
	for _, name := range slices.Sorted(maps.Keys(small)) {
		a, b := allocatedPair(t, small[name], large[name], func(a, b uint64) bool { return b <= 3*a })
		t.Logf("%s: %d → %d bytes (×%.2f)", name, a, b, float64(b)/float64(a))
		if b > 3*a {
			t.Errorf("%s: %d bytes at %d repeats, %d at %d (×%.1f)", name, a, n, b, 2*n, float64(b)/float64(a))
		}
	}
}

// nestBounded checks that a nest whose blocks open with a rule's trigger allocates at most half
// again the same nest with the trigger changed into markup no rule reads.
func nestBounded(t *testing.T, name, plain, trig string) {
	t.Helper()
	a, b := allocatedPair(t, plain, trig, func(a, b uint64) bool { return 2*b <= 3*a })
	t.Logf("%s: %d bytes, plain %d (×%.2f)", name, b, a, float64(b)/float64(a))
	if 2*b > 3*a {
		t.Errorf("%s: nest allocates %d bytes, the plain one %d (×%.1f)", name, b, a, float64(b)/float64(a))
	}
}

// skipHeavySizes skips a size test of pages of megabytes in -short runs and under the race
// detector, where they take minutes and its sync.Pool drops recycled buffers, so bytes compare
// sizes unevenly: the plain `go test ./...` measures them.
func skipHeavySizes(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("extracts pages of megabytes")
	}
	if raceBuild {
		t.Skip("the race detector multiplies the cost and drops pooled buffers: run without -race")
	}
}

// raceRepeats is n, or a tenth of it under the race detector: the size of a page a test reads
// only to see it read (no error, the same body), or to compare the bytes two sizes of it
// allocate. The detector multiplies each page's cost tenfold and finds nothing in one goroutine,
// so these tests took minutes of the CI run at full size; the plain `go test ./...` runs them so.
func raceRepeats(n int) int {
	if raceBuild {
		return n / 10
	}
	return n
}

// TestSizes19Linear: doubling the repeats of each of size19Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizes19Linear(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts pages of megabytes")
	}
	n := raceRepeats(1000)
	linearSizes(t, size19Pages(n), size19Pages(2*n), n)
}

// TestRightLinesNestedBounded: right-aligned blocks nested 400 deep, each holding a paragraph of
// the story, are read as closing lines only while short: measuring each one's whole text would
// walk every inner block's again (quadratic in the depth). Extract allocates at most half again
// what the same page without the alignment costs, and reads the same body.
func TestRightLinesNestedBounded(t *testing.T) {
	para := "<p>" + strings.Repeat("Sáng nay, hội đồng thành phố đã họp để bàn về kế hoạch xây dựng cây cầu mới qua sông. ", 4) + "</p>"
	head := `<html><title>Họp bàn về cây cầu mới</title><body><h1>Họp bàn về cây cầu mới</h1>`
	const depth = 400
	right := head + strings.Repeat(`<div align="right">`+para, depth) + strings.Repeat(`</div>`, depth)
	plain := head + strings.Repeat(`<div>`+para, depth) + strings.Repeat(`</div>`, depth)
	nestBounded(t, "right-aligned", plain, right)
	r1, err1 := extract.Extract("https://www.example.com.vn/a.html", []byte(right))
	r2, err2 := extract.Extract("https://www.example.com.vn/a.html", []byte(plain))
	if err1 != nil || err2 != nil || r1.Body != r2.Body {
		t.Errorf("bodies differ (%v, %v): %d and %d bytes", err1, err2, len(r1.Body), len(r2.Body))
	}
}

// TestNestedHeaderRulesBounded: the info line under an h2 headline and a details list's "By"
// item measure their own and their neighbours' text only while short. Blocks nested 400 deep,
// each under an h2 the title repeats or (200 deep) in a list item beside a "By" item, would otherwise
// each be measured whole (quadratic in the depth). Extract allocates at most half again what
// the same nesting without the trigger (an h4 over each block, a list without "By") costs.
func TestNestedHeaderRulesBounded(t *testing.T) {
	para := "<p>" + strings.Repeat("The city council approved the harbour tram line on Wednesday after a year of delays. ", 4) + "</p>"
	head := `<html><title>Airliner wreckage found at sea | The Post</title><body><h1>World</h1>`
	for _, c := range []struct {
		name, trigger, plain string
		depth                int
	}{
		{"h2 info", `<h2>Airliner wreckage found at sea</h2><div>`, `<h4>Airliner wreckage found at sea</h4><div>`, 400},
		{"by item", `<ul><li>By Jane Roe</li><li>`, `<ul><li>Jane Roe</li><li>`, 200},
	} {
		depth := c.depth
		closing, plainClosing := "</div>", "</div>"
		if strings.HasSuffix(c.trigger, "<li>") {
			closing, plainClosing = "</li></ul>", "</li></ul>"
		}
		trig := head + strings.Repeat(c.trigger+para, depth) + strings.Repeat(closing, depth)
		plain := head + strings.Repeat(c.plain+para, depth) + strings.Repeat(plainClosing, depth)
		nestBounded(t, c.name, plain, trig)
	}
}
