package extractor

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/newsprint/newsprint/extractor/internal/htmlfork"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Default limits. A page over a limit is refused with an error rather than
// read, so that one hostile page cannot take the memory or time of a crawl.
const (
	DefaultMaxBytes    = 16 << 20
	DefaultMaxElements = 200_000
)

var (
	// ErrEmpty is returned for a page with no bytes.
	ErrEmpty = errors.New("extractor: empty page")
	// ErrTooLarge is returned for a page over Options.MaxBytes or
	// Options.MaxElements.
	ErrTooLarge = errors.New("extractor: page too large")
	// ErrNotHTML is returned for bytes that are not text, such as an image.
	ErrNotHTML = errors.New("extractor: not an HTML page")
)

// Options tunes Extract. The zero value is ready to use.
type Options struct {
	// ContentType is the HTTP Content-Type header of the response, if any;
	// its charset takes part in decoding.
	ContentType string
	// MaxBytes caps the page size. Zero means DefaultMaxBytes.
	MaxBytes int
	// MaxElements caps the number of HTML elements. Zero means
	// DefaultMaxElements.
	MaxElements int
	// Selectors override the general rules for one site's templates.
	Selectors Selectors
	// Body selects the forms of the body to produce: text, HTML, Markdown.
	// Zero means DefaultBody (text and HTML).
	Body Body
	// FetchedAt is when the page was fetched: a date after it (a day of
	// slack for zones) is not the page's. Zero means the time of the call.
	FetchedAt time.Time
	// KnownDates are publication dates of the page that the crawl knows
	// from elsewhere than the page (a news sitemap's publication_date, a
	// feed item's date). Each is a candidate beside the page's own dates,
	// weighed as a structured statement is: one gives the date when the
	// page states none, and favours the page's statement it agrees with.
	// nil means none.
	KnownDates []KnownDate
}

// KnownDate is a publication date of a page known from outside it.
type KnownDate struct {
	// Source names where the date was read ("sitemap", "feed"); it is the
	// provenance of the date when it is chosen.
	Source string
	// Published is the publication date. A time at midnight UTC is taken
	// for a date without a time of day ("2024-03-05").
	Published time.Time
}

// Page is what a crawler needs from a page besides its article: the links
// to follow and how much of the body is links.
type Page struct {
	Article Article
	// Links are the page's <a> and <area> links (rel=nofollow left out)
	// and Feeds its <link rel=alternate> feeds, absolute, in page order.
	Links, Feeds []string
	// LinkDensity is the share of the body's text inside links: high for
	// index pages that readability takes for an article.
	LinkDensity float64
	// Type is the kind of page the page declares itself in JSON-LD or
	// OpenGraph: TypeArticle, TypeListing or "" when it does not say.
	Type string
}

// ExtractPage is Extract for crawlers: the same Article, with the page's
// links read from the same parse.
func ExtractPage(page []byte, pageURL string, opt Options) (Page, error) {
	var p Page
	_, err := extract(page, pageURL, opt, &p)
	return p, err
}

// Extract parses one page and returns its article. pageURL is the address
// the page was fetched from; relative links are resolved against it (or the
// page's <base>). Extract never panics on any input: bad input gives
// ErrEmpty, ErrNotHTML, ErrTooLarge or a parse error, wrapped.
//
// A page that holds no article (an index page, say) gives an Article whose
// Text is empty, with whatever metadata the page has.
func Extract(page []byte, pageURL string, opt Options) (Article, error) {
	return extract(page, pageURL, opt, nil)
}

