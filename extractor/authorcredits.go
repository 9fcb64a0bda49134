package extractor

import (
	"regexp"
	"slices"
	"strings"
)

// Credits that a byline writes around its names without naming an author:
// the agencies it draws on, the newsroom its writer belongs to. And the
// one name a catalogue writes surname first, which a comma does not split.

// reAgencyCredit is the credit of the agencies a piece draws on, after its
// writers' names: "Von Hans Müller mit dpa", "mit Material von dpa/AFP",
// "Par Jean Dupont avec AFP", "con información de EFE", "com agências".
var reAgencyCredit = regexp.MustCompile(`(?i)(?:^|[\s,(]+)(?:mit|avec|con|com|with)\s+(?:(?:material|informationen|angaben)\s+(?:von|der|aus)\s+|(?:información|informações|informations|infos?)\s+(?:de|da|des|del|d')\s*)?(.+)$`)

// agencyWords name the agencies as a whole: "mit Agenturen", "avec agences".
var agencyWords = setOf("agenturen", "agentur", "agencies", "agences", "agencias", "agências", "agenzie", "wires", "wire services")

// reAgencyListSplit separates the agencies of one credit: "dpa/AFP",
// "dpa, AFP und KNA".
var reAgencyListSplit = regexp.MustCompile(`\s*(?:/|,|\s(?:und|and|et|y|e)\s)\s*`)

// agencyCredit reports whether list names news agencies only.
func agencyCredit(list string) bool {
	list = strings.TrimRight(strings.TrimSpace(list), ").")
	if list == "" {
		return false
	}
	for _, p := range reAgencyListSplit.Split(list, -1) {
		l := asciiLower(p)
		if !newsOrgInitials[l] && !agencyWords[l] && !slices.Contains(agencySuffixes, " "+l) {
			return false
		}
	}
	return true
}

// cutAgencyCredit cuts the agencies' credit from a byline (reAgencyCredit);
// a byline that is that credit alone names no one and becomes "". A "with"
// before a person ("Dieter Hogen with Uta Pippig") is left alone.
func cutAgencyCredit(s string) string {
	if !hasFoldASCII(s, "mit ") && !hasFoldASCII(s, "avec ") && !hasFoldASCII(s, "con ") &&
		!hasFoldASCII(s, "com ") && !hasFoldASCII(s, "with ") {
		return s
	}
	if m := reAgencyCredit.FindStringSubmatchIndex(s); m != nil && agencyCredit(s[m[2]:m[3]]) {
		return strings.TrimSpace(s[:m[0]])
	}
	return s
}

// reSurnameFirst is one name written surname first with the given names'
// initials, as library catalogues and Dublin Core write it: "Kaufman, Jeff
// T.", "Smith, J. R.". The comma does not part two authors here; the name
// is turned round as citation_author's are (citationAuthors).
var reSurnameFirst = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}\.(?:\s?\p{Lu}\.)*$`)

// surnameFirst reports whether s is one name written surname first.
func surnameFirst(s string) bool {
	if !reSurnameFirst.MatchString(s) {
		return false
	}
	_, given, _ := strings.Cut(s, ",")
	return !isCredential(given) // "Smith, J.D.": a degree
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
