package telegram

import (
	"paperboy/bots/telegram/tgformat"
	"paperboy/core/channel"
)

// plan decides the requests for d: a photo with the post as caption when it fits; otherwise,
// per long_text, the photo then the text, or one text message with a large link preview.
func (c *Channel) plan(d channel.Delivery) ([]call, error) {
	p := d.Post
	hasImage := tgformat.SafeLink(p.ImageURL) != ""
	switch {
	case hasImage && c.cfg.Image == ImagePhoto:
		fits, err := c.fmt.Fits(p, CaptionMax)
		if err != nil {
			return nil, err
		}
		if fits {
			msg, err := c.fmt.Render(p, CaptionMax)
			if err != nil {
				return nil, err
			}
			f := c.baseFields()
			f["photo"] = p.ImageURL
			f["caption"] = msg.HTML
			f["parse_mode"] = "HTML"
			return []call{{method: "sendPhoto", fields: f}}, nil
		}
		if c.cfg.LongText == LongTextSplit {
			photo := c.baseFields()
			photo["photo"] = p.ImageURL
			text, err := c.textCall(d, false)
			if err != nil {
				return nil, err
			}
			// The photo was just shown: a preview would repeat it.
			text.fields["link_preview_options"] = map[string]any{"is_disabled": true}
			return []call{{method: "sendPhoto", fields: photo}, text}, nil
		}
		k, err := c.textCall(d, true)
		return []call{k}, err
	case hasImage && c.cfg.Image == ImagePreview:
		k, err := c.textCall(d, true)
		return []call{k}, err
	}
	k, err := c.textCall(d, false)
	return []call{k}, err
}

// textCall is a sendMessage of the whole post; large forces a large link preview of the article
// (the way a lead image is shown without a photo message).
func (c *Channel) textCall(d channel.Delivery, large bool) (call, error) {
	msg, err := c.fmt.Render(d.Post, TextMax)
	if err != nil {
		return call{}, err
	}
	f := c.baseFields()
	f["text"] = msg.HTML
	f["parse_mode"] = "HTML"
	f["link_preview_options"] = c.previewOptions(d.Post.URL, large)
	return call{method: "sendMessage", fields: f}, nil
}

// previewOptions is link_preview_options for the article link per link_preview.
func (c *Channel) previewOptions(articleURL string, large bool) map[string]any {
	link := tgformat.SafeLink(articleURL)
	if link == "" || (c.cfg.LinkPreview == PreviewOff && !large) {
		return map[string]any{"is_disabled": true}
	}
	o := map[string]any{"url": link}
	if large || c.cfg.LinkPreview == PreviewLarge {
		o["prefer_large_media"] = true
	}
	if c.cfg.LinkPreview == PreviewAbove {
		o["show_above_text"] = true
	}
	return o
}

// baseFields are the fields every request to this chat carries.
func (c *Channel) baseFields() map[string]any {
	f := map[string]any{"chat_id": c.chatID}
	if c.cfg.Topic > 0 {
		f["message_thread_id"] = c.cfg.Topic
	}
	if c.cfg.Silent {
		f["disable_notification"] = true
	}
	return f
}
