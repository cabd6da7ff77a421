package deploy

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestReadmeStoreExamples loads every `store:` YAML example of the README through the real
// config loader, so the documented Redis, Sentinel and Cluster settings stay valid keys.
func TestReadmeStoreExamples(t *testing.T) {
	readme := string(readFile(t, "README.md"))
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(readme, -1)
	secret := filepath.Join(t.TempDir(), "redis_password")
	if err := os.WriteFile(secret, []byte("s3cret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var n int
	kinds := map[string]bool{}
	for _, b := range blocks {
		if !strings.HasPrefix(b[1], "store:") {
			continue
		}
		n++
		doc := strings.ReplaceAll(b[1], "/run/secrets/paperboy/redis_password", secret) +
			"sources:\n  - { name: s, url: \"https://example.com/feed.xml\" }\nchannels:\n  - { name: c, type: console }\n"
		cfg := checkConfig(t, "README.md store example", doc, nil)
		r := cfg.Store.Redis
		switch {
		case r.URL != "":
			kinds["standalone"] = true
		case r.MasterName != "" && len(r.Addrs) > 0:
			kinds["sentinel"] = true
		case len(r.Addrs) > 1:
			kinds["cluster"] = true
		}
		if (len(r.Addrs) > 0 || r.MasterName != "") && r.Password != "s3cret" {
			t.Errorf("password_file was not read in example:\n%s", b[1])
		}
	}
	for _, k := range []string{"standalone", "sentinel", "cluster"} {
		if !kinds[k] {
			t.Errorf("README has no %s store example", k)
		}
	}
	if n == 0 {
		t.Fatal("README has no store examples")
	}
}
