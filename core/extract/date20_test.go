package extract_test

import "testing"

// TestDates20Day covers the twentieth round's wrong-day classes: a day-first country's "AM"
// clock before a numeric date, an outlet licence's "issued on" date, a US byline's two-digit
// year after a 12-hour clock, a headline printed first in a carousel above the story, and a
// month-first date with no space after its comma beside a separate "Time posted:" line.
func TestDates20Day(t *testing.T) {
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"a 12-hour clock before a numeric date on a day-first country's domain keeps the day first",
			"https://english.example.vn/Home/Delegates-visit-island/20108/118173.html",
			`<html><head><title>Delegates visit island district</title></head><body>
<h1>Delegates visit island district</h1>
<div class="date">Updated : 11:31 AM, 03/08/2010</div>` + undated + `
<div class="footer">Online service permit: 123/GP-ABC issued on 10/06/2009. Editor-in-chief: A. Example</div>
</body></html>`,
			"2010-08-03T11:31:00+07:00"},
		{"an outlet licence's issue date in the footer dates no story",
			"https://www.example.com/story/delegates-visit-island",
			`<html lang="en"><head><title>Delegates visit island district</title></head><body>
<h1>Delegates visit island district</h1>
<p class="byline">By A. Writer</p>` + undated + `
<div class="footer">Press licence No. 12/ABC issued on 10 June 2009. Updated: 4 August 2010</div>
</body></html>`,
			"2010-08-04T00:00:00Z"},
		{"a two-digit year after a 12-hour clock under a US headline is month first, its clock kept",
			"https://www.example.com/story/credit/consumers-borrow-more/19704645/",
			`<html lang="en"><head><title>Consumers borrow more for new cars</title></head><body>
<h1>Consumers borrow more for new cars</h1>
<span class="byline">By A. Writer</span> <span>Posted 9:45 AM 11/06/10</span>
` + undated + `
</body></html>`,
			"2010-11-06T09:45:00-04:00"},
		{"a carousel printing the headline above the story lends it no date",
			"https://www.example.ro/articol/council-votes-46755.html",
			`<html lang="ro"><head><title>Consiliul votează bugetul | Editorial</title></head><body>
<div class="top">Astăzi 10 August 2013, Sâmbătă - Ultima actualizare la ora 13:02</div>
<div class="carousel"><a href="/a">Consiliul votează bugetul</a> <span>10 August 2013</span>
<a href="/b">Drumul a fost închis</a> <span>10 August 2013</span>
<a href="/c">Târgul se deschide</a> <span>9 August 2013</span></div>
<div class="menu"><a href="/1">Actualitate</a> <a href="/2">Politică</a> <a href="/3">Economie</a> <a href="/4">Social</a>
<a href="/5">Cultură</a> <a href="/6">Sport</a> <a href="/7">Opinii și editoriale</a> <a href="/8">Internațional</a>
<a href="/9">Timp liber</a> <a href="/10">Istorie</a> <a href="/11">Comentarii</a></div>
<div class="box"><p class="data_author"><span>Editorial</span> 5 August 2013, ora 11:33</p>
<div class="icons"><a href="?print">Print</a></div></div>
<h1>Consiliul votează bugetul</h1>
<div class="text"><p>Consilierii s-au întâlnit din nou marți pentru a discuta concluziile raportului, amânat de mai multe ori.</p>
<p>Membrii au spus că se așteaptă la un vot înainte de sfârșitul anului, iar bugetul va urma curând.</p></div>
<div class="list"><p class="data_author"><span>Actualitate</span> 10 August 2013, ora: 13:02</p>
<p class="data_author"><span>Economie</span> 10 August 2013, ora: 12:21</p>
<p class="data_author"><span>Cultură</span> 10 August 2013, ora: 10:10</p>
<p class="data_author"><span>Istorie</span> 10 August 2013, ora: 09:06</p>
<p class="data_author"><span>Lumea</span> 9 August 2013, ora: 18:09</p></div>
</body></html>`,
			"2013-08-05T11:33:00+03:00"},
		{"a month-first date without a space after its comma and its separate time line",
			"https://example.com/2011/03/24/economic-stress-dips/",
			`<html><head><title>Springfield Example Journal » Blog Archive » Economic stress dips</title>
<meta name="date" content="2011-03-24"></head><body>
<h1>Economic stress dips</h1>
<div class="by"><p>by A. Writer</p><p>Published: March 24,2011 </p><p>Time posted: 8:21 am</p></div>` + undated + `
</body></html>`,
			"2011-03-24T08:21:00Z"},
		{"a magazine's current-issue box, its date beside the volume, dates no web story",
			"https://news.example.org/evolution/2013/07/microbes-split-species",
			`<html><head><title>Microbes split a species | Example Science</title></head><body>
<div class="current-issue"><span class="field"><span class="date-display-single">26 July 2013</span></span>,
<span class="field">Vol. 341</span>, <span class="field">#6144</span></div>
<div class="breadcrumb"><a href="/">News</a> » <a href="/biology">Biology</a> » Microbes split a species</div>
<div class="field-title"><span>Microbes split a species</span></div>
<div class="field-date"><span class="date-display-single">2013-07-18 14:00</span></div>` + undated + `
</body></html>`,
			"2013-07-18T14:00:00Z"},
		{"a page header whose only <h1> is the logo prints the served day, not the story's",
			"https://www.example.com/2014/09/fundraisers-end-without-explanation/",
			`<html lang="en-US"><head><title>Fundraisers end without explanation</title></head><body>
<div class="header"><div class="header-bar"><p class="date">December 3, 2015</p><ul><li><a href="/about">About Us</a></li></ul></div>
<div class="header-inner"><h1 class="logo"><a href="https://www.example.com">Example</a></h1></div></div>
<div class="post"><h3>Fundraisers end without explanation</h3>
<p class="meta">September 4, 2014 by A. Writer</p>` + undated + `</div>
</body></html>`,
			"2014-09-04T00:00:00-04:00"},
		{"a reader's \"keep me posted\" before a comment's clock is no publication label",
			"https://example.com/2010/12/17/samaritans-face-fine/",
			`<html lang="en-US"><head><title>Samaritans face fine after rescuing deer</title></head><body>
<h1>Samaritans face fine after rescuing deer</h1>
<div class="date">December 17, 2010 5:17 PM</div>` + undated + `
<div class="comments"><p>Kris: let me know what I can do, keep me posted December 17, 2010 at 5:45 pm | Reply</p></div>
</body></html>`,
			"2010-12-17T17:17:00-05:00"},
		{"a two-digit year before a clock is read in the order the address gives",
			"https://www.example.com/2010/01/10/villagers-losing-hope_n_417930.html",
			`<html lang="en"><head><title>Villagers losing hope after years of war</title></head><body>
<h1>Villagers losing hope after years of war</h1>
<div class="byline">A. WRITER | 01/10/10 06:13 AM |</div>` + undated + `
</body></html>`,
			"2010-01-10T06:13:00Z"},
	})
}

