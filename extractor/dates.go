package extractor

import (
	"maps"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

var months = map[string]time.Month{}

func init() {
	names := [][]string{
		{"jan", "january", "janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari", "ene", "janv", "genn"},
		{"feb", "february", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari", "févr", "fév", "fev"},
		{"mar", "march", "mars", "märz", "marz", "marzo", "março", "maart", "mär"},
		{"apr", "april", "avril", "abril", "aprile", "avr", "abr"},
		{"may", "mai", "mayo", "maggio", "maio", "mei", "mag"},
		{"jun", "june", "juin", "juni", "junio", "giugno", "junho", "giu"},
		{"jul", "july", "juillet", "juli", "julio", "luglio", "julho", "juil", "lug"},
		{"aug", "august", "août", "aout", "agosto", "augustus", "ago"},
		{"sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro", "set"},
		{"oct", "october", "octobre", "oktober", "octubre", "ottobre", "outubro", "okt", "ott", "out"},
		{"nov", "november", "novembre", "noviembre", "novembro"},
		{"dec", "december", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro", "déc", "dez", "dic"},
	}
	for i, ns := range names {
		for _, n := range ns {
			months[n] = time.Month(i + 1)
		}
	}
}

// monthRe is the month names dates are written with. Names that share
// their first letters stand side by side, so that the regexp compiler
// shares those letters: reMDY and reDMY then compile to 500 instructions
// or fewer, the most for which the regexp package runs its backtracker,
// several times faster than its NFA on the short texts dates are read
// from (TestMonthRegexpsBacktrack). Names were moved only past names that
// differ from them at a letter both have ("févr" past "fevrier"), which
// cannot match at the same place: which name matches is as before.
const monthRe = `(jan(?:vier|uary|uar|uari)?|janeiro|jänner|enero|ene|gennaio|giugno|feb(?:ruary|ruar|ruari|rero|braio)?|février|févr|fevrier|fevereiro|mar(?:ch|s|zo|ço)?|maart|may|mai|mayo|maggio|maio|märz|mär|mei|apr(?:il|ile)?|avril|avr|abril|abr|aug(?:ust|ustus)?|août|aout|agosto|jun(?:e|i|io|ho)?|jul(?:y|i|io|ho)?|juin|juillet|luglio|sept?(?:ember|embre|iembre)?|settembre|setembro|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|outubro|nov(?:ember|embre|embro|iembre)?|dec(?:ember|embre)?|décembre|dezember|dez|dezembro|diciembre|dicembre)`

var (
	// reISO's time may follow the date after a hyphen: the
	// "firstpublishedtime" metas of China's government sites hold
	// "2024-05-16-17:09:00". Korean and Hungarian pages close the day
	// with a dot before the time: "입력 2024.03.05. 14:22".
	reISO = regexp.MustCompile(`(?i)\b((?:19|20)\d{2})(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})(?:(?:T|\.?\s+|\s*[,|]\s*|-)(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:\.\d+)?)?(?:\s*(Z|(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?\b|[+-]\d{2}:?\d{2}|[A-Z]{2,5}\b))?)?`)
	// 2024年3月5日 10:30, 2024年3月5日 星期二 10:30, 2024年3月5日(周二)下午3:05
	reCJK = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*[(（]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?)?(?:\s*(?:[上下]午)?\s*(\d{1,2})[:：时時](\d{2})(?:[:：分](\d{2}))?)?`)
	// March 26, 2024 / Mar 26,2024 / Tuesday, Mar. 26 2024 at 10:30 am EDT /
	// March 26, 2024 — 10.15am
	reMDY = regexp.MustCompile(`(?i)\b` + monthRe + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d{2})(?:\s*(?:at|,|-|–|—|\|)?\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*\(?([A-Z]{2,5}|[+-]\d{2}:?\d{2})\)?)?)?`)
	// 26 March 2024 / 26. März 2024 / 26 de marzo de 2024 / 26th of March, 2024 /
	// 26 de marzo del 2024 / 26-Mar-2024
	reDMY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|er|\.)?(?:\s*|[-/])(?:(?:of|de)\s+)?` + monthRe + `(?:\.?,?\s*|[-/])(?:del?\s+)?((?:19|20)\d{2})(?:\s*(?:at|,|-|–|—|um|à|\|)?\s*(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*\(?([A-Z]{2,5}|[+-]\d{2}:?\d{2})\)?)?)?`)
	// 26/03/2024, 03/26/2024, 26.03.2024
	// reYMonD is the citation style of PubMed and Google Scholar metadata:
	// "2023 Jan 7".
	reYMonD   = regexp.MustCompile(`(?i)\b((?:19|20)\d{2})\s+` + monthRe + `\.?\s+(\d{1,2})\b`)
	reNumeric = regexp.MustCompile(`\b(\d{1,2})([./-])(\d{1,2})[./-]((?:19|20)\d{2})(?:\s*[,–—-]?\s*(?:(?:à|às|a las|alle|um|at)\s+)?(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:\s*((?i)[ap]\.?m)\b)?)?\b`)
	reEpoch   = regexp.MustCompile(`^\d{10}(?:\d{3})?$`)
	// Date in a URL path: /2024/03/26/, /2024-03-26/, /20240326/, /202403/26/.
	reURLDate = regexp.MustCompile(`(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:$|[/_.-]|[a-zA-Z])`)
	// The day first, at the start of a path segment, as sites in languages
	// that write the day first put it: /23-01-2022-title/, /08112021-title.
	// The year must end the run: "12345678" is an id, not 12/34/5678.
	reURLDateDMY = regexp.MustCompile(`/(0[1-9]|[12]\d|3[01])([-_.]?)(0[1-9]|1[0-2])[-_.]?((?:19|20)\d{2})(?:$|[/_.-])`)
	// Month and day without their leading zero, each a segment of its
	// own, as Squarespace and older blogs write them: /2017/7/12/title.
	reURLDateShort = regexp.MustCompile(`/((?:19|20)\d{2})/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])(?:$|/)`)
)

// parseDate finds the first date in s. dayFirst decides numeric dates such as
// 03/04/2024 that could be read either way.
func parseDate(s string, dayFirst bool) (when, bool) {
	s = strings.TrimSpace(s)
	persian := solarHijri(s) // before its digits are folded
	thai := mayHoldThai(s)   // "๐๕/๐๓/๒๕๖๗": Thai digits alone are Thai
	if hasDevanagariDigits(s) {
		s = bsNumeric(s) // "२०८१/०२/३०" is "2024-06-12"
	}
	if hasEasternDigits(s) || mayHoldWideDigits(s) && strings.Contains(s, "－") {
		s = foldDigits(s) // "٥ مارس ٢٠٢٤", "２０２４年３月５日", "2024－05－16"
	}
	if thai {
		s = thaiDates(s) // "16 พ.ค. 2567" is "16 พค 2024"
	}
	if hasEra(s) {
		s = eraYears(s) // "令和6年5月16日" is "2024年5月16日"
	}
	s = halfDayClocks(s)  // "2024.03.05. 오후 2:05" is "2024.03.05 14:05"
	s = spacedMeridiem(s) // "10:30 p. m." is "10:30 p.m."
	if t := afterWeekday(s); len(t) >= 6 && len(t) <= 24 && t[0] >= '0' && t[0] <= '9' {
		if w, ok := parseShortYear(timeLast(t), dayFirst); ok {
			return w, true
		}
	}
	if len(s) < 4 || len(s) > 4096 || !hasYearOrEpoch(s) {
		if persian {
			return parseWordDate(s, true) // "۱۴۰۳/۰۲/۲۷" folded
		}
		return when{}, false // every pattern needs a year: skip the regexps
	}
	if reEpoch.MatchString(s) {
		n, _ := strconv.ParseInt(s, 10, 64)
		if len(s) == 13 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		return when{t: t, hasTime: true, hasZone: true, epoch: true}, plausible(t)
	}
	type cand struct {
		idx int
		w   when
	}
	best := cand{idx: -1}
	try := func(idx int, w when, ok bool) {
		if ok && plausible(w.t) && (best.idx < 0 || idx < best.idx) {
			best = cand{idx, w}
		}
	}
	// A match at the start cannot be beaten: the patterns after it are
	// skipped ("2024-03-05T10:00:00Z" has letters, but no month name).
	first := func() bool { return best.idx == 0 }
	// Each pattern needs a mark the others may not: skip what cannot match.
	hasSep := strings.ContainsAny(s, "-/.")
	// Every month name has ASCII letters: CJK text skips the name patterns.
	hasLetter := strings.IndexFunc(s, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) >= 0
	find := func(possible bool, re *regexp.Regexp) []int {
		if !possible {
			return nil
		}
		return re.FindStringSubmatchIndex(s)
	}
	if m := find(hasSep, reISO); m != nil {
		g := groups(s, m)
		w, ok := build(g[1], g[2], g[3], g[4], g[5], g[6], "", g[7])
		try(m[0], w, ok)
	}
	if m := find(!first() && strings.Contains(s, "年"), reCJK); m != nil {
		g := groups(s, m)
		ampm := "" // 下午 is p.m., 上午 a.m.
		if strings.Contains(g[0], "下午") {
			ampm = "pm"
		} else if strings.Contains(g[0], "上午") {
			ampm = "am"
		}
		w, ok := build(g[1], g[2], g[3], g[4], g[5], g[6], ampm, "")
		try(m[0], w, ok)
	}
	if m := find(!first() && hasLetter, reMDY); m != nil {
		g := groups(s, m)
		w, ok := build(g[3], monthNum(g[1]), g[2], g[4], g[5], g[6], g[7], utcOffset(s, m, 8))
		try(m[0], w, ok)
	}
	if m := find(!first() && hasLetter, reDMY); m != nil {
		g := groups(s, m)
		w, ok := build(g[3], monthNum(g[2]), g[1], g[4], g[5], g[6], g[7], utcOffset(s, m, 8))
		try(m[0], w, ok)
	}
	if m := find(!first() && hasLetter, reYMonD); m != nil {
		g := groups(s, m)
		w, ok := build(g[1], monthNum(g[2]), g[3], "", "", "", "", "")
		try(m[0], w, ok)
	}
	if m := find(!first() && hasSep, reNumeric); m != nil {
		g := groups(s, m)
		// Both separators alike: 26.03.2024, 03/26/2024, 26-03-2024.
		if s[m[7]:m[7]+1] == g[2] {
			a, _ := strconv.Atoi(g[1])
			b, _ := strconv.Atoi(g[3])
			day, mon := g[1], g[3]
			zone := numericZone(s, m)
			if a <= 12 && (b > 12 || !zoneDayFirst(zone, dayFirst)) {
				day, mon = g[3], g[1]
			}
			w, ok := build(g[4], mon, day, g[5], g[6], g[7], g[8], zone)
			w.byOrder = byOrder(a, b, g[2])
			try(m[0], w, ok)
		}
	}
	if m := find(!first() && hasSpacedDot(s), reSpacedDots); m != nil {
		g := groups(s, m)
		w, ok := build(g[3], g[2], g[1], g[4], g[5], "", "", "")
		try(m[0], w, ok)
	}
	if best.idx < 0 {
		return parseWordDate(s, persian)
	}
	if best.idx > 0 && !best.w.hasTime {
		best.w = timeBefore(s[:best.idx], best.w)
	}
	return best.w, true
}

// reTimeBefore is a time of day, its zone maybe, closing the text before
// a date, as US papers and Brightspot templates print it ("11:05 PM EST
// Mar 3, 2024", "Updated 9:41 a.m. ET March 3, 2024", "6:30 AM, Sunday,
// March 3, 2024") and German ones with "Uhr" ("10:30 Uhr, 03.03.2024"):
// the time, then at most a separator and a weekday before the date. A
// time without its half of the day, "Uhr" or a zone is read only when it
// opens the text ("14:05 | 3 March 2024").
var reTimeBefore = regexp.MustCompile(`(?:^|[^\d:.])(\d{1,2}):(\d{2})\s*(?:([AaPp])\.?[Mm]\.?|Uhr)?(?:\s+\(?([A-Z]{2,4})\)?)?\s*[,|·•–—-]?\s*(?:(?i:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)[a-z]*\.?,?\s*)?$`)

// timeBefore is w, a date without its time of day, at the time that
// closes before, the text before the date in its line (reTimeBefore);
// w itself when before closes with none.
func timeBefore(before string, w when) when {
	if len(before) < 4 || !strings.Contains(before[max(0, len(before)-32):], ":") {
		return w // the cheap test: most dates follow no time
	}
	tail := before[max(0, len(before)-48):]
	i := reTimeBefore.FindStringSubmatchIndex(tail)
	if i == nil {
		return w
	}
	m := groups(tail, i)
	if m[3] == "" && m[4] == "" && !strings.Contains(m[0], "Uhr") && i[2] > 0 {
		// "12:30 March 3, 2024" inside a line: a bare time is read only
		// opening the text, as a score or a count may close a sentence.
		return w
	}
	ampm := ""
	if m[3] != "" {
		ampm = m[3] + "m"
	}
	y, mo, d := w.t.Date()
	t, ok := build(strconv.Itoa(y), strconv.Itoa(int(mo)), strconv.Itoa(d), m[1], m[2], "", ampm, m[4])
	if !ok || !t.hasTime {
		return w
	}
	t.byOrder = w.byOrder
	return t
}

// reZoneAfter is the zone after a numeric date's time: "16/05/2024, 10:30
// WIB" (Kompas), "16/5/2024, 10:30 (GMT+7)" (VnExpress), "16.05.2024
// 10:30 МСК", "05/16/2024 10:30 a.m. ET". Read apart from reNumeric, and
// only after a time: in it, the zone made the regexp dearer on every text
// with a separator.
var reZoneAfter = regexp.MustCompile(`^\.?\s*\(?([A-Z]{2,5}|МСК)`)

// numericZone is the zone after the time of reNumeric's match m in s, with
// the offset after GMT or UTC (utcOffset); "" without a time or a zone.
// zoneDayFirst reports whether a numeric date printed with the zone
// abbreviation zone is read day first: the zones of the United States
// name a month-first country's clock ("05/04/2024 10:20 AM EDT" is 4 May
// on a British page too), those of Britain, Ireland, India, Europe,
// Russia, Turkey, Indonesia, Singapore, Hong Kong, Australia and New
// Zealand a day-first one's ("05/04/2024 10:20 IST" is 5 April on a .com
// page). Other zones, and none, leave the page's order, dayFirst.
func zoneDayFirst(zone string, dayFirst bool) bool {
	switch strings.ToUpper(strings.TrimSpace(zone)) {
	case "EST", "EDT", "ET", "CDT", "MST", "MDT", "PST", "PDT", "PT":
		return false
	case "BST", "IST", "CET", "CEST", "MEZ", "MESZ", "EET", "EEST", "WET", "WEST", "МСК", "MSK", "TRT", "WIB", "WITA", "WIT", "SGT", "HKT", "AEST", "AEDT", "AWST", "NZST", "NZDT":
		return true
	}
	return dayFirst
}

func numericZone(s string, m []int) string {
	if m[10] < 0 {
		return ""
	}
	z := reZoneAfter.FindStringSubmatchIndex(s[m[1]:])
	if z == nil {
		return ""
	}
	for i := range z {
		z[i] += m[1]
	}
	return utcOffset(s, z, 1)
}

// reOffsetTail is the offset that follows "GMT" or "UTC" ("GMT+7",
// "UTC +07:00"), which reMDY and reDMY leave after their zone: the
// backtracker's bound keeps it out of them (TestMonthRegexpsBacktrack).
var reOffsetTail = regexp.MustCompile(`^\s?[+-]\d{1,2}(?::?\d{2})?\b`)

// utcOffset is the zone of group i of the match m in s, with the offset
// after it when the zone is GMT or UTC.
func utcOffset(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	z := s[m[2*i]:m[2*i+1]]
	if !strings.EqualFold(z, "GMT") && !strings.EqualFold(z, "UTC") {
		return z
	}
	return z + reOffsetTail.FindString(s[m[2*i+1]:])
}

// reShortYear is a numeric date with a two-digit year standing alone
// ("01/25/26", "25.01.26 14:30", "5/16/24 10:30 AM", "25.01.26, 14:30
// Uhr"), both separators alike. The time may follow a comma or a dash
// ("05.03.24 – 10:15 Uhr") and the preposition of the hour ("12/05/24 à
// 10h30", "um", "alle", "a las"), be written with an "h", as French and
// Portuguese write it, or be followed by the word of the hour ("Uhr",
// Spanish America's "hs") or by Indonesia's zones, which its news prints
// after every time ("12/05/24 10:30 WIB").
var reShortYear = regexp.MustCompile(`^(\d{1,2})([./-])(\d{1,2})[./-](\d{2})(?:\s*[,–—-]?\s*(?:(?:à|às|a las|alle|um|at|om|lúc|pukul)\s+)?(\d{1,2})[:h](\d{2})(?:\s*((?i)[ap])\.?(?i:m)\.?|\s*(?:Uhr|hs|WIB|WITA|WIT))?)?$`)

// parseShortYear reads a date with a two-digit year, which is 20yy, or 19yy
// from 95 on (fullYear): this extractor reads no page dated before
// earliestYear. Only a string that is
// the date alone is read: "1.2.24" inside a sentence is a version number
// as often as a date. The order of day and month is decided as for
// four-digit years.
func parseShortYear(s string, dayFirst bool) (when, bool) {
	m := reShortYear.FindStringSubmatch(s)
	if m == nil || s[len(m[1])+len(m[2])+len(m[3])] != m[2][0] {
		return when{}, false
	}
	if m[2] == "." && (len(m[1]) < 2 || len(m[3]) < 2) {
		return when{}, false // "1.2.24" is a version as often as a date
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[3])
	day, mon := m[1], m[3]
	// A dotted date is read day first on any page, as byOrder says.
	if a <= 12 && (b > 12 || !dayFirst && m[2] != ".") {
		day, mon = m[3], m[1]
	}
	ampm := ""
	if m[7] != "" {
		ampm = m[7] + "m"
	}
	w, ok := build(fullYear(m[4]), mon, day, m[5], m[6], "", ampm, "")
	w.byOrder = byOrder(a, b, m[2])
	return w, ok
}

// yearOrByline reports whether t, a date alone (dateCovers), has its full
// year, or stands in the byline area: a date with a two-digit year
// ("12.11.21") is read only above the headline or within metaLineWindow
// blocks below it, before the first paragraph of running text: further
// down it is an event list's, a version's or a related piece's card
// ("Christoph Lübben | 22.11.22") as often as the page's.
func (s *scanner) yearOrByline(t string) bool {
	if hasYearOrEpoch(t) {
		return true
	}
	h := s.v.h1Pos
	if h < 0 {
		// Above the headline: the choice reads only the dates just
		// above it (visible.pick).
		return !s.noHeadline
	}
	return s.pos-h <= metaLineWindow && s.prose == 0
}

// reShortYearDay is a written day whose year has two digits, as press
// releases date their lead: "14 Gennaio 20", "14. Januar 20", "14 de enero
// 20", "Jan. 14 '20", "Jan. 14, '20", and as some CMSs print a label's
// date: "14-Jan-20", "14-ene-20".
var reShortYearDay = regexp.MustCompile(`^(\d{1,2}(?:\.?\s+(?:de\s+)?|-)(\p{L}+)\.?|(\p{L}+)\.?\s+\d{1,2},?)(?:\s+|-)'?(\d{2})$`)

// fullYearDay writes such a day with its full year, as parseShortYear
// reads a two-digit year (fullYear: "14 Gennaio 20" is 2020, "14-Jan-98"
// 1998); ok false when day is not one. Its word must be a month's name.
func fullYearDay(day string) (string, bool) {
	m := reShortYearDay.FindStringSubmatch(day)
	if m == nil || monthNum(m[2]+m[3]) == "" {
		return "", false
	}
	return strings.ReplaceAll(m[1], "-", " ") + " " + fullYear(m[4]), true
}

// parseShortYearFirst reads a date with a two-digit year written first
// ("24.05.16", "24-05-16 10:30"), as Korean and Japanese pages write it.
func parseShortYearFirst(s string) (when, bool) {
	s = strings.TrimSpace(s)
	if hasEasternDigits(s) {
		s = foldDigits(s) // "２４/０５/１６"
	}
	if len(s) < 6 || len(s) > 24 || s[0] < '0' || s[0] > '9' {
		return when{}, false
	}
	m := reShortYear.FindStringSubmatch(s)
	if m == nil || s[len(m[1])+len(m[2])+len(m[3])] != m[2][0] || len(m[1]) != 2 {
		return when{}, false
	}
	ampm := ""
	if m[7] != "" {
		ampm = m[7] + "m"
	}
	return build(fullYear(m[1]), m[3], m[4], m[5], m[6], "", ampm, "")
}

// fullYear is the year of a two-digit year: 20yy, but 19yy from 95 on,
// the years of earliestYear's century that can date a page ("10.10.98").
func fullYear(yy string) string {
	if yy >= "95" {
		return "19" + yy
	}
	return "20" + yy
}

// shortWeekdays are the weekday names and abbreviations that open a date
// line with a two-digit year ("Mi, 12.03.24", "Tue 5/14/24", "ven. 15/03/24"),
// lower-cased: the English ones (weekdays) and those of de, fr, es, it, nl.
var shortWeekdays = func() map[string]bool {
	m := maps.Clone(weekdays)
	for _, w := range strings.Fields(`mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag
		lun mar mer jeu ven sam dim lundi mardi mercredi jeudi vendredi samedi dimanche
		mié jue vie sáb dom lunes martes miércoles jueves viernes sábado domingo
		gio lunedì martedì mercoledì giovedì venerdì sabato domenica
		ma wo vr za zo maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`) {
		m[w] = true
	}
	return m
}()

// timeLast is s, a date with a two-digit year after its time of day as
// Ukrainian and Russian papers print it ("10:20, 16.05.24"), with the time
// set after the date ("16.05.24 10:20"), as parseShortYear reads it; other
// text is returned as is.
func timeLast(s string) string {
	i := strings.IndexByte(s, ':')
	if i < 1 || i > 2 || len(s) < i+4 || !isDigits(s[:i]) || !isDigits(s[i+1:i+3]) {
		return s
	}
	rest := strings.TrimLeft(strings.TrimPrefix(s[i+3:], ","), " ")
	if rest == s[i+3:] || rest == "" || rest[0] < '0' || rest[0] > '9' {
		return s
	}
	return rest + " " + s[:i+3]
}

// afterWeekday is s without the weekday that opens it and the dot, comma
// and spaces after it, or s when it opens with none. The weekday must be
// followed by one of those: "Mi, 12.03.24", "Tue. 5/14/24", "Fr 15.03.24".
func afterWeekday(s string) string {
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		return s
	}
	i := strings.IndexAny(s, " .,")
	if i <= 0 || i > 12 || !shortWeekdays[strings.ToLower(s[:i])] {
		return s
	}
	return strings.TrimLeft(s[i:], " .,")
}

