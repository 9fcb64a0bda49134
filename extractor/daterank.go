package extractor

import (
	"math/bits"
	"slices"
	"strings"
	"time"
)

// A learned check on the publication day (issue 13, item 1). chooseDates
// is a hand-ordered cascade; here every distinct day the page's
// candidates state, and "none", becomes an option described by generic
// features (which sources state it, how many agree, where it stands, the
// cascade's own choice), and a linear model fitted on the fit halves of
// the dev sets (daterank_train_test.go, weights in daterank_weights.go)
// scores them. The model only arbitrates: it replaces the cascade's
// choice when it scores another option higher by rankMargin.

// Features of a day option. Page-level facts go on the "none" option
// alone: with a softmax over one page's options, a feature every option
// shares cancels out.
const (
	fNone            = iota // the option is "none"
	fCascade                // the cascade chose this day (or none)
	fLDPub                  // a JSON-LD publication statement
	fLDMod                  // a JSON-LD modification statement
	fMetaPub                // a <meta> publication statement
	fMetaMod                // a <meta> modification statement
	fMicroPub               // microdata or a microformat, published
	fStructPubFirst         // the first structured publication statement
	fStructModFirst         // the first structured modification statement
	fVisPub                 // shown near the headline, labelled published
	fVisMod                 // shown near the headline, labelled updated
	fVisPlain               // shown near the headline, unlabelled
	fVisFar                 // shown, but away from the headline
	fVisOriginal            // an "originally published" note
	fVisPick                // the visible pick (visible.pick)
	fAside                  // read from furniture beside the headline
	fTime                   // a <time datetime>
	fOneTime                // the page's only <time>
	fTimeShare              // share of the page's <time> elements on this day
	fScript                 // script data
	fURL                    // the URL's date
	fKnown                  // a sitemap's or feed's date
	fShown                  // the one day the page shows (dateshown.go)
	fAgree                  // independent source groups on this day, less one
	fEarliest               // the earliest day of the page's options
	fLatest                 // the latest day of the page's options
	fFirstVisible           // the first visible day in document order
	fNearness               // 1/(1+blocks from the headline), visible only
	fClock                  // some candidate on the day states a time of day
	fNoneOnlyMod            // none: every dated statement is an update
	fNoneNoStruct           // none: no structured publication statement
	fNoneMany               // none: three or more days
	fNoneUpdateLabel        // none: the page shows an update label
	fNoneEnglish            // none: the page is in English
	nDayFeatures
)

// dayFeatureNames name the features in the training program's report and
// the generated weights.
var dayFeatureNames = [nDayFeatures]string{
	"none", "cascade", "ld-pub", "ld-mod", "meta-pub", "meta-mod", "micro-pub",
	"struct-pub-first", "struct-mod-first", "vis-pub", "vis-mod", "vis-plain",
	"vis-far", "vis-original", "vis-pick", "aside", "time", "one-time",
	"time-share", "script", "url", "known", "shown", "agree", "earliest",
	"latest", "first-visible", "nearness", "clock", "none-only-mod",
	"none-no-struct", "none-many", "none-update-label", "none-english",
}

// maxDayOptions bounds the options of a page: a teaser list states many.
const maxDayOptions = 16

// dayOption is one answer to "on which day was the page published": a
// day its candidates state (cand, the most trusted candidate on it), or
// none.
type dayOption struct {
	none bool
	day  int // year*10000 + month*100 + day
	cand dateCand
	f    [nDayFeatures]float32
	// groups are the source groups seen on the day, a bit each.
	groups uint16
}

// Source groups counted for fAgree: sources that copy each other (the
// JSON-LD and the <meta> of one CMS) still count apart, as the cascade's
// own "two sources agree" does.
const (
	gLD = 1 << iota
	gMeta
	gMicro
	gVisible
	gTime
	gScript
	gURL
	gKnown
)

// dayOf is the day w states, in zone when w is an epoch (when.format).
func dayOf(w when, zone *time.Location) int {
	t := w.t
	if w.epoch && zone != nil {
		t = t.In(zone)
	}
	y, m, d := t.Date()
	return y*10000 + int(m)*100 + d
}

