package webhooktest

import "encoding/json"

// reference checks an article.updated or article.retracted body against what the receiver
// stored, with r.mu held: "" when it may be stored, else why it is refused.
func (r *Receiver) reference(body []byte) string {
	var ev struct {
		Type string `json:"type"`
		Data struct {
			Original string `json:"original"`
		} `json:"data"`
	}
	if json.Unmarshal(body, &ev) != nil || (ev.Type != "article.updated" && ev.Type != "article.retracted") {
		return ""
	}
	if _, ok := r.byID[ev.Data.Original]; ev.Data.Original == "" || !ok {
		return "unknown original"
	}
	for _, e := range r.events {
		var prev struct {
			Type string `json:"type"`
			Data struct {
				Original string `json:"original"`
			} `json:"data"`
		}
		if json.Unmarshal(e.Body, &prev) == nil && prev.Type == "article.retracted" && prev.Data.Original == ev.Data.Original {
			return "already retracted"
		}
	}
	return ""
}
