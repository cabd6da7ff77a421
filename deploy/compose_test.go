package deploy

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v4"
)

// composeService is the part of a compose service the tests check. yaml.v3 resolves the
// x-paperboy anchor and `<<` merge, as compose does.
type composeService struct {
	Image       string            `yaml:"image"`
	Command     []string          `yaml:"command"`
	User        string            `yaml:"user"`
	ReadOnly    bool              `yaml:"read_only"`
	Tmpfs       []string          `yaml:"tmpfs"`
	CapDrop     []string          `yaml:"cap_drop"`
	SecurityOpt []string          `yaml:"security_opt"`
	Restart     string            `yaml:"restart"`
	Ports       []string          `yaml:"ports"`
	MemLimit    string            `yaml:"mem_limit"`
	Secrets     []string          `yaml:"secrets"`
	Environment map[string]string `yaml:"environment"`
	EnvFile     []struct {
		Path     string `yaml:"path"`
		Required bool   `yaml:"required"`
	} `yaml:"env_file"`
	Volumes     []yaml.Node `yaml:"volumes"`
	Healthcheck struct {
		Test    []string `yaml:"test"`
		Disable bool     `yaml:"disable"`
	} `yaml:"healthcheck"`
	DependsOn map[string]struct {
		Condition string `yaml:"condition"`
	} `yaml:"depends_on"`
}

type composeFile struct {
	Services map[string]composeService `yaml:"services"`
	Secrets  map[string]struct {
		File string `yaml:"file"`
	} `yaml:"secrets"`
	Volumes map[string]any `yaml:"volumes"`
}

func loadCompose(t *testing.T) composeFile {
	t.Helper()
	var c composeFile
	if err := yaml.Unmarshal(readFile(t, "compose.yaml"), &c); err != nil {
		t.Fatalf("compose.yaml: %v", err)
	}
	return c
}

// mountTarget returns the target of a short ("src:dst[:ro]") or long volume entry, and whether it is read-only.
func mountTarget(n yaml.Node) (source, target string, ro bool) {
	if n.Kind == yaml.ScalarNode {
		parts := strings.Split(n.Value, ":")
		if len(parts) >= 2 {
			return parts[0], parts[1], len(parts) > 2 && parts[2] == "ro"
		}
		return "", parts[0], false
	}
	var long struct {
		Source   string `yaml:"source"`
		Target   string `yaml:"target"`
		ReadOnly bool   `yaml:"read_only"`
	}
	_ = n.Decode(&long)
	return long.Source, long.Target, long.ReadOnly
}

