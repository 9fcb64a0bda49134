package extractor

import (
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// Chinese portals print the day of this year's articles without its year:
// "5月16日 10:21", "05-16 10:21 来源：江城日报", "发布时间：05-16 10:21". The
// year comes from the page's address ("/2024/", "/202405/"), else from the
// time the page was fetched.

// reCJKMonthDay is a day without its year opening a text: "5月16日",
// "5月16日 10:21", or month and day in figures with the time of day, which
// tells them from a score or a range ("05-16 10:21", "05/16 10:21"). A
// Japanese day may carry its weekday in brackets: "5月16日(木) 10:21",
// "5/16(木) 10:21配信" (Japanese news sites' "distributed at").
var reCJKMonthDay = regexp.MustCompile(`^(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:` + cjkWeekday + `)?(?:\s*(\d{1,2})[:：](\d{2}))?|^(\d{1,2})[-/](\d{1,2})(?:` + cjkWeekday + `\s*|\s+)(\d{1,2}):(\d{2})`)

// cjkWeekday is a Japanese weekday in brackets after a day: "(木)", "（木）".
const cjkWeekday = `\s*[(（][月火水木金土日][)）]`

// reDeliveredMonthDay is a Japanese news page's "distributed at" without
// its year after the outlet's name: "東海新聞 3/5(火) 12:30配信", as the
// news portals credit the outlet whose story they carry.
var reDeliveredMonthDay = regexp.MustCompile(`^[^\d]{1,40}?\s(\d{1,2})/(\d{1,2})` + cjkWeekday + `\s*(\d{1,2}):(\d{2})\s*配信`)

// deliveredMonthDay is the match of reDeliveredMonthDay in t, in the
// groups of reCJKMonthDay's numeric form; nil when there is none.
func deliveredMonthDay(t string) []string {
	if len(t) > 120 || !strings.Contains(t, "配信") {
		return nil
	}
	m := reDeliveredMonthDay.FindStringSubmatch(t)
	if m == nil {
		return nil
	}
	return []string{m[0], "", "", "", "", m[1], m[2], m[3], m[4]}
}

// reNamedMonthDay is a source's or an account's name, then a day without
// its year at a time of day: "江城日报 05-16 10:21", "腾讯新闻 5月16日
// 10:21", as news apps' web pages and mobile portals set the line under
// the headline. The time tells the day from a teaser's or a ranking's
// ("热点 05-16"). Its groups are reCJKMonthDay's.
var reNamedMonthDay = regexp.MustCompile(`^\p{Han}{2,12}\s*(?:(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(\d{1,2})[:：](\d{2})|(\d{1,2})[-/](\d{1,2})\s+(\d{1,2}):(\d{2}))`)

// namedMonthDay is the match of reNamedMonthDay in t, nil when there is
// none or when the name is a label written without its colon ("更新时间
// 05-16 10:21", "截止 05-16 10:21"): its date is the label's to say,
// often an update's or a deadline's, no publication's.
func namedMonthDay(t string) []string {
	if len(t) > 80 || !hasDigit(t) {
		return nil
	}
	m := reNamedMonthDay.FindStringSubmatch(t)
	if m == nil || holdsAny(t[:len(m[0])], namedMonthDayNot) {
		return nil
	}
	return m
}

// namedMonthDayNot are the words that make the name before a day without
// its year a label (namedMonthDay).
var namedMonthDayNot = []string{"更新", "修改", "编辑", "編輯", "截止", "到期", "开始", "開始", "结束", "結束", "时间", "時間", "日期"}

// monthDay is a day without its year near the headline, and its position
// in the visible scan.
type monthDay struct {
	mon, day, hour, min int
	hasTime             bool
	pos                 int
	// wire: the day of a wire dateline (datelineyear.go), not of a
	// Chinese line.
	wire bool
	// weekday is the day of the week the line names with the day
	// (weekdayMonthDay), time.Weekday plus one; 0 for none. The year read
	// must give the day that weekday.
	weekday int
	// thisYear: a day the page prints without its year as this year's,
	// at a time of day (shownMonthDay); a day still ahead of the fetch is
	// an event's, not last year's.
	thisYear bool
	// named: a day alone from an element named for a date, read under
	// an address that holds its year alone (addressMonthDay).
	named bool
}

// yearlessWindow is how many blocks after the headline (or before it) a
// day without its year is read: the info line is the headline's neighbour.
const yearlessWindow = 4

// cjkMonthDay records the day without its year that t, a Chinese line n
// (or a Chinese label's value, n nil), opens, when none was recorded: a
// teaser's date and a date opening a sentence are not read; the caller
// leaves out a line that links a headline.
func (s *scanner) cjkMonthDay(n *html.Node, t string, cjk bool) {
	if s.v.monthDay != nil || len(t) > 120 || t == "" || strings.Contains(t, "。") {
		return
	}
	var m []string
	if t[0] >= '0' && t[0] <= '9' {
		m = reCJKMonthDay.FindStringSubmatch(t)
	} else if m = deliveredMonthDay(t); m == nil { // "東海新聞 3/5(火) 12:30配信"
		m = namedMonthDay(t) // "江城日报 05-16 10:21"
	}
	if m == nil || !cjk && m[1] == "" || n != nil && teaserDate(n) {
		return
	}
	// "5月16日，市政府召开…": a sentence's opening, not a dateline.
	if rest := strings.TrimSpace(t[len(m[0]):]); strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "、") {
		return
	}
	mon, day, hour, min := m[1], m[2], m[3], m[4]
	if mon == "" {
		mon, day, hour, min = m[5], m[6], m[7], m[8]
	}
	md := monthDay{mon: atoi(mon), day: atoi(day), hour: atoi(hour), min: atoi(min), hasTime: hour != "", pos: s.pos}
	if md.mon < 1 || md.mon > 12 || md.day < 1 || md.day > 31 || md.hour > 23 || md.min > 59 {
		return
	}
	s.v.monthDay = &md
}

