package extractor

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Month names of the languages most common in news that the regexps of
// dates.go do not read (their \b is ASCII only, and their alternation of
// Latin names would grow past what a hot path affords): nl, id, ro, tr,
// pl, ru, uk, ar, fa (Gregorian months), hi, including the genitive forms
// used in dates ("5 марта 2024", "5 marca 2024"). Each name maps to its
// month; names are matched whole, lower-cased.
var wordMonths = map[string]time.Month{}

func init() {
	names := [][]string{
		{"januari", "ianuarie", "ocak", "styczeń", "stycznia", "январь", "января", "січень", "січня", "يناير", "كانون الثاني", "ژانویه", "जनवरी", "ian"},
		{"februari", "februarie", "şubat", "subat", "luty", "lutego", "февраль", "февраля", "лютий", "лютого", "فبراير", "شباط", "فوریه", "फ़रवरी", "फरवरी"},
		{"maart", "maret", "martie", "mart", "marzec", "marca", "март", "марта", "березень", "березня", "مارس", "آذار", "मार्च"},
		{"april", "aprilie", "nisan", "kwiecień", "kwietnia", "апрель", "апреля", "квітень", "квітня", "أبريل", "ابريل", "نيسان", "آوریل", "अप्रैल"},
		{"mei", "mai", "mayıs", "mayis", "maj", "maja", "май", "мая", "травень", "травня", "مايو", "أيار", "مه", "می", "मई"},
		{"juni", "iunie", "haziran", "czerwiec", "czerwca", "июнь", "июня", "червень", "червня", "يونيو", "يونيه", "حزيران", "ژوئن", "जून"},
		{"juli", "iulie", "temmuz", "lipiec", "lipca", "июль", "июля", "липень", "липня", "يوليو", "يوليه", "تموز", "ژوئیه", "جولای", "जुलाई"},
		{"augustus", "agustus", "august", "ağustos", "agustos", "sierpień", "sierpnia", "август", "августа", "серпень", "серпня", "أغسطس", "اغسطس", "آب", "اوت", "آگوست", "अगस्त"},
		{"september", "septembrie", "eylül", "eylul", "wrzesień", "września", "сентябрь", "сентября", "вересень", "вересня", "سبتمبر", "أيلول", "سپتامبر", "सितंबर", "सितम्बर"},
		{"oktober", "octombrie", "ekim", "październik", "października", "октябрь", "октября", "жовтень", "жовтня", "أكتوبر", "اكتوبر", "تشرين الأول", "اکتبر", "अक्टूबर"},
		{"november", "noiembrie", "kasım", "kasim", "listopad", "listopada", "ноябрь", "ноября", "листопада", "نوفمبر", "تشرين الثاني", "نوامبر", "नवंबर", "नवम्बर"},
		{"december", "desember", "decembrie", "aralık", "aralik", "grudzień", "grudnia", "декабрь", "декабря", "грудень", "грудня", "ديسمبر", "كانون الأول", "دسامبر", "दिसंबर", "दिसम्बर"},
	}
	for i, ns := range names {
		for _, n := range ns {
			wordMonths[n] = time.Month(i + 1)
		}
	}
	// Abbreviations the regexps of dates.go do not know, as news pages
	// print them ("5 dic. 2024", "5 mrt 2024", "5 Şub 2024", "5 черв.
	// 2024"): es, pt, it, fr, nl, tr, id, pl, ro, ru, uk. Their dots are
	// separators to dateTokens. Left out are those that are common words
	// beside a number in another language: "des" (Indonesian December;
	// French "Top 10 des …"), "sie" (Polish August; German), "tem"
	// (Turkish July; Portuguese "tem 5 …"), "noi" (Romanian November;
	// Italian).
	abbr := [][]string{
		{"gen", "janv", "oca", "sty", "ian", "янв", "січ"},
		{"fev", "févr", "fevr", "şub", "sub", "lut", "фев", "лют"},
		{"mrt", "kwi", "мар", "бер"},
		{"avr", "nis", "апр", "квіт"},
		{"mag", "трав"},
		{"giu", "haz", "cze", "iun", "июн", "черв"},
		{"lug", "juil", "lip", "iul", "июл", "лип"},
		{"ago", "agu", "agt", "ağu", "авг", "серп"},
		{"set", "eyl", "wrz", "сен", "сент", "вер"},
		{"out", "ott", "eki", "paź", "paz", "окт", "жовт"},
		{"kas", "lis", "ноя", "лист"},
		{"dic", "dez", "déc", "ara", "gru", "дек", "груд"},
	}
	for i, ns := range abbr {
		for _, n := range ns {
			if _, ok := wordMonths[n]; !ok {
				wordMonths[n] = time.Month(i + 1)
			}
		}
	}
}

// dateToken is a run of letters or of digits in a date.
type dateToken struct {
	s     string
	num   int // the value of a run of digits, else -1
	width int // the number of digits
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
		case unicode.IsLetter(r) || unicode.In(r, unicode.Mn, unicode.Mc):
			if digits {
				flush()
				digits = false
			}
			cur.WriteRune(unicode.ToLower(r))
		default:
			flush()
			digits = false
		}
	}
	flush()
	return out
}

