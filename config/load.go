package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"

	"go.yaml.in/yaml/v4"
)

// Load reads, expands and validates the configuration file at path. Errors name the file,
// line and key: `config.yaml:12: channels[1].chat: must be a numeric id or @username`.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such configuration file (start from config/examples/minimal.yaml)", path)
		}
		return nil, fmt.Errorf("%s: cannot read the configuration: %w", path, errors.Unwrap(err))
	}
	return Parse(path, data, os.LookupEnv)
}

// Parse is Load on bytes already read; lookup resolves ${ENV} references.
func Parse(file string, data []byte, lookup func(string) (string, bool)) (*Config, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s:1: the configuration is empty (start from config/examples/minimal.yaml)", file)
		}
		return nil, syntaxError(file, err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: the configuration must be a mapping of sections (store:, sources:, channels: …)", file, max(doc.Line, 1))
	}
	root := doc.Content[0]
	p := &parser{file: file, lookup: lookup, base: filepath.Dir(file)}
	p.expand(root, "")
	if err := errors.Join(p.errs...); err != nil {
		return nil, err
	}
	cfg := &Config{file: file}
	p.check(root, reflect.TypeOf(cfg).Elem(), "")
	if err := errors.Join(p.errs...); err != nil {
		return nil, err
	}
	if err := root.Decode(cfg); err != nil {
		return nil, decodeError(file, "", err)
	}
	if chans := child(root, "channels"); chans != nil && chans.Kind == yaml.SequenceNode {
		for i, n := range chans.Content {
			if i < len(cfg.Channels) {
				cfg.Channels[i].Raw, cfg.Channels[i].file, cfg.Channels[i].index = n, file, i
			}
		}
	}
	for name, e := range cfg.Editors {
		e.file, e.platform = file, name
		cfg.Editors[name] = e
	}
	cfg.root = root
	cfg.applyDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	// The document was only needed for error positions; at 100,000 sources it is ~100 MB of
	// nodes for a config that lives as long as the service. Keep what Secrets needs of it.
	cfg.secrets, cfg.root = treeSecrets(root), nil
	return cfg, nil
}

type parser struct {
	file   string
	base   string
	lookup func(string) (string, bool)
	errs   []error
}

func (p *parser) errorf(n *yaml.Node, key, format string, args ...any) {
	p.errs = append(p.errs, fieldErrorf(p.file, n.Line, key, format, args...))
}

