package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// flagsOf returns the flag lines of a command's help: name → description.
func flagsOf(t *testing.T, help string) map[string]string {
	t.Helper()
	_, section, ok := strings.Cut(help, "\nFlags:\n")
	out := map[string]string{}
	if !ok {
		return out
	}
	section, _, _ = strings.Cut(section, "\n\n")
	for line := range strings.SplitSeq(section, "\n") {
		m := regexp.MustCompile(`^  (-{1,2}[a-z-]+(?:, --help)?)(?: [A-Z|_]+)?\s{2,}(.+)$`).FindStringSubmatch(line)
		if m == nil {
			t.Errorf("flag line not understood: %q", line)
			continue
		}
		out[m[1]] = m[2]
	}
	return out
}

// TestHelpForEveryCommand asks every command of the table for help in all three ways: each
// prints its description, usage, every flag with its meaning and examples on stdout, exits 0,
// and does nothing else (check-config --help must not open a file named --help).
func TestHelpForEveryCommand(t *testing.T) {
	// Flags that operators rely on and that must stay documented.
	mustHave := map[string][]string{
		"demo":          {"--state", "-v"},
		"run":           {"--config", "--once", "--drain-timeout", "--grace"},
		"push":          {"--config", "--to"},
		"preview":       {"--config", "--as"},
		"dead":          {"--config", "-n"},
		"extract":       {"--url", "--content-type", "--summary", "--allow-private"},
		"health":        {"--url"},
		"hash-password": {"--cost"},
	}
	for _, c := range commands {
		for _, args := range [][]string{{c.name, "--help"}, {c.name, "-h"}, {"help", c.name}, {c.name, "-help"}} {
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				code, out, errs := runCLI(t, args...)
				if code != 0 || errs != "" {
					t.Fatalf("exit %d, stderr %q", code, errs)
				}
				for _, want := range []string{"paperboy " + c.name + " — " + c.summary, "Usage:\n  paperboy " + c.name, c.about, "Examples:\n  paperboy " + c.name} {
					if !strings.Contains(out, want) {
						t.Errorf("help lacks %q:\n%s", want, out)
					}
				}
				flags := flagsOf(t, out)
				for name, desc := range flags {
					if len(desc) < 10 {
						t.Errorf("flag %s is not explained: %q", name, desc)
					}
				}
				for _, f := range mustHave[c.name] {
					if _, ok := flags[f]; !ok {
						t.Errorf("help does not document %s:\n%s", f, out)
					}
					if !strings.Contains(c.args, f) && f != "-v" && f != "-n" {
						t.Errorf("the usage line %q does not show %s", c.args, f)
					}
				}
				if len(flags) > 0 {
					if _, ok := flags["-h, --help"]; !ok {
						t.Errorf("help does not list -h, --help")
					}
				}
			})
		}
		t.Run(c.name+" bad flag", func(t *testing.T) {
			code, out, errs := runCLI(t, c.name, "--no-such-flag")
			want := fmt.Sprintf("paperboy %s: flag provided but not defined: -no-such-flag\nRun 'paperboy %s --help' for its flags.\n", c.name, c.name)
			if code != exitUsage || out != "" || errs != want {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q", code, out, errs, want)
			}
		})
	}
}

func TestOverviewAndUnknownCommands(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"help"}, {"help", "--help"}} {
		code, out, errs := runCLI(t, args...)
		if code != 0 || errs != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errs)
		}
		for _, c := range commands {
			if !regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(c.name) + `\s+` + regexp.QuoteMeta(c.summary) + `$`).MatchString(out) {
				t.Errorf("%v: the list lacks %s:\n%s", args, c.name, out)
			}
		}
	}
	code, out, errs := runCLI(t)
	if code != exitUsage || out != "" || !strings.Contains(errs, "Commands:") {
		t.Errorf("no arguments: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"pusj"}, "paperboy: unknown command \"pusj\" (did you mean \"push\"?)\nRun 'paperboy help' for the list of commands.\n"},
		{[]string{"frobnicate"}, "paperboy: unknown command \"frobnicate\"\nRun 'paperboy help' for the list of commands.\n"},
		{[]string{"help", "frobnicate"}, "paperboy: unknown command \"frobnicate\"\nRun 'paperboy help' for the list of commands.\n"},
		{[]string{"push", "--config", "c.yaml"}, "paperboy push: needs one article URL\nusage: paperboy push --config FILE URL [--to CHANNEL]...\nRun 'paperboy push --help' for details.\n"},
		{[]string{"check-config"}, "paperboy check-config: needs one configuration FILE\nusage: paperboy check-config FILE\nRun 'paperboy check-config --help' for details.\n"},
		{[]string{"dead", "--config", "c.yaml", "revive"}, "paperboy dead: unknown action \"revive\" (use list, retry or drop)\nusage: paperboy dead list|retry|drop --config FILE [-n N] [ID|all]\nRun 'paperboy dead --help' for details.\n"},
		{[]string{"run", "config.yaml"}, "paperboy run: takes no arguments (got \"config.yaml\"; the configuration goes after --config)\nusage: paperboy run --config FILE [--once] [--drain-timeout DURATION] [--grace DURATION]\nRun 'paperboy run --help' for details.\n"},
		{[]string{"run", "--drain-timeout", "soon"}, "paperboy run: invalid value \"soon\" for flag -drain-timeout: parse error\nRun 'paperboy run --help' for its flags.\n"},
	}
	for _, c := range cases {
		code, out, errs := runCLI(t, c.args...)
		if code != exitUsage || out != "" || errs != c.want {
			t.Errorf("%v: exit %d, stdout %q, stderr\n%s\nwant\n%s", c.args, code, out, errs, c.want)
		}
	}
}

// TestCheckConfigHelpOpensNoFile: --help is help even for the command that takes a file name,
// and "--" lets a file really named --help be checked.
func TestCheckConfigHelpOpensNoFile(t *testing.T) {
	code, out, errs := runCLI(t, "check-config", "--help")
	if code != 0 || strings.Contains(out+errs, "no such") || !strings.HasPrefix(out, "paperboy check-config — ") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, _, errs = runCLI(t, "check-config", "--", "--help")
	if code != exitUsage || errs != "--help: no such configuration file (start from config/examples/minimal.yaml)\n" {
		t.Fatalf("check-config -- --help: exit %d, stderr %q", code, errs)
	}
}

// TestExtractPrivateNamesTheFlag: the refusal names the command's flag, not a config key.
func TestExtractPrivateNamesTheFlag(t *testing.T) {
	code, _, errs := runCLI(t, "extract", "http://127.0.0.1:1/article")
	if code != 1 || !strings.Contains(errs, "pass --allow-private") || strings.Contains(errs, "fetch.allow_private") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

// TestRedisUnreachableSaysWhatToDo: a configured Redis that does not answer stops the start
// with where it looked (password hidden) and the ways out.
func TestRedisUnreachableSaysWhatToDo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	cfg := "store:\n  redis:\n    url: redis://:s3cret-pass@127.0.0.1:1/0\nsources:\n  - {name: a, url: \"https://example.com/rss\"}\nchannels:\n  - {name: c, type: console}\n"
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCLI(t, "run", "--config", path, "--once")
	if code != 1 || !strings.Contains(errs, "store: cannot reach the Redis that "+path+" names (redis://:xxxxx@127.0.0.1:1/0)") ||
		!strings.Contains(errs, "remove store.redis to use the embedded store") || strings.Contains(errs, "s3cret-pass") {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
}
