package pipeline

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
)

// Offline turns archived responses (WARC records) into the articles a crawl
// emits: the same article test, canonical URLs and revisions, without the
// network. Feed it a crawl's records in file order: Response for each HTML
// response, Metadata for each metadata and warcinfo record, then Flush. It
// is not safe for concurrent use.
//
// A newsprint crawl records beside each capture what it decided about its
// article (decision.go). Offline holds the articles of such a file until
// their decision is read, and gives the crawl's record, duplicate_of,
// revision and all, whenever it extracted the same text; in the order the
// crawl emitted them. Where the text differs (another extractor version)
// or no decision comes (older newsprint files, other tools), it decides
// as a crawl would, in the order the records come.
type Offline struct {
	opt extractor.Options
	// dups marks duplicates as a crawl with NearDuplicates mode does; nil
	// with NearOff.
	dups *dups
	mode string
	// last is the content hash emitted last per URL, and revision its
	// revision number.
	last     map[string]string
	revision map[string]int
	// holding is set while the file being read declares its decisions
	// (DecisionsInfoField); held are the articles waiting for theirs, in
	// capture order, and byRecord finds them by response record ID.
	holding  bool
	held     []*heldArticle
	byRecord map[string]*heldArticle
	maxHeld  int // maxHeld; tests set less
	// recent holds the articles of the last maxRevisited responses by record
	// ID, as extracted, for the revisit records that refer to them.
	recent      map[string]*heldArticle
	recentOrder []string
}

// maxHeld bounds the articles Offline holds for their decisions. A crawl
// process writes its decisions at each commit (every second), so in its
// WARC no more articles than it wrote in about a second lie between a
// response and its decision; past the bound the oldest is decided as if
// no decision came.
const maxHeld = 4096

// maxRevisited bounds the articles kept for revisit records: a page fetched
// again after a crash lost its article comes early in the next run.
const maxRevisited = 1024

type heldArticle struct {
	a        extractor.Article
	key      string
	fetched  time.Time
	recordID string
	done     bool
}

// Extracted is what Offline made of a capture: an article, or why none.
type Extracted struct {
	// Article is the article, with its Warc reference; or what was
	// extracted from a page that gave none.
	Article extractor.Article
	// Skipped says why the capture gave no article: the reasons a crawl
	// gives ("listing page", "canonical elsewhere", "near-duplicate", ...)
	// and "unchanged"; "" for an article.
	Skipped string
	// Err is set when the page could not be read at all.
	Err error
}

// NewOffline returns an Offline that extracts with opt; opt.ContentType is
// set from each response. Duplicates are marked or dropped as a crawl with
// Config.NearDuplicates nearDuplicates ("" for NearMark) does.
func NewOffline(opt extractor.Options, nearDuplicates string) *Offline {
	o := &Offline{opt: opt, last: map[string]string{}, revision: map[string]int{}, mode: nearDuplicates, byRecord: map[string]*heldArticle{}, maxHeld: maxHeld, recent: map[string]*heldArticle{}}
	if o.mode == "" {
		o.mode = NearMark
	}
	if o.mode != NearOff {
		o.dups, _ = newDups(context.Background(), nil, DefaultFingerprintWindow) // no Store: no error
	}
	return o
}

// Article returns the article a crawl would emit for a response to rawURL
// fetched at the given time (a WARC record's WARC-Date), or why there is
// none: the reasons a crawl gives ("listing page", "canonical elsewhere",
// ...) and "unchanged" for an article already returned with the same text.
// The page's dates are judged against fetched, as the crawl judged them,
// unless the Options set FetchedAt. An error means the page could not be
// read at all. Duplicates are decided at once, in the order of the calls;
// Response follows the decisions a crawl recorded.
func (o *Offline) Article(body []byte, rawURL, contentType string, fetched time.Time) (extractor.Article, string, error) {
	a, key, why, err := o.extract(body, rawURL, contentType, fetched)
	if err != nil || why != "" {
		return a, why, err
	}
	why, err = o.decide(&a, key, fetched)
	return a, why, err
}

// Response extracts the article of an archived response and returns what
// is ready: nothing while its article waits for the crawl's decision, else
// the outcome of this capture and of any held before that had to go.
func (o *Offline) Response(r archive.Response) []Extracted {
	a, key, why, err := o.extract(r.Body, r.URL, r.ContentType, r.Date)
	if err != nil || why != "" {
		return []Extracted{{Article: a, Skipped: why, Err: err}}
	}
	c := r.Capture
	a.Warc = &extractor.WarcRef{File: c.File, RecordID: c.RecordID, Offset: c.Offset}
	h := &heldArticle{a: a, key: key, fetched: r.Date, recordID: c.RecordID}
	if !o.holding || c.RecordID == "" {
		return []Extracted{o.release(h)}
	}
	o.remember(h)
	return o.hold(h)
}

