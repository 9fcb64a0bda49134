package extractor

import (
	"regexp"

	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// authorFrom is where an author candidate was read. The order is the
// default preference between sources that disagree (authorWeight).
type authorFrom int

const (
	fromJSONLD         authorFrom = iota // JSON-LD author or creator that is not an Organization
	fromByline                           // visible byline text: "By X", "作者：X", "Written by" then X
	fromMicrodata                        // itemprop=author (microdata, RDFa)
	fromMeta                             // <meta> author, article:author, parsely-author, dc.creator, byl, …
	fromTwitterLabel                     // twitter:label1 "Written by" with twitter:data1
	fromCitation                         // citation_author (Highwire Press / Google Scholar)
	fromAuthorElement                    // an element whose class or itemprop says author, an author link by the headline, <address>
	fromAuthorPage                       // the one author page the page links to
	fromBodyText                         // Chinese reporter credits opening or closing the body
	fromRelAuthor                        // <a rel=author> anywhere
	fromJSONLDOrg                        // JSON-LD author that is an Organization
	fromTwitterCreator                   // twitter:creator written out (not a @handle)
	fromEditorLabel                      // a Chinese "编辑：X" credit, the only one some pages give
	fromNameList                         // an unlabelled list of full names right under the headline
	fromFurnitureBox                     // an author box inside a block whose class reads as furniture
	fromSiteOwner                        // the person a personal site is named after (authorowner.go)
	fromAuthorSlug                       // the name a JSON-LD author's address spells, naming no one (authorslug.go)
)

// authorProv is the provenance key of each source.
var authorProv = [...]string{
	fromJSONLD:         "json-ld",
	fromByline:         "byline-text",
	fromMicrodata:      "microdata",
	fromMeta:           "meta:name", // refined per key by metaSource
	fromTwitterLabel:   "meta:twitter",
	fromCitation:       "meta:citation",
	fromAuthorElement:  "author-link",
	fromAuthorPage:     "author-link",
	fromBodyText:       "body-text",
	fromRelAuthor:      "rel-author",
	fromJSONLDOrg:      "json-ld",
	fromTwitterCreator: "meta:twitter",
	fromEditorLabel:    "byline-text",
	fromNameList:       "byline-text",
	fromFurnitureBox:   "author-link",
	fromSiteOwner:      "site-owner",
	fromAuthorSlug:     "json-ld",
}

// authorCand is one statement of who wrote the article, with the evidence
// the choice (authorchoice.go) weighs.
type authorCand struct {
	names []string
	from  authorFrom
	src   string // the provenance key reported when this candidate wins
	// pos is the visible scan's position of a visible candidate, -1 for
	// one read from metadata.
	pos int
	// label is the label that introduced a visible byline, lower-cased
	// ("by", "written by", "author", "作者", "记者"), "" when none did.
	label string
	// linked: every name is the text of its own author-page link, so
	// each is an author whatever the separators between them.
	linked bool
	// items: each name is the text of an element of its own
	// (authorNameItems, innerAuthors), a list of writers or of teasers'
	// writers, not one line.
	items bool
	// spelled: the name is the text of a link to an author page whose
	// address spells it (spellsSlug), a name whatever its case.
	spelled bool
	// dated: the name stands alone on the line over the byline's date,
	// under the headline (nameOverDate).
	dated bool
	// unshown: a statement from the page's metadata whose names neither
	// the text nor any visible candidate shows (markUnshown).
	unshown bool
}

// authorMetaKeys are the <meta> names that hold an article's authors as
// text, in the order they are preferred.
var authorMetaKeys = []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "cxenseparse:author", "og:author", "og:article:author"}

// unofficialOGAuthor reports whether k is one of OpenGraph's unofficial
// author keys: og:author, and og:article:author, article:author written
// with the "og:" of the other OpenGraph keys (as og:article:published_time
// is read). Either holds a user name as often as a name written out.
func unofficialOGAuthor(k string) bool {
	return k == "og:author" || k == "og:article:author"
}

