package discord

import (
	"paperboy/core/channel"
)

// View draws the message Send would post for d: the webhook's username, the content and the
// embed as a card, with the lengths Discord checks (description, embed total, content).
func (c *Channel) View(d channel.Delivery) (channel.View, error) {
	m, err := c.render(d)
	if err != nil {
		return channel.View{}, err
	}
	cp := channel.CodePoints
	v := channel.View{Style: channel.StyleEmbed, Sender: m.Username, Text: m.Content}
	if len(m.Embeds) > 0 {
		e := m.Embeds[0]
		// Color 0 is what an embed without color carries, so it shows as "none" (-1), not as
		// black; a value outside 24 bits would be refused by Discord and is not drawn either.
		card := &channel.Card{Title: e.Title, URL: e.URL, Description: e.Description, Color: -1}
		if e.Color > 0 && e.Color <= 0xFFFFFF {
			card.Color = e.Color
		}
		if e.Footer != nil {
			card.Footer = e.Footer.Text
		}
		if e.Image != nil {
			card.Image = e.Image.URL
		}
		if e.Thumbnail != nil {
			card.Thumbnail = e.Thumbnail.URL
		}
		if e.Author != nil {
			card.Author, card.AuthorIcon = e.Author.Name, e.Author.IconURL
		}
		v.Card = card
		// Both limits are shown: a description can fit its 4096 while title, footer and
		// author push the whole embed past its 6000.
		v.Counts = append(v.Counts,
			channel.Length{Label: "desc", N: channel.Count(e.Description, cp), Max: maxDescription, Unit: cp},
			channel.Length{Label: "embed", N: embedLength(e), Max: maxEmbedTotal, Unit: cp})
	}
	// The content count only matters when there is content, or when there is nothing else
	// (then it shows why the message would be refused as empty).
	if v.Text != "" || v.Card == nil {
		v.Counts = append(v.Counts, channel.Length{Label: "text", N: channel.Count(v.Text, cp), Max: maxContent, Unit: cp})
	}
	return v, nil
}

// The dashboard finds View by type assertion; this keeps the method's signature in step.
var _ channel.Viewer = (*Channel)(nil)
