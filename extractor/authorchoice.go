package extractor

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// resolveAuthors sets the article's authors: candidates from every source
// (authorcands.go, authorvisible.go), then a choice. No authors is an answer: a page whose
// candidates are all rejected names no one.
//
// outlets are the names the page gives its own outlet beside the site's
// (its <title>'s suffix): a Chinese credit may open with its short form.
func resolveAuthors(m *pageMeta, r *resolved, vis visible, outlets []string) {
	if len(r.a.Authors) > 0 {
		return // a site selector named them
	}
	site := siteNames{names: map[string]bool{simplify(r.a.SiteName): true, simplify(r.a.Section): true}, host: map[string]bool{}}
	site.addDomainName(r.a.SiteName)
	site.addNameTails(r.a.SiteName)
	host := ""
	if u, err := url.Parse(r.a.URL); err == nil {
		host = u.Hostname()
		site.addHost(host)
	}
	delete(site.names, "")
	text := r.shownText()
	cands := gatherAuthors(m, vis, r.a, text)
	declared, _ := m.declaredLang()
	romanian := romanianPage(declared, host) || romanianPage(r.a.Language, "")
	catalan := catalanPage(declared, host) || catalanPage(r.a.Language, "")
	vietnamese := primaryTag(declared) == "vi" || r.a.Language == "vi"
	title := nameKey(r.a.Title)
	for i := range cands {
		visible := cands[i].pos >= 0
		cands[i].names = slices.DeleteFunc(slices.Clone(cands[i].names), func(n string) bool {
			// The headline is not its own byline: a post's wrapper classed
			// "hentry author-kgs" (WordPress themes after Sandbox name the
			// writer's account in the post's classes) holds the headline.
			// "Theo VnExpress" (according to VnExpress) in a Vietnamese
			// page's author element credits a source, as signedAuthors
			// reads it in the text; no Vietnamese name starts with "Theo",
			// a given name in other languages.
			return wordNotName(n, text) || visible && title != "" && nameKey(n) == title ||
				vietnamese && strings.HasPrefix(n, "Theo ")
		})
		if visible {
			// "文｜财新 刘洋" on 财新网: the outlet's short name.
			cands[i].names = cutOutletShortName(cands[i].names, vis.credit, r.a.SiteName, outlets)
		}
		if r.a.Language == "ja" {
			cands[i].names = joinJapaneseName(cands[i].names)
		}
		if romanian {
			cands[i].names = cutRomanianBy(cands[i].names)
		}
		if catalan {
			cands[i].names = cutCatalanBy(cands[i].names)
		}
	}
	markUnshown(cands, text, vis.h1Pos)
	if names, src, ok := chooseAuthors(cands, site); ok {
		if names = oneLineNames(m.namedLogins(names)); len(names) > 0 {
			r.a.Authors = names
			r.prov["authors"] = src
		}
	}
}

