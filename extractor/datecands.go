package extractor

import (
	"math"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Dates are decided in two steps, as htmldate does: this file gathers every
// date the page states, with its evidence; datechoice.go checks each for
// plausibility and chooses the publication and modification dates, where
// "none" is an answer.

// Date kinds: what the page says a date is.
const (
	kindPublished = "published"
	kindModified  = "modified"
	// kindOriginal is a note in the text that the piece first appeared
	// elsewhere or earlier ("Originally published on …"): it beats the
	// byline's date only when the note says the piece has been updated
	// since (chooseDates).
	kindOriginal = "original"
	// kindEvent is the day of an event the page announces (eventDate):
	// no date of the page's, and no candidate.
	kindEvent = "event"
)

// dateCand is one date the page states: its value, what the page says it
// is (kindPublished, kindModified, kindOriginal or "" for unlabelled), the
// source it came from ("json-ld", "meta:article", "microdata", "microformat",
// "byline-text", "visible-text", "time-element", "script-data", "url",
// "selector", or the crawl's "sitemap" and "feed") and, for visible text, its position in the sequence of short
// blocks (the headline's is visible.h1Pos).
type dateCand struct {
	w    when
	kind string
	src  string
	pos  int
	// aside: a visible date read from an element the page names as
	// furniture (a widget, a sidebar) just below the headline.
	aside bool
	// teaser: an unlabelled visible date read in a link that holds more
	// than it (teaserLink), a card leading to another page. It counts as
	// a day the page shows beside another (visible.alone) but is never
	// the page's own (visible.pick).
	teaser bool
	// at: the instant of a <time datetime> in the line a date was read
	// from as text without its zone (scanner.instantsShown); the date
	// chosen, it is the instant.
	at when
	// loneUpdate: the date of a Chinese update label alone on its line,
	// read as the dateline (cjkLoneUpdate); on a Japanese page it is the
	// update (japaneseUpdates).
	loneUpdate bool
	// reviewer: a visible date read from a reviewer's row the scan met
	// before any byline (scanner.markReviewer).
	reviewer bool
	// state: an unlabelled date the page gives as its state ("Stand:
	// 14.06.2025 09:00 Uhr", German "as of"; visible.stateAfter).
	state bool
}

// pageDates are the date candidates of one page, by where they come from.
type pageDates struct {
	// structured are the statements of JSON-LD, <meta> and microdata, the
	// article's own JSON-LD object first, then by the trust of their key.
	structured []dateCand
	// vis holds the dates of the visible text near the headline, with their
	// positions, and whether a site selector forced its first.
	vis visible
	// times are the <time datetime> values of the whole page.
	times []dateCand
	// script is the first publication date in the page's script data.
	script []dateCand
	// url is the date in the page URL's path.
	url []dateCand
	// zone is the zone the page's language implies for its times
	// (resolved.zoneGuess), nil for none: a relative date is counted back
	// from the fetch in it, and a UTC statement shown on local time is
	// dated on the local day (shownInZone).
	zone *time.Location
	// known are the publication dates the crawl knows from outside the
	// page (a news sitemap, a feed).
	known []dateCand
	// nTimes counts the page's <time datetime> elements, parsed or not,
	// a list's teasers' among them.
	nTimes int
	// urlYear and urlMonth are the year and month folders of the page's
	// address, for a day the page shows without its year (0: none).
	urlYear, urlMonth int
}

// Keys that state a publication or a modification date, most trusted first.
var (
	// A JobPosting's (and a listing's) "datePosted" is its publication.
	// Baidu's "time factor" (its Cambrian JSON-LD, which Chinese sites
	// write for its search: "pubDate", "upDate") is read as schema.org's.
	ldPublishedKeys   = []string{"datePublished", "dateCreated", "uploadDate", "datePosted", "pubDate"}
	ldModifiedKeys    = []string{"dateModified", "upDate"}
	metaPublishedKeys = []string{"article:published_time", "og:article:published_time", "article:published", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "published", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "date", "article.published", "og:published_time", "cxenseparse:recs:publishtime", "weibo:article:create_at", "created", "release_date", "og:release_date", "firstpublishedtime", "published-date", "published_date", "publication-date", "date-published", "citation_publication_date", "citation_date", "citation_online_date", "prism.publicationdate",
		// Chinese portals' (GeneralNewsExtractor's list).
		"pubtime", "_pubtime", "og:time", "apub:time",
		// The spelling without the underscore of "publish_time", beside
		// "publishdate": what other Chinese CMSs write.
		"publishtime",
		// The rest of htmldate's list (DATE_ATTRIBUTES), less its
		// generation stamps ("timestamp", "gentime").
		"article:published_date", "article:post_date", "article:publicationdate", "og:article:published", "article_date_original", "dc.created", "dc.date.publication", "date_published", "date_created", "dateposted", "displaydate", "doc_date", "originalpublicationdate", "content_create_date", "dcsext.articlefirstpublished", "analyticsattributes.articledate", "cxenseparse:publishtime", "bt:pubdate", "rbpubdate", "pdate", "rnews:datepublished", "shareaholic:article_published_time", "twt-published-at", "vr:published_time", "mediator_published_time",
		"article.created", "publisheddate", "published_time", "publish_time", "ptime", "og:pubdate", "og:publish_date", "og:datepublished", "og:regdate", "og:question:published_time", "video:release_date", "field-name-post-date",
		// Indonesian portals': Kompas's and its network's
		// "content_PublishedDate", detik's "dtk:publishdate".
		"content_publisheddate", "dtk:publishdate",
		// Iranian agencies' CMS, Nastooh (Mehr, Tasnim, ISNA):
		// "nastooh:publishDate"; VnExpress's "its_publication", an epoch.
		"nastooh:publishdate", "its_publication",
		// ByteDance's "time factor", which Chinese sites write for
		// Toutiao's search beside or instead of article:published_time.
		"bytedance:published_time"}
	metaModifiedKeys = []string{"article:modified_time", "og:updated_time", "article:modified", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "parsely-updated", "modified-time", "modified-date", "modified_date", "lastmodifiedtime",
		"article:updated_time", "og:article:modified_time", "dc.modified", "dateupdated", "date_modified", "lastmodified", "last_modified", "weibo:article:update_at",
		// The rest of htmldate's list (PROPERTY_MODIFIED).
		"og:modified_time", "modified_time", "updated_time", "article:modified_date", "article:post_modified", "modificationdate", "revision_date", "bt:moddate",
		// Not schema.org's, but what Chinese portals' templates (Baidu's,
		// Sohu's) write beside their datePublished; htmldate reads it.
		"dateupdate",
		// ByteDance's (metaPublishedKeys).
		"bytedance:updated_time"}
)

// maxTimes bounds the <time> elements read: a teaser list can hold hundreds.
const maxTimes = 64

// gatherDates collects the page's date candidates. vis is the visible scan
// (scanVisible), page the page's URL (nil when unknown).
func gatherDates(m *pageMeta, vis visible, page *url.URL, dayFirst bool) pageDates {
	d := pageDates{vis: vis}
	d.structured = append(m.structuredDates(dayFirst, kindPublished, page), m.structuredDates(dayFirst, kindModified, page)...)
	host := ""
	if page != nil {
		host = strings.TrimSuffix(page.Hostname(), ".")
	}
	for i := range d.structured {
		d.structured[i].w = hostLocal(m.ownZone(d.structured[i].w, dayFirst), host)
	}
	d.nTimes = len(m.times) + len(m.teaserTimes)
	for _, s := range m.times[:min(len(m.times), maxTimes)] {
		if w, ok := parseDate(s, dayFirst); ok {
			d.times = append(d.times, dateCand{w: w, src: "time-element", pos: -1})
		}
	}
	if w, ok := m.scriptDate(dayFirst); ok {
		d.script = append(d.script, dateCand{w: hostLocal(w, host), kind: kindPublished, src: "script-data", pos: -1})
	}
	if w, ok := m.addressDate(page); ok {
		d.url = append(d.url, dateCand{w: w, src: "url", pos: -1})
	}
	if page != nil {
		d.urlYear, d.urlMonth = urlYearMonth(page.Path)
	}
	return d
}

// addressDate is the date in the path of the page's address or, when
// that has none, of the address the page names as its own (<link
// rel="canonical">, then og:url): a page fetched at an address without
// its date (an AMP or print copy, a short link, a query-string id) as
// htmldate reads it (its find_date takes the canonical link for the URL;
// its meta scan takes og:url's date).
func (m *pageMeta) addressDate(page *url.URL) (when, bool) {
	read := "" // the path read last: the addresses are most often one
	if page != nil {
		if w, ok := urlDate(page.Path); ok {
			return w, true
		}
		read = page.Path
	}
	for _, s := range []string{m.links["canonical"], firstNonEmpty(m.tags["og:url"]...)} {
		if s == "" || !hasDigit(s) {
			continue
		}
		if u, err := url.Parse(s); err == nil && u.Path != read {
			if w, ok := urlDate(u.Path); ok {
				return w, true
			}
			read = u.Path
		}
	}
	return when{}, false
}

// reorder reads again, day first, the dates read month first by the
// page's order alone (when.byOrder): the page's text turned out to be in a
// language that writes the day first.
func (d *pageDates) reorder() {
	for _, cs := range [][]dateCand{d.structured, d.vis.dates, d.vis.shown, d.times, d.script} {
		for i := range cs {
			if cs[i].w.byOrder {
				cs[i].w = cs[i].w.swapped()
				cs[i].w.byOrder = false
			}
		}
	}
}

// japaneseUpdates makes the dates of lone update labels updates, as a
// Japanese page means them: its CMSs print "更新：2024年5月17日" beside or
// instead of the publication date, never as the dateline Chinese portals
// make of it. Called once the page's language is known, as it may be
// read from the text (kana) only.
func (d *pageDates) japaneseUpdates() {
	for i := range d.vis.dates {
		if c := &d.vis.dates[i]; c.loneUpdate {
			c.kind, c.teaser = kindModified, false
		}
	}
}

// knownCands are the candidates of the publication dates the crawl knows
// of the page, each under its source.
func knownCands(known []KnownDate) []dateCand {
	var out []dateCand
	for _, k := range known {
		if !k.Published.IsZero() {
			out = append(out, dateCand{w: knownWhen(k.Published), kind: kindPublished, src: k.Source, pos: -1})
		}
	}
	return out
}

// knownWhen is a known time as a candidate's value: a date without a time
// of day when it is midnight UTC, as a date-only W3C date parses.
func knownWhen(t time.Time) when {
	if _, off := t.Zone(); off == 0 && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return when{t: t.UTC()}
	}
	return when{t: t, hasTime: true, hasZone: true}
}

