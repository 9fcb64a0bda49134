package extractor

import (
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Wire copy opens with a dateline that names the day but not the year:
// "WASHINGTON, March 3 (Reuters) -", "PARIS, 3 mars (AFP) -". The year
// comes from the page's address ("/2024/") or from another date the page
// states (its update); with neither the dateline dates nothing: the year
// a page was fetched says nothing of the year an agency filed it.

// leadDateline reads the date that opens the first paragraph after the
// headline, as news copy states it: "(18.01.2018) Deutschlands Landwirte
// …", "BERLIN, 18. Januar 2018 – …", "March 3, 2024: The council …".
func (s *scanner) leadDateline(n *html.Node) {
	var b strings.Builder
	for t := range visibleTexts(n) {
		b.WriteString(t)
		if b.Len() >= 64 {
			break
		}
	}
	t := strings.TrimSpace(b.String())
	if t == "" {
		return
	}
	// Its day within the first 48 characters, in ASCII digits or the
	// script's own: "ঢাকা, ১২ মার্চ ২০২৪। …".
	if w := t[:min(len(t), 48)]; !strings.ContainsAny(w, "0123456789") {
		if !mayHoldWideDigits(t) {
			return
		}
		if w = runesPrefix(t, 48); !strings.ContainsAny(w, "0123456789") && !hasEasternDigits(w) {
			return
		}
	}
	if s.cjkAgencyDateline(t) {
		return
	}
	if !strings.Contains(t, "--(") {
		// reWireCredit's credit opens so: most leads are not a wire's.
	} else if m := reWireCredit.FindStringSubmatchIndex(t); m != nil {
		// "SAN FRANCISCO--(BUSINESS WIRE)--May 8, 2012--": the day
		// after the wire's credit.
		t = t[m[1]:]
	}
	end := datelineEnd(t)
	if end < 0 || end > 48 && indicWidth(t[:end]) > 48 {
		return
	}
	head := strings.Trim(t[:end], " ([")
	if i := strings.IndexByte(head, '('); i > 0 {
		if inner := strings.TrimSpace(head[i+1:]); hasYearOrEpoch(inner) && dateCovers(inner) {
			head = inner // "Berlin (08.05.2012) – …": the day in brackets
		} else {
			// The wire's credit after the date: "WASHINGTON, March 3,
			// 2024 (Reuters) -".
			head = strings.TrimSpace(head[:i])
		}
	}
	if i := strings.Index(head, " /"); i > 0 && strings.HasSuffix(head, "/") {
		// A press wire's credit after the date: "NEW YORK, May 8, 2012
		// /PRNewswire/ --".
		head = strings.TrimSpace(head[:i])
	}
	if head != "" && dateCovers(head) {
		if w, ok := s.parse(head); ok {
			s.addDate(w, "", "visible-text")
		}
	} else if day := afterPlace(head); day != head && hasYearOrEpoch(day) && dateCovers(day) {
		// The place's words are more than a date's line allows:
		// "القاهرة، 3 مارس 2025".
		if w, ok := s.parse(day); ok {
			s.addDate(w, "", "visible-text")
		}
	} else if full, ok := fullYearDay(afterPlace(head)); ok {
		if w, ok := s.parse(full); ok {
			s.addDate(w, "", "visible-text")
		}
	} else if s.v.monthDay == nil && head != "" {
		s.v.monthDay = s.wireMonthDay(head)
	}
}

// indicWidth is the length of s in bytes, but for its Devanagari and
// Bengali letters, which count one each, not three: "नई दिल्ली, 12 मार्च
// 2024।" weighs as "NEW DELHI, 12 March 2024" does.
func indicWidth(s string) int {
	n := len(s)
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xE0 && s[i+1] >= 0xA4 && s[i+1] <= 0xA7 {
			n -= 2
			i += 2
		}
	}
	return n
}

// runesPrefix is the first n characters of s.
func runesPrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// reCJKAgencyDay is the dateline that opens a Chinese agency's or paper's
// copy: the agency and the place, the month and the day, and "电" (cabled)
// or "讯" (reported), the year given or not: "新华社北京5月16日电",
// "中新网5月16日电", "人民网北京5月16日专电", "【大纪元2024年05月16日讯】".
var reCJKAgencyDay = regexp.MustCompile(`^[【\[]?\s*\p{Han}{2,12}?\s*(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:专|專)?(?:电|電|讯|訊)`)

// reCJKAgencyDayOnly is the dateline of Taiwan's Central News Agency, in
// brackets, the reporter and the place before the day alone:
// "（中央社記者王小明台北16日電）", "（中央社華盛頓15日綜合外電報導）".
var reCJKAgencyDayOnly = regexp.MustCompile(`^[（(]\s*\p{Han}{2,24}?(\d{1,2})\s*日\s*(?:專|专)?(?:電|电|綜合外電|综合外电)`)

