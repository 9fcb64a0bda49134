package extractor

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Month names of the languages most common in news that the regexps of
// dates.go do not read (their \b is ASCII only, and their alternation of
// Latin names would grow past what a hot path affords): nl, id, ro, tr,
// pl, ru, uk, ar, fa (Gregorian months), hi, fi, cs, sk, hu, and the
// "setiembre" of Peru and Uruguay, including the genitive and partitive
// forms used in dates ("5 марта 2024", "5 marca 2024", "5. toukokuuta
// 2024", "5. května 2024"). Each name maps to its month; names are
// matched whole, lower-cased.
var wordMonths = map[string]time.Month{}

// monthNames20 are the month names of the twenty languages of news the
// issue names, in the forms their dates use; moreMonthNames adds those of
// the languages after them.
var monthNames20 = [12][]string{
	{"januari", "ianuarie", "ocak", "styczeń", "stycznia", "styczen", "январь", "января", "січень", "січня", "يناير", "كانون الثاني", "جانفي", "ژانویه", "ژانویهٔ", "جنوری", "जनवरी", "tammikuuta", "tammikuu", "ledna", "leden", "januára", "január"},
	{"februari", "februarie", "şubat", "subat", "luty", "lutego", "feber", "февраль", "февраля", "лютий", "лютого", "فبراير", "شباط", "فيفري", "فوریه", "فوریهٔ", "فبروری", "फ़रवरी", "\u095eरवरी", "फरवरी", "helmikuuta", "helmikuu", "února", "únor", "februára", "február"},
	{"maart", "maret", "martie", "mart", "marzec", "marca", "март", "марта", "березень", "березня", "مارس", "آذار", "اذار", "مارچ", "मार्च", "maaliskuuta", "maaliskuu", "března", "březen", "marca", "március"},
	{"april", "aprilie", "nisan", "kwiecień", "kwietnia", "kwiecien", "апрель", "апреля", "квітень", "квітня", "أبريل", "ابريل", "إبريل", "أفريل", "نيسان", "آوریل", "اپریل", "अप्रैल", "huhtikuuta", "huhtikuu", "dubna", "duben", "apríla", "április"},
	{"mei", "mai", "mayıs", "mayis", "maj", "maja", "май", "мая", "травень", "травня", "مايو", "ماي", "أيار", "آيار", "ايار", "مه", "مهٔ", "می", "मई", "toukokuuta", "toukokuu", "května", "květen", "mája", "május"},
	{"juni", "iunie", "haziran", "czerwiec", "czerwca", "июнь", "июня", "червень", "червня", "يونيو", "يونيه", "جوان", "حزيران", "ژوئن", "جون", "जून", "kesäkuuta", "kesäkuu", "června", "červen", "júna", "június"},
	{"juli", "iulie", "temmuz", "lipiec", "lipca", "июль", "июля", "липень", "липня", "يوليو", "يوليه", "جويلية", "يوليوز", "تموز", "ژوئیه", "ژوئیهٔ", "جولای", "जुलाई", "heinäkuuta", "heinäkuu", "července", "červenec", "júla", "július"},
	{"augustus", "agustus", "august", "ağustos", "agustos", "sierpień", "sierpnia", "sierpien", "август", "августа", "серпень", "серпня", "أغسطس", "اغسطس", "أوت", "غشت", "أغشت", "آب", "اوت", "آگوست", "آگست", "اگست", "अगस्त", "elokuuta", "elokuu", "srpna", "srpen", "augusta", "augusztus"},
	{"september", "setiembre", "septembrie", "eylül", "eylul", "wrzesień", "września", "wrzesien", "wrzesnia", "сентябрь", "сентября", "вересень", "вересня", "سبتمبر", "شتنبر", "شتمبر", "أيلول", "ايلول", "سپتامبر", "سپتمبر", "सितंबर", "सितम्बर", "syyskuuta", "syyskuu", "září", "septembra", "szeptember"},
	{"oktober", "octombrie", "ekim", "październik", "października", "pazdziernik", "pazdziernika", "октябрь", "октября", "жовтень", "жовтня", "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "اکتبر", "اکتوبر", "अक्टूबर", "अक्तूबर", "lokakuuta", "lokakuu", "října", "říjen", "októbra", "október"},
	{"november", "noiembrie", "kasım", "kasim", "listopad", "listopada", "ноябрь", "ноября", "листопад", "листопада", "نوفمبر", "نونبر", "تشرين الثاني", "نوامبر", "نومبر", "नवंबर", "नवम्बर", "marraskuuta", "marraskuu", "listopadu", "novembra"},
	{"december", "desember", "decembrie", "aralık", "aralik", "grudzień", "grudnia", "grudzien", "декабрь", "декабря", "грудень", "грудня", "ديسمبر", "دجنبر", "دجمبر", "كانون الأول", "كانون الاول", "دسامبر", "دسمبر", "दिसंबर", "दिसम्बर", "joulukuuta", "joulukuu", "prosince", "prosinec", "decembra"},
}

func init() {
	var names [12][]string
	for i := range names {
		names[i] = slices.Concat(monthNames20[i], moreMonthNames[i], fartherMonthNames[i])
	}
	for i, ns := range names {
		for _, n := range ns {
			for _, v := range monthForms(n) {
				wordMonths[v] = time.Month(i + 1)
				if head, _, two := strings.Cut(v, " "); two {
					wordMonthHeads[head] = true
				}
			}
		}
	}
	abbr := monthAbbrs20
	for i := range abbr {
		abbr[i] = append(abbr[i], moreMonthAbbrs[i]...)
	}
	for i, ns := range abbr {
		for _, n := range ns {
			if _, ok := wordMonths[n]; !ok {
				abbrMonths[n] = time.Month(i + 1)
			}
		}
	}
}

// monthAbbrs20 are abbreviations the regexps of dates.go do not know, as
// news pages print them ("5 dic. 2024", "5 mrt 2024", "5 Şub 2024", "5
// черв. 2024"): es, pt, it, fr, de, nl, tr, id, pl, ro, ru, uk
// (dateparser's CLDR data, Indonesian "Ags" beside "Agu" and "Agt", and
// French "fév" and "aoû", the older abbreviations many French templates
// print beside CLDR's "févr." and "août").
// Their dots are separators to dateTokens.
var monthAbbrs20 = [12][]string{
	{"gen", "janv", "jän", "oca", "sty", "ian", "янв", "січ"},
	{"fev", "févr", "fevr", "fév", "febr", "şub", "sub", "lut", "фев", "февр", "лют"},
	{"mrt", "mrz", "мар", "бер", "берез"},
	{"avr", "nis", "kwi", "апр", "квіт", "кві"},
	{"mag", "трав", "тра"},
	{"giu", "haz", "cze", "iun", "июн", "черв", "чер"},
	{"lug", "juil", "lip", "iul", "июл", "лип"},
	{"ago", "agu", "agt", "ags", "ağu", "aoû", "авг", "серп", "сер"},
	{"set", "eyl", "wrz", "сен", "сент", "вер", "верес"},
	{"out", "ott", "eki", "paź", "paz", "окт", "жовт", "жов"},
	{"kas", "lis", "noiem", "ноя", "нояб", "лист", "листоп", "лис"},
	{"dic", "dez", "déc", "ara", "gru", "дек", "груд", "гру"},
}

// abbrMonths are month abbreviations, read only between the day and the
// year ("16 out. 2024", "16 Des 2024", "5 dic. de 2024"): many are words
// beside a number in another language ("5 out of 10 in 2024", "Top 10 des
// films de 2024", "O clube tem 5 jogadores em 2024"), as month names are
// not. "des" (Indonesian December), "sie" (Polish August), "tem" (Turkish
// July) and "noi" (Romanian November) are in CLDR's data beside the
// others.
var abbrMonths = map[string]time.Month{"des": time.December, "sie": time.August, "tem": time.July, "noi": time.November}

// wordMonthHeads are the first words of the month names of two words
// ("تشرين الأول").
var wordMonthHeads = map[string]bool{}

// dateToken is a run of letters or of digits in a date.
type dateToken struct {
	s     string
	num   int  // the value of a run of digits, else -1
	width int  // the number of digits
	dot   bool // a dot follows ("2024. máj. 16.")
	comma bool // a comma follows ("Oca 1, 1998")
}

// dateTokens splits s into runs of letters and runs of digits; Arabic-Indic,
// Persian and Devanagari digits count as digits; combining marks (Devanagari's vowel
// signs) belong to their word. Everything else separates.
func dateTokens(s string) []dateToken {
	var out []dateToken
	var cur strings.Builder
	digits := false
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		t := dateToken{s: cur.String(), num: -1}
		if digits {
			t.num, _ = strconv.Atoi(t.s)
			t.width = len(t.s)
		}
		out = append(out, t)
		cur.Reset()
	}
	for _, r := range s {
		d := asciiDigit(r)
		switch {
		case d >= 0:
			if !digits {
				flush()
				digits = true
			}
			cur.WriteByte(byte('0' + d))
		case r == '\u200d' || r == '\u200c':
			// The joiners shape the letters of Indic scripts
			// ("අප්‍රේල්") and are no part of the word.
		case unicode.IsLetter(r) || unicode.In(r, unicode.Mn, unicode.Mc):
			if digits {
				flush()
				digits = false
			}
			cur.WriteRune(unicode.ToLower(r))
		default:
			flush()
			digits = false
			if r == '.' && len(out) > 0 {
				out[len(out)-1].dot = true
			}
			if r == ',' && len(out) > 0 {
				out[len(out)-1].comma = true
			}
		}
	}
	flush()
	return out
}