// structuredDates lists the dates of kind stated in JSON-LD (the article's
// object first, then every object, @graph members included), <meta> and
// microdata and microformats, in that order.
//
// A microdata date whose item is a card of another page (itemCardLink) is
// passed over: page, when known, tells which page is the card's.
func (m *pageMeta) structuredDates(dayFirst bool, kind string, page *url.URL) []dateCand {
	// Microdata's dateCreated stands where datePublished does not, as in
	// JSON-LD (ldPublishedKeys).
	ldKeys, metaKeys, micro := ldPublishedKeys, metaPublishedKeys, []string{"datepublished", "datecreated"}
	if kind == kindModified {
		ldKeys, metaKeys, micro = ldModifiedKeys, metaModifiedKeys, []string{"datemodified"}
	}
	var out []dateCand
	add := func(s, src string) {
		if s == "" {
			return // most keys state nothing: no date, without parseDate's passes
		}
		w, ok := parseDate(s, dayFirst)
		if !ok {
			w, ok = compactDate(s)
		}
		if ok {
			out = append(out, dateCand{w: w, kind: kind, src: src, pos: -1})
		}
	}
	objs := m.ld
	o := m.ldArticle()
	if o == nil {
		o = m.ownBlogPost(page)
	}
	if o != nil {
		objs = append([]map[string]any{o}, m.ld...)
	}
	for _, o := range objs {
		if ldSubject(o) {
			continue
		}
		for _, k := range ldKeys {
			add(ldDate(o[k]), "json-ld")
		}
	}
	for _, k := range metaKeys {
		add(firstNonEmpty(m.tags[k]...), metaSource(k))
	}
	for _, prop := range micro {
		for _, d := range m.itemDates[prop] {
			if d.card == "" || !otherPage(page, m.baseHref, d.card) {
				add(d.v, "microdata")
				break
			}
		}
	}
	add(m.mfDates[kind], "microformat")
	return out
}

