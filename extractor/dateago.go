package extractor

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Relative dates: "3 hours ago", "vor 2 Tagen", "há 2 horas". Live pages
// of news sites and social platforms print them beside the headline in
// place of a date; they give a day only against the time the page was
// fetched. They are the last resort of the choice (chooseDates), and are
// read only when the caller states that time (Options.FetchedAt): a page
// stored long ago and extracted today would be dated today.

// agoCand is a relative date the page shows: how long before the fetch,
// what the page says it is (kindPublished, kindModified or ""), and its
// position in the visible scan.
type agoCand struct {
	ago  time.Duration
	kind string
	pos  int
}

// maxAgo is the longest relative date read: "3 days ago" names a day,
// "2 months ago" does not.
const maxAgo = 7 * 24 * time.Hour

// agoUnits are the words of minutes, hours and days in the languages most
// common in news, in the forms that follow a number (CLDR's relative-time
// data, as dateparser has it).
var agoUnits = map[string]time.Duration{}

// agoWords are the other words of a relative date: "ago", "vor", "há",
// "hace", "il y a", "fa", "geleden", "назад", "önce", "yang lalu",
// "trước", "temu", "acum", "în urmă", "قبل", "پیش", "पहले", "전", "前".
var agoWords = map[string]bool{}

// agoFillers are words a relative date may hold beside those of
// agoWords, which alone make none.
var agoFillers = map[string]bool{}

func init() {
	for d, ws := range map[time.Duration]string{
		time.Minute: `minute minutes min mins minuten minuto minutos minuti minuut minuty minut minutę
			د минуту минуты минут мин хвилину хвилини хвилин хв dakika dk menit phút دقيقة دقائق دقیقه मिनट 분 分 分钟
			minutou minutami minútou minútami minuter minutter minutt minuutti minuuttia λεπτό λεπτά דקה דקות นาที
			минута минути minuta minuts`,
		time.Hour: `hour hours hr hrs h std stunde stunden hora horas heure heures ora ore uur u godzinę godziny godzin
			час часа часов ч годину години годин godz saat sa jam giờ ساعة ساعات س ساعت घंटे घंटा 시간 時間 小时 个小时 小時
			hodinou hodinami timme timmar time timer tunti tuntia ώρα ώρες שעה שעות ชั่วโมง ชม часа sat sata sati сат сата сати hores`,
		24 * time.Hour: `day days d tag tagen día días dia dias jour jours giorno giorni dag dagen dzień dni zi zile
			день дня дней дн дні днів gün hari ngày يوم أيام روز दिन 일 日 天
			dnem dny dňom dňami dagar dage dager päivä päivää ημέρα ημέρες μέρα μέρες יום ימים วัน ден дни dan dana дан дана dies`,
		// A week is the longest unit read (maxAgo): "1 week ago", "a
		// week ago", "vor einer Woche", "hace 1 semana", "1주 전", "1周前".
		7 * 24 * time.Hour: `week weeks wk woche wochen semana semanas semaine semaines settimana settimane tydzień hafta minggu tuần 주 周 週間
			týdnem týdny týždňom týždňami vecka veckor uge uger uke uker viikko viikkoa εβδομάδα εβδομάδες שבוע שבועות สัปดาห์ седмица седмици setmana setmanes`,
	} {
		for _, w := range strings.Fields(ws) {
			agoUnits[w] = d
		}
	}
	for _, w := range strings.Fields(`ago vor há ha hace il y a fa geleden назад тому önce yang lalu trước temu acum în urmă قبل منذ پیش पहले 전 前 之前 以前
		před pred sedan siden sitten πριν לפני ที่แล้ว преди prije pre пре`) {
		agoWords[w] = true
	}
	// Words that stand in a relative date without making one: Swedish
	// "för 3 timmar sedan", Danish and Norwegian "for 3 timer siden",
	// Greek "πριν από 3 ώρες"; "for 3 hours" alone is no date.
	for _, w := range strings.Fields(`för for από`) {
		agoFillers[w] = true
	}

}

