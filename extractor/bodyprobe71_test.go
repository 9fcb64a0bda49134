package extractor

import (
	"strings"
	"testing"
)

// probe71Paras are the story's paragraphs; the third mentions a date in
// passing.
var probe71Paras = []string{
	"The regional water board has approved a plan to replace the ageing pipes under the old town, a project engineers say is overdue by at least a decade.",
	"Residents have complained for years about low pressure and brown water in the mornings, and the board's own survey found leaks along most of the main line.",
	"The works were first proposed on 4 March 2019, but the plan stalled when the contractor chosen for the job went out of business later that year.",
	"The documents the board published with its decision are listed below, and copies can be read at the town library during its opening hours.",
	"Work is due to start in the autumn and will close parts of the high street for several weeks at a time, the board said in a statement.",
	"Shops along the route will be offered help with their rates while the road is closed, and the board has promised to keep one lane open for deliveries.",
}

// probe71Page is a Drupal article page: headline, a date line under it,
// and a story with a list of documents among its paragraphs.
func probe71Page(list, dateline string) string {
	var b strings.Builder
	for i, p := range probe71Paras {
		b.WriteString("<p>" + p + "</p>")
		if i == 3 {
			b.WriteString(list)
		}
	}
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Water board approves pipe replacement | Riverside Gazette</title></head>` +
		`<body class="path-node page-node-type-article"><div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="region region-header"><a href="/" rel="home">Riverside Gazette</a></div>` +
		`<nav role="navigation"><ul class="menu"><li class="menu-item"><a href="/news">News</a></li><li class="menu-item"><a href="/sport">Sport</a></li><li class="menu-item"><a href="/opinion">Opinion</a></li></ul></nav></header>` +
		`<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">` +
		`<h1 class="page-title"><span class="field field--name-title">Water board approves pipe replacement</span></h1>` + dateline +
		`<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">` + b.String() + `</div></div>` +
		`</article></div></main><footer role="contentinfo"><div class="region region-footer"><p>© 2024 Riverside Gazette</p></div></footer></div></body></html>`
}

// A list among a story's paragraphs whose rows name a date (a document's
// title linking to another site and its size, a line of plain text)
// stays in the body;
// the date line under the headline still dates the page and leaves it,
// a meta list under a standfirst too.
func TestBodyProbe71DatedListRowsStay(t *testing.T) {
	lists := map[string]string{
		"links": `<ul><li><a href="https://other.example/minutes">Board minutes of 13 June 2024</a> (PDF, 2 MB)</li><li><a href="https://other.example/survey">Pipe survey, 2 May 2024</a> (PDF, 5 MB)</li><li><a href="https://other.example/plan">Replacement plan, revised edition</a> (PDF, 1 MB)</li></ul>`,
		"plain": `<ul><li>Report published 12 March 2024 by the agency</li><li>Board decision of 13 June 2024</li><li>Letter from the contractor</li></ul>`,
	}
	datelines := map[string]string{
		"span":   `<div class="node__meta"><span class="field field--name-created">Fri, 14 June 2024</span></div>`,
		"byline": `<div class="node__meta"><span class="field field--name-uid">Submitted by Anna Weller</span> on <span class="field field--name-created">14 June 2024</span></div>`,
		"list":   `<p class="summary">The board voted by six to one for a plan that will take three years and cost the town more than it has spent on its water in a generation.</p><ul class="meta"><li>Anna Weller</li><li>14 June 2024</li></ul>`,
	}
	for ln, list := range lists {
		for dn, dl := range datelines {
			a, err := Extract([]byte(probe71Page(list, dl)), "https://riverside.example/news/water-board-pipes", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.PublishedDate != "2024-06-14" {
				t.Errorf("%s/%s: date %q, want 2024-06-14", ln, dn, a.PublishedDate)
			}
			for _, p := range probe71Paras {
				if !strings.Contains(a.Text, p[:60]) {
					t.Errorf("%s/%s: the body lacks %q", ln, dn, p[:40])
				}
			}
			var rows []string
			if ln == "links" {
				rows = []string{"Board minutes of 13 June 2024", "Pipe survey, 2 May 2024"}
			} else {
				rows = []string{"Report published 12 March 2024 by the agency", "Board decision of 13 June 2024"}
			}
			for _, r := range rows {
				if !strings.Contains(a.Text, r) {
					t.Errorf("%s/%s: the body lacks the row %q", ln, dn, r)
				}
			}
			if strings.Contains(a.Text, "14 June 2024") {
				t.Errorf("%s/%s: the date line stays in the body", ln, dn)
			}
		}
	}
}
