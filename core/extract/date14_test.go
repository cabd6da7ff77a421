package extract_test

import (
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestDates14 covers the date classes of the fourteenth round: a media object's date in the
// story's microdata.
func TestDates14(t *testing.T) {
	tests := []struct {
		name, url, html string
		want            time.Time
	}{
		{"an embedded video's microdata date is not the story's",
			"https://www.example.co.uk/sport/boxing/fight-news-13248847",
			`<html lang="en-GB"><head></head>
<body itemscope itemtype="http://schema.org/NewsArticle"><h1>A headline long enough to count</h1>
<div class="article-information" itemprop="datePublished" content="2018-09-15T15:22:00Z"><ul class="time-info">
<li><time class="date-published" datetime="2018-09-15T15:22:00Z"></time>16:22, 15 SEP 2018</li>
<li><span>Updated</span><time class="date-updated" itemprop="dateModified" datetime="2018-09-15T15:23:00Z"></time>16:23, 15 SEP 2018</li></ul></div>
<div itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="name" content="Another fight">
<meta itemprop="datePublished" content="2018-10-18T10:17:00Z"><meta itemprop="uploadDate" content="2018-10-18T10:17:00Z"></div>` + undated,
			time.Date(2018, 9, 15, 15, 22, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := extract.Extract(tt.url, []byte(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if !r.Published.Equal(tt.want) {
				t.Errorf("Published = %v, want %v", r.Published, tt.want)
			}
		})
	}
}
