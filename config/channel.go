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
	return fieldErrorf(ch.file, line, ch.path(key), format, args...)
}

// WrapValidate turns a platform's Validate error into positioned lines, one per joined error.
// An error tagged with its key (*channel.FieldError) is placed at that key's line; any other
// at the channel's.
func (ch Channel) WrapValidate(err error) error {
	if err == nil {
		return nil
	}
	var out []error
	for _, e := range leaves(err) {
		var fe *channel.FieldError
		if errors.As(e, &fe) && child(ch.Raw, fe.Key) != nil {
			out = append(out, ch.Errorf(fe.Key, "%s", fieldMessage(ch.Type, fe)))
			continue
		}
		out = append(out, ch.Errorf("", "%s", e.Error()))
	}
	return errors.Join(out...)
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

func (ch Channel) path(key string) string {
	p := fmt.Sprintf("channels[%d]", ch.index)
	if key != "" {
		p += "." + key
	}
	return p
}
