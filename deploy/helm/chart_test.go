package helm

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"helm.sh/helm/v4/pkg/chart/common"
	"helm.sh/helm/v4/pkg/chart/common/util"
	"helm.sh/helm/v4/pkg/chart/loader"
	"helm.sh/helm/v4/pkg/chart/v2/lint"
	"helm.sh/helm/v4/pkg/chart/v2/lint/support"
	"helm.sh/helm/v4/pkg/engine"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	kjson "sigs.k8s.io/json"
	"sigs.k8s.io/yaml"

	"paperboy/bots"
	"paperboy/config"
	"paperboy/core/channel"
)

const chartDir = "paperboy"

// release is what `helm template news deploy/helm/paperboy -n paperboy -f values` renders.
type release struct {
	deployment   *appsv1.Deployment
	service      *corev1.Service
	configMap    *corev1.ConfigMap
	secret       *corev1.Secret
	pdb          *policyv1.PodDisruptionBudget
	redis        *appsv1.StatefulSet
	redisService *corev1.Service
	redisPolicy  *networkingv1.NetworkPolicy
	notes        string
}

// strictDecode decodes one manifest as the API server does with fieldValidation=Strict.
func strictDecode(data []byte, v any) error {
	j, err := yaml.YAMLToJSONStrict(data)
	if err != nil {
		return err
	}
	strict, err := kjson.UnmarshalStrict(j, v)
	if err != nil {
		return err
	}
	return errors.Join(strict...)
}

// render runs Helm's template engine on the chart with values, as `helm template` does.
func render(t *testing.T, values map[string]any) (release, error) {
	t.Helper()
	ch, err := loader.Load(chartDir)
	if err != nil {
		t.Fatalf("load chart: %v", err)
	}
	vals, err := util.ToRenderValues(ch, values, common.ReleaseOptions{Name: "news", Namespace: "paperboy", IsInstall: true}, common.DefaultCapabilities)
	if err != nil {
		return release{}, err
	}
	files, err := engine.Render(ch, vals)
	if err != nil {
		return release{}, err
	}
	var r release
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range files {
			if !yield(k) {
				return
			}
		}
	})
	for _, name := range names {
		if strings.HasSuffix(name, "NOTES.txt") {
			r.notes = files[name]
			continue
		}
		if strings.HasSuffix(name, ".tpl") {
			continue
		}
		for _, doc := range regexp.MustCompile(`(?m)^---\s*$`).Split(files[name], -1) {
			if strings.TrimSpace(stripComments(doc)) == "" {
				continue
			}
			decodeInto(t, &r, name, []byte(doc))
		}
	}
	return r, nil
}

