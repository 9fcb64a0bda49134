package extractor

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A newsletter's sign-up box sits inside the article's container as often
// as beside it: a call ("Never miss a story", "Keine Nachricht
// verpassen"), a line of pitch, and a form of an e-mail field and a
// button. Its class may name it ("newsletter", "subscribe": strongTokens)
// or not ("nl-box", "box"); its form always does. stripFurniture removes
// the form as furniture, which leaves the call and the pitch; signUpBox
// takes them with it.

// maxSignUpText is the most text, in bytes, a sign-up box holds: a call, a
// pitch and a line on privacy.
const maxSignUpText = 400

// signUpForm reports whether f, a <form>, asks for an e-mail address and
// nothing longer: an e-mail field, no text area (a comment form has one)
// and no password (a log-in form).
func signUpForm(f *html.Node) bool {
	email, other := false, false
	walk(f, func(c *html.Node) bool {
		switch c.DataAtom {
		case atom.Textarea:
			other = true
		case atom.Input:
			switch strings.ToLower(attr(c, "type")) {
			case "email":
				email = true
			case "password":
				other = true
			}
		}
		return !other
	})
	return email && !other
}

// signUpBox returns the box around f, a sign-up form: its outermost
// ancestor below top that holds at most maxSignUpText bytes of text and
// two paragraphs, the article's own containers aside; f itself when no
// ancestor is.
func signUpBox(f, top *html.Node) *html.Node {
	box := f
	for p := f.Parent; p != nil && p != top; p = p.Parent {
		switch p.DataAtom {
		case atom.Html, atom.Body, atom.Main, atom.Article, atom.Td, atom.Tr, atom.Table:
			return box
		}
		if textLenUpTo(p, maxSignUpText+1) > maxSignUpText || countBelow(p, atom.P, 3) > 2 || findFirst(p, byTag(atom.H1)) != nil {
			return box
		}
		box = p
	}
	return box
}

// countBelow counts n's descendants of tag, up to limit.
func countBelow(n *html.Node, tag atom.Atom, limit int) int {
	count := 0
	walk(n, func(c *html.Node) bool {
		if c.DataAtom == tag {
			count++
		}
		return count < limit
	})
	return count
}
