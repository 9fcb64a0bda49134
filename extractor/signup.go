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

// A donation appeal sits in the article's column as a sign-up box does: a
// call ("Support local journalism", "Unterstützen Sie unabhängigen
// Journalismus"), a line of pitch and a button that links to the site's
// donation page ("/donate", "/spenden", "/faire-un-don", "/support-us",
// "/sostienici", "/apoya") or to a platform
// that takes the money (Patreon, Ko-fi, PayPal, Liberapay, Steady, Buy Me a
// Coffee). The button is a link that stands alone, not a link in a
// sentence: a story that says where to give keeps its words.

// donationHrefs are the parts of a donation page's address.
var donationHrefs = []string{"donate", "donation", "/don/", "/dons/", "faire-un-don", "/donar", "/doar", "/dona/", "spenden", "/spende",
	"support-us", "supportus", "/sostieni", "/sostienici", "/apoya", "/apoia", "unterstuetzen", "unterstützen",
	"patreon.com/", "ko-fi.com/", "paypal.me/", "paypal.com/donate", "buymeacoffee.com/", "liberapay.com/", "steadyhq.com/"}

// maxDonateLabel is the longest text, in bytes, of a donation button.
const maxDonateLabel = 40

// donationButton reports whether a, an <a>, is a donation appeal's
// button: it links to a donation page, its text is short, and no text
// stands beside it in its parent.
func donationButton(a *html.Node) bool {
	href := attr(a, "href")
	return appealHrefs.scan(href, appealDonate) != 0 && donationLink(a, href)
}

// Bits of appealHrefs: the fragments of a donation page's address
// (donationButton's first test) and those of a log-in page's (loginHrefs).
const (
	appealDonate = 1 << iota
	appealLogin
)

// appealHrefs holds the fragments of an address that donationButton and
// subscriberLogin look for, found in one pass over each link's address
// (appealButton): the thirty strings.Contains of the two tests cost a
// share of the extraction, on every link of every page.
var appealHrefs = func() *fragmentSet {
	f := &fragmentSet{}
	for _, s := range []string{"don", "pend", "patreon", "ko-fi", "pay", "coffee", "steady", "upport", "ostien", "apoi", "apoy", "nterst"} {
		f.add(s, appealDonate)
	}
	for _, s := range loginHrefs {
		f.add(s, appealLogin)
	}
	return f
}()

// appealButton is donationButton(a) || subscriberLogin(a), with a's
// address read and scanned once.
func appealButton(a *html.Node) bool {
	href := attr(a, "href")
	found := appealHrefs.scan(href, appealDonate|appealLogin)
	return found&appealDonate != 0 && donationLink(a, href) || found&appealLogin != 0 && loginLink(a)
}

// fragmentSet is a list of strings, each with a bit, that scan looks for
// in a text in one pass: the strings that open with each byte are tried
// where the byte is.
type fragmentSet struct {
	byFirst [256][]fragment
}

type fragment struct {
	s   string
	bit uint8
}

func (f *fragmentSet) add(s string, bit uint8) {
	f.byFirst[s[0]] = append(f.byFirst[s[0]], fragment{s, bit})
}

// scan returns the bits of want whose strings t holds, stopping once it
// has found them all.
func (f *fragmentSet) scan(t string, want uint8) uint8 {
	var found uint8
	for i := 0; i < len(t); i++ {
		for _, p := range f.byFirst[t[i]] {
			if p.bit&want&^found != 0 && strings.HasPrefix(t[i:], p.s) {
				if found |= p.bit; found == want {
					return found
				}
			}
		}
	}
	return found
}

// donationLink is donationButton past the first test of a's address,
// href.
func donationLink(a *html.Node, href string) bool {
	if len(href) < 4 || !holdsAny(strings.ToLower(href), donationHrefs) {
		return false
	}
	t := textOfUpTo(a, maxDonateLabel+1)
	if len(t) == 0 || len(t) > maxDonateLabel || strings.HasPrefix(t, "http") || strings.HasPrefix(t, "www.") {
		return false // no label, or the address written out: a link in the text
	}
	for _, sib := range []*html.Node{a.PrevSibling, a.NextSibling} {
		if sib != nil && inSentence(sib) {
			return false
		}
	}
	return true
}

