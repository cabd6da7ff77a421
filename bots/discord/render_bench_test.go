package discord

import (
	"encoding/json"
	"testing"
	"time"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// BenchmarkRender renders, checks and encodes the embed of one post, as Send does before the
// network.
func BenchmarkRender(b *testing.B) {
	c, err := New(Config{Webhook: "https://discord.com/api/webhooks/123456789012345678/bench-Token_x"}, channel.Options{Name: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	d := channel.Delivery{Key: "pb0123456789abcdef", Attempt: 1, Post: article.Post{
		Title:   "한국은행, 기준금리 3.25% 동결… 시장 예상 부합",
		Summary: "한국은행 금융통화위원회는 26일 기준금리를 연 3.25%로 동결했다. 시장에서는 이번 결정이 예상에 부합한다는 평가가 나왔다. Economists now look to the next meeting.",
		URL:     "https://news.example.com/2024/11/26/rates?id=1", ImageURL: "https://news.example.com/img/rates.jpg",
		Source: "Example News", Author: "김기자", Published: time.Date(2024, 11, 26, 10, 0, 0, 0, time.UTC),
		Tags: []string{"경제", "금리"}, Lang: "ko",
	}}
	b.ReportAllocs()
	for b.Loop() {
		m, err := c.render(d)
		if err != nil {
			b.Fatal(err)
		}
		if err := check(m); err != nil {
			b.Fatal(err)
		}
		if _, err := json.Marshal(m); err != nil {
			b.Fatal(err)
		}
	}
}
