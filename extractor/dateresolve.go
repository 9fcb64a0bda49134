package extractor

import "time"

// resolveDates sets the publication and modification dates: candidates
// gathered from every source (pageDatesOf), then a choice (chooseDates)
// that the learned arbiter may overrule on the publication day
// (arbitrate, daterank.go), and an address dated long before the day
// chosen (addressFirst) overrules in turn. A field with no plausible candidate stays
// empty.
func resolveDates(r *resolved, d pageDates) {
	zone := r.zoneGuess()
	pub, mod, hasPub, hasMod := chooseDates(d, r.now)
	pub, hasPub = arbitrate(d, r.now, zone, pub, hasPub, r.a.Language)
	pub = addressFirst(d.url, pub, hasPub)
	if hasPub && hasMod && before(mod.w, pub.w) {
		mod, hasMod = dateCand{}, false
	}
	if hasPub {
		r.set("published_at", &r.published, pub.w.format(zone), pub.src)
	}
	if hasMod {
		r.set("modified_at", &r.modified, mod.w.format(zone), mod.src)
	}
	r.setDates()
}

// zoneGuess is the zone assumed for a time stated without one. Chinese-
// language pages use China Standard Time (UTC+8) across mainland China, Hong
// Kong, Macau, Taiwan and Singapore; for any other language the time is
// dropped rather than guessed.
func (r *resolved) zoneGuess() *time.Location {
	if primaryTag(r.a.Language) == "zh" { // zh, zh-Hans or zh-Hant
		return time.FixedZone("", 8*3600)
	}
	return nil
}
