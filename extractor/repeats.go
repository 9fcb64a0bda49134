package extractor

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropRepeats removes from body a run of paragraphs that says again,
// word for word, the run just before it: a teaser that a paywall's hidden
// block repeats (paywall.go), a standfirst in the header that the CMS prints
// again as the body's first paragraph, a <template> copy of the story, a
// story that a tabbed or responsive template prints twice. Texts shorter
// than minPart are not counted, so a byline or a short caption between
// the copies does not hide the repeat. A paragraph said again further on,
// after other texts (a pull quote, a note that each section of a page
// repeats), is not a copy of a run and stays, and so does a run whose
// first copy does not start the body (maxCopyStart) or that is said three
// times in a row (saidThrice).
func dropRepeats(body *html.Node) {
	var parts []part
	walk(body, func(n *html.Node) bool {
		if len(parts) >= maxRepeatParas {
			return false
		}
		switch n.Type {
		case html.TextNode:
			// A text outside the paragraphs (a list item, a cell, a bare
			// text) counts as one when it is long enough to part two.
			if len(n.Data) >= minPart {
				if l := nonSpaceLen(n.Data); l >= minPart {
					parts = append(parts, part{n: n, hash: hashText(fnvOffset, n.Data), size: l})
				}
			}
			return false
		case html.ElementNode:
		default:
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Svg, atom.Pre, atom.Table:
			return false
		case atom.P:
			if h, l := hashTexts(n); l >= minPart {
				parts = append(parts, part{n: n, hash: h, size: l})
			}
			return false
		}
		return true
	})
	// Only a text of the first few (maxCopyStart) may open a copied run:
	// most bodies have none said again, and are done with after a few
	// compares of hashes per text.
	heads := parts[:min(len(parts), maxCopyStart+1)]
	for j := 1; j < len(parts); {
		i := lastCopy(parts, heads, j)
		if i < 0 || !repeatsRun(parts, i, j) || saidThrice(parts, i, j) {
			j++
			continue
		}
		// parts[j:j+d] says parts[i:j] again: it goes.
		d := j - i
		for k := j; k < j+d; k++ {
			removeCopy(parts[k].n)
		}
		j += d
	}
}

// A part is a paragraph or a bare text that dropRepeats counts: its node,
// a hash of its text without white space, and its size (nonSpaceLen).
type part struct {
	n    *html.Node
	hash uint64
	size int
}

// lastCopy returns the index of the last part before j whose hash is
// parts[j]'s, when it is one of heads (the first parts); else -1.
func lastCopy(parts, heads []part, j int) int {
	h, i := parts[j].hash, -1
	for k := range heads {
		if k < j && heads[k].hash == h {
			i = k
		}
	}
	if i < 0 {
		return -1
	}
	for k := len(heads); k < j; k++ {
		if parts[k].hash == h {
			return -1 // said again since
		}
	}
	return i
}

// FNV-1a, 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashText folds the bytes of s other than ASCII white space into h.
func hashText(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\n', '\t', '\r', '\f':
		default:
			h = (h ^ uint64(c)) * fnvPrime
		}
	}
	return h
}

// hashTexts hashes the texts below n (hashText) and counts their bytes
// other than white space, as textLen does.
func hashTexts(n *html.Node) (uint64, int) {
	h, l := uint64(fnvOffset), 0
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			h = hashText(h, c.Data)
			l += nonSpaceLen(c.Data)
		case html.ElementNode:
			if scriptLike(c.DataAtom) {
				return false
			}
		}
		return true
	})
	return h, l
}

// removeCopy removes n, a paragraph or a bare text of a copied run: a
// text goes with its element when it is all the element holds (a list
// item), and stays when it is part of one (a paragraph of links and
// texts, whose other parts may not be copies).
func removeCopy(n *html.Node) {
	if n.Type != html.TextNode {
		remove(n)
		return
	}
	if p := n.Parent; p != nil && p.FirstChild == n && p.LastChild == n {
		remove(p)
	}
}

// maxCopyStart is the last index, among the texts dropRepeats counts, at
// which the first copy of a repeated run may start: a story printed twice
// starts the body (its teaser, its standfirst, its first copy), while a
// run said again further down (two lines a page sets under each of its
// sections, a quoted passage) is the page's own.
const maxCopyStart = 3

// maxRepeatParas bounds the paragraphs dropRepeats compares.
const maxRepeatParas = 2000

// minPart is the least text, in bytes other than white space, of a
// paragraph or a bare text that dropRepeats counts: shorter ones ("View
// Webcam", a byline, a short caption) neither make a copy nor part two.
const minPart = 40

// repeatsRun reports whether parts[j:j+d] says parts[i:j] again, d = j-i,
// and holds a paragraph of prose length (minProse). The hashes are
// compared first; the texts, once they all agree.
func repeatsRun(parts []part, i, j int) bool {
	d := j - i
	if j+d > len(parts) {
		return false
	}
	long := false
	for k := range d {
		if parts[i+k].hash != parts[j+k].hash {
			return false
		}
		long = long || parts[i+k].size >= minProse
	}
	if !long {
		return false
	}
	for k := range d {
		if partText(parts[i+k].n) != partText(parts[j+k].n) {
			return false
		}
	}
	return true
}

// saidThrice reports whether the run parts[i:j], said again at j, is said
// a third time, right before i or right after its second copy: a
// paragraph a page says three times in a row is its own, whatever its
// reason (a refrain, a filler), not a story printed twice.
func saidThrice(parts []part, i, j int) bool {
	d := j - i
	return i-d >= 0 && repeatsRun(parts, i-d, i) || repeatsRun(parts, j, j+d)
}

// partText is the text of a part, folded as textOf folds it.
func partText(n *html.Node) string {
	if n.Type == html.TextNode {
		return normSpace(n.Data)
	}
	return textOf(n)
}
