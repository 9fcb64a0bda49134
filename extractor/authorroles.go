package extractor

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// Credits for people who did not write the piece: reviewers,
// fact-checkers, editors and translators (splitAuthors cuts them,
// reviewerLink and reviewerClass pass over their links and elements).

// reNotAuthorRole starts a credit for someone who did not write the
// piece: a reviewer, a fact-checker, an editor, a translator; in
// English, and as German, French, Spanish, Portuguese, Italian and
// Dutch write it ("Medizinisch geprüft von", "Relu par", "Revisado
// por", "Revisionato da", "Gecontroleerd door"). Go's \b is ASCII
// only: the other languages' words start after a space.
var reNotAuthorRole = regexp.MustCompile(`(?i)(?:\b(?:medically|clinically|expert|legally|fact)[\s-]+)?\b(?:reviewed|checked|fact[\s-]checked|verified|edited|editing|approved|translated)\s+by\b|\beditor[\s-]in[\s-]chief\b|` +
	`(?:^|\s)(?:(?:medizinisch|fachlich|inhaltlich)\s+)?(?:geprüft|überprüft|begutachtet|lektoriert|redigiert|übersetzt)\s+von\s|` +
	`(?:^|\s)(?:vérifiée?|relue?|révisée?|traduite?|validée?)\s+par\s|` +
	`(?:^|\s)(?:revisad[oa]|revist[oa]|verificad[oa]|traducid[oa]|traduzid[oa])\s+por\s|` +
	`(?:^|\s)(?:revisionat[oa]|verificat[oa]|rivisto|tradott[oa])\s+da\s|` +
	`(?:^|\s)(?:gecontroleerd|beoordeeld|nagekeken|vertaald|geredigeerd)\s+door\s`)

// roleByEnds reports whether a match of reNotAuthorRole ends with its
// "by" ("reviewed by", "geprüft von"): the credit then goes on with a
// name; "(Editor-in-Chief)" is the role of the name before it.
func roleByEnds(m string) bool {
	return holdsAnySuffix(strings.ToLower(strings.TrimSpace(m)), byWords)
}

// byWords are "by" in the languages of the reviewer credits.
var byWords = []string{"by", "von", "par", "por", "da", "door"}

// reviewerClass reports whether a class or id names a reviewer's or a
// fact-checker's credit ("author-reviewer", "byline-reviewer-link",
// "author-text-reviewed", "fact-checker-name"): the person it names
// checked the piece and did not write it. The hReview microformat's
// "reviewer" alone is a review's writer.
func reviewerClass(cid string) bool {
	if !strings.Contains(cid, "review") && !strings.Contains(cid, "fact") {
		return false
	}
	for _, w := range strings.Fields(cid) {
		if w != "reviewer" && (strings.Contains(w, "reviewer") || strings.Contains(w, "reviewed") ||
			strings.Contains(w, "fact-check") || strings.Contains(w, "fact_check") || strings.Contains(w, "factcheck")) {
			return true
		}
	}
	return false
}

// reviewerLink reports whether an author link credits a reviewer: the
// text before it in its line ends with a reviewer's or a fact-checker's
// credit ("Medically reviewed by <a href=/author/…>", "Geprüft von
// <a …>"). A link wrapped alone in an element is looked at from there.
func reviewerLink(a *html.Node) bool {
	n := a
	for i := 0; i < 2 && n.Parent != nil && n.PrevSibling == nil && n.NextSibling == nil; i++ {
		n = n.Parent
	}
	var before []string
	for c := n.PrevSibling; c != nil && len(before) < 4; c = c.PrevSibling {
		before = append(before, textOf(c))
	}
	slices.Reverse(before)
	t := strings.TrimRight(normSpace(strings.Join(before, " ")), " :")
	if t == "" {
		return false
	}
	if !endsWithRoleBy(t) {
		return false
	}
	t += " " // the other languages' credits end with a space (reNotAuthorRole)
	loc := notAuthorRole(t, hasFoldASCII(t, "by"))
	return loc != nil && strings.TrimSpace(t[loc[1]:]) == ""
}

