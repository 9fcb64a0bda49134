package extractor

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// handOver readies a cleaned tree for readability, which copies the whole
// document on every pass of grabArticle and counts the characters of the
// same texts many times over (link densities, conditional cleaning). It
// takes out of the head what readability reads nowhere and folds runs of
// white space in the body where none of its counts can tell: its body, and
// so ours, is the same, but for the paragraphs it would split at a blank
// line (splitBrParagraph). Everything of ours that reads the page runs
// before; only the body readability returns is read after.
func handOver(doc *html.Node) {
	root := childElement(doc, atom.Html)
	if root == nil {
		return
	}
	if head := childElement(root, atom.Head); head != nil {
		slimHead(head)
	}
	if body := childElement(root, atom.Body); body != nil {
		foldBodySpace(body)
	}
}

// childElement is n's first child element a: the document's <html>, its
// <head> and <body>, which are children, never deeper (findFirst would
// search a whole tree for a <head> that is not there).
func childElement(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}

// slimHead removes the head's links, <base>, comments, white space and the
// metas readability's metadata does not read. The metas it reads decide
// the title it compares headings with and whether it still looks for a
// byline, so a meta whose name or property could name a title, an author
// or a creator stays, as do <title> and whatever may hold text (<template>,
// <noscript>, <style>, <script>). Elements without text are never scored,
// never a byline and never a candidate's ancestor, so in grabArticle the
// removed ones only cost their copy and their visit on every pass.
func slimHead(head *html.Node) {
	keepSpace := false // a <template> in the head may make it a candidate
	for c := head.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Template {
			keepSpace = true
		}
	}
	for c := head.FirstChild; c != nil; {
		next := c.NextSibling
		drop := false
		switch c.Type {
		case html.CommentNode:
			drop = true // prepDocument removes every comment
		case html.TextNode:
			drop = !keepSpace && isSpaceOnly(c.Data)
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Link, atom.Base:
				drop = c.FirstChild == nil
			case atom.Meta:
				drop = c.FirstChild == nil && !metaForReadability(c)
			}
		}
		if drop {
			head.RemoveChild(c)
		}
		c = next
	}
}

// metaForReadability reports whether readability's metadata may read m:
// its title keys all hold "title", its byline keys "author" or "creator".
func metaForReadability(m *html.Node) bool {
	for _, a := range m.Attr {
		if a.Key != "name" && a.Key != "property" {
			continue
		}
		if !isASCII(a.Val) || hasFoldASCII(a.Val, "title") || hasFoldASCII(a.Val, "author") || hasFoldASCII(a.Val, "creator") {
			return true
		}
	}
	return false
}

// isSpaceOnly reports whether s is ASCII white space only (or empty).
func isSpaceOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !spaceByte[s[i]] {
			return false
		}
	}
	return true
}

// foldBodySpace replaces each run of ASCII white space in the body's texts
// by one byte, a newline when the run holds one and a space otherwise.
// Readability's character counts count a run of white space as one
// character and its normalised texts fold it; renderText makes the same
// lines and words of either. The texts whose raw length or raw content
// readability compares are left alone: inside a byline or share candidate
// (charCount of their raw text against 100 and 500), <h1> and <h2> (raw
// text against the title), <object> (its inner HTML), and whatever keeps
// its white space (<pre>, <textarea>) or is not text (<script>, <style>).
func foldBodySpace(body *html.Node) {
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			n.Data = foldSpaceRuns(n.Data)
		case html.ElementNode:
			if keepsRawText(n) {
				return false
			}
			if n.DataAtom == atom.P {
				splitBrParagraph(n)
			}
		}
		return true
	})
}