// extract is Extract; when p is not nil it also fills in the page's links.
func extract(page []byte, pageURL string, opt Options, p *Page) (art Article, err error) {
	defer func() {
		// Third-party parsers are not ours to trust with hostile input.
		if p := recover(); p != nil {
			art, err = Article{}, fmt.Errorf("extractor: internal error on %s: %v", pageURL, p)
		}
	}()
	maxBytes := opt.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	maxElems := opt.MaxElements
	if maxElems <= 0 {
		maxElems = DefaultMaxElements
	}
	switch {
	case len(bytes.TrimSpace(page)) == 0:
		return Article{}, ErrEmpty
	case len(page) > maxBytes:
		return Article{}, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(page), maxBytes)
	}
	if what := notHTML(page); what != "" {
		return Article{}, fmt.Errorf("%w: %s", ErrNotHTML, what)
	}
	// The URL goes into the record, which must be valid UTF-8.
	pageURL = strings.ToValidUTF8(strings.TrimSpace(pageURL), "\uFFFD")
	var base *url.URL
	if pageURL != "" {
		if base, err = url.Parse(pageURL); err != nil {
			return Article{}, fmt.Errorf("extractor: page URL %q: %w", pageURL, err)
		}
	}
	utf8Page, _ := decode(page, opt.ContentType)
	streamed := streams(utf8Page)
	nodes, giveBack := takeTreeNodes()
	defer giveBack()
	doc, err := htmlfork.ParseWithOptions(utf8Page, htmlfork.ParseOptionNodes(nodes))
	if err != nil {
		return Article{}, fmt.Errorf("extractor: parse: %w", err)
	}
	if streamed {
		revealStreamed(doc)
	}
	// The page's metadata is read in the walk that counts its elements.
	m := collectMeta(doc, base, p != nil)
	if m.elements > maxElems {
		return Article{}, fmt.Errorf("%w: %d elements, limit %d", ErrTooLarge, m.elements, maxElems)
	}
	var sel *compiledSelectors
	if !opt.Selectors.empty() {
		if sel, err = opt.Selectors.compile(); err != nil {
			return Article{}, err
		}
	}
	body := opt.Body.or()
	art, mk := extractDoc(doc, m, pageURL, base, nodes, sel, opt.FetchedAt, opt.KnownDates, p, body)
	if sel != nil && sel.content != nil {
		// The site's own content selector is not second-guessed.
		return finishPage(art, body, p), nil
	}
	if len(art.Text) < minText {
		// Cleaning can mislead readability on unusual templates. Retry on a
		// fresh tree with readability alone and keep the longer body; the
		// lines that became fields (the byline, say) leave it as before.
		if fresh, err := htmlfork.ParseWithOptions(utf8Page, htmlfork.ParseOptionNodes(nodes)); err == nil {
			if streamed {
				revealStreamed(fresh)
			}
			if sel != nil {
				sel.removeSelected(fresh)
			}
			dropDatedTeasers(fresh, hostOf(base)) // never the article, cleaned or not
			mk.removeFields(fresh)
			removeCommentSections(fresh)
			markCaptions(fresh)
			if content := readable(fresh, base, nodes); content != nil {
				content, _ = readableOutsideSides(fresh, content, base, nodes, takenTexts(fresh, content), art.Title)
				// The authors were read: the credit line it cuts names none.
				if kept, density, _ := finishBody(&art, content, base, body, p != nil); kept && p != nil {
					p.Article, p.LinkDensity = art, density
				}
			}
		}
	}
	return finishPage(art, body, p), nil
}

// finishPage produces the body forms of the chosen body, once, and keeps
// the page's copy of the article in step.
func finishPage(a Article, body Body, p *Page) Article {
	finishForms(&a, body)
	if p != nil {
		p.Article = a
	}
	return a
}

// minText is the body length in bytes under which Extract retries with
// readability alone.
const minText = 250

// fieldMarker finds again, in another parse of the same page, the lines
// extractDoc made fields of: bylines, datelines and source lines.
type fieldMarker struct {
	order dateOrder
	title string
	times []string
}

// removeFields removes those lines from doc.
func (fm fieldMarker) removeFields(doc *html.Node) {
	v := scanVisible(doc, fm.order, fm.title, fm.times)
	v.removeFields()
}

