package extractor

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inlineAuthor reads an author element that no block around it reads:
// a link the page classes as its author's (`<a class="author">Jane
// Doe</a>`, `<a class="username">`), wherever it points, or an invented
// `<author>` element, set among the article's blocks. A link by its
// address alone is read in scanVisible; here the class decides. Only by
// the headline, as a byline stands, or on a page without one: a
// username further down, or in a comment, a form or a teaser, is a
// member's, not the writer's.
func (s *scanner) inlineAuthor(n *html.Node) {
	v := s.v
	near := s.nearHeadline(metaLineWindow) || s.noHeadline
	if !near || v.has(fromAuthorElement) || !isAuthorElement(n) || textLenUpTo(n, 81) > 80 ||
		topicLink(n) || teaserItem(n) || pictureCredit(n) || hasAncestor(n, commentish) || hasAncestor(n, byTag(atom.Form)) {
		return
	}
	if names := firstLineNames(n, textOf(n)); looksLikeNames(names) {
		s.addAuthorElement(n, names, false)
	}
}