// inSentence reports whether s, a sibling of a link, is text the link
// is read with: a text node, or an inline element, that holds text.
func inSentence(s *html.Node) bool {
	switch {
	case s.Type == html.TextNode:
		return strings.TrimSpace(s.Data) != ""
	case s.Type != html.ElementNode:
		return false
	}
	switch s.DataAtom {
	case atom.Span, atom.Font, atom.A, atom.B, atom.Strong, atom.Em, atom.I, atom.U, atom.Small, atom.Mark, atom.Abbr, atom.Code, atom.Sub, atom.Sup:
		return textLenUpTo(s, 1) > 0
	}
	return false
}

// A paywall's offer in the article's column (a call, "Cet article est
// réservé aux abonnés", a price and a button to subscribe) closes with the
// prompt every such offer prints for readers who already pay: "Already a
// subscriber? Log in", "Déjà abonné ? Se connecter", "Bereits Abonnent?
// Anmelden", "¿Ya eres suscriptor? Inicia sesión". The box around the
// prompt's link is the offer; it goes as a sign-up box does.

// loginHrefs are the parts of a log-in page's address.
var loginHrefs = []string{"login", "log-in", "signin", "sign-in", "connexion", "connect", "anmeld", "iniciar", "acceso", "accedi", "entrar", "sso", "account", "compte", "konto", "cuenta", "auth"}

// subscriberWords are the words of the prompt's question, lower-cased.
var subscriberWords = []string{"subscriber", "subscribed", "abonné", "abonnent", "suscriptor", "abbonat", "assinante", "abonnee", "abonent", "prenumerant"}

// loginVerbs are the prompt's words for logging in, lower-cased: the
// prompt asks and offers the log-in ("View your reports here" after the
// question is a product's, not a paywall's).
var loginVerbs = []string{"log in", "login", "sign in", "connecter", "connexion", "anmelden", "einloggen", "inicia sesión", "iniciar sesión", "accedi", "entre", "entrar", "inloggen", "zaloguj"}

// maxLoginPrompt is the longest text, in bytes, of a subscriber's log-in
// prompt with its link.
const maxLoginPrompt = 100

// subscriberLogin reports whether a, an <a>, is the log-in link of a
// paywall's offer: it links to a log-in page, and it or its parent, a line
// of at most maxLoginPrompt bytes, asks whether the reader subscribes and
// offers to log in.
func subscriberLogin(a *html.Node) bool {
	return appealHrefs.scan(attr(a, "href"), appealLogin) != 0 && loginLink(a)
}

// loginLink is subscriberLogin past the test of a's address.
func loginLink(a *html.Node) bool {
	line := a
	if p := a.Parent; p != nil && p.Type == html.ElementNode && textLenUpTo(p, maxLoginPrompt+1) <= maxLoginPrompt {
		line = p
	}
	t := textOfUpTo(line, maxLoginPrompt+1)
	if len(t) > maxLoginPrompt || !strings.ContainsAny(t, "?？¿") {
		return false
	}
	t = strings.ToLower(t)
	return holdsAny(t, subscriberWords) && holdsAny(t, loginVerbs)
}

// appealBox returns what leaves the page with a, a donation or log-in
// button (appealButton): the box around it (signUpBox), unless the box's
// other text is a sentence of the story, without links, that asks for
// nothing (appealPitch), which a lone button follows in a two-element box
// ("…, the board said. [Donate]"): then the button alone.
func appealBox(a, top *html.Node) *html.Node {
	box := signUpBox(a, top)
	if box == a {
		return a
	}
	var b strings.Builder
	links := false
	walk(box, func(n *html.Node) bool {
		if n == a {
			return false
		}
		links = links || n.DataAtom == atom.A
		if n.Type == html.TextNode && b.Len() <= maxSignUpText {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		return true
	})
	rest := strings.TrimSpace(b.String())
	if links || len(rest) < minProse || !endsSentence(rest) || appealPitch(rest) {
		return box
	}
	return a
}

// appealWords are the stems an appeal's pitch speaks with, in the
// languages of donationHrefs: support, give, membership, subscription,
// journalism ("Support local journalism", "Unterstützen Sie uns",
// "Soutenez-nous", "Apoya el periodismo").
var appealWords = []string{"support", "donat", "contribut", "journalis", "member", "subscri", "give", "giving", "gift", "fund", "help", "thank",
	"spend", "unterstütz", "abonn", "soutien", "souten", "faire un don", "apoy", "apoi", "suscri", "assin", "sosten", "sostien", "periodis", "giornalis", "newsletter"}

// appealPitch reports whether t, the text beside an appeal's button,
// speaks as a pitch does (appealWords).
func appealPitch(t string) bool {
	return holdsAny(strings.ToLower(t), appealWords)
}