var envRef = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}`)

// expand replaces ${ENV} and ${ENV:-default} in scalar values (never in keys, and never by
// re-parsing YAML, so a secret containing quotes or newlines cannot change the structure),
// and turns `x_file: path` into `x: <file contents>`.
func (p *parser) expand(n *yaml.Node, path string) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p.expand(v, join(path, k.Value))
		}
		p.resolveFiles(n, path)
	case yaml.SequenceNode:
		for i, c := range n.Content {
			p.expand(c, fmt.Sprintf("%s[%d]", path, i))
		}
	case yaml.ScalarNode:
		if !strings.Contains(n.Value, "${") {
			return
		}
		n.Value = envRef.ReplaceAllStringFunc(n.Value, func(m string) string {
			sub := envRef.FindStringSubmatch(m)
			if v, ok := p.lookup(sub[1]); ok && v != "" {
				return v
			}
			if strings.Contains(m, ":-") {
				return sub[2]
			}
			p.errorf(n, path, "environment variable %s is not set (export it, or write ${%s:-default})", sub[1], sub[1])
			return ""
		})
		if n.Tag == "" || n.Style != 0 {
			n.Tag = "!!str"
		}
	}
}

// resolveFiles reads `<key>_file` entries (container secrets) into `<key>` for credential keys.
func (p *parser) resolveFiles(m *yaml.Node, path string) {
	var out []*yaml.Node
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		// Only credentials come from files this way: other *_file keys (an e-mail channel's
		// ca_file, say) are paths the platform reads itself.
		if !strings.HasSuffix(k.Value, "_file") || !isSecretKey(strings.TrimSuffix(k.Value, "_file")) {
			out = append(out, k, v)
			continue
		}
		target := strings.TrimSuffix(k.Value, "_file")
		if existing := child(m, target); existing != nil && existing.Value != "" {
			p.errorf(k, join(path, k.Value), "set either %s or %s, not both", target, k.Value)
			continue
		}
		fp := v.Value
		if !filepath.IsAbs(fp) {
			fp = filepath.Join(p.base, fp)
		}
		data, err := os.ReadFile(fp)
		if err != nil {
			p.errorf(v, join(path, k.Value), "cannot read secret file %s: %v", fp, errors.Unwrap(err))
			continue
		}
		val := strings.TrimRight(string(data), "\r\n")
		if existing := child(m, target); existing != nil {
			existing.Value, existing.Tag = val, "!!str"
			continue
		}
		key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: target, Line: k.Line, Column: k.Column}
		out = append(out, key, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: val, Line: v.Line, Column: v.Column})
	}
	m.Content = out
}

// fieldsByType caches yamlFields per type: the check walks one mapping per source, and
// reflecting Source's fields anew for each was most of the time (and ~700 MB of garbage) it
// took to parse 100,000 sources.
var fieldsByType sync.Map // reflect.Type → map[string]reflect.StructField

// yamlFields maps a struct's yaml keys to its fields. The map is shared: read it, never change it.
func yamlFields(t reflect.Type) map[string]reflect.StructField {
	if m, ok := fieldsByType.Load(t); ok {
		return m.(map[string]reflect.StructField)
	}
	out := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		out[tag] = f
	}
	fieldsByType.Store(t, out)
	return out
}

func sortedKeys(m map[string]reflect.StructField) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

func child(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// syntaxError positions a YAML syntax error on the line of the mistake. The parser knows two
// places: where it noticed the problem and where the construct it was reading began. An
// unclosed quote or bracket, or a key without its colon, is at the start (the parser only
// notices it lines later, often at the next "- " item); other problems are where noticed.
func syntaxError(file string, err error) error {
	var le *yaml.LoadError
	if !errors.As(err, &le) {
		return fmt.Errorf("%s:1: %s", file, yamlMessage(err))
	}
	line, hint := le.Mark.Line, ""
	atStart := false
	switch {
	case strings.Contains(le.ContextMsg, "simple key"):
		atStart, hint = true, "a key needs a colon and a space after it, as in key: value"
	case strings.Contains(le.ContextMsg, "quoted scalar"):
		atStart, hint = true, "a quote opened on this line is never closed"
	case strings.Contains(le.ContextMsg, "flow mapping"), strings.Contains(le.ContextMsg, "flow sequence"):
		atStart, hint = true, "a [ or { opened on this line is not closed, or a comma is missing"
	case strings.Contains(le.Message, "tab character"):
		hint = "indent with spaces, not tabs"
	case strings.Contains(le.Message, "expected '-' indicator"):
		hint = "this line is not indented like the list items around it"
	case strings.Contains(le.Message, "mapping values are not allowed"):
		hint = "quote a value that contains \": \", or check this line's indentation"
	case strings.Contains(le.Message, "did not find expected key"):
		hint = "check this line's indentation and quotes"
	case strings.Contains(le.Message, "unknown anchor"):
		hint = "define the &anchor before using it"
	}
	if (atStart || line == 0) && le.ContextMark.Line > 0 {
		line = le.ContextMark.Line
	}
	msg := "YAML syntax error: " + le.Message
	if hint != "" {
		msg += " (" + hint + ")"
	}
	return fmt.Errorf("%s:%d: %s", file, max(line, 1), msg)
}

// decodeError turns a decoding error that check did not foresee into positioned lines.
func decodeError(file, path string, err error) error {
	var les *yaml.LoadErrors
	if errors.As(err, &les) {
		var out []error
		for _, le := range les.Errors {
			out = append(out, positioned(file, path, le))
		}
		return errors.Join(out...)
	}
	var le *yaml.LoadError
	if errors.As(err, &le) {
		return positioned(file, path, le)
	}
	return fmt.Errorf("%s:1: %s", file, yamlMessage(err))
}

func positioned(file, path string, le *yaml.LoadError) error {
	prefix := ""
	if path != "" {
		prefix = path + ": "
	}
	return fmt.Errorf("%s:%d: %s%s", file, max(le.Mark.Line, 1), prefix, le.Message)
}
