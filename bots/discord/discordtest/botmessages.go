package discordtest

import "encoding/json"

// botMessage is the app bot's own channel message (POST /channels/{id}/messages) as an
// interaction's message: buttons may sit on any bot message, and a click on one may be
// answered with an update (type 7) as on an interaction response. The update then shows in
// Original/Callbacks, not in Messages.
func (a *App) botMessage(id string) *ResponseMessage {
	a.Fake.mu.Lock()
	defer a.Fake.mu.Unlock()
	for _, m := range a.Fake.messages {
		if m.ID == id && m.BotToken == a.Token && !m.Deleted {
			var body struct {
				Components []ActionRow `json:"components"`
			}
			_ = json.Unmarshal(m.Body, &body) // a multipart message has no components here
			return &ResponseMessage{ID: m.ID, Content: m.Content, Embeds: m.Embeds, Components: body.Components}
		}
	}
	return nil
}