// extractDoc extracts the article of a parsed page, whose metadata
// collectMeta read into m, readability's copies of it made of nodes, and
// returns with it how to remove the lines it made fields of from a fresh
// parse.
func extractDoc(doc *html.Node, m *pageMeta, pageURL string, base *url.URL, nodes *htmlfork.NodeBlocks, sel *compiledSelectors, now time.Time, known []KnownDate, p *Page, body Body) (Article, fieldMarker) {
	a := Article{
		SchemaVersion: SchemaVersion,
		ContentHash:   emptyContentHash,
		URL:           pageURL,
		ExtractedWith: Version,
		Authors:       []string{},
		Images:        []Image{},
		Tags:          []string{},
	}
	own := base // the page's own address, which a <base> does not move
	if b := m.base; b != nil {
		if h := absURL(attr(b, "href"), base); h != "" {
			base, _ = url.Parse(h)
		}
	}
	if p != nil {
		p.Type = m.declaredType()
		for _, h := range m.hrefs {
			if u := linkURL(h, base); u != "" {
				p.Links = append(p.Links, u)
			}
		}
		for _, f := range m.feeds {
			if u := linkURL(f, base); u != "" {
				p.Feeds = append(p.Feeds, u)
			}
		}
	}
	if sel != nil {
		sel.removeSelected(doc) // after the metadata: JSON-LD may sit in a removed widget
		m.crumbsStale = true
	}
	host := ""
	if base != nil {
		host = base.Hostname()
	}
	lang, langSrc := m.declaredLang()
	r := &resolved{a: &a, prov: map[string]string{}, dayFirst: dayFirst(lang, host), now: now, known: known}

	// Everything read from the page's own structure happens before any
	// cleaning changes it.
	resolveSiteName(m, r)
	nav := &navSet{doc: doc}
	if sel != nil {
		r.set("title", &a.Title, selectedText(doc, sel.title), "selector")
	}
	if own == nil || own.Host == "" {
		own = base // a page read without its URL: its <base> is the best address it has
	}
	t := pickTitle(m, doc, a.SiteName, own, base, nav)
	if r.set("title", &a.Title, t.title, t.source) && hasJoiner(t.title) {
		a.Title = keepJoiners(t.title) // set folds them away
	}
	resolveSection(m, r, doc, t.suffix, nav)
	resolveTags(m, r, doc)
	resolveDescription(m, r)
	resolveCanonical(m, r, base)
	a.ID = articleID(&a)
	// Site selectors are read before the byline scan removes bylines.
	var selDate when
	var hasSelDate bool
	if sel != nil {
		selDate, hasSelDate = parseDate(selectedText(doc, sel.date, "datetime", "content"), r.dayFirst)
		if names := splitAuthors(selectedText(doc, sel.author)); len(names) > 0 {
			a.Authors, r.prov["authors"] = names, "selector"
		}
	}
	// The date in the URL is read from the page's own address: <base href>
	// often points at the site's root.
	pageU, _ := url.Parse(pageURL)
	reading := dateOrder{address: pageU, datedAddress: datedAddress(pageU), yearAddress: yearAddress(pageU), dayFirst: r.dayFirst, yearFirst: yearFirst(lang, host), listopadOctober: listopadOctober(lang), trailing: trailingLabels(lang, host), firma: firmaPage(lang), english: primaryTag(lang) == "en", persian: persianPage(lang, host), romanian: romanianPage(lang, host), malay: primaryTag(lang) == "ms", taiwan: taiwanPage(lang, host), thai: thaiPage(lang, host, a.Title), nepali: nepaliPage(lang, host)}
	// Before the scan, which takes a card's "Join Date: Mar 2010" for a
	// dateline and removes it.
	labels, boxes := gatherBeforeScan(doc, host)
	markPosterCards(doc, labels)
	// Before the scan too, which would read a teaser's date as the
	// article's dateline.
	dropBoxes(boxes)
	vis := scanVisible(doc, reading, a.Title, m.dateEvidence())
	if hasSelDate {
		vis.dates = append([]dateCand{{w: selDate, kind: kindPublished, src: "selector", pos: vis.h1Pos}}, vis.dates...)
		vis.forced = true
	}
	dates := pageDatesOf(doc, m, r, vis, pageU)
	// Bylines, datelines and source lines became fields; they leave the
	// tree now, as readability would rewrap them and lose their marks.
	vis.removeFields()

	var content *html.Node
	if sel != nil {
		content = sel.contentNode(doc)
	}
	if content == nil {
		// Furniture goes before readability, which it would mislead;
		// boilerplate lines are removed from the body it returns (doing it
		// on the whole page as well changed no score on any dataset).
		dropOtherAnswers(doc, m.answers)
		// Before the furniture's pass drops the styles that centre
		// captions, and readability the classes that name them.
		markCaptions(doc)
		if body := findFirst(doc, byTag(atom.Body)); body != nil {
			stripFurniture(body, textLen(body))
		}
		keepInlineCredits(doc)
		content = readable(doc, base, nodes)
		if content != nil {
			var taken []*html.Node
			content, taken = readableOutsideSides(doc, content, base, nodes, takenTexts(doc, content), a.Title)
			assembleRun(doc, content, taken)
		}
	}
	if content != nil {
		kept, density, credit := finishBody(&a, content, base, body, p != nil)
		if kept && p != nil {
			p.LinkDensity = density
		}
		r.credit = credit
	}
	sample := r.shownText()
	if sample == "" {
		sample = a.Title + " " + a.Description
	}
	resolveLanguage(r, lang, langSrc, sample)
	// The dates were read in the order of the page's declared language or
	// host; its text may tell another language, and the numeric dates it
	// shows whose numbers tell the order (17/06/2024) say which it writes.
	order := r.dayFirst || textOrder(r.prov["language"], a.Language)
	if shown, ok := vis.shownOrder(); ok {
		order = shown
	}
	if order != r.dayFirst {
		dates.reorder()
	}
	if primaryTag(a.Language) == "ja" {
		dates.japaneseUpdates()
	}
	dates.wireDayUpdated()
	resolveDates(r, dates)
	resolveAuthors(m, r, vis, t.suffix)
	if statedTitleSource(r.prov["title"]) {
		a.Title = cutBracketedByline(cutShownByline(a.Title, a.Authors), a.Authors)
	}
	if vis.credit != "" {
		a.Credit = vis.credit
		r.prov["credit"] = "source-line"
	} else if c := metaCredit(m); c != "" {
		a.Credit = c
		r.prov["credit"] = "meta:name"
	}
	resolveTopImage(m, r, base)
	a.Provenance = r.prov
	if p != nil {
		p.Article = a
	}
	return a, fieldMarker{order: reading, title: a.Title, times: m.dateEvidence()}
}

