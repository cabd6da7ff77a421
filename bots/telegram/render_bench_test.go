package telegram

import (
	"testing"
	"time"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// benchDelivery is a typical post: Korean title and summary, an image, tags.
func benchDelivery() channel.Delivery {
	return channel.Delivery{Key: "pb0123456789abcdef", Attempt: 1, Post: article.Post{
		Title:   "한국은행, 기준금리 3.25% 동결… 시장 예상 부합 <속보>",
		Summary: "한국은행 금융통화위원회는 26일 기준금리를 연 3.25%로 동결했다. 시장에서는 이번 결정이 예상에 부합한다는 평가가 나왔다. Economists now look to the next meeting & the won.",
		URL:     "https://news.example.com/2024/11/26/rates?id=1", ImageURL: "https://news.example.com/img/rates.jpg",
		Source: "Example News", Author: "김기자", Published: time.Date(2024, 11, 26, 10, 0, 0, 0, time.UTC),
		Tags: []string{"경제", "금리"}, Lang: "ko",
	}}
}

// BenchmarkRender plans and encodes the request of one post, as Send does before the network.
func BenchmarkRender(b *testing.B) {
	c, err := New(Config{Token: "123456789:AAF-bench-token", Chat: "@bench"}, channel.Options{Name: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	d := benchDelivery()
	b.ReportAllocs()
	for b.Loop() {
		calls, err := c.plan(d)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := channel.JSON(calls[0].fields); err != nil {
			b.Fatal(err)
		}
	}
}
