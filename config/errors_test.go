package config

import (
	"errors"
	"os"
	"paperboy/core/channel"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadErrorsFromFiles writes each broken configuration to a real file and loads it as
// `paperboy check-config` does: every error starts with file:line: of the actual mistake, names
// the key where there is one, and says what would be right.
func TestLoadErrorsFromFiles(t *testing.T) {
	dir := t.TempDir()
	const src = "sources:\n  - name: a\n    url: https://example.com/rss\n"
	cases := []struct {
		name, yml string
		want      []string // the error's lines, after "<path>:"
	}{
		// YAML syntax: the line of the mistake, not where the parser noticed it.
		{"key without colon", "sources:\n  - name: a\n    url https://x/\n  - name: b\n    url: https://y/\n",
			[]string{`3: YAML syntax error: could not find expected ':' (a key needs a colon and a space after it, as in key: value)`}},
		{"list item indented wrong", "sources:\n  - name: a\n   url: https://x/\n  - name: b\n",
			[]string{`3: YAML syntax error: did not find expected '-' indicator (this line is not indented like the list items around it)`}},
		{"unclosed quote", "sources:\n  - name: \"a\n    url: https://x/\n  - name: b\n",
			[]string{`2: YAML syntax error: found unexpected end of stream (a quote opened on this line is never closed)`}},
		{"unclosed flow list", "log: {level: info}\nsources: [a, b\nchannels: []\n",
			[]string{`2: YAML syntax error: did not find expected ',' or ']' (a [ or { opened on this line is not closed, or a comma is missing)`}},
		{"tab indentation", "fetch:\n  timeout: 3s\n\tmax_body: 1MB\n",
			[]string{`3: YAML syntax error: found a tab character that violates indentation (indent with spaces, not tabs)`}},
		{"unquoted colon", "sources:\n  - name: a: b\n",
			[]string{`2: YAML syntax error: mapping values are not allowed in this context (quote a value that contains ": ", or check this line's indentation)`}},
		{"empty file", "", []string{`1: the configuration is empty (start from config/examples/minimal.yaml)`}},
		{"not a mapping", "- a\n", []string{`1: the configuration must be a mapping of sections (store:, sources:, channels: …)`}},

		// Types: durations, sizes, booleans, numbers, lists, mappings.
		{"duration in words", src + "    interval: 5 minutes\n  - name: b\n    url: https://example.com/b\n",
			[]string{`4: sources[0].interval: "5 minutes" is not a duration (use 5m, 90s, 1h30m)`}},
		{"duration without unit", "deliver:\n  backoff_max: 600\n",
			[]string{`2: deliver.backoff_max: 600 is not a duration: add a unit (600s, or 5m, 90s, 1h30m)`}},
		{"size", "fetch:\n  timeout: 5s\n  max_body: lots\n", []string{`3: fetch.max_body: "lots" is not a size (use 512KB, 10MB, 1GB)`}},
		{"boolean", "fetch:\n  allow_private: sure\n", []string{`2: fetch.allow_private: "sure" is not a boolean (use true or false)`}},
		{"optional boolean", src + "    image_check: nah\n", []string{`4: sources[0].image_check: "nah" is not a boolean (use true or false)`}},
		{"number", "fetch:\n  per_host: four\n", []string{`2: fetch.per_host: "four" is not a whole number`}},
		{"scalar for a list", "sources: foo\n", []string{`1: sources: must be a list ("- item" lines, or [a, b]), not the value "foo"`}},
		{"scalar for a section", "fetch: 5\n", []string{`1: fetch: must be a mapping of keys (key: value lines indented under fetch), not the value "5"`}},
		{"list for a value", "log:\n  level: [info]\n", []string{`2: log.level: must be a single value, not a list`}},
		{"channel platform key type", "channels:\n  - name: c\n    type: console\n    paused: later\n",
			[]string{`4: channels[0].paused: "later" is not a boolean (use true or false)`}},

		// Keys.
		{"unknown key", "fetch:\n  timeot: 3s\n", []string{`2: fetch.timeot: unknown key (known: allow_private, max_body, per_host, timeout, user_agent, workers)`}},
		{"duplicate key", "fetch:\n  timeout: 3s\nlog:\n  level: info\nfetch:\n  timeout: 4s\n", []string{`5: fetch: duplicate key (first set at line 1); keep one`}},

		// Environment and secrets.
		{"env var unset", "store:\n  path: ${PAPERBOY_TEST_UNSET_VAR}\n",
			[]string{`2: store.path: environment variable PAPERBOY_TEST_UNSET_VAR is not set (export it, or write ${PAPERBOY_TEST_UNSET_VAR:-default})`}},
		{"secret file missing", "channels:\n  - name: a\n    type: telegram\n    token_file: secrets/tg\n",
			[]string{`4: channels[0].token_file: cannot read secret file ` + filepath.Join(dir, "secrets/tg") + `: no such file or directory`}},

		// Validation: enums, URLs, names, references.
		{"enum", "log:\n  format: pretty\n", []string{`2: log.format: unknown format "pretty" (known: json, text)`}},
		{"url scheme", "sources:\n  - name: a\n    url: ftp://example.com/rss\n",
			[]string{`3: sources[0].url: must be an http(s) URL like https://example.com/rss (got "ftp://example.com/rss")`}},
		{"url missing", "sources:\n  - name: a\n    interval: 5m\n",
			[]string{`2: sources[0].url: missing: every source needs the url of its feed, sitemap or page`}},
		{"interval too short", src + "    interval: 2s\n", []string{`4: sources[0].interval: must be at least 10s (got 2s)`}},
		{"route to unknown channel", src + "channels:\n  - {name: c, type: console}\nroutes:\n  - channels: [d]\n",
			[]string{`7: routes[0].channels[0]: no channel named "d"`}},
		{"llm key", "summarize:\n  llm:\n    timeout: -1s\n", []string{`3: summarize.llm.timeout: must be positive, got -1s`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".yaml")
			if err := os.WriteFile(path, []byte(c.yml), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path)
			if err == nil {
				t.Fatalf("no error for:\n%s", c.yml)
			}
			got := strings.Split(err.Error(), "\n")
			if len(got) != len(c.want) {
				t.Fatalf("got %d lines, want %d:\n%v", len(got), len(c.want), err)
			}
			for i, w := range c.want {
				if got[i] != path+":"+w {
					t.Errorf("line %d:\n got %s\nwant %s:%s", i, got[i], path, w)
				}
			}
		})
	}
}

