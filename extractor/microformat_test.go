package extractor

import "testing"

// hAtom's <abbr title> and h-entry's dt-published date a post that states
// its date nowhere else; an <abbr class="updated"> alone is an update date
// only, and the page then has no publication date.
func TestMicroformatDates(t *testing.T) {
	for _, c := range []struct{ name, byline, pub, mod string }{
		{"hAtom published", `<p><abbr class="published" title="2024-05-16T10:00:00+02:00">16May24</abbr></p>`, "2024-05-16", ""},
		{"hAtom spelled title", `<p><abbr class="published" title="Thursday, May 16th, 2024, 9:38 am">16May24</abbr></p>`, "2024-05-16", ""},
		{"hAtom updated only", `<p><abbr class="updated" title="2024-05-17T09:00:00Z">17May24</abbr></p>`, "", "2024-05-17"},
		{"h-entry data", `<p><data class="dt-published" value="2024-05-16">Thursday</data></p>`, "2024-05-16", ""},
		{"h-entry text", `<p><span class="dt-published">2024-05-16 10:00</span> <span class="dt-updated">2024-05-17</span></p>`, "2024-05-16", "2024-05-17"},
		{"published class off an abbr", `<p><span class="published">yes</span></p>`, "", ""},
	} {
		a := extractAt(t, withByline(pageWithBlocks("", 4, ""), c.byline), "https://news.example/story", Options{})
		if !hasDayPrefix(published(a), c.pub) || !hasDayPrefix(modified(a), c.mod) {
			t.Errorf("%s: Extract = published %q modified %q, want %q and %q", c.name, published(a), modified(a), c.pub, c.mod)
		}
	}
}
