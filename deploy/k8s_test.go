package deploy

import (
	"errors"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	kjson "sigs.k8s.io/json"
	"sigs.k8s.io/yaml"
)

// manifests holds every object of deploy/k8s, decoded strictly into the Kubernetes API types:
// an unknown, misspelt (even only in case) or duplicated field fails the test, as the API
// server's strict field validation would.
type manifests struct {
	deployment *appsv1.Deployment
	configMap  *corev1.ConfigMap
	service    *corev1.Service
	pdb        *policyv1.PodDisruptionBudget
	namespace  *corev1.Namespace
	secret     *corev1.Secret // secret.example.yaml, not part of the kustomization

	redis        *appsv1.StatefulSet
	redisService *corev1.Service
	redisPolicy  *networkingv1.NetworkPolicy
}

type kustomization struct {
	APIVersion string   `json:"apiVersion"`
	Kind       string   `json:"kind"`
	Namespace  string   `json:"namespace"`
	Resources  []string `json:"resources"`
	Labels     []struct {
		Pairs            map[string]string `json:"pairs"`
		IncludeSelectors bool              `json:"includeSelectors"`
	} `json:"labels"`
	Images []struct {
		Name    string `json:"name"`
		NewName string `json:"newName"`
		NewTag  string `json:"newTag"`
	} `json:"images"`
}

// strictDecode decodes YAML the way the API server does with fieldValidation=Strict: keys match
// case-sensitively (encoding/json alone would accept readOnlyRootFileSystem), and unknown or
// duplicate keys are errors.
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