func stripComments(doc string) string {
	var b strings.Builder
	for line := range strings.SplitSeq(doc, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

func decodeInto(t *testing.T, r *release, file string, doc []byte) {
	t.Helper()
	var tm struct {
		metav1.TypeMeta `json:",inline"`
		Metadata        struct {
			Name string `json:"name"`
		} `json:"metadata"`
	}
	if err := yaml.Unmarshal(doc, &tm); err != nil {
		t.Fatalf("%s: %v\n%s", file, err, doc)
	}
	var obj any
	switch tm.APIVersion + " " + tm.Kind {
	case "apps/v1 Deployment":
		r.deployment = &appsv1.Deployment{}
		obj = r.deployment
	case "v1 Service":
		if strings.HasSuffix(tm.Metadata.Name, "-redis") {
			r.redisService = &corev1.Service{}
			obj = r.redisService
		} else {
			r.service = &corev1.Service{}
			obj = r.service
		}
	case "v1 ConfigMap":
		r.configMap = &corev1.ConfigMap{}
		obj = r.configMap
	case "v1 Secret":
		r.secret = &corev1.Secret{}
		obj = r.secret
	case "policy/v1 PodDisruptionBudget":
		r.pdb = &policyv1.PodDisruptionBudget{}
		obj = r.pdb
	case "apps/v1 StatefulSet":
		r.redis = &appsv1.StatefulSet{}
		obj = r.redis
	case "networking.k8s.io/v1 NetworkPolicy":
		r.redisPolicy = &networkingv1.NetworkPolicy{}
		obj = r.redisPolicy
	default:
		t.Fatalf("%s: unexpected %s %s", file, tm.APIVersion, tm.Kind)
	}
	if err := strictDecode(doc, obj); err != nil {
		t.Fatalf("%s (%s %s): %v\n%s", file, tm.Kind, tm.Metadata.Name, err, doc)
	}
}

// TestChartLint runs Helm's linter (what `helm lint` runs) on the chart with its default values
// and with the values a real deployment would give; warnings count as failures.
func TestChartLint(t *testing.T) {
	for name, values := range map[string]map[string]any{
		"defaults": nil,
		"secrets":  {"secrets": map[string]any{"telegram_bot_token": "123456789:AAfake"}},
	} {
		t.Run(name, func(t *testing.T) {
			res := lint.RunAll(chartDir, values, "paperboy")
			for _, m := range res.Messages {
				if m.Severity >= support.WarningSev {
					t.Errorf("helm lint: %s", m)
				}
			}
		})
	}
}

// TestChartDefaults renders the default chart: the objects are valid API objects, the pods meet
// the restricted Pod Security Standard, GOMEMLIMIT is ~90% of the limit, the configuration is
// valid for paperboy's own loader, and it names the Redis the chart ships.
func TestChartDefaults(t *testing.T) {
	r, err := render(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.deployment == nil || r.service == nil || r.configMap == nil || r.pdb == nil || r.redis == nil || r.redisService == nil || r.redisPolicy == nil {
		t.Fatalf("missing objects: %+v", r)
	}
	if r.secret != nil {
		t.Error("a Secret was rendered with no secrets given")
	}
	pod := r.deployment.Spec.Template.Spec
	if psc := pod.SecurityContext; psc == nil || psc.RunAsNonRoot == nil || !*psc.RunAsNonRoot || psc.SeccompProfile == nil {
		t.Errorf("pod securityContext: %+v", psc)
	}
	if len(pod.InitContainers) != 1 || strings.Join(pod.InitContainers[0].Args, " ") != "check-config /etc/paperboy/config.yaml" {
		t.Errorf("want a check-config init container: %+v", pod.InitContainers)
	}
	app := pod.Containers[0]
	for _, c := range append(slices.Clone(pod.InitContainers), pod.Containers...) {
		checkContainer(t, c)
		if c.Image != "paperboy:0.1.0" {
			t.Errorf("%s: image %q, want the chart's appVersion", c.Name, c.Image)
		}
	}
	checkContainer(t, r.redis.Spec.Template.Spec.Containers[0])
	if got := goMemLimit(t, app); got != "230MiB" {
		t.Errorf("GOMEMLIMIT = %q, want 230MiB (90%% of 256Mi)", got)
	}
	for k, v := range r.deployment.Spec.Selector.MatchLabels {
		if r.deployment.Spec.Template.Labels[k] != v || r.service.Spec.Selector[k] != v || r.pdb.Spec.Selector.MatchLabels[k] != v {
			t.Errorf("selector %s=%s must match the pod labels, the Service and the PDB", k, v)
		}
	}
	if r.service.Spec.Type != corev1.ServiceTypeClusterIP {
		t.Errorf("service type %s, want ClusterIP", r.service.Spec.Type)
	}
	if p := r.service.Spec.Ports; len(p) != 1 || p[0].Port != 8080 || p[0].TargetPort.StrVal != "http" || app.Ports[0].Name != "http" || app.Ports[0].ContainerPort != 8080 {
		t.Errorf("service ports %+v must reach the container's http port 8080 (%+v)", p, app.Ports)
	}
	if r.pdb.Spec.MinAvailable == nil || r.pdb.Spec.MinAvailable.IntValue() != 1 {
		t.Errorf("PDB minAvailable = %v", r.pdb.Spec.MinAvailable)
	}
	if pod.Volumes[0].ConfigMap == nil || pod.Volumes[0].ConfigMap.Name != r.configMap.Name {
		t.Errorf("config volume %+v does not use ConfigMap %s", pod.Volumes[0], r.configMap.Name)
	}
	cfg := checkConfig(t, r.configMap.Data["config.yaml"], nil)
	if want := "redis://" + r.redisService.Name + ":6379/0"; cfg.Store.Redis.URL != want {
		t.Errorf("store.redis.url = %q, want the chart's Redis %s", cfg.Store.Redis.URL, want)
	}
	rs := r.redis.Spec.Template.Spec.Containers[0]
	if !strings.Contains(strings.Join(rs.Args, " "), "--appendonly yes") || !regexp.MustCompile(`^redis:7[\w.-]*@sha256:[0-9a-f]{64}$`).MatchString(rs.Image) {
		t.Errorf("redis: want AOF and a pinned redis:7 image, got %s %v", rs.Image, rs.Args)
	}
	if len(r.redis.Spec.VolumeClaimTemplates) != 1 || rs.VolumeMounts[0].MountPath != "/data" {
		t.Errorf("redis /data must be a volume claim")
	}
	for k, v := range r.redisPolicy.Spec.Ingress[0].From[0].PodSelector.MatchLabels {
		if r.deployment.Spec.Template.Labels[k] != v {
			t.Errorf("the Redis NetworkPolicy does not admit the paperboy pods (%s=%s)", k, v)
		}
	}
	if !strings.Contains(r.notes, "check-config") {
		t.Errorf("NOTES.txt: %q", r.notes)
	}
}

// TestChartOwnRedisAndSecrets: with redis disabled no Redis objects are rendered and the
// configuration names the operator's; secrets become a Secret mounted where *_file keys read.
func TestChartOwnRedisAndSecrets(t *testing.T) {
	values := map[string]any{
		"redis":   map[string]any{"enabled": false},
		"secrets": map[string]any{"telegram_bot_token": "123456789:AAfake-token_for-tests"},
		"config": `store:
  redis: { url: "redis://redis.shared.svc:6379/2" }
http: { listen: ":8080" }
sources:
  - { name: yna, url: "https://www.yna.co.kr/rss/news.xml" }
channels:
  - { name: tg, type: telegram, token_file: /run/secrets/paperboy/telegram_bot_token, chat: "@my_news_channel" }
`,
		"resources": map[string]any{"limits": map[string]any{"memory": "1Gi"}},
		"image":     map[string]any{"digest": "sha256:" + strings.Repeat("ab", 32)},
	}
	r, err := render(t, values)
	if err != nil {
		t.Fatal(err)
	}
	if r.redis != nil || r.redisService != nil || r.redisPolicy != nil {
		t.Error("redis objects rendered with redis.enabled false")
	}
	if r.secret == nil || r.secret.StringData["telegram_bot_token"] == "" {
		t.Fatalf("secret not rendered: %+v", r.secret)
	}
	var mounted bool
	for _, v := range r.deployment.Spec.Template.Spec.Volumes {
		if v.Secret != nil && v.Secret.SecretName == r.secret.Name {
			mounted = true
		}
	}
	if !mounted {
		t.Error("the Secret is not mounted")
	}
	app := r.deployment.Spec.Template.Spec.Containers[0]
	if got := goMemLimit(t, app); got != "921MiB" {
		t.Errorf("GOMEMLIMIT = %q, want 921MiB (90%% of 1Gi)", got)
	}
	if want := "paperboy@sha256:" + strings.Repeat("ab", 32); app.Image != want {
		t.Errorf("image %q, want %q", app.Image, want)
	}
	cfg := checkConfig(t, r.configMap.Data["config.yaml"], r.secret.StringData)
	if cfg.Store.Redis.URL != "redis://redis.shared.svc:6379/2" {
		t.Errorf("store.redis.url = %q", cfg.Store.Redis.URL)
	}
}

// TestChartRefusesBadValues: values the chart cannot turn into a safe deployment fail the
// render with a message that says what to set.
func TestChartRefusesBadValues(t *testing.T) {
	cases := []struct {
		name   string
		values map[string]any
		want   string
	}{
		{"memory limit in another unit", map[string]any{"resources": map[string]any{"limits": map[string]any{"memory": "1G"}}}, "set resources.limits.memory in Mi or Gi, or goMemLimit"},
		{"chart redis off but config uses it", map[string]any{"redis": map[string]any{"enabled": false}}, "redis.enabled is false"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := render(t, c.values)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
	r, err := render(t, map[string]any{"resources": map[string]any{"limits": map[string]any{"memory": "1G"}}, "goMemLimit": "900MiB"})
	if err != nil {
		t.Fatal(err)
	}
	if got := goMemLimit(t, r.deployment.Spec.Template.Spec.Containers[0]); got != "900MiB" {
		t.Errorf("goMemLimit override: %q", got)
	}
}

func goMemLimit(t *testing.T, c corev1.Container) string {
	t.Helper()
	for _, e := range c.Env {
		if e.Name == "GOMEMLIMIT" {
			return e.Value
		}
	}
	t.Fatalf("%s: no GOMEMLIMIT", c.Name)
	return ""
}

// checkContainer asserts the restricted Pod Security Standard, a read-only root and resources.
func checkContainer(t *testing.T, c corev1.Container) {
	t.Helper()
	sc := c.SecurityContext
	if sc == nil || sc.RunAsNonRoot == nil || !*sc.RunAsNonRoot || sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem ||
		sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation || sc.Capabilities == nil || !slices.Contains(sc.Capabilities.Drop, "ALL") {
		t.Errorf("%s: securityContext %+v does not meet the restricted standard", c.Name, sc)
	}
	if q, ok := c.Resources.Limits[corev1.ResourceMemory]; !ok || q.IsZero() {
		t.Errorf("%s: no memory limit", c.Name)
	}
}

// checkConfig loads a rendered config.yaml with paperboy's loader and channel builders, with
// the Secret's keys as the files the pod would see.
func checkConfig(t *testing.T, data string, secrets map[string]string) *config.Config {
	t.Helper()
	dir := t.TempDir()
	for k, v := range secrets {
		if err := os.WriteFile(filepath.Join(dir, k), []byte(v), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	data = strings.ReplaceAll(data, "/run/secrets/paperboy/", dir+"/")
	cfg, err := config.Parse("rendered config.yaml", []byte(data), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatalf("%v\n%s", err, numbered(data))
	}
	if _, err := bots.Build(cfg, channel.Options{}); err != nil {
		t.Fatal(err)
	}
	return cfg
}

func numbered(s string) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		fmt.Fprintf(&b, "%3s %s\n", strconv.Itoa(i+1), line)
	}
	return b.String()
}
