package telegramtest

import "testing"

func TestParseHTML(t *testing.T) {
	tests := []struct {
		name, in, plain, err string
	}{
		{name: "bold link", in: `<b><a href="https://e.com/?a=1&amp;b=2">제목</a></b>`, plain: "제목"},
		{name: "entities", in: "a &lt; b &amp;&amp; c &gt; d &quot;q&quot;", plain: `a < b && c > d "q"`},
		{name: "bare ampersand stays", in: "AT&T &nbsp; &", plain: "AT&T &nbsp; &"},
		{name: "numeric", in: "&#128512;&#x1F600;&#65", plain: "😀😀A"},
		{name: "numeric zero is literal", in: "&#0;", plain: "&#0;"},
		{name: "case-insensitive tags", in: "<B>x</B><EM>y</em>", plain: "xy"},
		{name: "spoiler", in: `<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>`, plain: "st"},
		{name: "expandable quote", in: "<blockquote expandable>q</blockquote>", plain: "q"},
		{name: "empty end tag closes", in: "<i>x</>", plain: "x"},
		{name: "unquoted attribute", in: "<pre><code class=language-go>x</code></pre>", plain: "x"},
		{name: "less-than alone", in: "a < b", err: `Unsupported start tag "" at byte offset 2`},
		{name: "br", in: "a<br>b", err: `Unsupported start tag "br" at byte offset 1`},
		{name: "address", in: "<kahn@inbox.ru>", err: `Unsupported start tag "kahn@inbox.ru" at byte offset 0`},
		{name: "unclosed", in: "<b>x", err: `Can't find end tag corresponding to start tag "b"`},
		{name: "misnested", in: "<b><i>x</b></i>", err: `Unmatched end tag at byte offset 7, expected "</i>", found "</b>"`},
		{name: "stray end", in: "x</b>", err: "Unexpected end tag at byte offset 1"},
		{name: "open bracket at end", in: "x <b", err: "Unclosed start tag at byte offset 2"},
		{name: "span without class", in: "<span>x</span>", err: `Tag "span" must have class "tg-spoiler"`},
		{name: "attribute without value", in: "<a href>x</a>", err: `Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseHTML(tt.in)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("ParseHTML(%q) error = %v, want %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseHTML(%q): %v", tt.in, err)
			}
			if got != tt.plain {
				t.Errorf("ParseHTML(%q) = %q, want %q", tt.in, got, tt.plain)
			}
		})
	}
}

func TestLength(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"abc", 3}, {"카카오", 3}, {"😀", 2}, {"👍🏽", 4}, {"", 0},
	}
	for _, tt := range tests {
		if got := Length(tt.in); got != tt.want {
			t.Errorf("Length(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