// finishBody cleans the body readability found and sets the body fields of
// a, unless a already has a longer body; the HTML only when body asks for
// it or for Markdown.
//
// It reports whether it kept this body, the share of its text in links
// when density is true (only crawls use it: 0 otherwise), and the credit
// line it cut from the body's opening (cutOpeningCredit), "" for none.
func finishBody(a *Article, content *html.Node, base *url.URL, body Body, density bool) (kept bool, linkShare float64, credit string) {
	dropPosterCards(content)
	dropForumNotes(content)
	dropMarkedReplies(content)
	stripBoilerText(content)
	dropPlayerClocks(content)
	dropOwnURL(content, a.URL)
	bt := readBodyTexts(content)
	if cutComments(content, bt) {
		bt = readBodyTexts(content)
	}
	if cutContactTail(content, bt) {
		bt = readBodyTexts(content)
	}
	cutAuthorBox(content, bt)
	var host string
	if base != nil {
		host = base.Hostname()
		dropSectionBoxes(content, host)
	}
	stripTeasers(content, a.Title, host)
	trimWireEnd(content)
	dropBodyKicker(content)
	dropAltCopies(content)
	dropRepeats(content)
	if a.Text != "" && len(renderText(content)) <= len(a.Text) {
		return false, 0, ""
	}
	// Images first: their captions move into <figcaption> and so leave the
	// text.
	a.Images = collectImages(content, base)
	dropPictureCredits(content, a.Images)
	a.Text = renderText(content)
	if credit = cutOpeningCredit(content, a.Text); credit != "" {
		a.Text = renderText(content)
	}
	if body&(BodyHTML|BodyMarkdown) != 0 {
		a.HTML = renderBodySized(content, 2*len(a.Text)+512) // Markdown is made from it
	}
	a.WordCount = wordCount(a.Text)
	a.ContentHash = contentHash(a.Text)
	if !density {
		return true, 0, credit
	}
	if tl := textLen(content); tl > 0 {
		return true, float64(linkTextLen(content)) / float64(tl), credit
	}
	return true, 0, credit
}

