package extractor

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// titleContext is what the cleaning of a title needs to know about the page.
type titleContext struct {
	siteName, host, section string
	nav                     *navSet
	home                    *homeNames
	page                    *url.URL
	// base, where the page's <base href> sets one apart from its own
	// address, is what its links are read against; nil otherwise.
	base      *url.URL
	canonical string
	// canon is canonical resolved against page once, for selfLink; nil
	// where the context was not made by newTitleContext.
	canon *resolvedURL
	// slug holds the words of the page's slug (slugWords), nil where
	// its address spells none.
	slug []string
	// owners holds the simplified names the page's copyright lines give
	// its owner: on a page without og:site_name, the site's name as its
	// footer writes it ("© 2025 Digital Preservation Coalition").
	owners []string
	// named holds what siteNamedAs compares every segment with, read
	// once from the site's name and host (nil: read at each call).
	named *siteKeys
	// cleaned holds the titles clean has cleaned on the page (nil: none
	// is kept).
	cleaned *[]cleanedTitle
	// meta is the page's metadata, where its stated authors are read
	// (statesAuthor); nil on a page read without it.
	meta *pageMeta
}

// siteKeys are the site's name and the labels of its host as siteNamedAs
// compares them, simplified once for all the segments of a page.
type siteKeys struct {
	siteName, host  string // what they were read from
	name, nameNoThe string // simplify(siteName), simplify(withoutThe(siteName))
	labels          []hostKey
	domain          int // domainLabel of the labels
}

// hostKey is one label l of the host (lower case, "www." cut), the i-th of
// n, simplified as siteNamedAs compares it.
type hostKey struct {
	label   string
	skip    bool   // too short, or generic
	short   bool   // two characters that name the site (shortLabel): matched whole only
	simple  string // simplify(l)
	joined  string // simplify of the labels from l on, joined with dots; "" for the last
	theRest string // simplify of l without its leading "the", when 4 bytes or more are left; else ""
}

// siteKeysOf reads the keys of siteName and host.
func siteKeysOf(siteName, host string) *siteKeys {
	k := &siteKeys{siteName: siteName, host: host, name: simplify(siteName), nameNoThe: simplify(withoutThe(siteName))}
	h := strings.TrimPrefix(strings.ToLower(host), "www.")
	labels := strings.Split(h, ".")
	k.domain = domainLabel(labels)
	k.labels = make([]hostKey, len(labels))
	for i, l := range labels {
		hk := &k.labels[i]
		hk.label = l
		hk.short = shortLabel(labels, i, k.domain)
		if hk.skip = (len(l) < 3 && !hk.short) || genericLabels[l]; hk.skip {
			continue
		}
		hk.simple = simplify(l)
		if i < len(labels)-1 {
			hk.joined = simplify(strings.Join(labels[i:], "."))
		}
		if rest, ok := strings.CutPrefix(l, "the"); ok && len(rest) >= 4 {
			hk.theRest = simplify(rest)
		}
	}
	return k
}

// shortLabel reports whether the i-th of a host's labels is two
// characters that name the site: the registrable label ("rt.com",
// "nu.nl", "nd.de"), or a subdomain before it that holds a digit, a
// brand's and no language's or country's code ("g1.globo.com"; not "en."
// or "uk."). A segment of <title> that is that label whole, or the host
// from it on ("NU.nl"), names the site.
func shortLabel(labels []string, i, domain int) bool {
	l := labels[i]
	if len(l) != 2 || i >= len(labels)-1 || secondLevel[l] || publicSecondLevel[l] {
		return false
	}
	if i == domain {
		return true
	}
	return i < domain && strings.ContainsAny(l, "0123456789") && strings.ContainsAny(l, "abcdefghijklmnopqrstuvwxyz")
}

// publicSecondLevel are two-letter second-level domains that name a
// kind of registrant, not a site, beside secondLevel's: Japan's go.jp,
// lg.jp, ed.jp, gr.jp and Austria's gv.at.
var publicSecondLevel = setOf("go", "lg", "ed", "gr", "gv")

