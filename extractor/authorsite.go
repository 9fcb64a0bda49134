package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The site's own names, and the newsroom credits a byline runs on after a
// writer's name: "Jane Doe, PhillyVoice Staff" is Jane Doe, who writes for
// the site; "PhillyVoice Staff" alone is the site's newsroom.

// siteNames holds the simplified names of the site and its section, and
// the labels of its host: "By Ashley Biancuzzo, PCWorld" names one author,
// and "Manoj Jain, Jagpreet Chhatwal, The Commercial Appeal" on
// commercialappeal.com two. A host label, or the site's name without its
// domain ending, counts only as a name appended to others: a personal
// site's host is often its author's name.
type siteNames struct{ names, host map[string]bool }

func (s siteNames) addHost(host string) {
	for _, label := range strings.Split(strings.TrimPrefix(strings.ToLower(host), "www."), ".") {
		if len(label) >= 4 {
			s.host[simplify(label)] = true
		}
	}
}

// addDomainName adds the site's name without the domain ending that
// sites write into their og:site_name ("Le Monde.fr", "Spiegel.de",
// "Salon.com"): a byline names the outlet without it ("Par Jean Dupont,
// Le Monde"). It counts as the host's labels do, appended to others: a
// credit of the outlet alone stays as it is.
func (s siteNames) addDomainName(name string) {
	i := strings.LastIndexByte(name, '.')
	if i <= 0 || len(name)-i-1 < 2 || len(name)-i-1 > 4 {
		return
	}
	for _, r := range name[i+1:] {
		if r < 'a' || r > 'z' {
			return
		}
	}
	if k := simplify(name[:i]); k != "" {
		s.host[k] = true
	}
}

// addNameTails adds the runs of two words or more that end the site's
// name, its publisher's word before them ("Ediciones EL PAÍS", "Grupo
// Clarín Digital"): a byline appends the paper's own name to its writer
// ("Por Juan Pérez, El País"). They count as the host's labels do,
// appended to others. A tail after a linking word ("Blog de Jean
// Dupont", "Notes of Jane Doe") is the owner's name, no tail.
func (s siteNames) addNameTails(name string) {
	f := strings.Fields(name)
	if len(f) > 8 {
		return
	}
	for i := 1; i+2 <= len(f); i++ {
		if ownerLinkWords[strings.ToLower(f[i-1])] {
			break
		}
		if k := simplify(strings.Join(f[i:], " ")); k != "" {
			s.host[k] = true
		}
	}
}

// ownerLinkWords are the words that link a site's kind to its owner's
// name: "Blog of Jane Doe", "Le blog de Jean Dupont", "Das Blog von Max
// Muster", "Il blog di Mario Rossi", "Notes by Jane Doe".
var ownerLinkWords = setOf("of", "by", "de", "du", "von", "di", "da", "del", "par", "por", "van", "från", "av", "af", "z", "od")

// has reports whether name is the site's or its section's.
func (s siteNames) has(name string) bool {
	k := simplify(name)
	return s.names[k] || s.names[strings.TrimPrefix(k, "the")]
}

// hasHost reports whether name is a label of the site's host.
func (s siteNames) hasHost(name string) bool {
	k := simplify(name)
	return s.host[k] || s.host[strings.TrimPrefix(k, "the")]
}

// newsroomCredit splits a name that ends in the site's newsroom credit:
// "Jane Doe PhillyVoice Staff" (a byline whose second line is the
// newsroom) is Jane Doe. rest is "" when the name is the credit alone
// ("PhillyVoice Staff"); ok is false when n holds no such credit.
func (s siteNames) newsroomCredit(n string) (rest string, ok bool) {
	w := strings.Fields(n)
	if len(w) < 2 || !collectiveWords[strings.ToLower(w[len(w)-1])] {
		return n, false
	}
	for k := 0; k < len(w)-1; k++ {
		if org := strings.Join(w[k:len(w)-1], " "); s.has(org) || s.hasHost(org) {
			return strings.Join(w[:k], " "), true
		}
	}
	return n, false
}

// dropNewsroomCredits cuts the site's newsroom credit that follows a
// writer's name, within it or as a name of its own ("Jane Doe, PhillyVoice
// Staff"): the writer works for the site, the site is not a co-author. A
// credit alone is kept: the newsroom is then the byline's author.
func dropNewsroomCredits(names []string, site siteNames) []string {
	var out []string
	for _, n := range names {
		n = site.cutAfterDash(n)
		n = site.cutAfterName(n)
		rest, ok := site.newsroomCredit(n)
		switch {
		case !ok:
			out = append(out, n)
		case len(strings.Fields(rest)) >= 2:
			out = append(out, rest)
		case rest != "":
			out = append(out, n) // "Jane PhillyVoice Staff": too little left
		}
	}
	if len(out) == 0 {
		return names
	}
	return out
}

// cutAfterName cuts the site's name run on after a writer's, as a
// byline of two lines ("Jane Doe" above "Example News") reads flattened:
// "Jane Doe Example News" on a site named Example News is Jane Doe. The
// name before it has two to five capitalised words ("CEO of Example" is
// a job); the host's labels, which a personal site shares with its
// author's name, do not count.
func (s siteNames) cutAfterName(n string) string {
	w := strings.Fields(n)
	for k := 2; k < len(w); k++ {
		if head := w[:k]; s.has(strings.Join(w[k:], " ")) && capitalisedWords(strings.Join(head, " "), 2, 5) {
			// "ANDREW DALTON AP Daily Herald": the agency the writer
			// works for, in capitals, between the name and the site.
			if last := head[len(head)-1]; len(head) >= 3 && isUpperWord(last) && isNewsOrgInitials(last) {
				head = head[:len(head)-1]
			}
			return strings.Join(head, " ")
		}
	}
	return n
}

// cutAfterDash cuts the site's name that a dash sets after a writer's
// name, as author <meta> tags and bylines write the publication: "Jane
// Doe - Example News" is Jane Doe (another paper's name goes in
// splitAuthors: cutPaperAfterDash). A hyphen inside a name has no spaces
// around it ("Jean-Luc").
func (s siteNames) cutAfterDash(n string) string {
	for _, d := range []string{" - ", " – ", " — "} {
		if head, tail, ok := strings.Cut(n, d); ok && strings.TrimSpace(head) != "" && (s.has(tail) || s.hasHost(tail)) {
			return strings.TrimSpace(head)
		}
	}
	return n
}

// placeLine reports whether names are a publisher's credit line rather
// than co-authors: the site's name, then single words, the city and the
// country it is published in ("SPIEGEL ONLINE, Hamburg, Germany").
func placeLine(names []string, site siteNames) bool {
	if len(names) < 2 || !site.has(names[0]) && !site.hasHost(names[0]) {
		return false
	}
	for _, n := range names[1:] {
		if strings.ContainsRune(n, ' ') {
			return false
		}
	}
	return true
}

// arabicPlaceLine reads the correspondent's line that Arabic papers set
// under the headline, the place the story was filed from and the
// writer's name alone on a line ("بيروت - أحمد محمود"), when no byline
// has named anyone. The line leaves the text, as a byline does.
func (s *scanner) arabicPlaceLine(n *html.Node, t string) {
	if len(t) > 100 || s.v.has(fromByline) {
		return
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.Is(unicode.Arabic, r) {
		return // most lines
	}
	if name := cutArabicPlace(t); name != t {
		if names := splitAuthors(name); looksLikeNames(names) {
			s.v.addAuthors(names, fromByline, s.pos, "place")
			s.v.fields = append(s.v.fields, n)
		}
	}
}