func TestCompose(t *testing.T) {
	c := loadCompose(t)
	pb, ok := c.Services["paperboy"]
	if !ok {
		t.Fatal("compose.yaml: no paperboy service")
	}
	check, ok := c.Services["check-config"]
	if !ok {
		t.Fatal("compose.yaml: no check-config init service")
	}
	for name, s := range map[string]composeService{"paperboy": pb, "check-config": check} {
		if !s.ReadOnly {
			t.Errorf("%s: read_only must be true", name)
		}
		uid, _, _ := strings.Cut(s.User, ":")
		if uid == "" || uid == "0" || uid == "root" {
			t.Errorf("%s: user %q must be a non-root uid", name, s.User)
		}
		if uid != "65532" {
			t.Errorf("%s: user %q, want 65532 (the image's nonroot user, owner of /data)", name, s.User)
		}
		if !slices.Contains(s.Tmpfs, "/tmp") {
			t.Errorf("%s: tmpfs /tmp missing", name)
		}
		if !slices.Contains(s.CapDrop, "ALL") {
			t.Errorf("%s: cap_drop must contain ALL", name)
		}
		if !slices.Contains(s.SecurityOpt, "no-new-privileges:true") {
			t.Errorf("%s: security_opt no-new-privileges:true missing", name)
		}
		if !slices.Contains(s.Secrets, "telegram_bot_token") {
			t.Errorf("%s: secret telegram_bot_token not attached", name)
		}
		if len(s.EnvFile) == 0 || s.EnvFile[0].Path != ".env" {
			t.Errorf("%s: env_file .env missing", name)
		}
		var config bool
		for _, v := range s.Volumes {
			src, dst, ro := mountTarget(v)
			if dst == "/etc/paperboy/config.yaml" {
				config = true
				if !ro {
					t.Errorf("%s: the config must be mounted read-only", name)
				}
				if _, err := os.Stat(src); err != nil {
					t.Errorf("%s: config source %s: %v", name, src, err)
				}
			}
		}
		if !config {
			t.Errorf("%s: no config mounted at /etc/paperboy/config.yaml", name)
		}
	}
	if got := strings.Join(check.Command, " "); got != "check-config /etc/paperboy/config.yaml" {
		t.Errorf("check-config command = %q", got)
	}
	if got := strings.Join(pb.Command, " "); got != "run --config /etc/paperboy/config.yaml" {
		t.Errorf("paperboy command = %q", got)
	}
	if pb.Restart != "unless-stopped" {
		t.Errorf("paperboy restart = %q, want unless-stopped", pb.Restart)
	}
	if len(pb.Healthcheck.Test) < 3 || pb.Healthcheck.Test[0] != "CMD" || pb.Healthcheck.Test[1] != "/paperboy" || pb.Healthcheck.Test[2] != "health" {
		t.Errorf("paperboy healthcheck = %v, want [CMD /paperboy health ...]", pb.Healthcheck.Test)
	}
	if pb.DependsOn["redis"].Condition != "service_healthy" {
		t.Errorf("paperboy must wait for redis to be healthy, got %+v", pb.DependsOn)
	}
	if pb.DependsOn["check-config"].Condition != "service_completed_successfully" {
		t.Errorf("paperboy must wait for check-config to succeed, got %+v", pb.DependsOn)
	}
	if !slices.ContainsFunc(pb.Ports, func(p string) bool { return strings.HasSuffix(p, ":8080") }) {
		t.Errorf("paperboy ports %v do not publish 8080", pb.Ports)
	}
	for name, s := range c.Services {
		for _, p := range s.Ports {
			if !strings.HasPrefix(p, "127.0.0.1:") {
				t.Errorf("%s publishes %q on every interface; bind it to 127.0.0.1 (a TLS reverse proxy exposes it)", name, p)
			}
		}
	}
	limit, err := parseComposeBytes(pb.MemLimit)
	if err != nil {
		t.Errorf("paperboy mem_limit: %v", err)
	}
	soft, err := parseGoMemLimit(pb.Environment["GOMEMLIMIT"])
	if err != nil {
		t.Errorf("paperboy GOMEMLIMIT: %v", err)
	}
	if r := float64(soft) / float64(limit); limit > 0 && (r < 0.85 || r > 0.95) {
		t.Errorf("GOMEMLIMIT %s is %.0f%% of mem_limit %s, want about 90%%", pb.Environment["GOMEMLIMIT"], 100*r, pb.MemLimit)
	}

	redis := c.Services["redis"]
	if !strings.HasPrefix(redis.Image, "redis:7") || !regexp.MustCompile(`@sha256:[0-9a-f]{64}$`).MatchString(redis.Image) {
		t.Errorf("redis image = %q, want redis:7 pinned by digest", redis.Image)
	}
	if i := slices.Index(redis.Command, "--appendonly"); i < 0 || i+1 >= len(redis.Command) || redis.Command[i+1] != "yes" {
		t.Errorf("redis must run with --appendonly yes, command %v", redis.Command)
	}
	var dataVolume string
	for _, v := range redis.Volumes {
		if src, dst, _ := mountTarget(v); dst == "/data" {
			dataVolume = src
		}
	}
	if _, ok := c.Volumes[dataVolume]; !ok {
		t.Errorf("redis /data must be a named volume declared at the top level, got %q", dataVolume)
	}
	if strings.Join(redis.Healthcheck.Test, " ") != "CMD redis-cli ping" {
		t.Errorf("redis healthcheck = %v, want [CMD redis-cli ping]", redis.Healthcheck.Test)
	}
	if c.Secrets["telegram_bot_token"].File == "" {
		t.Error("top-level secret telegram_bot_token needs a file")
	}
}

