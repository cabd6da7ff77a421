package bots

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"paperboy/config"
	"paperboy/core/channel"
)

var (
	yamlBlock   = regexp.MustCompile("(?s)```yaml\n(.*?)```")
	fileKey     = regexp.MustCompile(`(?m)^(\s*-?\s*)(token|password|secret|app_password|access_token)_file: \S+`)
	webhookFile = regexp.MustCompile(`webhook_file: [^,}\s]+`)
	inlineKey   = regexp.MustCompile(`(token|password|secret|app_password|access_token)_file: [^,}\s]+`)
)

// docEnv gives the documented ${VARS} plausible values.
func docEnv(k string) (string, bool) {
	switch {
	case strings.Contains(k, "WEBHOOK_SECRET"):
		return "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", true
	case strings.Contains(k, "WEBHOOK"):
		return "https://discord.com/api/webhooks/123456789012345678/doc-token", true
	case strings.Contains(k, "TELEGRAM"):
		return "123456789:AAdoc-token_value", true
	case strings.Contains(k, "REDIS"):
		return "redis://127.0.0.1:6379/0", true
	}
	return "doc-value-" + strings.ToLower(k), true
}

// Every configuration example in the READMEs that configures channels loads through the real
// loader and builds its channels, so the docs cannot drift from the code.
func TestReadmeChannelExamples(t *testing.T) {
	files, _ := filepath.Glob("*/README.md")
	files = append(files, "../README.md")
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range yamlBlock.FindAllStringSubmatch(string(data), -1) {
			block := m[1]
			if !strings.Contains(block, "channels:") || strings.Contains(block, "…") {
				continue
			}
			// Secret files are not here: give each credential *_file key an inline placeholder.
			webhook := "https://discord.com/api/webhooks/123456789012345678/doc-token"
			if strings.Contains(f, "slack") {
				webhook = "https://hooks.slack.com/services/T0000/B0000/docdocdoc"
			}
			block = webhookFile.ReplaceAllString(block, "webhook: "+webhook)
			block = fileKey.ReplaceAllString(block, `$1$2: "123456789:AAdoc-secret_value"`)
			block = inlineKey.ReplaceAllString(block, `$1: "123456789:AAdoc-secret_value"`)
			cfg, err := config.Parse(f, []byte(block), docEnv)
			if err != nil {
				t.Errorf("%s block %d: %v", f, i, err)
				continue
			}
			if _, err := Build(cfg, channel.Options{}); err != nil {
				t.Errorf("%s block %d: %v", f, i, err)
			}
			n++
		}
	}
	if n < 8 {
		t.Fatalf("only %d channel examples found", n)
	}
}
