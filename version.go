package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
)

// Release builds may set these with -ldflags "-X main.version=v1.2.3 -X main.commit=abc1234
// -X main.built=2026-01-02T03:04:05Z"; whatever is left empty comes from the build information
// `go build` records in every binary (module version, VCS revision, uncommitted changes).
var (
	version = ""
	commit  = ""
	built   = ""
)

// buildInfo says what a binary is.
type buildInfo struct {
	Version   string // module version: a tag, a pseudo-version (v0.0.0-<time>-<rev>[+dirty]) or "dev"
	Revision  string // VCS commit, "" when unknown (go run, go test, a build outside a checkout)
	Modified  bool   // the checkout had uncommitted changes
	Committed string // commit time (RFC 3339), from the VCS
	Built     string // build time, only when set with -ldflags (go build records none)
	Go        string // Go version, OS and architecture
}

// build describes this binary.
var build = readBuild(debug.ReadBuildInfo)

// readBuild combines the ldflags values with the recorded build information.
func readBuild(read func() (*debug.BuildInfo, bool)) buildInfo {
	b := buildInfo{Version: "dev", Go: runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH}
	if bi, ok := read(); ok && bi != nil {
		if v := bi.Main.Version; v != "" && v != "(devel)" {
			b.Version = v
		}
		if bi.GoVersion != "" {
			b.Go = bi.GoVersion + " " + runtime.GOOS + "/" + runtime.GOARCH
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				b.Revision = s.Value
			case "vcs.modified":
				b.Modified = s.Value == "true"
			case "vcs.time":
				b.Committed = s.Value
			}
		}
	}
	if version != "" {
		b.Version = version
	}
	if commit != "" {
		b.Revision = commit
	}
	b.Built = built
	return b
}

// String is the one-line form used in logs and the first line of `paperboy version`.
func (b buildInfo) String() string {
	s := "paperboy " + b.Version
	if b.Revision != "" {
		s += " (" + b.Revision
		if b.Modified {
			s += ", modified"
		}
		s += ")"
	}
	return s
}

// write prints the version line and one line per known detail.
func (b buildInfo) write(w io.Writer) {
	fmt.Fprintln(w, b.String())
	var lines []string
	if b.Revision != "" {
		rev := "revision:  " + b.Revision
		if b.Modified {
			rev += " (uncommitted changes)"
		}
		lines = append(lines, rev)
	} else {
		lines = append(lines, "revision:  unknown (built without VCS stamping: go run, -buildvcs=false in GOFLAGS, a git worktree, or outside a clone)")
	}
	if b.Committed != "" {
		lines = append(lines, "committed: "+b.Committed)
	}
	if b.Built != "" {
		lines = append(lines, "built:     "+b.Built)
	}
	lines = append(lines, "go:        "+b.Go)
	fmt.Fprintln(w, strings.Join(lines, "\n"))
}

func cmdVersion(_ context.Context, args []string, stdout, _ io.Writer) error {
	fs := newFlags("version")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return argsErr("version", "takes no arguments")
	}
	build.write(stdout)
	return nil
}
