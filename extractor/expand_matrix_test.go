package extractor

import (
	"strings"
	"testing"
)

// TestExpanderForms: the rest of an article behind a "Read more" control,
// in the HTML, is the body's, however the template hides it: a <details>
// element, a class-named block with an inline display:none and a link
// that a script wires, the hidden attribute under aria-controls, a
// Bootstrap collapse, aria-hidden on a long block. Set in a page builder's
// blocks (Elementor) and in a plain WordPress entry.
func TestExpanderForms(t *testing.T) {
	head := []string{matrixArticle[0][0], matrixArticle[1][0], matrixArticle[1][1]}
	var rest []string
	for _, ps := range matrixArticle[2:] {
		rest = append(rest, ps...)
	}
	ps := func(ss []string) string { return "<p>" + strings.Join(ss, "</p><p>") + "</p>" }
	forms := map[string]string{
		"details":      `<details class="read-more"><summary>Read more</summary>` + ps(rest) + `</details>`,
		"class+style":  `<div class="more-text" style="display: none">` + ps(rest) + `</div><a href="#" class="read-more-link">Read more</a>`,
		"hidden":       `<button class="btn" aria-expanded="false" aria-controls="rest-of-story">Continue reading</button><div id="rest-of-story" hidden>` + ps(rest) + `</div>`,
		"collapse":     `<a class="btn" data-bs-toggle="collapse" href="#more-1" role="button">Read more</a><div class="collapse" id="more-1">` + ps(rest) + `</div>`,
		"aria-hidden":  `<div class="article-expandable" aria-hidden="true">` + ps(rest) + `</div><button class="expand-btn" aria-expanded="false">Read more</button>`,
		"checkbox-css": `<input type="checkbox" id="rm-1" class="rm-toggle"><label for="rm-1">Read more</label><div class="rm-content">` + ps(rest) + `</div>`,
	}
	for name, form := range forms {
		for _, b := range []pageBuilder{builderNamed("elementor"), builderNamed("gutenberg")} {
			page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Old tram depot to become a covered market</title></head><body>` +
				`<div class="site-header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></div>` +
				`<div class="page"><h1>Old tram depot to become a covered market</h1>` + b.open + b.block(0, ps(head)) + b.block(1, form) + b.close + `</div>` +
				`<div class="site-footer"><p>Harbour Gazette, 12 Quay Road. <a href="/about">About us</a></p></div></body></html>`
			a, err := Extract([]byte(page), "https://gazette.example/news/2024/05/09/depot", Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range append(head, rest...) {
				if !strings.Contains(a.Text, p[:40]) {
					t.Errorf("%s, %s: the body lacks %q", name, b.name, p[:40])
				}
			}
		}
	}
}