// splitBrParagraph splits a paragraph at each run of two or more <br>
// (white space between them) into sibling paragraphs: "<p>Lead line<br>
// <br>Text ...</p>" becomes "<p>Lead line</p><p>Text ...</p>". Readability
// makes the same paragraphs of it, but inside the old one, which it renames
// a <div> (replaceBrs); that <div> is then cleaned as a box of links would
// be, and a paragraph whose text quotes a linked source, under a linked
// lead line, was dropped whole from the body when a fifth of it was
// link text. Only a paragraph that linked is split: splitting the others
// moved readability's choice of the body on old pages written as one
// paragraph of lines, and one mostly links is a list readability rightly
// drops. Pieces of white space alone are left out.
func splitBrParagraph(p *html.Node) {
	var at *html.Node // the <br> that opens the first run
	filled := false   // whether the piece being made holds more than white space
	for c := p.FirstChild; c != nil && at == nil; c = c.NextSibling {
		if isElement(c, atom.Br) && brRunFrom(c) != nil {
			at = c
		} else if !blank(c) {
			filled = true
		}
	}
	if at == nil {
		return
	}
	// A renamed paragraph little linked stays in readability's body; one
	// mostly links is a list of links written as lines (a blogroll, feeds).
	if links, total := linkAndTextLen(p); links*5 <= total || links*2 >= total {
		return
	}
	cur := p
	for c := at; c != nil; {
		next := c.NextSibling
		var end *html.Node
		if isElement(c, atom.Br) {
			end = brRunFrom(c)
		}
		if end != nil {
			next = end.NextSibling
			for r := c; r != next; r = c {
				c = r.NextSibling
				p.RemoveChild(r)
			}
			if filled {
				piece := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
				cur.Parent.InsertBefore(piece, cur.NextSibling)
				cur, filled = piece, false
			}
		} else {
			if cur != p {
				p.RemoveChild(c)
				cur.AppendChild(c)
			}
			filled = filled || !blank(c)
		}
		c = next
	}
	if cur != p && !filled {
		cur.Parent.RemoveChild(cur)
	}
}

// blank reports whether n is a text of white space alone.
func blank(n *html.Node) bool {
	return n.Type == html.TextNode && isSpaceOnly(n.Data)
}

// brRunFrom is the last <br> of the run of two or more that br opens, only
// white space between them, or nil when br stands alone.
func brRunFrom(br *html.Node) *html.Node {
	var last *html.Node
	for c := br.NextSibling; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && isSpaceOnly(c.Data):
		case isElement(c, atom.Br):
			last = c
		default:
			return last
		}
	}
	return last
}

// keepsRawText reports whether the texts under n must keep their white
// space.
func keepsRawText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Pre, atom.Textarea, atom.Listing, atom.Plaintext, atom.Xmp,
		atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Code, atom.H1, atom.H2, atom.Object, atom.Title:
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id":
			// readability's byline and share patterns, as (?i) matches:
			// any value not ASCII is let be (ſ folds to s).
			if !isASCII(a.Val) || rawTextKeys.in(lowerASCII(a.Val)) {
				return true
			}
		case "rel", "itemprop":
			if hasFoldASCII(a.Val, "author") {
				return true
			}
		}
	}
	return false
}

var rawTextKeys = newKeySet("share", "byline", "author", "dateline", "writtenby")

// spaceByte is asciiSpace over all bytes.
var spaceByte = func() (t [256]bool) {
	copy(t[:], asciiSpace[:])
	return t
}()

// foldSpaceRuns is s with each run of two or more ASCII white space bytes
// replaced by a newline when it holds one, by a space otherwise.
func foldSpaceRuns(s string) string {
	i := 1
	for ; i < len(s); i++ {
		if spaceByte[s[i]] && spaceByte[s[i-1]] {
			break
		}
	}
	if i >= len(s) {
		return s
	}
	b := make([]byte, i-1, len(s))
	copy(b, s[:i-1])
	for j := i - 1; j < len(s); {
		if c := s[j]; !spaceByte[c] {
			b = append(b, c)
			j++
			continue
		}
		k, nl := j, byte(' ')
		for ; k < len(s) && spaceByte[s[k]]; k++ {
			if s[k] == '\n' {
				nl = '\n'
			}
		}
		if k-j == 1 {
			nl = s[j] // a single byte stays as it is
		}
		b = append(b, nl)
		j = k
	}
	return string(b)
}