// TestLoadMissingFile names the path and where to start.
func TestLoadMissingFile(t *testing.T) {
	_, err := Load("/nonexistent/config.yaml")
	if err == nil || err.Error() != "/nonexistent/config.yaml: no such configuration file (start from config/examples/minimal.yaml)" {
		t.Fatalf("got %v", err)
	}
}

// TestPlatformErrorsPositioned checks that every problem a platform's validation reports is on
// its own line at its key.
func TestPlatformErrorsPositioned(t *testing.T) {
	cfg, err := Parse("c.yaml", []byte("channels:\n  - name: a\n    type: telegram\n    chat: 'bad chat'\n    link_preview: sideways\n"), env(nil))
	if err != nil {
		t.Fatal(err)
	}
	werr := cfg.Channels[0].WrapValidate(joinErrs(
		errString(`telegram: token is required (token or token_file)`),
		channel.FieldErr("chat", errString(`telegram: chat "bad chat" must be a numeric id or @username`)),
		channel.FieldErr("link_preview", errString(`telegram: link_preview "sideways" must be off, above, below or large`))))
	want := `c.yaml:2: channels[0]: telegram: token is required (token or token_file)
c.yaml:4: channels[0].chat: "bad chat" must be a numeric id or @username
c.yaml:5: channels[0].link_preview: "sideways" must be off, above, below or large`
	if werr.Error() != want {
		t.Fatalf("got\n%v\nwant\n%s", werr, want)
	}
}

type joined []error

func (j joined) Error() string   { return "joined" }
func (j joined) Unwrap() []error { return j }

func joinErrs(errs ...error) error { return joined(errs) }

// TestFieldErrorTyped checks that callers get the key and line of a problem without parsing text.
func TestFieldErrorTyped(t *testing.T) {
	_, err := Parse("c.yaml", []byte("channels:\n  - name: a\n    type: telegram\n    in_doubt: maybe\n"), env(nil))
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Key != "channels[0].in_doubt" || fe.Line != 4 {
		t.Fatalf("got %#v", err)
	}
}

// TestEditorSectionDecodesStrictly checks that an editors: section, kept raw for its platform,
// decodes with the same positioned type errors and unknown-key refusals as the rest.
func TestEditorSectionDecodesStrictly(t *testing.T) {
	cfg, err := Parse("c.yaml", []byte("editors:\n  telegram:\n    users: [12, abc]\n    userz: [1]\n"), env(nil))
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Users []int64 `yaml:"users"`
	}
	err = cfg.Editors["telegram"].Decode(&c)
	for _, want := range []string{`c.yaml:3: editors.telegram.users[1]: "abc" is not a whole number`, `c.yaml:4: editors.telegram.userz: unknown key for editors.telegram (known: users)`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("got %v, want %s", err, want)
		}
	}
}
