package deploy

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// dashboard is the part of a Grafana dashboard the tests read.
type dashboard struct {
	Title      string  `json:"title"`
	UID        string  `json:"uid"`
	Panels     []panel `json:"panels"`
	Templating struct {
		List []struct {
			Name string `json:"name"`
		} `json:"list"`
	} `json:"templating"`
}

type panel struct {
	ID      int     `json:"id"`
	Type    string  `json:"type"`
	Title   string  `json:"title"`
	Panels  []panel `json:"panels"`
	GridPos struct {
		H, W, X, Y int
	} `json:"gridPos"`
	Targets []struct {
		Expr  string `json:"expr"`
		RefID string `json:"refId"`
	} `json:"targets"`
}

func loadDashboard(t *testing.T) dashboard {
	t.Helper()
	var d dashboard
	if err := json.Unmarshal(readFile(t, "grafana/paperboy.json"), &d); err != nil {
		t.Fatalf("grafana/paperboy.json: %v", err)
	}
	return d
}

// allPanels flattens rows.
func allPanels(ps []panel) []panel {
	var out []panel
	for _, p := range ps {
		out = append(out, p)
		out = append(out, allPanels(p.Panels)...)
	}
	return out
}

var (
	seriesRef   = regexp.MustCompile(`\b(paperboy_[a-z0-9_]+)(\{[^}]*\})?`)
	matcherKey  = regexp.MustCompile(`([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"([^"]*)"`)
	groupingRef = regexp.MustCompile(`\b(?:by|without)\s*\(([^)]*)\)`)
	variableRef = regexp.MustCompile(`\$\{?([a-zA-Z_][a-zA-Z0-9_]*)`)
)

// baseMetric strips the histogram suffixes of a series name.
func baseMetric(series string) string {
	name := strings.TrimPrefix(series, "paperboy_")
	for _, suf := range []string{"_bucket", "_sum", "_count"} {
		if b, ok := strings.CutSuffix(name, suf); ok && histograms[b] {
			return b
		}
	}
	return name
}

// TestDashboardQueries checks every query against the exported series and their real labels,
// so the dashboard cannot silently show "No data" after a rename.
func TestDashboardQueries(t *testing.T) {
	d := loadDashboard(t)
	code := codeMetrics(t)
	vars := map[string]bool{"__rate_interval": true, "__interval": true, "__range": true}
	for _, v := range d.Templating.List {
		vars[v.Name] = true
	}
	if d.Title == "" || d.UID == "" {
		t.Error("the dashboard needs a title and a uid")
	}
	ids := map[int]string{}
	var exprs []string
	for _, p := range allPanels(d.Panels) {
		if prev, dup := ids[p.ID]; dup {
			t.Errorf("panel id %d used by %q and %q", p.ID, prev, p.Title)
		}
		ids[p.ID] = p.Title
		if p.Title == "" {
			t.Errorf("panel %d has no title", p.ID)
		}
		if p.GridPos.W <= 0 || p.GridPos.H <= 0 || p.GridPos.X+p.GridPos.W > 24 {
			t.Errorf("panel %q: gridPos %+v outside the 24-column grid", p.Title, p.GridPos)
		}
		if p.Type != "row" && len(p.Targets) == 0 {
			t.Errorf("panel %q has no query", p.Title)
		}
		for _, tg := range p.Targets {
			exprs = append(exprs, tg.Expr)
			checkExpr(t, p.Title, tg.Expr, code, vars)
		}
	}
	all := strings.Join(exprs, "\n")
	for _, want := range []string{
		`sum by (channel) (rate(paperboy_posts_delivered_total`,
		`sum by (channel, reason) (rate(paperboy_send_failures_total`,
		`paperboy_queue_depth`,
		`paperboy_breaker_state`,
		`histogram_quantile(0.5, sum by (le) (rate(paperboy_detect_to_post_seconds_bucket`,
		`histogram_quantile(0.99, sum by (le) (rate(paperboy_detect_to_post_seconds_bucket`,
		`result="not_modified"}[1h])) / sum(rate(paperboy_polls_total{`,
		`result="error"`,
		`paperboy_dead_letters_total`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no panel queries %s", want)
		}
	}
}

func checkExpr(t *testing.T, title, expr string, code map[string][]string, vars map[string]bool) {
	t.Helper()
	if strings.Count(expr, "(") != strings.Count(expr, ")") || strings.Count(expr, "{") != strings.Count(expr, "}") {
		t.Errorf("panel %q: unbalanced brackets in %s", title, expr)
	}
	refs := seriesRef.FindAllStringSubmatch(expr, -1)
	if len(refs) == 0 {
		t.Errorf("panel %q: query uses no paperboy series: %s", title, expr)
	}
	labels := map[string]bool{"le": true}
	for _, r := range refs {
		base := baseMetric(r[1])
		if !exportedMetrics[base] {
			t.Errorf("panel %q: %s is not an exported series", title, r[1])
			continue
		}
		have, ok := code["paperboy_"+base]
		if !ok {
			t.Errorf("panel %q: core/metrics does not register paperboy_%s", title, base)
			continue
		}
		for _, l := range have {
			labels[l] = true
		}
		for _, m := range matcherKey.FindAllStringSubmatch(r[2], -1) {
			if !slices.Contains(have, m[1]) {
				t.Errorf("panel %q: paperboy_%s has no label %q (has %v)", title, base, m[1], have)
			}
			if m[1] == "result" && !slices.Contains([]string{"ok", "not_modified", "error"}, m[3]) {
				t.Errorf("panel %q: polls_total result %q is not ok|not_modified|error", title, m[3])
			}
		}
	}
	for _, g := range groupingRef.FindAllStringSubmatch(expr, -1) {
		for l := range strings.SplitSeq(g[1], ",") {
			if l = strings.TrimSpace(l); l != "" && !labels[l] {
				t.Errorf("panel %q: groups by %q, which none of its series has", title, l)
			}
		}
	}
	for _, v := range variableRef.FindAllStringSubmatch(expr, -1) {
		if !vars[v[1]] {
			t.Errorf("panel %q: variable $%s is not defined in templating", title, v[1])
		}
	}
}
