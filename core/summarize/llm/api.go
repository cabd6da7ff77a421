package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"paperboy/core/channel"
)

// maxResponse bounds the bytes read from the API: a summary is a few hundred characters,
// and a misbehaving proxy must not make us buffer megabytes.
const maxResponse = 1 << 20

// chatRequest is the body of POST {base_url}/chat/completions.
type chatRequest struct {
	Model       string        `json:"model"`
	Messages    []chatMessage `json:"messages"`
	MaxTokens   int           `json:"max_tokens"`
	Temperature float64       `json:"temperature"`
}

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// chatResponse holds the fields of the answer we use.
type chatResponse struct {
	Choices []struct {
		Message      chatMessage `json:"message"`
		FinishReason string      `json:"finish_reason"`
	} `json:"choices"`
}

// apiError is OpenAI's error envelope; compatible servers mostly follow it.
type apiError struct {
	Error struct {
		Message string `json:"message"`
		Type    string `json:"type"`
		Code    any    `json:"code"`
	} `json:"error"`
}

// maxTokens allows for scripts where one character costs more than one token (Hangul, kanji)
// and for a closing sentence; the answer is cut to MaxChars afterwards anyway.
func (s *Summarizer) maxTokens() int { return s.cfg.MaxChars*2 + 64 }

// complete sends one chat completion and returns the first choice's text.
func (s *Summarizer) complete(ctx context.Context, system, user string) (string, error) {
	payload, err := json.Marshal(chatRequest{
		Model:       s.cfg.Model,
		Messages:    []chatMessage{{Role: "system", Content: system}, {Role: "user", Content: user}},
		MaxTokens:   s.maxTokens(),
		Temperature: 0.2,
	})
	if err != nil {
		return "", fmt.Errorf("llm: encode request: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	endpoint := strings.TrimRight(s.cfg.BaseURL, "/") + "/chat/completions"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, endpoint, bytes.NewReader(payload))
	if err != nil {
		return "", s.redact(fmt.Errorf("llm: build request: %w", err))
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if s.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+s.cfg.APIKey)
	}
	resp, err := s.http.Do(req)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return "", fmt.Errorf("llm: no answer within %s: %w", s.cfg.Timeout, context.DeadlineExceeded)
		}
		return "", s.redact(fmt.Errorf("llm: post chat completion: %w", err))
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse+1))
	if err != nil {
		return "", s.redact(fmt.Errorf("llm: read answer: %w", err))
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return "", s.statusError(resp, data)
	}
	if len(data) > maxResponse {
		return "", fmt.Errorf("llm: answer larger than %d bytes", maxResponse)
	}
	var cr chatResponse
	if err := json.Unmarshal(data, &cr); err != nil {
		return "", fmt.Errorf("llm: decode answer: %w", err)
	}
	if len(cr.Choices) == 0 {
		return "", errors.New("llm: answer has no choices")
	}
	return cr.Choices[0].Message.Content, nil
}

// statusError describes a non-2xx answer with the API's own message, and pauses calls when
// a 429 says how long to wait.
func (s *Summarizer) statusError(resp *http.Response, body []byte) error {
	msg := ""
	var ae apiError
	if json.Unmarshal(body, &ae) == nil {
		msg = ae.Error.Message
	}
	if len([]rune(msg)) > 200 {
		msg = string([]rune(msg)[:200]) + "…"
	}
	if resp.StatusCode == http.StatusTooManyRequests {
		s.pause(channel.ParseRetryAfter(resp.Header.Get("Retry-After"), s.now()))
	}
	if msg == "" {
		return fmt.Errorf("llm: http status %d", resp.StatusCode)
	}
	// Servers echo (part of) a rejected key in 401 messages; never let it reach a log.
	return s.redact(fmt.Errorf("llm: http status %d: %s", resp.StatusCode, msg))
}

func (s *Summarizer) redact(err error) error {
	return channel.RedactError(err, s.cfg.APIKey, s.cfg.BaseURL)
}
