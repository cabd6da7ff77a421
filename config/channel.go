package config

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v4"
)

// commonChannelKeys are the keys every channel has; the rest belong to the platform.
var commonChannelKeys = map[string]bool{"name": true, "type": true, "in_doubt": true, "paused": true}

// Decode decodes the platform-specific keys of the channel into v (a pointer to the platform's
// Config struct with yaml tags), refusing unknown keys with their line.
func (ch Channel) Decode(v any) error {
	if ch.Raw == nil {
		return nil
	}
	p := &parser{file: ch.file}
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	fields := yamlFields(t)
	platform := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: ch.Raw.Line, Column: ch.Raw.Column}
	for i := 0; i+1 < len(ch.Raw.Content); i += 2 {
		k, val := ch.Raw.Content[i], ch.Raw.Content[i+1]
		if commonChannelKeys[k.Value] {
			continue
		}
		if _, ok := fields[k.Value]; !ok {
			known := sortedKeys(fields)
			p.errorf(k, ch.path(k.Value), "unknown key for type %s (known: %s)", ch.Type, strings.Join(known, ", "))
			continue
		}
		p.check(val, fields[k.Value].Type, ch.path(k.Value))
		platform.Content = append(platform.Content, k, val)
	}
	if err := errors.Join(p.errs...); err != nil {
		return err
	}
	if err := platform.Decode(v); err != nil {
		return decodeError(ch.file, ch.path(""), err)
	}
	return nil
}

// Errorf returns an error positioned at the channel's key (or the channel itself when key is
// absent), e.g. `config.yaml:14: channels[1].chat: must be numeric or @name`.
func (ch Channel) Errorf(key, format string, args ...any) error {
	line := 0
	if ch.Raw != nil {
		line = ch.Raw.Line
		for i := 0; i+1 < len(ch.Raw.Content); i += 2 {
			if ch.Raw.Content[i].Value == key {
				line = ch.Raw.Content[i].Line
			}
		}
	}
	return fmt.Errorf("%s:%d: %s: %s", ch.file, line, ch.path(key), fmt.Sprintf(format, args...))
}

// WrapValidate turns a platform's Validate error into positioned lines, one per joined error.
// When a message names a key the channel has ("telegram: chat \"x\" must be …", "chat: …"),
// the position is that key's line; otherwise the channel's.
func (ch Channel) WrapValidate(err error) error {
	if err == nil {
		return nil
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	out := make([]error, 0, len(errs))
	for _, e := range errs {
		out = append(out, ch.wrapOne(e.Error()))
	}
	return errors.Join(out...)
}

func (ch Channel) wrapOne(msg string) error {
	rest := msg
	if ch.Type != "" {
		rest = strings.TrimPrefix(msg, ch.Type+": ")
	}
	key := rest
	if i := strings.IndexAny(rest, " :"); i >= 0 {
		key = rest[:i]
	}
	if key != "" && child(ch.Raw, key) != nil {
		return ch.Errorf(key, "%s", strings.TrimLeft(strings.TrimPrefix(rest, key), ": "))
	}
	return ch.Errorf("", "%s", msg)
}

func (ch Channel) path(key string) string {
	p := fmt.Sprintf("channels[%d]", ch.index)
	if key != "" {
		p += "." + key
	}
	return p
}
