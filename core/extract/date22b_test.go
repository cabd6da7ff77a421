package extract_test

import "testing"

// TestLunarDayWidgetAndYearlessMetaYear22: a sidebar's calendar of the served day, printed with
// its weekday and lunar date, does not date a story whose stamp stands by the headline; a stamp
// printed without a year ("发布时间：01-14" and its clock in the next span) takes its year from a
// metadata date on the same month and day, and its clock from the page.
func TestLunarDayWidgetAndYearlessMetaYear22(t *testing.T) {
	zh := `<p>` + "花蓮縣一名男子昨天在友人家喝得爛醉，晚間開車返家經過路口時，撞上一名年輕少婦，少婦送醫後陷入昏迷，現已轉入加護病房觀察，警方正在調查事故原因。" + `</p>`
	cn := `<p>` + "前段时间，在某平台举办的晚会上，除了大家熟悉的明星演员歌手们，还有不少在短视频上走红的网友表演了自己的拿手绝活，用古筝演奏了一曲，惊艳全场。" + `</p>`
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a lunar-calendar day widget in the sidebar is not the story's date",
			"https://www.example.com/news/society/829851",
			`<html lang="zh-TW"><head><title>酒駕釀禍 少婦陷昏迷</title></head><body>
<h1>酒駕釀禍 少婦陷昏迷</h1><div id="story"><span>2013-06-29&nbsp;&nbsp;17:52</span>` + zh + zh + zh + `</div>
<div class="side"><div class="date"> 2014年5月1日‧星期四‧甲午年四月初三</div><ul><li><a href="/x">其他新聞</a></li></ul></div>
</body></html>`,
			"2013-06-29T17:52:00+08:00"},
		{"a yearless stamp takes its year from same-day metadata and its clock from the page",
			"https://www.example.com/s?id=1655696407716538005",
			`<html lang="zh-CN"><head><title>一架古筝传播中华文化</title><meta itemprop="dateUpdate" content="2020-01-14 17:58:59"></head><body>
<div class="article-title">一架古筝传播中华文化</div><div class="article-source"><span class="date">发布时间：01-14</span><span class="time">17:58</span></div>
<div class="article-content">` + cn + cn + cn + `</div>
<ul class="more"><li><span class="date">02-28</span><span class="time">09:34</span></li></ul>
</body></html>`,
			"2020-01-14T17:58:00+08:00"},
		{"metadata on another day gives no year",
			"https://www.example.com/s?id=1655696407716538005",
			`<html lang="zh-CN"><head><title>一架古筝传播中华文化</title><meta itemprop="dateUpdate" content="2020-01-15 09:00:00"></head><body>
<div class="article-title">一架古筝传播中华文化</div><div class="article-source"><span class="date">发布时间：01-14</span><span class="time">17:58</span></div>
<div class="article-content">` + cn + cn + cn + `</div>
</body></html>`,
			"0001-01-01T00:00:00Z"},
	})
}