// isShortYear reports whether s is a date with a two-digit year alone, as
// parseShortYear reads it.
func isShortYear(s string) bool {
	_, ok := parseShortYear(s, true)
	return ok
}

// byOrder reports whether a numeric date whose first two numbers are a and
// b, separated by sep, was read day first or month first by the page's
// order alone: both could be the month, they differ, and the separator is
// a slash or a dash. A dotted date is read day first on any page: the
// languages that write dates so all put the day first.
func byOrder(a, b int, sep string) bool {
	return a <= 12 && b <= 12 && a != b && sep != "."
}

// hasYearOrEpoch reports whether s holds 19xx or 20xx, or is all digits (an
// epoch timestamp): a cheap test before the date regexps. Its digits may be
// Arabic-Indic, Persian, Devanagari or full-width ones ("٢٠٢٤"), and in
// Persian text (isPersian) a Solar Hijri year counts ("۱۴۰۳").
func hasYearOrEpoch(s string) bool {
	digits, wide, han := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= '9' {
			if c >= '0' {
				digits++
				if yearAt(s, i) {
					return true
				}
			}
		} else if c >= 0xD8 {
			// The lead bytes of the Arabic script and of the digits
			// asciiDigit reads, and of the names of Japan's eras (令 and
			// 平 start with E4 and E5); ASCII letters cost no more than a
			// digit test.
			wide = wide || c <= 0xDB || c == 0xE0 || c == 0xEF || c == 0xE1 && mayHoldWideDigits(s[i:min(i+2, len(s))])
			han = han || c == 0xE4 || c == 0xE5
		}
	}
	if wide && wideYear(s) || han && hasEra(s) {
		return true
	}
	return digits == len(s)
}