// keys returns the site keys of tc's site name and host, read once per
// page where newTitleContext set tc.named up.
func (tc titleContext) keys() *siteKeys {
	if k := tc.named; k != nil && k.siteName == tc.siteName && k.host == tc.host {
		return k
	}
	k := siteKeysOf(tc.siteName, tc.host)
	if tc.named != nil {
		*tc.named = *k
	}
	return k
}

func newTitleContext(m *pageMeta, doc *html.Node, siteName string, page *url.URL, nav *navSet) titleContext {
	canonical := m.links["canonical"]
	if page == nil || page.Host == "" {
		// A page read without its URL: where it says it lives will do.
		og, _ := m.tag("og:url")
		page = &url.URL{}
		for _, s := range []string{canonical, og} {
			if u, err := url.Parse(strings.TrimSpace(s)); err == nil && u.IsAbs() && u.Host != "" {
				page = u
				break
			}
		}
	}
	tc := titleContext{siteName: siteName, host: hostOf(page), nav: nav, page: page,
		home: &homeNames{doc: doc, meta: m, page: page}, canonical: canonical, canon: canonicalOn(page, canonical), owners: copyrightOwners(m.copyrights), named: &siteKeys{}, cleaned: new([]cleanedTitle), meta: m}
	tc.section, _ = m.tag("article:section")
	tc.slug = slugWords(page)
	// A site name with separators is a page title put in og:site_name
	// ("How to … | Clay"): its last segment names the site.
	if parts := titleParts(siteName); len(parts) > 1 {
		tc.siteName = parts[len(parts)-1]
	}
	return tc
}

// withBase sets the address the page's links are read against when its
// <base href> moves it from the page's own: TYPO3 and Contao sites set
// the site's root as every page's base, and a menu's "geschichte.html"
// is then the page itself, "/geschichte.html", not a link beside
// "/geschichte.html" read as a front page's.
func (tc *titleContext) withBase(page, base *url.URL) {
	if page == nil || base == nil || page.Host == "" || *page == *base {
		return
	}
	tc.base = base
	tc.home.base = base
}

// abs returns href read against the page's <base>, absolute, where the
// page has one; href itself otherwise (it is read against the page).
func (tc titleContext) abs(href string) string {
	return absAgainst(href, tc.base)
}

// cmsLabels are segments CMS themes put in every <title> of a kind of
// page: WordPress's default theme (Kubrick) wrote "Site » Blog Archive »
// Post", and many themes copied it, in their languages ("Blog Archiv",
// "Archives du blog"); phpBB 2 and 3.0 write "Board • View topic - Topic"
// (and "View forum", "View profile"), in their language packs too.
var cmsLabels = setOf("blogarchive", "blogarchiv", "archivesdublog", "archivodelblog", "archivioblog", "blogarchief", "arquivodoblog",
	"viewtopic", "viewforum", "themaanzeigen", "forumanzeigen", "voirlesujet", "voirleforum", "vertema", "verforo", "visualizzaargomento", "visualizzaforum",
	"просмотртемы", "просмотрфорума", "bekijkonderwerp", "bekijkforum", "wyświetltemat", "wyświetlforum", "vertópico", "verfórum")

// beforeCMSLabel returns the segments of a <title> before a CMS's label
// (cmsLabels): the site's name, which a heading that repeats it ("<h1>Board
// name</h1>" above the topic's <h2> on phpBB's prosilver) names the site
// with, not the page.
func beforeCMSLabel(title string) []string {
	parts := titleParts(title)
	for i := len(parts) - 2; i > 0; i-- {
		if cmsLabels[simplify(parts[i])] {
			return parts[:i]
		}
	}
	return nil
}

// siteOrLabel reports whether a <title> segment names the site, the page's
// section, a navigation menu entry or a link to a front page, or is a
// CMS's label.
func (tc titleContext) siteOrLabel(seg string) bool {
	return tc.siteOrSection(seg) || tc.nav != nil && tc.nav.has(seg) && !tc.home.selfLinked(seg)
}

