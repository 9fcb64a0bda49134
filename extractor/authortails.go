package extractor

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What a byline sets around a writer's name that is not the name: a
// newsroom's collective word, the paper, the place filed from or the
// employer after a dash, a date's label, an Arabic correspondent's place
// before the name. authors.go, authorsite.go and the author choice cut
// them with these.

// collectiveWords end a byline that names a newsroom rather than a person
// ("Aidoc Staff", "Everfit Team", "Newsdesk").
var collectiveWords = setOf("staff", "team", "editors", "editorial", "newsroom", "newsdesk", "desk", "reporters", "writers", "contributors", "contributor", "admin", "bureau",
	"redaktion", "autoren", "rédaction", "redacción", "redação", "redazione", "redactie", "redakcja")

// paperArticles are the definite articles that open a paper's name in the
// languages most common in news ("The Times", "Le Monde", "El País", "Il
// Sole 24 Ore", "Die Zeit", "De Standaard", "O Globo").
var paperArticles = setOf("The", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Der", "Die", "Das", "De", "Het", "O", "Os")

// paperAfterDash reports whether tail, what a dash sets after a writer's
// name, is a publication: an article, then one to four capitalised
// words, a place's particle between two of them ("The Times of India",
// "Le Journal de Montréal"). After a dash no co-author stands, so "Le" is
// the article here, not a Vietnamese family name as it may be after a
// comma.
func paperAfterDash(tail string) bool {
	f := strings.Fields(tail)
	if len(f) < 2 || len(f) > 5 || !paperArticles[f[0]] || collectiveWords[strings.ToLower(f[len(f)-1])] {
		return false
	}
	for i, w := range f[1:] {
		if placeParticles[w] && i > 0 && i < len(f)-2 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// placeParticles are the little words inside the names of places, in
// lower case between capitalised words: "Rio de Janeiro", "Ciudad de
// México", "Frankfurt am Main", "Mar del Plata", "Castiglione della
// Pescaia". An Italian paper after a dash ("di Marco Rossi - Corriere
// della Sera") reads as a place so and is cut alike.
var placeParticles = setOf("de", "do", "da", "dos", "das", "del", "della", "delle", "dello", "degli", "la", "el", "am", "an", "upon", "on", "sur", "di", "of")

// placeAfterDash reports whether tail, what a dash sets after head, a
// full name, is the place the writer files from: two to four words, the
// first capitalised and not a common given name, the others capitalised
// or a place's particle ("Por João Silva — Rio de Janeiro", "By Jane Doe
// — New York"). A co-author after the dash opens with a given name ("Jane
// Doe – John Roe"); a single word is affiliation's; a team ("The Example
// Team", "Editorial Staff") is the byline's own author, which
// dropNewsroomCredits and the choice weigh.
func placeAfterDash(head, tail string) bool {
	f := strings.Fields(tail)
	if len(f) < 2 || len(f) > 4 || f[0] == "The" || collectiveWords[strings.ToLower(f[len(f)-1])] ||
		startsWithGivenName(tail) || !capitalisedWords(head, 2, 3) {
		return false
	}
	for i, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && (i == 0 || i == len(f)-1 || !placeParticles[w]) {
			return false
		}
	}
	return true
}

// vietnameseFamilyNames are the family names most Vietnamese carry; a
// Vietnamese name opens with one of them.
var vietnameseFamilyNames = setOf("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý")

// vietnameseNames reports whether head and tail, what stands either side
// of a byline's dash, are both Vietnamese full names: two to four
// capitalised syllables opening with a Vietnamese family name. Vietnamese
// news sites join co-authors so ("Nguyễn Văn An - Trần Thị Bình"); no
// place's name opens with a family name.
func vietnameseNames(head, tail string) bool {
	for _, s := range []string{head, tail} {
		f := strings.Fields(s)
		if len(f) < 2 || len(f) > 4 || !vietnameseFamilyNames[f[0]] || !capitalisedWords(s, 2, 4) {
			return false
		}
	}
	return true
}

// dashedNames reports whether s is two to four full names that spaced
// dashes d join: each two or three capitalised words that open with a
// common given name (startsWithGivenName), as "Jane Doe - John Roe" in an
// author <meta>. What a dash sets after one name otherwise, a tagline
// ("Staff Writer"), a paper, a place or a team, opens with no given name
// (placeAfterDash, paperAfterDash, taglineAfterDash read those).
func dashedNames(s, d string) bool {
	parts := strings.Split(s, d)
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		f := strings.Fields(p)
		if !capitalisedWords(p, 2, 3) || !startsWithGivenName(p) || collectiveWords[strings.ToLower(f[len(f)-1])] {
			return false
		}
	}
	return true
}

// cutVietnameseReporter cuts "PV", Vietnamese news sites' abbreviation of
// "phóng viên" (reporter), from before a name: "PV Nguyễn Văn An", "PV.
// Minh Đức", "PV: Hà Anh". The name after it must be spelled in
// Vietnamese (vietnameseSpelled): an Indian byline's initials ("PV
// Sindhu") are part of the name, and so are they before a Spanish one
// ("PV Ramírez").
func cutVietnameseReporter(p string) string {
	after, ok := cutReporterSign(p)
	if !ok || after == p || !capitalisedWords(after, 1, 4) || !vietnameseSpelled(after) {
		return p
	}
	return after
}

// cutReporterSign is line without the Vietnamese reporter's credit that
// opens it, "PV" (phóng viên) or "Nhóm PV" (the reporters' team), with a
// full stop or colon after it ("PV. Minh Đức", "Nhóm PV: Nguyễn Văn An,
// Trần Thị Bình"), and whether it opens so. Nothing stays of a credit
// that names no one ("Nhóm PV").
func cutReporterSign(line string) (string, bool) {
	for _, label := range []string{"Nhóm PV", "PV"} {
		rest, ok := strings.CutPrefix(line, label)
		if !ok {
			continue
		}
		if rest = strings.TrimLeft(rest, ".:"); rest == "" || rest[0] == ' ' {
			return strings.TrimSpace(rest), true
		}
	}
	return line, false
}

// vietnameseSpelled reports whether s holds a letter outside ASCII and
// every letter of it is one of the Vietnamese alphabet's: the tone marks
// and the letters of quốc ngữ (ă, â, đ, ê, ô, ơ, ư), no f, j, w or z. A
// Vietnamese name is so spelled; a Spanish or German one ("Ramírez",
// "Müller") is not.
func vietnameseSpelled(s string) bool {
	marked := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if strings.ContainsRune("fjwzFJWZ", r) {
				return false
			}
		case r >= 0x1EA0 && r <= 0x1EF9 || strings.ContainsRune("àáãăâèéêìíĩòóõôơùúũưýđ", unicode.ToLower(r)):
			marked = true
		case unicode.IsLetter(r):
			return false
		}
	}
	return marked
}

