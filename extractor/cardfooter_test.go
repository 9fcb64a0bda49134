package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// Teaser cards set as <article> elements, each closed by its own <footer>
// with a date, date themselves and not the page: a related-posts list or a
// "more stories" row below an undated article, a blog index whose page is
// the listing.
func TestCardFooterDates(t *testing.T) {
	// A short piece (a photo post, a stub) and a long one.
	for _, paras := range []int{1, 10} {
		cardFooterPages(t, paras)
	}
}

func cardFooterPages(t *testing.T, paras int) {
	var body strings.Builder
	for i := range paras {
		fmt.Fprintf(&body, "<p>Paragraph %d of the piece, long enough to be body text for the reader, and a little more of it.</p>", i)
	}
	notes := map[string][3]string{
		"en": {"Posted on April 7, 2012", "Posted on March 3, 2012", "Posted on February 2, 2012"},
		"de": {"Veröffentlicht am 7. April 2012", "Veröffentlicht am 3. März 2012", "Veröffentlicht am 2. Februar 2012"},
		"fr": {"Publié le 7 avril 2012", "Publié le 3 mars 2012", "Publié le 2 février 2012"},
	}
	cardsWP := func(n [3]string) string {
		s := `<section class="related-posts"><h2>Related</h2>`
		for i, d := range n {
			s += fmt.Sprintf(`<article class="post-%d post type-post"><h3 class="entry-title"><a href="/p%d">Another post number %d</a></h3><footer class="entry-meta">%s</footer></article>`, i, i, i, d)
		}
		return s + `</section>`
	}
	cardsNews := func(n [3]string) string {
		s := `<div class="more-stories"><h2>More stories</h2><div class="grid">`
		for i, d := range n {
			s += fmt.Sprintf(`<article class="card"><a href="/s%d"><img src="/i%d.jpg" alt=""></a><h3 class="card-title"><a href="/s%d">Story number %d in the row</a></h3><p class="card-teaser">A short teaser of the story.</p><footer class="card-meta">%s</footer></article>`, i, i, i, i, d)
		}
		return s + `</div></div>`
	}
	for lang, n := range notes {
		pages := map[string]string{
			"wordpress": `<html lang="` + lang + `"><head><title>A day by the sea | My blog</title></head><body><header><p class="site-title">My blog</p></header><main><article class="post type-post"><h1 class="entry-title">A day by the sea</h1><div class="entry-content">` +
				body.String() + `</div></article>` + cardsWP(n) + `</main><footer class="site-footer">My blog</footer></body></html>`,
			"news": `<html lang="` + lang + `"><head><title>Council votes on the harbour plan - City News</title></head><body><header><a href="/">City News</a></header><main><article class="story"><h1>Council votes on the harbour plan</h1><div class="story-body">` +
				body.String() + `</div></article>` + cardsNews(n) + `</main><footer>© City News</footer></body></html>`,
			"index": `<html lang="` + lang + `"><head><title>My blog</title></head><body><header><h1 class="site-title"><a href="/">My blog</a></h1><p>Notes on the sea</p></header><main>` +
				strings.Replace(strings.Replace(cardsWP(n), `<h2>Related</h2>`, ``, 1), `related-posts`, `posts`, 1) + `<nav class="pagination"><a href="/page/2">Older posts</a></nav></main></body></html>`,
		}
		for name, page := range pages {
			a := extractAt(t, page, "https://site.example/"+name, Options{})
			if p := published(a); p != "" {
				t.Errorf("%s %s, %d paragraphs: Extract.PublishedAt = %q, want none", lang, name, paras, p)
			}
		}
	}
}

// The page's own article keeps the date of its footer with cards below it,
// whether the headline stands in it or above it.
func TestCardFooterKeepsOwnDate(t *testing.T) {
	var body strings.Builder
	for i := range 3 {
		fmt.Fprintf(&body, "<p>Paragraph %d of the post, long enough to be body text for the reader, and a little more.</p><h2>Part %d</h2>", i, i)
	}
	cards := `<section class="more"><h2>More posts</h2>`
	for i, d := range []string{"April 7, 2012", "March 3, 2012", "February 2, 2012"} {
		cards += fmt.Sprintf(`<article class="post"><h3><a href="/p%d">Another post number %d</a></h3><footer class="entry-meta">Posted on %s</footer></article>`, i, i, d)
	}
	cards += `</section>`
	for name, page := range map[string]string{
		"headline in the article": `<html lang="en"><head><title>A day by the sea | My blog</title></head><body><main><article class="post"><h1 class="entry-title">A day by the sea</h1><div class="entry-content">` +
			body.String() + `</div><footer class="entry-meta">Posted on May 8, 2012 by Anna</footer></article>` + cards + `</main></body></html>`,
		"headline above the article": `<html lang="en"><head><title>A day by the sea | My blog</title></head><body><main><header class="page-header"><h1 class="entry-title">A day by the sea</h1></header><article class="post"><div class="entry-content">` +
			body.String() + `</div><footer class="entry-meta">Posted on May 8, 2012 by Anna</footer></article>` + cards + `</main></body></html>`,
		"cards beside the article": `<html lang="en"><head><title>A day by the sea | My blog</title></head><body><main><header class="page-header"><h1 class="entry-title">A day by the sea</h1></header><article class="post"><div class="entry-content">` +
			body.String() + `</div><footer class="entry-meta">Posted on May 8, 2012 by Anna</footer></article>` + strings.TrimSuffix(strings.TrimPrefix(cards, `<section class="more"><h2>More posts</h2>`), `</section>`) + `</main></body></html>`,
	} {
		a := extractAt(t, page, "https://blog.example/a-day-by-the-sea", Options{})
		if !hasDayPrefix(published(a), "2012-05-08") {
			t.Errorf("%s: Extract.PublishedAt = %q, want 2012-05-08", name, published(a))
		}
	}
}

// A category archive is a listing too: its cards open with their heading,
// under a category kicker or not, and their footers date them in a <time>
// or in text.
func TestCardFooterArchive(t *testing.T) {
	cards := func(kicker, timeEl bool) string {
		s := `<div class="posts">`
		for i, d := range []string{"2012-04-07", "2012-03-03", "2012-02-02"} {
			k := ""
			if kicker {
				k = `<span class="cat-links"><a href="/c">Travel</a></span>`
			}
			f := "Posted on " + d
			if timeEl {
				f = `Posted on <time class="entry-date" datetime="` + d + `T10:00:00+00:00">` + d + `</time>`
			}
			s += fmt.Sprintf(`<article class="post"><header class="entry-header">%s<h2 class="entry-title"><a href="/p%d">Another post number %d</a></h2></header><div class="entry-summary"><p>A short excerpt of the post.</p></div><footer class="entry-meta">%s</footer></article>`, k, i, i, f)
		}
		return s + `</div>`
	}
	for _, kicker := range []bool{false, true} {
		for _, timeEl := range []bool{false, true} {
			page := `<html lang="en"><head><title>Travel – My blog</title></head><body><header class="site-header"><p class="site-title"><a href="/">My blog</a></p></header><main><header class="page-header"><h1 class="page-title">Category: Travel</h1></header>` +
				cards(kicker, timeEl) + `</main></body></html>`
			a := extractAt(t, page, "https://blog.example/category/travel/", Options{})
			if p := published(a); p != "" {
				t.Errorf("kicker %v, <time> %v: Extract.PublishedAt = %q, want none", kicker, timeEl, p)
			}
		}
	}
}