// oneLineNames is names as the record holds them: each on one line, its
// white space folded (a JSON-LD name may hold a line break: "Jane\nDoe"),
// none empty, none twice once folded.
func oneLineNames(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		if n = normSpace(n); n != "" && !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// authorWeight is the prior weight of each source: where sources disagree
// and none is confirmed by another, structured data naming people comes
// first, then the visible byline, then the other statements.
var authorWeight = [...]int{
	fromJSONLD:         100,
	fromByline:         95,
	fromMicrodata:      90,
	fromMeta:           85,
	fromTwitterLabel:   84,
	fromCitation:       83,
	fromAuthorElement:  75,
	fromAuthorPage:     70,
	fromBodyText:       65,
	fromRelAuthor:      60,
	fromJSONLDOrg:      50,
	fromTwitterCreator: 45,
	fromEditorLabel:    40,
	fromNameList:       72,
	fromFurnitureBox:   40,
	fromSiteOwner:      20,
	fromAuthorSlug:     15,
}

// authorFamily groups sources that are not independent of one another: a
// CMS writes its author field into the JSON-LD and the <meta> tags alike,
// and an author box's link is both an author element and an author page.
func authorFamily(f authorFrom) int {
	switch f {
	case fromJSONLD, fromJSONLDOrg, fromMicrodata, fromAuthorSlug:
		return 0
	case fromMeta, fromTwitterLabel, fromCitation, fromTwitterCreator:
		return 1
	case fromByline, fromEditorLabel, fromNameList:
		return 2
	case fromAuthorElement, fromAuthorPage, fromRelAuthor, fromFurnitureBox:
		return 3
	case fromSiteOwner:
		return 5
	}
	return 4
}

// agreeBonus is added to a candidate's weight for each other family of
// sources that names one of its authors.
const agreeBonus = 10

// chooseAuthors picks the names that best say who wrote the article, and
// the provenance of the candidate they come from. A candidate that names
// only the site is kept when no other candidate names anyone.
func chooseAuthors(cands []authorCand, site siteNames) ([]string, string, bool) {
	var ok []scored
	var siteOnly *authorCand
	for i := range cands {
		c := cands[i]
		names := slices.DeleteFunc(slices.Clone(c.names), func(n string) bool {
			return site.has(n) && c.from != fromSiteOwner || rejectedName(n)
		})
		if placeLine(c.names, site) {
			// "SPIEGEL ONLINE, Hamburg, Germany": the site and where it
			// is, which names the site alone.
			c.names, names = c.names[:1], nil
		}
		if c.from != fromJSONLDOrg {
			names = dropTaglineWords(names)
		}
		names = dropNewsroomCredits(names, site)
		if len(names) > 1 {
			if mine := slices.DeleteFunc(slices.Clone(names), func(n string) bool { return site.hasHost(n) || holdsDomain(n) }); len(mine) > 0 {
				names = mine
			}
		}
		if len(names) == 0 {
			if siteOnly == nil && slices.ContainsFunc(c.names, site.has) && (namesFit(c.names, c.from) || siteNamed(c.names, site)) {
				siteOnly = &c
			}
			continue
		}
		if !namesFit(names, c.from) && !confirmed(names, c, cands) && !c.spelled {
			continue
		}
		logins := loginsCut(c.names, names)
		c.names = names
		ok = append(ok, scored{c, logins, authorWeight[c.from] + agreeBonus*agreement(c, cands) + nameQuality(names, site) + loginCost(names, c.pos) + unshownCost(c) + guestPostBonus(c)})
	}
	if len(ok) == 0 {
		if siteOnly != nil {
			return siteOnly.names, siteOnly.src, true
		}
		return nil, "", false
	}
	best := slices.MaxFunc(ok, func(a, b scored) int {
		if a.score != b.score {
			return a.score - b.score
		}
		return int(b.c.from) - int(a.c.from) // the earlier source on a tie
	})
	names := best.c.names
	if best.c.from == fromSiteOwner {
		names = ownerAsWritten(names, cands)
	}
	if more := coAuthors(names, ok); more != nil {
		names = more
	}
	if more := loginsWrittenOut(names, best, ok); more != nil {
		names = more
	}
	names = loginsAsWritten(names, cands)
	return refineNames(names, cands), best.c.src, true
}

// siteNamed reports whether names are the site's own name alone, which
// the page declares as its name (og:site_name, the JSON-LD WebSite) and
// which is read as an organisation's: a brand may open with a number
// ("98 Buck Social", "1-800-Flowers", "20th Century Studios") that no
// person's name does.
func siteNamed(names []string, site siteNames) bool {
	return len(names) == 1 && site.has(names[0]) && orgLike(names[0])
}

// ownerAsWritten is the site owner's name as the page's own statements
// write it, when one does and was set aside as the site's name: the
// byline and the JSON-LD of shawnhymel.com say "ShawnHymel". A form all
// in lower case ("annette thurmon") is not preferred to the capitals.
func ownerAsWritten(owner []string, cands []authorCand) []string {
	for _, c := range cands {
		for _, n := range c.names {
			if c.from != fromSiteOwner && nameKey(n) == nameKey(owner[0]) && strings.ToLower(n) != n {
				return []string{n}
			}
		}
	}
	return owner
}

// coAuthors is the longer list of names that a list of author-page links
// gives around the chosen ones: structured data often names a post's
// first author only (Yoast's JSON-LD has one author), where the page
// links "Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn Patra". Only a
// list whose every name is a link counts: a byline's text runs taglines
// on after a name as easily as co-authors. It is nil when no such list
// names every chosen author and more.
func coAuthors(chosen []string, ok []scored) []string {
	var best []string
	for _, o := range ok {
		if len(o.c.names) <= max(len(chosen), len(best)) {
			continue
		}
		if !o.c.linked && !coAuthorLine(o.c, chosen) {
			continue // "Jeff Cobb, Founder of Learning Revolution": a tagline
		}
		all := true
		for _, n := range chosen {
			all = all && slices.ContainsFunc(o.c.names, func(x string) bool { return nameKey(x) == nameKey(n) || initialled(x, n) })
		}
		if all {
			best = o.c.names
		}
	}
	return best
}

// coAuthorLine reports whether c, a visible byline or author element
// whose names are not links, names people where it names more than
// chosen: each name it adds is a person's written out that opens with a
// given name or initials (cowriterName), where a tagline run on after a
// name does not ("Executive Digital Editor and Master Gardener"), and a
// chosen name may be written with initials ("E. Barreneche / J. I. Da
// Silva" beside the JSON-LD's "Eduardo Barreneche"). A CMS's <meta> author
// names a story's first writer only, where the byline reads "Von Anna
// Schmidt und Peter Müller". A box's names each in an element of their
// own are a list, not a line: a sidebar's "Most popular" under the story
// sets its teasers' writers so ("by <a>Dave Johnson</a>", "by <a>Bill
// Scher</a>"), and the story's writer is one of them.
func coAuthorLine(c authorCand, chosen []string) bool {
	if c.pos < 0 || c.items || c.from != fromByline && c.from != fromAuthorElement {
		return false
	}
	for _, n := range c.names {
		if !slices.ContainsFunc(chosen, func(x string) bool { return nameKey(x) == nameKey(n) || initialled(n, x) }) && !cowriterName(n) {
			return false
		}
	}
	return true
}

// scored is a candidate that passed the name tests, its names cut to
// those that did, with its score.
type scored struct {
	c authorCand
	// logins are the logins among the candidate's names that did not
	// pass the name tests ("jroe"), which another source may write out.
	logins []string
	score  int
}

// loginsCut is the logins among all that kept, the names that passed the
// name tests, lacks.
func loginsCut(all, kept []string) []string {
	var out []string
	for _, n := range all {
		if loginName(n) && !slices.Contains(kept, n) {
			out = append(out, n)
		}
	}
	return out
}

// loginsWrittenOut is the list of names that a visible byline of
// another family gives when it names every chosen author and, for each
// login the chosen candidate lost, the person it spells: structured data
// that names "Jane Doe" and "jroe" and a byline "By Jane Doe and John
// Roe" name the same two writers, the byline each in full. It is nil
// when no such byline does.
func loginsWrittenOut(chosen []string, best scored, ok []scored) []string {
	if len(best.logins) == 0 {
		return nil
	}
	for _, o := range ok {
		if o.c.pos < 0 || authorFamily(o.c.from) == authorFamily(best.c.from) || len(o.c.names) != len(chosen)+len(best.logins) {
			continue
		}
		fits := true
		for _, n := range o.c.names {
			if !slices.ContainsFunc(chosen, func(x string) bool { return nameKey(x) == nameKey(n) }) &&
				!slices.ContainsFunc(best.logins, func(l string) bool { return loginSpells(l, n) }) {
				fits = false
			}
		}
		if fits {
			return o.c.names
		}
	}
	return nil
}

// loginsAsWritten is names with each login ("jane.doe") or social
// handle ("@janedoe") that another source's name spells, and only one
// does, written out as that source writes it ("Jane Doe"): a full name
// beats a handle.
func loginsAsWritten(names []string, cands []authorCand) []string {
	var out []string
	for i, n := range names {
		login := strings.TrimPrefix(n, "@")
		if !loginName(login) {
			continue
		}
		full := ""
		for _, c := range cands {
			for _, o := range c.names {
				if loginSpells(login, o) && nameKey(o) != nameKey(full) {
					if full != "" {
						full = "-" // two people: leave the login
						break
					}
					full = o
				}
			}
		}
		if full != "" && full != "-" {
			if out == nil {
				out = slices.Clone(names)
			}
			out[i] = full
		}
	}
	if out == nil {
		return names
	}
	return out
}

// nameQuality weighs how well names say who wrote the piece: a person's
// full name beats a single word (a handle or a first name), and both beat
// a newsroom's collective name or the site's own.
func nameQuality(names []string, site siteNames) int {
	q := 0
	for _, n := range names {
		// "Auswärtige Autoren (AA)": the words before the bracket say
		// what the name is.
		w := strings.Fields(dropParenthetical(bareName(n)))
		if len(w) == 0 {
			continue
		}
		switch {
		case collectiveWords[strings.ToLower(w[len(w)-1])] || slices.ContainsFunc(w, func(x string) bool { return site.has(x) || site.hasHost(x) }) || isCJKOrg(n):
			// A Chinese newspaper's name ("新京报" in Sina's
			// article:author, in Tencent's author element) is its
			// newsroom's: the reporters the text credits come first.
			q = min(q, -25)
		case len(w) == 1 && !isCJKName(n):
			q = min(q, -5)
		}
	}
	return q
}

// nameKey is the form in which names from different sources are compared.
// A title before the name is no part of it ("Dr. Jane Doe" is Jane Doe),
// as a post-nominal after it is none.
func nameKey(n string) string { return simplify(bareName(honorificsCut(n))) }

// agreement counts the families of sources other than c's own that name
// one of c's authors.
func agreement(c authorCand, cands []authorCand) int {
	fams := map[int]bool{}
	for _, o := range cands {
		if f := authorFamily(o.from); f != authorFamily(c.from) && sharesName(c.names, o.names) {
			fams[f] = true
		}
	}
	return len(fams)
}

func sharesName(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if nameKey(x) == nameKey(y) {
				return true
			}
		}
	}
	return false
}

