package channel

// Viewer is implemented by channels whose posts can be drawn: View describes the post d would
// become in neutral terms, so the dashboard draws any platform without reading its wire format
// (Previewer's Request stays what `paperboy preview --as` prints).
type Viewer interface {
	View(d Delivery) (View, error)
}

// Styles say how a View is drawn.
const (
	StyleText  = "text"  // plain text in a box
	StyleChat  = "chat"  // a chat bubble: photo, formatted text, link card (Telegram)
	StyleEmbed = "embed" // a message with a rich card under it (Discord)
)

// View is one post as a reader sees it.
type View struct {
	Style  string // StyleText, StyleChat or StyleEmbed
	Sender string // the display name the post sets (a webhook's username); "" = the bot's own
	Text   string // the message text as shown, without markup
	// HTML is Text with its inline formatting as HTML (b, i, u, s, code, pre, blockquote, a);
	// "" when the platform shows plain text. The dashboard keeps only those tags and http(s) links.
	HTML   string
	Image  string    // the photo sent with the post
	Link   *LinkCard // the link preview the platform draws, if any
	Card   *Card     // the rich card (embed), if any
	Counts []Length  // lengths in the platform's own unit against its own limits
}

// LinkCard is a link preview under (or above) a message.
type LinkCard struct {
	URL         string
	Description string
	Large       bool // a large image
	Above       bool // shown above the text
}

// Card is a rich card: what a Discord embed shows.
type Card struct {
	Title, URL, Description, Footer, Image, Thumbnail, Author, AuthorIcon string
	Color                                                                 int // 0xRRGGBB; -1 = none
}

// Length is one length figure: N of Max in Unit ("text", "caption", "desc", "embed"…).
type Length struct {
	Label  string
	N, Max int
	Unit   Unit
}

// TextView is the View of a post that is plain text, counted against lim's TextMax.
func TextView(text string, lim Limits) View {
	return View{Style: StyleText, Text: text, Counts: []Length{{Label: "text", N: Count(text, lim.Unit), Max: lim.TextMax, Unit: lim.Unit}}}
}
