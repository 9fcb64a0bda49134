package extractor

import (
	"regexp"
	"strings"
)

// Blogs and news templates put the reading time on the meta line beside
// the byline and the date: "Jane Doe · May 16, 2024 · 3 min read",
// "12. Mai 2024 | Lesezeit: 4 Min.", "5 min de lecture". It is neither a
// name nor a date, and the line it stands on is furniture all the same.

// reReadingTime is a reading time in one of the languages most common in
// news, with the separator before it when it is not the line's start.
var reReadingTime = regexp.MustCompile(`(?i)(?:^|\s*[•·|,–—-]\s*|\s+)(?:` +
	// A number before the words: "3 min read", "5 minute read", "4 Min.
	// Lesezeit", "5 min de lecture", "3 min de lectura", "2 min di
	// lettura", "6 min leestijd", "3 min czytania", "5 мин чтения", "5
	// хв читання", "4 dk okuma", "3 menit baca", "5 phút đọc".
	`\d{1,3}\s*(?:-\s*)?(?:min(?:ute)?s?\.?|minuten|minutos|minuti|minutes|мин(?:ут[аы]?)?\.?|хв(?:илин[иа]?)?\.?|dk\.?|dakika|menit|phút)\s+(?:read|reading|lesezeit|lesedauer|de\s+lecture|de\s+lectura|de\s+leitura|di\s+lettura|leestijd|czytania|чтения|читання|okuma|okuma\s+süresi|baca|membaca|đọc|de\s+citit|read\s+time)` +
	`|` +
	// A label before the number: "Reading time: 3 min", "Lesezeit: 4
	// Min.", "Temps de lecture : 5 min", "Tiempo de lectura: 3 minutos",
	// "Leestijd: 6 minuten", "Время чтения: 5 мин", and French "Lecture
	// 5 min." as Le Monde's template sets it after the byline.
	`(?:reading\s+time|read\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|lecture|tiempo\s+de\s+lectura|tempo\s+de\s+leitura|tempo\s+di\s+lettura|leestijd|czas\s+czytania|время\s+чтения|час\s+читання|okuma\s+süresi|waktu\s+baca|thời\s+gian\s+đọc|timp\s+de\s+citire)\s*:?\s*(?:ca\.\s*|~\s*)?\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti|мин(?:ут[аы]?)?|хв(?:илин[иа]?)?|dakika|menit|phút)\.?` +
	`)\s*$|^\s*(?:阅读时间|閱讀時間|读完需要|读完约需|阅读需要|読了時間|읽는\s*시간)\s*[:：]?\s*(?:约|約)?\s*\d{1,3}\s*(?:分钟|分鐘|分|분)\s*$`)

// cutReadingTime removes the reading time that closes t, the meta line it
// is read from: "Jane Doe · May 16, 2024 · 3 min read" becomes "Jane Doe
// · May 16, 2024"; a line that is only a reading time becomes "".
func cutReadingTime(t string) string {
	// The reading time closes the line: only its last bytes are looked at
	// before the expression runs ("min" alone is in many words).
	tail := t[max(0, len(t)-readingTimeTail):]
	if !hasDigit(tail) || !mayHoldReadingTime(tail) || isASCII(t) && !asciiReadingWords(t) {
		return t
	}
	if loc := reReadingTime.FindStringIndex(t); loc != nil {
		return strings.TrimSpace(t[:loc[0]])
	}
	return t
}

// readingTimeTail is how many bytes of a line's end hold its reading time,
// its label or its number first: "Temps de lecture : ca. 12 minutes" is
// 35, "Время чтения: 5 минут" 36.
const readingTimeTail = 64

// mayHoldReadingTime is the cheap test before the expression: a unit every
// form above holds ("Lesezeit: 4 Min." and "Leestijd: 6 minuten" hold
// "min").
func mayHoldReadingTime(t string) bool {
	return hasFoldASCII(t, "min") || hasFoldASCII(t, "dk") || hasFoldASCII(t, "dakika") ||
		strings.Contains(t, "мин") || strings.Contains(t, "хв") || strings.Contains(t, "phút") || strings.Contains(t, "menit") ||
		strings.Contains(t, "分") || strings.Contains(t, "분")
}

// asciiReadingWords reports whether t, ASCII text, holds a word that
// every form of reReadingTime an ASCII text can take holds: the verb or
// the label ("read", "Lesezeit", "lecture", "leitura", "lettura",
// "leestijd", "czytania", "okuma", "baca", "citit"). Most lines with a
// number and "min" are none ("Posted by admin on 3 May"), and the
// expression, unanchored, costs a hundred times the look. Only ASCII
// text: under (?i) a k or an s matches non-ASCII letters too (the Kelvin
// sign, the long s), and the other scripts' words are not looked for.
func asciiReadingWords(t string) bool {
	return hasFoldASCII(t, "read") || hasFoldASCII(t, "lese") || hasFoldASCII(t, "lectur") || hasFoldASCII(t, "leitura") || hasFoldASCII(t, "lettura") ||
		hasFoldASCII(t, "leestijd") || hasFoldASCII(t, "czytania") || hasFoldASCII(t, "okuma") || hasFoldASCII(t, "baca") || hasFoldASCII(t, "citi")
}

// minuteUnits are the units of a reading time written without its verb,
// as Hugo's PaperMod theme and others set it between the date and the
// name: "May 3, 2024 · 5 min · Jane Doe".
var minuteUnits = setOf("min", "min.", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "мин", "мин.")

// readingTimeSegment reports whether seg, a segment of a meta line, is
// a reading time and nothing else: "5 min read", "Lesezeit: 4 Min.", "5
// min".
func readingTimeSegment(seg string) bool {
	if !hasDigit(seg) {
		return false
	}
	if f := strings.Fields(seg); len(f) == 2 && len(f[0]) <= 3 && strings.Trim(f[0], "0123456789") == "" && minuteUnits[strings.ToLower(f[1])] {
		return true
	}
	return cutReadingTime(seg) == ""
}

// wordCountUnits are the words of a post's word count, as Hugo's PaperMod
// theme sets it beside the reading time in its languages: "412 words",
// "412 Wörter", "412 mots", "412 palabras", "412 parole", "412 woorden",
// "412 palavras", "412 słów", "412 слов", "412 字".
var wordCountUnits = setOf("words", "word", "wörter", "mots", "palabras", "parole", "woorden", "palavras", "słów", "слов", "слова", "字")

// wordCountSegment reports whether seg, a segment of a meta line, is a
// post's word count and nothing else: "412 words", "1,234 words".
func wordCountSegment(seg string) bool {
	f := strings.Fields(seg)
	return len(f) == 2 && len(f[0]) <= 7 && hasDigit(f[0]) && strings.Trim(f[0], "0123456789,.") == "" && wordCountUnits[strings.ToLower(f[1])]
}