// relativeAgo reads t when it is a relative date and nothing else: a
// number, a unit of agoUnits and the words of agoWords ("3 hours ago",
// "il y a 2 jours", "2 jam yang lalu"), or today or yesterday at a time
// of day (relativeDay). It reports how long ago, at most maxAgo.
func relativeAgo(t string) (time.Duration, bool) {
	d, ok := relativeSpan(t)
	return d, ok && d <= maxAgo
}

// relativeSpan is relativeAgo without its bound: "15 天前", "3 weeks ago"
// are read too.
func relativeSpan(t string) (time.Duration, bool) {
	// Forty letters; Thai's take three bytes each ("3 ชั่วโมงที่แล้ว").
	if len(t) > 40 && (len(t) > 80 || utf8.RuneCountInString(t) > 40) {
		return 0, false
	}
	if !hasDigit(t) {
		if d, ok := agoNow[t]; ok {
			return d, true // "just now", "gerade eben", "لحظاتی پیش"
		}
		if !wordAgo(t) {
			return 0, false
		}
	}
	toks := dateTokens(t) // read once, for relativeDay and below
	if d, ok := relativeDay(t, toks); ok {
		return d, true
	}
	if d, ok := compactAgo(t); ok {
		return d, true
	}
	n, unit, marked := -1, time.Duration(0), false
	for i, tok := range toks {
		switch {
		case tok.num >= 0:
			if n >= 0 || tok.width > 3 {
				return 0, false
			}
			n = tok.num
		case tok.s == "год" && tok.dot && n >= 0 && unit == 0:
			// Ukrainian "3 год. тому": "години" cut short; the word
			// without its dot is Russian for a year.
			unit = time.Hour
		case agoUnits[tok.s] != 0 || cjkAgo(tok.s) || agoBare[tok.s] != 0:
			if unit != 0 {
				return 0, false
			}
			if n < 0 {
				// "час назад", "منذ ساعتين": the unit stands for one
				// of itself, or two in Arabic's dual.
				if unit = agoBare[tok.s]; unit == 0 {
					return 0, false // the number comes first in every language here
				}
				n = 1
				break
			}
			if unit = agoUnits[tok.s]; unit == 0 {
				unit, marked = agoUnits[cjkAgoUnit(tok.s)], true // 3時間前, 3시간전
			}
		case n < 0 && agoOne[tok.s] && i+1 < len(toks) && agoUnits[toks[i+1].s] != 0:
			n = 1 // "an hour ago", "vor einem Tag", "il y a une heure"
		case agoWords[tok.s]:
			marked = true
		case agoFillers[tok.s]:
		case (tok.s == "واحد" || tok.s == "واحدة") && i > 0 && agoBare[toks[i-1].s] != 0:
			// "منذ يوم واحد", "منذ ساعة واحدة": Arabic may name the one of
			// a bare unit after it.
		default:
			return 0, false
		}
	}
	if n < 0 || unit == 0 || !marked {
		return 0, false
	}
	return time.Duration(n) * unit, true
}

// compactAgo reads t when it is a number and a unit's letter and nothing
// else, as social platforms and their embeds print a post's age beside
// its author ("Jane Doe · 3h", "2d", "45m", "1w"): lower-case, the
// letter against the number, at most maxAgo.
func compactAgo(t string) (time.Duration, bool) {
	if len(t) < 2 || len(t) > 3 {
		return 0, false
	}
	var unit time.Duration
	switch t[len(t)-1] {
	case 'm':
		unit = time.Minute
	case 'h':
		unit = time.Hour
	case 'd':
		unit = 24 * time.Hour
	case 'w':
		unit = 7 * 24 * time.Hour
	}
	n := 0
	for _, c := range []byte(t[:len(t)-1]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = 10*n + int(c-'0')
	}
	d := time.Duration(n) * unit
	return d, unit != 0 && d <= maxAgo
}