// Revisit reads a revisit record of a file whose crawl records its
// decisions: a capture with the same payload as an earlier response, whose
// article the crawl may have emitted (fetched again after a crash lost the
// article). If that response's article is one of the last kept, it
// waits for its decision as this capture's; otherwise there is nothing to
// extract.
func (o *Offline) Revisit(r archive.Revisit) []Extracted {
	orig := o.recent[r.RefersTo]
	if !o.holding || !r.Identical || orig == nil || r.Capture.RecordID == "" {
		return nil
	}
	c := r.Capture
	h := &heldArticle{a: orig.a, key: orig.key, fetched: r.Date, recordID: c.RecordID}
	h.a.Warc = &extractor.WarcRef{File: c.File, RecordID: c.RecordID, Offset: c.Offset}
	return o.hold(h)
}

// remember keeps h's article, as extracted, for revisits of its record.
func (o *Offline) remember(h *heldArticle) {
	if o.recent[h.recordID] == nil {
		o.recentOrder = append(o.recentOrder, h.recordID)
	}
	o.recent[h.recordID] = &heldArticle{a: h.a, key: h.key}
	if len(o.recentOrder) > maxRevisited {
		delete(o.recent, o.recentOrder[0])
		o.recentOrder[0] = ""
		o.recentOrder = o.recentOrder[1:]
	}
}

// hold makes h wait for its decision, and returns the articles that can
// wait no more.
func (o *Offline) hold(h *heldArticle) []Extracted {
	if prev := o.byRecord[h.recordID]; prev != nil {
		prev.done = true // a record ID twice: the first waits no more
	}
	o.held = append(o.held, h)
	o.byRecord[h.recordID] = h
	var out []Extracted
	for len(o.held) > o.maxHeld {
		out = append(out, o.releaseOldest()...)
	}
	return out
}

// Metadata reads a metadata or warcinfo record: a warcinfo record starts a
// file, which says whether its crawl records its decisions; a decision
// record gives the crawl's record of the article it refers to, if held.
func (o *Offline) Metadata(m archive.Metadata) []Extracted {
	if m.Type == "warcinfo" {
		o.holding = m.Get(DecisionsInfoField) != ""
		return nil
	}
	d, ok := decisionOf(m)
	if !ok {
		return nil
	}
	h := o.byRecord[m.RefersTo]
	if h == nil || h.done {
		return nil // not an article here, or already given
	}
	delete(o.byRecord, m.RefersTo)
	h.done = true
	out := []Extracted{o.follow(h, d)}
	o.trim()
	return out
}

// Flush returns the held articles whose decision never came (a crawl
// stopped before it, or a file not read), decided in capture order.
func (o *Offline) Flush() []Extracted {
	var out []Extracted
	for len(o.held) > 0 {
		out = append(out, o.releaseOldest()...)
	}
	return out
}

// releaseOldest decides the oldest held article, if still held.
func (o *Offline) releaseOldest() []Extracted {
	h := o.held[0]
	o.held[0] = nil
	o.held = o.held[1:]
	if h.done {
		return nil
	}
	h.done = true
	if o.byRecord[h.recordID] == h {
		delete(o.byRecord, h.recordID)
	}
	return []Extracted{o.release(h)}
}

// trim drops the articles already given from the front of held.
func (o *Offline) trim() {
	for len(o.held) > 0 && o.held[0].done {
		o.held[0] = nil
		o.held = o.held[1:]
	}
}

// release decides h as a crawl would, here and now.
func (o *Offline) release(h *heldArticle) Extracted {
	a := h.a
	why, err := o.decide(&a, h.key, h.fetched)
	return Extracted{Article: a, Skipped: why, Err: err}
}