// cutContributedSentence cuts the sentence a byline sets after the
// writer's name for those who helped: "By Jane Doe. Sam Poe contributed
// reporting.", "… John Roe contributed to this report.", "By Jane Doe; Sam
// Poe contributed reporting." The helpers did not write the piece.
func cutContributedSentence(s string) string {
	// "By Jane Doe<br>Contributing: Sam Poe" (its lines joined by a
	// comma), USA Today's and its regional papers' credit of helpers:
	// the label and all after it.
	if i := strings.Index(s, "Contributing:"); i > 0 {
		return strings.TrimRight(s[:i], " ,;")
	}
	i := strings.Index(s, " contributed")
	if i < 0 {
		return s
	}
	// The full stop must end a sentence, not an initial ("Jane Q. Doe").
	if j := strings.LastIndex(s[:i], ". "); j > 1 && s[j-2] != ' ' {
		return s[:j]
	}
	// "By Jane Doe; Sam Poe contributed reporting.", "By Jane Doe, Sam
	// Poe contributed reporting": a semicolon or a comma sets the helpers
	// apart as a full stop does.
	for _, sep := range []string{"; ", ", "} {
		if j := strings.LastIndex(s[:i], sep); j > 0 {
			return s[:j]
		}
	}
	return s
}

// placeOpeners are the words that open the names of places of two words
// or more and no person's: "New York", "San Francisco", "São Paulo", "Los
// Angeles", "Fort Worth", "Hong Kong", "Tel Aviv", "Den Haag" (Dutch
// bylines: "Door Jan de Vries, Den Haag").
var placeOpeners = setOf("New", "Den", "San", "Santa", "Santo", "São", "Los", "Las", "Saint", "St.", "Sankt", "Fort", "Port", "Puerto",
	"Porto", "Rio", "Río", "Buenos", "Hong", "Kuala", "Tel", "Abu", "Cape", "Ciudad", "Baton", "Salt", "Palm", "Bad", "Frankfurt")

