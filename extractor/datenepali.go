package extractor

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Bikram Sambat dates, the civil calendar of Nepal, which Nepali news
// sites print as their articles' dates, often beside no Gregorian one
// ("जेठ ३०, २०८१", "२०८१ जेठ ३० गते", "बिहीबार, जेठ ३०, २०८१"): read as
// the Gregorian day they name. Its months follow the sun's passage
// through the signs and their lengths (29 to 32 days) change from year
// to year with no rule to compute them: the table below is the one the
// Nepali calendar committee publishes, as the nepali-datetime libraries
// hold it.

// bsMonths maps the Bikram Sambat month names to their number: the forms
// Nepali news prints (जेठ, असार, साउन, भदौ, असोज, कात्तिक, मंसिर, पुस,
// फागुन, चैत) and the Sanskrit ones of official notices (ज्येष्ठ, आषाढ,
// श्रावण, भाद्र, आश्विन, कार्तिक, मार्गशीर्ष, पौष, फाल्गुन, चैत्र). Not
// "मार्ग" (a road), which names the month only in a calendar's heading.
var bsMonths = map[string]int{}

func init() {
	for i, names := range [12][]string{
		{"बैशाख", "वैशाख", "बैसाख"},
		{"जेठ", "जेष्ठ", "ज्येष्ठ"},
		{"असार", "असाढ", "आषाढ", "आषाढ\u093c", "आषा\u095d"},
		{"साउन", "श्रावण"},
		{"भदौ", "भाद्र", "भाद्रपद"},
		{"असोज", "असौज", "आश्विन"},
		{"कात्तिक", "कार्तिक"},
		{"मंसिर", "मङ्सिर", "मार्गशीर्ष"},
		{"पुस", "पुष", "पौष"},
		{"माघ"},
		{"फागुन", "फाल्गुन"},
		{"चैत", "चैत्र"},
	} {
		for _, n := range names {
			bsMonths[n] = i + 1
		}
	}
}

// firstBSYear is the first Bikram Sambat year of bsMonthDays; its first
// day, Baisakh 1 2060, is bsEpoch.
const firstBSYear = 2060

var bsEpoch = time.Date(2003, time.April, 14, 0, 0, 0, 0, time.UTC)

// bsMonthDays are the lengths of the months of the Bikram Sambat years
// 2060 to 2090 (2003 to 2034), a year a word of twelve digits, each a
// month's days less 29 (Baisakh 2081's 31 is "2"). The years from 2084
// on are the committee's provisional ones.
const bsMonthDays = "" +
	"223321101011 232321110012 132322010102 223222101011 223321101011 232321110012 222322011002 223222101011 " + // 2060-2067
	"223321101011 232321110012 222322011011 223222101011 232321101011 232321110012 222322101011 223222101011 " + // 2068-2075
	"232321110011 232321110102 222322101011 223222101011 232321110011 232321110102 223222101011 223222101011 " + // 2076-2083
	"223221110111 232312110111 132321110111 223222101111 123312110111 132321110111 132321110111" // 2084-2090

// bsYear reports whether y is a Bikram Sambat year of bsMonthDays.
func bsYear(y int) bool {
	return y >= firstBSYear && y < firstBSYear+(len(bsMonthDays)+1)/13
}

// bsMonthLen is the number of days of month m (1 to 12) of the Bikram
// Sambat year y, a year of the table (bsYear).
func bsMonthLen(y, m int) int {
	return 29 + int(bsMonthDays[(y-firstBSYear)*13+m-1]-'0')
}

// bsDate is the Gregorian day of the Bikram Sambat date y-m-d; ok is
// false for a day its month does not have (Jestha 32 of 2082) or a year
// outside the table.
func bsDate(y, m, d int) (when, bool) {
	if !bsYear(y) || m < 1 || m > 12 || d < 1 || d > bsMonthLen(y, m) {
		return when{}, false
	}
	days := d - 1
	for i := firstBSYear; i <= y; i++ {
		for j := 1; j <= 12 && (i < y || j < m); j++ {
			days += bsMonthLen(i, j)
		}
	}
	return when{t: bsEpoch.AddDate(0, 0, days)}, true
}

// reBSNumeric is a Bikram Sambat date in digits, year first, as Nepali
// news sites and government notices write it: "२०८१/०२/३०", "२०८१-०२-३०",
// "२०८१.०२.३०" in Devanagari digits, or in ASCII ones on a Nepali page
// ("2081-02-30 11:25"). Its year, 2060 to 2099, is one no Gregorian
// reading takes (plausible), so the form tells its calendar.
var reBSNumeric = regexp.MustCompile(`(?:^|[^0-9०-९])(20[6-9][0-9]|२०[६-९][०-९]) ?([/.-]) ?([0-9०-९]{1,2}) ?([/.-]) ?([0-9०-९]{1,2})(?:$|[^0-9०-९])`)

// bsNumeric writes the Bikram Sambat dates in digits of t (reBSNumeric)
// as the Gregorian days they name, in ISO form: "२०८१/०२/३० ११:२५" is
// "2024-06-12 ११:२५", which parseDate reads with its time. A date whose
// two separators differ, or a day its month lacks, stays as it is, as
// does t when it holds none.
func bsNumeric(t string) string {
	if len(t) > 4096 || !strings.Contains(t, "20") && !strings.Contains(t, "२०") {
		return t // most blocks: no such year
	}
	ms := reBSNumeric.FindAllStringSubmatchIndex(t, 8)
	if ms == nil {
		return t
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		if t[m[4]:m[5]] != t[m[8]:m[9]] {
			continue // "2081/02-30"
		}
		num := func(k int) int {
			n, _ := strconv.Atoi(foldDigits(t[m[2*k]:m[2*k+1]]))
			return n
		}
		w, ok := bsDate(num(1), num(3), num(5))
		if !ok {
			continue
		}
		b.WriteString(t[last:m[2]])
		b.WriteString(w.t.Format("2006-01-02"))
		last = m[11]
	}
	if last == 0 {
		return t
	}
	b.WriteString(t[last:])
	return b.String()
}

// hasDevanagariDigits reports whether s holds a digit of the Devanagari
// script (U+0966 to U+096F, whose UTF-8 forms open with E0 A5).
func hasDevanagariDigits(s string) bool {
	return strings.Contains(s, "\xe0\xa5") && strings.ContainsFunc(s, func(r rune) bool { return r >= '०' && r <= '९' })
}

// nepaliPage reports whether a page in lang (declared), or on host when
// it declares none, is Nepali, whose numeric dates are Bikram Sambat ones
// even in ASCII digits (bsNumeric).
func nepaliPage(lang, host string) bool {
	p := primaryTag(lang)
	return p == "ne" || p == "" && strings.HasSuffix(host, ".np")
}