// ldSubjectTypes are the schema.org types of the things a page tells of
// or sells, not of the page: a bookshop's Book, a shop's Product, a
// film's or a record's page, a person's or a company's profile. Their
// datePublished and dateCreated are the thing's (a book's first
// edition), no date of the page.
var ldSubjectTypes = setOf("Book", "Product", "Movie", "MusicAlbum", "MusicRecording", "TVSeries", "VideoGame", "Person", "Organization", "Place", "Event")

// ldSubject reports whether every type of JSON-LD object o is one of
// ldSubjectTypes.
func ldSubject(o map[string]any) bool {
	ts := ldTypes(o)
	for _, t := range ts {
		if _, name, ok := strings.Cut(t, ":"); ok {
			t = name // "schema:Book"
		}
		if !ldSubjectTypes[t] {
			return false
		}
	}
	return len(ts) > 0
}

// reBlog is schema.org's Blog, whose blogPost lists posts.
var reBlog = regexp.MustCompile(`^(?:\w+:)?Blog$`)

// ownBlogPost is the page's own post among the blogPost entries of a
// JSON-LD Blog, as blog platforms (Blogger, Ghost, HubSpot themes) state
// a post's page: the entry whose url, @id or mainEntityOfPage names the
// page's address. Its siblings, the blog's other posts, are not the
// page's; with the page unknown, none is.
func (m *pageMeta) ownBlogPost(page *url.URL) map[string]any {
	if page == nil {
		return nil
	}
	for _, o := range m.ld {
		if !ldHasType(o, reBlog) {
			continue
		}
		posts, _ := o["blogPost"].([]any)
		if p, ok := o["blogPost"].(map[string]any); ok {
			posts = []any{p}
		}
		for _, e := range posts {
			p, ok := e.(map[string]any)
			if !ok {
				continue
			}
			for _, k := range [...]string{"url", "@id", "mainEntityOfPage"} {
				if link := ldString(p[k]); link != "" && hasPath(page, link) && !otherPage(page, m.baseHref, link) {
					return p
				}
			}
		}
	}
	return nil
}

