package extractor

import (
	"maps"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// moreMonthNames are the month names of the languages of news after the
// twenty of wordMonths' first table, in the forms their dates use, as
// CLDR has them (dateparser's data): cs and sk genitives beside the
// others', sv, da, nb, el genitives ("16 Μαΐου 2024"; unaccented forms,
// as capitals print them, are added by init), hu, he with the "in" prefix
// of its dates ("16 במאי 2024") and without, th, bg, sr in both scripts,
// hr genitives, sl, lt genitives ("2024 m. gegužės 16 d."), lv
// nominatives and locatives, et, ca ("16 d'abril de 2024": the "d" is
// read as "de"), ms, tl, bn, ta, ur and sw. Names monthNames20 or the
// regexps of dates.go already read are left out
// (TestMoreMonthNamesAreNew). Croatian's "listopada"
// (October) is Polish's and Czech's November: the first table keeps it,
// and a Croatian page's is read as October (croatianOctober).
var moreMonthNames = [12][]string{
	{"januar", "ιανουαρίου", "ιανουάριος", "בינואר", "ינואר", "มกราคม", "януари", "јануар", "јануара", "januara", "siječnja", "sausio", "janvāris", "janvārī", "janvāra", "jaanuar", "gener", "জানুয়ারি", "জানুয়ারী", "ஜனவரி"},
	{"februar", "φεβρουαρίου", "φεβρουάριος", "בפברואר", "פברואר", "กุมภาพันธ์", "февруари", "фебруар", "фебруара", "februara", "veljače", "vasario", "februāris", "februārī", "februāra", "veebruar", "febrer", "pebrero", "ফেব্রুয়ারি", "ফেব্রুয়ারী", "பிப்ரவரி", "فروری"},
	{"mars", "marts", "μαρτίου", "μάρτιος", "במרץ", "במרס", "מרץ", "מרס", "มีนาคม", "marta", "ožujka", "marec", "kovo", "martā", "märts", "març", "marso", "machi", "মার্চ", "மார்ச்"},
	{"απριλίου", "απρίλιος", "באפריל", "אפריל", "เมษายน", "април", "априла", "aprila", "travnja", "balandžio", "abril", "aprīlis", "aprīlī", "aprīļa", "aprill", "aprili", "এপ্রিল", "ஏப்ரல்"},
	{"μαΐου", "μάιος", "במאי", "מאי", "พฤษภาคม", "мај", "маја", "svibnja", "gegužės", "maijs", "maijā", "maija", "maig", "মে", "மே", "مئی"},
	{"ιουνίου", "ιούνιος", "ביוני", "יוני", "มิถุนายน", "юни", "јун", "јуна", "juna", "lipnja", "junij", "birželio", "jūnijs", "jūnijā", "jūnija", "juuni", "juny", "jun", "hunyo", "জুন", "ஜூன்"},
	{"ιουλίου", "ιούλιος", "ביולי", "יולי", "กรกฎาคม", "юли", "јул", "јула", "jula", "srpnja", "julij", "liepos", "jūlijs", "jūlijā", "jūlija", "juuli", "juliol", "julai", "hulyo", "জুলাই", "ஜூலை", "جولائی"},
	{"augusti", "αυγούστου", "αύγουστος", "באוגוסט", "אוגוסט", "สิงหาคม", "avgust", "avgusta", "kolovoza", "rugpjūčio", "augusts", "augustā", "agost", "ogos", "agosti", "আগস্ট", "অগাস্ট", "ஆகஸ்ட்"},
	{"σεπτεμβρίου", "σεπτέμβριος", "בספטמבר", "ספטמבר", "กันยายน", "септември", "септембар", "септембра", "septembar", "rujna", "rugsėjo", "septembris", "septembrī", "setembre", "setyembre", "septemba", "সেপ্টেম্বর", "செப்டம்பர்", "ستمبر"},
	{"οκτωβρίου", "οκτώβριος", "באוקטובר", "אוקטובר", "ตุลาคม", "октомври", "октобар", "октобра", "oktobar", "spalio", "octubre", "oktobris", "oktobrī", "oktobra", "oktoober", "oktubre", "oktoba", "অক্টোবর", "அக்டோபர்"},
	{"νοεμβρίου", "νοέμβριος", "בנובמבר", "נובמבר", "พฤศจิกายน", "ноември", "новембар", "новембра", "novembar", "studenoga", "studenog", "lapkričio", "novembris", "novembrī", "novembre", "nobyembre", "novemba", "নভেম্বর", "நவம்பர்"},
	{"δεκεμβρίου", "δεκέμβριος", "בדצמבר", "דצמבר", "ธันวาคม", "декември", "децембар", "децембра", "decembar", "prosinca", "gruodžio", "decembris", "decembrī", "detsember", "desembre", "disember", "disyembre", "desemba", "ডিসেম্বর", "டிசம்பர்"},
}

// moreMonthAbbrs are the abbreviations of those languages, read only
// between a day and a year as abbrMonths are (sv, da, nb, fi, el, hu, th
// without its dots, bg, sl, lt, lv, et, ca, ms, sw).
var moreMonthAbbrs = [12][]string{
	{"tammik", "ιαν", "มค", "яну", "saus", "jaan"},
	{"helmik", "φεβ", "กพ", "vas", "veebr"},
	{"maalisk", "mac", "márc", "μαρ", "มีค", "kov"},
	{"huhtik", "ápr", "απρ", "เมย", "bal"},
	{"toukok", "máj", "μαΐ", "μαϊ", "μαι", "พค", "geg"},
	{"kesäk", "jún", "ιουν", "มิย", "birž", "jūn"},
	{"heinäk", "júl", "ιουλ", "กค", "liep", "jūl"},
	{"elok", "αυγ", "สค", "rugp", "avg", "ag", "ogo"},
	{"syysk", "szept", "σεπ", "กย", "сеп", "rugs"},
	{"lokak", "οκτ", "ตค", "spal"},
	{"marrask", "νοε", "พย", "ное", "lapkr"},
	{"jouluk", "δεκ", "ธค", "gruod", "dets", "dis"},
}

// moreDateWords are the weekdays (CLDR's) and the little words of written
// dates in the languages of moreMonthNames, lower-cased, for dateWords:
// "ketvirtadienis, 2024 m. gegužės 16 d." is a date and nothing else.
const moreDateWords = `pondělí úterý středa čtvrtek pátek sobota neděle v hod
	pondelok utorok streda štvrtok piatok nedeľa o
	måndag tisdag onsdag torsdag fredag lördag söndag kl
	mandag tirsdag lørdag søndag
	maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai maanantaina tiistaina keskiviikkona torstaina perjantaina lauantaina sunnuntaina klo
	δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή δευτερα τριτη τεταρτη πεμπτη παρασκευη σαββατο κυριακη
	hétfő kedd szerda csütörtök péntek szombat vasárnap
	יום ראשון שני שלישי רביעי חמישי שישי שבת
	วันจันทร์ วันอังคาร วันพุธ วันพฤหัสบดี วันศุกร์ วันเสาร์ วันอาทิตย์ วันจันทร์ที่ วันอังคารที่ วันพุธที่ วันพฤหัสบดีที่ วันศุกร์ที่ วันเสาร์ที่ วันอาทิตย์ที่ วันที่ เวลา น พ.ศ
	понеделник вторник сряда четвъртък петък събота неделя
	понедељак уторак четвртак петак недеља ponedeljak utorak sreda četvrtak petak subota nedelja ponedjeljak srijeda nedjelja u
	ponedeljek torek četrtek petek ob
	pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis m d
	pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena gada
	esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev
	dilluns dimarts dimecres dijous divendres dissabte diumenge
	isnin khamis jumaat ahad pagi petang malam
	miyerkules huwebes biyernes sabado linggo
	সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার
	திங்கள் செவ்வாய் புதன் வியாழன் வெள்ளி சனி ஞாயிறு
	پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار
	jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili saa`

// wideDateLine reports whether t, longer than the 60 bytes of a date line
// alone, is no longer than 60 characters in a script of more than one
// byte a character that spaces its words: Thai, Bengali, Tamil
// ("วันพฤหัสบดีที่ 16 พฤษภาคม 2567 เวลา 10:30 น."), and Arabic, Persian,
// Cyrillic, whose letters and digits take two bytes ("الجمعة ٩ ذو القعدة
// ١٤٤٥ هـ الموافق ١٧ مايو ٢٠٢٤ م"). dateCovers still counts their
// words. Not in Chinese or Japanese: a line of their text with a digit
// is one word to dateCovers, "【看中国2005年07月03日报道】一九八九年四月，…"
// no date line.
func wideDateLine(t string) bool {
	if len(t) > 3*60 {
		return false
	}
	return utf8.RuneCountInString(t) <= 60 && !holdsCJK(t)
}

// greekPlain is a Greek word without its accents (tonos) and, with
// plainDiaeresis, without its diaeresis: capitals print "ΜΑΪΟΥ" or
// "ΜΑΙΟΥ" for "Μαΐου".
func greekPlain(s string, plainDiaeresis bool) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ά':
			return 'α'
		case 'έ':
			return 'ε'
		case 'ή':
			return 'η'
		case 'ί':
			return 'ι'
		case 'ό':
			return 'ο'
		case 'ύ':
			return 'υ'
		case 'ώ':
			return 'ω'
		case 'ΐ':
			r = 'ϊ'
		case 'ΰ':
			r = 'ϋ'
		}
		if plainDiaeresis && r == 'ϊ' {
			return 'ι'
		}
		if plainDiaeresis && r == 'ϋ' {
			return 'υ'
		}
		return r
	}, s)
}