// siteOrSection reports whether a <title> segment names the site or the
// page's section, links to a front page, or is a CMS's label: what
// siteOrLabel accepts but a menu entry.
func (tc titleContext) siteOrSection(seg string) bool {
	if siteLike(seg, tc.siteName, tc.host) || hostNamed(seg, tc.host) {
		return true
	}
	k := simplify(seg)
	return tc.section != "" && k == simplify(tc.section) || cmsLabels[k] || printLabels[k] || tc.home.has(seg)
}

// printLabels name a story's printable page, which older CMSs title as
// the story with the label beside it ("Headline - Printer Friendly
// Version - Site", "Druckversion - Headline", vBulletin's "Printable
// View"), simplified. Not a bare "Print", a magazine's section as often.
var printLabels = setOf("printerfriendlyversion", "printerfriendly", "printversion", "printableversion", "printview", "printableview", "printpreview",
	"druckversion", "druckansicht", "versionparaimprimir", "versiónparaimprimir", "versionimprimible", "versiónimprimible",
	"versionimprimable", "versioneperlastampa", "versionestampabile", "printversie", "afdrukversie", "versãoparaimpressão", "versaoparaimpressao",
	"версиядляпечати", "wersjadodruku")

// siteNamed reports whether a segment is the site's whole name, as
// og:site_name, the host, a link to the front page or a feed's title
// gives it: not a section or a menu entry, and not a longer phrase that
// starts with the name, as a headline may ("Docker Hardened Images: …"
// on Docker's site).
func (tc titleContext) siteNamed(seg string) bool {
	return anySpelling(seg, tc.siteNamedAs)
}

// siteNamedAs is siteNamed for the segment as written.
func (tc titleContext) siteNamedAs(seg string) bool {
	s := simplify(seg)
	if s == "" {
		return false
	}
	k := tc.keys()
	if s == k.name || tc.home.hasSite(seg) || s == k.nameNoThe || slices.Contains(tc.owners, s) {
		return true
	}
	// "صحيفة الوطن", "Газета «Вести Долины»", "中国江城日报": the name
	// the page gives its site with a descriptor around it.
	if name, ok := withoutDescriptors(seg); ok {
		if s := simplify(name); s == k.name || tc.home.hasSite(name) || slices.Contains(tc.owners, s) {
			return true
		}
	}
	// "The Valley Gazette" on valleygazette.com, "DER SPIEGEL" on
	// spiegel.de: the host drops the article; "Valley News" on
	// thevalleynews.com: the name does.
	bare, bareRead := "", false
	for i := range k.labels {
		hk := &k.labels[i]
		if hk.skip {
			continue
		}
		if !bareRead {
			bare, bareRead = simplify(withoutArticle(seg)), true
		}
		if s == hk.simple || i < len(k.labels)-1 && s == hk.joined {
			return true
		}
		if hk.short {
			continue
		}
		if bare != "" && bare == hk.simple {
			return true
		}
		if hk.theRest != "" && s == hk.theRest {
			return true
		}
		if i != k.domain {
			continue
		}
		// "Garnix Blog" on garnix.io, "CBN News" on cbn.com.
		l := hk.label
		if rest, ok := strings.CutPrefix(s, hk.simple); ok && nameWords[rest] || hostAbbreviates(l, seg) || acronymOf(seg, l) || hostPartsNamed(l, seg) || describedName(hk.simple, seg) {
			return true
		}
	}
	return false
}

// describedName reports whether a name of six words or fewer is the
// host's label spelt by a run of its words, the others generic words a
// news site adds to its name (siteDescriptors): "Valley Samachar Hindi
// News" on valleysamachar.in, "Berita Terkini Lembah News" on
// lembahnews.com.
func describedName(label, name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 6 || !strings.HasPrefix(label, simplify(words[0])) && !siteDescriptors[strings.ToLower(words[0])] {
		return false
	}
	for i := range words {
		var run string
		for j := i; j < len(words) && len(run) < len(label); j++ {
			run += simplify(words[j])
			if run != label {
				continue
			}
			if j-i+1 == len(words) {
				return false // the name whole, for siteNamedAs to judge
			}
			for _, w := range slices.Concat(words[:i], words[j+1:]) {
				if !siteDescriptors[strings.ToLower(w)] {
					return false
				}
			}
			return true
		}
	}
	return false
}

