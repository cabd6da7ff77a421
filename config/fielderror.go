package config

import "fmt"

// FieldError is one problem in a configuration file, at one key: callers that need the key or
// the line (check-config, the dashboard) read them with errors.As instead of parsing the text.
type FieldError struct {
	File string // the configuration file as named to Load or Parse
	Line int    // 1-based line of the key (of its section when the key is absent)
	Key  string // the key's path, e.g. "channels[1].chat"
	Msg  string // what is wrong with it
}

// Error prints the position first: "config.yaml:14: channels[1].chat: must be numeric or @name".
func (e *FieldError) Error() string {
	return fmt.Sprintf("%s:%d: %s: %s", e.File, e.Line, e.Key, e.Msg)
}

// fieldErrorf builds a FieldError with a formatted message.
func fieldErrorf(file string, line int, key, format string, args ...any) *FieldError {
	return &FieldError{File: file, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)}
}
