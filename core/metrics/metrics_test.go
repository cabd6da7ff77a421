package metrics

import (
	"fmt"
	"testing"
)

// sourceLabels gathers the distinct source label values across every metric family.
func sourceLabels(t *testing.T, m *Metrics) map[string]bool {
	t.Helper()
	return labelValues(t, m, "source", "")
}

// labelValues gathers the distinct values of label across the metric families named family
// ("" = every family).
func labelValues(t *testing.T, m *Metrics, label, family string) map[string]bool {
	t.Helper()
	fams, err := m.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range fams {
		if family != "" && f.GetName() != family {
			continue
		}
		for _, mt := range f.GetMetric() {
			for _, l := range mt.GetLabel() {
				if l.GetName() == label {
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

// TestChatsShareOnePlatformLabel: chats ("platform:chat id") count under "platform:_all" and
// keep no gauges; configured channels keep their own label and gauges.
func TestChatsShareOnePlatformLabel(t *testing.T) {
	for name, want := range map[string]string{"telegram:-100123": "telegram:_all", "discord:42": "discord:_all", "tg-news": "tg-news"} {
		label, own := ChannelLabel(name)
		if label != want || own != (label == name) {
			t.Errorf("ChannelLabel(%q) = %q, %v; want %q, %v", name, label, own, want, label == name)
		}
	}
	m := New()
	m.Init([]string{"tg-news"}, nil, []string{"transient"}, []string{"resent"})
	m.InitChats([]string{"telegram", "discord"}, []string{"transient"}, []string{"resent"})
	if got := labelValues(t, m, "channel", "paperboy_posts_delivered_total"); len(got) != 3 || !got["tg-news"] || !got["telegram:_all"] || !got["discord:_all"] {
		t.Fatalf("delivered channel labels %v, want tg-news and the two chat aggregates", got)
	}
	if got := labelValues(t, m, "channel", "paperboy_queue_depth"); len(got) != 1 || !got["tg-news"] {
		t.Fatalf("queue depth channel labels %v, want only tg-news: a gauge over many chats means nothing", got)
	}
}
