package pipeline

import (
	"net/url"
	"strings"

	"github.com/newsprint/newsprint/extractor"
)

// listingSegments are the path segments of pages that list articles rather
// than hold one: sections, tags, authors, archives, search, pagination,
// about and contact pages.
var listingSegments = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`tag tags topic topics category categories section sections author authors
		archive archives search page about about-us contact contact-us privacy terms login register subscribe`) {
		listingSegments[w] = true
	}
}

// isListingPath reports whether a URL path is the home page or has a
// listing segment, in any case, alone or before a dot ("/tags.php").
func isListingPath(p string) bool {
	if p == "" || p == "/" {
		return true
	}
	for seg := range strings.SplitSeq(p, "/") {
		if i := strings.IndexByte(seg, '.'); i >= 0 {
			seg = seg[:i]
		}
		if listingSegments[strings.ToLower(seg)] {
			return true
		}
	}
	return false
}

// Word counts of the article verdict: below minWords a page is not an
// article unless it declares itself one and has a date (a news brief, a
// paywalled story's first paragraph), and then it needs minBriefWords.
const (
	minWords      = 80
	minBriefWords = 30
)

// articleVerdict decides whether a fetched page is an article to emit, and
// if not, why. What the page declares itself in JSON-LD or og:type settles
// what its text leaves open: a dated article under a listing-like path
// (/sections/health/2024/03/...), a short dated news brief, or a category
// page long and dated enough to pass for an article.
func articleVerdict(p extractor.Page, u *url.URL) (bool, string) {
	a := p.Article
	// A page that states only when it was updated is dated all the same
	// (the extractor leaves its publication date empty).
	stamped := a.PublishedDate != "" || a.ModifiedDate != ""
	dated := p.Type == extractor.TypeArticle && stamped
	home := u.Path == "" || u.Path == "/"
	switch {
	case p.Type == extractor.TypeListing:
		return false, "declared listing"
	case u.Scheme != "file" && isListingPath(u.Path) && (home || !dated):
		return false, "listing page"
	case a.WordCount < minWords && (!dated || a.WordCount < minBriefWords):
		return false, "too little text"
	case p.LinkDensity > 0.35:
		return false, "mostly links"
	case a.WordCount >= 250, stamped:
		return true, ""
	}
	return false, "no article signals"
}
