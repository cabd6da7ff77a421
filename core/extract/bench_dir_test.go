package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paperboy/core/extract"
	"paperboy/core/extract/evaluate"
)

// BenchmarkExtractDir extracts every page of the evaluation sets named in
// PAPERBOY_BENCH_DIRS (space-separated directories in the core/extract/evaluate layout), one
// sub-benchmark per set: the shared corpus of BenchmarkExtract is small pages, where large
// pages spend their time elsewhere. It is skipped when the variable is unset. Besides pages/s
// (wall clock) it reports pages/cpu-s, pages per second of the process's own CPU time, where
// the system reports it.
//
//	PAPERBOY_BENCH_DIRS="/path/to/omnivore /path/to/fundus" go test -run '^$' -bench ExtractDir -benchmem ./core/extract
func BenchmarkExtractDir(b *testing.B) {
	dirs := strings.Fields(os.Getenv("PAPERBOY_BENCH_DIRS"))
	if len(dirs) == 0 {
		b.Skip("PAPERBOY_BENCH_DIRS not set")
	}
	for _, dir := range dirs {
		cases, err := evaluate.Load(dir)
		if err != nil {
			b.Fatal(err)
		}
		if len(cases) == 0 {
			continue
		}
		b.Run(filepath.Base(dir), func(b *testing.B) {
			var total int64
			for _, c := range cases {
				total += int64(len(c.Raw))
			}
			b.SetBytes(total / int64(len(cases)))
			pages := 0
			cpu0 := processCPU()
			for b.Loop() {
				c := cases[pages%len(cases)]
				_, _, _ = extract.Document(c.Want.URL, c.Raw, evaluate.ContentType(c), extract.Options{})
				pages++
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
			// On a shared machine the wall clock counts the other processes' turns too; the
			// process's own CPU time does not (run with GOMAXPROCS=1 for pages per core).
			if cpu := processCPU() - cpu0; cpu > 0 {
				b.ReportMetric(float64(pages)/cpu.Seconds(), "pages/cpu-s")
			}
		})
	}
}