// dayWords are the words of today (0), yesterday (1) and the day before
// yesterday (2) in the languages most common in news (CLDR's relative-day
// forms), as live pages print them with the time of day in place of this
// week's dates: "Вчера в 14:30", "Yesterday at 3:15 PM", "heute, 14:30
// Uhr", "Hier à 14h30", "Bugün 14:30", "昨天 14:30", "前天 10:15". Two-word
// forms are written with a space between their tokens ("hôm qua",
// "aujourd'hui"). Hindi's कल is yesterday and tomorrow alike, and is left
// out.
var dayWords = map[string]int{}

// dayTimeWords may stand around the time of day after a day word: "at",
// "um", "à", "a las", "às", "alle ore", "в", "о", "om", "o godz.", "lúc",
// "pukul", "saat", and the time's own marks ("Uhr", "h", "AM", "WIB",
// "MSK").
var dayTimeWords = map[string]bool{}

func init() {
	for days, ws := range []string{
		`today heute aujourd|hui hoy hoje oggi сегодня dzisiaj dziś bugün vandaag hari|ini сьогодні azi astăzi hôm|nay اليوم امروز आज 今天 今日 오늘`,
		`yesterday gestern hier ayer ontem ieri вчера wczoraj dün gisteren kemarin вчора hôm|qua أمس امس دیروز 昨天 昨日 어제`,
		`vorgestern anteayer anteontem позавчера позавчора przedwczoraj eergisteren 前天 그저께`,
	} {
		for _, w := range strings.Fields(ws) {
			dayWords[strings.ReplaceAll(w, "|", " ")] = days
		}
	}
	for _, w := range strings.Fields(`a an one ein eine einer einem einen un une una uno um uma een o bir`) {
		agoOne[w] = true
	}
	for _, w := range strings.Fields(`at um à a las la às alle ore в о om o godz lúc pukul saat في ساعت ساعة
		uhr h am pm a p m wib wita wit msk мск gmt utc et est edt bst cet cest ist`) {
		dayTimeWords[w] = true
	}
}

// agoOne are the words for one, and the articles that stand for it,
// before a unit of a relative date, as timeago libraries (moment.js,
// dayjs, timeago.js) print the first of each unit in the languages here:
// "an hour ago", "a day ago", "vor einer Stunde", "vor einem Tag", "il y
// a une heure", "hace un día", "há uma hora", "un'ora fa", "een uur
// geleden", "acum o oră", "bir saat önce".
var agoOne = map[string]bool{}

// agoBare are the units that stand for one of themselves without a
// number, as Russian, Ukrainian, Polish and Arabic write the first of
// each ("час назад", "godzinę temu", "منذ ساعة"), and Arabic's duals, two of them ("منذ ساعتين").
var agoBare = map[string]time.Duration{
	"час": time.Hour, "минуту": time.Minute, "день": 24 * time.Hour,
	"годину": time.Hour, "хвилину": time.Minute,
	"godzinę": time.Hour, "minutę": time.Minute, // Polish: "godzinę temu"
	"ساعة": time.Hour, "دقيقة": time.Minute, "يوم": 24 * time.Hour,
	"ساعتين": 2 * time.Hour, "دقيقتين": 2 * time.Minute, "يومين": 48 * time.Hour,
	"hodinou": time.Hour, "minutou": time.Minute, "dnem": 24 * time.Hour, // Czech: "před hodinou"
	"dňom": 24 * time.Hour, "minútou": time.Minute, // Slovak: "pred hodinou"
	"שעה": time.Hour, "דקה": time.Minute, "יום": 24 * time.Hour, // Hebrew: "לפני שעה"
	"שעתיים": 2 * time.Hour, "יומיים": 48 * time.Hour, // and its duals, "לפני יומיים"
	"tunti": time.Hour, "päivä": 24 * time.Hour, // Finnish: "tunti sitten"
}

