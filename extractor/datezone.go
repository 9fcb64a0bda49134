package extractor

import (
	"strings"
	"time"
)

// A UTC instant is the publisher's day only where the publisher is in
// UTC: a CMS that stores its times in UTC states a story put online at
// 00:30 in Berlin as "…T22:30:00Z" of the day before, and a day entered
// without its time as local midnight, "2022-11-06T23:00:00.000Z" for
// 7 November. A page on the domain of a country that keeps one zone is
// dated in that zone (hostLocal). Midnight UTC is a day without its time,
// as a date-only statement parses: west of Greenwich it would fall on the
// day before.

// ccZones are the standard offsets, in minutes, of the countries that
// keep one zone, by their country-code domain, and whether they keep the
// European Union's summer time (from the last Sunday of March to the last
// Sunday of October, at 01:00 UTC). Countries of several zones (.ru, .us,
// .br, .mx, .au, .id, .ca) are left out, and those whose summer time
// follows other rules (.il, .cl, .nz); so is .co, Colombia's, which sites
// of every country take for "company".
var ccZones = map[string]struct {
	offset   int
	euSummer bool
}{
	"uk": {0, true}, "ie": {0, true}, "pt": {0, true},
	"de": {60, true}, "at": {60, true}, "ch": {60, true}, "fr": {60, true}, "it": {60, true}, "es": {60, true}, "nl": {60, true},
	"be": {60, true}, "lu": {60, true}, "dk": {60, true}, "se": {60, true}, "no": {60, true}, "pl": {60, true}, "cz": {60, true},
	"sk": {60, true}, "hu": {60, true}, "si": {60, true}, "hr": {60, true}, "rs": {60, true},
	"fi": {120, true}, "ee": {120, true}, "lv": {120, true}, "lt": {120, true}, "ro": {120, true}, "bg": {120, true}, "gr": {120, true}, "ua": {120, true},
	"tr": {180, false}, "sa": {180, false}, "ae": {240, false}, "in": {330, false},
	"vn": {420, false}, "th": {420, false}, "cn": {480, false}, "hk": {480, false}, "tw": {480, false}, "sg": {480, false}, "my": {480, false}, "ph": {480, false},
	"jp": {540, false}, "kr": {540, false},
	"ar": {-180, false}, "bo": {-240, false}, "ve": {-240, false}, "pe": {-300, false}, "ec": {-300, false},
}

// hostLocal returns w, a UTC instant, in the zone of the country whose
// domain host is under; w itself otherwise.
func hostLocal(w when, host string) when {
	if !w.hasTime || !w.hasZone || w.epoch {
		return w
	}
	if _, off := w.t.Zone(); off != 0 {
		return w
	}
	if h, m, s := w.t.Clock(); h == 0 && m == 0 && s == 0 {
		return w // "2024-05-16T00:00:00Z": a day stated without its time
	}
	z, ok := ccZones[host[strings.LastIndexByte(host, '.')+1:]]
	if !ok {
		return w
	}
	off := z.offset
	if z.euSummer && euSummer(w.t) {
		off += 60
	}
	w.t = w.t.In(time.FixedZone("", off*60))
	return w
}

// euSummer reports whether t falls in the European Union's summer time.
func euSummer(t time.Time) bool {
	t = t.UTC()
	start, end := lastSunday(t.Year(), time.March), lastSunday(t.Year(), time.October)
	return !t.Before(start) && t.Before(end)
}

// lastSunday is 01:00 UTC on the last Sunday of month m of year y.
func lastSunday(y int, m time.Month) time.Time {
	d := time.Date(y, m+1, 0, 1, 0, 0, 0, time.UTC) // the month's last day
	return d.AddDate(0, 0, -int(d.Weekday()))
}

// midnightUTC reports whether w is midnight UTC, or midnight in no zone:
// the placeholder a CMS writes for a day entered without its time
// ("2024-03-04T00:00:00+00:00"), a day rather than an instant.
func midnightUTC(w when) bool {
	if !w.hasTime || w.epoch {
		return false
	}
	if _, off := w.t.Zone(); w.hasZone && off != 0 {
		return false
	}
	h, m, s := w.t.Clock()
	return h == 0 && m == 0 && s == 0
}

// placeholderInstant returns the structured publication instant that pub,
// a midnight placeholder, stands for: another statement's instant, with its
// time and zone, on another day than pub's but on pub's day in some zone
// ("2024-03-04T00:00:00Z" in JSON-LD beside article:published_time
// "2024-03-03T21:15:00-05:00", a Yoast graph's "2023-05-18T04:39:05Z"
// beside a plugin's "2023-05-17T00:00:00+0000"). The two disagree by a
// zone only: the placeholder is the instant's day cut in UTC or in the
// writer's zone, and the instant states its own day (wcxb-dev fit
// +1, no other page of the dump moves). Otherwise pub.
func placeholderInstant(structured []dateCand, pub dateCand) dateCand {
	if !midnightUTC(pub.w) {
		return pub
	}
	for _, c := range structured {
		if c.kind == kindPublished && c.w.hasTime && c.w.hasZone && !c.w.epoch && !midnightUTC(c.w) &&
			!sameDay(c.w, pub.w) && onDaySomewhere(c.w.t, pub.w.t) {
			return c
		}
	}
	return pub
}

// onDaySomewhere reports whether the instant t falls on day's calendar day
// in some zone, from UTC-12 to UTC+14: between the day's start in UTC+14
// and its end in UTC-12.
func onDaySomewhere(t, day time.Time) bool {
	y, m, d := day.Date()
	start := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return !t.Before(start.Add(-14*time.Hour)) && t.Before(start.Add(36*time.Hour))
}