// Japanese dates count their years in the era of the emperor: 令和 (Reiwa)
// from 1 May 2019, 平成 (Heisei) from 8 January 1989 to 30 April 2019.
// Government sites, local papers and many company pages print them
// ("令和6年5月16日", "平成31年4月30日", the first year 元年), or with the
// month and day in dotted numbers ("令和6.5.16": the era spelled out is
// never a software version's). reEraYear is such a year; eraYears writes
// it as its Gregorian year.
var reEraYear = regexp.MustCompile(`(令和|平成)\s*(元|\d{1,2})\s*(年|[./]\d)`)

// hasEra reports whether s may hold a year of a Japanese era.
func hasEra(s string) bool {
	return strings.Contains(s, "令和") || strings.Contains(s, "平成")
}

// eraYears writes the years of Japanese eras in s as Gregorian years:
// "令和6年5月16日" is "2024年5月16日", "令和元年" "2019年", "令和6.5.16"
// "2024.5.16".
func eraYears(s string) string {
	return reEraYear.ReplaceAllStringFunc(s, func(y string) string {
		m := reEraYear.FindStringSubmatch(y)
		n := 1
		if m[2] != "元" {
			n, _ = strconv.Atoi(m[2])
		}
		base := 2018 // 令和1年 is 2019
		if m[1] == "平成" {
			base = 1988
		}
		return strconv.Itoa(base+n) + m[3]
	})
}

