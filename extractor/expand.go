package extractor

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An article cut short behind a "Read more" expander is in the HTML whole:
// the rest is hidden by CSS (display: none), the hidden attribute or
// aria-hidden until a button with aria-expanded="false" shows it. Readers
// see it after a click; it is the body's. revealExpanders makes such hidden
// parts visible before readability, which drops hidden
// elements: the targets of expander controls (aria-controls, a collapse
// toggle's data-target or data-bs-target, a "#id" link with aria-expanded),
// hidden elements whose class says they are the collapsed rest
// ("collapsed", "expandable", "more-text", "truncated"), and those right
// after a control's label ("Read more", "展开全文"). Only prose is
// revealed: a hidden menu, form or list of links stays hidden.

// expanderWords are the class and id words of the collapsed part of an
// expander.
var expanderWords = classSetOf("collapse", "collapsed", "collapsible", "expand", "expandable", "expander",
	"more", "moretext", "morecontent", "readmore", "truncate", "truncated", "fulltext", "rest")

// expanders gathers, during the furniture walk, the ids that expander
// controls show, and the hidden elements to judge once the walk is done.
type expanders struct {
	targets  map[string]bool
	hidden   []*html.Node  // hidden furniture
	long     []*html.Node  // aria-hidden, too long to be furniture
	labelled []*html.Node  // hidden furniture right after an expander's label
	classed  []classHidden // hidden by a class readability reads as furniture
}

// classHidden is an element hidden by its class, and whether an
// expander's label stands by it.
type classHidden struct {
	n        *html.Node
	labelled bool
}

// hide records n, a hidden furniture element, to be judged once the walk
// is done, and whether an expander's label stands just before or after it: that
// control may be a script's link with no attribute that names its target
// ("<a href="javascript:;">展开全文</a>"), and the furniture walk removes
// it before the hidden elements are judged.
func (e *expanders) hide(n *html.Node) {
	e.hidden = append(e.hidden, n)
	if textLenUpTo(n, minProse) >= minProse && (afterExpanderLabel(n) || beforeExpanderLabel(n)) { // too short to be prose: revealed would refuse it
		e.labelled = append(e.labelled, n)
	}
}

// afterExpanderLabel reports whether the element just before n says, and
// only says, that a click shows the rest: an expander's label. The label
// may close the box before n, the story's visible opening, up to two
// boxes down ("<div class=chapo><p>…</p><button>Lire la suite</button>
// </div><div hidden>…").
func afterExpanderLabel(n *html.Node) bool {
	p := prevElement(n)
	for range 3 {
		if p == nil {
			return false
		}
		if isExpanderLabel(p) {
			return true
		}
		p = lastElementChild(p)
	}
	return false
}

// beforeExpanderLabel reports whether the element just after n is an
// expander's label: themes set the hidden rest of a post first and the
// "Read more" link that shows it under it ("<div style="display:none">…
// </div><p><a>Read more</a></p>"). When the rest closes the story's
// box, the label is the element after the box ("<div class="article">…
// <div style="display:none">…</div></div><div class="unfold"><span>展开全文
// </span></div>"), up to two boxes up.
func beforeExpanderLabel(n *html.Node) bool {
	for range 3 {
		if next := nextElement(n); next != nil {
			return isExpanderLabel(next)
		}
		if n = n.Parent; n == nil || n.Type != html.ElementNode || n.DataAtom == atom.Body {
			return false
		}
	}
	return false
}

// Templates also hide the rest with a class their CSS sets to display:
// none, Bootstrap's "d-none", or "hidden" and "hid" (Tailwind, site CSS),
// which readability reads as furniture ("(^| )(hid|hidden|d-none)( |$)")
// and drops. When such an element is the rest behind an expander, the
// class goes; elsewhere nothing changes.

// hidingClass reports whether class holds a word that readability takes
// for hidden furniture: "hidden", "hid" or "d-none", whole.
func hidingClass(class string) bool {
	if !strings.Contains(class, "hid") && !strings.Contains(class, "d-none") {
		return false
	}
	for _, w := range strings.Fields(class) {
		if w == "hidden" || w == "hid" || w == "d-none" {
			return true
		}
	}
	return false
}

// hideByClass records n, an element whose class hides it, to be judged
// once the walk is done: it stays hidden unless it is the target of an
// expander control or an expander's label stands by it. The label is
// looked for now: the walk removes the controls once it is done.
func (e *expanders) hideByClass(n *html.Node) {
	if !hidingClass(attr(n, "class")) {
		return
	}
	if labelled := afterExpanderLabel(n) || beforeExpanderLabel(n); labelled || attr(n, "id") != "" {
		e.classed = append(e.classed, classHidden{n, labelled})
	}
}

