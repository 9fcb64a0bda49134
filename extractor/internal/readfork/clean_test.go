package readability

import (
	"strings"
	"testing"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
)

// TestCleanConditionallyKeepsTenCommas wants a block of links kept by
// cleanConditionally once it holds commasKept commas, however many links
// follow the last one (its walk stops there), and removed with one comma
// fewer, as a block of links is.
func TestCleanConditionallyKeepsTenCommas(t *testing.T) {
	for _, commas := range []int{commasKept - 1, commasKept, commasKept + 3} {
		var b strings.Builder
		b.WriteString(`<div id=root><div class=links>`)
		b.WriteString(strings.Repeat(`<a href="/x">link</a>, `, commas))
		b.WriteString(strings.Repeat(`<a href="/y">more links</a> `, 20) + `</div></div>`)
		doc, err := html.Parse(strings.NewReader(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		ps := NewParser()
		ps.flags = flags{stripUnlikelys: true, useWeightClasses: true, cleanConditionally: true}
		root := dom.GetElementByID(doc, "root")
		ps.cleanConditionally(root, "div")
		kept := len(dom.GetElementsByClassName(root, "links")) == 1
		if want := commas >= commasKept; kept != want {
			t.Errorf("cleanConditionally on links with %d commas: kept = %v, want %v", commas, kept, want)
		}
	}
}
