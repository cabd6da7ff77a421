package deploy

import (
	"bytes"
	"debug/elf"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// appUID is the distroless "nonroot" user the image, compose and Kubernetes run as.
const appUID = 65532

// buildLikeDockerfile builds the binary with the environment and flags of the Dockerfile's
// go build line (read from the Dockerfile, so the two cannot drift) for this machine.
func buildLikeDockerfile(t *testing.T, out, version, commit string) {
	t.Helper()
	b := dockerGoBuild(t, loadDockerfile(t))
	vars := map[string]string{"VERSION": version, "COMMIT": commit, "TARGETOS": runtime.GOOS, "TARGETARCH": runtime.GOARCH}
	expand := func(s string) string {
		return os.Expand(s, func(k string) string {
			v, ok := vars[k]
			if !ok {
				t.Fatalf("Dockerfile go build uses ${%s}, which this test does not know", k)
			}
			return v
		})
	}
	args := []string{"build"}
	for _, f := range b.flags {
		args = append(args, expand(f))
	}
	args = append(args, "-o", out, ".")
	cmd := exec.Command("go", args...)
	cmd.Dir = repoRoot(t)
	cmd.Env = os.Environ()
	for _, e := range b.env {
		cmd.Env = append(cmd.Env, expand(e))
	}
	if o, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, o)
	}
}

// TestBinaryLikeDockerfile builds paperboy as the image does and checks it is static, stamped,
// free of build paths, and — as root — runs as uid 65532 with only its state dir writable.
func TestBinaryLikeDockerfile(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the binary build")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go not on PATH")
	}
	if runtime.GOOS != "linux" {
		t.Skip("the image is linux only")
	}
	// base (root, 0755) holds bin/ (root, read-only), state/ (owned by the app) and locked/ (root).
	base, err := os.MkdirTemp("", "paperboy-deploy-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	for _, d := range []string{"bin", "state", "locked"} {
		if err := os.Mkdir(filepath.Join(base, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chmod(base, 0o755); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(base, "bin", "paperboy")
	buildLikeDockerfile(t, bin, "v0.0.0-deploytest", "c0ffee1")
	if err := os.Chmod(bin, 0o555); err != nil {
		t.Fatal(err)
	}

	t.Run("static", func(t *testing.T) { assertStatic(t, bin) })

	t.Run("stamped and trimmed", func(t *testing.T) {
		out, err := exec.Command(bin, "version").Output()
		if err != nil {
			t.Fatalf("paperboy version: %v", err)
		}
		if got, want := strings.SplitN(string(out), "\n", 2)[0], "paperboy v0.0.0-deploytest (c0ffee1)"; got != want {
			t.Errorf("paperboy version = %q, want %q", got, want)
		}
		data, err := os.ReadFile(bin)
		if err != nil {
			t.Fatal(err)
		}
		if root := repoRoot(t); bytes.Contains(data, []byte(root+"/")) {
			t.Errorf("the binary contains the build path %s: -trimpath not applied", root)
		}
	})

	t.Run("non-root with only the state dir writable", func(t *testing.T) {
		if os.Geteuid() != 0 {
			t.Skip("needs root to switch to uid 65532; run the tests as root (as CI does) to check this")
		}
		state := filepath.Join(base, "state")
		if err := os.Chown(state, appUID, appUID); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(state, 0o700); err != nil {
			t.Fatal(err)
		}

		stdout, stderr, err := runAsApp(bin, state, "demo", "--state", filepath.Join(state, "db"))
		if err != nil {
			t.Fatalf("demo as uid %d: %v\nstdout:\n%s\nstderr:\n%s", appUID, err, stdout, stderr)
		}
		m := regexp.MustCompile(`(?m)^demo: (\d+) articles, (\d+) posts delivered, (\d+) duplicates skipped$`).FindStringSubmatch(stdout)
		if m == nil {
			t.Fatalf("no demo summary line in:\n%s", stdout)
		}
		if n, _ := strconv.Atoi(m[2]); n == 0 {
			t.Errorf("demo delivered nothing: %s", m[0])
		}
		// Whatever the run created belongs to the app user: it really ran as 65532.
		err = filepath.Walk(filepath.Join(state, "db"), func(p string, fi os.FileInfo, err error) error {
			if err != nil {
				return err
			}
			if st, ok := fi.Sys().(*syscall.Stat_t); ok && st.Uid != appUID {
				return fmt.Errorf("%s is owned by uid %d", p, st.Uid)
			}
			return nil
		})
		if err != nil {
			t.Errorf("state files: %v", err)
		}
		entries, err := os.ReadDir(filepath.Join(base, "bin"))
		if err != nil || len(entries) != 1 {
			t.Errorf("the binary's directory changed: %v %v", entries, err)
		}

		// Anywhere else is refused: the same command with its state outside the volume fails.
		_, stderr, err = runAsApp(bin, state, "demo", "--state", filepath.Join(base, "locked", "db"))
		if err == nil {
			t.Fatal("demo wrote its state into a root-owned directory: it is not running unprivileged")
		}
		if !strings.Contains(stderr, "permission denied") {
			t.Errorf("demo outside the state dir failed, but not with permission denied:\n%s", stderr)
		}

		serveAsApp(t, base, bin, state)
	})
}

// assertStatic fails unless bin is a statically linked ELF executable: no interpreter and no
// shared libraries, as distroless/static and scratch need; `file` and `ldd` agree where installed.
func assertStatic(t *testing.T, bin string) {
	t.Helper()
	f, err := elf.Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, p := range f.Progs {
		if p.Type == elf.PT_INTERP {
			t.Error("the binary has an ELF interpreter: it is dynamically linked (CGO on?)")
		}
	}
	if libs, _ := f.ImportedLibraries(); len(libs) > 0 {
		t.Errorf("the binary needs shared libraries %v; distroless/static has none", libs)
	}
	if _, err := exec.LookPath("file"); err == nil {
		if out, _ := exec.Command("file", bin).Output(); !bytes.Contains(out, []byte("statically linked")) {
			t.Errorf("file %s: %s", bin, out)
		}
	}
	if _, err := exec.LookPath("ldd"); err == nil {
		if out, _ := exec.Command("ldd", bin).CombinedOutput(); !bytes.Contains(out, []byte("not a dynamic executable")) && !bytes.Contains(out, []byte("statically linked")) {
			t.Errorf("ldd %s: %s", bin, out)
		}
	}
}

// runAsApp runs the binary as uid/gid 65532 with no supplementary groups, HOME and TMPDIR in
// the state dir, and a minimal environment, as the container does.
func runAsApp(bin, state string, args ...string) (string, string, error) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = state
	cmd.Env = []string{"HOME=" + state, "TMPDIR=" + state, "PATH=/nonexistent", "TZ=Asia/Seoul"}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: appUID, Gid: appUID, Groups: []uint32{}}}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	return stdout.String(), stderr.String(), err
}