// reURLYearMonth is a year, and maybe its month, as a folder of the
// page's address: "/2024/", "/202405/", "/2024-05/", "/2024/05/".
var reURLYearMonth = regexp.MustCompile(`/((?:19|20)\d{2})(?:[-_/]?(0[1-9]|1[0-2]))?/`)

// urlYearMonth is the year of the page's address, and its month (0 when
// it gives none).
func urlYearMonth(path string) (year, month int) {
	m := reURLYearMonth.FindStringSubmatch(path)
	if m == nil {
		return 0, 0
	}
	return atoi(m[1]), atoi(m[2])
}

// wireDayUpdated dates the publication by a wire dateline's day alone
// ("（中央社記者王小明台北16日電）") when the page's only other date is a
// lone update ("更新：2024/05/17", loneUpdate) later in the same month:
// the story ran on that day of the update's month, and the lone date is
// its update. An address's month that is another leaves the page as it is.
func (d *pageDates) wireDayUpdated() {
	md, v := d.vis.monthDay, &d.vis
	if md == nil || md.mon != 0 || !md.wire || len(v.dates) != 1 || !v.dates[0].loneUpdate || v.h1Pos < 0 || md.pos-v.h1Pos > yearlessWindow {
		return
	}
	u := &v.dates[0]
	y, m, day := u.w.t.Date()
	if md.day >= day || d.urlMonth != 0 && (d.urlYear != y || d.urlMonth != int(m)) {
		return
	}
	u.kind, u.loneUpdate = kindModified, false
	pub := dateCand{w: when{t: time.Date(y, m, md.day, 0, 0, 0, 0, time.UTC)}, kind: kindPublished, src: "visible-text", pos: md.pos}
	v.dates = append(v.dates, pub)
}

