package outbox

import (
	"testing"
	"time"

	"paperboy/core/article"
)

// BenchmarkNewJob builds the claim-and-enqueue job of one (channel, article): payload JSON,
// idempotency key and fingerprint. A poll builds one per new article per routed channel.
func BenchmarkNewJob(b *testing.B) {
	a := &article.Article{
		ID: article.ID("https://news.example.com/2024/11/26/rates"), URL: "https://news.example.com/2024/11/26/rates",
		Source: "example", SourceTitle: "Example News", Title: "한국은행, 기준금리 3.25% 동결… 시장 예상 부합",
		Summary:  "한국은행 금융통화위원회는 26일 기준금리를 연 3.25%로 동결했다. 시장에서는 이번 결정이 예상에 부합한다는 평가가 나왔다.",
		ImageURL: "https://news.example.com/img/rates.jpg", Author: "김기자", Published: time.Date(2024, 11, 26, 10, 0, 0, 0, time.UTC),
	}
	p := Payload{Post: a.Post(), Source: "example", Detected: time.Now()}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewJob("tg-news", a, p, time.Hour); err != nil {
			b.Fatal(err)
		}
	}
}
