package deploy

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestK8sConfigValid loads the ConfigMap's config.yaml with the real loader, with the example
// Secret's keys as the files the pod would see, so a *_file naming a key the Secret lacks fails.
func TestK8sConfigValid(t *testing.T) {
	m, _ := loadManifests(t)
	data, ok := m.configMap.Data["config.yaml"]
	if !ok {
		t.Fatal("ConfigMap has no config.yaml key")
	}
	dir := t.TempDir()
	for k, v := range m.secret.StringData {
		if err := os.WriteFile(filepath.Join(dir, k), []byte(v), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	data = strings.ReplaceAll(data, "/run/secrets/paperboy/", dir+"/")
	cfg := checkConfig(t, "configmap config.yaml", data, nil)
	if cfg.Store.Redis.URL != "redis://redis:6379/0" {
		t.Errorf("store.redis.url = %q, want redis://redis:6379/0 (two replicas need Redis)", cfg.Store.Redis.URL)
	}
	if cfg.HTTP.Listen != ":8080" {
		t.Errorf("http.listen = %q, the probes and Service use 8080", cfg.HTTP.Listen)
	}
}

// TestKustomizeBuild renders the kustomization with kubectl's built-in kustomize (no cluster needed).
func TestKustomizeBuild(t *testing.T) {
	if _, err := exec.LookPath("kubectl"); err != nil {
		t.Skip("kubectl not installed; `kubectl kustomize deploy/k8s` not run")
	}
	out, err := exec.Command("kubectl", "kustomize", "k8s").CombinedOutput()
	if err != nil {
		t.Fatalf("kubectl kustomize: %v\n%s", err, out)
	}
	for _, want := range []string{"kind: Deployment", "kind: PodDisruptionBudget", "namespace: paperboy", "image: paperboy:"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("rendered manifests lack %q", want)
		}
	}
	if bytes.Contains(out, []byte("kind: Secret")) {
		t.Error("rendered manifests contain a Secret")
	}
}
