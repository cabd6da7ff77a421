package main

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// goPackage is what `go list -json` says about one package (non-test imports only).
type goPackage struct {
	ImportPath string
	Standard   bool
	Imports    []string
}

// importGraph lists every package of the module and its dependencies with `go list -deps`.
func importGraph(t *testing.T) map[string]goPackage {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", "-json", "./...").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	graph := map[string]goPackage{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p goPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		graph[p.ImportPath] = p
	}
	return graph
}

// under reports whether pkg is dir or inside it.
func under(pkg, dir string) bool { return pkg == dir || strings.HasPrefix(pkg, dir+"/") }

// platformOf is the platform a package under bots/ belongs to ("telegram" for
// paperboy/bots/telegram/editorbot), "" for the registry itself and packages outside bots/.
func platformOf(pkg string) string {
	rest, ok := strings.CutPrefix(pkg, "paperboy/bots/")
	if !ok {
		return ""
	}
	p, _, _ := strings.Cut(rest, "/")
	return p
}

// isFake reports a platform's test fake (bots/<p>/<p>test), which tests and benchmarks of any
// package may use.
func isFake(pkg string) bool {
	p := platformOf(pkg)
	return p != "" && under(pkg, "paperboy/bots/"+p+"/"+p+"test")
}

// isEditorBot reports a platform's editor-bot package (bots/<p>/editorbot), the one place a
// platform meets the editor commands and the configuration.
func isEditorBot(pkg string) bool {
	p := platformOf(pkg)
	return p != "" && under(pkg, "paperboy/bots/"+p+"/editorbot")
}

// TestImportRules keeps the dependency rules ARCHITECTURE.md states true (non-test imports).
func TestImportRules(t *testing.T) {
	graph := importGraph(t)
	var pkgs []string
	for path := range graph {
		if under(path, "paperboy") {
			pkgs = append(pkgs, path)
		}
	}
	sort.Strings(pkgs)
	rules := []struct {
		name string
		bad  func(pkg, imp string) string
	}{
		{name: "main", // the main package parses flags and calls the assembly package
			bad: func(pkg, imp string) string {
				if pkg == "paperboy" && !graph[imp].Standard && imp != "paperboy/config" && imp != "paperboy/app" {
					return "only the standard library, paperboy/config and paperboy/app"
				}
				return ""
			}},
		{name: "platforms", // a platform knows neither the configuration nor the editor commands, except its editor bot
			bad: func(pkg, imp string) string {
				if platformOf(pkg) != "" && !isEditorBot(pkg) && (imp == "paperboy/config" || under(imp, "paperboy/core/editor")) {
					return "not config or core/editor outside bots/<platform>/editorbot"
				}
				return ""
			}},
		{name: "core", // core depends on no platform: dependencies point inward (bots → core/channel)
			bad: func(pkg, imp string) string {
				if under(pkg, "paperboy/core") && under(imp, "paperboy/bots") {
					return "no bots package (the dashboard draws a channel.View, pipeline takes built channels)"
				}
				return ""
			}},
		{name: "config", // the configuration depends on no core package but the LLM settings it embeds and the channel contract (field errors)
			bad: func(pkg, imp string) string {
				if under(pkg, "paperboy/config") && under(imp, "paperboy") && imp != "paperboy/core/summarize/llm" && imp != "paperboy/core/channel" && !under(imp, "paperboy/config") {
					return "nothing of paperboy but core/summarize/llm and core/channel"
				}
				return ""
			}},
		{name: "platform-users", // only the registry, the assembly package and the platform itself use a platform package
			bad: func(pkg, imp string) string {
				p := platformOf(imp)
				if p == "" || isFake(imp) || platformOf(pkg) == p || pkg == "paperboy/bots" || under(pkg, "paperboy/app") {
					return ""
				}
				return "not bots/" + p + " (only paperboy/bots, paperboy/app and bots/" + p + "/… may)"
			}},
		{name: "registry", // only the assembly package and benchmarks build channels from a configuration
			bad: func(pkg, imp string) string {
				if imp == "paperboy/bots" && !under(pkg, "paperboy/app") && !under(pkg, "paperboy/bench") {
					return "not the bots registry"
				}
				return ""
			}},
	}
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			for _, pkg := range pkgs {
				for _, imp := range graph[pkg].Imports {
					if why := r.bad(pkg, imp); why != "" {
						t.Errorf("%s imports %s: %s", pkg, imp, why)
					}
				}
			}
		})
	}
}
