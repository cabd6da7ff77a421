package metrics

import (
	"fmt"
	"testing"
)

// sourceLabels gathers the distinct source label values across every metric family.
func sourceLabels(t *testing.T, m *Metrics) map[string]bool {
	t.Helper()
	fams, err := m.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range fams {
		for _, mt := range f.GetMetric() {
			for _, l := range mt.GetLabel() {
				if l.GetName() == "source" {
					got[l.GetValue()] = true
				}
			}
		}
	}
	return got
}

func TestSmallFleetGetsSeriesPerSource(t *testing.T) {
	m := New()
	m.Init([]string{"tg"}, []string{"a", "b"}, []string{"transient"}, []string{"resent"})
	if got := sourceLabels(t, m); len(got) != 2 || !got["a"] || !got["b"] {
		t.Fatalf("source labels %v", got)
	}
	if m.Source("a") != "a" {
		t.Fatalf("Source(a) = %q", m.Source("a"))
	}
	m.SetSourceFailures("a", 3)
	if got := sourceLabels(t, m); !got["a"] {
		t.Fatal("failure gauge lost its source")
	}
}

func TestLargeFleetSharesOneSourceLabel(t *testing.T) {
	m := New()
	names := make([]string, PerSourceLimit+1)
	for i := range names {
		names[i] = fmt.Sprintf("feed-%d", i)
	}
	m.Init([]string{"tg"}, names, []string{"transient"}, []string{"resent"})
	if m.Source("feed-7") != AllSources {
		t.Fatalf("Source = %q, want %q", m.Source("feed-7"), AllSources)
	}
	m.Polls.WithLabelValues(m.Source("feed-7"), "ok").Inc()
	m.SetSourceFailures("feed-7", 2)
	if got := sourceLabels(t, m); len(got) != 1 || !got[AllSources] {
		t.Fatalf("source labels %v, want only %q", got, AllSources)
	}
}