// reStaffByline is a byline that credits the paper's staff in place of a
// name: "By Staff Writer", "By Staff Reporter", "By Staff". A label
// transcribes it as the paper's credit, as it does "Tribune Staff".
var reStaffByline = regexp.MustCompile(`^Staff(?:\s+(?:Writer|Reporter|Correspondent))?$`)

// staffByline reports whether a role alone after a byline's "By" is the
// staff's credit (reStaffByline), capitalised as bylines print it.
func staffByline(p string) bool {
	return reStaffByline.MatchString(p)
}

// A co-writer's role before her name, after a byline's "and": "By Jane
// Doe and staff photographer John Roe", "Von Anna Schmidt und Fotograf
// Peter Müller", "Par Marie Dupont et notre envoyé spécial Jean Martin",
// "Por María López y el fotógrafo Juan Pérez". The role's article or
// possessive (roleArticles), its qualifiers (roleWords, roleQualifiers),
// its noun: one who writes (newsroomRoles) or one who takes the pictures
// (pictureRoles), who is no author, as in a bracketed credit
// (bracketedCredit).
var (
	roleArticles   = setOf("the", "our", "le", "la", "notre", "el", "nuestro", "nuestra", "il", "lo", "nostro", "nostra", "o", "a", "der", "die", "unser", "unsere", "unserem")
	roleQualifiers = setOf("contributing", "special", "guest", "foreign", "political", "investigative", "sports", "business", "freie", "freier", "spécial", "spéciale", "especial", "speciale")
	newsroomRoles  = setOf("writer", "reporter", "correspondent", "columnist", "contributor", "journalist", "editor", "producer",
		"redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin", "journalistin", "autor", "autorin",
		"journaliste", "correspondant", "correspondante", "envoyé", "envoyée", "rédacteur", "rédactrice",
		"periodista", "reportero", "reportera", "corresponsal", "redactor", "redactora", "enviado", "enviada",
		"giornalista", "inviato", "inviata", "corrispondente", "jornalista", "repórter", "correspondente", "redator", "redatora",
		"verslaggever", "redacteur")
	pictureRoles = setOf("photographer", "photojournalist", "videographer", "cameraman", "illustrator",
		"fotograf", "fotografin", "kameramann", "illustratorin", "photographe", "illustrateur", "illustratrice",
		"fotógrafo", "fotógrafa", "fotografo", "fotografa", "ilustrador", "ilustradora", "illustratore", "fotoreporter", "camarógrafo")
)

// creditAbbrevs are the abbreviated words for a picture that open its
// credit line in Polish and Czech papers ("Fot. Jan Kowalski", "fot.
// PAP", "Zdj. Anna Nowak", "Rys. Piotr Lis"): what follows is the
// picture's maker, no writer.
var creditAbbrevs = setOf("fot.", "zdj.", "rys.", "foto.")

// roleBeforeName reads p, a byline's part after a bare "and", as a role
// and then a name of two to four capitalised words: ok when it is one,
// name the name alone, pictures when the role is a photographer's or an
// illustrator's. "Staff Writer" with no name after it is not read.
func roleBeforeName(p string) (name string, pictures, ok bool) {
	f := strings.Fields(p)
	i := 0
	if len(f) > 0 && roleArticles[strings.ToLower(f[0])] {
		i++
	}
	for i < len(f) {
		w := strings.ToLower(f[i])
		if newsroomRoles[w] || pictureRoles[w] {
			break
		}
		if !roleWords[w] && !roleQualifiers[w] {
			return "", false, false
		}
		i++
	}
	if i >= len(f) {
		return "", false, false
	}
	pictures = pictureRoles[strings.ToLower(f[i])]
	i++
	// "envoyé spécial": the qualifier after the noun, in French, Spanish
	// and Italian.
	if i < len(f) && roleQualifiers[strings.ToLower(f[i])] {
		i++
	}
	name = strings.Join(f[i:], " ")
	if !capitalisedWords(name, 2, 4) {
		return "", false, false
	}
	return name, pictures, true
}