// reEraAbbrev is a numeric date whose year is a Japanese era's, the era
// abbreviated to its initial, as Japanese government and company pages
// write a date after its label: "更新日：R6.5.16", "掲載日：R06.05.16",
// "H31.4.30" (R for 令和, H for 平成).
var reEraAbbrev = regexp.MustCompile(`^([RH])(\d{1,2})[./](\d{1,2})[./](\d{1,2})\b`)

// eraAbbrevLabelled is v, the value of a CJK date label, with a year of
// an abbreviated era that opens it (reEraAbbrev) written as its Gregorian
// year: "R6.5.16" is "2024.5.16". Other values are returned as they are.
// Only a label's value is read so: alone, "R2.1.5" may be a release.
func eraAbbrevLabelled(v string) string {
	if len(v) < 6 || v[0] != 'R' && v[0] != 'H' {
		return v
	}
	m := reEraAbbrev.FindStringSubmatchIndex(v)
	if m == nil {
		return v
	}
	n, _ := strconv.Atoi(v[m[4]:m[5]])
	base := 2018 // R1 is 2019
	if v[0] == 'H' {
		base = 1988
	}
	return strconv.Itoa(base+n) + "." + v[m[6]:m[7]] + "." + v[m[8]:m[9]] + v[m[1]:]
}

