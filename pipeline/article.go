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

// articleVerdict decides whether a fetched page is an article to emit, and
// if not, why. Pages are followed for links either way.
func articleVerdict(a extractor.Article, linkDensity float64, u *url.URL) (bool, string) {
	switch {
	case u.Scheme != "file" && isListingPath(u.Path):
		return false, "listing page"
	case a.WordCount < 80:
		return false, "too little text"
	case linkDensity > 0.35:
		return false, "mostly links"
	case a.WordCount >= 250, a.PublishedAt != "":
		return true, ""
	}
	return false, "no article signals"
}
