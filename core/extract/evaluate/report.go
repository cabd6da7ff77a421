package evaluate

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
)

// Extractor is one contestant: a name and a function from a stored page to its output.
type Extractor struct {
	Name string
	Run  func(c Case) (Output, error)
}

// Result is one extractor's run over one set.
type Result struct {
	Extractor  string
	Pages      []PageScore
	CPUSeconds float64 // process CPU time spent in the run, when a clock was given
	Wall       time.Duration
}

// Run scores ex on every case, one page after the other. cpu, when not nil, reads the
// process CPU time so throughput can be given per core. A panic costs its page only.
func Run(cases []Case, ex Extractor, cpu func() float64) Result {
	res := Result{Extractor: ex.Name}
	var c0 float64
	if cpu != nil {
		c0 = cpu()
	}
	t0 := time.Now()
	for _, c := range cases {
		res.Pages = append(res.Pages, runOne(c, ex))
	}
	res.Wall = time.Since(t0)
	if cpu != nil {
		res.CPUSeconds = cpu() - c0
	}
	return res
}

func runOne(c Case, ex Extractor) (ps PageScore) {
	defer func() {
		if r := recover(); r != nil {
			ps = Score(c, Output{})
			ps.Err = fmt.Sprintf("panic: %v", r)
		}
	}()
	out, err := ex.Run(c)
	ps = Score(c, out)
	if err != nil {
		ps.Err = err.Error()
	}
	return ps
}

// Summary counts one run: hits over scored pages per field.
type Summary struct {
	Pages                                  int
	Title, TitleN, Authors, AuthorsN       int
	Instant, Day, DateN, Image, ImageN     int
	Charset, CharsetN, Opening, OpeningN   int
	F1N, F1Below50                         int
	F1Sum                                  float64
	TP, FN, FP, TN, Errors                 int
	PagesPerCoreSecond, PagesPerWallSecond float64
	WorstF1                                []PageScore // lowest body F1 first
	WorstSnippet                           []PageScore // most missed with-snippets first
}

// Summarize aggregates the run and keeps the worst n pages by body F1 and by snippet recall.
func (r Result) Summarize(n int) Summary {
	s := Summary{Pages: len(r.Pages)}
	count := func(v *bool, hit, of *int) {
		if v != nil {
			*of++
			if *v {
				*hit++
			}
		}
	}
	var f1s, snips []PageScore
	for _, p := range r.Pages {
		count(p.Title, &s.Title, &s.TitleN)
		count(p.Authors, &s.Authors, &s.AuthorsN)
		count(p.Instant, &s.Instant, &s.DateN)
		if p.Day != nil && *p.Day {
			s.Day++
		}
		count(p.Image, &s.Image, &s.ImageN)
		count(p.Charset, &s.Charset, &s.CharsetN)
		count(p.Opening, &s.Opening, &s.OpeningN)
		if p.F1 != nil {
			s.F1N++
			s.F1Sum += *p.F1
			if *p.F1 < 0.5 {
				s.F1Below50++
			}
			f1s = append(f1s, p)
		}
		if p.TP+p.FN > 0 {
			snips = append(snips, p)
		}
		s.TP, s.FN, s.FP, s.TN = s.TP+p.TP, s.FN+p.FN, s.FP+p.FP, s.TN+p.TN
		if p.Err != "" {
			s.Errors++
		}
	}
	sort.SliceStable(f1s, func(i, j int) bool { return *f1s[i].F1 < *f1s[j].F1 })
	sort.SliceStable(snips, func(i, j int) bool { return snipRecall(snips[i]) < snipRecall(snips[j]) })
	s.WorstF1, s.WorstSnippet = head(f1s, n), head(snips, n)
	if r.CPUSeconds > 0 {
		s.PagesPerCoreSecond = float64(len(r.Pages)) / r.CPUSeconds
	}
	if r.Wall > 0 {
		s.PagesPerWallSecond = float64(len(r.Pages)) / r.Wall.Seconds()
	}
	return s
}

func snipRecall(p PageScore) float64 { return float64(p.TP) / float64(p.TP+p.FN) }

func head(ps []PageScore, n int) []PageScore {
	if len(ps) > n {
		return ps[:n]
	}
	return ps
}

// F1Mean is the mean body token F1 over pages with a full expected text.
func (s Summary) F1Mean() float64 {
	if s.F1N == 0 {
		return 0
	}
	return s.F1Sum / float64(s.F1N)
}

// SnippetPR is trafilatura's evaluation: precision and recall of with/without snippets.
func (s Summary) SnippetPR() (precision, recall float64) {
	if s.TP+s.FP > 0 {
		precision = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		recall = float64(s.TP) / float64(s.TP+s.FN)
	}
	return precision, recall
}

// Rate formats hits/of as a percentage with the counts, or "–" when nothing was scored.
func Rate(hit, of int) string {
	if of == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f %% (%d/%d)", 100*float64(hit)/float64(of), hit, of)
}

// MarkdownHeader starts the comparison table WriteMarkdownRow fills.
func MarkdownHeader(w io.Writer) {
	fmt.Fprintln(w, "| extractor | title | authors | date, same instant | date, same day | lead image | charset | body F1 mean (pages < 0.5) | worst 5 F1 | opening found | snippets P / R | pages/s/core |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|---|---|---|---|---|")
}

