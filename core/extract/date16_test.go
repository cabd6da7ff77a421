package extract_test

import (
	"testing"
	"time"
)

// TestDates16 covers the date classes of the sixteenth round: a "Z" wall clock corrected by
// the printed local minute keeps its seconds; metadata that states the printed instant in
// another offset is no stale metadata; a labelled publication time in a date element is not
// taken for one of a list's days.
func TestDates16(t *testing.T) {
	tests := []publishedCase{
		{"a UTC-labelled local clock keeps its seconds when the page prints its minute with a zone",
			"https://news.example.co.id/read/2015/11/05/100026/123456/phone-flaw",
			`<html lang="id"><head><title>Kelemahan ponsel terungkap</title>
<meta name="pubdate" content="2015-11-05 T10:08:58Z"></head><body>
<h1>Kelemahan ponsel terungkap</h1><div class="author"><strong>Budi Contoh</strong> - newsdesk</div>
<div class="date">Kamis, 05/11/2015 10:08 WIB</div>` + undated + `</body></html>`,
			time.Date(2015, 11, 5, 10, 8, 58, 0, time.FixedZone("WIB", 7*3600))},
		{"metadata in an odd offset that states the printed instant stays, to the second",
			"https://www.example-tv.com/life/pets/outbreak-linked-to-puppies/481227709",
			`<html lang="en-US"><head><title>Outbreak linked to puppies</title>
<meta property="og:article:published_time" content="2017-10-05T19:57:49-1100"></head><body>
<h1>Outbreak linked to puppies</h1><div class="metabar"><span class="author">Jane Example , WXYZ</span>
<span class="asset-metabar-time">2:57 AM. EDT October 06, 2017</span></div>` + undated + `</body></html>`,
			time.Date(2017, 10, 6, 6, 57, 49, 0, time.UTC)},
		{"a labelled publication time under the headline is not one of a list's days",
			"",
			`<html lang="zh-CN"><head><title>全球经济增长率降至百分之二点三_示例财经网</title></head><body>
<div class="leftbar"><div class="adjacent-post-title">上一篇 :</div><a href="/a/21683.html">今日股市行情分析--2019年8月19日</a>
<div class="adjacent-post-title">下一篇 :</div>没有了</div>
<div class="crumbs">当前位置：<a href="/">主页</a> &gt; <a href="/news/">新闻</a> &gt;</div>
<div class="page_art_title"><div class="title-text">全球经济增长率降至百分之二点三</div>
<div class="title-meta"><div class="title-meta-time">发布时间：2019-09-26 10:09:11</div></div></div>
<div class="page_art_content"><p>报告说，今年全球经济增长率将从百分之三降至百分之二点三，一些大型经济体已经陷入衰退，全球贸易增长也将明显减缓。
分析人士认为，需求疲软和贸易摩擦是主要原因，各国央行可能继续放松货币政策以支持经济。</p>
<p>报告还指出，发展中经济体面临的债务风险正在上升，需要国际社会加强合作，避免出现新的危机。</p></div>
<div class="author-posts"><div class="author-text-title">精华文章</div>
<a class="author-post" href="/a/21684.html">明日股市预测--2019年8月20日</a>
<a class="author-post" href="/a/21683.html">今日股市行情分析--2019年8月19日</a>
<a class="author-post" href="/a/21663.html">今日股市行情分析--2019年8月16日</a></div></body></html>`,
			time.Date(2019, 9, 26, 2, 9, 11, 0, time.UTC)},
	}
	checkPublished(t, tests)
}
