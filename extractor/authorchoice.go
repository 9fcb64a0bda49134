package extractor

import (
	"slices"
)

// resolveAuthors sets the article's authors: candidates from every source
// (authorcands.go), then a choice. No authors is an answer: a page whose
// candidates are all rejected names no one.
func resolveAuthors(m *pageMeta, r *resolved, vis visible) {
	if len(r.a.Authors) > 0 {
		return // a site selector named them
	}
	own := map[string]bool{simplify(r.a.SiteName): true, simplify(r.a.Section): true}
	delete(own, "")
	if c, ok := chooseAuthors(gatherAuthors(m, vis, r.a.Text), own); ok {
		r.a.Authors = c.names
		r.prov["authors"] = c.src
	}
}

// chooseAuthors picks the candidate that best names the article's authors.
// own holds the simplified names of the site and its section: "By Ashley
// Biancuzzo, PCWorld" names one author, and a candidate that names only the
// site is kept only when no other names anyone.
func chooseAuthors(cands []authorCand, own map[string]bool) (authorCand, bool) {
	var best, siteOnly authorCand
	found, hasSite := false, false
	slices.SortStableFunc(cands, func(a, b authorCand) int { return int(a.from) - int(b.from) })
	for _, c := range cands {
		names := slices.DeleteFunc(slices.Clone(c.names), func(n string) bool { return own[simplify(n)] })
		if len(names) == 0 {
			if !hasSite && looksLikeNames(c.names) {
				siteOnly, hasSite = c, true
			}
			continue
		}
		if !looksLikeNames(names) {
			continue
		}
		c.names = names
		best, found = c, true
		break
	}
	if found {
		return best, true
	}
	return siteOnly, hasSite
}