// parseWordDate reads a date whose month is a word of wordMonths ("5 марта
// 2024", "12 Ekim 2023", "2 listopada 2021"), or marked by a word or sign
// for "month" ("ngày 5 tháng 3 năm 2024", "2024년 3월 5일"). The day is the
// number next to the month, the year a four-digit number. In a text of the
// Arabic script (persian), a Solar Hijri date counts too, its month named
// ("۲۷ اردیبهشت ۱۴۰۳") or numbered ("۱۴۰۳/۰۲/۲۷"), and so does a Bikram
// Sambat date whose month is named ("जेठ ३०, २०८१"). It reads no time of
// day. Only short strings are read: this is the fallback of parseDate.
func parseWordDate(s string, persian bool) (when, bool) {
	if len(s) > 200 || !utf8.ValidString(s) {
		return when{}, false
	}
	toks := dateTokens(s)
	year, jyear, mi, me := -1, -1, -1, -1 // the month's first and last token
	var month time.Month
	jalali, bs := false, false
	for i, t := range toks {
		switch {
		case t.num >= 1995 && t.num <= 2099 && t.width == 4 && year < 0:
			year = t.num
		case persian && t.num >= firstJalaliYear && t.num <= lastJalaliYear && t.width == 4 && jyear < 0:
			jyear = t.num
		case t.num < 0 && mi < 0:
			if m, ok := wordMonths[t.s]; ok {
				month, mi, me = m, i, i
			} else if m, ok := jalaliMonths[t.s]; ok && persian {
				month, mi, me, jalali = time.Month(m), i, i, true
			} else if m, ok := bsMonths[t.s]; ok {
				month, mi, me, bs = time.Month(m), i, i, true // जेठ ३०, २०८१
			} else if m, ok := abbrMonths[t.s]; ok && (betweenDayAndYear(toks, i) || yearFirstAbbr(toks, i) || monthFirstAbbr(toks, i)) {
				month, mi, me = m, i, i // 16 Des 2024, Oca 1, 1998
			} else if m, ok := months[t.s]; ok && yearFirstAbbr(toks, i) {
				month, mi, me = m, i, i // 2024. okt. 16., which the regexps of dates.go do not read
			} else if i+1 < len(toks) && wordMonthHeads[t.s] {
				if m, ok := wordMonths[t.s+" "+toks[i+1].s]; ok {
					month, mi, me = m, i, i+1
				}
			} else if (t.s == "tháng" || t.s == "thg") && i+1 < len(toks) && toks[i+1].num >= 1 && toks[i+1].num <= 12 {
				month, mi, me = time.Month(toks[i+1].num), i+1, i+1
			} else if m, n := vietnameseMonth(toks, i); n > 0 {
				month, mi, me = m, i, i+n // 20 Tháng Năm, 2024
			} else if t.s == "월" && i > 0 && toks[i-1].num >= 1 && toks[i-1].num <= 12 {
				month, mi, me = time.Month(toks[i-1].num), i-1, i-1
			} else if k := mongolianMonth(toks, i); k >= 0 {
				month, mi, me = time.Month(toks[k].num), k, i // 2024 оны 4-р сарын 12
			}
		}
	}
	if jalali {
		year = jyear
	}
	if mi < 0 && jyear >= 0 {
		return jalaliNumeric(s)
	}
	if year < 0 || mi < 0 {
		return when{}, false
	}
	day := -1
	switch {
	case toks[me].s == "сарын" && dayToken(toks, me+1):
		day = toks[me+1].num // 2024 оны 4-р сарын 12
	case toks[mi].num >= 0 && mi+1 < len(toks) && toks[mi+1].s == "월" && dayToken(toks, mi+2):
		day = toks[mi+2].num // 2024년 3월 5일
	case toks[mi].num >= 0 && mi >= 2 && dayToken(toks, mi-2) && (toks[mi-1].s == "tháng" || toks[mi-1].s == "thg"):
		day = toks[mi-2].num // ngày 5 tháng 3
	case dayToken(toks, mi-1):
		day = toks[mi-1].num // 5 марта 2024
	case mi >= 2 && (toks[mi-1].s == "de" || toks[mi-1].s == "d") && dayToken(toks, mi-2):
		day = toks[mi-2].num // 16 de setiembre de 2024, 16 d'abril de 2024
	case dayToken(toks, me+1) && toks[mi].num < 0:
		day = toks[me+1].num // Ekim 12, 2023
	case toks[mi].num >= 0 && mi >= 1 && (toks[mi-1].s == "tháng" || toks[mi-1].s == "thg") && dayToken(toks, me+1) && me+2 < len(toks) && toks[me+2].num == year:
		// WordPress's "F j, Y" with Vietnamese months as numbers:
		// "Tháng 3 12, 2024".
		day = toks[me+1].num
	}
	if day < 0 {
		return when{}, false
	}
	if jalali {
		return jalaliDate(year, int(month), day)
	}
	if bs {
		return bsDate(year, int(month), day)
	}
	h, mins, sec, ampm, zone := timeAfter(s, strconv.Itoa(year))
	return build(strconv.Itoa(year), strconv.Itoa(int(month)), strconv.Itoa(day), h, mins, sec, ampm, zone)
}