// confirmed reports whether names that fail the name test are stated alike
// by an independent source: "kirstin boatto" in the author <meta> and the
// JSON-LD is a name written in lower case, not a phrase.
func confirmed(names []string, c authorCand, cands []authorCand) bool {
	if c.pos >= 0 {
		return false // visible text: a phrase is too easily repeated
	}
	for _, n := range names {
		if !plainWords(n) {
			return false
		}
	}
	return agreement(authorCand{names: names, from: c.from}, cands) > 0
}

// plainWords reports whether n is one to four words of letters (with the
// apostrophes, hyphens and dots names hold).
func plainWords(n string) bool {
	w := strings.Fields(n)
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	return strings.IndexFunc(n, func(r rune) bool {
		return !unicode.IsLetter(r) && !strings.ContainsRune(" .'’-", r)
	}) < 0
}

// namesFit reports whether names read as people or, from a source that
// declares an organisation, as an organisation's name written out.
func namesFit(names []string, from authorFrom) bool {
	if from != fromJSONLDOrg {
		return looksLikeNames(names)
	}
	for _, n := range names {
		if !orgLike(n) {
			return false
		}
	}
	return true
}

// orgWords may stand in lower case inside an organisation's name ("Center
// for Drug Evaluation and Research").
var orgWords = setOf("for", "and", "of", "the", "&", "on", "in", "at", "de", "du", "des", "la", "le", "y", "e", "und", "für")

