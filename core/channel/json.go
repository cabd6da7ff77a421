package channel

import (
	"bytes"
	"encoding/json"
)

// JSON encodes a platform request body. HTML is not \u-escaped: every platform decodes either
// form, and "<사용자> & co" stays readable in logs, previews and golden files.
func JSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// Fields turns a request body (a struct, or JSON bytes) into the field map a Previewer shows.
// Numbers stay json.Number, so a color or an id prints as written, not as 2.0129e+06.
func Fields(body any) (map[string]any, error) {
	b, ok := body.([]byte)
	if !ok {
		var err error
		if b, err = JSON(body); err != nil {
			return nil, err
		}
	}
	var fields map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&fields); err != nil {
		return nil, err
	}
	return fields, nil
}