// revealClassed reveals the elements hidden by class that are the rest
// behind an expander.
func (e *expanders) revealClassed() {
	for _, c := range e.classed {
		n := c.n
		if n.Parent == nil || !c.labelled && !e.targets[attr(n, "id")] {
			continue
		}
		if tl := textLenUpTo(n, minProse); tl < minProse || !isProse(n, textLen(n)) {
			continue
		}
		reveal(n)
	}
}

// A script may also stamp the rest out of a <template> on the click
// ("<button>Read more</button><template>…</template>"): parsed, it is in
// the tree, but no reader of the page reads a template's content.

// revealTemplate makes the <template> n a <div> when it is the rest of the
// story behind an expander: its label stands by it, it is prose, and it
// goes on from the story's paragraphs before it. The text counts skip a
// template's content: n is read as a <div>, and stays one if it is.
func revealTemplate(n *html.Node) {
	if !afterExpanderLabel(n) && !beforeExpanderLabel(n) {
		return
	}
	n.DataAtom, n.Data = atom.Div, "div"
	if textLenUpTo(n, minProse) < minProse || !storyParagraphs(n, 1) || !teaserBefore(n) {
		n.DataAtom, n.Data = atom.Template, "template"
	}
}

// note records the ids that n, if it is an expander control, shows.
func (e *expanders) note(n *html.Node) {
	var expanded, controls, target, toggle, href string
	for _, a := range n.Attr {
		switch a.Key {
		case "aria-expanded":
			expanded = a.Val
		case "aria-controls":
			controls = a.Val
		case "data-target", "data-bs-target":
			target = a.Val
		case "data-toggle", "data-bs-toggle":
			toggle = a.Val
		case "href":
			href = a.Val
		}
	}
	if expanded == "" && !strings.EqualFold(toggle, "collapse") {
		return
	}
	if e.targets == nil {
		e.targets = map[string]bool{}
	}
	for _, id := range strings.Fields(controls) {
		e.targets[id] = true
	}
	for _, t := range []string{target, href} {
		if id, ok := strings.CutPrefix(strings.TrimSpace(t), "#"); ok && id != "" {
			e.targets[id] = true
		}
	}
}

// isHidden reports whether n hides itself: the hidden attribute,
// aria-hidden="true" or an inline style.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			if hidesByStyle(a.Val) {
				return true
			}
		}
	}
	return false
}

// revealed reports whether the hidden furniture element n is the collapsed
// part of an expander, and if so reveals it: it is an expander's target,
// its class says so or an expander's label stands just before it, and it
// is prose. n stays furniture when, visible, it
// still is by its tag, role or class (a newsletter pop-up a button opens),
// unless its class names it the collapsed part.
func (e *expanders) revealed(n *html.Node) bool {
	cid := classID(n)
	named := hasClassWord(cid, expanderWords)
	if !named && hasClassWord(cid, paywallWords) {
		// The story behind a paywall (paywall.go): paragraphs of it,
		// after the teaser it goes on from.
		if !storyParagraphs(n, 2) || !teaserBefore(n) {
			return false
		}
		named = true
	}
	panel := accordionPanel(n)
	if !named && !panel && !e.targets[attr(n, "id")] && !slices.Contains(e.labelled, n) {
		return false
	}
	if tl := textLen(n); !isProse(n, tl) && !(panel && isAnswer(n, tl)) {
		return false
	}
	saved := n.Attr
	reveal(n)
	if !named && isFurniture(n) {
		n.Attr = saved
		return false
	}
	return true
}

// hidesByStyle reports whether an inline style hides its element.
func hidesByStyle(style string) bool {
	if !strings.Contains(style, "none") && !strings.Contains(style, "hidden") {
		return false
	}
	st := strings.ReplaceAll(strings.ToLower(style), " ", "")
	return strings.Contains(st, "display:none") || strings.Contains(st, "visibility:hidden")
}

// reveal makes n and the elements below it that hide the same way visible:
// it drops the hidden and aria-hidden attributes, an inline style that
// hides; n also loses its class, whose words ("hidden-text",
// "read-more-content") the cleaning and readability read as furniture.
func reveal(n *html.Node) {
	walk(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return true
		}
		if c != n && !(hasAttr(c, "hidden") || strings.EqualFold(attr(c, "aria-hidden"), "true") || hidesByStyle(attr(c, "style"))) {
			return true
		}
		kept := make([]html.Attribute, 0, len(c.Attr))
		for _, a := range c.Attr {
			switch {
			case a.Key == "hidden", a.Key == "aria-hidden", a.Key == "class" && c == n:
			case a.Key == "style" && hidesByStyle(a.Val):
			default:
				kept = append(kept, a)
			}
		}
		c.Attr = kept
		return true
	})
}

