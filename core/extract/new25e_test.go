package extract

import (
	"fmt"
	"strings"
	"testing"
)

// weatherWidgetPage is a portal's story page: the story in a block named for its text and, in
// the sidebar, a weather widget that lists every city's forecast for the week as short lines
// of figures (no links, no sentences), far longer than the story.
func weatherWidgetPage() string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Institute marks its annual day | Portal News</title>
<meta name="description" content="Portal News, News, National News, Sports News"></head><body>
<section id="main_content" class="layout news_detail"><div class="panel-col-first">
<h2 class="big-headline">Institute marks its annual day</h2>
<div class="view-content"><div class="social_share"><p class="date">09-03-2023 | 7:44 pm</p><span class="share"><img src="/themes/images/share.png" alt=""></span></div>
<div class="news_content">`)
	for _, p := range commaStory {
		fmt.Fprintf(&b, "<p>%s</p> ", p)
	}
	b.WriteString(`</div></div></div><div class="panel-col-last"><div class="weather">`)
	for i := range 60 {
		fmt.Fprintf(&b, `<div class="city"><div>City %c%c Today's Forecast Max Temp : %d.0°C Min Temp : %d.0°C Rainfall : 0.%02dmm</div><div>Forecast</div>`, 'A'+i%26, 'a'+i/26, 25+i%9, 10+i%7, i)
		for d := range 6 {
			fmt.Fprintf(&b, `<div>%02d-04-2018 Max Temp : %d.0°C Min Temp : %d.0°C</div>`, 13+d, 30+d, 18+d%3)
		}
		b.WriteString(`</div>`)
	}
	b.WriteString(`</div></div></section><footer>Portal News</footer></body></html>`)
	return b.String()
}

// TestWeatherWidgetIsNoStory: a sidebar's table of figures that outweighs a short story is not
// read for it when a block the page names holds the story's sentences.
func TestWeatherWidgetIsNoStory(t *testing.T) {
	r, err := Extract("https://portal.example/news/annual-day", []byte(weatherWidgetPage()))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "Max Temp") || !strings.Contains(r.Body, commaStory[0]) || !strings.Contains(r.Body, commaStory[5]) {
		t.Errorf("body = %.300q", r.Body)
	}
}

// TestFigureTable tells a table of figures from prose.
func TestFigureTable(t *testing.T) {
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "%02d-04-2018 Max Temp : %d.0°C Min Temp : 18.0°C\n", i%30, 30+i%5)
	}
	if !figureTable(b.String()) || proseText(b.String()) {
		t.Errorf("forecasts: figureTable false or proseText true")
	}
	story := strings.Join(commaStory, "\n\n")
	if figureTable(story) || !proseText(story) {
		t.Errorf("story: figureTable true or proseText false")
	}
}

// TestShareIconIsNoLead: a page with no image meta leads with the story's picture, not the
// icon of the share box above it.
func TestShareIconIsNoLead(t *testing.T) {
	page := strings.Replace(weatherWidgetPage(), `<div class="news_content">`,
		`<div class="views-field"><img src="/files/01_7.jpg" alt="Institute marks its annual day"></div><div class="news_content">`, 1)
	r, err := Extract("https://portal.example/news/annual-day", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if r.ImageURL != "https://portal.example/files/01_7.jpg" {
		t.Errorf("image = %q", r.ImageURL)
	}
}

// TestEmbedConsentBoxDropped: the box a podcast embed shows until the reader consents (its own
// title, then the data-protection explanation, the policy link and the switch) is no part of
// the story, though it is longer than a placeholder's label.
func TestEmbedConsentBoxDropped(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1><div class="article-text">`)
	for i, p := range commaStory {
		fmt.Fprintf(&b, "<p>%s</p>", p)
		if i == 3 {
			b.WriteString(`<div class="embed"><figure class="oembed-placeholder"><div class="placeholder-title">Listen to our daily podcast here</div>` +
				`<div class="placeholder-description">To display embedded content, your revocable consent to the transfer and processing of personal data is required, ` +
				`because the providers of the embedded content, as third-party providers, require this consent [in this context, usage profiles (based on cookie IDs, ` +
				`among others) may also be created and enriched, also outside the EEA]. By setting the switch to "on", you agree to this (revocable at any time). ` +
				`This also includes your consent to the transfer of certain personal data to third countries, including the USA, under Art. 49 (1) (a) GDPR. ` +
				`You can find more information <a href="/privacy">here</a>. You can withdraw your consent at any time via the switch and via privacy at the bottom of the page.</div>` +
				`<div class="placeholder-footer"><label class="toggle"><input type="checkbox" class="toggle-switch"><span></span></label><span>Allow podcast</span></div></figure></div>`)
		}
	}
	b.WriteString(`</div></article></body></html>`)
	r, err := Extract("https://gazette.example/news/budget", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "personal data") || strings.Contains(r.Body, "daily podcast") || !strings.Contains(r.Body, commaStory[5]) {
		t.Errorf("body = %q", r.Body)
	}
}