// readmeBuild returns the environment and arguments of the README's `go build` line.
func readmeBuild(t *testing.T) (env, args []string) {
	t.Helper()
	readme := string(readFile(t, "../README.md"))
	m := regexp.MustCompile(`(?m)^((?:[A-Z_]+=\S+ )*)go build ([^#\n]*?)\s*(?:#.*)?$`).FindStringSubmatch(readme)
	if m == nil {
		t.Fatal("README.md shows no `go build` line")
	}
	return strings.Fields(m[1]), strings.Fields(m[2])
}

// TestBinaryAsReadmeBuildsIt builds paperboy with the README's own command line and checks it is
// static and that `paperboy version` tells the git revision it was built from, with no ldflags.
func TestBinaryAsReadmeBuildsIt(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the binary build")
	}
	if runtime.GOOS != "linux" {
		t.Skip("static ELF checks are for linux")
	}
	env, args := readmeBuild(t)
	if !slices.Contains(env, "CGO_ENABLED=0") {
		t.Errorf("the README builds without CGO_ENABLED=0 (env %v): the binary would link libc where a C compiler is installed", env)
	}
	bin := filepath.Join(t.TempDir(), "paperboy")
	if i := slices.Index(args, "-o"); i >= 0 && i+1 < len(args) {
		args[i+1] = bin
	} else {
		t.Fatalf("README go build has no -o: %v", args)
	}
	root := repoRoot(t)
	cmd := exec.Command("go", append([]string{"build"}, args...)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %v: %v\n%s", args, err, out)
	}
	assertStatic(t, bin)

	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatalf("paperboy version: %v", err)
	}
	if fi, err := os.Stat(filepath.Join(root, ".git")); err != nil || !fi.IsDir() {
		t.Skipf("%s has no .git directory (a git worktree or an export): Go records no VCS information there, so the revision cannot be checked; version said:\n%s", root, out)
	}
	head, err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("git rev-parse: %v", err)
	}
	status, err := exec.Command("git", "-C", root, "status", "--porcelain").Output()
	if err != nil {
		t.Skipf("git status: %v", err)
	}
	rev := strings.TrimSpace(string(head))
	want := "revision:  " + rev
	if len(status) > 0 {
		want += " (uncommitted changes)"
	}
	if !slices.Contains(strings.Split(string(out), "\n"), want) {
		t.Errorf("paperboy version lacks %q:\n%s", want, out)
	}
	if first := strings.SplitN(string(out), "\n", 2)[0]; !strings.HasPrefix(first, "paperboy v") || !strings.Contains(first, rev[:12]) {
		t.Errorf("first line %q: want the module version (a tag or a pseudo-version naming %s)", first, rev[:12])
	}
}