// dayOptions appends to opts (empty: its room is reused) the options of
// a page: the days of its plausible candidates, each with its features,
// and none last. pub and hasPub are the cascade's choice, lang the page's
// language.
func dayOptions(opts []dayOption, d pageDates, now time.Time, zone *time.Location, pub dateCand, hasPub bool, lang string) []dayOption {
	find := func(c dateCand) *dayOption {
		if !plausibleAt(c.w, now) {
			return nil
		}
		k := dayOf(c.w, zone)
		for i := range opts {
			if opts[i].day == k {
				return &opts[i]
			}
		}
		if len(opts) == maxDayOptions {
			return nil
		}
		opts = append(opts, dayOption{day: k, cand: c})
		return &opts[len(opts)-1]
	}
	if hasPub {
		if o := find(pub); o != nil {
			o.f[fCascade] = 1
		}
	}
	structPub, structMod := -1, -1
	for _, c := range d.structured {
		o := find(c)
		if o == nil {
			continue
		}
		pubKind := c.kind == kindPublished
		switch {
		case c.src == "json-ld":
			o.groups |= gLD
			o.f[either(pubKind, fLDPub, fLDMod)] = 1
		case strings.HasPrefix(c.src, "meta:"):
			o.groups |= gMeta
			o.f[either(pubKind, fMetaPub, fMetaMod)] = 1
		default:
			o.groups |= gMicro
			if pubKind {
				o.f[fMicroPub] = 1
			}
		}
		if pubKind && structPub < 0 {
			structPub = o.day
			o.f[fStructPubFirst] = 1
		}
		if !pubKind && structMod < 0 {
			structMod = o.day
			o.f[fStructModFirst] = 1
		}
		o.clock(c)
	}
	vis := d.vis
	firstVis := true
	updateLabel := false
	for _, c := range vis.dates {
		if c.kind == kindModified {
			updateLabel = true
		}
		if c.teaser {
			continue // another page's day: a teaser card's (dateCand.teaser)
		}
		o := find(c)
		if o == nil {
			continue
		}
		o.groups |= gVisible
		nearHead := vis.h1Pos >= 0 && vis.inDateWindow(c.pos)
		switch {
		case c.kind == kindOriginal:
			o.f[fVisOriginal] = 1
		case !nearHead:
			o.f[fVisFar] = 1
		case c.kind == kindPublished:
			o.f[fVisPub] = 1
		case c.kind == kindModified:
			o.f[fVisMod] = 1
		default:
			o.f[fVisPlain] = 1
		}
		if c.aside {
			o.f[fAside] = 1
		}
		if firstVis {
			o.f[fFirstVisible] = 1
			firstVis = false
		}
		if vis.h1Pos >= 0 {
			dist := c.pos - vis.h1Pos
			if dist < 0 {
				dist = -dist
			}
			o.f[fNearness] = max(o.f[fNearness], 1/float32(1+dist))
		}
		o.clock(c)
	}
	if c, ok := vis.pick(kindPublished); ok {
		if o := find(c); o != nil {
			o.f[fVisPick] = 1
		}
	}
	for _, c := range d.times {
		if o := find(c); o != nil {
			o.groups |= gTime
			o.f[fTime] = 1
			o.f[fTimeShare] += 1 / float32(max(d.nTimes, 1))
			if d.nTimes == 1 {
				o.f[fOneTime] = 1
			}
			o.clock(c)
		}
	}
	for _, src := range [...]struct {
		cs      []dateCand
		group   uint16
		feature int
	}{{d.script, gScript, fScript}, {d.url, gURL, fURL}, {d.known, gKnown, fKnown}, {vis.shown, gVisible, fShown}} {
		for _, c := range src.cs {
			if o := find(c); o != nil {
				o.groups |= src.group
				o.f[src.feature] = 1
			}
		}
	}
	lo, hi := -1, -1
	onlyMod := len(opts) > 0
	for i := range opts {
		o := &opts[i]
		o.f[fAgree] = float32(max(bits.OnesCount16(o.groups)-1, 0))
		if lo < 0 || o.day < opts[lo].day {
			lo = i
		}
		if hi < 0 || o.day > opts[hi].day {
			hi = i
		}
		if o.f[fLDPub]+o.f[fMetaPub]+o.f[fMicroPub]+o.f[fVisPub]+o.f[fVisPlain]+o.f[fVisOriginal]+o.f[fTime]+o.f[fScript]+o.f[fURL]+o.f[fKnown]+o.f[fShown]+o.f[fCascade] > 0 {
			onlyMod = false
		}
	}
	if len(opts) > 1 {
		opts[lo].f[fEarliest] = 1
		opts[hi].f[fLatest] = 1
	}
	none := dayOption{none: true}
	none.f[fNone] = 1
	if !hasPub {
		none.f[fCascade] = 1
	}
	if onlyMod {
		none.f[fNoneOnlyMod] = 1
	}
	if structPub < 0 {
		none.f[fNoneNoStruct] = 1
	}
	if len(opts) >= 3 {
		none.f[fNoneMany] = 1
	}
	if updateLabel {
		none.f[fNoneUpdateLabel] = 1
	}
	if primaryTag(lang) == "en" {
		none.f[fNoneEnglish] = 1
	}
	return append(opts, none)
}

