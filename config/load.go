package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// Load reads, expands and validates the configuration file at path. Errors name the file,
// line and key: `config.yaml:12: channels[1].chat: must be a numeric id or @username`.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data, os.LookupEnv)
}

// Parse is Load on bytes already read; lookup resolves ${ENV} references.
func Parse(file string, data []byte, lookup func(string) (string, bool)) (*Config, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: empty configuration", file)
		}
		return nil, fmt.Errorf("%s: %s", file, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s:%d: the configuration must be a mapping", file, doc.Line)
	}
	root := doc.Content[0]
	p := &parser{file: file, lookup: lookup, base: filepath.Dir(file)}
	p.expand(root, "")
	if err := errors.Join(p.errs...); err != nil {
		return nil, err
	}
	cfg := &Config{file: file}
	p.strict(root, reflect.TypeOf(cfg).Elem(), "")
	if err := errors.Join(p.errs...); err != nil {
		return nil, err
	}
	if err := root.Decode(cfg); err != nil {
		return nil, fmt.Errorf("%s: %s", file, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if chans := child(root, "channels"); chans != nil && chans.Kind == yaml.SequenceNode {
		for i, n := range chans.Content {
			if i < len(cfg.Channels) {
				cfg.Channels[i].Raw, cfg.Channels[i].file, cfg.Channels[i].index = n, file, i
			}
		}
	}
	if srcs := child(root, "sources"); srcs != nil && srcs.Kind == yaml.SequenceNode {
		for i, n := range srcs.Content {
			if i < len(cfg.Sources) {
				cfg.Sources[i].node = n
			}
		}
	}
	cfg.root = root
	cfg.applyDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	return cfg, nil
}

type parser struct {
	file   string
	base   string
	lookup func(string) (string, bool)
	errs   []error
}

func (p *parser) errorf(n *yaml.Node, key, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("%s:%d: %s: %s", p.file, n.Line, key, fmt.Sprintf(format, args...)))
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
			p.errorf(n, path, "environment variable %s is not set", sub[1])
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
			p.errorf(v, join(path, k.Value), "cannot read secret file: %v", errors.Unwrap(err))
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

// strict reports keys that t does not have, with their line, so a typo is an error rather than
// a silently ignored setting. Channel mappings are checked by the platform package instead.
func (p *parser) strict(n *yaml.Node, t reflect.Type, path string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch n.Kind {
	case yaml.MappingNode:
		if t.Kind() != reflect.Struct {
			return
		}
		fields := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			f, ok := fields[k.Value]
			if !ok {
				p.errorf(k, join(path, k.Value), "unknown key (known: %s)", strings.Join(sortedKeys(fields), ", "))
				continue
			}
			if f.Type == reflect.TypeOf(Channel{}) || (f.Type.Kind() == reflect.Slice && f.Type.Elem() == reflect.TypeOf(Channel{})) {
				continue
			}
			p.strict(v, f.Type, join(path, k.Value))
		}
	case yaml.SequenceNode:
		if t.Kind() != reflect.Slice {
			return
		}
		for i, c := range n.Content {
			p.strict(c, t.Elem(), fmt.Sprintf("%s[%d]", path, i))
		}
	}
}

func yamlFields(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("yaml"), ",")[0]
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		out[tag] = f
	}
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
