package article

import "net/url"

// ShareLinks are the "share this" links a news page shows under an article, for templates
// that want to repeat them in a post. KakaoTalk is not among them: Kakao shares only through
// its JavaScript SDK with an app key on a web page, which a chat message cannot run.
type ShareLinks struct {
	Facebook string // Facebook's sharer
	X        string // X (Twitter) post intent with the headline
	Telegram string // Telegram's share picker with the headline
	Line     string // LINE's share page
}

// Share builds the share links for an article's URL and headline.
func Share(link, title string) ShareLinks {
	u := url.QueryEscape(link)
	t := url.QueryEscape(title)
	return ShareLinks{
		Facebook: "https://www.facebook.com/sharer/sharer.php?u=" + u,
		X:        "https://x.com/intent/post?url=" + u + "&text=" + t,
		Telegram: "https://t.me/share/url?url=" + u + "&text=" + t,
		Line:     "https://social-plugins.line.me/lineit/share?url=" + u,
	}
}
