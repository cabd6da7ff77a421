package deploy

import (
	"os"
	"os/exec"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// instruction is one Dockerfile instruction with its continuation lines joined.
type instruction struct {
	cmd  string // upper-case keyword
	args string
	line int
}

// parseDockerfile splits a Dockerfile into instructions: comments and parser directives are
// dropped, lines ending in a backslash continue the instruction.
func parseDockerfile(t *testing.T, data string) []instruction {
	t.Helper()
	var (
		out  []instruction
		cur  strings.Builder
		from int
	)
	for i, line := range strings.Split(data, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "#") || (trimmed == "" && cur.Len() == 0) {
			continue
		}
		if cur.Len() == 0 {
			from = i + 1
		}
		if body, ok := strings.CutSuffix(trimmed, `\`); ok {
			cur.WriteString(body + " ")
			continue
		}
		cur.WriteString(trimmed)
		cmd, args, _ := strings.Cut(strings.TrimSpace(cur.String()), " ")
		out = append(out, instruction{cmd: strings.ToUpper(cmd), args: strings.TrimSpace(args), line: from})
		cur.Reset()
	}
	if cur.Len() > 0 {
		t.Fatalf("Dockerfile ends inside a continued instruction (line %d)", from)
	}
	return out
}

// shellWords splits a command line into words, honouring single and double quotes.
func shellWords(s string) []string {
	var (
		words []string
		cur   strings.Builder
		quote rune
		in    bool
	)
	for _, r := range s {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '"' || r == '\'':
			quote, in = r, true
		case r == ' ' || r == '\t':
			if in {
				words = append(words, cur.String())
				cur.Reset()
				in = false
			}
		default:
			cur.WriteRune(r)
			in = true
		}
	}
	if in {
		words = append(words, cur.String())
	}
	return words
}

// goBuild is the `go build` command of the Dockerfile's builder stage.
type goBuild struct {
	env     []string // KEY=VALUE before `go build`, ${VAR} unexpanded
	flags   []string // arguments after `go build`, without -o and the package
	ldflags string
}

// dockerGoBuild finds the go build command in the Dockerfile.
func dockerGoBuild(t *testing.T, ins []instruction) goBuild {
	t.Helper()
	for _, in := range ins {
		if in.cmd != "RUN" || !strings.Contains(in.args, "go build") {
			continue
		}
		for seg := range strings.SplitSeq(in.args, "&&") {
			words := shellWords(seg)
			i := slices.Index(words, "go")
			if i < 0 || i+1 >= len(words) || words[i+1] != "build" {
				continue
			}
			var b goBuild
			for _, w := range words[:i] {
				if !strings.HasPrefix(w, "--") {
					b.env = append(b.env, w)
				}
			}
			rest := words[i+2:]
			for j := 0; j < len(rest); j++ {
				switch {
				case rest[j] == "-o":
					j++
				case rest[j] == "-ldflags" && j+1 < len(rest):
					b.ldflags = rest[j+1]
					b.flags = append(b.flags, rest[j], rest[j+1])
					j++
				case strings.HasPrefix(rest[j], "-"):
					b.flags = append(b.flags, rest[j])
				}
			}
			return b
		}
	}
	t.Fatal("Dockerfile: no RUN with go build")
	return goBuild{}
}

func loadDockerfile(t *testing.T) []instruction {
	t.Helper()
	return parseDockerfile(t, string(readFile(t, "Dockerfile")))
}

func TestDockerfile(t *testing.T) {
	ins := loadDockerfile(t)
	var stages [][]instruction
	for _, in := range ins {
		if in.cmd == "FROM" {
			stages = append(stages, nil)
		}
		if len(stages) > 0 {
			stages[len(stages)-1] = append(stages[len(stages)-1], in)
		}
	}
	if len(stages) < 2 {
		t.Fatalf("want a multi-stage build, got %d stages", len(stages))
	}
	if from := stages[0][0].args; !strings.Contains(from, "golang:1.26") {
		t.Errorf("builder stage FROM %q, want golang:1.26 (the go.mod toolchain)", from)
	}
	final := stages[len(stages)-1]
	if base := final[0].args; !strings.HasPrefix(base, "gcr.io/distroless/static-debian12:nonroot@sha256:") && base != "scratch" {
		t.Errorf("final base %q, want distroless static nonroot (pinned) or scratch", base)
	}
	b := dockerGoBuild(t, ins)
	if !slices.Contains(b.env, "CGO_ENABLED=0") {
		t.Errorf("go build must run with CGO_ENABLED=0, env %v", b.env)
	}
	if !slices.Contains(b.flags, "-trimpath") {
		t.Errorf("go build must use -trimpath, flags %v", b.flags)
	}
	for _, want := range []string{"-X main.version=${VERSION}", "-X main.commit=${COMMIT}"} {
		if !strings.Contains(b.ldflags, want) {
			t.Errorf("ldflags %q lack %q", b.ldflags, want)
		}
	}

	last := map[string]instruction{}
	var labels, copies []string
	for _, in := range final {
		last[in.cmd] = in
		switch in.cmd {
		case "LABEL":
			labels = append(labels, in.args)
		case "COPY":
			copies = append(copies, in.args)
		}
	}
	if u := last["USER"].args; u != "65532:65532" && u != "65532" && u != "nonroot" && u != "nonroot:nonroot" {
		t.Errorf("final USER %q, want 65532 (nonroot)", u)
	}
	if hc := last["HEALTHCHECK"].args; !strings.Contains(hc, `CMD ["/paperboy", "health"]`) {
		t.Errorf("HEALTHCHECK %q must run [\"/paperboy\", \"health\"]", hc)
	}
	if ep := last["ENTRYPOINT"].args; ep != `["/paperboy"]` {
		t.Errorf("ENTRYPOINT %q, want [\"/paperboy\"]", ep)
	}
	if c := last["CMD"].args; c != `["run", "--config", "/etc/paperboy/config.yaml"]` {
		t.Errorf("CMD %q", c)
	}
	if v := last["VOLUME"].args; v != `["/data"]` {
		t.Errorf("VOLUME %q, want [\"/data\"]", v)
	}
	if !slices.ContainsFunc(copies, func(c string) bool {
		return strings.Contains(c, "--chown=65532:65532") && strings.HasSuffix(c, " /data")
	}) {
		t.Error("/data must be copied in owned by 65532, so a fresh volume is writable by the app")
	}
	all := strings.Join(labels, " ")
	for _, key := range []string{"title", "description", "version", "revision", "created", "source"} {
		if !strings.Contains(all, "org.opencontainers.image."+key+"=") {
			t.Errorf("OCI label org.opencontainers.image.%s missing", key)
		}
	}
	for _, want := range []string{`version="${VERSION}"`, `revision="${COMMIT}"`} {
		if !strings.Contains(all, want) {
			t.Errorf("labels lack %s", want)
		}
	}
}

// pinnedImage is name:tag@sha256:<digest>: the tag for the reader, the digest for the builder.
var pinnedImage = regexp.MustCompile(`^([a-z0-9.-]+(?:/[a-z0-9._-]+)*):([\w.-]+)@sha256:[0-9a-f]{64}$`)

// TestDockerfileBaseImagesPinned: every FROM names its image by tag and digest, with a comment
// above it that repeats the tag, so a rebuild gets the same bases and a reader knows what they are.
func TestDockerfileBaseImagesPinned(t *testing.T) {
	lines := strings.Split(string(readFile(t, "Dockerfile")), "\n")
	var n int
	for i, line := range lines {
		fields := strings.Fields(line)
		if len(fields) < 2 || !strings.EqualFold(fields[0], "FROM") {
			continue
		}
		image := fields[1]
		if strings.HasPrefix(image, "--platform=") && len(fields) > 2 {
			image = fields[2]
		}
		n++
		m := pinnedImage.FindStringSubmatch(image)
		if m == nil {
			t.Errorf("Dockerfile:%d: FROM %s is not pinned as name:tag@sha256:<digest>", i+1, image)
			continue
		}
		if i == 0 || !strings.HasPrefix(strings.TrimSpace(lines[i-1]), "#") || !strings.Contains(lines[i-1], m[1]+":"+m[2]) {
			t.Errorf("Dockerfile:%d: the line above FROM %s must be a comment naming %s:%s", i+1, image, m[1], m[2])
		}
	}
	if n < 2 {
		t.Errorf("found %d FROM lines, want the builder and the runtime stage", n)
	}
}

// TestDockerignoreKeepsSources makes sure the build context still has what go build needs.
func TestDockerignoreKeepsSources(t *testing.T) {
	data := string(readFile(t, "Dockerfile.dockerignore"))
	needed := []string{"go.mod", "go.sum", "main.go", "core/article/article.go", "bots/bots.go", "config/load.go"}
	for line := range strings.SplitSeq(data, "\n") {
		p := strings.TrimSpace(line)
		if p == "" || strings.HasPrefix(p, "#") || strings.HasPrefix(p, "!") {
			continue
		}
		for _, n := range needed {
			name := n
			if rest, ok := strings.CutPrefix(p, "**/"); ok {
				p, name = rest, path.Base(n)
			}
			if ok, _ := path.Match(p, name); ok || strings.HasPrefix(n, p+"/") {
				t.Errorf("Dockerfile.dockerignore pattern %q excludes %s", p, n)
			}
		}
	}
}

// TestMakefileMatchesDockerfile checks the release target builds with the Dockerfile's flags.
func TestMakefileMatchesDockerfile(t *testing.T) {
	if _, err := exec.LookPath("make"); err != nil {
		t.Skip("make not installed")
	}
	b := dockerGoBuild(t, loadDockerfile(t))
	cmd := exec.Command("make", "-n", "-f", "deploy/Makefile", "release", "VERSION=v9.8.7", "COMMIT=abc1234", "PLATFORMS=linux/amd64 linux/arm64", "DIST="+t.TempDir())
	cmd.Dir = repoRoot(t)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("make -n release: %v\n%s", err, out)
	}
	want := os.Expand(b.ldflags, func(k string) string {
		return map[string]string{"VERSION": "v9.8.7", "COMMIT": "abc1234"}[k]
	})
	for _, w := range []string{`-ldflags "` + want + `"`, "CGO_ENABLED=0", "-trimpath", "linux/amd64 linux/arm64", "SHA256SUMS"} {
		if !strings.Contains(string(out), w) {
			t.Errorf("make release does not run %q:\n%s", w, out)
		}
	}
	if regexp.MustCompile(`\$\{?VERSION`).Match(out) {
		t.Errorf("make release leaves VERSION unexpanded:\n%s", out)
	}
}
