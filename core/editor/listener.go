package editor

import (
	"context"
	"net/http"
)

// Listener is a platform's editor bot (the optional "Listener" ability of DESIGN.md): it takes
// commands from chat and answers through a Service. The bots package builds the configured
// ones from its registry, so nothing outside the platform's editorbot package names it.
type Listener interface {
	// Run receives and handles commands until ctx ends.
	Run(ctx context.Context) error
	// Webhook is the path and handler the platform calls when updates come over HTTP. An empty
	// path means the bot pulls its updates (long polling, a gateway session), and then only
	// one replica at a time may run it.
	Webhook() (path string, h http.Handler)
}

// Teller is an editor bot that can post a plain notice into any chat it serves: a community
// told its feed was disabled, a reader told a followed source is gone.
type Teller interface {
	// Tell posts text (plain, no markup) to chatID.
	Tell(ctx context.Context, chatID, text string) error
}