// givenNameOpeners are the placeOpeners that open persons' names too
// ("Den Smith", "Abu Bakar", "Rio Ferdinand"), each with the words that
// follow it in the places it opens, between spaces: after one of them
// only those make a place.
var givenNameOpeners = map[string]string{
	"Den": " Haag Helder Bosch ",
	"Abu": " Dhabi ",
	"Rio": " de Grande ",
}

// placeAfterComma reports whether p, the last part of a byline's names
// after a comma, is the place the writer files from ("By Jane Doe, New
// York", "Por Juan Pérez, San José"): two to four words that open as only
// a place's name opens (placeOpeners), the others capitalised or a place's
// particle. A co-author after the comma opens with a given name; a place
// of one word ("By Jane Doe, Washington") is no name anyway.
func placeAfterComma(p string) bool {
	f := strings.Fields(p)
	if len(f) < 2 || len(f) > 4 || !placeOpeners[f[0]] {
		return false
	}
	if openerPlaces, ok := givenNameOpeners[f[0]]; ok && !strings.Contains(openerPlaces, " "+f[1]+" ") {
		return false // "By Jane Doe, Den Smith", "…, Abu Bakar": a co-author
	}
	for _, w := range f[1:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !placeParticles[w] {
			return false
		}
	}
	return true
}

// cutPaperAfterDash cuts the publication a dash sets after a byline's
// names (paperAfterDash): "By Jane Doe - The Example Times" is Jane Doe,
// whichever site carries the piece.
func cutPaperAfterDash(s string) string {
	for _, d := range []string{" - ", " – ", " — "} {
		if head, tail, ok := strings.Cut(s, d); ok && strings.TrimSpace(head) != "" && (paperAfterDash(tail) || affiliation(head, tail, 1) || placeAfterDash(head, tail) || brandAfterNames(head, tail) || taglineAfterDash(head, tail)) {
			return head
		}
	}
	// "Jenny Smith from Trafilatura": the writer's site or employer.
	if head, tail, ok := strings.Cut(s, " from "); ok && affiliation(head, tail, 3) {
		return head
	}
	// "John Doe of John Doe", "John Doe — John Doe": a template that sets
	// the writer's name where its site's would go.
	for _, d := range []string{" of ", " - ", " – ", " — "} {
		if head, tail, ok := strings.Cut(s, d); ok && strings.TrimSpace(head) != "" && strings.TrimSpace(head) == strings.TrimSpace(tail) {
			return head
		}
	}
	return s
}

// taglineAfterDash reports whether tail, after a name (head) and a spaced
// dash, is the writer's tagline: "Jane Doe - Transport reporter covering
// bridges and ferries", as an author <meta> or a profile's name field
// sets it. Two of its words or more open in lower case and are no name
// particles (nameParticles): a name's or a paper's words are capitalised
// ("The Times of India"). Its "and" joins no second writer.
func taglineAfterDash(head, tail string) bool {
	if !capitalisedWords(head, 2, 4) {
		return false
	}
	f := strings.Fields(tail)
	if len(f) < 3 {
		return false
	}
	lower := 0
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameParticles[w] {
			lower++
		}
	}
	return lower >= 2
}

