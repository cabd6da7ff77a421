//go:build !unix

package extract_test

import "time"

// processCPU is not measured here: BenchmarkExtractDir then reports pages/s alone.
func processCPU() time.Duration { return 0 }