// monthForms are the forms of a month name that wordMonths holds: the
// name, its letters of the Arabic script written either way
// (arabicLetterForms), a Greek name without its accents, a Bengali one
// with its য় either way, an Indic one without its joiners (which
// dateTokens drops) and with its letters of two spellings either way
// (indicSpellings).
func monthForms(n string) []string {
	n = joiners.Replace(n)
	forms := arabicLetterForms(n)
	for _, r := range indicSpellings {
		if o := r.Replace(n); o != n {
			forms = append(forms, o)
		}
	}
	if r, _ := utf8.DecodeRuneInString(n); r >= 'Ά' && r <= 'ώ' {
		forms = append(forms, greekPlain(n, false), greekPlain(n, true))
	}
	// Bengali's য় is one character or two (য and the nukta).
	if strings.Contains(n, "\u09df") {
		forms = append(forms, strings.ReplaceAll(n, "\u09df", "\u09af\u09bc"))
	} else if strings.Contains(n, "\u09af\u09bc") {
		forms = append(forms, strings.ReplaceAll(n, "\u09af\u09bc", "\u09df"))
	}
	return forms
}

// Thai pages count years in the Buddhist era, 543 years ahead of the
// Common Era: "16 พฤษภาคม 2567" is 16 May 2024. firstBEYear and
// lastBEYear bound the years read so, 1995 to 2099.
const (
	buddhistEra = 543
	firstBEYear = 1995 + buddhistEra
	lastBEYear  = 2099 + buddhistEra
)