// cutDateLabelAfterDash cuts from a byline the label of its date that a
// spaced dash or bar sets after the names, with the date: "بقلم أحمد علي -
// نشر في 16 مايو 2024" (published on), where no English month name tells
// the date apart from more of a name; and an editor's or translator's
// label with the name after it (editorColonLabels): "كتب: أحمد علي -
// تحرير: محمد حسن" (edited by) names its writer alone.
func cutDateLabelAfterDash(s string) string {
	for _, d := range [...]string{" - ", " – ", " — ", " | "} {
		head, tail, ok := strings.Cut(s, d)
		if !ok || strings.TrimSpace(head) == "" {
			continue
		}
		if ls := findLabels(tail); len(ls) > 0 && strings.TrimSpace(tail[:ls[0].start]) == "" {
			if k := labelKind(ls[0].label); k == kindPublished || k == kindModified || k == "editor" {
				return head
			}
		}
	}
	return s
}

// affiliation reports whether tail, set after head by a spaced dash or
// "from", names where head works rather than more of a name: head is a
// full name, two or three capitalised words, and tail one to most
// capitalised words ("Jenny Smith — Trafilatura", "Jane Doe from Acme
// News"). A name runs on with no dash or "from" in it; after a dash only
// one word counts, as two may be a co-author ("Jane Doe – John Roe").
func affiliation(head, tail string, most int) bool {
	return capitalisedWords(head, 2, 3) && capitalisedWords(tail, 1, most)
}

// brandAfterNames reports whether tail, set after head by a spaced dash,
// is an outlet's brand written as one word that opens in lower case and
// has a capital inside, as no name is: Indonesian portals credit their
// writers "Andhika Prasetia - detikNews", "Siti Aminah, Budi Santoso -
// detikFinance" ("kumparanNEWS", "iNews" alike). head opens with a
// capital: a name, or names.
func brandAfterNames(head, tail string) bool {
	tail = strings.TrimSpace(tail)
	r, size := utf8.DecodeRuneInString(tail)
	if !unicode.IsLower(r) || strings.IndexFunc(tail, unicode.IsSpace) >= 0 || strings.IndexFunc(tail[size:], unicode.IsUpper) < 0 {
		return false
	}
	h, _ := utf8.DecodeRuneInString(strings.TrimSpace(head))
	return unicode.IsUpper(h)
}

// shoutedName reports whether s is one to four words written in capitals
// alone, with three letters or more in all: a paper's name as bylines set
// it ("USA TODAY", "EL PAÍS", "CNN"). Post-nominals ("MD", "RN") are read
// before it (isCredential).
func shoutedName(s string) bool {
	n := len(strings.Fields(s))
	return n >= 1 && n <= 4 && capitals(s) >= 3
}