// TestDates20Zone covers the newsroom zones a page names: a place in the title's outlet part
// when the declared site name is only a brand or address (not a US page's subject), a US place
// in the footer's copyright holder on a page without a region.
func TestDates20Zone(t *testing.T) {
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"the title's outlet part names the country when og:site_name is an address",
			"https://www.example.com/National-News/Clashes-mark-day-313217",
			`<html lang="en"><head><title>Crowds mark the day with rallies | ExPost | Israel News</title>
<meta property="og:site_name" content="www.ExPost.com"></head><body>
<h1>Crowds mark the day with rallies</h1>
<div class="date">05/15/2013 20:32</div>` + undated + `
</body></html>`,
			"2013-05-15T20:32:00+03:00"},
		{"a US page's tagline naming its subject country keeps the US zone",
			"https://www.example.org/2012/01/10/doctors-pull-out-of-conference",
			`<html lang="en-US"><head><title>Doctors pull out of conference | EXA - Jewish &amp; Israel News</title></head><body>
<h1>Doctors pull out of conference</h1>
<div class="date">January 10, 2012 4:05 PM</div>` + undated + `
</body></html>`,
			"2012-01-10T16:05:00-05:00"},
		{"the footer's copyright holder naming New York on a page without a region",
			"https://example.com/thecut/2012/10/star-keeps-her-shirt-on.html",
			`<html lang="en"><head><title>Star keeps her shirt on - The Example</title>
<meta property="og:site_name" content="The Example"></head><body>
<h1>Star keeps her shirt on</h1>
<div class="date">10/16/2012 at 1:13 PM</div>` + undated + `
<div class="footer">About Us | Contact | New York Copyright © 2012, New York Example Media LLC. All Rights Reserved.</div>
</body></html>`,
			"2012-10-16T13:13:00-04:00"},
		{"the footer's copyright holder placing the outlet in Colorado",
			"https://example.com/2011/03/24/economic-stress-dips/",
			`<html><head><title>Springs Example Journal » Blog Archive » Economic stress dips</title></head><body>
<h1>Economic stress dips</h1>
<div class="by"><p>by A. Writer</p><p>Published: March 24, 2011 </p><p>Time posted: 8:21 am</p></div>` + undated + `
<div class="footer">Copyright © 2011 | Colorado Springs Example Journal 31 E. Main Ave.</div>
</body></html>`,
			"2011-03-24T08:21:00-06:00"},
		{"a closing stamp's clock after a colon gives zone-less metadata its zone",
			"https://money.example.com/2016/06/10/news/charity-lunch-auction/index.html",
			`<html><head><title>Anonymous bidder wins charity lunch</title>
<meta name="date" content="2016-06-10 12:41:39"><meta name="dc.date.issued" content="2016-06-10T12:41:39"></head><body>
<h1>Anonymous bidder wins charity lunch</h1>` + undated + `
<p class="cnnplacement">ExampleMoney (New York) First published June 10, 2016: 12:41 PM ET</p>
</body></html>`,
			"2016-06-10T12:41:39-04:00"},
	})
}