// updateOnly reports whether the page states the day only as its last
// update: a modification statement (structured, or shown under an update
// label), and no statement of any kind that it is the publication. A
// <time> on the day is then the update's (GeneratePress and many themes
// print only the dateModified <time> once a post is updated), as the
// cascade reads the one <time> on a stated update's day (chooseDates).
// The arbiter takes such a day shown under the headline over a hidden
// datePublished (TestArbiterTakesTheOnlyDayShown), but not over the day
// of the page's address: a dated permalink (WordPress's /2024/03/03/) is
// built from the publication and readers see it.
func (o *dayOption) updateOnly() bool {
	f := &o.f
	return f[fLDMod]+f[fMetaMod]+f[fStructModFirst]+f[fVisMod] > 0 &&
		f[fLDPub]+f[fMetaPub]+f[fMicroPub]+f[fVisPub]+f[fVisPlain]+f[fVisOriginal]+f[fScript]+f[fURL]+f[fKnown]+f[fShown] == 0
}

// clock marks the day as stated with a time of day by c.
func (o *dayOption) clock(c dateCand) {
	if c.w.hasTime {
		o.f[fClock] = 1
	}
}

// either is a when the condition holds, else b.
func either(cond bool, a, b int) int {
	if cond {
		return a
	}
	return b
}

// score is the model's score of the option.
func (o *dayOption) score(w *[nDayFeatures]float32) float32 {
	var s float32
	for i, v := range o.f {
		s += v * w[i]
	}
	return s
}

// rankTrace, when set (the training program), sees every page's options.
var rankTrace func(opts []dayOption)

// arbitrate returns the publication date: the cascade's (pub, hasPub)
// unless the model scores another day higher by rankMargin, a day that two
// independent sources state (fAgree: one source alone against the cascade
// is what its hand rules weigh, as the unlabelled day a UTC instant reads
// a day apart). It moves between days only: a none of the cascade stays
// none, and a day is never replaced by none (letting it do either lost "no
// date where none" pages on wcxb-dev's held-out half;
// daterank_train_test.go prints each variant's counts).
func arbitrate(d pageDates, now time.Time, zone *time.Location, pub dateCand, hasPub bool, lang string) (dateCand, bool) {
	if !hasPub && rankTrace == nil {
		return pub, hasPub // a none of the cascade stays none: nothing to score
	}
	if now.IsZero() {
		now = time.Now()
	}
	// The options stay on the stack: room for every one.
	var room [maxDayOptions + 1]dayOption
	opts := dayOptions(room[:0], d, now, zone, pub, hasPub, lang)
	if rankTrace != nil {
		rankTrace(slices.Clone(opts))
	}
	if !hasPub {
		return pub, hasPub
	}
	best, cur := -1, -1
	var bestScore, curScore float32
	for i := range opts {
		s := opts[i].score(&dayWeights)
		if best < 0 || s > bestScore {
			best, bestScore = i, s
		}
		if opts[i].f[fCascade] == 1 {
			cur, curScore = i, s
		}
	}
	if cur < 0 || best == cur || opts[best].none || opts[best].f[fAgree] < 1 || bestScore-curScore < rankMargin || opts[cur].f[fURL] == 1 && opts[best].updateOnly() {
		return pub, hasPub
	}
	return opts[best].cand, true
}
