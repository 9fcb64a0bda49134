package pipeline

import (
	"fmt"
	"strconv"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
)

// A crawl with a WARC archive records, beside each capture it extracted an
// article from, what it decided about that article: emitted (as an
// original, or marked as a duplicate of an earlier article), unchanged, or
// dropped as a duplicate. The record is a WARC metadata record referring to
// the response (archive.Describe). The decisions wait with the outcomes for
// the commit, which writes them once the Sink is synced (never a decision
// whose article a crash lost), in the order the articles were written; the
// next run writes those of the articles it recovers (reconcile).
//
// Why the WARC carries the decision rather than leaving 'extract' to judge
// again in capture order: which of two near-duplicates is "earlier" is a
// fact of the crawl's history, not of the bytes. Two pages fetched at once
// may be captured in one order and decided in the other; the earlier
// article may have come from another process sharing the Store (writing
// its own WARC), from an earlier run whose WARC is elsewhere, or from a run
// without --warc; the fingerprint window may have forgotten it. In each
// case a re-extraction in capture order marks another page than the crawl
// did. With the decision in the file, 'extract' gives the crawl's record
// whenever it extracts the same text (Offline.Metadata), and judges again
// only where its text differs (another extractor version) or no decision
// was recorded (older newsprint versions, other tools). This is the WARC's
// own way of recording a crawler's deduplication: Heritrix's revisit
// records name the capture they duplicate (WARC-Refers-To), and its
// metadata records describe each capture in named fields.

// Decision outcomes: an article emitted, or why none was.
const (
	decidedArticle   = "article"
	decidedUnchanged = "unchanged"
	// A duplicate dropped with NearDrop is "duplicate" or "near-duplicate",
	// the reason the crawl gives.
)

// DecisionsInfoField is the warcinfo field with which a newsprint WARC
// file says that its crawl describes every article decision with a
// metadata record (archive.Describe) after the article's response record.
const DecisionsInfoField = "article-decisions"

// Names of a decision record's fields.
const (
	fieldDecision    = "article-decision"
	fieldURL         = "article-url"
	fieldID          = "article-id"
	fieldHash        = "content-hash"
	fieldRevision    = "revision"
	fieldPrevious    = "previous-hash"
	fieldDupID       = "duplicate-of-id"
	fieldDupURL      = "duplicate-of-url"
	fieldDupHash     = "duplicate-of-hash"
	fieldDupDistance = "duplicate-distance"
	fieldMode        = "near-duplicates"
)

// decision is what a crawl decided about the article of one capture.
type decision struct {
	outcome  string // decidedArticle, decidedUnchanged, or a drop's reason
	url      string // the key the article was emitted under
	id, hash string
	// revision and previous are the emitted article's; 0 and "" otherwise.
	revision int
	previous string
	// dup is the earlier article this one duplicates, dupHash its content
	// hash (the same as hash for an exact duplicate, an alias).
	dup     *extractor.DuplicateRef
	dupHash string
	// mode is the crawl's Config.NearDuplicates: with NearOff it compared
	// nothing, and an article without dup is not known to be original.
	mode string
}

func (d decision) fields() []archive.Field {
	f := []archive.Field{{Name: fieldDecision, Value: d.outcome}, {Name: fieldURL, Value: d.url}, {Name: fieldID, Value: d.id}, {Name: fieldHash, Value: d.hash},
		{Name: fieldMode, Value: d.mode}}
	if d.revision > 0 {
		f = append(f, archive.Field{Name: fieldRevision, Value: strconv.Itoa(d.revision)})
		if d.previous != "" {
			f = append(f, archive.Field{Name: fieldPrevious, Value: d.previous})
		}
	}
	if d.dup != nil {
		f = append(f, archive.Field{Name: fieldDupID, Value: d.dup.ID}, archive.Field{Name: fieldDupURL, Value: d.dup.URL},
			archive.Field{Name: fieldDupHash, Value: d.dupHash}, archive.Field{Name: fieldDupDistance, Value: strconv.Itoa(d.dup.Distance)})
	}
	return f
}

// decisionOf reads a decision record; ok is false for any other metadata
// record, or one that does not parse.
func decisionOf(m archive.Metadata) (d decision, ok bool) {
	d = decision{outcome: m.Get(fieldDecision), url: m.Get(fieldURL), id: m.Get(fieldID), hash: m.Get(fieldHash), previous: m.Get(fieldPrevious), mode: m.Get(fieldMode)}
	if d.outcome == "" || d.url == "" || d.hash == "" || m.RefersTo == "" {
		return decision{}, false
	}
	if v := m.Get(fieldRevision); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return decision{}, false
		}
		d.revision = n
	}
	if id := m.Get(fieldDupID); id != "" {
		dist, err := strconv.Atoi(m.Get(fieldDupDistance))
		if err != nil || dist < 0 || dist > NearDistance {
			return decision{}, false
		}
		d.dup = &extractor.DuplicateRef{ID: id, URL: m.Get(fieldDupURL), Distance: dist}
		d.dupHash = m.Get(fieldDupHash)
	}
	return d, true
}

// decided queues d, to be recorded in the WARC beside the capture c it
// was made on when the next commit has made the Sink durable: nothing
// without an archive or a capture (a file:// page).
func (k *crawler) decided(c *archive.Capture, d decision) {
	k.emitMu.Lock()
	k.decideLocked(c, d)
	k.emitMu.Unlock()
}

func (k *crawler) decideLocked(c *archive.Capture, d decision) {
	if k.cfg.Archive != nil && c != nil {
		k.decisions = append(k.decisions, pendingDecision{*c, d})
	}
}

// pendingDecision is a decision waiting for the commit.
type pendingDecision struct {
	capture archive.Capture
	d       decision
}

// describeAll writes decisions to the WARC and syncs it.
func (k *crawler) describeAll(decisions []pendingDecision) error {
	if len(decisions) == 0 {
		return nil
	}
	for _, p := range decisions {
		if err := k.cfg.Archive.Describe(p.capture, p.d.fields()); err != nil {
			return fmt.Errorf("record the decision on %s in the WARC: %w", p.d.url, err)
		}
	}
	return k.cfg.Archive.Sync()
}
