package extractor

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Solar Hijri (Jalali) dates, the civil calendar of Iran, which Iranian
// sites print as often as the Gregorian one ("۲۷ اردیبهشت ۱۴۰۳",
// "۱۴۰۳/۰۲/۲۷"): read as the Gregorian day they name. The conversion is
// exact: Borkowski's arithmetic ("The Persian calendar for 3000 years",
// 1996, as jalaali-js implements it) agrees with the official calendar
// over the years read here.

// jalaliMonths maps the Solar Hijri month names to their number.
var jalaliMonths = map[string]int{}

func init() {
	for i, n := range []string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"} {
		for _, v := range arabicLetterForms(n) {
			jalaliMonths[v] = i + 1
		}
	}
	jalaliMonths["امرداد"] = 5 // Mordad's older spelling
	for i, n := range dariMonths {
		jalaliMonths[n] = i + 1
	}
}

// dariMonths are the Solar Hijri months as Afghanistan names them, after
// the signs of the zodiac ("۲۷ ثور ۱۴۰۳" is 2024-05-16), which its Persian
// (Dari) news sites print. Most are everyday words of Arabic too (حمل,
// اسد, قوس): they are read only in a text that holds a letter or a digit
// of Persian's own (isPersian), never as jalaliSharedLetters.
var dariMonths = []string{"حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"}

// jalaliSharedLetters are the Solar Hijri month names written only with
// letters Arabic shares, which isPersian does not tell: "خرداد", "مهر",
// "آبان". Not "تير" or "دي", typed with Arabic yeh: "دي" is a word of
// Arabic text too.
var jalaliSharedLetters = map[string]bool{}

func init() {
	for n := range jalaliMonths {
		if !isPersian(n) && toPersianLetters.Replace(n) == n && !slices.Contains(dariMonths, n) {
			jalaliSharedLetters[n] = true
		}
	}
}

// solarHijri reports whether s may hold a Solar Hijri date: it holds a
// letter that Persian writes and Arabic does not (isPersian), or a Solar
// Hijri month's name as a word of its own ("16 خرداد 1403"), its years
// and digits ASCII ones.
func solarHijri(s string) bool {
	if isPersian(s) {
		return true
	}
	if strings.IndexByte(s, 0xD8) < 0 && strings.IndexByte(s, 0xD9) < 0 {
		return false // no letter of the Arabic script
	}
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		if jalaliSharedLetters[w] {
			return true
		}
	}
	return false
}

// isPersian reports whether s holds a letter or a digit of the Arabic
// script's block that Persian uses and Arabic does not (U+0680–06FF: ی, ک,
// گ, پ, چ, ژ and the Persian digits): its years may be Solar Hijri ones.
// Arabic pages, whose other calendar is the lunar Hijri one, use none.
func isPersian(s string) bool {
	return strings.IndexByte(s, 0xDA) >= 0 || strings.IndexByte(s, 0xDB) >= 0
}

// arabicLetterForms returns n with its Persian yeh and kaf, and with the
// Arabic ones that sites typed on Arabic keyboards use instead
// ("فروردين", "شهريور").
func arabicLetterForms(n string) []string {
	r := toArabicLetters.Replace(n)
	if r == n {
		r = toPersianLetters.Replace(n)
	}
	if r == n {
		return []string{n}
	}
	return []string{n, r}
}

var (
	toArabicLetters  = strings.NewReplacer("ی", "ي", "ک", "ك")
	toPersianLetters = strings.NewReplacer("ي", "ی", "ك", "ک")
)

// The Solar Hijri years read: from 1995's to 2060's. The lunar Hijri
// years that Persian pages also print ("۱۴۴۵/۱۱/۰۸") are 1440 and later
// since 2018: they are not read as Solar ones.
const firstJalaliYear, lastJalaliYear = 1374, 1439

// jalaliBreaks are the years that begin a new cycle of leap years in
// Borkowski's arithmetic, up to the first after lastJalaliYear.
var jalaliBreaks = []int{-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635}