// reTimeAfter is a time of day, with its zone or without, after a date's
// year, as the pages of languages whose months reDMY does not name print
// it: "16 मई 2024, 08:00 AM (IST)", "16 мая 2024 года, 10:30 МСК", "16 Mei
// 2024, 10:30 WIB", "16 Mayıs 2024 10:30".
var reTimeAfter = regexp.MustCompile(`^\s*(?:года|г\.|року|р\.)?\s*(?:,|-|–|\|)?\s*(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?(?:\s*\(?([A-Z]{2,5}|МСК)\)?)?`)

// timeAfter is the time of day that follows year in s, and its zone. A
// time without a known zone is kept as reMDY and reDMY keep an English
// or French one: a local time, which an instant of the page on its day
// and minute completes (instantOn), never a guessed instant
// (when.format).
func timeAfter(s, year string) (hour, minute, sec, ampm, zone string) {
	i := strings.Index(s, year)
	if i < 0 || !strings.ContainsAny(s[i:], ":.") {
		return
	}
	rest := s[i+len(year):]
	m := reTimeAfter.FindStringSubmatchIndex(rest)
	if m == nil {
		return
	}
	// "10.30 WIB" (Indonesian, Malay), "10.30" (British): the dot of a
	// time, unless a digit follows its minutes, as in "12.500 orang"
	// (a number with its thousands' dot).
	if rest[m[3]] == '.' && m[5] < len(rest) && isASCIIDigit(rest[m[5]]) {
		return
	}
	sub := func(k int) string {
		if m[2*k] < 0 {
			return ""
		}
		return rest[m[2*k]:m[2*k+1]]
	}
	return sub(1), sub(2), sub(3), sub(4), sub(5)
}

