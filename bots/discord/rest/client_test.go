package rest

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestClassifyDetails(t *testing.T) {
	tests := []struct {
		name, body string
		status     int
		header     http.Header
		wantText   string
		wantGlobal bool
		wantAfter  time.Duration
	}{
		{name: "nested 50035", status: 400,
			body:     `{"code": 50035, "errors": {"embeds": {"0": {"description": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 4096 or fewer in length."}]}}}}, "message": "Invalid Form Body"}`,
			wantText: "Invalid Form Body (code 50035): embeds.0.description: Must be 4096 or fewer in length. (BASE_TYPE_MAX_LENGTH)"},
		{name: "global from body", status: 429, body: `{"message": "You are being rate limited.", "retry_after": 64.57, "global": true}`,
			wantGlobal: true, wantAfter: 64570 * time.Millisecond, wantText: "You are being rate limited."},
		{name: "global from scope header", status: 429, header: http.Header{"X-Ratelimit-Scope": {"global"}},
			body: `{"message": "You are being rate limited.", "retry_after": 0.5}`, wantGlobal: true, wantAfter: 500 * time.Millisecond},
		{name: "body beats header", status: 429, header: http.Header{"Retry-After": {"2"}},
			body: `{"message": "You are being rate limited.", "retry_after": 1.000000001, "global": false}`, wantAfter: time.Second + 1},
		{name: "exponent retry_after", status: 429, body: `{"retry_after": 1.5e-3, "global": false}`, wantAfter: 1500 * time.Microsecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := tt.header
			if h == nil {
				h = http.Header{}
			}
			ce := classify(tt.status, h, []byte(tt.body))
			if !strings.Contains(ce.Error(), tt.wantText) {
				t.Errorf("error %q does not contain %q", ce.Error(), tt.wantText)
			}
			if ce.Global != tt.wantGlobal || ce.RetryAfter != tt.wantAfter {
				t.Errorf("global %v after %v, want %v %v", ce.Global, ce.RetryAfter, tt.wantGlobal, tt.wantAfter)
			}
		})
	}
}

func TestClassifyGoneKeepsTheAnswer(t *testing.T) {
	for _, tt := range []struct {
		status int
		code   string
		msg    string
	}{
		{404, "10003", "Unknown Channel"}, {404, "10004", "Unknown Guild"},
		{403, "50001", "Missing Access"}, {403, "50007", "Cannot send messages to this user"},
	} {
		ce := classify(tt.status, http.Header{}, []byte(`{"message": "`+tt.msg+`", "code": `+tt.code+`}`))
		if ce.Reason.String() != "gone" || ce.Status != tt.status || ce.Code != tt.code || ce.Description != tt.msg {
			t.Errorf("%s: reason %v status %d code %q description %q, want gone with the answer kept", tt.msg, ce.Reason, ce.Status, ce.Code, ce.Description)
		}
	}
	// Missing Permissions (the bot sees the channel but may not post) stays a credential problem.
	if ce := classify(403, http.Header{}, []byte(`{"message": "Missing Permissions", "code": 50013}`)); ce.Reason.String() != "unauthorized" {
		t.Errorf("50013: %v, want unauthorized", ce.Reason)
	}
}