// cjkAgencyDateline reads the day of t, a lead paragraph's opening, when
// it is a Chinese agency's dateline (reCJKAgencyDay): with its year, a
// date; without, a day whose year the address gives, or the page's other
// date, as a wire dateline's (wireMonthDay). It reports whether t opens
// so.
func (s *scanner) cjkAgencyDateline(t string) bool {
	if t[0] < 0x80 && t[0] != '[' && t[0] != '(' || !strings.Contains(t[:min(len(t), 64)], "日") {
		return false
	}
	m := reCJKAgencyDay.FindStringSubmatch(t)
	if m == nil {
		// "（中央社記者王小明台北16日電）": the day alone, its month and
		// year the address's (yearlessDate).
		if m = reCJKAgencyDayOnly.FindStringSubmatch(t); m == nil {
			return false
		}
		if day := atoi(m[1]); s.v.monthDay == nil && day >= 1 && day <= 31 {
			s.v.monthDay = &monthDay{day: day, pos: s.pos, wire: true}
		}
		return true
	}
	if m[1] != "" {
		if w, ok := s.parse(m[1] + "年" + m[2] + "月" + m[3] + "日"); ok {
			s.addDate(w, "", "visible-text")
		}
		return true
	}
	if mon, day := atoi(m[2]), atoi(m[3]); s.v.monthDay == nil && mon >= 1 && mon <= 12 && day >= 1 && day <= 31 {
		s.v.monthDay = &monthDay{mon: mon, day: day, pos: s.pos, wire: true}
	}
	return true
}

// datelineEnd is where the first end of a dateline in t starts (-1:
// none): a closing bracket, a danda, a spaced dash, a colon before a space, a press
// wire's double dash ("/PRNewswire/ --", "May 8, 2012--"). It finds what
// the expression `[)\]]|\s[-–—]\s|:\s|\s?--` finds first, without
// running one on every lead paragraph (unanchored, it cost a hundred
// thousand instructions a lead).
func datelineEnd(t string) int {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == ')' || c == ']':
			return i
		case c == 0xE0 && strings.HasPrefix(t[i:], "।"):
			// The danda that ends a Hindi or Bengali dateline:
			// "लखनऊ, 12 मार्च 2024। …".
			return i
		case c == ':':
			if i+1 < len(t) && reSpace(t[i+1]) {
				return i
			}
		case c == '-':
			if i+1 < len(t) && t[i+1] == '-' {
				return i
			}
		case reSpace(c):
			r := t[i+1:]
			if strings.HasPrefix(r, "--") {
				return i
			}
			for _, d := range []string{"-", "–", "—"} {
				if strings.HasPrefix(r, d) && len(r) > len(d) && reSpace(r[len(d)]) {
					return i
				}
			}
		}
	}
	return -1
}

// reWireCredit is a press wire's credit between double dashes before its
// day, as Business Wire and Globe Newswire set it: "SAN
// FRANCISCO--(BUSINESS WIRE)--".
var reWireCredit = regexp.MustCompile(`^[^()]{2,40}--\([^()]{2,30}\)--\s*`)

// wireMonthDay is the day without its year that head, the text of a lead
// dateline before its bracket or dash, names after its place: nil for
// none.
func (s *scanner) wireMonthDay(head string) *monthDay {
	day := afterPlace(head)
	if day == "" || len(day) > 20 || hasYearOrEpoch(day) || !strings.ContainsAny(day, "0123456789") {
		return nil
	}
	sep := " "
	if c := day[len(day)-1]; c >= '0' && c <= '9' && (day[0] < '0' || day[0] > '9') {
		sep = ", " // "March 3" → "March 3, 2000"
	}
	full := day + sep + "2000"
	if !dateCovers(full) {
		return nil
	}
	w, ok := s.parse(full)
	if !ok || w.t.Year() != placeholderYear {
		return nil
	}
	return &monthDay{mon: int(w.t.Month()), day: w.t.Day(), pos: s.pos, wire: true}
}

// afterPlace is the day of a dateline's head, after its place and comma
// ("PARIS, 3 mars" → "3 mars"; Arabic script's comma in "القاهرة، 3
// مارس 2025"), or head when it names no place.
func afterPlace(head string) string {
	if i := strings.LastIndexByte(head, ','); i >= 0 {
		head = strings.TrimSpace(head[i+1:])
	}
	if i := strings.LastIndex(head, "،"); i >= 0 {
		return strings.TrimSpace(head[i+len("،"):])
	}
	return head
}

// yearFor is the year a day without its year (md) is read in, 0 for none:
// the address's year when its month (if any) agrees; else, for a wire
// dateline, the year of other, another date the page states, and for a
// Chinese line's day the year of the fetch.
func (d pageDates) yearFor(md *monthDay, fetched time.Time, other dateCand, hasOther bool) int {
	switch {
	case d.urlYear > 0 && (d.urlMonth == 0 || d.urlMonth == md.mon):
		return d.urlYear
	case d.urlYear > 0:
		return 0 // the address dates another month
	case md.wire && hasOther:
		return yearUpTo(md, other.w.t)
	case md.wire || fetched.IsZero():
		return 0
	case md.thisYear:
		return thisYearOf(md, fetched)
	}
	return yearUpTo(md, fetched)
}

// thisYearOf is the year of md, a day a page prints as this year's
// (shownMonthDay), on a page fetched at fetched: the fetch's year, or the
// year before for a day at most a week before the fetch across New Year
// ("28 декабря, 14:30" on January 2nd). A day ahead of the fetch
// otherwise is an event's, to come: 0, none.
func thisYearOf(md *monthDay, fetched time.Time) int {
	d := time.Date(fetched.Year(), time.Month(md.mon), md.day, 0, 0, 0, 0, time.UTC)
	if !d.After(fetched.Add(futureSlack)) {
		return fetched.Year()
	}
	if fetched.Sub(d.AddDate(-1, 0, 0)) <= maxAgo {
		return fetched.Year() - 1
	}
	return 0
}

// yearUpTo is the year of md's day on or before t: t's year, or the year
// before when the day is still ahead of t in its year.
func yearUpTo(md *monthDay, t time.Time) int {
	if md.mon > int(t.Month()) || md.mon == int(t.Month()) && md.day > t.Day() {
		return t.Year() - 1
	}
	return t.Year()
}
