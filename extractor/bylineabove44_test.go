package extractor

import (
	"strings"
	"testing"
)

// bylineAbovePage is a WordPress page without JSON-LD or an author meta:
// a site header and menu, then mid (what the theme sets over and under
// the headline), the story, a footer. The headline's place is marked
// HEADLINE in mid.
func bylineAbovePage(mid string) string {
	h1 := `<h1 class="entry-title">` + cmsProbeTitle + `</h1>`
	return `<!DOCTYPE html><html lang="en-US">` + yoastHead(cmsProbeTitle, "", false) + `<body class="single single-post"><div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Riverside Courier</a></p></div>` + cmsProbeNav + `</header>
<div id="content" class="site-content"><main id="main" class="site-main">` + strings.Replace(mid, "HEADLINE", h1, 1) + `</main></div>` + cmsProbeFooter + `</div></body></html>`
}

// bylineAboveArticle wraps a theme's entry header in its article, the
// story after it.
func bylineAboveArticle(header string) string {
	return `<article class="post type-post hentry">` + header + `<div class="entry-content">` + cmsProbeParas("<p>", "</p>") + `</div>` + cmsProbeShare + `</article>` + cmsProbeRelated
}

// Themes that print the byline over the headline: kicker, byline and date,
// then the title; a "By" line alone; another language's "by".
func TestBylineAboveHeadline(t *testing.T) {
	const u = "https://courier.example/market-rebuild/"
	cases := []pageAuthors{
		{"kicker, byline, date over the headline", bylineAbovePage(bylineAboveArticle(`<header class="entry-header"><div class="kicker"><a href="/category/city/">City</a></div><div class="byline">By <a href="/author/jane-doe/">Jane Doe</a></div><div class="entry-date">March 3, 2024</div>HEADLINE</header>`)), "Jane Doe"},
		{"kicker, byline, date, no author link", bylineAbovePage(bylineAboveArticle(`<header class="entry-header"><div class="kicker"><a href="/category/city/">City</a></div><div class="byline">By Jane Doe</div><div class="entry-date">March 3, 2024</div>HEADLINE</header>`)), "Jane Doe"},
		{"a post-author line over the title", bylineAbovePage(bylineAboveArticle(`<header class="entry-header"><p class="post-author">By Jane Doe</p>HEADLINE</header>`)), "Jane Doe"},
		{"two writers in a meta row", bylineAbovePage(bylineAboveArticle(`<div class="post-header"><div class="post-meta-top"><span class="byline">By <a href="/author/jane-doe/">Jane Doe</a> and <a href="/author/john-roe/">John Roe</a></span></div><div class="post-title-wrap">HEADLINE</div></div>`)), "Jane Doe; John Roe"},
		{"written by, a line of its own", bylineAbovePage(bylineAboveArticle(`<header class="entry-header"><div class="cat-links"><a href="/category/city/">City</a></div><p class="author-line">Written by Jane Doe</p>HEADLINE</header>`)), "Jane Doe"},
		{"German: a labelled author", strings.Replace(bylineAbovePage(bylineAboveArticle(`<header class="entry-header"><p class="meta-top">Autor: Hans Müller</p>HEADLINE</header>`)), `lang="en-US"`, `lang="de-DE"`, 1), "Hans Müller"},
		// A byline under the headline is still the one read.
		{"a byline under the headline wins", bylineAbovePage(bylineAboveArticle(`<header class="entry-header"><p class="post-author">By John Roe</p>HEADLINE<p class="byline">By Jane Doe</p></header>`)), "Jane Doe"},
	}
	checkPageAuthors(t, u, cases)
}

// A "By" line over the headline that is not the article's: the site's
// masthead, a teaser card of another story, a sidebar's "Written by", a
// menu. None names the writer.
func TestBylineAboveHeadlineGuards(t *testing.T) {
	const u = "https://courier.example/market-rebuild/"
	cases := []struct{ name, page string }{
		{"a masthead's tagline", bylineAbovePage(`<header><p class="tagline">By Riverside Press Club</p></header>` + bylineAboveArticle(`<header class="entry-header">HEADLINE</header>`))},
		{"a teaser card over the article", bylineAbovePage(`<div class="top-stories"><div class="story-card"><h3 class="card-title"><a href="/bridge-reopens/">Bridge reopens after two years of repairs</a></h3><p class="byline">By John Roe</p></div></div>` + bylineAboveArticle(`<header class="entry-header">HEADLINE</header>`))},
		{"a teaser card's byline without a heading", bylineAbovePage(`<div class="strip"><div class="item"><a class="item-link" href="/bridge-reopens/">Bridge reopens after two years of repairs</a><div class="byline">By John Roe</div></div></div>` + bylineAboveArticle(`<header class="entry-header">HEADLINE</header>`))},
		{"a written by in the left column", bylineAbovePage(`<div class="layout"><div class="col-left"><p>Written by Ann Lee</p></div><div class="col-main">` + bylineAboveArticle(`<header class="entry-header">HEADLINE</header>`) + `</div></div>`)},
		{"a by line in a list of links", bylineAbovePage(`<div class="bar"><ul class="links"><li><a href="/">Home</a></li><li>By Riverside Staff</li></ul></div>` + bylineAboveArticle(`<header class="entry-header">HEADLINE</header>`))},
	}
	for _, c := range cases {
		a, err := Extract([]byte(c.page), u, Options{})
		if err != nil {
			t.Errorf("Extract(%s): %v", c.name, err)
			continue
		}
		if len(a.Authors) != 0 {
			t.Errorf("Extract(%s).Authors = %q, want none", c.name, a.Authors)
		}
	}
}
