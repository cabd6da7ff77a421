package bots

// Content URLs (lead images, article links) never reach the network from a platform package
// except through channel.Options.Media, which is core/fetch's guarded client. Every package
// under bots/ that downloads a lead image runs channeltest.RunContentSSRF against its fake
// (mastodon, bluesky, matrix: loopback, metadata, redirect and DNS-rebinding URLs are never
// fetched, the post goes out without the image). This test keeps the others honest: no
// platform package may build its own HTTP access at all — its API client comes from
// Options.API, pinned to the configured endpoints.

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSecurityNoPlatformFetchesOnItsOwn(t *testing.T) {
	forbidden := map[string]string{
		"http.Get": "a bare GET", "http.Head": "a bare HEAD", "http.Post": "a bare POST",
		"http.DefaultClient": "the default client", "http.DefaultTransport": "the default transport",
		"opts.HTTPClient": "the unpinned API client (use opts.API(endpoint))",
	}
	fset := token.NewFileSet()
	files, _ := filepath.Glob("*/*.go")
	if len(files) < 20 {
		t.Fatalf("found only %d platform files", len(files))
	}
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, path, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if id, ok := n.X.(*ast.Ident); ok {
					if why, bad := forbidden[id.Name+"."+n.Sel.Name]; bad {
						t.Errorf("%s: %s: %s; content URLs go through channel.Options.Media", fset.Position(n.Pos()), id.Name+"."+n.Sel.Name, why)
					}
				}
			case *ast.CompositeLit:
				if sel, ok := n.Type.(*ast.SelectorExpr); ok {
					if id, ok := sel.X.(*ast.Ident); ok && id.Name == "http" && (sel.Sel.Name == "Client" || sel.Sel.Name == "Transport") {
						t.Errorf("%s: builds its own http.%s; use channel.Options.API or Options.Media", fset.Position(n.Pos()), sel.Sel.Name)
					}
				}
			}
			return true
		})
	}
}