// hasPath reports whether link, read against page, names a path other
// than the site's home.
func hasPath(page *url.URL, link string) bool {
	u, err := page.Parse(link)
	return err == nil && strings.Trim(u.EscapedPath(), "/") != ""
}

// ldDate is a JSON-LD date value as text: a string, or a number, which
// script-built pages write as an epoch in seconds or milliseconds
// ("datePublished": 1709632800) and parseDate reads as one.
func ldDate(v any) string {
	if f, ok := v.(float64); ok && f > 0 && f < 1e14 && f == math.Trunc(f) {
		return strconv.FormatInt(int64(f), 10)
	}
	return ldString(v)
}

// otherPage reports whether link, an address as written in a page whose
// <base href> is base (""; none), names a page other than page: another
// host or another path. Unknown (no page, an address that does not parse,
// the site's home): false.
func otherPage(page *url.URL, base, link string) bool {
	if page == nil {
		return false
	}
	ref := page
	if base != "" {
		if b, err := page.Parse(base); err == nil {
			ref = b
		}
	}
	u, err := ref.Parse(link)
	if err != nil {
		return false
	}
	path := strings.Trim(u.EscapedPath(), "/")
	if path == "" {
		return false
	}
	host := func(h string) string { return strings.TrimPrefix(strings.ToLower(h), "www.") }
	return host(u.Hostname()) != host(page.Hostname()) || path != strings.Trim(page.EscapedPath(), "/")
}

