package extractor

import (
	"strings"
	"testing"
)

// TestParselyPage: Parse.ly's parsely-page object, alone, gives the title,
// the authors, the publication date, the section and the tags as the
// separate parsely metas would (meta:parsely); a separate meta beside it
// wins, and an object that is not JSON gives nothing.
func TestParselyPage(t *testing.T) {
	const obj = `{"title": "Council approves the budget", "link": "https://news.example/a", "type": "post", "post_id": "123", "pub_date": "2013-05-02T14:00:00Z", "section": "Politics", "author": "Jane Doe", "tags": ["budget", "council"]}`
	page := withHead(pageWithBlocks("", 4, ""), `<meta name="parsely-page" content='`+obj+`'>`)
	a := extractPage(t, page)
	// The title alone: no <title>, no headline.
	titlePage := `<html><head><meta name="parsely-page" content='` + obj + `'></head><body>` + titleBody + `</body></html>`
	if got, prov := extractTitle(t, titlePage, "https://news.example/a"); got != "Council approves the budget" || prov != "meta:parsely" {
		t.Errorf("Title = %q from %q, want the object's from meta:parsely", got, prov)
	}
	if got := strings.Join(a.Authors, "; "); got != "Jane Doe" || a.Provenance["authors"] != "meta:parsely" {
		t.Errorf("Authors = %q from %q, want Jane Doe from meta:parsely", got, a.Provenance["authors"])
	}
	if published(a) != "2013-05-02T14:00:00Z" || a.Provenance["published_date"] != "meta:parsely" {
		t.Errorf("PublishedAt = %q from %q, want 2013-05-02T14:00:00Z from meta:parsely", published(a), a.Provenance["published_date"])
	}
	if a.Section != "Politics" || strings.Join(a.Tags, ",") != "budget,council" {
		t.Errorf("Section, Tags = %q, %q; want Politics, [budget council]", a.Section, a.Tags)
	}

	authors := `{"title": "x", "authors": ["Jane Doe", "John Roe"]}`
	a = extractPage(t, withHead(pageWithBlocks("", 4, ""), `<meta name="parsely-page" content='`+authors+`'><meta name="parsely-author" content="Ann Poe">`))
	if got := strings.Join(a.Authors, "; "); got != "Ann Poe" {
		t.Errorf("beside parsely-author: Authors = %q, want Ann Poe (the separate meta)", got)
	}
	a = extractPage(t, withHead(pageWithBlocks("", 4, ""), `<meta name="parsely-page" content='{"pub_date": "2013-05-02", "author": "Jane Doe"'>`))
	if published(a) != "" || len(a.Authors) != 0 {
		t.Errorf("broken JSON: PublishedAt %q, Authors %q; want none", published(a), a.Authors)
	}
}