// siteDescriptors are the words a news site adds to the name its host
// spells: the language it writes in and generic words for news, in the
// languages of issue 13 (Hindi's in Devanagari too).
var siteDescriptors = setOf("news", "latest", "breaking", "live", "online", "today", "daily", "local", "portal",
	"हिंदी", "हिन्दी", "न्यूज़", "न्यूज", "समाचार", "ख़बर", "खबर",
	"hindi", "english", "urdu", "tamil", "telugu", "bangla", "bengali", "marathi", "gujarati", "punjabi", "kannada", "malayalam",
	"samachar", "khabar", "berita", "terkini", "terbaru", "indonesia", "noticias", "notícias", "nachrichten", "haber", "haberleri", "tin", "tức")

// withoutDescriptors returns a site's name without the generic words
// around it (siteDescriptors; nameDescriptors, which a name may hold
// besides), and whether it had any: "صحيفة الوطن اليومية" (the daily
// paper al-Watan) is "الوطن", "Газета «Вести Долины»" "Вести Долины", "ИА
// Долина" "Долина"; a CJK name loses a country before it and a site's
// word after it ("中国江城日报", "江城官方网站", "江城新闻网"). The name
// itself stays: at least a word, or two CJK characters.
func withoutDescriptors(seg string) (string, bool) {
	if strings.HasPrefix(seg, "中国") || holdsAnySuffix(seg, cjkNameEnds) {
		if !isMostlyCJK(seg) {
			return "", false
		}
		name := strings.TrimPrefix(seg, "中国")
		for _, end := range cjkNameEnds {
			if rest, ok := strings.CutSuffix(name, end); ok {
				name = rest
				break
			}
		}
		return name, name != seg && utf8.RuneCountInString(name) >= 2
	}
	generic := func(w string) bool {
		w = strings.ToLower(w)
		return siteDescriptors[w] || nameDescriptors[w]
	}
	// Most segments neither open nor end with such a word: seen
	// before they are split into words.
	first, _, _ := strings.Cut(seg, " ")
	if !generic(first) && !generic(seg[strings.LastIndexByte(seg, ' ')+1:]) {
		return "", false
	}
	words := strings.Fields(seg)
	if len(words) < 2 || len(words) > 6 {
		return "", false
	}
	lo, hi := 0, len(words)
	for lo < hi-1 && generic(words[lo]) {
		lo++
	}
	for hi > lo+1 && generic(words[hi-1]) {
		hi--
	}
	if lo == 0 && hi == len(words) {
		return "", false
	}
	return strings.Trim(strings.Join(words[lo:hi], " "), "«»\"“”„'"), true
}

// nameDescriptors are the words for a paper, an agency, a portal or a
// site, and generic adjectives, that Arabic, Persian, Russian, Ukrainian,
// Turkish, Vietnamese, Indonesian, Polish, Romanian, Hindi and Bengali
// news sites write around their names, in lower case: "صحيفة الوطن",
// "بوابة الأهرام", "الجزيرة نت", "Газета «Вести»", "ИА Регнум", "Sabah
// Gazetesi", "Báo Thanh Niên", "Harian Lembah", "Gazeta Doliny", "Ziarul
// Valea", "घाटी समाचार". Words that a name may hold ("news") are
// siteDescriptors.
var nameDescriptors = setOf(
	"صحيفة", "جريدة", "بوابة", "موقع", "شبكة", "وكالة", "أخبار", "اخبار", "نيوز", "نت", "أونلاين",
	"اليومية", "الإلكترونية", "الالكترونية", "الإلكتروني", "الالكتروني", "الإخبارية", "الاخبارية", "الإخباري", "الاخباري",
	"روزنامه", "خبرگزاری", "پایگاه", "خبری", "سایت",
	"газета", "издание", "интернет-издание", "агентство", "информагентство", "иа", "портал", "сайт", "журнал", "новости",
	"газети", "видання", "інтернет-видання", "агенція", "новини", "інформагенція",
	"gazetesi", "gazete", "ajansı", "báo", "harian", "gazeta", "dziennik", "ziarul", "cotidianul",
	// Hindi portals' and papers' words for news, a daily and a paper
	// ("घाटी समाचार", "दैनिक घाटी", "घाटी न्यूज़"), and Bengali's.
	"समाचार", "न्यूज़", "न्यूज", "दैनिक", "पत्रिका", "সংবাদ", "পত্রিকা")

