package pipeline

import (
	"fmt"
	"os"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
)

func (k *crawler) err() error {
	k.emitMu.Lock()
	defer k.emitMu.Unlock()
	return k.failure
}

func (k *crawler) fail(err error) {
	if err == nil {
		return
	}
	k.emitMu.Lock()
	if k.failure == nil {
		k.failure = err
	}
	k.emitMu.Unlock()
}

// record records a result: its outcomes, then its article, if any. An
// outcome is committed with the next checkpoint, once the article it
// stands for is durable.
func (k *crawler) record(r result) {
	for i, o := range r.outcomes {
		k.note(o, r.fetched && r.article == nil && i == len(r.outcomes)-1)
	}
	if r.article != nil {
		k.emit(*r.article, r.emit, r.capture)
	}
}

// emit writes a new or changed article and records it. What it decides is
// also recorded in the WARC beside the capture c, if any (decision.go).
func (k *crawler) emit(a extractor.Article, o Outcome, c *archive.Capture) {
	// What the Store knows now, not what it knew when the URL was leased
	// (the entry's Known): a redirect may have brought us to another URL,
	// or, while the job waited its turn, another URL's redirect may have
	// reached this one and emitted its article. With the lease's
	// snapshot, that article was written again with the same id and
	// revision. Articles written since the last commits are in emitted
	// and committed below.
	known, ok, err := k.cfg.Store.Lookup(k.work, o.URL)
	if err != nil {
		k.fail(err)
		return
	}
	d := decision{outcome: decidedUnchanged, url: o.URL, id: a.ID, hash: a.ContentHash, mode: k.cfg.NearDuplicates}
	if ok && known.Hash == a.ContentHash {
		o.Status = StatusUnchanged
		k.decided(c, d)
		k.note(o, true)
		return
	}
	if k.dups != nil {
		var drop bool
		if o, d.dupHash, drop = k.duplicate(&a, o); drop {
			if o.Status == StatusSkipped {
				d.outcome, d.dup = o.Reason, a.DuplicateOf
				k.decided(c, d)
			}
			k.note(o, true)
			return
		}
	}
	a.FetchedAt = o.Fetched.UTC().Format(time.RFC3339)
	a.Revision = known.Revision + 1
	a.PreviousHash = known.Hash
	o.Status, o.Hash, o.Revision = StatusArticle, a.ContentHash, a.Revision
	if cl, ok := k.cfg.Store.(Claimer); ok {
		// Another process may be emitting the same article.
		mine, err := cl.Claim(k.work, o.URL, a.ContentHash)
		if err != nil || !mine {
			k.fail(err)
			o.Status, o.Hash, o.Revision = StatusUnchanged, "", 0
			if err == nil {
				k.decided(c, d)
			}
			k.note(o, true)
			return
		}
	}
	k.emitMu.Lock()
	if k.emitted[o.URL] == a.ContentHash || k.committed[o.URL] == a.ContentHash {
		// Reached twice in this run (two URLs redirecting to it) before
		// the first was committed.
		k.emitMu.Unlock()
		o.Status, o.Hash, o.Revision = StatusUnchanged, "", 0
		k.decided(c, d)
		k.note(o, true)
		return
	}
	k.emitted[o.URL] = a.ContentHash
	err = k.cfg.Sink.Write(k.work, a)
	if err == nil {
		k.pending = append(k.pending, o)
		d.outcome, d.revision, d.previous, d.dup = decidedArticle, a.Revision, a.PreviousHash, a.DuplicateOf
		k.decideLocked(c, d) // in the order of the Sink's lines
	} else if k.failure == nil {
		k.failure = err
	}
	k.emitMu.Unlock()
	if err == nil {
		k.count(o, true)
	}
}

// duplicate compares a with the articles emitted before. An original gets
// its fingerprint in o, to be kept by the Store. A duplicate is marked in a
// (an exact one loses its body, becoming an alias of the earlier record),
// or, with NearDrop, reported as to be dropped, with o saying why; dupHash
// is then the earlier article's content hash.
func (k *crawler) duplicate(a *extractor.Article, o Outcome) (_ Outcome, dupHash string, drop bool) {
	fp, m, why, err := k.dups.mark(k.work, a, o.URL, k.cfg.NearDuplicates, k.cfg.Extract.Body)
	switch {
	case err != nil:
		k.fail(err)
		o.Status, o.Reason = StatusFailed, "duplicate check"
		return o, "", true
	case why != "":
		o.Status, o.Reason = StatusSkipped, why
		k.cfg.Logger.Debug("duplicate dropped", "url", o.URL, "of", a.DuplicateOf.URL, "distance", a.DuplicateOf.Distance)
		return o, m.Hash, true
	case a.DuplicateOf == nil:
		o.SimHash, o.ArticleID = fp, a.ID
	}
	return o, m.Hash, false
}

// note notes an outcome that emitted nothing; it is committed with the
// next checkpoint.
func (k *crawler) note(o Outcome, fetched bool) {
	k.emitMu.Lock()
	k.pending = append(k.pending, o)
	k.emitMu.Unlock()
	k.count(o, fetched)
}

func (k *crawler) count(o Outcome, fetched bool) {
	k.stats.add(o.Status, o.Reason, fetched)
	if o.Status == StatusFailed || o.Status == StatusSkipped {
		k.cfg.Logger.Debug("page not used", "url", o.URL, "status", o.Status, "reason", o.Reason)
	}
	if k.cfg.Progress != nil {
		k.cfg.Progress(k.stats.snapshot()) // a copy of the map: only when asked
	}
}

// commit makes the written articles durable, then records their outcomes
// and the output checkpoint: a URL is done only once its record is safe.
func (k *crawler) commit() error {
	k.commitMu.Lock()
	defer k.commitMu.Unlock()
	if err := k.flushQueue(); err != nil {
		return err
	}
	k.emitMu.Lock()
	batch, decisions := k.pending, k.decisions
	k.pending, k.decisions = nil, nil
	// This commit makes the current generation visible to Store.Lookup; the
	// one before has been visible since the last commit and can go.
	k.committed, k.emitted = k.emitted, make(map[string]string)
	var cp Checkpoint
	var err error
	if k.cfg.Archive != nil {
		// Articles point at WARC records: those must be durable first.
		// The WARC's error is sticky: a capture that failed since the
		// last commit (its directory gone, a full disk) ends the crawl
		// here.
		if err = k.cfg.Archive.Sync(); err != nil {
			err = fmt.Errorf("make the WARC durable: %w", err)
		}
	}
	if err == nil {
		err = k.cfg.Sink.Sync()
	}
	if err == nil {
		// The decisions follow the articles they stand for: never a
		// decision in the WARC whose article a crash lost.
		err = k.describeAll(decisions)
	}
	if err == nil && k.cfg.OutPath != "" {
		if fi, serr := os.Stat(k.cfg.OutPath); serr == nil {
			cp = Checkpoint{Path: k.cfg.OutPath, Offset: fi.Size()}
		}
	}
	k.emitMu.Unlock()
	if err != nil {
		return err
	}
	if len(batch) == 0 && cp.Path == "" {
		return nil
	}
	// The commit must land even when ctx is cancelled: it is the shutdown.
	if err := k.cfg.Store.Commit(k.work, batch, cp); err != nil {
		// The next commit carries these outcomes too: its checkpoint,
		// past their articles, must not land without them (a shared
		// crawl commits again once Redis is back, and a process
		// restarted from that checkpoint would not read them back).
		k.emitMu.Lock()
		k.pending = append(batch, k.pending...)
		k.emitMu.Unlock()
		return err
	}
	return nil
}
