package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A question-and-answer page (schema.org's QAPage, in microdata: Stack
// Exchange, Discourse's solved topics, Microsoft Q&A and the Q&A themes of
// forum software) marks each answer with itemprop="acceptedAnswer" or
// "suggestedAnswer". The article of such a page is the question and its
// answer: the accepted one, or, when none is accepted, the first suggested
// one (sites list answers by votes unless the reader sorts them). That is
// what a data team reads a Q&A page for, a question paired with the
// answer its asker or the site chose; the other answers are the thread
// beneath it, as comments are beneath a story, and a body of five answers
// that disagree tells less than the one the page stands by.

// qaAnswer is an answer item of a QAPage and whether it is the accepted one.
type qaAnswer struct {
	n        *html.Node
	accepted bool
}

// noteAnswer records n when prop, one of its lower-cased itemprop words,
// names it an answer item.
func (m *pageMeta) noteAnswer(n *html.Node, prop string) {
	switch prop {
	case "acceptedanswer":
		m.answers = append(m.answers, qaAnswer{n: n, accepted: true})
	case "suggestedanswer":
		m.answers = append(m.answers, qaAnswer{n: n})
	}
}

// dropOtherAnswers removes from the page the answers that are not the
// one its body keeps: all suggested answers when one is accepted, else all
// but the first. An answer that holds the kept one, or that it holds,
// stays.
//
// The kept answer's text then moves to just after the question's (the
// Question item's itemprop="text"): the page sets the answers in a block of
// their own after the question's, and readability, reading the two
// blocks' scores, would take the answer alone.
//
// Only a page of one Question does so: an FAQPage marks each of its
// questions' answers acceptedAnswer, and each is the page's.
func dropOtherAnswers(doc *html.Node, answers []qaAnswer) {
	if len(answers) == 0 {
		return
	}
	questions := findAll(doc, func(c *html.Node) bool {
		return strings.HasSuffix(attr(c, "itemtype"), "/Question")
	})
	if len(questions) != 1 {
		return
	}
	kept := -1
	for i, a := range answers {
		if a.accepted {
			kept = i
			break
		}
	}
	if kept < 0 {
		kept = 0
	}
	keep := answers[kept].n
	for i, a := range answers {
		if i == kept || a.n == keep || isAncestor(a.n, keep) || isAncestor(keep, a.n) {
			continue
		}
		remove(a.n)
	}
	pairAnswer(questions[0], keep)
}

// pairAnswer moves the text of the answer item keep to just after the
// text of the Question item q.
func pairAnswer(q, keep *html.Node) {
	qText, aText := itemText(q), itemText(keep)
	if qText == nil || aText == nil || isAncestor(qText, aText) || isAncestor(aText, qText) {
		return
	}
	aText.Parent.RemoveChild(aText)
	qText.Parent.InsertBefore(aText, qText.NextSibling)
}

// itemText returns the element below item whose itemprop is "text" and
// that belongs to item, not to an item inside it; nil when none.
func itemText(item *html.Node) *html.Node {
	var found *html.Node
	walk(item, func(c *html.Node) bool {
		if found != nil || c.Type != html.ElementNode {
			return false
		}
		if c != item && hasAttr(c, "itemscope") {
			return false // another item's
		}
		if c != item && strings.EqualFold(attr(c, "itemprop"), "text") {
			found = c
			return false
		}
		return true
	})
	return found
}

// isAncestor reports whether a is an ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// shownPostForm reports whether the form n shows a post rather than asks
// for input: no control a reader fills in or presses (only hidden
// inputs), and prose. Old Reddit sets each post and comment in the form
// that edits it in place ("usertext"), its text in view until its author
// clicks "edit"; forum software does the same for quick editing.
func shownPostForm(n *html.Node) bool {
	controls := findFirst(n, func(c *html.Node) bool {
		if c.Type != html.ElementNode {
			return false
		}
		switch c.DataAtom {
		case atom.Textarea, atom.Select, atom.Button:
			return true
		case atom.Input:
			return !strings.EqualFold(attr(c, "type"), "hidden")
		}
		return false
	})
	return controls == nil && isProse(n, textLen(n))
}