// cjkNameEnds end a CJK site's name after the name it gives itself: its
// official site, its news site, its web site ("江城官方网站", "江城新闻网").
var cjkNameEnds = []string{"官方网站", "官方網站", "官网", "官網", "新闻网", "新聞網", "网站", "網站", "网", "網"}

// hostPartsNamed reports whether a name of five words or fewer spells
// each part of a hyphenated domain label, as a word of its own or as the
// head of that part: "St. Georgs Chorknaben Ulm" on chorknaben-ulm.de,
// "Feuerwehr Oldenburg" on feuerwehrtaucher-oldenburg.de. A club's or a
// firm's site is named by its words joined with hyphens; a headline that
// holds every one of them is rare.
func hostPartsNamed(label, name string) bool {
	parts := strings.Split(label, "-")
	words := strings.Fields(name)
	if len(parts) < 2 || len(words) > 5 {
		return false
	}
	ws := make([]string, 0, len(words))
	for _, w := range words {
		if w = simplify(w); w != "" {
			ws = append(ws, w)
		}
	}
	for _, p := range parts {
		if len(p) < 3 || !slices.ContainsFunc(ws, func(w string) bool { return w == p || len(w) >= 5 && strings.HasPrefix(p, w) }) {
			return false
		}
	}
	return true
}

// hostAbbreviates reports whether a host label writes a name of two words
// or more by the initials of its first words and the rest whole:
// "nytimes" for "The New York Times", "latimes" for "Los Angeles Times",
// "wsj" for "Wall Street Journal".
func hostAbbreviates(label, name string) bool {
	words := strings.Fields(name)
	if len(words) > 0 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	if len(words) < 2 || len(words) > 6 || len(label) < 3 {
		return false
	}
	ws := make([]string, len(words))
	for i, w := range words {
		if ws[i] = simplify(w); ws[i] == "" {
			return false
		}
	}
	label = simplify(label)
	// label == initials + strings.Join(ws[k:], ""), compared in place:
	// every form opens with the first word's initial.
	if label == "" || label[0] != ws[0][0] {
		return false
	}
	for k := 1; k <= len(ws); k++ {
		if label[k-1] != ws[k-1][0] {
			return false
		}
		if k == len(ws) {
			return len(label) == k
		}
		if joinedIs(label[k:], ws[k:]) {
			return true
		}
		if len(label) == k {
			return false
		}
	}
	return false
}

// joinedIs reports whether s is strings.Join(ws, "").
func joinedIs(s string, ws []string) bool {
	for _, w := range ws {
		if !strings.HasPrefix(s, w) {
			return false
		}
		s = s[len(w):]
	}
	return s == ""
}