// mayHoldThai reports whether s holds a character of the Thai block
// (U+0E00–0E7F: lead byte E0, then B8 or B9).
func mayHoldThai(s string) bool {
	for i := strings.IndexByte(s, 0xE0); i >= 0 && i+1 < len(s); {
		if c := s[i+1]; c == 0xB8 || c == 0xB9 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xE0)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// thaiDates writes a Thai text's dates as the other patterns read them:
// its years of the Buddhist era as Common Era ones ("2567" is "2024"),
// and its abbreviated months without their dots ("พ.ค." is "พค"). s's
// digits are ASCII ones already (foldDigits). Callers pass only texts
// that held a character of the Thai block before their digits were
// folded (mayHoldThai): "๐๕/๐๓/๒๕๖๗", in Thai digits alone, is Thai.
func thaiDates(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if n, _ := strconv.Atoi(s[i:j]); j-i == 4 && n >= firstBEYear && n <= lastBEYear {
				b.WriteString(strconv.Itoa(n - buddhistEra))
			} else if j-i == 2 && n >= firstBEYear%100 && afterThaiMonth(b.String()) && (j == len(s) || s[j] == ' ' || s[j] == ',') {
				// "5 มี.ค. 67": the Buddhist era's two-digit year
				// after its month, 2567.
				b.WriteString(strconv.Itoa(2500 + n - buddhistEra))
			} else {
				b.WriteString(s[i:j])
			}
			i = j
		case c == '.' && i > 0 && isThaiLetterBefore(s, i):
			i++ // "พ.ค." is "พค"
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// thaiMonths are the Thai month names and abbreviations (the latter
// without their dots, as thaiDates writes them).
var thaiMonths = func() map[string]bool {
	out := map[string]bool{}
	for i := range 12 {
		for _, n := range append(moreMonthNames[i], moreMonthAbbrs[i]...) {
			if mayHoldThai(n) {
				out[n] = true
			}
		}
	}
	return out
}()

// afterThaiMonth reports whether done, the text written so far, ends with
// a Thai month and a space.
func afterThaiMonth(done string) bool {
	t, ok := strings.CutSuffix(done, " ")
	if !ok {
		return false
	}
	return thaiMonths[t[strings.LastIndexByte(t, ' ')+1:]]
}

// thaiPage reports whether a page in lang (declared), on host when it
// declares none, or whose headline is title is Thai: its numeric dates
// may count the Buddhist era's years with no Thai letter beside them for
// thaiDates to know the era by ("<span class=date>04/03/2567 10:15</span>").
func thaiPage(lang, host, title string) bool {
	p := primaryTag(lang)
	return p == "th" || p == "" && strings.HasSuffix(host, ".th") || mayHoldThai(title)
}

// firstBENumeric and lastBENumeric bound the Buddhist-era years a Thai
// page's numeric dates are read in (buddhistNumeric): 2500 to 2600, 1957
// to 2057. The choice drops a day after the fetch (plausibleAt).
const (
	firstBENumeric = 2500
	lastBENumeric  = 2600
)

// buddhistNumeric writes the Buddhist-era year of the numeric dates in t,
// a Thai page's text (thaiPage), as the Common Era's: "04/03/2567 10:15"
// is "04/03/2024 10:15", "2567-03-04" is "2024-03-04". A year counts only
// joined to a digit by a date's separator ("/", "-", "."): "2567 baht" and
// "2567/" stay as they are. t is returned as it is when it holds none.
func buddhistNumeric(t string) string {
	if !strings.Contains(t, "25") && !strings.Contains(t, "2600") {
		return t // most blocks: no such year
	}
	var b []byte
	for i := 0; i < len(t); {
		if !asciiDigitAt(t, i) {
			i++
			continue
		}
		j := i
		for j < len(t) && asciiDigitAt(t, j) {
			j++
		}
		if j-i == 4 {
			n, _ := strconv.Atoi(t[i:j])
			joined := i >= 2 && isDateSep(t[i-1]) && asciiDigitAt(t, i-2) ||
				j+1 < len(t) && isDateSep(t[j]) && asciiDigitAt(t, j+1)
			if n >= firstBENumeric && n <= lastBENumeric && joined {
				if b == nil {
					b = []byte(t)
				}
				copy(b[i:j], strconv.Itoa(n-buddhistEra))
			}
		}
		i = j
	}
	if b == nil {
		return t
	}
	return string(b)
}

// asciiDigitAt reports whether t[i] is an ASCII digit.
func asciiDigitAt(t string, i int) bool { return t[i] >= '0' && t[i] <= '9' }

// isDateSep reports whether c separates a numeric date's fields.
func isDateSep(c byte) bool { return c == '/' || c == '-' || c == '.' }

// isThaiLetterBefore reports whether the character before s[i] is of the
// Thai block.
func isThaiLetterBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r >= 0x0E01 && r <= 0x0E4E
}

// reListopad is Croatian's October in its forms ("listopad", "listopada",
// "listopadu"), which the month table reads as November.
var reListopad = regexp.MustCompile(`(?i)\blistopad[a-z]*`)

// croatianOctober writes a Croatian page's October as a name the month
// table reads as October ("16. listopada 2024" is 16 October).
func croatianOctober(t string) string {
	if !hasFoldASCII(t, "listopad") {
		return t
	}
	return reListopad.ReplaceAllString(t, "oktobra")
}

// reMalayMonthFirst is Malay's "Mac" (March) or "Dis" (December) before a
// day, month first as Malaysian sites print it ("Mac 12, 2024 @
// 10:15am").
var reMalayMonthFirst = regexp.MustCompile(`(?i)\b(mac|dis) (\d)`)

// malayMonthFirst writes a Malay page's "Mac" and "Dis" before a day with
// the dot that lets monthFirstAbbr read an abbreviation that is also an
// English word as a month ("Mac 12, 2024" as "Mac. 12, 2024"): on a page
// in Malay they are its months.
func malayMonthFirst(t string) string {
	if !hasFoldASCII(t, "mac ") && !hasFoldASCII(t, "dis ") {
		return t
	}
	return reMalayMonthFirst.ReplaceAllString(t, "$1. $2")
}

// weekdayWords are the weekdays of the twenty languages of news, lower-
// cased (CLDR's, as dateparser has them).
var weekdayWords = func() map[string]bool {
	m := maps.Clone(weekdays) // the English ones
	for _, w := range weekdayFields(otherWeekdays) {
		m[w] = true
	}
	return m
}()

// weekdayFields are the words of s, a list of words whose spellings of
// one word are set apart by slashes ("п'ятниця/пʼятниця").
func weekdayFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '/' || unicode.IsSpace(r) })
}

