package source

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// BenchmarkParseFeed parses a 100-item RSS feed with Korean titles and HTML descriptions.
func BenchmarkParseFeed(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>한국금융신문</title><link>https://www.fntimes.com/</link>`)
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&sb, `<item><title>카톡·카카오T 먹통에…네이버·우티 사용자 모시기 %d</title><link>https://www.fntimes.com/html/view.php?ud=%d&amp;utm_source=rss</link>`+
			`<description><![CDATA[<p>15일 카카오톡, 카카오T, 카카오내비까지 카카오의 주요 서비스들이 서비스 접속 장애를 일으키고 있다.</p><img src="/img/%d.jpg">]]></description>`+
			`<pubDate>Sat, 15 Oct 2022 23:%02d:00 +0900</pubDate><category>IT</category><media:content url="https://img.fntimes.com/%d.jpg" medium="image"/></item>`, i, 2022101500000+i, i, i%60, i)
	}
	sb.WriteString(`</channel></rss>`)
	body := []byte(sb.String())
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		res, err := ParseFeed(body, "https://www.fntimes.com/rss", time.UTC)
		if err != nil || len(res.Items) != 100 {
			b.Fatalf("parse: %v", err)
		}
	}
}
