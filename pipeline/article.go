package pipeline

import (
	"net/url"
	"regexp"

	"github.com/newsprint/newsprint/extractor"
)

// reListingPath matches paths of pages that list articles rather than hold
// one: sections, tags, authors, archives, search, pagination, about/contact.
var reListingPath = regexp.MustCompile(`(?i)(?:^|/)(?:tags?|topics?|category|categories|section|sections|author|authors|archives?|search|page|about(?:-us)?|contact(?:-us)?|privacy|terms|login|register|subscribe)(?:/|$|\.)|/page/\d+/?$|^/?$`)

// articleVerdict decides whether a fetched page is an article to emit, and
// if not, why. Pages are followed for links either way.
func articleVerdict(a extractor.Article, linkDensity float64, u *url.URL) (bool, string) {
	switch {
	case u.Scheme != "file" && reListingPath.MatchString(u.Path):
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
