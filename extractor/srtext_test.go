package extractor

import (
	"strings"
	"testing"
)

// A note for screen readers only leaves the body: the BBC's "Image
// copyright" over a photo's credit, WordPress's "(opens in a new window)"
// after a link, Drupal's "(link is external)". A note that stands in for
// words hidden from screen readers ("20 minutes" for the eye's "20 mins")
// stays, as does a sentence that merely carries such a class on a long
// block.
func TestScreenReaderNotesLeaveTheBody(t *testing.T) {
	tail := `<figure><img src="/a.jpg" alt="A singer"><span class="off-screen">Image copyright</span> <span class="story-image-copyright">Getty Images</span></figure>
<p>The band said it would tour next year, <a href="/tour">as its site says<span class="screen-reader-text"> (opens in a new window)</span></a>, and the tickets go on sale in May.</p>
<p>Prep Time <span class="wprm-time"><span class="wprm-details">20<span class="sr-only screen-reader-text"> minutes</span></span> <span class="wprm-unit" aria-hidden="true">mins</span></span>, then the dough rests until it has doubled in size overnight.</p>`
	a := extractPage(t, pageWithBlocks("", 6, tail))
	for _, gone := range []string{"Image copyright", "opens in a new window"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("%q left in the text:\n%s", gone, a.Text)
		}
	}
	for _, kept := range []string{"as its site says, and the tickets", "20 minutes"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("%q is not in the text:\n%s", kept, a.Text)
		}
	}
}

// A line that is only the page's own address leaves the body: a print
// header's, under the logo, for the printed copy (Hearst's papers: the
// Connecticut Post, the Times Union, SFGate, the Houston Chronicle). The
// address inside a sentence, and another page's address alone, stay.
func TestOwnAddressLineLeavesTheBody(t *testing.T) {
	head := `<div class="print-header"><img src="/logo.png" alt="print header logo"><span>https://www.news.example/story</span></div>`
	a := extractPage(t, strings.Replace(pageWithBlocks("", 6, ""), "<h1>A story</h1>", head+"<h1>A story</h1>", 1))
	if strings.Contains(a.Text, "news.example/story") {
		t.Errorf("the print header's address is left in the text:\n%s", a.Text)
	}
	tail := `<p>The full report is at https://news.example/story for anyone who wants to read the whole of it online.</p><p>https://other.example/report</p>`
	a = extractPage(t, pageWithBlocks("", 6, tail))
	for _, kept := range []string{"is at https://news.example/story for anyone", "https://other.example/report"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("%q is not in the text:\n%s", kept, a.Text)
		}
	}
}