// readable runs readability over the cleaned tree, handed over without
// what would only slow it down (handOver), and returns the article body, or
// nil when it finds none. After it only assembleRun reads the tree, whose
// texts it matches with the body's, folded alike.
func readable(doc *html.Node, base *url.URL, nodes *htmlfork.NodeBlocks) *html.Node {
	handOver(doc)
	return readabilityBody(doc, base, nodes)
}

// dayFirst reports whether numeric dates such as 03/04/2024 are read day
// first, as everywhere but in US English. A bare "en" page counts as US
// English unless its host is in a day-first country; a page that declares
// no language is read as its host's country writes, which is day first
// for every country code but those of monthFirstTLDs.
func dayFirst(lang, host string) bool {
	l := strings.ToLower(lang)
	if l == "" || l == "en" {
		tld := host[strings.LastIndexByte(host, '.')+1:]
		if l == "" && len(tld) == 2 && !monthFirstTLDs[tld] {
			return true
		}
		for _, t := range []string{"uk", "au", "nz", "ie", "in", "za", "sg", "my", "pk", "ng", "ke"} {
			if tld == t {
				return true
			}
		}
		return false
	}
	return !strings.HasPrefix(l, "en-us") && !strings.HasPrefix(l, "en_us") && !monthFirstLang(l)
}

// monthFirstLang reports whether pages in lang write numeric dates month
// first, as in the United States: Filipino (tl, fil) pages do.
func monthFirstLang(lang string) bool {
	p := primaryTag(lang)
	return p == "tl" || p == "fil"
}

// yearFirst reports whether a page in lang (declared), or on host when it
// declares none, writes a two-digit year first: Korean and Japanese pages
// write "24.05.16" or "24/05/16" for 16 May 2024, as they write
// "2024.05.16", and so do Chinese pages ("24-05-16 10:21").
func yearFirst(lang, host string) bool {
	switch primaryTag(lang) {
	case "ko", "ja", "zh":
		return true
	case "":
		tld := host[strings.LastIndexByte(host, '.')+1:]
		return tld == "kr" || tld == "jp" || tld == "cn" || tld == "tw"
	}
	return false
}

// dateOrder is how a page's language writes the dates of its text: day
// first (dayFirst), a two-digit year first (yearFirst), and Croatian's
// "listopad" for October (listopadOctober), which the month table reads
// as Polish and Czech November.
type dateOrder struct {
	dayFirst, yearFirst, listopadOctober bool
	// address is the page's address, nil when unknown.
	address *url.URL
	// datedAddress: the page's address holds its year and month
	// folders, under which a day alone is read (addressMonthDay).
	datedAddress bool
	// yearAddress: the address holds a year folder without its month
	// ("/2024/my-post/"), under which only a day a date-named element
	// holds is read (addressMonthDay).
	yearAddress bool
	// trailing: the words that follow the dates they qualify in the
	// page's language, Japanese or Korean (trailingLabelled); nil in the
	// others.
	trailing *trailingWords
	// firma: the page is Spanish, Portuguese, Catalan or Italian, whose
	// templates class their byline "firma" (signature; firmaElement).
	firma bool
	// english: the page is in English, whose labels ("Last edited",
	// "Date published") say nothing of the order of a numeric date's
	// day and month: British pages write the day first, American ones
	// the month (parseLabelled).
	english bool
	// persian: the page is Persian, whose dates in ASCII digits may be
	// Solar Hijri ones ("1403/02/28") without a Persian letter beside
	// them (scanner.parse).
	persian bool
	// romanian: the page is Romanian, whose bylines open with "De"
	// (romanianPage).
	romanian bool
	// malay: the page declares Malay, whose "Mac" (March) and "Dis"
	// (December) are English words the month-first order reads only
	// with a dot (monthFirstAbbr, malayMonthFirst).
	malay bool
	// taiwan: the page is Taiwan's, whose dates may count the years of
	// the Republic's era without a label ("113/05/16": taiwanPage).
	taiwan bool
	// thai: the page is Thai, whose numeric dates count the years of the
	// Buddhist era with no Thai letter beside them ("04/03/2567":
	// thaiPage).
	thai bool
	// nepali: the page is Nepali, whose numeric dates count the years of
	// the Bikram Sambat with no Devanagari digit in them ("2081-02-30":
	// nepaliPage).
	nepali bool
}

