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
	d.zone = zone
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
// Kong, Macau, Taiwan and Singapore; Japanese and Korean ones UTC+9, the
// one zone of Japan and of Korea, neither with summer time ("2024年3月5日
// 12時30分", "입력 2024.03.05 12:30"); for any other language the time is
// dropped rather than guessed.
func (r *resolved) zoneGuess() *time.Location {
	switch primaryTag(r.a.Language) {
	case "zh": // zh, zh-Hans or zh-Hant
		return time.FixedZone("", 8*3600)
	case "ja", "ko":
		return time.FixedZone("", 9*3600)
	}
	return nil
}