func orgLike(n string) bool {
	// An editorial office in Japanese or Chinese ("ハーバー編集部",
	// "江城日报编辑部"), which no capital opens.
	if jaNewsroom(n) || cjkNewsroom(n) {
		return true
	}
	w := strings.Fields(n)
	if len(w) == 0 || len(w) > 8 || strings.ContainsAny(n, "?!:;\"“”") || looksLikeDomain(n) {
		return false
	}
	if len(w) >= 3 && officeOfPaper(w) {
		return true // "La rédaction de Ouest-Info": the office's word in lower case
	}
	for _, x := range w {
		if r := []rune(x)[0]; !unicode.IsUpper(r) && !unicode.IsDigit(r) && !orgWords[strings.ToLower(x)] {
			return false
		}
	}
	return true
}

// reNotAName matches what sits where an author's name would and is not
// one: a month ("AUG", "Nov", "janv.", "lug") or a weekday ("Sat"), a
// press release (in the languages of pressReleaseRe), a picture's credit
// line ("Photo by", Italian "Foto di", Japanese "写真"), a Korean
// translator's or reviewer's credit after the writer's ("번역 김철수",
// "감수 김철수": "글 홍길동 · 번역 김철수"), Vietnamese "PV"
// and "Nhóm PV" (reporter, the reporters' team), a newsroom's desk
// ("Web Desk", "City Desk", "Editorial Desk": a department, no person,
// and not the paper written out as "Herald Staff" is), a sign-in link, a
// German date label ("Stand", "Aktualisiert").
var reNotAName = regexp.MustCompile(`(?i)^(?:` + monthRe + `\.?|` + monthAbbrevRe + `\.?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?|` + pressReleaseRe + `|staff\s+reports?|(?:web|news|online|digital|city|metro|editorial|national|foreign|world|local|regional|sports?|business|features?|politics|international)\s+desk|sponsored(?:\s+content)?|advertorial|partner\s+content|(?:photo|foto|image|picture|video|illustration)s?(?:\s+(?:by|credit))?\b.*|写真|(?:번역|감수)\s.*|pv|nhóm\s+(?:pv|phóng\s+viên)|getty\s+images|shutterstock|(?:member\s+)?(?:login|log\s+in|sign\s+in|sign\s+up|register)|stand|aktualisiert|veröffentlicht)$`)

