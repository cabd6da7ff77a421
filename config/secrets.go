package config

import (
	"net/url"
	"strings"

	"go.yaml.in/yaml/v4"
)

// isSecretKey reports whether a key's value is a credential, wherever it appears.
func isSecretKey(k string) bool {
	switch k {
	case "token", "webhook", "password", "secret", "secret_token", "api_key", "app_password", "access_token", "password_hash":
		return true
	}
	return false
}

// Secrets returns every credential in the configuration (after ${ENV} and *_file expansion),
// so logs can mask them wherever they appear.
func (c *Config) Secrets() []string {
	out := append([]string(nil), c.secrets...)
	// A generic webhook's URL and custom headers often carry a token of the receiver's.
	for _, ch := range c.Channels {
		if ch.Type != "webhook" || ch.Raw == nil {
			continue
		}
		if u := child(ch.Raw, "url"); u != nil && u.Value != "" {
			out = append(out, u.Value)
		}
		if h := child(ch.Raw, "headers"); h != nil && h.Kind == yaml.MappingNode {
			for i := 1; i < len(h.Content); i += 2 {
				out = append(out, h.Content[i].Value)
			}
		}
	}
	if u, err := url.Parse(c.Store.Redis.URL); err == nil && u.User != nil {
		if p, ok := u.User.Password(); ok {
			out = append(out, p)
		}
	}
	return out
}

// treeSecrets collects the value of every secret-named key in the parsed document, wherever it
// sits: Parse keeps this list rather than the document (a yaml.Node tree of ~1 KB per source).
func treeSecrets(root *yaml.Node) []string {
	var out []string
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n == nil {
			return
		}
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				if isSecretKey(k.Value) && v.Kind == yaml.ScalarNode && v.Value != "" {
					out = append(out, v.Value)
					// A webhook URL's last path segment is its token: mask it on its own too.
					if u, err := url.Parse(v.Value); err == nil && strings.Contains(u.Path, "/webhooks/") {
						parts := strings.Split(strings.TrimRight(u.Path, "/"), "/")
						out = append(out, parts[len(parts)-1])
					}
				}
				walk(v)
			}
			return
		}
		for _, ch := range n.Content {
			walk(ch)
		}
	}
	walk(root)
	return out
}
