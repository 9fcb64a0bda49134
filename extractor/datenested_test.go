package extractor

import (
	"strings"
	"testing"
)

// nestedPara is a paragraph of the article's running text.
const nestedPara = `<p>The council voted on Tuesday to extend the bus lanes along the river road, after a year of trials that cut journey times at the busiest hours of the morning and the evening.</p>`

// nestedPage is an article dated 5 March 2024 by its <meta
// property="article:published_time">, with byline under its headline
// and extra inside its microdata item after its text.
func nestedPage(byline, extra string) string {
	return `<html><head><title>Bus lanes extended | The Courier</title>` +
		`<meta property="article:published_time" content="2024-03-05T09:00:00Z"></head><body>` +
		`<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Bus lanes extended</h1>` + byline +
		`<div itemprop="articleBody">` + strings.Repeat(nestedPara, 5) + `</div>` + extra + `</article></body></html>`
}

// A microdata date belongs to its nearest item: the datePublished of a
// card that links another story, nested in the page's item (a related
// post, a teaser in an aside, an ItemList's entry), is that story's, and
// does not side with the card's visible day against the page's own
// statement. (The WordPress card, an <article> with its heading, is
// already set aside by the visible scan's cards (datecards.go); it stays
// as a guard. The aside and ItemList cases fail without the rule.)
func TestDateNestedItemCards(t *testing.T) {
	wpCard := func(slug, day, shown string) string {
		return `<article class="post type-post hentry" itemscope itemtype="https://schema.org/BlogPosting"><h3 class="entry-title" itemprop="headline"><a href="/` + slug + `/" rel="bookmark">A related story on ` + slug + `</a></h3><div class="entry-meta"><time class="entry-date published" itemprop="datePublished" datetime="` + day + `T08:00:00+00:00">` + shown + `</time></div></article>`
	}
	asideCard := func(slug, day, shown string) string {
		return `<div class="card" itemscope itemtype="https://schema.org/NewsArticle"><h3 itemprop="headline"><a href="/news/` + slug + `">A related story on ` + slug + `</a></h3><time itemprop="datePublished" datetime="` + day + `T08:00:00Z">` + shown + `</time></div>`
	}
	listCard := func(pos, slug, day, shown string) string {
		return `<div itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><meta itemprop="position" content="` + pos + `"><div itemprop="item" itemscope itemtype="https://schema.org/Article"><a itemprop="url" href="https://courier.example/news/` + slug + `"><span itemprop="name">A related story on ` + slug + `</span></a> <time itemprop="datePublished" datetime="` + day + `">` + shown + `</time></div></div>`
	}
	cases := []struct{ name, extra string }{
		{"wordpress related posts", `<div class="related-posts"><h2>Related posts</h2>` +
			wpCard("parking-rules", "2023-11-02", "November 2, 2023") + wpCard("tram-plans", "2023-10-12", "October 12, 2023") + `</div>`},
		{"aside cards", `<aside class="more-stories"><h2>More stories</h2>` +
			asideCard("parking-rules", "2023-11-02", "2 November 2023") + asideCard("tram-plans", "2023-10-12", "12 October 2023") + `</aside>`},
		{"itemlist", `<section itemprop="relatedLink" itemscope itemtype="https://schema.org/ItemList"><h2>Read next</h2>` +
			listCard("1", "parking-rules", "2023-11-02", "2 November 2023") + listCard("2", "tram-plans", "2023-10-12", "12 October 2023") + `</section>`},
	}
	for _, c := range cases {
		a := extractAt(t, nestedPage("", c.extra), "https://courier.example/news/bus-lanes", Options{})
		if !strings.HasPrefix(published(a), "2024-03-05") {
			t.Errorf("%s: Extract.PublishedAt = %q (%s), want 2024-03-05", c.name, published(a), a.Provenance["published_date"])
		}
	}
	// The page's own <time itemprop="datePublished"> under its headline,
	// in its own item, still dates it, and a link in its item to the page
	// itself (itemprop="url") takes nothing away.
	own := `<p class="byline">By Jane Doe, <time itemprop="datePublished" datetime="2024-03-04T18:00:00Z">4 March 2024</time><a itemprop="url" href="https://courier.example/news/bus-lanes"></a></p>`
	a := extractAt(t, nestedPage(own, `<aside class="more-stories"><h2>More stories</h2>`+asideCard("parking-rules", "2023-11-02", "2 November 2023")+`</aside>`), "https://courier.example/news/bus-lanes", Options{})
	if !strings.HasPrefix(published(a), "2024-03-04") {
		t.Errorf("own microdata date: Extract.PublishedAt = %q (%s), want 2024-03-04", published(a), a.Provenance["published_date"])
	}
}