// gatherAuthors collects every author candidate the page offers: its
// structured data (m), its visible bylines and author elements (vis), and
// the reporter credits of Chinese body text (text, the body's text with
// its opening credit line: shownText), the owner of a personal site (a.URL,
// a.SiteName). Nothing is chosen here.
func gatherAuthors(m *pageMeta, vis visible, a *Article, text string) []authorCand {
	var out []authorCand
	add := func(names []string, from authorFrom, src string) {
		if len(names) > 0 {
			out = append(out, authorCand{names: names, from: from, src: src, pos: -1})
		}
	}
	if o := m.ldAuthored(); o != nil {
		people, orgs := m.ldAuthors(o["author"])
		if len(people) == 0 && len(orgs) == 0 {
			people, orgs = m.ldAuthors(o["creator"])
		}
		if len(people) == 0 && len(orgs) == 0 {
			people, orgs = m.liveBlogAuthors(o)
		}
		add(people, fromJSONLD, "json-ld")
		add(orgs, fromJSONLDOrg, "json-ld")
		if len(people) == 0 && len(orgs) == 0 {
			add(m.ldAuthorSlugs(o["author"], text), fromAuthorSlug, "json-ld")
		}
	}
	out = append(out, vis.authorCands...)
	for _, c := range vis.unsureMetaNames {
		if m.metaSpells(c.names[0]) {
			out = append(out, c)
		}
	}
	add(splitAll(m.authorsMicro), fromMicrodata, "microdata")
	for _, k := range authorMetaKeys {
		// Co-authors in tags of their own ("parsely-author" once for each)
		// are one statement.
		var all []string
		for _, v := range m.tags[k] {
			if v = plainName(v); metaNotNames(v) || unofficialOGAuthor(k) && !writtenOut(v) {
				continue
			}
			names := metaNames(v, a.SiteName)
			if (k == "dc.creator" || k == "dcterms.creator") && len(names) == 2 && surnameGivenPair(v) {
				names = []string{turnRound(names[0], names[1])} // Dublin Core's "Doe, Jane" is Jane Doe
			}
			if whole := normSpace(v); len(names) > 1 && slices.ContainsFunc(out, func(c authorCand) bool {
				return c.from == fromJSONLDOrg && slices.ContainsFunc(c.names, func(n string) bool { return strings.EqualFold(n, whole) })
			}) {
				// "Center for Drug Evaluation and Research" is one
				// organisation, as the JSON-LD says.
				names = []string{whole}
			}
			all = append(all, names...)
		}
		add(dedupe(all), fromMeta, metaSource(k))
	}
	add(m.twitterWrittenBy(a.SiteName), fromTwitterLabel, "meta:twitter")
	add(citationAuthors(m.tags["citation_author"]), fromCitation, "meta:citation")
	add(arcCredits(m.scripts), fromMeta, "script-data")
	for _, v := range m.tags["twitter:creator"] {
		if !metaNotNames(v) {
			add(splitAuthors(v), fromTwitterCreator, "meta:twitter")
		}
	}
	// Links to one author's page, wherever they are (an author box below
	// the article).
	if name, spelled := m.oneAuthorPage(); name != "" {
		if names := splitAuthors(name); len(names) > 0 {
			out = append(out, authorCand{names: names, from: fromAuthorPage, src: "author-link", pos: -1, spelled: spelled})
		}
	}
	add(cjkBodyAuthors(text), fromBodyText, "body-text")
	add(koreanBodyAuthors(text), fromBodyText, "body-text")
	add(signedAuthors(vis.signed, text, a.Language), fromBodyText, "signature")
	add(closingBioAuthors(vis.bios, text), fromBodyText, "signature")
	add(splitAll(m.relAuthors), fromRelAuthor, "rel-author")
	add(closingCopyright(vis.copyrighted, text), fromSiteOwner, "signature")
	if len(out) == 0 {
		// A wire story's dateline names its agency, which credits the
		// story only when nothing names a writer: "(Reporting by Will
		// Dunham)" at its end is the writer of "WASHINGTON (Reuters) -".
		add(wireDatelineAgency(text), fromBodyText, "dateline")
	}
	if o := siteOwner(m, a.URL, a.SiteName, text); o != "" {
		add([]string{o}, fromSiteOwner, "site-owner")
	}
	if len(out) == 0 {
		// The footer's copyright names the owner by no other source.
		add(footerOwner(m, text), fromSiteOwner, "site-owner")
	}
	return out
}

