package deploy

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"paperboy/bots"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/metrics"
)

// exportedMetrics are the series (without the paperboy_ namespace) that operators may rely on:
// the dashboard, alerts and docs may use these and nothing else.
var exportedMetrics = map[string]bool{
	"posts_delivered_total":       true,
	"send_failures_total":         true,
	"retries_scheduled_total":     true,
	"rate_limited_total":          true,
	"dead_letters_total":          true,
	"in_doubt_total":              true,
	"send_seconds":                true,
	"detect_to_post_seconds":      true,
	"queue_depth":                 true,
	"breaker_state":               true,
	"channel_paused":              true,
	"polls_total":                 true,
	"poll_seconds":                true,
	"source_consecutive_failures": true,
	"articles_seen_total":         true,
	"duplicates_skipped_total":    true,
	"extract_failures_total":      true,
}

// histograms are the exported series that also have _bucket, _sum and _count.
var histograms = map[string]bool{"send_seconds": true, "detect_to_post_seconds": true, "poll_seconds": true}

// repoRoot is the module root: the tests run in deploy/.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("deploy: module root not found above deploy/: %v", err)
	}
	return root
}

// readFile reads a file of deploy/ (path relative to deploy/).
func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

var descPattern = regexp.MustCompile(`fqName: "([^"]+)".*variableLabels: \{([^}]*)\}`)

// codeMetrics returns every series core/metrics registers, with its label names, by describing
// each collector of a fresh metrics.Metrics.
func codeMetrics(t *testing.T) map[string][]string {
	t.Helper()
	m := metrics.New()
	out := map[string][]string{}
	v := reflect.ValueOf(m).Elem()
	collectorType := reflect.TypeFor[prometheus.Collector]()
	for i := range v.NumField() {
		f := v.Field(i)
		if !f.Type().Implements(collectorType) || f.Type() == reflect.TypeFor[*prometheus.Registry]() || f.IsNil() {
			continue
		}
		ch := make(chan *prometheus.Desc, 16)
		go func() {
			f.Interface().(prometheus.Collector).Describe(ch)
			close(ch)
		}()
		for d := range ch {
			sm := descPattern.FindStringSubmatch(d.String())
			if sm == nil {
				t.Fatalf("cannot read metric description %s", d)
			}
			var labels []string
			if sm[2] != "" {
				labels = strings.Split(sm[2], ",")
			}
			out[sm[1]] = labels
		}
	}
	if len(out) == 0 {
		t.Fatal("core/metrics described no series")
	}
	return out
}

// TestExportedMetricsExist keeps the documented list honest: every series the dashboard may use
// is registered by core/metrics under the paperboy_ namespace.
func TestExportedMetricsExist(t *testing.T) {
	have := codeMetrics(t)
	for name := range exportedMetrics {
		if _, ok := have["paperboy_"+name]; !ok {
			t.Errorf("paperboy_%s is documented for operators but core/metrics does not register it", name)
		}
	}
}

// checkConfig validates a configuration the way `paperboy check-config` does: the real loader
// (env expansion, *_file secrets, defaults, validation) and every channel built by its platform.
func checkConfig(t *testing.T, name, data string, env map[string]string) *config.Config {
	t.Helper()
	lookup := func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	cfg, err := config.Parse(name, []byte(data), lookup)
	if err != nil {
		t.Fatalf("check-config %s: %v", name, err)
	}
	if _, err := bots.Build(cfg, channel.Options{}); err != nil {
		t.Fatalf("check-config %s: %v", name, err)
	}
	return cfg
}
