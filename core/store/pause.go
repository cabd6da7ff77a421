package store

import (
	"encoding/json"
	"time"
)

// pauseRec is how both stores keep a pause: its time and reason as JSON.
type pauseRec struct {
	Since  time.Time `json:"since"`
	Reason string    `json:"reason,omitempty"`
}

// EncodePause is the stored form of a pause, shared by the Redis and embedded stores.
func EncodePause(p Pause) ([]byte, error) {
	return json.Marshal(pauseRec{Since: p.Since.UTC(), Reason: p.Reason})
}

// DecodePause reads a stored pause. A value written before pauses recorded their time and
// reason ("1") reads as a pause with neither.
func DecodePause(v []byte) Pause {
	var r pauseRec
	if json.Unmarshal(v, &r) != nil {
		return Pause{}
	}
	return Pause(r)
}