// agoNow are the phrases of "just now" and "a few minutes ago" that live
// pages print in place of a fresh story's age, in the languages of
// agoUnits, with the time they stand for; keyed as written, in lower
// case, capitalised and in capitals, so that a text is looked up as it
// stands, without folding it. Chinese "刚刚" (just now) is left out: a
// portal's info line "刚刚 来源：江城日报" is read as undated
// (TestChineseInfoForms).
var agoNow = map[string]time.Duration{}

func init() {
	for d, ws := range map[time.Duration]string{
		0:               `just now|moments ago|a moment ago|gerade eben|soeben|à l'instant|à l’instant|hace un momento|agora mesmo|agora há pouco|poco fa|proprio ora|только что|przed chwilą|az önce|baru saja|vừa xong|vừa mới|たった今|방금|방금 전|щойно|chiar acum|منذ لحظات|لحظاتی پیش|همین الان|अभी|अभी अभी|zojuist|net geplaatst`,
		5 * time.Minute: `a few minutes ago|vor wenigen Minuten|vor ein paar Minuten|il y a quelques minutes|hace unos minutos|hace pocos minutos|há poucos minutos|há alguns minutos|pochi minuti fa|несколько минут назад|kilka minut temu|birkaç dakika önce|beberapa menit yang lalu|vài phút trước|数分前|몇 분 전|кілька хвилин тому|acum câteva minute|منذ دقائق|قبل دقائق|دقایقی پیش|कुछ मिनट पहले|enkele minuten geleden|een paar minuten geleden`,
	} {
		for _, w := range strings.Split(ws, "|") {
			r, size := utf8.DecodeRuneInString(w)
			for _, k := range []string{w, strings.ToLower(w), string(unicode.ToUpper(r)) + w[size:], strings.ToUpper(w)} {
				agoNow[k] = d
			}
		}
	}
}

// agoMarks are the words of agoWords as they stand in a text, looked for
// before a text without digits is split into words: most such texts are
// no relative date.
var agoMarks = []string{"ago", "vor ", "il y a", "hace", "há ", " fa", "geleden", "назад", "тому", "önce", "lalu", "trước", "temu", "acum", "منذ", "قبل", "پیش", "पहले",
	"před", "pred ", "sedan", "siden", "sitten", "πριν", "לפני", "ที่แล้ว", "преди", "prije", "pre "}

