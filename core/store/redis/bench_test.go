package redis

import (
	"context"
	"strconv"
	"testing"
	"time"

	"paperboy/core/store"
)

// benchJobs makes n distinct jobs over 4 channels, each with its own fingerprint.
func benchJobs(n int, run string) []store.Job {
	jobs := make([]store.Job, n)
	for i := range jobs {
		id := run + "-" + strconv.Itoa(i)
		jobs[i] = store.Job{
			Channel: "ch" + strconv.Itoa(i%4), ArticleID: id, Fingerprint: "fp-" + id, Key: "k-" + id,
			Payload: make([]byte, 512), TTL: 10 * time.Minute,
		}
	}
	return jobs
}

func benchmarkEnqueue(b *testing.B, batch int) {
	s, _, _ := newTestStore(b)
	ctx := context.Background()
	jobs := benchJobs(b.N, randHex(b))
	b.ResetTimer()
	for i := 0; i < len(jobs); i += batch {
		end := min(i+batch, len(jobs))
		if batch == 1 {
			if ok, err := s.Enqueue(ctx, jobs[i]); err != nil || !ok {
				b.Fatalf("Enqueue = %v, %v", ok, err)
			}
			continue
		}
		res, err := s.EnqueueMany(ctx, jobs[i:end])
		if err != nil || !res[0] {
			b.Fatalf("EnqueueMany = %v, %v", res, err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "claims/s")
}

// BenchmarkEnqueueOne claims one job per round trip.
func BenchmarkEnqueueOne(b *testing.B) { benchmarkEnqueue(b, 1) }

// BenchmarkEnqueueMany10 claims jobs in pipelined batches of 10.
func BenchmarkEnqueueMany10(b *testing.B) { benchmarkEnqueue(b, 10) }

// BenchmarkEnqueueMany100 claims jobs in pipelined batches of 100.
func BenchmarkEnqueueMany100(b *testing.B) { benchmarkEnqueue(b, 100) }

// BenchmarkEnqueueMany1000 claims a big poll's worth of jobs per call (batched scripts, pipelined).
func BenchmarkEnqueueMany1000(b *testing.B) { benchmarkEnqueue(b, 1000) }
