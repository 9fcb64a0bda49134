package extractor

import (
	"strconv"
	"strings"
	"time"
)

// when is a parsed point in time and how much of it the page stated.
type when struct {
	t       time.Time
	hasTime bool
	hasZone bool
	// byOrder: an all-numeric date whose day and month could trade places
	// ("03/04/2024"), read in the order the page's declared language or
	// host says, with nothing in the date itself or the page's other dates
	// to confirm it. A page whose text turns out to be in another language
	// reads it the other way (pageDates.reorder).
	byOrder bool
	// epoch: an instant written as a Unix time, in no zone of the
	// page's own: shown in the zone the page's language implies, when it
	// implies one (WeChat's "var ct", at 07:00 in Beijing, is the day
	// before in UTC).
	epoch bool
}

// sameDay reports whether a and b fall on the same calendar day, each in
// its own zone.
func sameDay(a, b when) bool {
	ay, am, ad := a.t.Date()
	by, bm, bd := b.t.Date()
	return ay == by && am == bm && ad == bd
}

// swapped is w with its day and month traded: the other reading of a date
// read by order. It is w itself when that reading is no day.
func (w when) swapped() when {
	t := w.t
	o := time.Date(t.Year(), time.Month(t.Day()), int(t.Month()), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Location())
	if int(o.Month()) != t.Day() {
		return w
	}
	w.t = o
	return w
}

// format renders w as RFC 3339 when the time and its zone are known, and as
// YYYY-MM-DD otherwise. A time without a zone takes zone when it is not nil,
// else only its date is kept: a guessed offset would be a wrong instant.
func (w when) format(zone *time.Location) string {
	switch {
	case w.epoch && zone != nil:
		return w.t.In(zone).Format(time.RFC3339)
	case w.hasTime && w.hasZone:
		return w.t.Format(time.RFC3339)
	case w.hasTime && zone != nil:
		t := time.Date(w.t.Year(), w.t.Month(), w.t.Day(), w.t.Hour(), w.t.Minute(), w.t.Second(), 0, zone)
		return t.Format(time.RFC3339)
	default:
		return w.t.Format("2006-01-02")
	}
}

var zones = map[string]int{ // offset in minutes
	"UTC": 0, "GMT": 0, "Z": 0, "UT": 0,
	"EST": -300, "EDT": -240, "ET": -300, "CDT": -300, "MST": -420, "MDT": -360,
	"PST": -480, "PDT": -420, "PT": -480, "BST": 60, "CET": 60, "CEST": 120,
	"MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "WET": 0, "WEST": 60,
	"IST": 330, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AEST": 600,
	"AEDT": 660, "AWST": 480, "NZST": 720, "NZDT": 780, "MSK": 180,
	// Russia's Moscow time as its pages write it, Turkey's, and
	// Indonesia's three, which its news prints after every time ("10:30
	// WIB").
	"МСК": 180, "TRT": 180, "WIB": 420, "WITA": 480, "WIT": 540,
}

func build(year, month, day, hour, minute, sec, ampm, zone string) (when, bool) {
	y, err1 := strconv.Atoi(year)
	mo, err2 := strconv.Atoi(month)
	d, err3 := strconv.Atoi(day)
	if err1 != nil || err2 != nil || err3 != nil || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return when{}, false
	}
	w := when{}
	h, mi, se := 0, 0, 0
	if hour != "" && minute != "" {
		h, _ = strconv.Atoi(hour)
		mi, _ = strconv.Atoi(minute)
		se, _ = strconv.Atoi(sec)
		h = hour24(h, strings.ToLower(strings.ReplaceAll(ampm, ".", "")))
		if h > 23 || mi > 59 || se > 60 {
			h, mi, se = 0, 0, 0
		} else {
			w.hasTime = true
		}
	}
	loc := time.UTC
	if w.hasTime && zone != "" {
		if off, ok := parseOffset(zone); ok {
			if z := strings.ToUpper(strings.TrimSpace(zone)); (z == "ET" || z == "PT") && usSummerTime(y, time.Month(mo), d, h) {
				off += 60 // "8:00 a.m. ET" in May is EDT's
			}
			loc = time.FixedZone("", off*60)
			w.hasZone = true
		}
	}
	w.t = time.Date(y, time.Month(mo), d, h, mi, se, 0, loc)
	if w.t.Day() != d { // 31 February and the like
		return when{}, false
	}
	if _, off := w.t.Zone(); w.hasZone && off == 0 {
		w.t = w.t.UTC() // "+00:00" prints as "Z"
	}
	return w, true
}

// hour24 is hour, read on a 12-hour clock in half ("am" or "pm"), on the
// 24-hour clock: 12 a.m. is 0, 1 p.m. is 13; with no half it is hour.
func hour24(hour int, half string) int {
	switch {
	case half == "pm" && hour < 12:
		return hour + 12
	case half == "am" && hour == 12:
		return 0
	}
	return hour
}

// usSummerTime reports whether hour h of day d of month mo of year y,
// local time, falls in the United States' daylight saving time: from the
// second Sunday in March to the first in November since 2007, from the
// first Sunday in April to the last in October before. US news sites
// write "ET" and "PT" for the zone whichever is in force ("Updated 8:00
// a.m. ET" in May is UTC-4).
func usSummerTime(y int, mo time.Month, d, h int) bool {
	sunday := func(m time.Month, nth int) int { // the nth Sunday of m; nth < 0: the last
		if nth < 0 {
			last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
			return last.Day() - int(last.Weekday())
		}
		first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		return 1 + (7-int(first.Weekday()))%7 + 7*(nth-1)
	}
	startM, startD, endM, endD := time.March, sunday(time.March, 2), time.November, sunday(time.November, 1)
	if y < 2007 {
		startM, startD, endM, endD = time.April, sunday(time.April, 1), time.October, sunday(time.October, -1)
	}
	at := func(m time.Month, day, hour int) int { return int(m)*10000 + day*100 + hour }
	now := at(mo, d, h)
	return now >= at(startM, startD, 2) && now < at(endM, endD, 2)
}

func parseOffset(z string) (int, bool) {
	z = strings.ToUpper(strings.TrimSpace(z))
	if off, ok := zones[z]; ok {
		return off, true
	}
	// "GMT+7", "UTC +07:00", "GMT-0330": an offset from UTC named so.
	if rest, ok := strings.CutPrefix(z, "GMT"); ok {
		return namedOffset(rest)
	}
	if rest, ok := strings.CutPrefix(z, "UTC"); ok {
		return namedOffset(rest)
	}
	if len(z) >= 5 && (z[0] == '+' || z[0] == '-') {
		digits := strings.ReplaceAll(z[1:], ":", "")
		if len(digits) != 4 {
			return 0, false
		}
		h, err1 := strconv.Atoi(digits[:2])
		m, err2 := strconv.Atoi(digits[2:])
		if err1 != nil || err2 != nil || h > 14 || m > 59 {
			return 0, false
		}
		off := h*60 + m
		if z[0] == '-' {
			off = -off
		}
		return off, true
	}
	return 0, false
}

// namedOffset reads the offset after "GMT" or "UTC": a sign, the hours in
// one or two digits, the minutes maybe ("+7", "+07:00", "-0330").
func namedOffset(z string) (int, bool) {
	z = strings.TrimSpace(z)
	if len(z) < 2 || z[0] != '+' && z[0] != '-' {
		return 0, false
	}
	digits := strings.ReplaceAll(z[1:], ":", "")
	switch len(digits) {
	case 1, 3:
		digits = "0" + digits
	}
	if len(digits) == 2 {
		digits += "00"
	}
	return parseOffset(z[:1] + digits)
}