// parseEnvFile reads KEY=VALUE lines, as compose's env_file does for these simple values.
func parseEnvFile(t *testing.T, path string) map[string]string {
	t.Helper()
	env := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(readFile(t, path)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("%s: not KEY=VALUE: %q", path, line)
		}
		env[k] = v
	}
	return env
}

// TestComposeConfigValid loads deploy/config.yaml with the real loader and channel builders, with
// the environment from .env.example and the compose secret as a file, as check-config does in
// the container.
func TestComposeConfigValid(t *testing.T) {
	c := loadCompose(t)
	env := parseEnvFile(t, ".env.example")
	secrets := t.TempDir()
	for name := range c.Secrets {
		// A well-formed fake: the validators check the token's shape.
		if err := os.WriteFile(filepath.Join(secrets, name), []byte("123456789:AAfake-token_for-tests\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	data := strings.ReplaceAll(string(readFile(t, "config.yaml")), "/run/secrets/", secrets+"/")
	for _, m := range regexp.MustCompile(`(?m)^\s*\w+_file:\s*(\S+)`).FindAllStringSubmatch(data, -1) {
		if !strings.HasPrefix(m[1], secrets+"/") {
			t.Errorf("config.yaml reads %s, which is not a compose secret under /run/secrets/", m[1])
		}
	}
	checkConfig(t, "config.yaml", data, env)
}

// TestDockerComposeConfig runs the real compose parser when the docker CLI has the compose plugin.
func TestDockerComposeConfig(t *testing.T) {
	if _, err := exec.LookPath("docker"); err != nil {
		t.Skip("docker CLI not installed; `docker compose -f deploy/compose.yaml config -q` not run")
	}
	if out, err := exec.Command("docker", "compose", "version").CombinedOutput(); err != nil {
		t.Skipf("docker compose plugin not available (%s); install it to run this check", strings.TrimSpace(string(out)))
	}
	cmd := exec.Command("docker", "compose", "-f", "deploy/compose.yaml", "config", "-q")
	cmd.Dir = repoRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("docker compose config: %v\n%s", err, out)
	}
	cmd = exec.Command("docker", "compose", "-f", "deploy/compose.yaml", "config", "--services")
	cmd.Dir = repoRoot(t)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Fields(string(out))
	slices.Sort(got)
	if fmt.Sprint(got) != "[check-config paperboy redis]" {
		t.Errorf("docker compose services = %v", got)
	}
}

// parseComposeBytes reads a compose memory value: a number with an optional b, k, m or g unit
// (powers of 1024, as Docker reads them).
func parseComposeBytes(s string) (int64, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"gb", 1 << 30}, {"mb", 1 << 20}, {"kb", 1 << 10}, {"g", 1 << 30}, {"m", 1 << 20}, {"k", 1 << 10}, {"b", 1}} {
		if v, ok := strings.CutSuffix(s, u.suffix); ok {
			s, mult = v, u.m
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a memory size", s)
	}
	return n * mult, nil
}

// parseGoMemLimit reads GOMEMLIMIT as the Go runtime does: a number with B, KiB, MiB, GiB or TiB.
func parseGoMemLimit(s string) (int64, error) {
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"TiB", 1 << 40}, {"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"B", 1}} {
		if v, ok := strings.CutSuffix(s, u.suffix); ok {
			s, mult = v, u.m
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a GOMEMLIMIT value (e.g. 230MiB)", s)
	}
	return n * mult, nil
}
