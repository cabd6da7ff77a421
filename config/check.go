package config

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"time"

	"go.yaml.in/yaml/v4"
)

var (
	durationType    = reflect.TypeFor[time.Duration]()
	channelType     = reflect.TypeFor[Channel]()
	unmarshalerType = reflect.TypeFor[yaml.Unmarshaler]()
)

// check walks the document against the Go type it will be decoded into and reports, each at
// the line of the offending key or value: keys t does not have (a typo is an error, not a
// silently ignored setting), keys given twice, and values of the wrong shape or type, with a
// hint of what would be right. Decoding afterwards cannot fail on what check accepted, so every
// error names file, line and key. Channel mappings are checked for their common keys here and
// for the platform's keys by Channel.Decode.
func (p *parser) check(n *yaml.Node, t reflect.Type, path string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if isNull(n) || t == editorType {
		return // an editors: section is checked by its platform's editor bot
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		p.checkScalar(n, t, path)
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if t == durationType {
			p.checkScalar(n, t, path)
			return
		}
		if n.Kind != yaml.MappingNode {
			p.errorf(n, path, "must be a mapping of keys (key: value lines indented under %s), not %s", lastKey(path), describe(n))
			return
		}
		p.checkMapping(n, t, path)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			p.errorf(n, path, "must be a list (\"- item\" lines, or [a, b]), not %s", describe(n))
			return
		}
		for i, c := range n.Content {
			p.check(c, t.Elem(), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			p.errorf(n, path, "must be a mapping (key: value lines), not %s", describe(n))
			return
		}
		p.checkDuplicates(n, path)
		for i := 0; i+1 < len(n.Content); i += 2 {
			p.check(n.Content[i+1], t.Elem(), join(path, n.Content[i].Value))
		}
	case reflect.Interface:
	default:
		p.checkScalar(n, t, path)
	}
}

// checkMapping checks a mapping decoded into struct type t.
func (p *parser) checkMapping(n *yaml.Node, t reflect.Type, path string) {
	p.checkDuplicates(n, path)
	fields := yamlFields(t)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		f, ok := fields[k.Value]
		if !ok {
			if t == channelType {
				continue // a platform key: Channel.Decode checks it against the platform's type
			}
			p.errorf(k, join(path, k.Value), "unknown key (known: %s)", strings.Join(sortedKeys(fields), ", "))
			continue
		}
		if f.Type == channelType || (f.Type.Kind() == reflect.Slice && f.Type.Elem() == channelType) {
			if f.Type.Kind() == reflect.Slice && v.Kind == yaml.SequenceNode {
				for j, c := range v.Content {
					p.checkChannel(c, fmt.Sprintf("%s[%d]", join(path, k.Value), j))
				}
				continue
			}
		}
		p.check(v, f.Type, join(path, k.Value))
	}
}

// checkChannel checks a channel's shape and its common keys (name, type, in_doubt, paused).
func (p *parser) checkChannel(n *yaml.Node, path string) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, path, "a channel must be a mapping with at least name and type, not %s", describe(n))
		return
	}
	p.checkMapping(n, channelType, path)
}

// checkDuplicates reports a key given twice in one mapping: YAML forbids it, and which one
// would win is not obvious to the reader.
func (p *parser) checkDuplicates(n *yaml.Node, path string) {
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if first, ok := seen[k.Value]; ok {
			p.errorf(k, join(path, k.Value), "duplicate key (first set at line %d); keep one", first)
			continue
		}
		seen[k.Value] = k.Line
	}
}

// checkScalar decodes one value into a fresh t and explains a failure in the terms of t.
func (p *parser) checkScalar(n *yaml.Node, t reflect.Type, path string) {
	custom := reflect.PointerTo(t).Implements(unmarshalerType)
	if n.Kind != yaml.ScalarNode && !custom {
		p.errorf(n, path, "must be a single value, not %s", describe(n))
		return
	}
	err := n.Decode(reflect.New(t).Interface())
	if err == nil {
		return
	}
	switch {
	case t == durationType:
		if isNumber(n.Value) {
			p.errorf(n, path, "%s is not a duration: add a unit (%ss, or 5m, 90s, 1h30m)", n.Value, n.Value)
		} else {
			p.errorf(n, path, "%q is not a duration (use 5m, 90s, 1h30m)", n.Value)
		}
	case custom:
		p.errorf(n, path, "%s", yamlMessage(err))
	case t.Kind() == reflect.Bool:
		p.errorf(n, path, "%q is not a boolean (use true or false)", n.Value)
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64:
		p.errorf(n, path, "%q is not a whole number", n.Value)
	case t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uint64:
		p.errorf(n, path, "%q is not a whole number of 0 or more", n.Value)
	case t.Kind() == reflect.Float32 || t.Kind() == reflect.Float64:
		p.errorf(n, path, "%q is not a number", n.Value)
	default:
		p.errorf(n, path, "%q cannot be read as %s: %s", n.Value, t, yamlMessage(err))
	}
}

// yamlMessage is a decode error's text without the library's "yaml: line N:" framing.
func yamlMessage(err error) string {
	var les *yaml.LoadErrors
	var le *yaml.LoadError
	msg := err.Error()
	if errors.As(err, &les) && len(les.Errors) > 0 {
		msg = les.Errors[0].Message
	} else if errors.As(err, &le) {
		msg = le.Message
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	for strings.HasPrefix(msg, "line ") {
		i := strings.Index(msg, ": ")
		if i < 0 {
			break
		}
		msg = msg[i+2:]
	}
	return msg
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != '.' && r != '-' {
			return false
		}
	}
	return true
}

// describe names what a node is, for "must be X, not Y" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	default:
		return fmt.Sprintf("the value %q", n.Value)
	}
}

func lastKey(path string) string {
	if i := strings.LastIndex(path, "."); i >= 0 {
		return path[i+1:]
	}
	return path
}