// acronymOf reports whether seg is the site's acronym in capitals that
// its domain label begins with and goes on from: "NYT" on nytimes.com,
// "LAT" on latimes.com, "SMH" on smh.com.au is the label itself and
// matched before.
func acronymOf(seg, label string) bool {
	if len(seg) < 3 || len(seg) > 5 || len(label) <= len(seg) {
		return false
	}
	for _, r := range seg {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return strings.HasPrefix(label, strings.ToLower(seg))
}

// reCopyrightLine matches a copyright line's start: the sign, or the
// word before a sign or a year (not the word in "A Guide to Copyright").
var reCopyrightLine = regexp.MustCompile(`(?i)©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})`)

// reRightsReserved matches "all rights reserved" in languages other than
// English, which copyrightHolder leaves.
var reRightsReserved = regexp.MustCompile(`(?i)版权所有|版權所有|tous droits|alle rechte|todos los derechos|tutti i diritti|todos os direitos|wszelkie prawa`)

// reLegalForm matches the legal form that ends a company's name.
var reLegalForm = regexp.MustCompile(`(?i)[,\s]+(?:inc|llc|ltd|limited|corp|corporation|company|co|gmbh|ag|plc|pty|s\.?a|l\.?p)\.?$`)

// ownerWords end a company's name after the site's: "Stadtblatt Online",
// "Valley Media".
var ownerWords = setOf("online", "media", "group", "digital", "news", "verlag", "medien", "publishing")

// copyrightOwners returns the simplified names a page's copyright lines
// give its owner, each also without its legal form ("SewCanShe, LLC")
// and its leading article.
func copyrightOwners(lines []string) []string {
	var out []string
	for _, l := range lines {
		if !reCopyrightLine.MatchString(l) {
			continue
		}
		h := copyrightHolder(l)
		// "Éditions Dupont S.A. Tous droits réservés": the name ends
		// with the first sentence, or where the rights are reserved.
		if i := strings.Index(h, ". "); i > 0 {
			h = h[:i]
		}
		if loc := reRightsReserved.FindStringIndex(h); loc != nil {
			h = strings.TrimSpace(h[:loc[0]])
		}
		if n := len(strings.Fields(h)); n == 0 || n > 8 {
			continue
		}
		bare := reLegalForm.ReplaceAllString(h, "")
		// "Stadtblatt Online GmbH" is "Stadtblatt" in a <title>.
		short := ""
		if f := strings.Fields(bare); len(f) > 1 && ownerWords[strings.ToLower(f[len(f)-1])] {
			short = strings.Join(f[:len(f)-1], " ")
		}
		for _, name := range []string{h, bare, short} {
			for _, v := range []string{name, withoutThe(name)} {
				if k := simplify(v); k != "" && !slices.Contains(out, k) {
					out = append(out, k)
				}
			}
		}
	}
	return out
}

// folderNamed reports whether a segment of three words or fewer names a
// folder of the page's address, the last step (the page's own slug) left
// aside: "World" on /news/world/flood, "US News" on /us-news/1234.
func (tc titleContext) folderNamed(seg string) bool {
	if tc.page == nil || spacedWords(seg) > 3 {
		return false
	}
	s := simplify(seg)
	if s == "" {
		return false
	}
	dirs := strings.Split(strings.Trim(tc.page.Path, "/"), "/")
	for _, d := range dirs[:len(dirs)-1] {
		if simplify(d) == s {
			return true
		}
	}
	return false
}

// nameWords follow a site's name in the name it gives itself: a blog's, a
// paper's, a station's or a network's ("Garnix Blog", "CBN News", "Foo
// Herald", "Rural News Network", "Stadtblatt Online").
var nameWords = setOf("blog", "news", "magazine", "journal", "daily", "weekly", "online", "network", "tv", "radio", "herald", "times", "post", "tribune", "gazette", "press", "today", "zeitung", "nachrichten")

// domainLabel returns the index of the label that names the registrable
// domain, the one before the top-level domain or before a second-level
// one ("bbc" in www.bbc.co.uk), or -1.
func domainLabel(labels []string) int {
	i := len(labels) - 2
	if i > 0 && len(labels[i]) <= 3 && secondLevel[labels[i]] {
		i--
	}
	return i
}

// secondLevel are the second-level domains under which a country's
// registrable names sit ("co.uk", "com.au").
var secondLevel = setOf("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or")

// genericLabels are host labels that name no site ("news.example.com").
var genericLabels = setOf("www", "news", "blog", "blogs", "web", "home", "info", "com", "org", "net")

// hostNamed reports whether a short segment starts with the name the host
// gives the site: "CBN News" on cbn.com, "Trend News" on trend.az.
func hostNamed(seg, host string) bool {
	if len(strings.Fields(seg)) > 3 {
		return false
	}
	labels := strings.Split(strings.ToLower(host), ".")
	labels = labels[:max(len(labels)-1, 0)] // not the top-level domain
	ledByHost := func(seg string) bool {
		s := simplify(seg)
		for _, l := range labels {
			if len(l) >= 3 && !genericLabels[l] && strings.HasPrefix(s, simplify(l)) {
				return true
			}
		}
		return false
	}
	return anySpelling(seg, ledByHost)
}

func hostOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.Hostname()
}
