package extractor

import (
	"strings"
	"testing"
)

// inline60Page renders recirc59's story with a line between its second and
// third paragraphs that is only a label and a link to another story, as
// news themes set one: the label in a strong, bare, or in the link.
func inline60Page(line string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Road bridge to close to lorries | Harbour Gazette</title></head><body><header class="site-header"><a href="/">Harbour Gazette</a><nav><a href="/news">News</a><a href="/sport">Sport</a></nav></header><main><article class="post"><h1 class="entry-title">Harbour Road bridge to close to lorries</h1><div class="entry-content"><p>` +
		strings.Join(recirc59.paras[:2], "</p>\n<p>") + "</p>\n" + line + "\n<p>" + strings.Join(recirc59.paras[2:], "</p>\n<p>") +
		`</p></div></article></main><footer class="site-footer"><p>© 2024 Harbour Gazette</p></footer></body></html>`
}

// A line between a story's paragraphs that is only a label and a link to
// another story is not the story's text, however the theme sets the label
// (bare, in bold, in brackets, as an arrow, before a bar) and in whatever
// language; the line's headline goes with its label. A sentence that
// holds a link, or a label before an address, stays; "More:" in other
// case than capitals stays too (TestSidebarLabelsMoreLanguages).
func TestBodyProbe60InlineSeeAlso(t *testing.T) {
	const head = "Council tax to rise by 4.9% from April"
	link := `<a href="/news/2024/04/02/council-tax-rise">` + head + `</a>`
	for _, l := range []string{"[Related]", "Related:", "MORE:", "ALSO READ:", "READ |", "Read |", "►", "▶", "»",
		"Lesen Sie auch:", "À lire aussi :", "Leer más:", "Leggi anche:", "Lees ook:", "Leia também:", "相关阅读："} {
		for _, line := range []string{`<p>` + l + ` ` + link + `</p>`, `<p><strong>` + l + `</strong> ` + link + `</p>`} {
			if strings.Contains(harbourStory(t, line, inline60Page(line)), head) {
				t.Errorf("%s: the body holds the other story's headline", line)
			}
		}
	}
	for line, want := range map[string]string{
		`<p>The vote came a month after the council's budget meeting, ` + link + `, was adjourned.</p>`:        "The vote came a month after the council's budget meeting, " + head + ", was adjourned.",
		`<p>More: <a href="https://harbourgazette.example/roads">https://harbourgazette.example/roads</a></p>`: "More: https://harbourgazette.example/roads",
	} {
		a, err := Extract([]byte(inline60Page(line)), "https://harbourgazette.example/news/2024/05/12/harbour-road-bridge", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, want) {
			t.Errorf("the body lacks %q:\n%s", want, a.Text)
		}
	}
}

// An expander's button set as a link on a line of its own, under the rest
// it shows, is none of the body: the rest is.
func TestBodyProbe60ExpanderLink(t *testing.T) {
	head := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Road bridge to close to lorries | Harbour Gazette</title></head><body><header class="site-header"><a href="/">Harbour Gazette</a></header><main><article class="post"><h1 class="entry-title">Harbour Road bridge to close to lorries</h1><div class="entry-content"><p>` + strings.Join(recirc59.paras[:2], "</p>\n<p>") + `</p>`
	rest := `<div class="story-body" style="max-height:0;overflow:hidden"><p>` + strings.Join(recirc59.paras[2:], "</p>\n<p>") + `</p></div>`
	tail := `</div></article></main><footer class="site-footer"><p>© 2024 Harbour Gazette</p></footer></body></html>`
	for _, label := range []string{"Read full story", "Read the full article", "Continue reading", "Lire la suite", "Weiterlesen"} {
		for _, button := range []string{`<a href="#" class="expand">` + label + `</a>`, `<p><a href="#" class="expand">` + label + `</a></p>`} {
			if strings.Contains(harbourStory(t, button, head+rest+button+tail), label) {
				t.Errorf("%s: the body holds the button", button)
			}
		}
	}
}

// A paragraph cut short in place, an ellipsis in a span and the rest of
// the sentence in a hidden span after it, with a "Read more" button under
// it: the body reads the sentence whole, once, without the ellipsis or
// the button.
func TestBodyProbe60TruncatedParagraph(t *testing.T) {
	head := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Road bridge to close to lorries | Harbour Gazette</title><style>#more{display:none}</style></head><body><header class="site-header"><a href="/">Harbour Gazette</a></header><main><article class="post"><h1 class="entry-title">Harbour Road bridge to close to lorries</h1><div class="entry-content"><p>` + recirc59.paras[0] + `</p>`
	tail := `<p>` + strings.Join(recirc59.paras[2:], "</p>\n<p>") + `</p></div></article></main><footer class="site-footer"><p>© 2024 Harbour Gazette</p></footer></body></html>`
	const whole = "Inspectors had flagged the supports in a routine survey last autumn, but a closer look in March showed the damage had spread faster than expected, the council's highways chief told the meeting."
	const at = len("Inspectors had flagged the supports in a routine survey last")
	for _, mid := range []string{
		`<p>` + whole[:at] + `<span class="dots">...</span><span class="more-text" style="display:none">` + whole[at:] + `</span></p><button class="more-btn">Read more</button>`,
		`<p>` + whole[:at] + `<span id="dots">...</span><span id="more">` + whole[at:] + `</span></p><button onclick="toggle()" id="myBtn">Read more</button>`,
		`<p>` + whole[:at] + `<span class="ellipsis">…</span><span class="hidden-text" hidden>` + whole[at:] + `</span> <a href="javascript:void(0)" class="read-more">Read more</a></p>`,
	} {
		a, err := Extract([]byte(head+mid+tail), "https://harbourgazette.example/news/2024/05/12/harbour-road-bridge", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, whole) {
			t.Errorf("%.90s: the body lacks the whole sentence:\n%s", mid, a.Text)
		}
		for _, u := range []string{"...", "…", "Read more"} {
			if strings.Contains(a.Text, u) {
				t.Errorf("%.90s: the body holds %q", mid, u)
			}
		}
	}
}
