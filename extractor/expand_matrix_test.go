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

// TestReadMoreNamedRest: the last paragraphs of a story behind a "Read
// more" control that CSS alone hides, under a class that says "read more":
// the checkbox expander's "read-more-target" in its "read-more-wrap", a
// script's "read-more-content" and "readmore_text". The class is
// furniture's ("read more" links to other stories), the block is prose.
func TestReadMoreNamedRest(t *testing.T) {
	var head []string
	for _, ps := range matrixArticle[:len(matrixArticle)-2] {
		head = append(head, ps...)
	}
	rest := matrixArticle[len(matrixArticle)-2][0]
	forms := map[string]string{
		"checkbox": `<input type="checkbox" class="read-more-state" id="post-1"><p class="read-more-wrap">` + rest[:41] + `<span class="read-more-target">` + rest[41:] + `</span></p><label for="post-1" class="read-more-trigger"></label>`,
		"target":   `<div class="read-more-target"><p>` + rest + `</p></div><label for="post-1" class="read-more-trigger">Read more</label>`,
		"content":  `<div class="read-more-content"><p>` + rest + `</p></div><button class="read-more-button">Read more</button>`,
		"text":     `<div class="readmore_text"><p>` + rest + `</p></div><a href="#" class="readmore-link">Read more</a>`,
	}
	for name, form := range forms {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Old tram depot to become a covered market</title></head><body>` +
			`<article><h1>Old tram depot to become a covered market</h1><p>` + strings.Join(head, "</p><p>") + `</p>` + form + `</article></body></html>`
		a, err := Extract([]byte(page), "https://gazette.example/news/2024/05/09/depot", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range append(head, rest[:41], rest[41:90]) {
			if !strings.Contains(a.Text, p[:min(40, len(p))]) {
				t.Errorf("%s: the body lacks %q:\n%s", name, p[:min(40, len(p))], a.Text)
			}
		}
	}
}

// TestReadMoreNotRest: what a "read more" class names stays furniture when
// it is no collapsed rest of the story: a link to another story, a
// comment thread that a click unfolds, a list of teasers.
func TestReadMoreNotRest(t *testing.T) {
	var body []string
	for _, ps := range matrixArticle {
		body = append(body, ps...)
	}
	blocks := map[string]string{
		"link":     `<p class="read-more-text"><a href="/news/2024/05/08/library">Read more: Mayor opens the new library on the harbour front after two years of works</a></p>`,
		"comments": `<div class="forum-comment forum-read-more-target"><p>Great news for the quay. I remember the trams running here when I was a child and the depot was full of them.</p></div>`,
		"teasers":  `<div class="read-more-content"><ul><li><a href="/news/2024/05/08/library">Mayor opens the new library on the harbour front</a></li><li><a href="/news/2024/05/07/ferry">Ferry timetable changes for the summer season</a></li></ul></div>`,
	}
	for name, block := range blocks {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Old tram depot to become a covered market</title></head><body>` +
			`<article><h1>Old tram depot to become a covered market</h1><p>` + strings.Join(body, "</p><p>") + `</p>` + block + `</article></body></html>`
		a, err := Extract([]byte(page), "https://gazette.example/news/2024/05/09/depot", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, leak := range []string{"Mayor opens", "I remember the trams", "Ferry timetable"} {
			if strings.Contains(a.Text, leak) {
				t.Errorf("%s: the body holds %q:\n%s", name, leak, a.Text)
			}
		}
		if !strings.Contains(a.Text, body[len(body)-1][:40]) {
			t.Errorf("%s: the body lost its last paragraph", name)
		}
	}
}