// capitalisedWords reports whether s is lo to hi words, each starting
// with a capital letter.
func capitalisedWords(s string, lo, hi int) bool {
	f := strings.Fields(s)
	if len(f) < lo || len(f) > hi {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// reArabicPlaceName is an Arabic byline that sets the place the writer
// files from before the name, after a dash or a colon, as Arabic papers
// write their correspondents' credits: "بيروت - أحمد محمود", "لندن: أحمد
// محمود". The place is one word; the name two to four words of two
// letters or more, so an agency's initials ("القاهرة - أ ش أ") and a
// paper's name in guillemets ("لندن - «الحياة»") are not taken.
var reArabicPlaceName = regexp.MustCompile(`^\p{Arabic}{2,}\s*[-–—:]\s+(\p{Arabic}{2,}(?:\s+\p{Arabic}{2,}){1,3})$`)

// cutArabicPlace is the name of an Arabic byline that the place it was
// filed from opens (reArabicPlaceName), else s. The regexp runs only when
// s opens with a letter of the Arabic script.
func cutArabicPlace(s string) string {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.Is(unicode.Arabic, r) || !holdsAnyRune(s, "-–—:") {
		return s
	}
	if m := reArabicPlaceName.FindStringSubmatch(s); m != nil && !arabicOtherCredits[s[:strings.IndexAny(s, " -–—:")]] {
		return m[1]
	}
	return s
}

// arabicOtherCredits are the Arabic and Persian labels of the credits
// that are not the writer's, which open a line as a place does: the
// photographs, the translation, the editing, the review, the source.
var arabicOtherCredits = setOf("تصوير", "ترجمة", "تحرير", "مراجعة", "تدقيق", "المصدر", "مصدر",
	"عکس", "عکاس", "ترجمه", "مترجم", "ویراستار", "ویرایش", "منبع")

// spaceArabicAnd sets apart Arabic's "and", which is written onto the
// word after it, between two names: "بقلم أحمد علي ومحمد حسن" joins Ahmad
// Ali and Muhammad Hasan, which reAuthorSplit splits at a spaced "و".
// The "و" parts two names of two words or more; a given name that opens
// with the letter ("وليد", Walid) is one word of a name, and is joined
// with a second "و" ("ووليد").
func spaceArabicAnd(s string) string {
	f := strings.Fields(s)
	changed := false
	for i := 2; i < len(f)-1; i++ {
		w, ok := strings.CutPrefix(f[i], "و")
		if !ok || utf8.RuneCountInString(w) < 2 || waNames[f[i]] || !arabicWord(w) || !arabicWord(f[i-1]) {
			continue
		}
		f[i] = "و " + w
		changed = true
	}
	if !changed {
		return s
	}
	return strings.Join(f, " ")
}

// waNames are the given and family names that open with "و" (Walid,
// Wael, Wafa, Wisam, Wadie, Wagdi, Waheed, Wedad, Wahib, Wasfi, Waad,
// Ward, Wali, Wahba, Wafiq, Wajih, Waddah; Persian Vahid).
var waNames = setOf("وليد", "وائل", "وفاء", "وسام", "وديع", "وجدي", "وحيد", "وداد", "وهيب", "وصفي", "وعد", "ورد", "والي", "وهبة", "وهبي", "وفيق", "وجيه", "وضاح", "وحید")

// arabicWord reports whether w is written in Arabic letters alone.
func arabicWord(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Arabic, r) {
			return false
		}
	}
	return w != ""
}

// cutStaffLine cuts the staff line a template sets in its own element
// after the writers' names, which the byline's text runs on without a
// comma: "By Jane Doe and John Roe" then "Herald staff" or "Staff
// writers", a role that opens with a role word. The name left is two or
// three capitalised words; after a comma the line is a part of its own,
// which the split weighs. A collective byline ("Practical Horseman
// Editorial Staff") stays whole.
func cutStaffLine(p string) string {
	if !endsInStaffWord(p) {
		return p // most parts: no words to split
	}
	f := strings.Fields(p)
	if len(f) < 4 || len(f) > 5 {
		return p
	}
	k := len(f) - 2
	first := strings.ToLower(f[k])
	paperStaff := strings.EqualFold(f[k+1], "staff") && !collectiveWords[first] // "Herald staff", not "Editorial Staff"
	if r, _ := utf8.DecodeRuneInString(f[k]); !(paperStaff && unicode.IsUpper(r)) && !(roleWords[first] && reRoleOnly.MatchString(f[k]+" "+f[k+1])) {
		return p
	}
	if name := strings.Join(f[:k], " "); capitalisedWords(name, 2, 3) {
		return name
	}
	return p
}

// staffWords are the words that end a staff line or a role (reRoleOnly's
// nouns), singular.
var staffWords = []string{"staff", "writer", "reporter", "correspondent", "columnist", "editor", "contributor", "producer", "photographer", "journalist", "intern", "editor-in-chief"}

// endsInStaffWord reports whether p's last word is one of staffWords or
// its plural, in any case.
func endsInStaffWord(p string) bool {
	p = strings.TrimRight(p, " \t\n")
	last := strings.TrimSuffix(p[strings.LastIndexAny(p, " \t\n")+1:], "s")
	for _, w := range staffWords {
		if strings.EqualFold(last, w) {
			return true
		}
	}
	return false
}
