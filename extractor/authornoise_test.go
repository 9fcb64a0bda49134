package extractor

import (
	"strings"
	"testing"
)

// A job title after a name and a comma runs on into where the job is;
// what follows it after commas is no co-author, until an "and" starts the
// next name. A paper named after a name and a comma ("The Wall Street
// Journal") is the publication, not a co-author.
func TestBylineRoleChain(t *testing.T) {
	cases := []bylineCase{
		{"founder at a product", `<p class="byline">Posted by Krishna Bharat, Founder, Google News</p>`, "Krishna Bharat"},
		{"a job acronym at a company", `<p class="byline">By Jane Doe, CEO, Acme Widgets</p>`, "Jane Doe"},
		{"a job at a company, then a second writer", `<p class="byline">By Jane Doe, Senior Editor, Acme Media and John Roe, Staff Writer</p>`, "Jane Doe; John Roe"},
		{"a job at a company, then a second writer after a semicolon", `<p class="byline">By Jane Doe, Lead Engineer, Acme Labs; John Roe</p>`, "Jane Doe; John Roe"},
		{"a paper after a name", `<p class="byline">By Tom Gara, The Wall Street Journal</p>`, "Tom Gara"},
		{"a paper after two names", `<p class="byline">By Jane Doe, John Roe, The Philippine Star</p>`, "Jane Doe; John Roe"},
		{"a beat at an agency after a name", `<p class="byline">By TOM KRISHER, AP Auto Writer</p>`, "TOM KRISHER"},
		{"a beat at a network after a name", `<p class="byline">By Jane Doe, CNN Political Reporter</p>`, "Jane Doe"},
		{"co-authors without jobs", `<p class="byline">By Jane Doe, John Roe, Ann Lee</p>`, "Jane Doe; John Roe; Ann Lee"},
	}
	checkBylines(t, cases)
}

// What templates and newsrooms run into a byline around its names: a
// newsroom in the possessive before a name, a taxonomy label and its
// section after it, "And" between names set in capitals.
func TestBylineNoise(t *testing.T) {
	cases := []bylineCase{
		{"a newsroom in the possessive", `<p class="byline">By NBC's Chuck Todd and Mark Murray</p>`, "Chuck Todd; Mark Murray"},
		{"a newsroom in the possessive, curly", `<p class="byline">By CNN’s Jane Doe</p>`, "Jane Doe"},
		{"a topics label after the name", `<p class="byline">By Lauren Moraski Topics Celebrity</p>`, "Lauren Moraski"},
		{"a tags label after the name", `<p class="byline">Von Klausmartin Friedrich Tags Feuerwehr</p>`, "Klausmartin Friedrich"},
		{"a categories label alone", `<p class="byline">By Categories Iceland</p>`, ""},
		{"a topic label alone", `<p class="byline">By Topic</p>`, ""},
		{"And between names in capitals", `<p class="byline">By CAROLINE PORTER And KRISTINA PETERSON</p>`, "CAROLINE PORTER; KRISTINA PETERSON"},
		{"And between names", `<p class="byline">By Jane Doe And John Roe</p>`, "Jane Doe; John Roe"},
	}
	checkBylines(t, cases)
}

// A site's links to its profiles on photo and video networks pass for
// author pages ("flickr.com/people/…"); the network's name is no author.
func TestSocialProfileLinks(t *testing.T) {
	for _, net := range []string{`<a href="http://www.flickr.com/people/38796531@N08/">Flickr</a>`, `<a href="https://vimeo.com/people/janedoe/">Vimeo</a>`, `<a href="https://soundcloud.com/people/janedoe/">SoundCloud</a>`} {
		checkPages(t, []pageCase{{"profile link " + net, "", "", `<div class="profiles"><ul><li>` + net + `</li></ul></div>`, ""}})
	}
}

// Other languages' bylines set a verb before their "by" as English's do
// ("Erstellt von", "Recueilli par"); an author card's link labels run on
// after the name ("View Profile RSS"); a section's name runs in before a
// "By". None of it is the name.
func TestBylineRunOns(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"German created by", `<p class="byline">Erstellt von Andri Bryner</p>`, "Andri Bryner"},
		{"German published by", `<p class="byline">Veröffentlicht von Hans Gruber</p>`, "Hans Gruber"},
		{"French interview collected by", `<p class="byline">Recueilli par Patrick Angevin</p>`, "Patrick Angevin"},
		{"profile links after the name", `<div class="author"><a href="/people/anna-breslaw">Anna Breslaw View Profile RSS</a></div>`, "Anna Breslaw"},
		{"a feed link after the name", `<p class="byline">By Nigel Smith Subscribe To Our Feed</p>`, "Nigel Smith"},
		{"a section before By", `<p class="byline">Applications By Simon Sage</p>`, "Simon Sage"},
		{"a photographer's credit, not a section", `<p class="byline">Photography By John Roe</p>`, ""},
		{"a sponsor's credit, not a section", `<p class="byline">Sponsored By Acme Insurance Group</p>`, ""},
		{"a presenter's credit, not a section", `<div class="byline">Presented By Jane Doe</div>`, ""},
	})
	for s, want := range map[string]string{
		"Alles von Martin Junker":           "Martin Junker",
		"Über Jana Weber":                   "Jana Weber",
		"Cord Jefferson View Profile RSS":   "Cord Jefferson",
		"Jane Doe Follow on Twitter":        "Jane Doe",
		"Smartphones By Phil Nickinson":     "Phil Nickinson",
		"Stand By Me":                       "Stand By Me",
		"Rss Smith":                         "Rss Smith",
		"Jane Doe Rss":                      "Jane Doe",
		"Photography By John Roe":           "",
		"Illustrations By Jane Roe":         "",
		"Photo Essay By Jane Doe":           "",
		"Presented By Jane Doe":             "",
		"Sponsored By Acme Insurance Group": "",
	} {
		if got := strings.Join(splitAuthors(s), "; "); got != want {
			t.Errorf("splitAuthors(%q) = %q, want %q", s, got, want)
		}
	}
}
