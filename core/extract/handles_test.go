package extract

import (
	"slices"
	"testing"
)

// handlePage is a blog post whose writer is the user name handle, marked as head says and as
// byline shows it.
func handlePage(head, byline string) string {
	return `<html><head><title>Notes on the bridge</title>` + head + `</head><body><article><h1>Notes on the bridge</h1>` +
		byline + storyParas("Bridge", 6) + `</article></body></html>`
}

// TestMarkedHandleIsTheAuthor checks a lower-case user name that the page marks as its writer
// twice: JSON-LD and the byline element, citation_author and "by janus", a WordPress author
// vcard after "by". One mark alone (a meta author, a lone word in an author box) is no author,
// nor is a role account.
func TestMarkedHandleIsTheAuthor(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Notes on the bridge","author":[{"@type":"Person","name":"quietwren"}]}</script>`
	cases := []struct {
		name, head, byline string
		want               []string
	}{
		{"ld and byline", ld, `<div class="post-author"><a href="/@quietwren">quietwren</a></div>`, []string{"quietwren"}},
		{"citation and by", `<meta name="citation_author" content="janus">`, `<div class="byline">by <a href="/users/janus">janus</a></div>`, []string{"janus"}},
		{"vcard after by", "", `<div class="entry-meta">Posted on <a href="/p">May 2, 2020</a> <span>by</span> <span class="author vcard"><a class="url fn n" href="/author/apgoucher/">apgoucher</a></span></div>`, []string{"apgoucher"}},
		{"meta alone", `<meta name="author" content="quietwren">`, "", nil},
		{"role account", `<meta name="author" content="admin">`, `<div class="byline">by admin</div>`, nil},
	}
	for _, c := range cases {
		r, err := Extract("https://blog.example.org/notes", []byte(handlePage(c.head, c.byline)))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(r.Authors, c.want) {
			t.Errorf("%s: authors = %q, want %q", c.name, r.Authors, c.want)
		}
	}
}

// TestAvatarBylineUnderHeadline checks a byline with no class: a link showing the writer's
// avatar and name, then "on" and the date, under the headline.
func TestAvatarBylineUnderHeadline(t *testing.T) {
	page := `<html><head><title>Notes on the bridge</title></head><body><div><h1>Notes on the bridge</h1><div class="flex">` +
		`<a href="https://code.example.org/licat"><img alt="Licat" src="/team/licat.png">Licat</a><span>&nbsp;on June 5, 2023</span></div></div>` +
		`<article>` + storyParas("Bridge", 6) + `</article></body></html>`
	r, err := Extract("https://blog.example.org/notes", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Authors, []string{"Licat"}) {
		t.Errorf("authors = %q, want [Licat]", r.Authors)
	}
}

// TestFromOutletIsNoAuthor checks an author field that credits the outlet with the word for
// "from" ("Do UOL, em Porto Alegre"): the writer beside it is the only author.
func TestFromOutletIsNoAuthor(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Notes on the bridge","author":[{"@type":"Person","name":"Felipe Pereira"},{"@type":"Person","name":"Do UOL, em Porto Alegre"}]}</script>`
	r, err := Extract("https://noticias.example.com.br/notes", []byte(handlePage(ld, "")))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Authors, []string{"Felipe Pereira"}) {
		t.Errorf("authors = %q, want [Felipe Pereira]", r.Authors)
	}
}
