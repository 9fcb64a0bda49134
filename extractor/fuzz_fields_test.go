package extractor

import (
	"fmt"
	"html"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// authorsPage is an article page with the fuzzed names in every place the
// author candidates come from: JSON-LD, <meta> (author, article:author,
// parsely, Dublin Core as a CURIE), the twitter:label1/data1 pair,
// citation_author, microdata, Drupal's RDFa byline (and an RDFa comment's
// creator, which is not one), a byline under the headline, an author-page
// link, and a Chinese credit in the body.
func authorsPage(ld, meta, byline string) []byte {
	esc := html.EscapeString
	js := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "<", `\u003c`, "\n", `\n`).Replace
	para := strings.Repeat("The council met on Tuesday to discuss the harbour plan and the ferry timetable for the winter. ", 4)
	return []byte(fmt.Sprintf(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour plan</title>
<meta name="author" content="%[2]s"><meta property="article:author" content="%[2]s"><meta name="parsely-author" content="%[2]s">
<meta property="dc:creator" content="%[2]s"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%[2]s">
<meta name="citation_author" content="%[2]s">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan","author":[{"@type":"Person","name":"%[1]s"},{"@type":"Organization","name":"%[1]s"}]}</script>
</head><body><article><h1>Harbour plan</h1>
<p class="byline">By %[3]s</p>
<div itemprop="author" itemscope><span itemprop="name">%[3]s</span></div>
<span property="dc:date dc:created" content="2024-03-05" rel="sioc:has_creator">Submitted by <a href="/users/x" property="foaf:name">%[3]s</a></span>
<p>%[4]s</p><p><a href="/author/%[3]s">%[3]s</a></p><p>%[4]s（记者 %[3]s）</p></article>
<div typeof="sioc:Post sioct:Comment"><span rel="sioc:has_creator"><a href="/users/y" property="foaf:name">%[2]s</a></span></div></body></html>`,
		js(ld), esc(meta), esc(byline), para))
}

// FuzzAuthors: whatever names the sources state, no panic, and the
// authors are a list of distinct names, each valid UTF-8 (the page is),
// trimmed and on one line.
func FuzzAuthors(f *testing.F) {
	for _, s := range [][3]string{
		{"Jane Doe", "Jane Doe", "Jane Doe and John Roe"},
		{"Harbour Gazette", "By JANE DOE, Staff Writer", "Jillian Kubala, MS, RD"},
		{"", "Tishby, Naftali", "Jane Doe Medically reviewed by Ann Lee, MD"},
		{"@janedoe", "https://facebook.com/janedoe", "Press Release"},
		{"王建宏", "作者：王建宏", "本报记者 葛灵丹 实习生 刘国栋"},
		{"Nov", "Photo by Getty Images", "Jane Doe | Senior Writer | July 2, 2025"},
		{"Jane\u00a0Doe\u200b", " Jane  Doe ", "Jane Doe, Jane Doe; Jane Doe"},
		{"janed", "Kaufman, Jeff T.", "Von Hans Müller mit Material von dpa/AFP"},
		{"mit dpa", "Smith, J. R.", "Jane Doe Harbour Staff"},
		{"Harbour Gazette", "Redazione: Mario Rossi", "Von dpa und Hans Müller"},
		{"AP", "By AP and Jane Doe", "Jane Doe and John Roe | May 6, 2024"},
	} {
		f.Add(s[0], s[1], s[2])
	}
	f.Fuzz(func(t *testing.T, ld, meta, byline string) {
		if !utf8.ValidString(ld + meta + byline) {
			return // the page is declared UTF-8: invalid bytes are another test's (FuzzExtract)
		}
		a, err := Extract(authorsPage(ld, meta, byline), "https://news.example/2024/03/05/harbour-plan", Options{})
		noInternalError(t, err, [3]string{ld, meta, byline})
		if err != nil {
			return
		}
		for i, n := range a.Authors {
			switch {
			case n == "" || n != strings.TrimSpace(n) || strings.ContainsAny(n, "\n\r\t"):
				t.Fatalf("Authors[%d] = %q: empty, untrimmed or on several lines (names %q %q %q)", i, n, ld, meta, byline)
			case !utf8.ValidString(n):
				t.Fatalf("Authors[%d] = %q: not UTF-8 (names %q %q %q)", i, n, ld, meta, byline)
			case slices.Contains(a.Authors[:i], n):
				t.Fatalf("Authors = %q: %q twice (names %q %q %q)", a.Authors, n, ld, meta, byline)
			}
		}
	})
}
