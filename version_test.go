package main

import (
	"bytes"
	"runtime"
	"runtime/debug"
	"testing"
)

func TestReadBuild(t *testing.T) {
	goLine := "go1.26.8 " + runtime.GOOS + "/" + runtime.GOARCH
	stamped := &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Path: "paperboy", Version: "v0.0.0-20261101100000-0123456789ab+dirty"},
		Settings: []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.time", Value: "2026-11-01T10:00:00Z"}, {Key: "vcs.modified", Value: "true"}}}
	cases := []struct {
		name                   string
		info                   *debug.BuildInfo
		ldVersion, ldCommit, b string
		want                   string
	}{
		{"go build in a clone", stamped, "", "", "", `paperboy v0.0.0-20261101100000-0123456789ab+dirty (0123456789abcdef0123456789abcdef01234567, modified)
revision:  0123456789abcdef0123456789abcdef01234567 (uncommitted changes)
committed: 2026-11-01T10:00:00Z
go:        ` + goLine + "\n"},
		{"tagged release", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.3"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "false"}}}, "", "", "", `paperboy v1.2.3 (abc)
revision:  abc
go:        ` + goLine + "\n"},
		{"ldflags win", stamped, "v2.0.0", "c0ffee1", "2026-11-02T08:00:00Z", `paperboy v2.0.0 (c0ffee1, modified)
revision:  c0ffee1 (uncommitted changes)
committed: 2026-11-01T10:00:00Z
built:     2026-11-02T08:00:00Z
go:        ` + goLine + "\n"},
		{"go run", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}}, "", "", "", `paperboy dev
revision:  unknown (built without VCS stamping: go run, -buildvcs=false in GOFLAGS, a git worktree, or outside a clone)
go:        ` + goLine + "\n"},
		{"no build info", nil, "", "", "", "paperboy dev\nrevision:  unknown (built without VCS stamping: go run, -buildvcs=false in GOFLAGS, a git worktree, or outside a clone)\ngo:        " + runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH + "\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			oldV, oldC, oldB := version, commit, built
			version, commit, built = c.ldVersion, c.ldCommit, c.b
			defer func() { version, commit, built = oldV, oldC, oldB }()
			b := readBuild(func() (*debug.BuildInfo, bool) { return c.info, c.info != nil })
			var out bytes.Buffer
			b.write(&out)
			if out.String() != c.want {
				t.Errorf("got\n%s\nwant\n%s", out.String(), c.want)
			}
		})
	}
}

func TestVersionCommand(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}, {"-v"}} {
		code, out, errs := runCLI(t, args...)
		var want bytes.Buffer
		build.write(&want)
		if code != 0 || out != want.String() || errs != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	if code, _, errs := runCLI(t, "version", "extra"); code != exitUsage || errs == "" {
		t.Errorf("version extra: exit %d, stderr %q", code, errs)
	}
}