// reCompactDate is a date written as one run of digits, year first, with
// or without the time: "20210820", "202108200306", "20210820030646"; or
// in ISO 8601's basic format, a "T" before the time and its zone after
// it, as RIA Novosti and Sputnik state article:published_time
// ("20240516T1020", "20240516T102000Z", "20240516T1020+0300").
var reCompactDate = regexp.MustCompile(`^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:([01]\d|2[0-3])([0-5]\d)([0-5]\d)?|T([01]\d|2[0-3])([0-5]\d)([0-5]\d)?(Z|[+-]\d{4})?)?$`)

// compactDate reads a structured statement's date written as one run of
// digits (reCompactDate), as Korean portals state og:regDate: a key that
// names a date vouches for the digits. In running text such a run is an
// id as often as a date, and is not read there.
func compactDate(s string) (when, bool) {
	m := reCompactDate.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return when{}, false
	}
	if m[7] != "" {
		return build(m[1], m[2], m[3], m[7], m[8], m[9], "", m[10])
	}
	return build(m[1], m[2], m[3], m[4], m[5], m[6], "", "")
}

// scriptDateKeys name publication dates in the JSON state that script-built
// pages (Next.js, Nuxt, Prismic and the like) embed; reScriptDateValue reads
// the value after one.
var (
	scriptDateKeys = []string{"datePublished", "publishedDate", "publishDate", "published_at", "publishedAt", "first_publication_date", "published_on", "publishedOn", "date_published", "pubDate", "publication_date",
		// Chinese portals: Tencent's "pubtime", Toutiao's "publishTime",
		// ifeng's "newsTime", WeChat's "var ct" (an epoch) and its
		// mirrors', and the same epoch as WeChat's template assigns it
		// again ("var create_time = "1709619720" * 1;"), which mirrors
		// keep when they drop "var ct"; and WeChat's "var createTime =
		// '2024-03-05 14:22'", the same instant written out in Beijing's
		// time, which mirrors keep when they drop both. Only the variable:
		// a "createTime" field is any record's (a comment's, a user's).
		"pubtime", "pubTime", "publishTime", "publish_time", "newsTime", "var ct", "var create_time", "var createTime"}
	// reScriptDateValue is a key's value: a date in quotes, or an epoch
	// in seconds or milliseconds (2001 to 2033), quoted or not. A
	// variable is assigned as an object's field is ("var pubtime =
	// '2024-05-16 10:21'").
	reScriptDateValue = regexp.MustCompile(`^["']?\s*[:=]\s*(?:["']((?:19|20)\d{2}-\d{2}-\d{2}[^"']{0,30})["']|["']?(1\d{9}(?:\d{3})?)(?:["'\s,;}*|]|$))`)
)

// scriptDate is the first publication date in the page's script data: the
// key that stands first with a date after it, outside a list of dated items
// (listOfDated: related stories, a reference list), whose dates are other
// pages'. Keys are found with
// strings.Index and the regexp runs only where one stands: a regexp that
// starts with an alternation of keys scans a large script byte by byte.
func (m *pageMeta) scriptDate(dayFirst bool) (when, bool) {
	for _, s := range m.scripts {
		for range maxScriptLists {
			best, value := scriptKeyFirst(s)
			if best < 0 {
				break
			}
			if end, ok := listOfDated(s, best); ok {
				s = s[end:]
				continue
			}
			return parseDate(value, dayFirst)
		}
	}
	return when{}, false
}

