package deliver

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The defaults config.Deliver documents (its comments are the user's reference) are the ones
// the workers use.
func TestDefaultsMatchTheConfigDocs(t *testing.T) {
	src, err := os.ReadFile("../../config/config.go")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(src), "\n")
	documented := regexp.MustCompile(`\(default ([^)]+)\)`)
	d := DefaultSettings()
	for key, want := range map[string]any{
		"max_attempts": d.MaxAttempts, "backoff_base": d.BackoffBase, "backoff_max": d.BackoffMax,
		"lease": d.Lease, "breaker_after": d.BreakerAfter, "breaker_timeout": d.BreakerTimeout,
	} {
		var doc []string
		for i, l := range lines {
			if strings.Contains(l, "`yaml:\""+key+"\"`") {
				doc = documented.FindStringSubmatch(l) // a trailing comment, else the line above
				if doc == nil && i > 0 {
					doc = documented.FindStringSubmatch(lines[i-1])
				}
				break
			}
		}
		if doc == nil {
			t.Errorf("config.Deliver %s: no (default …) in its comment", key)
			continue
		}
		got := any(doc[1])
		if _, ok := want.(time.Duration); ok {
			v, err := time.ParseDuration(doc[1])
			if err != nil {
				t.Errorf("config.Deliver %s: default %q: %v", key, doc[1], err)
				continue
			}
			got = v
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("config.Deliver %s documents default %v; deliver uses %v", key, got, want)
		}
	}
}