// wordAgo reports whether t, a text without digits, may be a relative
// date whose number is a word ("an hour ago", "час назад").
func wordAgo(t string) bool {
	for _, m := range agoMarks {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// relativeDay reads t, whose dateTokens are toks, when it is today or
// yesterday at a time of day and nothing else ("вчера, 14:30", "Today at
// 10:15 AM"): how long before the fetch its day is, 0 or a day. A day
// word without its time of day is not read: "Today" alone names a section
// as often as a date.
func relativeDay(t string, toks []dateToken) (time.Duration, bool) {
	if len(toks) < 3 {
		return 0, false
	}
	days, ok := dayWords[toks[0].s]
	rest := toks[1:]
	if !ok && len(toks) > 3 {
		days, ok = dayWords[toks[0].s+" "+toks[1].s]
		rest = toks[2:]
	}
	if !ok {
		return 0, false
	}
	var nums []int
	for _, tok := range rest {
		switch {
		case tok.num >= 0 && tok.width <= 2:
			nums = append(nums, tok.num)
		case tok.num < 0 && dayTimeWords[tok.s]:
		default:
			return 0, false
		}
	}
	if hasEasternDigits(t) {
		t = foldDigits(t) // "دیروز ۱۰:۲۰"
	}
	if len(nums) != 2 || nums[0] > 23 || nums[1] > 59 || !reTimeOfDay.MatchString(t) {
		return 0, false
	}
	return time.Duration(days) * 24 * time.Hour, true
}

// reTimeOfDay is a time of day, its hour and minutes apart by a colon or
// an "h" ("14:30", "14h30").
var reTimeOfDay = regexp.MustCompile(`\d{1,2}\s?[:h]\s?\d{2}`)

// cjkAgo reports whether w is a unit and 前 ("ago") in one word, as
// Chinese and Japanese write them after the number: "3時間前", "2天前";
// or Korean 전, as portals run it into its unit: "3시간전", "2일전".
func cjkAgo(w string) bool {
	return agoUnits[cjkAgoUnit(w)] != 0
}

// cjkAgoUnit is w, a word of cjkAgo, without its 前 or 전; "" when it has
// neither.
func cjkAgoUnit(w string) string {
	if u, ok := strings.CutSuffix(w, "前"); ok {
		return u
	}
	if u, ok := strings.CutSuffix(w, "전"); ok {
		return u
	}
	if u, ok := strings.CutSuffix(w, "ที่แล้ว"); ok {
		return u // Thai "3 ชั่วโมงที่แล้ว"
	}
	return ""
}

// ago records a relative date of kind read in the block at the scan's
// position.
func (s *scanner) ago(t, kind string) bool {
	d, ok := relativeSpan(strings.TrimSpace(t))
	switch {
	case !ok:
		return false
	case d > maxAgo:
		return s.titledAgo(kind)
	}
	s.addAgo(d, kind)
	return true
}

// titledAgo records, of kind, the date in the tooltip of the relative date
// being read (titledDate) when the relative date is too far back to name a
// day itself (more than maxAgo: "15 天前", "3 weeks ago"), as timeago
// scripts print it over the instant they keep in the element's title. It
// reports whether it found one.
func (s *scanner) titledAgo(kind string) bool {
	w, ok := s.titledDate()
	if ok {
		s.v.dates = append(s.v.dates, dateCand{w: w, kind: kind, src: "visible-text", pos: s.pos, aside: s.aside})
	}
	return ok
}

// maxAgoWords is the most words of a relative date that agoLead reads
// ("vor 3 Stunden", "il y a 2 heures", "2 hours ago").
const maxAgoWords = 5

// agoLead records the relative date of kind that t is or opens with,
// the text of the elements after it following: "2 hours ago 1234" where
// a view counter follows the byline's "Updated 2 hours ago". The longest
// such start is read.
func (s *scanner) agoLead(t, kind string) bool {
	f := strings.Fields(t)
	for k := min(len(f), maxAgoWords); k >= 2; k-- {
		if s.ago(strings.Join(f[:k], " "), kind) {
			return true
		}
	}
	return false
}

// addAgo records relative date d of kind.
func (s *scanner) addAgo(d time.Duration, kind string) {
	if w, ok := s.titledDate(); ok {
		s.v.dates = append(s.v.dates, dateCand{w: w, kind: kind, src: "visible-text", pos: s.pos, aside: s.aside})
		return
	}
	s.v.ago = append(s.v.ago, agoCand{ago: d, kind: kind, pos: s.pos})
}

// maxTitledElements bounds the elements of a block looked through for a
// titled date.
const maxTitledElements = 16

// titledDate is the date that the element of the block being read (s.node)
// holds in the tooltip of its relative date: Discuz's "发表于 <span
// title="2024-5-16 10:21:33">5 天前</span>", jQuery timeago's "<abbr
// class=timeago title="2024-05-16T10:21:33Z">3 days ago</abbr>", or in
// the attribute a script reads to write the relative date and keep it
// fresh (stampAttrs: "<span data-timestamp="1709634600">5 hours
// ago</span>", livestamp's data-livestamp). The tooltip or the stamp is
// the day itself, the text only its distance from the fetch.
func (s *scanner) titledDate() (when, bool) {
	if s.node == nil {
		return when{}, false
	}
	seen := 0
	t := ""
	walk(s.node, func(c *html.Node) bool {
		if t != "" || seen >= maxTitledElements {
			return false
		}
		if c.Type == html.ElementNode {
			seen++
			if v := attr(c, "title"); len(v) >= 8 && len(v) <= 40 && hasYearOrEpoch(v) {
				t = v
				return false
			}
			for _, a := range c.Attr {
				if len(a.Val) >= 8 && len(a.Val) <= 40 && slices.Contains(stampAttrs, a.Key) && hasYearOrEpoch(a.Val) {
					t = a.Val
					return false
				}
			}
		}
		return true
	})
	if t == "" || !dateCovers(t) {
		return when{}, false
	}
	return parseDate(t, s.dayFirst)
}

// stampAttrs are the attributes that relative-date scripts (timeago
// plugins, livestamp, Facebook's abbr) read the instant from: an ISO date
// or a Unix epoch.
var stampAttrs = []string{"data-timestamp", "data-time", "data-datetime", "data-date", "data-livestamp", "data-utime"}

// agoSegment records the first relative date among the segments of a
// meta line ("By Jane Doe | 3 hours ago"), or the one that closes a
// byline after a comma, as a date does ("By Jane Doe, 3 hours ago",
// creditTailDate).
func (s *scanner) agoSegment(t string) {
	for _, seg := range reDateSep.Split(t, -1) {
		if s.ago(seg, "") {
			return
		}
	}
	if i := strings.LastIndexByte(t, ','); i >= 0 && s.ago(t[i+1:], "") {
		return
	}
	// "Por Juan Pérez hace 2 días", "Por João Silva há 2 dias": the
	// relative date closes the byline without a comma, in its last three
	// or four words.
	f := strings.Fields(t)
	for k := 3; k <= 4 && k < len(f); k++ {
		if s.ago(strings.Join(f[len(f)-k:], " "), "") {
			return
		}
	}
}

// isMetaSep reports whether r separates the fields of a meta line
// without spaces around it, as reMetaSep does.
func isMetaSep(r rune) bool { return r == '•' || r == '·' || r == '|' }

// metaSpacedSeps separate the fields of a meta line with spaces around
// them, as reDateSep reads them: "Por João Silva — há 2 dias".
var metaSpacedSeps = []string{" - ", " – ", " — ", " // ", " / "}

// hasMetaSep reports whether t holds a separator of reDateSep: a bar or a
// middle dot (isMetaSep), or one of metaSpacedSeps.
func hasMetaSep(t string) bool {
	return strings.ContainsFunc(t, isMetaSep) || slices.ContainsFunc(metaSpacedSeps, func(sep string) bool { return strings.Contains(t, sep) })
}

// commaByline is t, a meta line that sets a dated byline's date and its
// byline apart with a comma, with a bar in place of that comma, so that
// it reads as "date | byline" does: the byline after the date, opened by
// its preposition ("16 Mei 2024, Oleh Budi Santoso", "١٦ مايو ٢٠٢٤، بقلم
// أحمد علي"), or a Korean reporter's credit before it ("김철수 기자,
// 2024.05.16 10:21"). It is "" for any other line: a comma is a date's
// own ("May 16, 2024") and a list's.
func commaByline(t string) string {
	for i := 0; i < len(t); {
		j := strings.Index(t[i:], ", ")
		k := strings.Index(t[i:], "، ")
		if j < 0 || k >= 0 && k < j {
			j = k
		}
		if j < 0 {
			return ""
		}
		j += i
		sep := 2
		if t[j] != ',' {
			sep = len("، ")
		}
		lead, rest := strings.TrimSpace(t[:j]), strings.TrimSpace(t[j+sep:])
		if (mayBePrepositionByline(rest) || matchesByStart(rest)) && dateSized(lead) && dateCovers(lead) ||
			koreanReporterTitleSet[lead[strings.LastIndexByte(lead, ' ')+1:]] && dateSized(rest) && dateCovers(rest) {
			return lead + " | " + rest
		}
		i = j + sep
	}
	return ""
}

// koreanCreditDated is t, a Korean reporter's credit and the date after
// it without a separator ("김철수 기자 2024.05.16 10:21", "김철수 기자
// kim@example.co.kr 2024.05.16 10:21"), with a bar between them and
// without the address, as commaByline sets one; "" for any other line.
func koreanCreditDated(t string) string {
	// "김철수 기자 kim@example.co.kr 2024.05.16 10:21": the reporter's
	// address after the title, its digits no date's.
	from := 0
	if at := strings.IndexByte(t, '@'); at > 0 {
		if sp := strings.IndexByte(t[at:], ' '); sp > 0 {
			from = at + sp
		}
	}
	i := strings.IndexAny(t[from:], "0123456789")
	if i < 0 || from+i == 0 {
		return ""
	}
	i += from
	lead, rest := strings.TrimSpace(t[:i]), t[i:]
	if from > 0 {
		lead = reTrailingEmail.ReplaceAllString(lead, "")
	}
	if koreanReporterTitleSet[lead[strings.LastIndexByte(lead, ' ')+1:]] && dateSized(rest) && dateCovers(rest) {
		return lead + " | " + rest
	}
	return ""
}

// koreanReporterTitleSet holds the words of koreanReporterTitles.
var koreanReporterTitleSet = setOf(strings.Split(koreanReporterTitles, "|")...)

// metaSegments splits t, a meta line without a year, into its fields at
// the separators of reDateSep, without the regexp: "Jane Doe | 3 hours
// ago", "Par Jean Dupont — il y a 2 jours".
func metaSegments(t string) []string {
	segs := strings.FieldsFunc(t, isMetaSep)
	for _, sep := range metaSpacedSeps {
		if !strings.Contains(t, sep) {
			continue
		}
		var split []string
		for _, seg := range segs {
			split = append(split, strings.Split(seg, sep)...)
		}
		segs = split
	}
	return segs
}

// agoDate is the date a relative date near the headline gives on a page
// fetched at fetched: the day of fetched less the relative time, of the
// publication (one not called an update) or, when update is set, of the
// update ("Updated 3 hours ago"). Only the day is claimed, as the page
// states no more: the day in zone, the page's (zoneGuess), else in UTC. A
// Chinese page fetched at 20:00 UTC is read at 04:00 the next day in
// Beijing, where "2小时前" and "昨天 14:22" are counted.
func (v *visible) agoDate(fetched time.Time, zone *time.Location, update bool) (dateCand, bool) {
	if zone == nil {
		zone = time.UTC
	}
	for _, a := range v.ago {
		if (a.kind == kindModified) != update {
			continue
		}
		if v.inDateWindow(a.pos) {
			t := fetched.In(zone).Add(-a.ago)
			kind := kindPublished
			if update {
				kind = kindModified
			}
			return dateCand{w: when{t: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)}, kind: kind, src: "relative-text", pos: a.pos}, true
		}
	}
	return dateCand{}, false
}

// classedTitleDate is the date in the tooltip of an element of n that the
// page calls a date ("<span class=post-date title="Wednesday, December
// 12, 2018">Dec 12</span>", "<a class="ribbon date" title="12th December
// 2018">"), as htmldate reads it, and that element.
func (s *scanner) classedTitleDate(n *html.Node) (*html.Node, when, bool) {
	seen := 0
	var found *html.Node
	walk(n, func(c *html.Node) bool {
		if found != nil || seen >= maxTitledElements {
			return false
		}
		if c.Type == html.ElementNode {
			seen++
			t := attr(c, "title")
			if len(t) >= 8 && len(t) <= 60 && strings.Contains(strings.ToLower(classID(c)), "date") && hasYearOrEpoch(t) && dateCovers(t) {
				found = c
			}
		}
		return true
	})
	if found == nil {
		return nil, when{}, false
	}
	w, ok := parseDate(attr(found, "title"), s.dayFirst)
	return found, w, ok
}