// The page's own item nested in its WebPage keeps its microdata date:
// its first heading is its unlinked headline (an author link in a later
// heading names no story), and a link to itself is read against the
// page's <base href>.
func TestDateNestedItemOwn(t *testing.T) {
	page := func(head, own string) string {
		card := `<div class="card" itemscope itemtype="https://schema.org/NewsArticle"><h3 itemprop="headline"><a href="/news/parking-rules">New parking rules for the centre</a></h3><time itemprop="datePublished" datetime="2023-11-02T08:00:00Z">2 November 2023</time></div>`
		return `<html><head><title>Bus lanes extended | The Courier</title>` + head + `</head><body itemscope itemtype="https://schema.org/WebPage">` +
			`<article itemprop="mainEntity" itemscope itemtype="https://schema.org/NewsArticle">` + own +
			`<div itemprop="articleBody">` + strings.Repeat(nestedPara, 5) + `</div></article>` +
			`<aside class="more-stories"><h2>More stories</h2>` + card + card + `</aside></body></html>`
	}
	cases := []struct{ name, head, own string }{
		{"author link in a heading", "", `<h1 itemprop="headline">Bus lanes extended</h1><h6>by <a href="/authors/jane-doe">Jane Doe</a></h6><span itemprop="datePublished" content="2024-03-04T10:00:00Z"></span>`},
		{"link to itself under <base>", `<base href="https://courier.example/">`, `<a itemprop="url" href="news/bus-lanes"></a><h1 itemprop="headline">Bus lanes extended</h1><span itemprop="datePublished" content="2024-03-04T10:00:00Z"></span>`},
	}
	for _, c := range cases {
		a := extractAt(t, page(c.head, c.own), "https://courier.example/news/bus-lanes", Options{})
		if !strings.HasPrefix(published(a), "2024-03-04") {
			t.Errorf("%s: Extract.PublishedAt = %q (%s), want 2024-03-04", c.name, published(a), a.Provenance["published_date"])
		}
	}
}

// A card with no item of its own inside the page's item: its <time
// itemprop="datePublished"> is the page item's by the markup, but the card
// heading links another story, so the day is the card's. The page's own
// date beside its headline, or under an author box whose heading links
// the author's page, stays the page's.
func TestDateUnscopedCards(t *testing.T) {
	card := func(slug, day, shown string) string {
		return `<div class="card"><h3><a href="/news/` + slug + `">A related story on ` + slug + `</a></h3><time itemprop="datePublished" datetime="` + day + `T08:00:00Z">` + shown + `</time></div>`
	}
	related := `<aside class="related"><h2>Related</h2>` + card("parking-rules", "2023-11-02", "2 November 2023") + card("tram-plans", "2023-10-12", "12 October 2023") + `</aside>`
	a := extractAt(t, nestedPage("", related), "https://courier.example/news/bus-lanes", Options{})
	if !strings.HasPrefix(published(a), "2024-03-05") {
		t.Errorf("cards: Extract.PublishedAt = %q (%s), want 2024-03-05", published(a), a.Provenance["published_date"])
	}
	// The page's own dates: no <meta>, a microdata date by the headline.
	page := func(head string) string {
		return `<html><head><title>Bus lanes extended | The Courier</title></head><body>` +
			`<article itemscope itemtype="https://schema.org/NewsArticle">` + head +
			`<div itemprop="articleBody">` + strings.Repeat(nestedPara, 5) + `</div>` + related + `</article></body></html>`
	}
	own := `<span itemprop="datePublished" content="2024-03-04T10:00:00Z"></span>`
	// The headline may link the page's address elsewhere (an AMP copy's
	// headline links the article).
	for _, c := range []struct{ name, head string }{
		{"header", `<header><h1 itemprop="headline"><a href="https://courier.example/news/bus-lanes">Bus lanes extended</a></h1><div class="meta">` + own + `</div></header>`},
		{"author box", `<h1 itemprop="headline">Bus lanes extended</h1><div class="info"><div class="author-box"><a href="/author/jane-doe/"><h4>Jane Doe</h4></a></div><div class="post-info">` + own + `</div></div>`},
	} {
		a := extractAt(t, page(c.head), "https://courier.example/amp/news/bus-lanes", Options{})
		if !strings.HasPrefix(published(a), "2024-03-04") {
			t.Errorf("%s: Extract.PublishedAt = %q (%s), want 2024-03-04", c.name, published(a), a.Provenance["published_date"])
		}
	}
}