// An accordion (an FAQ's questions, a guide's sections) labels each of its
// panels with the button that opens it: the WAI-ARIA accordion pattern
// sets the button, with aria-expanded, as the whole of a heading
// ("<h3><button aria-expanded="false" aria-controls="a1">When does the
// work start?</button></h3>"), as Bootstrap's accordion and the FAQ blocks
// of themes do; FAQ plug-ins set the question alone in such a button. The
// label is the panel's heading, the question its answer answers, and a
// button is furniture (readability and the text drop buttons too).

// maxToggleLabel is the longest text, in bytes, of an accordion's label.
const maxToggleLabel = 300

// accordionLabel reports whether the button n labels the panel it opens:
// it has aria-expanded, and it is the whole text of a heading or it asks a
// question.
func accordionLabel(n *html.Node) bool {
	if n.DataAtom != atom.Button || !hasAttr(n, "aria-expanded") {
		return false
	}
	t := textOfUpTo(n, maxToggleLabel)
	if len(t) < 2 || len(t) > maxToggleLabel {
		return false
	}
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, "？") {
		return true
	}
	h := n.Parent
	if h != nil && h.DataAtom == atom.Span {
		h = h.Parent
	}
	return h != nil && isHeading(h) && textOfUpTo(h, maxToggleLabel) == t
}

// keepLabel makes the accordion label n a span: its text stays, and no
// later rule reads it as a control. Its images, the chevron or plus sign
// that shows whether the panel is open, go.
func keepLabel(n *html.Node) {
	n.DataAtom, n.Data = atom.Span, "span"
	for _, img := range findAll(n, byTag(atom.Img)) {
		remove(img)
	}
}

// unnameAccordions takes its class from the element that holds two or more
// of the revealed panels shown, when the class reads as furniture: an
// accordion whose panels each expander showed. jQuery UI names every
// widget it builds "ui-widget" ("ui-accordion ui-widget ui-helper-reset"),
// and readability, whose negative pattern holds "widget", would drop the
// accordion, questions and answers, from the article.
func unnameAccordions(shown []*html.Node) {
	if len(shown) < 2 {
		return
	}
	panels := make(map[*html.Node]int, len(shown))
	for _, n := range shown {
		p := n.Parent
		if p == nil || p.DataAtom == atom.Body {
			continue
		}
		if panels[p]++; panels[p] == 2 && isBoilerClass(classID(p)) {
			p.Attr = slices.DeleteFunc(p.Attr, func(a html.Attribute) bool { return a.Key == "class" || a.Key == "id" })
		}
	}
}

// accordionPanel reports whether the hidden element n is the panel of an
// accordion: right after its label, a heading that labels it
// (labelsPanel) or a button that keepLabel kept. An FAQ's answers there
// are often a sentence ("Yes, from the main car park."), shorter than
// prose: isAnswer reads them.
func accordionPanel(n *html.Node) bool {
	p := prevElement(n)
	if p == nil {
		return false
	}
	if isHeading(p) {
		return labelsPanel(p)
	}
	return p.DataAtom == atom.Span && hasAttr(p, "aria-expanded")
}

// minAnswer is the least text, in bytes, of an accordion's answer.
const minAnswer = 10

// isAnswer reports whether n, tl bytes of text, is a short answer: a
// sentence, not mostly links.
func isAnswer(n *html.Node, tl int) bool {
	return tl >= minAnswer && linkTextLen(n)*4 < tl && endsSentence(textOf(n))
}

// A paragraph cut short in place sets an ellipsis in a span of its own
// and the rest of the sentence in the span after it, hidden by CSS or an
// inline style until the "Read more" button under the paragraph shows it
// and hides the ellipsis ("last<span id="dots">...</span><span
// id="more"> autumn, …</span>"), as the widely copied read-more
// snippets and themes' excerpt toggles do. The reader who clicks reads
// the sentence whole, once.

// truncationDots reports whether the span n is such an ellipsis: its
// whole text "..." or "…", text before it in its parent, and the span
// right after it the hidden rest, its class or id an expander's
// ("more", "more-text") or hidden by itself. It reveals that rest; n is
// to go.
func truncationDots(n *html.Node) bool {
	c := n.FirstChild
	if c == nil || c.NextSibling != nil || c.Type != html.TextNode {
		return false
	}
	if t := strings.TrimSpace(c.Data); t != "..." && t != "…" {
		return false
	}
	rest := n.NextSibling
	if rest == nil || rest.Type != html.ElementNode || rest.DataAtom != atom.Span || textLenUpTo(rest, 1) == 0 {
		return false
	}
	if !isHidden(rest) && !hasClassWord(classID(rest), expanderWords) {
		return false
	}
	if p := n.PrevSibling; p == nil || p.Type != html.TextNode || strings.TrimSpace(p.Data) == "" {
		return false
	}
	reveal(rest)
	return true
}
