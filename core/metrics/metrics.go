// Package metrics defines paperboy's Prometheus series in one place, registered on a registry
// the caller owns (no global state), so tests can read them and two services never collide.
package metrics

import (
	"strings"
	"sync/atomic"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metrics holds every collector the pipeline, sources and delivery workers update.
type Metrics struct {
	// aggregate is set by Init for a fleet of more than PerSourceLimit sources: every source
	// metric then uses the one label value AllSources (see Source).
	aggregate atomic.Bool
	Registry  *prometheus.Registry

	ArticlesSeen    *prometheus.CounterVec   // source
	Duplicates      *prometheus.CounterVec   // source
	Enqueued        *prometheus.CounterVec   // channel
	Delivered       *prometheus.CounterVec   // channel
	Failed          *prometheus.CounterVec   // channel, reason
	Updates         *prometheus.CounterVec   // channel, outcome: corrections of sent posts
	Retractions     *prometheus.CounterVec   // channel, outcome: withdrawals of sent posts
	Retries         *prometheus.CounterVec   // channel, reason
	RateLimited     *prometheus.CounterVec   // channel
	DeadLetters     *prometheus.CounterVec   // channel
	InDoubt         *prometheus.CounterVec   // channel, action
	SendSeconds     *prometheus.HistogramVec // channel
	DetectToPost    *prometheus.HistogramVec // channel
	QueueDepth      *prometheus.GaugeVec     // channel
	BreakerState    *prometheus.GaugeVec     // channel (0 closed, 1 half-open, 2 open)
	ChannelPaused   *prometheus.GaugeVec     // channel
	DeliverLeader   *prometheus.GaugeVec     // channel (1 while this replica holds the channel's delivery lease)
	Polls           *prometheus.CounterVec   // source, result (ok, not_modified, error)
	PollSeconds     *prometheus.HistogramVec // source
	SourceFailures  *prometheus.GaugeVec     // source (consecutive)
	ExtractFailures *prometheus.CounterVec   // source
	WebSubRefused   *prometheus.CounterVec   // source, reason (no_subscription, bad_signature, too_large, verification)
	ItemsSkipped    *prometheus.CounterVec   // source, reason (no_link, bad_link, link_too_long)
	FieldsCut       *prometheus.CounterVec   // source: articles with a field cut to its ingest limit
	Chats           *prometheus.GaugeVec     // kind (reader, community), state (active, suspended)
	ReaderCapped    prometheus.Counter       // articles a reader did not get: readers.max_per_day reached
}

// New creates the collectors and registers them (plus Go and process collectors) on a new registry.
func New() *Metrics {
	reg := prometheus.NewRegistry()
	m := &Metrics{
		Registry:        reg,
		ArticlesSeen:    counter("articles_seen_total", "New articles found by sources.", "source"),
		Duplicates:      counter("duplicates_skipped_total", "Items skipped because they were already known.", "source"),
		Enqueued:        counter("deliveries_enqueued_total", "Deliveries claimed and queued.", "channel"),
		Updates:         counter("updates_total", "Corrections of sent posts by outcome: done, unchanged, not_sent (nothing posted there), failed (one failed attempt; retried or dead-lettered like a send).", "channel", "outcome"),
		Retractions:     counter("retractions_total", "Withdrawals of sent posts by outcome: done, cancelled (the send was still queued), not_sent, failed (one failed attempt).", "channel", "outcome"),
		Delivered:       counter("posts_delivered_total", "Posts accepted by the platform.", "channel"),
		Failed:          counter("send_failures_total", "Failed send attempts by reason.", "channel", "reason"),
		Retries:         counter("retries_scheduled_total", "Deliveries scheduled for another attempt.", "channel", "reason"),
		RateLimited:     counter("rate_limited_total", "429 answers from the platform.", "channel"),
		DeadLetters:     counter("dead_letters_total", "Deliveries moved to the dead-letter list.", "channel"),
		InDoubt:         counter("in_doubt_total", "Deliveries found mid-send after a crash, by action taken.", "channel", "action"),
		SendSeconds:     histogram("send_seconds", "Time of one Send call.", []float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 30}, "channel"),
		DetectToPost:    histogram("detect_to_post_seconds", "From first seeing an article to the platform accepting the post.", []float64{.1, .5, 1, 2, 5, 10, 30, 60, 300, 1800}, "channel"),
		QueueDepth:      gauge("queue_depth", "Deliveries waiting (queued or scheduled for retry).", "channel"),
		BreakerState:    gauge("breaker_state", "Circuit breaker: 0 closed, 1 half-open, 2 open.", "channel"),
		ChannelPaused:   gauge("channel_paused", "1 while a channel is paused.", "channel"),
		DeliverLeader:   gauge("deliver_leader", "1 while this replica delivers the channel (holds its delivery lease).", "channel"),
		Polls:           counter("polls_total", "Source polls by result.", "source", "result"),
		PollSeconds:     histogram("poll_seconds", "Duration of one source poll.", []float64{.05, .1, .25, .5, 1, 2.5, 5, 15}, "source"),
		SourceFailures:  gauge("source_consecutive_failures", "Consecutive failed polls of a source.", "source"),
		ExtractFailures: counter("extract_failures_total", "Article pages that could not be fetched or extracted (the feed's own fields were used).", "source"),
		ItemsSkipped:    counter("items_skipped_total", "Feed items refused at ingest: no link, a link that is not a URL, or one longer than 2048 bytes.", "source", "reason"),
		FieldsCut:       counter("article_fields_cut_total", "Articles with a field (title, summary, author, tags, image URL…) cut to its ingest limit.", "source"),
		Chats:           gauge("chats", "Readers' and communities' chats by kind (reader, community) and state (active, suspended).", "kind", "state"),
		ReaderCapped:    prometheus.NewCounter(prometheus.CounterOpts{Namespace: namespace, Name: "reader_capped_total", Help: "Articles a reader did not get because readers.max_per_day was reached."}),
		WebSubRefused:   counter("websub_refused_total", "WebSub callback requests refused: unsigned or forged notifications, none while unsubscribed, unasked verifications.", "source", "reason"),
	}
	reg.MustRegister(
		m.ArticlesSeen, m.Duplicates, m.Enqueued, m.Delivered, m.Updates, m.Retractions, m.Failed, m.Retries, m.RateLimited, m.DeadLetters,
		m.InDoubt, m.SendSeconds, m.DetectToPost, m.QueueDepth, m.BreakerState, m.ChannelPaused, m.DeliverLeader, m.Polls,
		m.PollSeconds, m.SourceFailures, m.ExtractFailures, m.WebSubRefused, m.ItemsSkipped, m.FieldsCut, m.Chats, m.ReaderCapped,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// OpOutcomes are the outcome labels of paperboy_updates_total and paperboy_retractions_total.
func OpOutcomes() []string { return []string{"done", "unchanged", "cancelled", "not_sent", "failed"} }

// Init creates every labelled series of the configured channels and sources at zero, so each
// series README promises is on /metrics from the start (a rate() or an alert on a counter that
// does not exist yet sees nothing). reasons are the send failure reasons; inDoubt the actions
// taken on a delivery found mid-send.
func (m *Metrics) Init(channels, sources, reasons, inDoubt []string) {
	m.aggregate.Store(len(sources) > PerSourceLimit)
	if m.aggregate.Load() {
		sources = []string{AllSources}
	}
	for _, ch := range channels {
		m.initChannel(ch, reasons, inDoubt, true)
	}
	for _, kind := range []string{"reader", "community"} {
		for _, state := range []string{"active", "suspended"} {
			m.Chats.WithLabelValues(kind, state).Set(0)
		}
	}
	for _, src := range sources {
		m.ArticlesSeen.WithLabelValues(src)
		m.Duplicates.WithLabelValues(src)
		m.PollSeconds.WithLabelValues(src)
		m.SourceFailures.WithLabelValues(src).Set(0)
		m.ExtractFailures.WithLabelValues(src)
		m.FieldsCut.WithLabelValues(src)
		for _, r := range SkipReasons {
			m.ItemsSkipped.WithLabelValues(src, r)
		}
		for _, r := range PollResults {
			m.Polls.WithLabelValues(src, r)
		}
	}
}

// InitChats creates at zero the aggregate series of the readers' and communities' chats on each
// platform (ChannelLabel: "telegram:_all"), as Init does for configured channels.
func (m *Metrics) InitChats(platforms, reasons, inDoubt []string) {
	for _, p := range platforms {
		m.initChannel(p+":"+AllChats, reasons, inDoubt, false)
	}
}

// initChannel creates ch's series at zero; gauges only for a channel of its own.
func (m *Metrics) initChannel(ch string, reasons, inDoubt []string, gauges bool) {
	m.Enqueued.WithLabelValues(ch)
	m.Delivered.WithLabelValues(ch)
	m.RateLimited.WithLabelValues(ch)
	m.DeadLetters.WithLabelValues(ch)
	m.SendSeconds.WithLabelValues(ch)
	m.DetectToPost.WithLabelValues(ch)
	if gauges {
		m.QueueDepth.WithLabelValues(ch).Set(0)
		m.BreakerState.WithLabelValues(ch).Set(0)
		m.ChannelPaused.WithLabelValues(ch).Set(0)
		m.DeliverLeader.WithLabelValues(ch).Set(0)
	}
	for _, o := range OpOutcomes() {
		m.Updates.WithLabelValues(ch, o)
		m.Retractions.WithLabelValues(ch, o)
	}
	for _, r := range reasons {
		m.Failed.WithLabelValues(ch, r)
		m.Retries.WithLabelValues(ch, r)
	}
	for _, a := range inDoubt {
		m.InDoubt.WithLabelValues(ch, a)
	}
}

// AllChats is the channel label suffix of the readers' and communities' chats: every chat of a
// platform counts under "<platform>:_all" (see ChannelLabel).
const AllChats = "_all"

// ChannelLabel is the channel label value for the channel named name, and whether it keeps
// gauges of its own (queue depth, breaker state, paused, leader). A configured channel's name has
// no colon (config enforces it) and is its own label. A reader's or community's chat is named
// "<platform>:<chat id>" (bots.ChatChannel) and counts under "<platform>:_all": 20,000 chats with
// a dozen series each (two histograms among them) would cost more memory on every replica than
// the workers themselves; they keep no gauges, since one value for many chats would mean
// nothing (`paperboy` commands and the logs show a chat's state).
func ChannelLabel(name string) (label string, own bool) {
	if i := strings.IndexByte(name, ':'); i > 0 {
		return name[:i+1] + AllChats, false
	}
	return name, true
}

// PerSourceLimit is the most sources that get series of their own. Each source costs about a dozen
// series (a histogram among them) on every replica — at 100,000 sources that was 2.7 GB of heap —
// so a larger fleet counts all its sources under the one label value AllSources; per-source state
// stays visible in the dashboard, `paperboy sources list` and the logs.
const PerSourceLimit = 1000

// AllSources is the source label value every source metric uses above PerSourceLimit sources.
const AllSources = "_all"

// Source is the source label value to use for name: name itself, or AllSources for a fleet
// larger than PerSourceLimit.
func (m *Metrics) Source(name string) string {
	if m.aggregate.Load() {
		return AllSources
	}
	return name
}

// SetSourceFailures sets a source's consecutive-failure gauge. Above PerSourceLimit sources the
// gauge is not kept: one number for many sources' streaks would mean nothing.
func (m *Metrics) SetSourceFailures(name string, n int) {
	if m.aggregate.Load() {
		return
	}
	m.SourceFailures.WithLabelValues(name).Set(float64(n))
}

// SkipReasons are the values of items_skipped_total's reason label.
var SkipReasons = []string{"no_link", "bad_link", "link_too_long"}

// PollResults are the values of polls_total's result label.
var PollResults = []string{"ok", "not_modified", "error"}

const namespace = "paperboy"

func counter(name, help string, labels ...string) *prometheus.CounterVec {
	return prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: namespace, Name: name, Help: help}, labels)
}

func gauge(name, help string, labels ...string) *prometheus.GaugeVec {
	return prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: namespace, Name: name, Help: help}, labels)
}

func histogram(name, help string, buckets []float64, labels ...string) *prometheus.HistogramVec {
	return prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: namespace, Name: name, Help: help, Buckets: buckets}, labels)
}