// eraAbbrevShown is t, a short line of a Japanese page, with a date of an
// abbreviated era read as eraAbbrevLabelled reads a label's value: in an
// element the page classes as a date (dated), or beside a
// Japanese date word without its colon ("掲載 R6.5.16", "R6.5.16 更新").
// Elsewhere "R2.1.5" may be a release's.
func eraAbbrevShown(t string, dated bool) string {
	if len(t) > 60 || !strings.ContainsAny(t, "RH") {
		return t
	}
	t = strings.TrimSpace(t)
	if dated {
		return eraAbbrevLabelled(t)
	}
	for _, l := range jaTrailingLabels.labels {
		if rest, ok := strings.CutPrefix(t, l.word); ok {
			rest = strings.TrimLeft(rest, "日 　")
			if e := eraAbbrevLabelled(rest); e != rest {
				return l.word + "日：" + e
			}
		}
		if head, ok := strings.CutSuffix(t, l.word); ok {
			head = strings.TrimSpace(head)
			if e := eraAbbrevLabelled(head); e != head {
				return e + " " + l.word
			}
		}
	}
	return t
}

// yearAt reports whether 19xx or 20xx starts at s[i].
func yearAt(s string, i int) bool {
	return i+3 < len(s) && (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') &&
		s[i+2] >= '0' && s[i+2] <= '9' && s[i+3] >= '0' && s[i+3] <= '9'
}

// wideYear is hasYearOrEpoch for a text that may hold digits beyond ASCII.
func wideYear(s string) bool {
	persian, thai := solarHijri(s), mayHoldThai(s)
	if hasEasternDigits(s) {
		s = foldDigits(s)
	}
	if thai {
		s = thaiDates(s) // a year of the Buddhist era
	}
	for i := 0; i+3 < len(s); i++ {
		if yearAt(s, i) || persian && s[i] == '1' && (s[i+1] == '3' || s[i+1] == '4') &&
			s[i+2] >= '0' && s[i+2] <= '9' && s[i+3] >= '0' && s[i+3] <= '9' {
			return true
		}
	}
	return false
}

func groups(s string, m []int) []string {
	g := make([]string, len(m)/2)
	for i := range g {
		if m[2*i] >= 0 {
			g[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

func monthNum(name string) string {
	name = strings.ToLower(strings.TrimSuffix(name, "."))
	if m, ok := months[name]; ok {
		return strconv.Itoa(int(m))
	}
	if len(name) >= 3 {
		if m, ok := months[name[:3]]; ok {
			return strconv.Itoa(int(m))
		}
	}
	return ""
}

// plausible rejects dates no news page was published on.
func plausible(t time.Time) bool {
	return t.Year() >= 1971 && t.Year() <= 2100
}

// urlDate finds a date in the path of a page URL.
func urlDate(path string) (when, bool) {
	if m := reURLDate.FindStringSubmatch(path); m != nil {
		w, ok := build(m[1], m[2], m[3], "", "", "", "", "")
		return w, ok && plausible(w.t)
	}
	if m := reURLDateDMY.FindStringSubmatch(path); m != nil {
		w, ok := build(m[4], m[3], m[1], "", "", "", "", "")
		return w, ok && plausible(w.t)
	}
	if m := reURLDateShort.FindStringSubmatch(path); m != nil {
		w, ok := build(m[1], m[2], m[3], "", "", "", "", "")
		return w, ok && plausible(w.t)
	}
	return cmsURLDate(path)
}

var weekdays = map[string]bool{"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true, "wed": true, "wednesday": true,
	"thu": true, "thur": true, "thurs": true, "thursday": true, "fri": true, "friday": true, "sat": true, "saturday": true, "sun": true, "sunday": true}

// dateSized reports whether s is no longer than a date with its weekday
// and time: forty characters, not bytes, as a date in Cyrillic, Greek or
// the Arabic script, its digits Persian ones, takes two bytes a
// character ("Четверг, 16 мая 2024 года, 10:30", "۲۸ اردیبهشت ۱۴۰۳ ساعت
// ۱۰:۳۰"), and one in Devanagari three. Forty bytes in Chinese or
// Japanese, whose text dateCovers reads as one word, but for full-width
// digits, which take three bytes each and count as ASCII ones
// ("２０２４－０５－１６　１０：２１").
func dateSized(s string) bool {
	return len(s) <= 40 || utf8.RuneCountInString(s) <= 40 && !holdsCJK(s) || mayHoldWideDigits(s) && len(foldDigits(s)) <= 40
}

// dateCovers reports whether a date is most of t, so that a sentence that
// mentions a date is not taken for a dateline.
func dateCovers(t string) bool {
	if !hasYearOrEpoch(t) {
		// No date without a year, but for a date with a two-digit year
		// alone ("12.11.21", "5/16/24 10:30 AM"): most blocks end here.
		if hasEasternDigits(t) {
			t = foldDigits(t) // "١٦/٠٥/٢٤"
		}
		t = afterWeekday(t) // "Mi, 12.03.24"
		return len(t) >= 6 && len(t) <= 24 && t[0] >= '0' && t[0] <= '9' && isShortYear(timeLast(t))
	}
	if hasEasternDigits(t) {
		t = foldDigits(t) // "٥ مارس ٢٠٢٤", "２０２４年３月５日"
	}
	return fewDateWords(t)
}

// jalaliCovers is dateCovers for a Persian page's line that holds a Solar
// Hijri date in ASCII digits, which has no Gregorian year to count: the
// date and few words beside it.
func jalaliCovers(t string) bool {
	if len(t) > 60 || !hasDigit(t) || !strings.ContainsAny(t, "/-") {
		return false
	}
	return reJalaliNumeric.MatchString(t) && fewDateWords(t)
}

// fewDateWords reports whether the words of t that are no part of a date
// (a month, a weekday, a digit) are few: 14 bytes at most.
func fewDateWords(t string) bool {
	letters := 0
	for _, w := range strings.Fields(t) {
		bare := asciiLower(strings.Trim(w, ".,،"))
		if bare != "" && bare[0] >= utf8.RuneSelf {
			bare = strings.ToLower(bare) // "Четверг"
		}
		if monthNum(bare) == "" && !dateWords[bare] && !strings.ContainsAny(w, "0123456789") && !isWordMonth(bare) && !lunarHijriWord(bare) {
			letters += wordWidth(w)
		}
	}
	return letters <= 14
}

// wordWidth is the length of w in bytes, but for a word of Devanagari,
// whose letters and vowel signs take three bytes each, as many as its
// runes: "नई दिल्ली" (New Delhi) before a date weighs as "Jakarta" does
// ("नई दिल्ली, 20 मई 2024"). So for a word of Greek or Cyrillic, whose
// letters take two bytes each: "Політика" (Politics) before a date weighs
// as "Politics" does ("Політика | 3 березня 2025"). Arabic script's words
// keep their bytes: their labels are read with their short vowels
// (foldArabicMarks), which a count of letters would let pass for a date.
func wordWidth(w string) int {
	switch {
	case len(w) >= 2 && w[0] >= 0xCE && w[0] <= 0xD3: // U+0380 to U+04FF
		return utf8.RuneCountInString(w)
	case len(w) >= 3 && w[0] == 0xE0 && (w[1] == 0xA4 || w[1] == 0xA5):
		return utf8.RuneCountInString(w)
	}
	return len(w)
}

// lunarHijriMonthWords are the words of the lunar Hijri months' names, in
// Arabic and in Persian (its zero-width non-joiners lost: "ذیالقعده"):
// Arabic pages print the lunar date beside the Gregorian one ("٩ ذو
// القعدة ١٤٤٥ هـ الموافق ١٧ مايو ٢٠٢٤ م"), and Persian pages beside the
// Solar Hijri one. They count as a date's words for dateCovers only, never
// as months parseDate reads, and not for cutBeforeDate: Ramadan, Rajab and
// Shaaban are given names too.
var lunarHijriMonthWords = setOf("محرم", "صفر", "ربيع", "الأول", "الاول", "الثاني", "الآخر", "الاخر", "جمادى", "جمادي", "الأولى", "الاولى",
	"الآخرة", "الاخرة", "الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو", "ذي", "القعدة", "الحجة",
	"ربیع", "الثانی", "جمادی", "الاولی", "الثانیه", "ذی", "القعده", "الحجه", "ربیعالاول", "ربیعالثانی", "جمادیالاول", "جمادیالاولی",
	"جمادیالثانی", "جمادیالثانیه", "ذیالقعده", "ذیالحجه")

// lunarHijriWord reports whether w, a lower-cased word, is one of
// lunarHijriMonthWords; a word not in the Arabic script is none.
func lunarHijriWord(w string) bool {
	return w != "" && w[0] >= 0xD8 && w[0] <= 0xDB && lunarHijriMonthWords[w]
}

// entryNotePhrase is the words of a post's note of when it was posted, up
// to the preposition of its date ("entry was posted on", "Artikel wurde
// am"): reEntryNote reads it opening a footer, reWrittenOn in a byline.
const entryNotePhrase = `(?:entry|post|article|artikel|beitrag|eintrag)\s+(?:was|wurde)\s+(?:(?:posted|published|written|veröffentlicht)\s+)?(?:on|am)`

// dateWords are the weekdays and the little words of written dates in the
// languages whose months parseDate knows, lower-cased: "segunda-feira, 22
// de janeiro de 2018 às 0:13", "Четверг, 16 мая 2024 года" is a date and
// nothing else. The weekdays are CLDR's, as dateparser has them.
var dateWords = func() map[string]bool {
	m := maps.Clone(weekdays) // the English ones
	for _, w := range weekdayFields(otherWeekdays + `
		г года году р року r pukul wib wita wit ora
		thứ hai ba tư năm sáu bảy chủ nhật ngày tháng lúc
		ساعت الساعة الموافق هـ ه م ه.ش ه.ق
		오전 오후
		de del à às a las le el den um am at on the of om la ore alle uhr ` + moreDateWords) {
		m[w] = true
	}
	return m
}()

var (
	// reMetaSep separates the fields of a byline line.
	reMetaSep = regexp.MustCompile(`\s*[•·|]\s*`)
	// reDateSep also splits at a spaced dash ("02.02.2022 10:16 Uhr -
	// Sport"), at a spaced double slash ("21. Jan 2022 // Dominik Ricker")
	// and at a spaced slash ("16.05.2024, 10:30 Uhr / Von Hans Müller",
	// "Nguyễn Văn An / 16/05/2024"), which a date does not have.
	reDateSep = regexp.MustCompile(`\s*[•·|]\s*|\s+(?:[-–—]|//?)\s+`)
	// reWrittenOn is a byline sentence up to the preposition of its date:
	// "by/von/par/por/da/door NAME on/am/le/el/il/op DATE", and "this entry
	// was posted on", "dieser Artikel wurde am".
	reWrittenOn = regexp.MustCompile(`(?i)(?:\b(?:by|von|par|por|da|door)\s+[^,|•·]{2,60}?\s+(?:on|am|le|el|il|op)|\b` + entryNotePhrase + `)\s+`)
	reByStart   = regexp.MustCompile(`^(?:(?i:(?:` + byVerbs + `)\s+)?(?i:by)|` + scriptBy + `)\s*:?\s+\S`)
	// reByAlone is a byline label standing alone, its name in the next block.
	// "Article written by:" over an author box counts as "Written by".
	// Indonesian portals set their noun for the writer so: Kompas's
	// "Penulis" over the name. (German "Autor" heads a list of an
	// author's other articles, "Alle Artikel", as often.)
	reByAlone = regexp.MustCompile(`^(?i:(?:(?:article|story|post)\s+(?:written\s+)?|written\s+|posted\s+|reported\s+|words\s+)?by|authors?|author\(s\)|penulis)\s*:?$`)
	// reCJKAuthorLabel: "本报记者 葛灵丹", "新华网黑龙江频道 记者 伊琳 李清芬".
	// Taiwan and Hong Kong write the roles in Traditional characters:
	// "記者王小明", "本報記者 王小明"; southern papers set a slash after
	// the role ("记者/张三"). A paper's app may stand before the paper,
	// joined by a middle dot: "江城新闻·江城晨报记者 张三"; a site's name
	// may be in Latin letters and digits: "HK01記者 王小明", and an app's
	// name may end in a plus: "南方+记者 张三".
	reCJKAuthorLabel = regexp.MustCompile(`^(?:\p{Han}{1,8}[·•])?(?:(?:[A-Za-z][A-Za-z0-9]{1,9})?[\p{Han}]{0,12}\+?\s*)?(?:本报|本報)?(?:记者|通讯员|实习生|記者|通訊員|實習生)\s*[/／]?\s*([\p{Han}]{2,4}(?:\s+[\p{Han}]{2,4}){0,5})\s*$`)
)

// cmsURLs are the addresses of documents in CMSs that write the day
// into the document's number, year first, each with the day in its
// first three groups:
//   - TRS WCM, the CMS of most Chinese government and party portals and
//     of many newspapers: the day after a "t" and before the document's
//     number, "/202405/t20240516_123456.html";
//   - VCCorp's, of Vietnamese papers (Dân trí, Tuổi Trẻ, CafeF, Kênh 14):
//     the instant of the story's creation to the millisecond after its
//     slug, "/bus-network-20240516102000123.htm", its time a time of day;
//   - another Vietnamese CMS's (Thanh Niên, Người Lao Động): a three-digit
//     site code before the instant of its creation to the second, its
//     year in two digits, "/bus-network-185240516102015.htm";
//   - the news agencies' article codes (Yonhap's "AKR", "AEN"): three
//     capitals, the day, and a nine-digit number,
//     "/view/AKR20240516012300001".
var cmsURLs = []*regexp.Regexp{
	regexp.MustCompile(`/t((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])_\d+\.s?html?$`),
	regexp.MustCompile(`-((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{3}\.(?:htm|chn)$`),
	regexp.MustCompile(`-\d{3}(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\.html?$`),
	regexp.MustCompile(`/[A-Z]{3}((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{9}(?:\.html?)?$`),
}

// cmsURLDate reads the day of a cmsURLs document's address.
func cmsURLDate(path string) (when, bool) {
	for _, re := range cmsURLs {
		if m := re.FindStringSubmatch(path); m != nil {
			if len(m[1]) == 2 {
				m[1] = "20" + m[1] // "185240516102015"
			}
			w, ok := build(m[1], m[2], m[3], "", "", "", "", "")
			return w, ok && plausible(w.t)
		}
	}
	return when{}, false
}