// liveBlogAuthors are the authors of a live blog's updates
// (schema.org's LiveBlogPosting.liveBlogUpdate), for a live blog that
// names no author of its own: its writers are those of its posts. One
// update may stand alone, an object rather than a list, as schema.org
// allows any property's value to be.
func (m *pageMeta) liveBlogAuthors(o map[string]any) (people, orgs []string) {
	var updates []any
	switch v := m.ldResolve(o["liveBlogUpdate"]).(type) {
	case []any:
		updates = v
	case map[string]any:
		updates = []any{v}
	default:
		return nil, nil
	}
	for _, u := range updates {
		if u, ok := m.ldResolve(u).(map[string]any); ok {
			p, g := m.ldAuthors(u["author"])
			people, orgs = append(people, p...), append(orgs, g...)
		}
	}
	return dedupe(people), dedupe(orgs)
}

// ldAuthored is the JSON-LD object that states the article's author: the
// article's own, else a WebPage with an author (Yoast and The SEO
// Framework put it there when the post is not typed an Article).
func (m *pageMeta) ldAuthored() map[string]any {
	if o := m.ldArticle(); o != nil {
		if ldHasType(o, reEmbedTypes) {
			// An embedded video's object ahead of the article's: the
			// player's credits name the channel, the article its writer.
			for _, p := range m.ld {
				if ldHasType(p, reArticleTypes) && !ldHasType(p, reEmbedTypes) {
					return p
				}
			}
		}
		return o
	}
	for _, o := range m.ld {
		if ldHasType(o, reWebPage) && (o["author"] != nil || o["creator"] != nil) {
			return o
		}
	}
	return nil
}

// reEmbedTypes are the types of reArticleTypes that a page also states
// for what it embeds (a video player's object, a generic work).
var reEmbedTypes = regexp.MustCompile(`(?i)^(?:\w+:)?(?:VideoObject|CreativeWork)$`)

// writtenOut reports whether a name is written out rather than a user
// name: OpenGraph's unofficial og:author holds either ("Jane Doe",
// "thebrainbehind"), as twitter:creator does.
func writtenOut(v string) bool {
	return strings.ContainsRune(strings.TrimSpace(v), ' ') || strings.ToLower(v) != v
}

// metaNotNames reports whether a <meta> author value is an address, a
// @handle or a publisher list with a web address ("云南日报, www.yunnan.cn")
// rather than names.
func metaNotNames(v string) bool {
	if strings.Contains(v, "://") || strings.HasPrefix(strings.TrimSpace(v), "@") {
		return true
	}
	return slices.ContainsFunc(reAuthorSplit.Split(v, -1), func(p string) bool { return looksLikeDomain(strings.TrimSpace(p)) })
}

// reWrittenByLabel is a twitter:labelN that introduces the author in the
// twitter:dataN beside it (WordPress with Yoast SEO writes "Written by"),
// and Yoast's translations of it: Italian "Scritto da", Dutch "Geschreven
// door", Polish "Napisane przez", Russian "Написано автором", Indonesian
// "Ditulis oleh", Vietnamese "Được viết bởi", Turkish "Yazar".
var reWrittenByLabel = regexp.MustCompile(`(?i)^\s*(?:written\s+by|author|authors|by|escrito\s+por|écrit\s+par|verfasst\s+von|scritto\s+da|geschreven\s+door|napisane\s+przez|написано\s+автором|ditulis\s+oleh|được\s+viết\s+bởi|autor|auteur|autore|yazar|автор|作者)\s*:?\s*$`)

// twitterWrittenBy is the twitter:dataN whose twitter:labelN says
// "Written by".
func (m *pageMeta) twitterWrittenBy(siteName string) []string {
	for i := 1; i <= 4; i++ {
		n := string(rune('0' + i))
		labels, data := m.tags["twitter:label"+n], m.tags["twitter:data"+n]
		for j, l := range labels {
			if j < len(data) && reWrittenByLabel.MatchString(l) && !metaNotNames(data[j]) {
				return metaNames(data[j], siteName)
			}
		}
	}
	return nil
}

