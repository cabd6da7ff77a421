package pipeline

import (
	dto "github.com/prometheus/client_model/go"

	"paperboy/core/deliver"
)

// Observe adds fn to the observers told about every delivery outcome (delivered, retrying,
// dead-lettered, skipped), after any Options.Observer. The web dashboard keeps its delivery log
// this way. fn runs on the delivery worker's goroutine: it must be quick and must not block.
func (s *Service) Observe(fn deliver.Observer) {
	if fn == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	prev := s.observer
	if prev == nil {
		s.observer = fn
		return
	}
	s.observer = func(ev deliver.Event) { prev(ev); fn(ev) }
}

// PollCounts is how a source's polls ended since this process started.
type PollCounts struct {
	OK          int64 // new content fetched
	NotModified int64 // 304: the server said nothing changed
	Errors      int64 // failed polls
}

// PollCounts reads a source's poll results from the metrics (this process only).
func (s *Service) PollCounts(source string) PollCounts {
	if s.m.Source(source) != source {
		return PollCounts{} // a fleet too large for series per source: the counts are the fleet's
	}
	read := func(result string) int64 {
		c, err := s.m.Polls.GetMetricWithLabelValues(s.m.Source(source), result)
		if err != nil {
			return 0
		}
		var m dto.Metric
		if err := c.Write(&m); err != nil || m.Counter == nil {
			return 0
		}
		return int64(m.Counter.GetValue())
	}
	return PollCounts{OK: read("ok"), NotModified: read("not_modified"), Errors: read("error")}
}
