package config

import (
	"reflect"

	"go.yaml.in/yaml/v4"
)

// Editors are the editors: sections by platform name (editors.telegram, editors.discord…).
// config keeps each one raw: the platform's editor bot decodes it into its own Config, as
// channels are decoded by their platform packages (bots.Listeners).
type Editors map[string]Editor

// Editor is one platform's editors: section, kept raw.
type Editor struct {
	Raw *yaml.Node // the section's mapping, for the platform's editor bot to decode

	file, platform string
}

// UnmarshalYAML keeps the section as it is written.
func (e *Editor) UnmarshalYAML(n *yaml.Node) error {
	e.Raw = n
	return nil
}

// editorType is skipped by the loader's type check: the platform package checks the section.
var editorType = reflect.TypeFor[Editor]()

// section is the section's decoding and error positioning.
func (e Editor) section() section {
	return section{raw: e.Raw, file: e.file, prefix: "editors." + e.platform, kind: "editors." + e.platform}
}

// Decode decodes the section into v (a pointer to the platform's Config struct with yaml tags),
// refusing unknown keys with their line.
func (e Editor) Decode(v any) error { return e.section().decode(v) }

// Errorf returns an error positioned at the section's key (or the section when key is absent).
func (e Editor) Errorf(key, format string, args ...any) error {
	return e.section().errorf(key, format, args...)
}

// WrapValidate turns a Validate error into positioned lines, like Channel.WrapValidate.
func (e Editor) WrapValidate(err error) error { return e.section().wrapValidate(err, e.platform) }