// WriteMarkdownRow writes one extractor's summary as a table row.
func WriteMarkdownRow(w io.Writer, name string, s Summary) {
	f1, worst, snip := "–", "–", "–"
	if s.F1N > 0 {
		f1 = fmt.Sprintf("%.3f (%d of %d)", s.F1Mean(), s.F1Below50, s.F1N)
		var ws []string
		for _, p := range s.WorstF1 {
			ws = append(ws, fmt.Sprintf("%s %.2f", shortName(p.Name), *p.F1))
		}
		worst = strings.Join(ws, ", ")
	}
	if s.TP+s.FN+s.FP+s.TN > 0 {
		p, r := s.SnippetPR()
		snip = fmt.Sprintf("%.3f / %.3f", p, r)
	}
	fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.0f |\n", name,
		Rate(s.Title, s.TitleN), Rate(s.Authors, s.AuthorsN), Rate(s.Instant, s.DateN), Rate(s.Day, s.DateN),
		Rate(s.Image, s.ImageN), Rate(s.Charset, s.CharsetN), f1, worst, Rate(s.Opening, s.OpeningN), snip, s.PagesPerCoreSecond)
}

func shortName(n string) string {
	n = strings.TrimSuffix(strings.TrimSuffix(n, ".html"), ".htm")
	if r := []rune(n); len(r) > 28 {
		return string(r[:28]) + "…"
	}
	return n
}

// WriteText writes a plain report: one line per page with what was missed, then the totals.
func WriteText(w io.Writer, r Result, detail bool) {
	mark := func(v *bool) string {
		switch {
		case v == nil:
			return "  -"
		case *v:
			return " ok"
		}
		return "MISS"
	}
	fmt.Fprintf(w, "%-48s %5s %5s %5s %5s %5s %5s %6s\n", "page", "title", "auth", "date", "day", "image", "chars", "body")
	for _, p := range r.Pages {
		body := "  -"
		switch {
		case p.F1 != nil:
			body = fmt.Sprintf("%.3f", *p.F1)
		case p.Opening != nil:
			body = mark(p.Opening)
		case p.TP+p.FN+p.FP > 0:
			body = fmt.Sprintf("%d/%d-%d", p.TP, p.TP+p.FN, p.FP)
		}
		fmt.Fprintf(w, "%-48s %5s %5s %5s %5s %5s %5s %6s", p.Name, mark(p.Title), mark(p.Authors),
			mark(p.Instant), mark(p.Day), mark(p.Image), mark(p.Charset), body)
		if p.Err != "" {
			fmt.Fprintf(w, "  error: %s", p.Err)
		}
		fmt.Fprintln(w)
		if detail {
			writeDetail(w, p)
		}
	}
	s := r.Summarize(5)
	fmt.Fprintf(w, "\n%s: %d pages\n", r.Extractor, s.Pages)
	for _, row := range [][2]string{
		{"title", Rate(s.Title, s.TitleN)}, {"authors", Rate(s.Authors, s.AuthorsN)},
		{"date, same instant", Rate(s.Instant, s.DateN)}, {"date, same day", Rate(s.Day, s.DateN)},
		{"lead image", Rate(s.Image, s.ImageN)}, {"charset", Rate(s.Charset, s.CharsetN)},
		{"body opening found", Rate(s.Opening, s.OpeningN)},
	} {
		fmt.Fprintf(w, "  %-20s %s\n", row[0], row[1])
	}
	if s.F1N > 0 {
		fmt.Fprintf(w, "  %-20s %.4f over %d pages, %d below 0.5; worst:", "body token F1", s.F1Mean(), s.F1N, s.F1Below50)
		for _, p := range s.WorstF1 {
			fmt.Fprintf(w, " %s %.2f", shortName(p.Name), *p.F1)
		}
		fmt.Fprintln(w)
	}
	if s.TP+s.FN+s.FP+s.TN > 0 {
		p, rc := s.SnippetPR()
		fmt.Fprintf(w, "  %-20s precision %.3f recall %.3f F1 %.3f\n", "snippets", p, rc, 2*p*rc/(p+rc))
	}
	fmt.Fprintf(w, "  %-20s %d\n  %-20s %.1f pages/s/core (%.1f pages/s wall)\n", "errors", s.Errors, "speed",
		s.PagesPerCoreSecond, s.PagesPerWallSecond)
}

func writeDetail(w io.Writer, p PageScore) {
	miss := func(v *bool) bool { return v != nil && !*v }
	g := p.Got
	if miss(p.Title) {
		fmt.Fprintf(w, "    title: %q\n", g.Title)
	}
	if miss(p.Authors) {
		fmt.Fprintf(w, "    authors: %q\n", g.Authors)
	}
	if miss(p.Instant) || miss(p.Day) {
		fmt.Fprintf(w, "    published: %s\n", g.Published.Format(time.RFC3339))
	}
	if miss(p.Image) {
		fmt.Fprintf(w, "    image: %q\n", g.Image)
	}
	if miss(p.Charset) {
		fmt.Fprintf(w, "    charset: %q\n", g.Charset)
	}
	if (p.F1 != nil && *p.F1 < 0.9) || miss(p.Opening) || p.FN+p.FP > 0 {
		b := []rune(norm(g.Body))
		if len(b) > 160 {
			b = append(b[:160], '…')
		}
		fmt.Fprintf(w, "    body (%d runes): %s\n", len([]rune(g.Body)), string(b))
	}
}