// mongolianMonth is the index of the month's number before toks[i] when
// toks[i] is Mongolian's "сарын" (of the month), its number written
// with the ordinal's suffix or without ("4-р сарын", "4 сарын"), else -1.
// Mongolian numbers its months: "2024 оны 4-р сарын 12" is 12 April 2024.
func mongolianMonth(toks []dateToken, i int) int {
	if toks[i].s != "сарын" {
		return -1
	}
	k := i - 1
	if k >= 1 && toks[k].s == "р" {
		k--
	}
	if k < 0 || toks[k].num < 1 || toks[k].num > 12 {
		return -1
	}
	return k
}

// vietnameseNumbers are the numbers one to ten as Vietnamese names its
// months in words ("Tháng Năm" is May, "Tháng Mười Hai" December), as
// WordPress's and other templates' Vietnamese month names print them;
// "Giêng" is the first month's older name, "Bốn" the fourth's beside "Tư".
var vietnameseNumbers = map[string]int{"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5,
	"sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}

// vietnameseMonth reads the month named in words at toks[i], "tháng" and
// its number ("tháng năm", "tháng mười một"): n is the number of tokens
// after "tháng" it takes, 0 when toks[i] is no such month. "Năm" is also
// the word for "year": "tháng 5 năm 2024" is read as "tháng 5".
func vietnameseMonth(toks []dateToken, i int) (time.Month, int) {
	if toks[i].s != "tháng" || i+1 >= len(toks) {
		return 0, 0
	}
	n, ok := vietnameseNumbers[toks[i+1].s]
	if !ok {
		return 0, 0
	}
	if n == 10 && i+2 < len(toks) && (toks[i+2].s == "một" || toks[i+2].s == "hai") {
		return time.Month(10 + vietnameseNumbers[toks[i+2].s]), 2
	}
	return time.Month(n), 1
}

// betweenDayAndYear reports whether toks[i] follows a day and comes before
// a four-digit year, each maybe across "de" as Spanish and Portuguese
// write it ("5 dic. de 2024", "16 de fev. de 2024").
func betweenDayAndYear(toks []dateToken, i int) bool {
	d := i - 1
	if d > 0 && toks[d].s == "de" {
		d--
	}
	if !dayToken(toks, d) {
		return false
	}
	if i+2 < len(toks) && (toks[i+1].s == "de" || toks[i+1].s == "del") {
		i++
	}
	return i+1 < len(toks) && toks[i+1].width == 4
}

// monthFirstAbbr reports whether toks[i] is the month of a date written
// month first, the day then a comma then the year ("Oca 1, 1998", "Dez
// 5, 2024"): the American order of "Jan 1, 1998" that templates keep
// when they print another language's abbreviations (WordPress's "M j,
// Y" format in a Turkish, German or Spanish install; htmldate's tests
// read Turkish dates so). The comma and the year right after the day
// make it a date ("out 5 of 10 in 2024" is none). An abbreviation that is
// also an English word or name (wordAbbrs) takes this reading only with
// its dot ("Set. 3, 2019"): "Mag 7, 2024" is a magazine's issue, "Gen 2,
// 2019" a generation, in the English text this order is most often met in.
func monthFirstAbbr(toks []dateToken, i int) bool {
	if wordAbbrs[toks[i].s] && !toks[i].dot {
		return false
	}
	return dayToken(toks, i+1) && toks[i+1].comma && i+2 < len(toks) && toks[i+2].width == 4
}

// wordAbbrs are the abbreviations of abbrMonths that are also English
// words or names ("set", "out", "Mag", "Gen", "Des", "Ian"), which
// monthFirstAbbr reads only when a dot marks them. The Turkish ones
// htmldate reads month first ("Kas 1, 1998", "Ara 1, 1998", "Tem 1,
// 1998") are no English words and are not here.
var wordAbbrs = map[string]bool{
	"ag": true, "ago": true, "avg": true, "bal": true, "des": true, "dis": true,
	"gen": true, "ian": true, "lip": true, "lis": true, "lug": true, "mac": true,
	"mag": true, "out": true, "set": true, "sty": true, "sub": true, "vas": true,
}

// dayToken reports whether toks[j] exists and may be a day of the month:
// one or two digits, 1 to 31.
func dayToken(toks []dateToken, j int) bool {
	return j >= 0 && j < len(toks) && toks[j].num >= 1 && toks[j].num <= 31 && toks[j].width <= 2
}

// yearFirstAbbr reports whether toks[i] is the month between a year
// and a day, as Hungarian ("2024. máj. 16."), Lithuanian ("2024 m. geg.
// 16 d.") and Latvian ("2024. gada 16. jūn.") write dates: the year
// marked by its dot or its word for "year" ("En 2024 des 5 candidats"
// is no date).
func yearFirstAbbr(toks []dateToken, i int) bool {
	isYear := func(j int) bool {
		if j >= 1 && (toks[j].s == "m" || toks[j].s == "gada") {
			return toks[j-1].width == 4
		}
		return j >= 0 && toks[j].width == 4 && toks[j].dot
	}
	if isYear(i-1) && dayToken(toks, i+1) {
		// After a year's bare dot the month or the day carries its own
		// ("2024. máj. 16.", "2024. május 16."): a sentence's full stop
		// ("in 2024. May 5 players") is no year's dot.
		return toks[i-1].width != 4 || toks[i].dot || toks[i+1].dot
	}
	return dayToken(toks, i-1) && isYear(i-2)
}

// isWordMonth reports whether w is a month name of wordMonths or
// jalaliMonths in any case: "сентября" (16 bytes), "października" or
// "सितंबर" is the month of a date, not the words of a sentence around one.
func isWordMonth(w string) bool {
	if w == "" {
		return false
	}
	w = strings.ToLower(w)
	_, ok := wordMonths[w]
	if !ok {
		_, ok = jalaliMonths[w]
	}
	return ok
}

// reSpacedDots is a dotted date with a space after each dot, day first,
// as Czech, Slovak, Hungarian and some German pages print it: "8. 5.
// 2012", "08. 05. 2012, 14:30".
var reSpacedDots = regexp.MustCompile(`\b(\d{1,2})\.\s(\d{1,2})\.\s?((?:19|20)\d{2})\b(?:\s*,?\s*(\d{1,2}):(\d{2}))?`)

// hasSpacedDot reports whether s holds a digit, a dot, a space and a
// digit ("8. 5."): a cheap test before reSpacedDots.
func hasSpacedDot(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; {
		if i > 0 && isASCIIDigit(s[i-1]) && i+2 < len(s) && isASCIIDigit(s[i+2]) {
			return true
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