// decodeManifest decodes one file into the API type its apiVersion and kind name.
func decodeManifest(t *testing.T, m *manifests, path string) {
	t.Helper()
	data := readFile(t, path)
	if docs := regexp.MustCompile(`(?m)^---\s*$`).Split(string(data), -1); len(docs) > 1 {
		t.Fatalf("%s: one object per file, found %d", path, len(docs))
	}
	var tm struct {
		metav1.TypeMeta `json:",inline"`
		Metadata        struct {
			Name string `json:"name"`
		} `json:"metadata"`
	}
	if err := yaml.Unmarshal(data, &tm); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var obj any
	switch tm.APIVersion + " " + tm.Kind {
	case "apps/v1 StatefulSet":
		m.redis = &appsv1.StatefulSet{}
		obj = m.redis
	case "networking.k8s.io/v1 NetworkPolicy":
		m.redisPolicy = &networkingv1.NetworkPolicy{}
		obj = m.redisPolicy
	case "v1 Service":
		if tm.Metadata.Name == "redis" {
			m.redisService = &corev1.Service{}
			obj = m.redisService
		} else {
			m.service = &corev1.Service{}
			obj = m.service
		}
	case "apps/v1 Deployment":
		m.deployment = &appsv1.Deployment{}
		obj = m.deployment
	case "v1 ConfigMap":
		m.configMap = &corev1.ConfigMap{}
		obj = m.configMap
	case "policy/v1 PodDisruptionBudget":
		m.pdb = &policyv1.PodDisruptionBudget{}
		obj = m.pdb
	case "v1 Namespace":
		m.namespace = &corev1.Namespace{}
		obj = m.namespace
	case "v1 Secret":
		m.secret = &corev1.Secret{}
		obj = m.secret
	default:
		t.Fatalf("%s: unexpected %s %s", path, tm.APIVersion, tm.Kind)
	}
	if err := strictDecode(data, obj); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func loadManifests(t *testing.T) (manifests, kustomization) {
	t.Helper()
	var k kustomization
	if err := strictDecode(readFile(t, "k8s/kustomization.yaml"), &k); err != nil {
		t.Fatalf("k8s/kustomization.yaml: %v", err)
	}
	if k.Kind != "Kustomization" || k.APIVersion != "kustomize.config.k8s.io/v1beta1" {
		t.Errorf("kustomization.yaml: %s %s", k.APIVersion, k.Kind)
	}
	var m manifests
	for _, r := range k.Resources {
		decodeManifest(t, &m, filepath.Join("k8s", r))
	}
	if slices.Contains(k.Resources, "secret.example.yaml") {
		t.Error("kustomization.yaml must not apply secret.example.yaml")
	}
	decodeManifest(t, &m, "k8s/secret.example.yaml")
	if m.deployment == nil || m.configMap == nil || m.service == nil || m.pdb == nil || m.secret == nil {
		t.Fatalf("k8s: missing objects: deployment=%v configmap=%v service=%v pdb=%v secret=%v",
			m.deployment != nil, m.configMap != nil, m.service != nil, m.pdb != nil, m.secret != nil)
	}
	// Every YAML file in k8s/ is either applied or the secret example.
	files, _ := filepath.Glob("k8s/*.yaml")
	for _, f := range files {
		base := filepath.Base(f)
		if base != "kustomization.yaml" && base != "secret.example.yaml" && !slices.Contains(k.Resources, base) {
			t.Errorf("k8s/%s is not listed in kustomization.yaml", base)
		}
	}
	return m, k
}

func TestK8sDeployment(t *testing.T) {
	m, k := loadManifests(t)
	d := m.deployment
	if d.Spec.Replicas == nil || *d.Spec.Replicas != 2 {
		t.Errorf("replicas = %s, want 2", fmtReplicas(d.Spec.Replicas))
	}
	pod := d.Spec.Template.Spec
	sel := d.Spec.Selector.MatchLabels
	for key, v := range sel {
		if d.Spec.Template.Labels[key] != v {
			t.Errorf("selector %s=%s does not match the pod template labels", key, v)
		}
		if m.service.Spec.Selector[key] != v || m.pdb.Spec.Selector.MatchLabels[key] != v {
			t.Errorf("service and PDB selectors must select the pods (%s=%s)", key, v)
		}
	}
	if psc := pod.SecurityContext; psc == nil || psc.RunAsNonRoot == nil || !*psc.RunAsNonRoot ||
		psc.RunAsUser == nil || *psc.RunAsUser == 0 || psc.SeccompProfile == nil || psc.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
		t.Errorf("pod securityContext must set runAsNonRoot, a non-zero runAsUser and seccomp RuntimeDefault: %+v", psc)
	}
	if len(pod.InitContainers) != 1 || pod.InitContainers[0].Name != "check-config" ||
		strings.Join(pod.InitContainers[0].Args, " ") != "check-config /etc/paperboy/config.yaml" {
		t.Errorf("want one initContainer check-config running `check-config /etc/paperboy/config.yaml`, got %+v", pod.InitContainers)
	}
	if len(pod.Containers) != 1 {
		t.Fatalf("want one container, got %d", len(pod.Containers))
	}
	app := pod.Containers[0]
	if strings.Join(app.Args, " ") != "run --config /etc/paperboy/config.yaml" {
		t.Errorf("container args = %v", app.Args)
	}
	ports := map[string]int32{}
	for _, p := range app.Ports {
		ports[p.Name] = p.ContainerPort
	}
	if ports["http"] != 8080 {
		t.Errorf("container port http = %d, want 8080", ports["http"])
	}
	probes := []struct {
		name string
		p    *corev1.Probe
		path string
	}{{"readiness", app.ReadinessProbe, "/readyz"}, {"liveness", app.LivenessProbe, "/healthz"}, {"startup", app.StartupProbe, "/healthz"}}
	for _, pr := range probes {
		if pr.p == nil || pr.p.HTTPGet == nil {
			t.Errorf("%s probe must be an httpGet", pr.name)
			continue
		}
		if pr.p.HTTPGet.Path != pr.path {
			t.Errorf("%s probe path = %q, want %q", pr.name, pr.p.HTTPGet.Path, pr.path)
		}
		if port := pr.p.HTTPGet.Port; port.StrVal != "http" && port.IntVal != 8080 {
			t.Errorf("%s probe port %v is not the http port", pr.name, port.String())
		}
	}
	mounts := map[string]bool{}
	for _, c := range append(slices.Clone(pod.InitContainers), pod.Containers...) {
		checkContainerSecurity(t, c)
		if c.Image != "paperboy" {
			t.Errorf("%s: image %q, want paperboy (set by kustomization images)", c.Name, c.Image)
		}
		for _, vm := range c.VolumeMounts {
			mounts[vm.MountPath] = true
			if !slices.ContainsFunc(pod.Volumes, func(v corev1.Volume) bool { return v.Name == vm.Name }) {
				t.Errorf("%s: mount %s names no volume %q", c.Name, vm.MountPath, vm.Name)
			}
		}
	}
	for _, want := range []string{"/etc/paperboy", "/run/secrets/paperboy", "/tmp"} {
		if !mounts[want] {
			t.Errorf("no container mounts %s", want)
		}
	}
	for _, v := range pod.Volumes {
		switch {
		case v.ConfigMap != nil && v.ConfigMap.Name != m.configMap.Name:
			t.Errorf("volume %s uses ConfigMap %q, the manifest defines %q", v.Name, v.ConfigMap.Name, m.configMap.Name)
		case v.Secret != nil && v.Secret.SecretName != m.secret.Name:
			t.Errorf("volume %s uses Secret %q, the example defines %q", v.Name, v.Secret.SecretName, m.secret.Name)
		case v.Name == "tmp" && v.EmptyDir == nil:
			t.Error("/tmp must be an emptyDir")
		}
	}
	if len(k.Images) != 1 || k.Images[0].Name != "paperboy" {
		t.Errorf("kustomization images must map the paperboy image, got %+v", k.Images)
	}
}