// yearlessDate is the publication date that a day without its year near
// the headline gives (monthDay, else a day alone, addressDay), in the year
// yearFor finds (datelineyear.go); other is another date the page states.
// ok false for none.
func (d pageDates) yearlessDate(fetched time.Time, other dateCand, hasOther bool) (dateCand, bool) {
	if c, ok := d.monthDayDate(d.vis.monthDay, fetched, other, hasOther); ok {
		return c, true
	}
	if md := d.vis.addressDay; d.urlYear == 0 || d.urlMonth == 0 && (md == nil || !md.named) {
		// A day alone is read only under an address that dates its
		// month: a year folder alone is an issue's or a section's as
		// often ("/2019/43/"), unless an element named for a date
		// holds the day.
		return dateCand{}, false
	}
	return d.monthDayDate(d.vis.addressDay, fetched, other, hasOther)
}

// monthDayDate is the publication date that md, a day without its year,
// gives near the headline, in the year yearFor finds; ok false for none.
func (d pageDates) monthDayDate(md *monthDay, fetched time.Time, other dateCand, hasOther bool) (dateCand, bool) {
	v := d.vis
	if md == nil || v.h1Pos < 0 || md.pos < v.h1Pos-dateWindowBefore || md.pos-v.h1Pos > yearlessWindow {
		return dateCand{}, false
	}
	if md.mon == 0 {
		// A dateline's day alone ("台北16日電"): the address must give
		// the year and the month.
		if d.urlYear == 0 || d.urlMonth == 0 {
			return dateCand{}, false
		}
		md = &monthDay{mon: d.urlMonth, day: md.day, pos: md.pos, wire: true}
	}
	year := d.yearFor(md, fetched, other, hasOther)
	if year == 0 {
		return dateCand{}, false
	}
	t := time.Date(year, time.Month(md.mon), md.day, md.hour, md.min, 0, 0, time.UTC)
	if t.Day() != md.day || md.weekday != 0 && int(t.Weekday())+1 != md.weekday {
		return dateCand{}, false // "2月30日", "Friday, May 16" in 2024
	}
	return dateCand{w: when{t: t, hasTime: md.hasTime}, kind: kindPublished, src: "visible-text", pos: md.pos}, true
}

// yearlessUpdateDate is the update that a day without its year near the
// headline gives (visible.updateDay): on or after pub, the publication
// chosen (hasPub), in its year or the next (updateAfter); without one, in
// the year of the fetch, or the year before for a day still ahead of the
// fetch in its year (yearUpTo): a label says it is no event's day to
// come. ok false for none.
func (d pageDates) yearlessUpdateDate(fetched time.Time, pub dateCand, hasPub bool) (dateCand, bool) {
	md, v := d.vis.updateDay, d.vis
	if md == nil || v.h1Pos < 0 || md.pos < v.h1Pos-dateWindowBefore || md.pos-v.h1Pos > yearlessWindow {
		return dateCand{}, false
	}
	if hasPub {
		w, ok := updateAfter(pub.w, md.mon, md.day, md.hour, md.min, md.hasTime)
		w.hasZone = false
		return dateCand{w: w, kind: kindModified, src: "visible-text", pos: md.pos}, ok
	}
	if fetched.IsZero() {
		return dateCand{}, false
	}
	t := time.Date(yearUpTo(md, fetched), time.Month(md.mon), md.day, md.hour, md.min, 0, 0, time.UTC)
	if t.Day() != md.day {
		return dateCand{}, false
	}
	return dateCand{w: when{t: t, hasTime: md.hasTime}, kind: kindModified, src: "visible-text", pos: md.pos}, true
}

// updateAfter is the update on month mon's day of a page published at
// pub, at the time of day given (hasTime): in pub's year, or the next for
// a December story updated in January. ok false for a day that is none,
// or before pub.
func updateAfter(pub when, mon, day, hour, minute int, hasTime bool) (when, bool) {
	if pub.t.IsZero() || mon < 1 || mon > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 {
		return when{}, false
	}
	y := pub.t.Year()
	if time.Month(mon) < pub.t.Month() {
		y++
	}
	t := time.Date(y, time.Month(mon), day, hour, minute, 0, 0, pub.t.Location())
	if t.Day() != day || t.Before(pub.t) && !sameDay(when{t: t}, pub) {
		return when{}, false
	}
	return when{t: t, hasTime: hasTime, hasZone: hasTime && pub.hasZone}, true
}
