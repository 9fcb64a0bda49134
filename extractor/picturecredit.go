package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxBareCredit is the longest text bareCredit reads: a photographer's
// name and two agencies ("Phelan M. Ebenhack/AFP via Getty Images").
const maxBareCredit = 80

// bareCredit reports whether t, a block's text, is a picture's credit and
// nothing else: a picture agency's or stock library's name (pictureAgencies),
// alone or with a photographer's name or another agency after "/" or "via"
// ("Reuters", "(Jane Roe/Associated Press)", "Getty Images/iStockphoto",
// "Jane Roe/AFP via Getty Images"), in brackets or after "©" or not. A
// sentence that names an agency is not one: every other part is a name of
// a few words.
func bareCredit(t string) bool {
	if len(t) > maxBareCredit {
		return false
	}
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(t, "(")
	t = strings.TrimSuffix(t, ")")
	t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), "©"))
	agency := false
	for _, part := range strings.Split(t, "/") {
		for _, name := range strings.Split(part, " via ") {
			name = strings.TrimSpace(name)
			switch {
			case pictureAgencies[strings.ToLower(name)]:
				agency = true
			case name == "" || len(strings.Fields(name)) > 4 || strings.ContainsAny(name, ",;:!?\"“”0123456789"):
				return false
			}
		}
	}
	return agency
}

// bareCreditName is whom t, a bare credit (bareCredit), names: its text
// without the brackets or the copyright sign around it ("(Jane Roe/AP)",
// "© Reuters").
func bareCreditName(t string) string {
	t = strings.TrimSpace(t)
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(t, "("), ")"))
	return strings.TrimSpace(strings.TrimPrefix(t, "©"))
}

// pictureAgencies are the names, in lower case, under which news and stock
// pictures are credited: wire services of many countries and the libraries
// that sell pictures.
var pictureAgencies = map[string]bool{
	"ap": true, "ap photo": true, "associated press": true, "the associated press": true,
	"afp": true, "agence france-presse": true, "reuters": true, "epa": true, "epa-efe": true,
	"european pressphoto agency": true, "efe": true, "europa press": true, "dpa": true,
	"picture alliance": true, "picture-alliance": true, "ansa": true, "anp": true, "belga": true,
	"keystone": true, "apa": true, "tass": true, "тасс": true, "риа новости": true, "xinhua": true,
	"kyodo": true, "yonhap": true, "anadolu": true, "pa": true, "pa wire": true, "pa media": true,
	"press association": true, "getty": true, "getty images": true, "gettyimages": true,
	"shutterstock": true, "istock": true, "istockphoto": true, "alamy": true, "imago": true,
	"corbis": true, "sipa": true, "abaca": true, "rex features": true,
}

// pictureBeside returns the picture n, a credit's element under root,
// stands by, nil when it stands by none: the figure it is in (or its
// image), unless it is in a quotation there; or an image among its own or
// its parents' two earlier siblings, three levels up at most. A figure
// whose picture readability dropped (a placeholder that loads it late) is
// returned itself.
func pictureBeside(n, root *html.Node) *html.Node {
	isPicture := byTag(atom.Img, atom.Picture)
	for a, depth := n, 0; a != nil && a != root && depth < 4; a, depth = a.Parent, depth+1 {
		switch a.DataAtom {
		case atom.Figure:
			if img := findFirst(a, isPicture); img != nil {
				return img
			}
			return a
		case atom.Blockquote:
			return nil
		}
		seen := 0
		for s := a.PrevSibling; s != nil && seen < 2; s = s.PrevSibling {
			if s.Type != html.ElementNode {
				continue
			}
			seen++
			if isPicture(s) {
				return s
			}
			if img := findFirst(s, isPicture); img != nil {
				return img
			}
		}
	}
	return nil
}

// dropPictureCredits removes from root, a body whose images are listed
// (collectImages has read their captions and credits), what is left of a
// picture's credit that is an agency's name alone: a figure's copyright
// overlay ("Getty Images"), a caption block that is only its credit
// ("(Jane Roe/Associated Press)"), a caption's credit element after its
// words ("<span>AP</span>"). The credit goes to the picture's entry in
// images when that has none.
func dropPictureCredits(root *html.Node, images []Image) {
	if len(images) == 0 && findFirst(root, byTag(atom.Figure)) == nil {
		return
	}
	var found []*html.Node // a credit, then its picture, in turn
	walk(root, func(n *html.Node) bool {
		if isElement(n, atom.Script, atom.Style, atom.Pre, atom.Table, atom.Figcaption, atom.Img) {
			return false
		}
		if !isElement(n, atom.P, atom.Div, atom.Span, atom.Cite) || findFirst(n, func(c *html.Node) bool {
			return c != n && c.Type == html.ElementNode && (isBlockTag(c.DataAtom) || c.DataAtom == atom.Img)
		}) != nil {
			return true // read its blocks one by one
		}
		if c := creditOf(n, textOfUpTo(n, maxCaptionLine)); c != nil {
			if pic := pictureBeside(c, root); pic != nil {
				found = append(found, c, pic)
			}
		}
		return false
	})
	for i := 0; i+1 < len(found); i += 2 {
		noteCredit(images, found[i+1], found[i])
		remove(found[i])
	}
}

// noteCredit sets the credit of the entry of images whose picture is pic
// (or in it) to the text of c, a bare credit, when the entry has none.
func noteCredit(images []Image, pic, c *html.Node) {
	img := pic
	if img.DataAtom != atom.Img {
		if img = findFirst(pic, byTag(atom.Img)); img == nil {
			return
		}
	}
	src := attr(img, "src")
	for i := range images {
		if images[i].URL == src {
			if images[i].Credit == "" {
				images[i].Credit = bareCreditName(textOf(c))
			}
			return
		}
	}
}

// creditOf returns n, a block without blocks whose text is t, when t is a
// picture's credit alone (bareCredit), or the element that ends n when it
// is (trailingCredit); nil otherwise.
func creditOf(n *html.Node, t string) *html.Node {
	if len(t) <= maxBareCredit && bareCredit(t) {
		return n
	}
	if len(t) <= maxCaptionLine {
		return trailingCredit(n)
	}
	return nil
}

// trailingCredit returns the element that ends n, a block of a caption's
// words, when its text is a credit (bareCredit) set after the caption's
// own element ("<span>Workers on the bridge.</span> <span>AP</span>"),
// nil otherwise. Readability has dropped the classes that named them; an
// agency's name that words run into, or a link, is part of a sentence.
func trailingCredit(n *html.Node) *html.Node {
	for c := lastElementChild(n); c != nil && c.DataAtom != atom.A; c = lastElementChild(c) {
		p := neighbour(c, prevSibling)
		if p == nil {
			continue // c is all there is: its last element may be the credit
		}
		if p.Type == html.ElementNode && bareCredit(textOfUpTo(c, maxBareCredit)) {
			return c
		}
		return nil
	}
	return nil
}
