package extractor

import (
	"strings"
	"testing"
)

// Reviewers and fact-checkers are not authors (README, authors), not even
// on a page credited to the site alone (the site's name as its author, an
// Organization in the JSON-LD) that names the expert who reviewed it: the
// site is what the page credits. A page that credits a writer keeps the
// writer, and a reviewer alone, on a page that credits no one, is no author.
func TestReviewerIsNoAuthor(t *testing.T) {
	site := `<meta property="og:site_name" content="Acme Law">`
	org := `<script type="application/ld+json">{"@type":"Article","headline":"A story","author":{"@type":"Organization","name":"Acme Law"}}</script>`
	checkPages(t, []pageCase{
		{"an Organization that is the site", site + org, `<div class="meta">Reviewed by Jane Doe, Trial Attorney at Acme Law, on December 9, 2024.</div>`, "", "Acme Law"},
		{"medically reviewed", site + org, `<p>Medically reviewed by Dr. Jane Doe</p>`, "", "Acme Law"},
		{"fact checked", site + org, `<p>Fact checked by Jane Doe</p>`, "", "Acme Law"},
		{"a writer and a reviewer", site + org, `<p>By John Roe</p><p>Reviewed by Jane Doe</p>`, "", "John Roe"},
		{"a reviewer alone", site, `<p>Reviewed by Jane Doe</p>`, "", ""},
	})
}

// A credit inside quotation marks is quoted, not stated: an FAQ that asks
// why posts say “Posted by” a scheduling app names no author.
func TestQuotedByline(t *testing.T) {
	checkPages(t, []pageCase{
		{"a quoted credit by the headline", "", `<h5>Why do my posts say “Posted by Cloud Campaign”</h5>`, "", ""},
		{"a stated credit after a date", "", `<p>Updated January 8, 2026 Written by Meghan Neville</p>`, "", "Meghan Neville"},
		{"a credit after a quoted title", "", `<p>The "Budget" Written by Jane Doe</p>`, "", "Jane Doe"},
	})
	for s, want := range map[string]string{
		`Why do my posts say “Posted by Cloud Campaign”`:                  "",
		`When a post says "Posted by Cloud Campaign", only admins see it`: "",
		`Updated January 08, 2026 Written by Meghan Neville`:              "Meghan Neville",
		`Reading "Dune" Posted by Jane Doe`:                               "Jane Doe",
		`„Zitat“ Written by Jane Doe`:                                     "Jane Doe",
		`»Zitat« Written by Jane Doe`:                                     "Jane Doe",
		`Er schrieb „Posted by Jane Doe“`:                                 "",
	} {
		if got := strings.Join(splitAuthors(s), "; "); got != want {
			t.Errorf("splitAuthors(%q) = %q, want %q", s, got, want)
		}
	}
}