// siteBrand reports whether v, an author <meta> tag's value, is the
// site's declared name (siteName, from og:site_name or the JSON-LD
// WebSite) written with digits: a brand may hold a number ("98 Buck
// Social", "1Password", "Studio 54 Media") where a person's name holds
// none, so the name is kept whole where splitAuthors would cut or drop it
// as a date or a count. The site then stands as the page's author when no
// person does and the name reads as an organisation's (chooseAuthors,
// siteNamed).
func siteBrand(v, siteName string) bool {
	return siteName != "" && strings.ContainsAny(v, "0123456789") && simplify(v) == simplify(siteName)
}

// metaNames are the names a <meta> tag's value v gives: the site's own
// name, when v is that name written with digits, kept whole as an
// organisation's ("98 Buck Social" on the site of that name: siteBrand),
// or v's names as a byline's are read.
func metaNames(v, siteName string) []string {
	if siteBrand(v, siteName) {
		return []string{normSpace(v)}
	}
	return splitAuthors(v)
}

// citationAuthors reads citation_author tags: one author each, often
// written "Last, First", which is turned round ("Tishby, Naftali" is
// Naftali Tishby).
func citationAuthors(vals []string) []string {
	var out []string
	for _, v := range vals {
		v = normSpace(plainName(v))
		if !strings.Contains(v, ",") && strings.Contains(v, " and ") {
			// "Jane Doe and John Roe": two authors in one tag; "Bill and
			// Melinda Gates Foundation" or "Department of Health and
			// Social Care" is one.
			if parts := splitAuthors(v); len(parts) > 1 && !slices.ContainsFunc(parts, func(p string) bool { return !capitalisedWords(p, 2, 4) }) {
				out = append(out, parts...)
				continue
			}
		}
		if last, first, ok := strings.Cut(v, ","); ok && !strings.Contains(first, ",") && strings.TrimSpace(first) != "" &&
			len(strings.Fields(last)) <= 3 {
			v = turnRound(last, first)
		}
		if n := cleanName(v); n != "" {
			out = append(out, n)
		}
	}
	return dedupe(out)
}

// The visible scan's side of the candidates: it calls these as it finds
// bylines and author elements.

// addAuthors records names read from visible text at the scan's position.
// It reports whether this is the page's first byline (from fromByline),
// the one whose block leaves the body.
func (v *visible) addAuthors(names []string, from authorFrom, pos int, label string) bool {
	if len(names) == 0 {
		return false
	}
	first := !v.has(from)
	v.authorCands = append(v.authorCands, authorCand{names: names, from: from, src: authorProv[from], pos: pos, label: strings.ToLower(label)})
	return first
}

// has reports whether the scan has recorded a candidate from this source.
func (v *visible) has(from authorFrom) bool {
	return slices.ContainsFunc(v.authorCands, func(c authorCand) bool { return c.from == from })
}

var reOrgType = regexp.MustCompile(`^(?:\w+:)?(?:Organization|NewsMediaOrganization|Corporation|EducationalOrganization|GovernmentOrganization|LocalBusiness|NGO|MedicalOrganization|Brand|WebSite)$`)

// ldAuthors splits a JSON-LD author value into people and organisations.
// An organisation's name is kept whole ("Center for Drug Evaluation and
// Research"); a person's string may still hold several names.
func (m *pageMeta) ldAuthors(v any) (people, orgs []string) {
	var visit func(any)
	visit = func(v any) {
		switch t := m.ldResolve(v).(type) {
		case []any:
			for _, e := range t {
				visit(e)
			}
		case map[string]any:
			name := ldString(t["name"])
			if list, ok := t["name"].([]any); ok && len(list) > 1 && !ldHasType(t, reOrgType) {
				// "name": ["Jane Doe", "John Roe"]: one Person object
				// for the article's co-authors.
				for _, n := range ldStrings(list) {
					people = append(people, splitAuthors(n)...)
				}
				return
			}
			if name == "" || loginName(name) && !ldHasType(t, reOrgType) {
				// schema.org's Person may give its name in parts, a
				// middle name in additionalName; a login in name
				// ("jdoe") gives way to the name written out there or
				// in alternateName.
				if full := personFullName(t); full != "" || name == "" {
					name = full
				}
				if url, ok := t["url"].(string); ok && loginName(name) {
					// Yoast's Person: its name the login ("jdoe"), its
					// archive's address the name ("/author/jane-doe/").
					if n := slugAuthor(url, ""); n != "" {
						name = n
					}
				}
			}
			if name == "" {
				return
			}
			if ldHasType(t, reOrgType) {
				if n := strings.TrimSpace(name); n != "" && len(n) < 120 {
					orgs = append(orgs, n)
				}
				return
			}
			people = append(people, splitAuthors(name)...)
		case string:
			if o := m.ldNode(t); o != nil {
				visit(o) // Yoast's "author": "https://site/#/schema/person/abc"
				return
			}
			if strings.Contains(t, "://") {
				return // an address names no one (ldAuthorSlugs)
			}
			people = append(people, splitAuthors(t)...)
		}
	}
	visit(v)
	return dedupe(people), dedupe(orgs)
}

