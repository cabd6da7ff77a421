package llm

import (
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v4"
)

func TestConfigYAMLAndDefaults(t *testing.T) {
	src := `
enabled: true
base_url: http://127.0.0.1:11434/v1
model: qwen2.5:7b
api_key: ""
timeout: 7s
prompts:
  ko: "세 문장으로 요약하라. {max_chars}자 이내."
`
	var c Config
	if err := yaml.Unmarshal([]byte(src), &c); err != nil {
		t.Fatal(err)
	}
	if err := c.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	if c.Timeout != 7*time.Second || c.MaxChars != DefaultMaxChars || c.MaxCallsPerHour != DefaultMaxCallsPerHour {
		t.Errorf("config after defaults = %+v", c)
	}
	if got := c.prompt("ko"); got != "세 문장으로 요약하라. 300자 이내." {
		t.Errorf("configured ko prompt = %q", got)
	}
	if got := c.prompt("ja-JP"); !strings.Contains(got, "日本語") || !strings.Contains(got, "300") {
		t.Errorf("default ja prompt = %q", got)
	}
	if got := c.prompt("zh_CN"); !strings.Contains(got, "中文") {
		t.Errorf("default zh prompt = %q", got)
	}
	if got := c.prompt("fr"); got != strings.ReplaceAll(DefaultPrompts["en"], "{max_chars}", "300") {
		t.Errorf("fallback prompt for fr = %q", got)
	}
	var off Config
	if err := off.Validate(); err != nil || off.Enabled {
		t.Errorf("zero config: enabled=%v err=%v", off.Enabled, err)
	}
}

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want []string // substrings of the error; none means valid
	}{
		{"disabled needs nothing", Config{}, nil},
		{"enabled ok", Config{Enabled: true, Model: "m"}, nil},
		{"enabled without model", Config{Enabled: true}, []string{"model is required"}},
		{"bad base url", Config{Enabled: true, Model: "m", BaseURL: "ftp://user:pw@host/v1"}, []string{"base_url must be"}},
		{"relative base url", Config{Enabled: true, Model: "m", BaseURL: "/v1"}, []string{"base_url must be"}},
		{"negatives", Config{Timeout: -time.Second, MaxChars: -1, MaxCallsPerHour: -5},
			[]string{"timeout must be positive", "max_chars must be positive", "max_calls_per_hour must be positive"}},
		{"key with newline", Config{APIKey: "sk-1\nX-Evil: 1"}, []string{"api_key must be a single line"}},
		{"empty prompt", Config{Prompts: map[string]string{"ko": " "}}, []string{"prompts.ko is empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatal("Validate accepted an invalid config")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			if strings.Contains(err.Error(), "pw@") || strings.Contains(err.Error(), "sk-1") {
				t.Errorf("error leaks a secret: %q", err)
			}
		})
	}
}

func TestNewReplacesInvalidValues(t *testing.T) {
	s := New(Config{Enabled: true, Model: "m", Timeout: -1, MaxChars: -3, MaxCallsPerHour: -1}, nil)
	if s.cfg.Timeout != DefaultTimeout || s.cfg.MaxChars != DefaultMaxChars || s.cfg.MaxCallsPerHour != DefaultMaxCallsPerHour {
		t.Errorf("New kept invalid values: %+v", s.cfg)
	}
	if (*Summarizer)(nil).Enabled() {
		t.Error("a nil Summarizer reports enabled")
	}
}