// follow gives the crawl's decision d on h's article: the same record as
// the crawl's, under this Offline's duplicate mode. If the text is not the
// one the crawl decided on, h is decided anew.
func (o *Offline) follow(h *heldArticle, d decision) Extracted {
	a := h.a
	if d.hash != a.ContentHash || d.url != h.key || d.mode == NearOff && o.dups != nil {
		// Another text, or a crawl that compared nothing where duplicates
		// are wanted: decided here.
		return o.release(h)
	}
	if d.outcome == decidedUnchanged || o.last[h.key] == a.ContentHash {
		// A crawl never emits the same text of a URL twice in a row: a
		// second decision to emit it is that of a run killed before its
		// article was written, fetched again by the next run.
		o.last[h.key] = a.ContentHash
		return Extracted{Article: a, Skipped: "unchanged"}
	}
	var fp uint64
	if o.dups != nil {
		fp = SimHash(a.Text)
	}
	if textLeftOut(o.opt.Body) {
		a.Text = "" // extracted for the fingerprint
	}
	if o.dups != nil && d.dup != nil {
		m := Duplicate{Fingerprint: Fingerprint{ID: d.dup.ID, URL: d.dup.URL, Hash: d.dupHash}, Distance: d.dup.Distance}
		if why := markDuplicate(&a, m, o.mode); why != "" {
			return Extracted{Article: a, Skipped: why}
		}
	} else if o.dups != nil && d.outcome == decidedArticle {
		o.dups.add(Fingerprint{URL: h.key, ID: a.ID, Hash: a.ContentHash, SimHash: fp})
	}
	a.FetchedAt = h.fetched.UTC().Format(time.RFC3339)
	if d.revision > 0 {
		a.Revision, a.PreviousHash = d.revision, d.previous
	} else {
		a.Revision, a.PreviousHash = o.revision[h.key]+1, o.last[h.key]
	}
	o.revision[h.key] = a.Revision
	o.last[h.key] = a.ContentHash
	return Extracted{Article: a}
}

// extract extracts the page of a response and gives the crawl's article
// verdict: why it is no article, or its article and key.
func (o *Offline) extract(body []byte, rawURL, contentType string, fetched time.Time) (a extractor.Article, key, why string, err error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return a, "", "", fmt.Errorf("bad URL %q: %w", rawURL, err)
	}
	key, err = normalizeURL(u)
	if err != nil {
		return a, "", "", fmt.Errorf("bad URL %q: %w", rawURL, err)
	}
	opt := o.opt
	opt.ContentType = contentType
	if opt.FetchedAt.IsZero() {
		// Dates are judged against when the page was fetched (a date after
		// it is not the page's), as the crawl that archived it judged them:
		// the record's WARC-Date, not the time of the re-extraction.
		opt.FetchedAt = fetched
	}
	if o.dups != nil && textLeftOut(opt.Body) {
		opt.Body |= extractor.BodyText // for the fingerprint; mark drops it
	}
	page, err := extractor.ExtractPage(body, key, opt)
	if err != nil {
		return a, "", "", err
	}
	a = page.Article
	if ok, why := articleVerdict(page, u); !ok {
		return a, "", why, nil
	}
	sameHost := func(c *url.URL) bool { return strings.EqualFold(c.Hostname(), u.Hostname()) }
	if _, elsewhere := canonicalElsewhere(a, key, sameHost); elsewhere {
		return a, "", "canonical elsewhere", nil
	}
	return a, key, "", nil
}

// decide decides an article as a crawl does when it emits it: unchanged,
// a duplicate, or a new revision.
func (o *Offline) decide(a *extractor.Article, key string, fetched time.Time) (string, error) {
	if o.last[key] == a.ContentHash {
		return "unchanged", nil
	}
	if o.dups != nil {
		if _, _, why, err := o.dups.mark(context.Background(), a, key, o.mode, o.opt.Body); err != nil || why != "" {
			return why, err
		}
	}
	a.FetchedAt = fetched.UTC().Format(time.RFC3339)
	a.PreviousHash = o.last[key]
	o.revision[key]++
	a.Revision = o.revision[key]
	o.last[key] = a.ContentHash
	return "", nil
}

// canonicalElsewhere returns the normalised canonical URL of an article
// fetched as key, and whether it names another page in scope: the article
// is then emitted once, under that URL.
func canonicalElsewhere(a extractor.Article, key string, inScope func(*url.URL) bool) (string, bool) {
	if a.CanonicalURL == "" {
		return "", false
	}
	cu, err := url.Parse(a.CanonicalURL)
	if err != nil || !inScope(cu) {
		return "", false
	}
	ck, err := normalizeURL(cu)
	if err != nil || ck == key {
		return "", false
	}
	return ck, true
}

// ExtractFile extracts the article of one page read from a file, keyed as
// a crawl keys it: pageURL is normalised (fragment, tracking parameters and
// default port dropped, see Normalize), so that the same bytes under the
// same URL give the record a crawl gives, but for the fields only a fetch
// or a crawl's history sets (fetched_at, warc, revision, previous_hash).
// Unlike Offline.Article it applies no article verdict: the caller named
// the page. An empty pageURL leaves relative links unresolved.
func ExtractFile(body []byte, pageURL string, opt extractor.Options) (extractor.Article, error) {
	if pageURL != "" {
		key, err := Normalize(pageURL)
		if err != nil {
			return extractor.Article{}, fmt.Errorf("page URL %q: %w", pageURL, err)
		}
		pageURL = key
	}
	return extractor.Extract(body, pageURL, opt)
}