// maxScriptLists bounds the lists of dated items scriptDate skips in one
// script.
const maxScriptLists = 8

// listOfDated returns the end of the JSON array whose item holds the date
// key at s[at:], when the array's items state that key more than once: a
// list of other stories (related, recommended, a reference list), each
// with its own date ("related":[{…"datePublished":"2024-02-20…"},{…}]). Its
// dates are not the page's. A string's brackets are skipped; escaped JSON
// inside a string is not read (no list).
func listOfDated(s string, at int) (end int, ok bool) {
	key := ""
	for _, k := range scriptDateKeys {
		if strings.HasPrefix(s[at:], k) {
			key = k
			break
		}
	}
	from := at - 1
	if from >= 0 && (s[from] == '"' || s[from] == '\'') {
		from--
	}
	open, ok := opener(s, from)
	if !ok || s[open] != '{' {
		return 0, false
	}
	open, ok = opener(s, open-1)
	if !ok || s[open] != '[' {
		return 0, false
	}
	end, ok = closer(s, open)
	if !ok || key == "" || strings.Count(s[open:end], key) < 2 {
		return 0, false
	}
	return end, true
}

// opener is the index of the unclosed '{' or '[' that encloses s[i], read
// back from i, outside strings.
func opener(s string, i int) (int, bool) {
	depth, q := 0, quoting(0)
	for ; i >= 0; i-- {
		if q.quoted(s, i) {
			continue
		}
		switch s[i] {
		case '}', ']':
			depth++
		case '{', '[':
			if depth == 0 {
				return i, true
			}
			depth--
		}
	}
	return 0, false
}

// closer is the index just past the bracket that closes the one at
// s[open], outside strings.
func closer(s string, open int) (int, bool) {
	depth, q := 0, quoting(0)
	for i := open; i < len(s); i++ {
		if q.quoted(s, i) {
			continue
		}
		switch s[i] {
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return i + 1, true
			}
		}
	}
	return 0, false
}

// quoting follows a scan of script text, forwards or backwards, in and
// out of its quoted strings: the quote that opened the string it is in, or
// 0 outside strings.
type quoting byte

// quoted reports whether s[i] is a quote or inside a quoted string, and
// takes a quote that is not escaped as opening or closing one.
func (q *quoting) quoted(s string, i int) bool {
	c := s[i]
	if c != '"' && c != '\'' {
		return *q != 0
	}
	if !escaped(s, i) {
		switch *q {
		case 0:
			*q = quoting(c)
		case quoting(c):
			*q = 0
		}
	}
	return true
}

