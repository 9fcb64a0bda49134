package extractor

import "testing"

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