// checkContainerSecurity asserts the "restricted" Pod Security Standard plus a read-only root
// and resource requests and limits.
func checkContainerSecurity(t *testing.T, c corev1.Container) {
	t.Helper()
	sc := c.SecurityContext
	if sc == nil {
		t.Errorf("%s: no securityContext", c.Name)
		return
	}
	if sc.RunAsNonRoot == nil || !*sc.RunAsNonRoot {
		t.Errorf("%s: runAsNonRoot must be true", c.Name)
	}
	if sc.ReadOnlyRootFilesystem == nil || !*sc.ReadOnlyRootFilesystem {
		t.Errorf("%s: readOnlyRootFilesystem must be true", c.Name)
	}
	if sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
		t.Errorf("%s: allowPrivilegeEscalation must be false", c.Name)
	}
	if sc.Privileged != nil && *sc.Privileged {
		t.Errorf("%s: must not be privileged", c.Name)
	}
	if sc.Capabilities == nil || !slices.Contains(sc.Capabilities.Drop, "ALL") || len(sc.Capabilities.Add) > 0 {
		t.Errorf("%s: capabilities must drop ALL and add none", c.Name)
	}
	for _, res := range []corev1.ResourceName{corev1.ResourceCPU, corev1.ResourceMemory} {
		if q, ok := c.Resources.Requests[res]; !ok || q.IsZero() {
			t.Errorf("%s: no %s request", c.Name, res)
		}
	}
	if q, ok := c.Resources.Limits[corev1.ResourceMemory]; !ok || q.IsZero() {
		t.Errorf("%s: no memory limit", c.Name)
	}
	for res, lim := range c.Resources.Limits {
		if req, ok := c.Resources.Requests[res]; ok && req.Cmp(lim) > 0 {
			t.Errorf("%s: %s request %s exceeds limit %s", c.Name, res, req.String(), lim.String())
		}
	}
}

func TestK8sServiceAndPDB(t *testing.T) {
	m, _ := loadManifests(t)
	var http *corev1.ServicePort
	for i, p := range m.service.Spec.Ports {
		if p.Name == "http" {
			http = &m.service.Spec.Ports[i]
		}
	}
	if http == nil || http.Port != 8080 || (http.TargetPort.StrVal != "http" && http.TargetPort.IntVal != 8080) {
		t.Errorf("service needs port 8080 named http targeting the container's http port, got %+v", m.service.Spec.Ports)
	}
	if mi := m.pdb.Spec.MinAvailable; mi == nil || mi.IntValue() != 1 {
		t.Errorf("PDB minAvailable = %v, want 1", mi)
	}
	if m.pdb.Spec.MaxUnavailable != nil {
		t.Error("PDB sets both minAvailable and maxUnavailable")
	}
}

func fmtReplicas(r *int32) string {
	if r == nil {
		return "unset"
	}
	return strconv.Itoa(int(*r))
}

// TestK8sGoMemLimit: GOMEMLIMIT is a soft limit at about 90% of the container's memory limit.
func TestK8sGoMemLimit(t *testing.T) {
	m, _ := loadManifests(t)
	app := m.deployment.Spec.Template.Spec.Containers[0]
	checkGoMemLimit(t, app)
}

// checkGoMemLimit asserts the container's GOMEMLIMIT is 85-95% of its limits.memory.
func checkGoMemLimit(t *testing.T, c corev1.Container) {
	t.Helper()
	limit := c.Resources.Limits[corev1.ResourceMemory]
	for _, e := range c.Env {
		if e.Name != "GOMEMLIMIT" {
			continue
		}
		soft, err := parseGoMemLimit(e.Value)
		if err != nil {
			t.Fatalf("%s: GOMEMLIMIT: %v", c.Name, err)
		}
		if r := float64(soft) / float64(limit.Value()); r < 0.85 || r > 0.95 {
			t.Errorf("%s: GOMEMLIMIT %s is %.0f%% of limits.memory %s, want about 90%%", c.Name, e.Value, 100*r, limit.String())
		}
		return
	}
	t.Errorf("%s: no GOMEMLIMIT", c.Name)
}

