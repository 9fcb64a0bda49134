package extractor

import (
	"bytes"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// React's streaming server rendering (Next.js's App Router among others)
// sends a page's shell first, with a placeholder where a part is still
// loading:
//
//	<!--$?--><template id="B:0"></template>…fallback…<!--/$-->
//
// and that part later in the same response, hidden at the end of the body:
//
//	<div hidden id="S:0">…the article…</div><script>$RC("B:0","S:0")</script>
//
// The script moves the part into place. Without scripts, the article is a
// hidden block, which readability and our cleaning rightly drop.
// revealStreamed does what the script does.

// streamedMarker is in every page that streams a part this way.
var streamedMarker = []byte(`<div hidden id="S:`)

// reStreamedCall is a call of React's inline scripts that moves segment S:n
// into boundary B:m ($RC) or placeholder P:m ($RS).
var reStreamedCall = regexp.MustCompile(`\$RC\("(B:\w+)","(S:\w+)"|\$RS\("(S:\w+)","(P:\w+)"`)

// revealStreamed moves each streamed part of doc into its placeholder,
// replacing the fallback shown while it loaded. A part whose placeholder
// is not found is unhidden where it is.
func revealStreamed(doc *html.Node) {
	targets := map[string]*html.Node{} // "B:0", "P:1" -> <template>
	var segments []*html.Node
	pairs := map[string]string{} // segment id -> placeholder id, from the scripts
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		id := attr(n, "id")
		switch {
		case n.DataAtom == atom.Template && (strings.HasPrefix(id, "B:") || strings.HasPrefix(id, "P:")):
			targets[id] = n
		case n.DataAtom == atom.Div && strings.HasPrefix(id, "S:") && hasAttr(n, "hidden"):
			segments = append(segments, n)
		case n.DataAtom == atom.Script && n.FirstChild != nil && strings.Contains(n.FirstChild.Data, "$R"):
			for _, m := range reStreamedCall.FindAllStringSubmatch(n.FirstChild.Data, -1) {
				if m[1] != "" {
					pairs[m[2]] = m[1]
				} else {
					pairs[m[3]] = m[4]
				}
			}
			return false
		}
		return true
	})
	for _, s := range segments {
		id := attr(s, "id")
		t := targets[pairs[id]]
		if t == nil {
			// No script says: a segment fills the placeholder or boundary
			// of its own number.
			n := strings.TrimPrefix(id, "S:")
			if t = targets["P:"+n]; t == nil {
				t = targets["B:"+n]
			}
		}
		if t == nil || t.Parent == nil || hasAncestor(t, func(a *html.Node) bool { return a == s }) {
			removeAttr(s, "hidden")
			continue
		}
		if strings.HasPrefix(attr(t, "id"), "B:") {
			dropFallback(t)
		}
		for c := s.FirstChild; c != nil; c = s.FirstChild {
			s.RemoveChild(c)
			t.Parent.InsertBefore(c, t)
		}
		remove(t)
		remove(s)
	}
}

// dropFallback removes what a boundary shows while its part loads: the
// nodes after its placeholder up to the comment that closes the boundary,
// when there is one.
func dropFallback(t *html.Node) {
	depth := 0
	var end *html.Node
	for n := t.NextSibling; n != nil && end == nil; n = n.NextSibling {
		if n.Type != html.CommentNode {
			continue
		}
		switch {
		case n.Data == "/$":
			if depth == 0 {
				end = n
			}
			depth--
		case strings.HasPrefix(n.Data, "$"):
			depth++ // a nested boundary: "$", "$?" or "$!"
		}
	}
	if end == nil {
		return
	}
	for n := t.NextSibling; n != end; n = t.NextSibling {
		t.Parent.RemoveChild(n)
	}
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func removeAttr(n *html.Node, key string) {
	for i, a := range n.Attr {
		if a.Key == key {
			n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			return
		}
	}
}

// streams reports whether a page may hold streamed parts: whether it holds
// streamedMarker. The marker is looked for by its end, "S:", which few
// places of a page hold: bytes.Contains looks for its first byte, '<',
// which opens every tag (0.4 % of Extract's instructions, on every page).
func streams(page []byte) bool {
	for i := 0; ; {
		j := bytes.Index(page[i:], streamedEnd)
		if j < 0 {
			return false
		}
		end := i + j + len(streamedEnd)
		if bytes.HasSuffix(page[:end], streamedMarker) {
			return true
		}
		i = end
	}
}

// streamedEnd is the end of streamedMarker.
var streamedEnd = streamedMarker[len(streamedMarker)-2:]