// ldNode is the JSON-LD object whose @id is ref, when ref is an address
// or a fragment ("https://news.example/#/schema/person/abc", "#author")
// that some object of the page's graphs names itself by; nil otherwise.
// A graph may refer to a node by its @id as a bare string.
func (m *pageMeta) ldNode(ref string) map[string]any {
	if !strings.Contains(ref, "/") && !strings.HasPrefix(ref, "#") || strings.ContainsAny(ref, " \t") {
		return nil
	}
	for _, o := range m.ld {
		if id, _ := o["@id"].(string); id == ref && (o["name"] != nil || o["givenName"] != nil) {
			return o
		}
	}
	return nil
}

// personFullName is the name a schema.org Person writes out beside its
// name: alternateName when it holds two words or more, else givenName,
// additionalName and familyName joined; "" when neither.
func personFullName(t map[string]any) string {
	if alt := ldString(t["alternateName"]); strings.Contains(alt, " ") {
		return alt
	}
	return normSpace(ldString(t["givenName"]) + " " + ldString(t["additionalName"]) + " " + ldString(t["familyName"]))
}

// splitAll splits each byline and returns the distinct names.
func splitAll(bylines []string) []string {
	var names []string
	for _, b := range bylines {
		names = append(names, splitAuthors(b)...)
	}
	return dedupe(names)
}

func dedupe(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		k := strings.ToLower(n)
		if !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// metaSpells reports whether one of the page's author tags
// (authorMetaKeys, twitter:creator) spells name letter for letter, its
// case, accents, spaces and marks aside: "ahmet yilmaz", the handle
// "@ahmetyilmaz" or an author page's address ending in "/ahmet-yilmaz"
// for "Ahmet Yılmaz". A tag a template writes lower-cased or as an
// account is no name to print, but it confirms the meta line's.
func (m *pageMeta) metaSpells(name string) bool {
	key := foldedKey(name)
	if len(key) < 6 {
		return false
	}
	check := func(v string) bool {
		v = strings.TrimRight(strings.TrimSpace(v), "/")
		return foldedKey(v[strings.LastIndexByte(v, '/')+1:]) == key
	}
	for _, k := range authorMetaKeys {
		if slices.ContainsFunc(m.tags[k], check) {
			return true
		}
	}
	return slices.ContainsFunc(m.tags["twitter:creator"], check)
}

// statesAuthor reports whether the page states name as its author: in
// its author tags (metaSpells), its JSON-LD's author, its microdata or a
// rel=author link.
func (m *pageMeta) statesAuthor(name string) bool {
	if m.metaSpells(name) {
		return true
	}
	key := foldedKey(name)
	same := func(n string) bool { return foldedKey(n) == key }
	if slices.ContainsFunc(m.authorsMicro, same) || slices.ContainsFunc(m.relAuthors, same) {
		return true
	}
	if o := m.ldAuthored(); o != nil {
		people, _ := m.ldAuthors(o["author"])
		return slices.ContainsFunc(people, same)
	}
	return false
}

// foldedKey is simplify(s) with its letters' accents dropped and the
// Turkish dotless i, "ł", "ø" and "đ" read as i, l, o and d: the letters
// an address or a handle spells a name with.
func foldedKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(simplify(s)) {
		switch {
		case r < 128:
			b.WriteRune(r)
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ł':
			b.WriteByte('l')
		case r == 'ø':
			b.WriteByte('o')
		case r == 'đ':
			b.WriteByte('d')
		case !unicode.Is(unicode.Mn, r):
			b.WriteRune(r)
		}
	}
	return b.String()
}
