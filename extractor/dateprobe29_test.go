package extractor

import "testing"

// Conventions of date statements found by probing news and blog pages
// (twenty-fifth session, date29); each page is laid out as real sites lay
// theirs.

// A bare "Revised", "Edited" or "Modified" before a date states the revision, as
// "Last edited" and "Revised:" do: a line that shows only the revision has
// no publication date, and beside a publication's date it is the update.
// "Edited by" credits an editor.
func TestRevisionWords(t *testing.T) {
	for _, c := range []struct{ line, pub, mod string }{
		{"<p>Revised May 17, 2024</p>", "", "2024-05-17"},
		{"<p>Edited May 17, 2024</p>", "", "2024-05-17"},
		{"<p>Edited: May 17, 2024</p>", "", "2024-05-17"},
		{"<p>Modified May 17, 2024</p>", "", "2024-05-17"},
		{"<p>Published May 16, 2024</p><p>Revised May 17, 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>Published May 16, 2024 | Edited May 17, 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>May 16, 2024 (Revised May 17, 2024)</p>", "2024-05-16", "2024-05-17"},
		{"<p>Originally published May 16, 2024; revised May 17, 2024</p>", "2024-05-16", "2024-05-17"},
		{"<p>May 16, 2024 | Edited by Jane Doe, May 17, 2024</p>", "2024-05-16", ""},
	} {
		a := extractAt(t, probePage("en", "", c.line), "https://news.example/story", Options{})
		if !hasDayPrefix(published(a), c.pub) || c.pub == "" && published(a) != "" || !hasDayPrefix(modified(a), c.mod) || c.mod == "" && modified(a) != "" {
			t.Errorf("%s: published %q modified %q, want %q and %q", c.line, published(a), modified(a), c.pub, c.mod)
		}
	}
}

// Medium, Ghost and Substack set this year's day and the reading time in
// sibling elements, not on one line: the day is read as on one line, in
// the address's year or the fetch's, none for a day ahead of the fetch.
func TestReadingTimeSiblingDay(t *testing.T) {
	for _, c := range []struct{ meta, url, want string }{
		{"<p>Jane Doe</p><p>May 16</p><p>3 min read</p>", "https://blog.example/story", "2024-05-16"},
		{"<div><div><span>May 16</span></div><div><span>3 min read</span></div></div>", "https://blog.example/story", "2024-05-16"},
		{"<div><span>3 min read</span><span>·</span><span>May 16</span></div>", "https://blog.example/story", "2024-05-16"},
		{"<p>May 16</p><p>3 min read</p>", "https://blog.example/2023/05/story", "2023-05-16"},
		{"<p>Dec 16</p><p>3 min read</p>", "https://blog.example/story", ""},
		{"<p>Round 16</p><p>3 min read</p>", "https://blog.example/story", ""},
	} {
		page := probePage("en", "", c.meta)
		got := published(extractAt(t, page, c.url, Options{FetchedAt: probeFetched}))
		without := published(extractAt(t, page, c.url, Options{}))
		if !hasDayPrefix(got, c.want) || c.want == "" && got != "" || c.url == "https://blog.example/story" && without != "" {
			t.Errorf("%s at %s: published %q, without the fetch time %q; want %q", c.meta, c.url, got, without, c.want)
		}
	}
}
