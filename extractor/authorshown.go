package extractor

import (
	"slices"
	"strings"
)

// A CMS writes the account that posted an article into its JSON-LD and
// its <meta> author; the theme prints the writer the editor typed in:
// "By: Paul Fenaroli" on the page, "Luke Daigle" in the metadata and
// nowhere else. A name the page never shows does not beat a byline it
// does show.

// markUnshown marks the metadata candidates (structured data, <meta>
// tags) whose names the page's text and visible candidates never show,
// when a labelled byline by the headline (at h1Pos), or the signature
// that closes the text, names someone else: a magazine posts a writer's
// piece from its editor's account and prints her name under the last
// paragraph.
func markUnshown(cands []authorCand, text string, h1Pos int) {
	var bylines [][]string
	for _, c := range cands {
		if labelledByline(c, h1Pos) && looksLikeNames(c.names) || closingSignature(c) {
			bylines = append(bylines, c.names)
		}
	}
	if len(bylines) == 0 {
		return // most pages: nothing to weigh the metadata against
	}
	lower, lowered := "", false // the text lowered once a candidate needs it: most need not
	for i := range cands {
		c := &cands[i]
		if c.pos >= 0 || !fromMetadata(c.from) || len(c.names) == 0 ||
			!slices.ContainsFunc(bylines, func(b []string) bool { return !bearsName(b, c.names) }) {
			continue
		}
		if !lowered {
			lower, lowered = strings.ToLower(text), true
		}
		c.unshown = !slices.ContainsFunc(c.names, func(n string) bool { return nameShown(n, cands, lower) })
	}
}

// closingSignature reports whether c is the name that signs the text
// at its end (signedAuthors).
func closingSignature(c authorCand) bool {
	return c.from == fromBodyText && c.src == "signature"
}

// fromMetadata reports whether a source is the page's metadata: its
// structured data or its <meta> tags, which a CMS fills from the account
// that posted.
func fromMetadata(f authorFrom) bool {
	switch f {
	case fromJSONLD, fromJSONLDOrg, fromMicrodata, fromMeta, fromTwitterLabel, fromCitation, fromTwitterCreator:
		return true
	}
	return false
}

// bylineWindow is how many blocks below the headline the byline that
// outweighs unshown metadata may stand: further down, "Written by Jane
// Doe" is a related story's.
const bylineWindow = 15

// labelledByline reports whether c is a byline the page shows under a
// label ("By:", "Written by") or over its date by the headline (at
// h1Pos), naming people by their full names.
func labelledByline(c authorCand, h1Pos int) bool {
	return (c.from == fromByline && c.label != "" || c.dated) && c.pos >= 0 && h1Pos >= 0 && c.pos-h1Pos <= bylineWindow && len(c.names) > 0 &&
		!slices.ContainsFunc(c.names, func(n string) bool { return len(strings.Fields(bareName(n))) < 2 })
}

// nameShown reports whether the page shows n: in its text (lower, in
// lower case), or as a visible candidate that names the same person
// (sameBearer).
func nameShown(n string, cands []authorCand, lower string) bool {
	b := strings.ToLower(bareName(n))
	if b == "" || strings.Contains(lower, b) {
		return true
	}
	for _, c := range cands {
		if c.pos >= 0 && slices.ContainsFunc(c.names, func(v string) bool { return sameBearer(n, v) }) {
			return true
		}
	}
	return false
}

// sameBearer reports whether names a and b may be one person's: the words
// of one are all among the other's, with more between them ("Timothy
// H.J. Nerozzi"), before them ("Dr. Jane Doe") or after them ("Jack
// Beresford Senior Life").
func sameBearer(a, b string) bool {
	aw, bw := strings.Fields(strings.ToLower(bareName(a))), strings.Fields(strings.ToLower(bareName(b)))
	if len(aw) > len(bw) {
		aw, bw = bw, aw
	}
	return len(aw) > 0 && !slices.ContainsFunc(aw, func(w string) bool { return !slices.Contains(bw, w) })
}

// bearsName reports whether a name of a and one of b may be one person's.
func bearsName(a, b []string) bool {
	return slices.ContainsFunc(a, func(x string) bool { return slices.ContainsFunc(b, func(y string) bool { return sameBearer(x, y) }) })
}

// unshownCost weighs down an unshown candidate (markUnshown) below any
// shown one: the JSON-LD and the <meta> tags that copy it (100 + 10) fall
// below a newsroom's byline over its date (72 - 25).
func unshownCost(c authorCand) int {
	if c.unshown {
		return -100
	}
	return 0
}