// datedAddress reports whether the address u holds a year and a month
// folder ("/2024/05/my-post/"), as pageDatesOf reads them.
func datedAddress(u *url.URL) bool {
	if u == nil {
		return false
	}
	y, m := urlYearMonth(u.Path)
	return y != 0 && m != 0
}

// yearAddress reports whether the address u holds a year folder without
// its month ("/2024/my-post/").
func yearAddress(u *url.URL) bool {
	if u == nil {
		return false
	}
	y, m := urlYearMonth(u.Path)
	return y != 0 && m == 0
}

// taiwanPage reports whether a page in lang, or on host, is Taiwan's: its
// language tag names Taiwan ("zh-TW", "zh-Hant-TW") or its host is under
// .tw. A page of mainland China or Hong Kong writes no date so.
func taiwanPage(lang, host string) bool {
	return strings.HasSuffix(host, ".tw") || primaryTag(lang) == "zh" && strings.HasSuffix(strings.ToLower(lang), "-tw")
}

// persianPage reports whether a page in lang (declared), or on host when
// it declares none, is Persian.
func persianPage(lang, host string) bool {
	p := primaryTag(lang)
	return p == "fa" || p == "" && strings.HasSuffix(host, ".ir")
}

// trailingLabels are the words that follow the dates they qualify in the
// language of a page in lang (declared), or on host when it declares none:
// Japanese's and Korean's; none in the others.
func trailingLabels(lang, host string) *trailingWords {
	switch p := primaryTag(lang); {
	case p == "ja" || p == "" && strings.HasSuffix(host, ".jp"):
		return jaTrailingLabels
	case p == "ko" || p == "" && strings.HasSuffix(host, ".kr"):
		return koTrailingLabels
	}
	return nil
}

// listopadOctober reports whether lang, the page's language, is Croatian
// or Bosnian, where "listopad" is October.
func listopadOctober(lang string) bool {
	p := primaryTag(lang)
	return p == "hr" || p == "bs"
}

// textOrder reports whether a page whose language was read from its text
// (src, the language's provenance) as lang writes numeric dates day first:
// a page that declares no language, or declares one its text is not in,
// writes the day first when its text is in any language but English.
// (English keeps the order of the host's country, dayFirst's.)
func textOrder(src, lang string) bool {
	if src != langDetected && src != langDetectedOver {
		return false
	}
	p := primaryTag(lang)
	return p != "" && p != "en" && !monthFirstLang(p)
}

// monthFirstTLDs are the country codes of hosts whose pages may write the
// month first: the United States and the countries that write as it does
// (Canada in part, the Philippines, Micronesia, Palau, the Marshall
// Islands), and the codes that sites anywhere use as generic names (.io,
// .co, .ai, .tv, .me, .fm).
var monthFirstTLDs = map[string]bool{"us": true, "ca": true, "ph": true, "fm": true, "pw": true, "mh": true,
	"io": true, "co": true, "ai": true, "tv": true, "me": true, "ly": true, "gg": true, "so": true, "to": true, "cc": true, "ws": true, "sh": true, "ac": true}