// hasEasternDigits reports whether s holds Arabic-Indic, Persian,
// Devanagari or full-width digits.
func hasEasternDigits(s string) bool {
	return mayHoldWideDigits(s) && strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf && asciiDigit(r) >= 0 }) >= 0
}

// mayHoldWideDigits reports whether s holds a lead byte of the UTF-8 forms
// of the digits asciiDigit reads beyond ASCII (U+0660–0669 and U+06F0–06F9
// start with D9 and DB, U+0966–096F with E0, U+FF10–FF19 with EF): a byte
// scan, cheaper than decoding every rune of every string parseDate sees.
func mayHoldWideDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0xD9, 0xDB, 0xE0, 0xEF:
			return true
		}
	}
	return false
}

// foldDigits writes the digits of s that asciiDigit reads as ASCII digits,
// and the full-width separators of CJK dates ("２０２４／０３／０５
// １０：３０") as ASCII ones, so that the numeric patterns of dates.go read
// them.
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf {
			return r
		}
		if d := asciiDigit(r); d >= 0 {
			return rune('0' + d)
		}
		switch r {
		case '／':
			return '/'
		case '－':
			return '-'
		case '．':
			return '.'
		case '：':
			return ':'
		}
		return r
	}, s)
}

// asciiDigit is the value of an ASCII, Arabic-Indic, Persian, Devanagari
// or full-width digit, or -1.
func asciiDigit(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	case r >= '०' && r <= '९':
		return int(r - '०')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	return -1
}

// parseWordDate reads a date whose month is a word of wordMonths ("5 марта
// 2024", "12 Ekim 2023", "2 listopada 2021"), or marked by a word or sign
// for "month" ("ngày 5 tháng 3 năm 2024", "2024년 3월 5일"). The day is the
// number next to the month, the year a four-digit number. It reads no time
// of day. Only short strings are read: this is the fallback of parseDate.
func parseWordDate(s string) (when, bool) {
	if len(s) > 200 || !utf8.ValidString(s) {
		return when{}, false
	}
	toks := dateTokens(s)
	year, mi, me := -1, -1, -1 // the month's first and last token
	var month time.Month
	for i, t := range toks {
		switch {
		case t.num >= 1995 && t.num <= 2099 && t.width == 4 && year < 0:
			year = t.num
		case t.num < 0 && mi < 0:
			if m, ok := wordMonths[t.s]; ok {
				month, mi, me = m, i, i
			} else if i+1 < len(toks) && (t.s == "كانون" || t.s == "تشرين") {
				if m, ok := wordMonths[t.s+" "+toks[i+1].s]; ok {
					month, mi, me = m, i, i+1
				}
			} else if (t.s == "tháng" || t.s == "thg") && i+1 < len(toks) && toks[i+1].num >= 1 && toks[i+1].num <= 12 {
				month, mi, me = time.Month(toks[i+1].num), i+1, i+1
			} else if t.s == "월" && i > 0 && toks[i-1].num >= 1 && toks[i-1].num <= 12 {
				month, mi, me = time.Month(toks[i-1].num), i-1, i-1
			}
		}
	}
	if year < 0 || mi < 0 {
		return when{}, false
	}
	day := -1
	isDay := func(j int) bool {
		return j >= 0 && j < len(toks) && toks[j].num >= 1 && toks[j].num <= 31 && toks[j].width <= 2
	}
	switch {
	case toks[mi].num >= 0 && mi+1 < len(toks) && toks[mi+1].s == "월" && isDay(mi+2):
		day = toks[mi+2].num // 2024년 3월 5일
	case toks[mi].num >= 0 && mi >= 2 && isDay(mi-2) && (toks[mi-1].s == "tháng" || toks[mi-1].s == "thg"):
		day = toks[mi-2].num // ngày 5 tháng 3
	case isDay(mi - 1):
		day = toks[mi-1].num // 5 марта 2024
	case isDay(me+1) && toks[mi].num < 0:
		day = toks[me+1].num // Ekim 12, 2023
	}
	if day < 0 {
		return when{}, false
	}
	return build(strconv.Itoa(year), strconv.Itoa(int(month)), strconv.Itoa(day), "", "", "", "", "")
}

// isWordMonth reports whether w is a month name of wordMonths in any case:
// "сентября" (16 bytes) or "सितंबर" is the month of a date, not the words
// of a sentence around one.
func isWordMonth(w string) bool {
	if w == "" || w[0] < utf8.RuneSelf {
		return false // the Latin names are monthNum's
	}
	_, ok := wordMonths[strings.ToLower(w)]
	return ok
}

// hasDigit reports whether s holds an ASCII, Arabic-Indic, Persian or
// Devanagari digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			return true
		} else if c >= utf8.RuneSelf {
			// The other digits are not ASCII: read them as runes from
			// here on.
			return strings.IndexFunc(s[i:], func(r rune) bool { return asciiDigit(r) >= 0 }) >= 0
		}
	}
	return false
}
