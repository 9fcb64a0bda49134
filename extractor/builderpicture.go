package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// builderPicture reports whether n, a block named as a widget or module
// whose text is tl bytes long, is a page builder's picture block set
// between the text blocks of a post: it holds a picture (holdsPicture),
// its text is its <figcaption> at most (captionedPicture), and a block
// beside it, or beside a wrapper around it that holds no more text (up to
// maxRunLevels), is prose. Elementor ("elementor-widget-image"), HubSpot
// ("hs-image-widget" in a "dnd-module") and Wix ("wixui-image") name the
// picture between two text blocks as they name a sidebar's widget; it is
// the article's, as the text blocks are.
func builderPicture(n *html.Node, tl int) bool {
	pictured := holdsPicture(n)
	if tl > 0 {
		pictured = captionedPicture(n)
	}
	if !pictured {
		return false
	}
	x := n
	for range maxRunLevels {
		for _, s := range []*html.Node{prevElement(x), nextElement(x)} {
			if s != nil && isProse(s, textLen(s)) {
				return true
			}
		}
		if x.Parent == nil || textLenUpTo(x.Parent, maxRunAside+1) > maxRunAside {
			return false
		}
		x = x.Parent
	}
	return false
}

// holdsPicture reports whether n is or holds a picture (<img>, <picture>)
// that links nowhere but to its own file, as a lightbox does, and is no
// ad slot's: a picture linked to another page is a teaser's, an
// advertiser's or a menu's, and a slot's fallback picture sits beside its
// script.
func holdsPicture(n *html.Node) bool {
	if findFirst(n, byTag(atom.Img, atom.Picture)) == nil || findFirst(n, byTag(atom.Script, atom.Noscript, atom.Iframe)) != nil {
		return false
	}
	linked := func(a *html.Node) bool { return a.DataAtom == atom.A && !pictureFile(attr(a, "href")) }
	return findFirst(n, linked) == nil && !hasAncestor(n, linked)
}

// pictureFile reports whether the address href names a picture file by
// its extension.
func pictureFile(href string) bool {
	p := strings.ToLower(href)
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	for _, ext := range []string{".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg"} {
		if strings.HasSuffix(p, ext) {
			return true
		}
	}
	return false
}

// captionedPicture reports whether n holds a picture and, for text, only
// its <figcaption>, which is no credit line ("Foto: …"): a builder's image
// block with its caption ("<figure><img><figcaption>The depot in
// 1952</figcaption></figure>").
func captionedPicture(n *html.Node) bool {
	fc := findFirst(n, byTag(atom.Figcaption))
	return fc != nil && holdsPicture(n) && textLen(fc) == textLen(n) && !reCreditLabel.MatchString(strings.TrimSpace(textOf(fc)))
}

// captionBlock reports whether s, a builder's text block, is the caption
// of the picture block right before it: a line of text, no link in it,
// no credit line ("Foto: …"), after a block that holds a picture and no
// text. Wix sets a picture's
// caption so, as a rich-text element of its own under the image element
// ("wixui-image" then "wixui-rich-text"), as do builders whose image
// widget has no caption field.
func captionBlock(s *html.Node) bool {
	p := prevElement(s)
	tl := textLenUpTo(s, maxRunAside+1)
	return p != nil && tl > 0 && tl <= maxRunAside && textLen(p) == 0 && holdsPicture(p) && linkTextLen(s) == 0 && !reCreditLabel.MatchString(strings.TrimSpace(textOf(s)))
}
