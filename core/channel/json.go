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