// otherWeekday is the day of the week of each weekday in otherWeekdays,
// whose lines name Monday to Sunday, one day a field.
var otherWeekday = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for _, line := range strings.Split(otherWeekdays, "\n") {
		for i, day := range strings.Fields(line) {
			for _, w := range strings.Split(day, "/") {
				m[w] = time.Weekday((i + 1) % 7)
			}
		}
	}
	return m
}()

// otherWeekdays are the weekdays of the news languages past English, as
// CLDR writes them, lower-cased (Vietnamese "Thứ Ba" is two words; see
// topBarDay and dateWords), a language a line from Monday to Sunday, the
// spellings of one day set apart by slashes (weekdayFields). Ukrainian
// Friday is spelt with each of the apostrophes Ukrainian pages print:
// CLDR's "пʼятниця" (U+02BC), the typographic "п’ятниця" and the typed
// "п'ятниця"; Arabic Monday with and without its hamza; Nepali's
// weekdays in the spellings its papers print beside CLDR's ("बिहीबार",
// "बिहिबार").
const otherWeekdays = `lundi mardi mercredi jeudi vendredi samedi dimanche
	montag dienstag mittwoch donnerstag freitag samstag sonntag
	lunes martes miércoles jueves viernes sábado domingo
	lunedì martedì mercoledì giovedì venerdì sabato domenica
	segunda-feira terça-feira quarta-feira quinta-feira sexta-feira
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	понедельник вторник среда четверг пятница суббота воскресенье
	понеділок вівторок середа четвер п'ятниця/пʼятниця/п’ятниця субота неділя
	poniedziałek wtorek środa czwartek piątek sobota niedziela
	pazartesi salı çarşamba perşembe cuma cumartesi pazar
	senin selasa rabu kamis jumat sabtu minggu
	luni marți miercuri joi vineri sâmbătă duminică
	الاثنين/الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد
	دوشنبه سهشنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه
	सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार
	सोमबार मंगलबार/मङ्गलबार बुधबार बिहीबार/बिहिबार शुक्रबार शनिबार आइतबार/आईतबार
	সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার
	isnin selasa rabu khamis jumaat sabtu ahad
	jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili
	pondělí úterý středa čtvrtek pátek sobota neděle
	hétfő kedd szerda csütörtök péntek szombat vasárnap
	måndag tisdag onsdag torsdag fredag lördag söndag
	δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή`