// monthAbbrevRe are the month abbreviations of French, Italian, Spanish,
// Portuguese and Dutch that monthRe does not read: a template that sets
// its date's parts in elements of their own may put one where a name
// goes ("<span class=author>janv.</span>").
const monthAbbrevRe = `(?:janv|juil|déc|gen|lug|ott|dic|ago|set|out|mrt)`

// pressReleaseRe is "press release" in the languages most common in
// news: a CMS credits a release so in its author field
// ("Pressemitteilung", "Communiqué de presse", "Пресс-релиз", "Basın
// Bülteni", "Siaran Pers", "بيان صحفي", "新闻稿", "プレスリリース",
// "보도자료"). It names no writer.
const pressReleaseRe = `press\s+releases?(?:\s+distribution)?|news\s+release|pressemitteilung(?:en)?|pressemeldung|presseinformation|medienmitteilung|communiqués?\s+de\s+presse|comunicados?\s+de\s+(?:prensa|imprensa)|notas?\s+de\s+prensa|comunicat[oi]\s+stampa|persbericht(?:en)?|` +
	`пресс-релиз|прес-реліз|basın\s+(?:bülteni|açıklaması)|siaran\s+pers|rilis\s+pers|بيان\s+صحفي|بیانیه\s+مطبوعاتی|प्रेस\s+विज्ञप्ति|新闻稿|新聞稿|プレスリリース|보도자료`

// rejectedName reports whether a candidate's name is not a name at all.
func rejectedName(n string) bool {
	return notANameStart.MatchString(strings.TrimSpace(n)) || looksLikeDomain(n)
}

// notANameStart is reNotAName cut for speed, as reShortBoiler is
// (shortBoilerStart): each alternative alone, tried only on a name whose
// first byte it can open with and whose first letters it holds. Whole,
// reNotAName ran on every name of every candidate. rejectedName trims
// the name first, so that "\s*" before each alternative, which the
// dispatch wants, matches nothing.
var notANameStart = func() *startDispatch {
	inner := strings.TrimSuffix(strings.TrimPrefix(reNotAName.String(), `(?i)^(?:`), `)$`)
	var alts []string
	for _, a := range topAlternatives(inner) {
		alts = append(alts, `\s*(?:`+a+`)$`)
	}
	return newStartDispatch(`(?i)`, alts)
}()