// TestK8sRedis: the set ships the Redis its ConfigMap names: a StatefulSet with AOF on a volume
// claim, a Service of that name, a policy that lets only paperboy in, all meeting the
// namespace's restricted Pod Security Standard.
func TestK8sRedis(t *testing.T) {
	m, _ := loadManifests(t)
	if m.redis == nil || m.redisService == nil || m.redisPolicy == nil {
		t.Fatalf("k8s: want the redis StatefulSet, Service and NetworkPolicy (statefulset=%v service=%v policy=%v)", m.redis != nil, m.redisService != nil, m.redisPolicy != nil)
	}
	checkRedis(t, m.redis, m.redisService, m.redisPolicy, m.configMap.Data["config.yaml"])
}

// checkRedis checks a Redis StatefulSet, its Service and NetworkPolicy against the paperboy
// configuration that uses it.
func checkRedis(t *testing.T, ss *appsv1.StatefulSet, svc *corev1.Service, np *networkingv1.NetworkPolicy, config string) {
	t.Helper()
	if ss.Spec.Replicas == nil || *ss.Spec.Replicas != 1 || ss.Spec.ServiceName != svc.Name {
		t.Errorf("redis StatefulSet: want 1 replica governed by Service %s, got %v / %q", svc.Name, fmtReplicas(ss.Spec.Replicas), ss.Spec.ServiceName)
	}
	pod := ss.Spec.Template.Spec
	if psc := pod.SecurityContext; psc == nil || psc.RunAsNonRoot == nil || !*psc.RunAsNonRoot || psc.FSGroup == nil ||
		psc.SeccompProfile == nil || psc.SeccompProfile.Type != corev1.SeccompProfileTypeRuntimeDefault {
		t.Errorf("redis pod securityContext must set runAsNonRoot, fsGroup and seccomp RuntimeDefault: %+v", psc)
	}
	if len(pod.Containers) != 1 {
		t.Fatalf("redis: want one container, got %d", len(pod.Containers))
	}
	c := pod.Containers[0]
	checkContainerSecurity(t, c)
	if !regexp.MustCompile(`^redis:7[\w.-]*@sha256:[0-9a-f]{64}$`).MatchString(c.Image) {
		t.Errorf("redis image %q: want redis:7 pinned by digest", c.Image)
	}
	args := strings.Join(append(slices.Clone(c.Command), c.Args...), " ")
	if !strings.Contains(args, "--appendonly yes") {
		t.Errorf("redis must run with AOF (--appendonly yes): %s", args)
	}
	if c.ReadinessProbe == nil || c.ReadinessProbe.Exec == nil || strings.Join(c.ReadinessProbe.Exec.Command, " ") != "redis-cli ping" {
		t.Errorf("redis readiness probe must be redis-cli ping: %+v", c.ReadinessProbe)
	}
	var claim string
	for _, vm := range c.VolumeMounts {
		if vm.MountPath == "/data" {
			claim = vm.Name
		}
	}
	if !slices.ContainsFunc(ss.Spec.VolumeClaimTemplates, func(p corev1.PersistentVolumeClaim) bool {
		q := p.Spec.Resources.Requests[corev1.ResourceStorage]
		return p.Name == claim && !q.IsZero()
	}) {
		t.Errorf("redis /data must be a volumeClaimTemplate with a storage request (mount %q)", claim)
	}
	var port int32
	for _, p := range c.Ports {
		if p.Name == "redis" {
			port = p.ContainerPort
		}
	}
	for k, v := range svc.Spec.Selector {
		if ss.Spec.Template.Labels[k] != v {
			t.Errorf("Service %s selector %s=%s does not select the redis pods", svc.Name, k, v)
		}
	}
	if len(svc.Spec.Ports) != 1 || svc.Spec.Ports[0].Port != 6379 || port != 6379 {
		t.Errorf("Service %s must serve 6379 to the container's redis port (%d): %+v", svc.Name, port, svc.Spec.Ports)
	}
	if want := "redis://" + svc.Name + ":6379/"; !strings.Contains(config, want) {
		t.Errorf("the paperboy configuration does not use %s", want)
	}
	for k, v := range np.Spec.PodSelector.MatchLabels {
		if ss.Spec.Template.Labels[k] != v {
			t.Errorf("NetworkPolicy does not select the redis pods (%s=%s)", k, v)
		}
	}
	if len(np.Spec.Ingress) != 1 || len(np.Spec.Ingress[0].From) != 1 || np.Spec.Ingress[0].From[0].PodSelector == nil ||
		np.Spec.Ingress[0].From[0].PodSelector.MatchLabels["app.kubernetes.io/name"] != "paperboy" {
		t.Errorf("NetworkPolicy must admit only the paperboy pods: %+v", np.Spec.Ingress)
	}
}
