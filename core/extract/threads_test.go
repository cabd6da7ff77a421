package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// comment writes one reader comment of a thread, in the markup a blog engine gives it.
func comment(i int, item string) string {
	text := strings.Repeat("I have read every post on this blog for years and this one made me think again about my own garden, thank you. ", 3)
	return strings.NewReplacer("N", string(rune('0'+i)), "TEXT", text).Replace(item)
}

func thread(n int, head, item string) string {
	var b strings.Builder
	b.WriteString(head)
	for i := 1; i <= n; i++ {
		b.WriteString(comment(i, item))
	}
	return b.String()
}

const threadPost = "<p>Our apple trees flowered two weeks early this spring, and the bees came with them.</p>" +
	"<p>We picked the first fruit in July and pressed it the same day.</p>"

const threadPostText = "Our apple trees flowered two weeks early this spring, and the bees came with them.\n\n" +
	"We picked the first fruit in July and pressed it the same day."

const longPost = "<p>Our apple trees flowered two weeks early this spring, and the bees came with them. The old Bramley by the " +
	"wall, which gave nothing last year, is so full that two branches need props.</p><p>We picked the first fruit in July " +
	"and pressed it the same day. The juice was sharper than last year's, so we will leave the rest to ripen into August and " +
	"keep some for the village show, where the cider class is judged on the first Saturday of October.</p>"

const longPostText = "Our apple trees flowered two weeks early this spring, and the bees came with them. The old Bramley by the " +
	"wall, which gave nothing last year, is so full that two branches need props.\n\nWe picked the first fruit in July " +
	"and pressed it the same day. The juice was sharper than last year's, so we will leave the rest to ripen into August and " +
	"keep some for the village show, where the cider class is judged on the first Saturday of October."

func TestReaderCommentsEndTheStory(t *testing.T) {
	pages := map[string]string{
		// WordPress: a short post, then the thread in its named container. Readability reads
		// the column holding both once the post alone proves too short.
		"wordpress": `<html><head><title>Early apples</title></head><body><div id="page"><div id="content">
<div class="post"><h1>Early apples</h1><div class="entry">` + threadPost + `</div></div>
<div id="comments">` + thread(4, `<h3>4 Responses to “Early apples”</h3><ol class="commentlist">`,
			`<li class="comment" id="comment-N"><cite>Reader N</cite> Says: <small>July 2, 2012 at 8:1N pm</small><p>TEXT</p></li>`) + `</ol></div>
</div><div id="sidebar"><ul><li><a href="/a">Archives</a></li></ul></div></div></body></html>`,
		// Movable Type: story and comments side by side in one container, the thread opened by
		// a heading named for it.
		"movable type": `<html><head><title>Early apples</title></head><body><div id="container"><div class="content">
<h3>Early apples</h3>` + threadPost + `<p class="posted">Posted by Ann at July 1, 2012 9:01 AM</p>` +
			thread(5, `<h2 id="comments">Comments</h2>`, `<div id="c10N"><p>TEXT</p></div><p class="posted">Posted by: Reader N at July 1, 2012 1N:40 AM</p>`) +
			`</div></div></body></html>`,
		// Comments set one by one beside the story, each named as a comment's body.
		"comment items": `<html><head><title>Early apples</title></head><body><div id="main"><div class="entry"><h3>Early apples</h3>` +
			threadPost + thread(4, `<div class="comments-head">Comments</div>`,
			`<div class="comments-body"><p>TEXT</p><span class="comments-post">Comment #N - Posted by: Reader N at July 1, 2012 5:3N PM</span></div>`) +
			`</div></div></body></html>`,
		// Readability reads one long comment rather than the short post above it: read again
		// without the thread, the post is the story, short as it is.
		"one comment read": `<html><head><title>Early apples</title></head><body><div id="page"><div id="content">
<div class="post"><h2>Early apples</h2><div class="format_text">` + threadPost + `</div></div>
<div id="comments">` + thread(1, `<div class="comments_intro">{ 1 comment }</div><dl id="comment_list">`,
			`<dt class="comment" id="comment-N">Reader N July 2, 2012</dt><dd class="comment"><div class="format_text"><p>TEXT</p><p>TEXT</p><p>TEXT</p></div></dd>`) + `</dl></div>
</div></div><div id="footer"><ul><li><a href="/">Home</a></li><li><a href="/about">About the gardeners</a></li></ul></div></body></html>`,
		// The page names the story's container, and the thread sits inside it: readability
		// reads the story alone, but the container is taken for holding it and more.
		"named container": `<html><head><title>Early apples</title></head><body><div id="main"><article><h1>Early apples</h1>
<div class="entry-content">` + longPost + thread(3, `<div class="comments-area"><h3>3 thoughts on “Early apples”</h3><ol class="comment-list">`,
			`<li class="comment" id="comment-N"><article class="comment-body"><b>Reader N</b> says:<p>TEXT</p></article></li>`) +
			`</ol></div></div></article></div></body></html>`,
		// Pingbacks and the reply form under the post, each in the block WordPress names for it
		// and with nothing else to tell them by: links to other blogs, then a form's labels.
		"trackbacks and reply form": `<html><head><title>Early apples</title></head><body><div id="page"><div id="content">
<div class="post"><h1>Early apples</h1><div class="entry">` + longPost + `</div></div>
<div id="trackbacks">` + thread(3, ``, `<p>Orchard notes N linked here on July N, 2012 and wrote that TEXT</p>`) + `</div>
<div id="respond">` + thread(2, `<h3>Your turn</h3>`, `<p>Name N, e-mail N and website N are asked before TEXT</p>`) + `</div>
</div></div></body></html>`,
	}
	for name, page := range pages {
		r, err := extract.Extract("https://blog.example.com/2012/07/early-apples", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		want := threadPostText
		if strings.Contains(page, longPost) {
			want = longPostText
		}
		if r.Body != want {
			t.Errorf("%s: body =\n%q\nwant the post without its comments\n%q", name, r.Body, want)
		}
	}
}
