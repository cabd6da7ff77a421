package llm

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// Defaults applied to zero Config fields by Validate and New.
const (
	DefaultBaseURL         = "https://api.openai.com/v1" // Config.BaseURL default
	DefaultTimeout         = 20 * time.Second            // Config.Timeout default
	DefaultMaxChars        = 300                         // Config.MaxChars default, in code points
	DefaultMaxCallsPerHour = 120                         // Config.MaxCallsPerHour default
)

// DefaultPrompts are the system prompts per language; {max_chars} is replaced by Config.MaxChars.
// A language without its own prompt uses "en", which asks for the article's language.
var DefaultPrompts = map[string]string{
	"ko": "당신은 뉴스 편집자입니다. 주어진 기사를 한국어로 {max_chars}자 이내의 두세 문장으로 요약하세요. " +
		"기사에 있는 사실만 쓰고, 의견이나 머리말 없이 요약문만 답하세요. 문장은 반드시 마침표로 끝내세요.",
	"ja": "あなたはニュース編集者です。記事を日本語で{max_chars}文字以内、2〜3文に要約してください。" +
		"記事にある事実だけを書き、前置きや意見を付けず、要約文だけを答えてください。",
	"zh": "你是新闻编辑。请用中文将文章概括为两到三句话，不超过{max_chars}个字。" +
		"只写文章中的事实，不加评论或开场白，只回答摘要本身。",
	"en": "You are a news editor. Summarise the article in two or three sentences of at most {max_chars} " +
		"characters, in the same language as the article. State only facts from the article, with no " +
		"preamble or opinion, and answer with the summary alone.",
}

// Config is the summarize.llm section: an OpenAI-compatible chat completions endpoint used
// to write summaries instead of the extractive lead. It is off by default.
type Config struct {
	// Enabled turns LLM summaries on; when false every article gets the extractive lead.
	Enabled bool `yaml:"enabled"`
	// BaseURL is the API root; the request goes to {base_url}/chat/completions (OpenAI, a proxy, Ollama, vLLM).
	BaseURL string `yaml:"base_url"`
	// Model is the model name sent with every request, e.g. "gpt-4o-mini".
	Model string `yaml:"model"`
	// APIKey is sent as "Authorization: Bearer KEY" (or api_key_file); empty sends no header (local servers).
	APIKey string `yaml:"api_key"`
	// Timeout bounds one request; a slower answer falls back to the extractive lead.
	Timeout time.Duration `yaml:"timeout"`
	// MaxChars is the longest summary kept, in code points; a longer answer is cut at a sentence end.
	MaxChars int `yaml:"max_chars"`
	// Prompts overrides the system prompt per language ("ko", "ja", "zh", "en", …); {max_chars} is substituted.
	Prompts map[string]string `yaml:"prompts"`
	// MaxCallsPerHour caps requests in any rolling hour (the cost cap); past it the lead is used.
	MaxCallsPerHour int `yaml:"max_calls_per_hour"`
}

// Validate fills zero fields with their defaults, then reports every invalid field. A
// disabled config is only checked for values that are invalid whatever the switch says.
func (c *Config) Validate() error {
	c.fill()
	var errs []error
	if c.Timeout < 0 {
		errs = append(errs, fmt.Errorf("llm: timeout must be positive, got %s", c.Timeout))
	}
	if c.MaxChars < 0 {
		errs = append(errs, fmt.Errorf("llm: max_chars must be positive, got %d", c.MaxChars))
	}
	if c.MaxCallsPerHour < 0 {
		errs = append(errs, fmt.Errorf("llm: max_calls_per_hour must be positive, got %d", c.MaxCallsPerHour))
	}
	if strings.ContainsAny(c.APIKey, "\r\n") {
		errs = append(errs, errors.New("llm: api_key must be a single line"))
	}
	if c.Enabled {
		if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			// The URL itself is not echoed: a proxy URL may carry credentials.
			errs = append(errs, errors.New("llm: base_url must be an absolute http or https URL"))
		}
		if strings.TrimSpace(c.Model) == "" {
			errs = append(errs, errors.New("llm: model is required when enabled"))
		}
	}
	for lang, p := range c.Prompts {
		if strings.TrimSpace(p) == "" {
			errs = append(errs, fmt.Errorf("llm: prompts.%s is empty", lang))
		}
	}
	return errors.Join(errs...)
}

// fill sets defaults on zero fields; it never rejects anything.
func (c *Config) fill() {
	if c.BaseURL == "" {
		c.BaseURL = DefaultBaseURL
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxChars == 0 {
		c.MaxChars = DefaultMaxChars
	}
	if c.MaxCallsPerHour == 0 {
		c.MaxCallsPerHour = DefaultMaxCallsPerHour
	}
}

// withDefaults is what New uses: values Validate would reject are replaced by defaults
// rather than trusted, so a Summarizer is always usable.
func (c Config) withDefaults() Config {
	c.fill()
	if c.Timeout < 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxChars < 0 {
		c.MaxChars = DefaultMaxChars
	}
	if c.MaxCallsPerHour < 0 {
		c.MaxCallsPerHour = DefaultMaxCallsPerHour
	}
	return c
}

// prompt picks the system prompt for lang: the configured one for the exact tag, then for
// its primary subtag ("ko-KR" → "ko"), then the default for either, then English.
func (c Config) prompt(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(lang, "_", "-")))
	primary, _, _ := strings.Cut(lang, "-")
	var p string
	for _, m := range []map[string]string{c.Prompts, DefaultPrompts} {
		if p = firstPrompt(m, lang, primary); p != "" {
			break
		}
	}
	if p == "" {
		p = firstPrompt(c.Prompts, "en", "en")
	}
	if p == "" {
		p = DefaultPrompts["en"]
	}
	return strings.ReplaceAll(p, "{max_chars}", fmt.Sprint(c.MaxChars))
}

func firstPrompt(m map[string]string, keys ...string) string {
	for _, k := range keys {
		if p := strings.TrimSpace(m[k]); p != "" {
			return p
		}
	}
	return ""
}
