package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// quotePage is an article whose headline is followed by a quotation, a
// pull quote, an embedded post or a testimonial, in a <blockquote>, then
// the story, then the page's own footer (foot).
func quotePage(quote, foot string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>A story</title></head><body><article><h1>A story</h1>` + quote)
	for i := range 40 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the story, long enough to be body text for the reader.</p>", i)
	}
	b.WriteString(foot + `</article></body></html>`)
	return b.String()
}

// A quotation's credit and date are the quoted words': the person a pull
// quote or a testimonial credits wrote no word of the article, and the
// day an embedded post was written is not the article's.
func TestQuotationCredits(t *testing.T) {
	cases := []struct {
		name, quote, foot, authors, day string
	}{
		{"en: a pull quote's credit in an author element", `<blockquote class="pullquote"><p>“Words matter more than ever.”</p><span class="author">John Roe</span></blockquote>`, "", "", ""},
		{"en: a testimonial's author, the byline below", `<blockquote class="testimonial"><p>“The best service in town.”</p><cite class="author-name">Mary Major</cite></blockquote>`, `<footer><p class="byline">By Jane Doe</p></footer>`, "Jane Doe", ""},
		{"de: ein Zitat mit Autor", `<blockquote><p>„Wir schaffen das.“</p><footer class="autor">Angela Roe</footer></blockquote>`, "", "", ""},
		{"en: an embedded post's date above the footer's", `<blockquote class="twitter-tweet"><p lang="en">What a night!</p>— Jane Roe (@janeroe) <a href="https://x.example/janeroe/status/1">November 6, 2012</a></blockquote>`, `<footer><span>05 Mar 2013</span> / <a href="/about">About</a></footer>`, "", "2013-03-05"},
		{"en: an embedded post's date, the story's at its end", `<blockquote class="twitter-tweet"><p lang="en">What a night!</p>— Jane Roe (@janeroe) <a href="https://x.example/janeroe/status/1">November 6, 2012</a></blockquote>`, `<div class="post-meta">March 5, 2013</div>`, "", "2013-03-05"},
		{"de: the date of a quoted post, the story's below", `<blockquote><p>Was für ein Abend!</p>— Jana Roe, 6. November 2012</blockquote>`, `<div class="datum">05.03.2013</div>`, "", "2013-03-05"},
		{"fr: the date of a quoted post", `<blockquote class="embed"><p>Quelle soirée !</p>— Jeanne Roe, 6 novembre 2012</blockquote>`, `<footer><p>Publié le 5 mars 2013</p></footer>`, "", "2013-03-05"},
		{"es: the date of a quoted post", `<blockquote><p>¡Qué noche!</p>— Juana Roe, 6 de noviembre de 2012</blockquote>`, `<footer><p>Publicado el 5 de marzo de 2013</p></footer>`, "", "2013-03-05"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, quotePage(c.quote, c.foot))
			if got := strings.Join(a.Authors, "; "); got != c.authors {
				t.Errorf("Extract(%s).Authors = %q, want %q", c.name, got, c.authors)
			}
			if a.PublishedDate != c.day {
				t.Errorf("Extract(%s).PublishedDate = %q, want %q", c.name, a.PublishedDate, c.day)
			}
		})
	}
}
