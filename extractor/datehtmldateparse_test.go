package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// The date expressions of go-htmldate's extractors_test.go (tryDateExpr,
// fastParse, regexParse, the external parser's cases; attribution in
// datehtmldatesuite_test.go). htmldate tests them on the bare string; here
// each stands where a page puts its date, in a date-classed element under
// the headline of an otherwise dateless story, and is expected as its
// publication day, or none when htmldate finds none.

// inDateSlot is a story page whose only date is expr, under its headline.
func inDateSlot(expr string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>Ferry vote</title></head><body><article><h1>Ferry vote</h1><div class="date">`)
	b.WriteString(expr)
	b.WriteString(`</div>`)
	for i := range 4 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the story tells how the council met to decide the future of the ferry that links the harbour to the island.</p>", i)
	}
	b.WriteString(`</article></body></html>`)
	return b.String()
}

// htmldateExpressions are the expressions and the day htmldate reads.
var htmldateExpressions = []struct{ expr, want string }{
	// tryDateExpr (extensive search on).
	{"Friday, September 01, 2017", "2017-09-01"},
	{"Fr, 1 Sep 2017 16:27:51 MESZ", "2017-09-01"},
	{"Freitag, 01. September 2017", "2017-09-01"},
	{"Am 1. September 2017 um 15:36 Uhr schrieb", "2017-09-01"},
	{"Fri - September 1 - 2017", "2017-09-01"},
	{"1.9.2017", "2017-09-01"},
	{"201709011234", "2017-09-01"},
	{"201", ""},
	{"14:35:10", ""},
	{"12:00 h", ""},
	{"2005-2006", ""},
	{"发布时间: 2022-02-25 14:34", "2022-02-25"},
	// fastParse.
	{"20041212", "2004-12-12"},
	{"12.12.2004", "2004-12-12"},
	{"2004-12-12", "2004-12-12"},
	{"12.01.2004", "2004-01-12"},
	{"12.01.20", "2020-01-12"},
	{"3/14/2016", "2016-03-14"},
	{"10.10.98", "1998-10-10"},
	{"abcd 20041212 efgh", "2004-12-12"},
	{"abcd 2004-2-12 efgh", "2004-02-12"},
	{"2020.13", ""},
	{"12122004", ""},
	{"1212-20-04", ""},
	{"33.20.2004", ""},
	{"36/14/2016", ""},
	{"2019 28 meh", ""},
	{"January 12 1098", ""},
	{"abcd 32. Januar 2020 efgh", ""},
	{"February 29 2008", "2008-02-29"},
	{"February 30 2008", ""},
	{"XXTag, den 29. Februar 2008", "2008-02-29"},
	{"XXTag, den 30. Februar 2008", ""},
	// regexParse.
	{"3. Dezember 2008", "2008-12-03"},
	{"33. Dezember 2008", ""},
	{"3. Dez 2008", "2008-12-03"},
	{"3 dez 2008", "2008-12-03"},
	{"3 Aralık 2008 Çarşamba", "2008-12-03"},
	{"3 Aralık 2008", "2008-12-03"},
	{"Tuesday, March 26th, 2019", "2019-03-26"},
	{"March 26, 2019", "2019-03-26"},
	{"3rd Tuesday in March", ""},
	{"Mart 26, 2019", "2019-03-26"},
	{"Salı, Mart 26, 2019", "2019-03-26"},
	{"January 36 1998", ""},
	{"1. Okt. 1998", "1998-10-01"},
	// The external parser's (dateparser's) cases.
	{"Wednesday, January 1st 2020", "2020-01-01"},
	{"Random text with 2020", ""},
	{"12345678912 days", ""},
	{"2.2250738585072011e-308", ""},
	{"⁰⁴⁵₀₁₂", ""},
	{"Fri | September 1 | 2017", "2017-09-01"},
	// Left out: "1/9/17" (htmldate reads day first; month first is as
	// likely on an undeclared page), month-only dates ("2020-1",
	// "2020.01", "1998-01", "abcd 2004-2 efgh": a month is no day), years
	// before 1995 ("1 January 0002", "1 January 1900": outside both
	// tools' plausible range, a test of dateparser alone) and dateparser's
	// misreading of "2018-04-12 17:20:03.12345678999a" as 2018-12-04.
}

// regexParse's month tables: each month's first day in English, German and
// Turkish, spelled out and abbreviated, month first and day first.
var htmldateMonths = [][12]string{
	{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	{"Jan", "Feb", "Mar", "Apr", "", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	{"Jänner", "Feber", "", "", "", "", "", "", "", "", "", ""},
	{"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"},
	{"Oca", "Şub", "Mar", "Nis", "May", "Haz", "Tem", "Ağu", "Eyl", "Eki", "Kas", "Ara"},
}

// htmldateParseCases are the expressions and the month tables as cases.
func htmldateParseCases() []suiteCase {
	var cs []suiteCase
	for _, e := range htmldateExpressions {
		cs = append(cs, suiteCase{name: "expr/" + e.expr, page: inDateSlot(e.expr), pub: e.want})
	}
	for i, table := range htmldateMonths {
		for m, name := range table {
			if name == "" {
				continue
			}
			want := fmt.Sprintf("1998-%02d-01", m+1)
			forms := []string{name + " 1, 1998", "1 " + name + " 1998"}
			if i < 2 { // English writes the ordinal
				forms[0] = name + " 1st, 1998"
			}
			for _, f := range forms {
				cs = append(cs, suiteCase{name: "month/" + f, page: inDateSlot(f), pub: want})
			}
		}
	}
	return cs
}

// TestHtmldateExpressions runs htmldate's date expressions.
func TestHtmldateExpressions(t *testing.T) {
	runSuite(t, htmldateParseCases(), htmldateKnown)
}
