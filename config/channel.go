package config

import (
	"errors"
	"fmt"
	"paperboy/core/channel"
	"reflect"
	"strings"

	"go.yaml.in/yaml/v4"
)

// commonChannelKeys are the keys every channel has; the rest belong to the platform.
var commonChannelKeys = map[string]bool{"name": true, "type": true, "in_doubt": true, "paused": true}

// Decode decodes the platform-specific keys of the channel into v (a pointer to the platform's
// Config struct with yaml tags), refusing unknown keys with their line.
func (ch Channel) Decode(v any) error { return ch.section().decode(v) }

// Errorf returns an error positioned at the channel's key (or the channel itself when key is
// absent), e.g. `config.yaml:14: channels[1].chat: must be numeric or @name`.
func (ch Channel) Errorf(key, format string, args ...any) error {
	return ch.section().errorf(key, format, args...)
}

// WrapValidate turns a platform's Validate error into positioned lines, one per joined error.
// An error tagged with its key (*channel.FieldError) is placed at that key's line; any other
// at the channel's.
func (ch Channel) WrapValidate(err error) error { return ch.section().wrapValidate(err, ch.Type) }

// section is the channel's decoding and error positioning.
func (ch Channel) section() section {
	return section{raw: ch.Raw, file: ch.file, prefix: fmt.Sprintf("channels[%d]", ch.index), kind: "type " + ch.Type, skip: commonChannelKeys}
}

// section is a mapping a platform package decodes (a channel, an editors: section).
type section struct {
	raw          *yaml.Node
	file, prefix string
	kind         string          // named in "unknown key for …"
	skip         map[string]bool // keys config itself reads
}

func (s section) decode(v any) error {
	if s.raw == nil {
		return nil
	}
	p := &parser{file: s.file}
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	fields := yamlFields(t)
	platform := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: s.raw.Line, Column: s.raw.Column}
	for i := 0; i+1 < len(s.raw.Content); i += 2 {
		k, val := s.raw.Content[i], s.raw.Content[i+1]
		if s.skip[k.Value] {
			continue
		}
		if _, ok := fields[k.Value]; !ok {
			known := sortedKeys(fields)
			p.errorf(k, s.path(k.Value), "unknown key for %s (known: %s)", s.kind, strings.Join(known, ", "))
			continue
		}
		p.check(val, fields[k.Value].Type, s.path(k.Value))
		platform.Content = append(platform.Content, k, val)
	}
	if err := errors.Join(p.errs...); err != nil {
		return err
	}
	if err := platform.Decode(v); err != nil {
		return decodeError(s.file, s.path(""), err)
	}
	return nil
}

func (s section) errorf(key, format string, args ...any) error {
	line := 0
	if s.raw != nil {
		line = s.raw.Line
		for i := 0; i+1 < len(s.raw.Content); i += 2 {
			if s.raw.Content[i].Value == key {
				line = s.raw.Content[i].Line
			}
		}
	}
	return fieldErrorf(s.file, line, s.path(key), format, args...)
}

func (s section) wrapValidate(err error, typ string) error {
	if err == nil {
		return nil
	}
	var out []error
	for _, e := range leaves(err) {
		var fe *channel.FieldError
		if errors.As(e, &fe) && child(s.raw, fe.Key) != nil {
			out = append(out, s.errorf(fe.Key, "%s", fieldMessage(typ, fe)))
			continue
		}
		out = append(out, s.errorf("", "%s", e.Error()))
	}
	return errors.Join(out...)
}

func (s section) path(key string) string {
	if key == "" {
		return s.prefix
	}
	return s.prefix + "." + key
}

// leaves unpacks joined errors, also when one wrap ("bluesky: %w") holds the join.
func leaves(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, leaves(e)...)
		}
		return out
	}
	if inner := errors.Unwrap(err); inner != nil {
		if _, ok := inner.(interface{ Unwrap() []error }); ok {
			return leaves(inner)
		}
	}
	return []error{err}
}

// fieldMessage is fe's text without what the position already says: the platform and the key.
func fieldMessage(typ string, fe *channel.FieldError) string {
	msg := fe.Err.Error()
	if typ != "" {
		msg = strings.TrimPrefix(msg, typ+": ")
	}
	return strings.TrimLeft(strings.TrimPrefix(msg, fe.Key), ": ")
}