// escaped reports whether s[i] follows an odd run of backslashes.
func escaped(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

// scriptKeyFirst returns where in s the first of the scriptDateKeys stands
// with a date after it, and the date; -1 when none does.
func scriptKeyFirst(s string) (best int, value string) {
	best, value = scriptKeyAnchored(s)
	for j, k := range scriptDateKeys {
		if strings.Contains(k, scriptKeyAnchor) {
			continue // found above
		}
		hay := s // a key that stands after best is not looked for
		if best >= 0 && best+len(k) < len(s) {
			hay = s[:best+len(k)]
		}
		for from := 0; ; {
			i := indexFromRarest(hay[from:], k, scriptKeyRarest[j])
			if i < 0 || best >= 0 && from+i > best {
				break
			}
			at := from + i + len(k)
			if mm := reScriptDateValue.FindStringSubmatch(s[at:]); mm != nil {
				best, value = from+i, mm[1]+mm[2]
				break
			}
			from = at
		}
	}
	return best, value
}

// scriptKeyRarest is where the rarest pair of bytes of each of the
// scriptDateKeys stands (rarestPair), for indexFromRarest.
var scriptKeyRarest = func() []int {
	out := make([]int, len(scriptDateKeys))
	for i, k := range scriptDateKeys {
		out[i] = rarestPair(k)
	}
	return out
}()

// indexFromRarest is strings.Index(s, k), k found from off, where its
// rarest pair of bytes stands (rarestPair): strings.Index runs vectorised
// over s until the first two bytes of what it looks for have matched
// falsely too often, which the start of a key does in script ("ne" of
// "newsTime" in every "new"), its rarest pair seldom ("sT").
func indexFromRarest(s, k string, off int) int {
	for from := off; from <= len(s); {
		j := strings.Index(s[from:], k[off:])
		if j < 0 {
			return -1
		}
		if p := from + j - off; s[p:p+off] == k[:off] {
			return p
		}
		from += j + 1
	}
	return -1
}

// scriptKeyAnchor is a part that the scriptDateKeys share ("pub", "Pub"):
// scriptKeyAnchored looks for it once instead of looking for each key.
const scriptKeyAnchor = "ub"

// scriptKeyAnchored returns where in s the first of the scriptDateKeys
// that hold scriptKeyAnchor stands with a date after it, and the date; -1
// when none does. As with strings.Index, a key is looked for again after
// the end of a place where it stands without a date.
func scriptKeyAnchored(s string) (best int, value string) {
	best = -1
	next := make([]int, len(scriptDateKeys)) // where each key may stand next
	for from := 0; ; {
		i := strings.Index(s[from:], scriptKeyAnchor)
		if i < 0 {
			break
		}
		at := from + i
		if best >= 0 && at-maxAnchorOffset > best {
			break // no key through here starts before best
		}
		for j, k := range scriptDateKeys {
			off := anchorOffsets[j]
			start := at - off
			if off < 0 || start < next[j] || best >= 0 && start > best || !strings.HasPrefix(s[start:], k) {
				continue
			}
			if mm := reScriptDateValue.FindStringSubmatch(s[start+len(k):]); mm != nil {
				best, value = start, mm[1]+mm[2]
			}
			next[j] = start + len(k)
		}
		from = at + 1
	}
	return best, value
}

// anchorOffsets is where scriptKeyAnchor stands in each of the
// scriptDateKeys (-1: not there), maxAnchorOffset the furthest.
var (
	anchorOffsets   []int
	maxAnchorOffset int
)

func init() {
	for _, k := range scriptDateKeys {
		off := strings.Index(k, scriptKeyAnchor)
		anchorOffsets = append(anchorOffsets, off)
		maxAnchorOffset = max(maxAnchorOffset, off)
	}
}

// ownZone returns w in the page's own zone when w is a UTC instant and a
// <time datetime> of the page states the same instant with an offset
// ("2025-12-19T03:05:00Z" in <meta>, "2025-12-18T19:05:00-08:00" in the
// byline): the same instant, on the day the page shows.
func (m *pageMeta) ownZone(w when, dayFirst bool) when {
	if !w.hasTime || !w.hasZone {
		return w
	}
	if _, off := w.t.Zone(); off != 0 {
		return w
	}
	for _, s := range m.times {
		// Only "…T19:05:00-08:00" can state an offset: skip the rest
		// (teaser lists hold many <time>) without parsing them.
		if len(s) < 20 || !strings.ContainsAny(s[16:], "+-") {
			continue
		}
		if o, ok := parseDate(s, dayFirst); ok && o.hasTime && o.hasZone && o.t.Equal(w.t) {
			if _, off := o.t.Zone(); off != 0 {
				return o
			}
		}
	}
	return w
}

// dateEvidence is every machine-readable date string of the page: its
// <time datetime> values and its structured statements. The visible scan
// reads them as evidence for the order of day and month in "02-12-2025".
func (m *pageMeta) dateEvidence() []string {
	out := slices.Clone(m.times)
	for _, o := range m.ld {
		for _, k := range [...]string{"datePublished", "dateModified", "dateCreated"} {
			if s := ldString(o[k]); s != "" {
				out = append(out, s)
			}
		}
	}
	for _, keys := range [][]string{metaPublishedKeys, metaModifiedKeys} {
		for _, k := range keys {
			out = append(out, m.tags[k]...)
		}
	}
	return out
}