// nowruz returns the Gregorian year and the day of March on which
// Farvardin 1 of the Solar Hijri year jy falls.
func nowruz(jy int) (gy, march int) {
	gy = jy + 621
	leapJ, jp, jump := -14, jalaliBreaks[0], 0
	for _, b := range jalaliBreaks[1:] {
		jump = b - jp
		if jy < b {
			break
		}
		leapJ += jump/33*8 + jump%33/4
		jp = b
	}
	n := jy - jp
	leapJ += n/33*8 + (n%33+3)/4
	if jump%33 == 4 && jump-n == 4 {
		leapJ++
	}
	leapG := gy/4 - (gy/100+1)*3/4 - 150
	return gy, 20 + leapJ - leapG
}

// jalaliDate is the Gregorian day of the Solar Hijri date jy-jm-jd; ok is
// false for a day that does not exist (Esfand 30 of a common year) or a
// year outside those read.
func jalaliDate(jy, jm, jd int) (when, bool) {
	if jy < firstJalaliYear || jy > lastJalaliYear || jm < 1 || jm > 12 || jd < 1 || jd > 31 || jm > 6 && jd > 30 {
		return when{}, false
	}
	gy, march := nowruz(jy)
	// The first six months have 31 days, the next five 30.
	t := time.Date(gy, time.March, march+(jm-1)*31-jm/7*(jm-7)+jd-1, 0, 0, 0, 0, time.UTC)
	if jm == 12 && jd == 30 { // only in a leap year: the eve of the next Nowruz
		ny, nm := nowruz(jy + 1)
		if !t.AddDate(0, 0, 1).Equal(time.Date(ny, time.March, nm, 0, 0, 0, 0, time.UTC)) {
			return when{}, false
		}
	}
	return when{t: t}, true
}

// jalaliDigits reads a Solar Hijri date in digits on a Persian page
// (dateOrder.persian), where a date in ASCII digits with no Persian letter
// beside it ("1403/02/28", "مخابره: 1403-02-28 10:30") is a Solar Hijri
// one as often as not: parseDate, which knows no page, reads it so only
// beside a Persian letter (solarHijri). Its year is 1374 to 1439, which
// no Gregorian reading takes (plausible).
func jalaliDigits(t string) (when, bool) {
	if len(t) > 200 || !hasDigit(t) || !strings.ContainsAny(t, "/-") {
		return when{}, false
	}
	if hasEasternDigits(t) {
		t = foldDigits(t)
	}
	return jalaliNumeric(t)
}

// reJalaliNumeric is a Solar Hijri date in digits, year first, as Iranian
// sites write it: "1403/02/27", and "1403-02-27" as a date input or an
// ISO-shaped template prints it; or day first between slashes ("27 / 02 /
// 1403"), whose spaces lay its parts out right to left in a Persian line,
// the year on the left as the slashed form shows it. The year, 13xx or
// 14xx, tells either order.
var reJalaliNumeric = regexp.MustCompile(`(?:^|[^\d/-])(?:(1[34]\d\d)(?: ?/ ?(\d{1,2}) ?/ ?(\d{1,2})|-(\d{1,2})-(\d{1,2}))|(\d{1,2}) ?/ ?(\d{1,2}) ?/ ?(1[34]\d\d))(?:$|[^\d/-])`)

// jalaliNumeric reads the first Solar Hijri date in digits of s.
func jalaliNumeric(s string) (when, bool) {
	m := reJalaliNumeric.FindStringSubmatch(s)
	if m == nil {
		return when{}, false
	}
	switch {
	case m[1] == "":
		m[1], m[2], m[3] = m[8], m[7], m[6] // day first
	case m[2] == "":
		m[2], m[3] = m[4], m[5] // dashed
	}
	jy, _ := strconv.Atoi(m[1])
	jm, _ := strconv.Atoi(m[2])
	jd, _ := strconv.Atoi(m[3])
	return jalaliDate(jy, jm, jd)
}