// holdsDomain reports whether a name holds a web address as a word: "NJ.com
// The Star-Ledger" after "Justin Zaremba" is the publication, not a
// co-author; alone ("NFL.com Staff") it is the newsroom's byline.
func holdsDomain(n string) bool {
	return strings.Contains(n, ".") && slices.ContainsFunc(strings.Fields(n), looksLikeDomain)
}

// wordNotName reports whether n is one lower-case word that the page's
// text uses as an ordinary word, twice or more: "quality" in a post about
// quality, "historian" in a list of signatories are words where a name
// stood; a handle ("timothy", "zahlenzauberin") is written once, in its
// byline ("Posted by timothy"), or in an address. A newsroom's word
// ("team") is weighed by nameQuality instead. A word of a script without
// letter case (Hangul "김민수", Arabic, Thai) is no lower-case word: a
// Korean story's closing line and its reporter box write the name twice.
func wordNotName(n, text string) bool {
	if strings.Contains(n, " ") || strings.ToLower(n) != n || !strings.ContainsFunc(n, unicode.IsLower) || collectiveWords[n] || isCJKName(n) {
		return false
	}
	return wordUses(text, n, 2) == 2
}

// refineNames writes each chosen name out as fully as another source
// does, and no further: post-nominals another source writes after the
// same name are kept; a first name alone ("David") gives way to the
// full name another source starts with it ("David Bau"), and a name that
// another source states without the tagline run into it ("Sofia Kondrat
// EdTech", "Linda Rosencrance Contributing") is cut to that name.
func refineNames(names []string, cands []authorCand) []string {
	out := slices.Clone(names)
	for i, n := range out {
		if run := nameRun(n, cands); run != nil {
			// "Jane Doe John Roe", two names whose elements the text ran
			// together, that another source lists apart.
			out = slices.Concat(out[:i], run, out[i+1:])
			return refineNames(out, cands)
		}
		words := strings.Fields(n)
		for _, c := range cands {
			for _, o := range c.names {
				ow := strings.Fields(o)
				switch {
				case credentialed(o) && len(o) > len(n) && nameKey(o) == nameKey(n):
					// "Genevieve Carlton" in one source, "Genevieve
					// Carlton, Ph.D." in another: as the page writes it.
					out[i] = o
				case honorificsTitled(o) && !honorificsTitled(n) && nameKey(o) == nameKey(n):
					// "Dr. Jane Doe" in the byline, "Jane Doe" in the
					// metadata, or the other way round: one person, in
					// the fuller form, as a post-nominal is kept.
					out[i] = o
				case capitals(n) > 0 && capitals(o) < 0 && !lowerOpened(o) && len(ow) == len(words) && nameKey(o) == nameKey(n):
					// "JANE DOE" in a byline that shouts, "Jane Doe" in
					// the meta or an author link: the name as it is
					// written, the capitals being the byline's style.
					out[i] = o
				case len(words) == 1 && len(ow) >= 2 && len(ow) <= 4 && strings.EqualFold(ow[0], words[0]) && looksLikeNames([]string{o}):
					out[i] = o
				case len(ow) >= 2 && len(ow) < len(words) && wordPrefix(ow, words):
					out[i] = o
				}
			}
		}
	}
	return dedupe(out)
}

// nameRun is the names of another candidate that, one after the other,
// spell n: "Jane Doe John Roe" is Jane Doe and John Roe when a source
// lists them so. It is nil when none does.
func nameRun(n string, cands []authorCand) []string {
	if len(strings.Fields(n)) < 4 {
		return nil
	}
	for _, c := range cands {
		if len(c.names) >= 2 && nameKey(strings.Join(c.names, " ")) == nameKey(n) {
			return c.names
		}
	}
	return nil
}

// wordPrefix reports whether the words of p start those of w, ignoring case.
func wordPrefix(p, w []string) bool {
	for i := range p {
		if !strings.EqualFold(p[i], w[i]) {
			return false
		}
	}
	return true
}
