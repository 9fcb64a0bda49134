package extractor

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reCredential is a post-nominal after a name: a degree, a licence or a
// fellowship ("MD", "Ph.D.", "RD", "CFP®", "FACLM", "VTS (Behavior)"), or a generational
// suffix ("Jr."). An honorific before a name ("Dr.") is not one. A
// registration in initials may carry its level in hundreds of hours
// ("E-RYT 200", "RYT-500": the Yoga Alliance's registered teachers).
var reCredential = regexp.MustCompile(`^(?:[A-Z](?:[A-Z]|\.[A-Z]|-[A-Z]){1,6}\.?|Ph\.?\s?D\.?|Pharm\.?\s?D\.?|Psy\.?\s?D\.?|Ed\.?\s?D\.?|Dr\.?\s?PH|M\.?\s?Sc\.?|B\.?\s?Sc\.?|M\.?\s?Ed\.?|M\.?\s?Phil\.?|D\.?\s?Phil\.?|Jr\.?|Sr\.?|Esq\.?|I{2,3}|IV)[®™]?(?:\s*\([^()]{1,30}\))?$|^[A-Z](?:[A-Z]|-[A-Z]){1,6}[ -][1-9]00$`)

// reJobAcronym is a job title written as initials ("Joe Kindness, CEO"):
// a role, dropped like "Staff Writer", not a post-nominal.
var reJobAcronym = regexp.MustCompile(`^(?:C[A-Z]?[EFTOIMSR]O|[ES]?VP|GM|MD\s+of\b.*)$`)

// newsOrgInitials are news agencies and broadcasters that bylines append
// in capitals ("By Jane Doe, AP", "Benedikt Strunz, NDR"): the publisher,
// not a post-nominal. Beside the English-language ones, the national
// agencies and public broadcasters of the languages most common in news
// whose names are written as initials (not those spelled like a
// post-nominal: RIA, APP, BSS, SR).
var newsOrgInitials = setOf("ap", "afp", "upi", "pti", "ians", "ani", "dpa", "efe", "ansa", "tass", "irna", "aap", "cp", "pa",
	"cnn", "bbc", "npr", "pbs", "abc", "cbs", "nbc", "cnbc", "msnbc", "wsj", "nyt", "ft", "cna", "rte", "itv", "sky", "kff",
	// German-speaking agencies and broadcasters
	"kna", "epd", "apa", "sda", "ard", "zdf", "ndr", "wdr", "swr", "mdr", "rbb", "hr", "br", "orf", "srf", "dw",
	// other European, Asian and Latin American agencies and broadcasters
	"anp", "nos", "rtl", "pap", "ctk", "mti", "agi", "rai", "rtve", "rfi", "nhk", "kbs", "mbc", "sbs", "cbc", "rnz", "sabc", "vna", "pna", "uni",
	// the Vietnam News Agency in Vietnamese (Thông tấn xã Việt Nam);
	// Turkey's Anadolu Ajansı and Demirören Haber Ajansı
	"ttxvn", "aa", "dha",
	// Turkey's İhlas Haber Ajansı, ANKA Haber Ajansı and public broadcaster
	"iha", "anka", "trt",
	// Russia's TASS as Russian writes it; Indonesia's ANTARA and
	// Malaysia's BERNAMA, names that bylines set in capitals
	"тасс", "antara", "bernama")

// isNewsOrgInitials reports whether a word is one of newsOrgInitials as
// a byline writes it (agencyKey): "İHA" is İhlas Haber Ajansı's "iha",
// where strings.ToLower leaves a dot over the "i" that no key holds.
func isNewsOrgInitials(w string) bool { return newsOrgInitials[agencyKey(w)] }

// agencyKey is w trimmed and in lower case, its Turkish capitals lowered
// as Turkish writes them and those of other scripts as Unicode does
// ("ТАСС" is "тасс"), the form in which agencies' names are kept.
func agencyKey(w string) string {
	return strings.ToLower(strings.ReplaceAll(strings.TrimSpace(w), "İ", "I"))
}

// isCredential reports whether a byline part after a name is a
// post-nominal ("Jillian Kubala, MS, RD"), not another author.
func isCredential(p string) bool {
	p = strings.TrimSpace(p)
	return reCredential.MatchString(p) && !reJobAcronym.MatchString(p) && !isNewsOrgInitials(p)
}

// isJobAcronym reports whether a byline part after a name is a job title
// in initials.
func isJobAcronym(p string) bool { return reJobAcronym.MatchString(strings.TrimSpace(p)) }

// reSentenceDot is the full stop after a post-nominal that ends a
// sentence ("Shelby Loos, DVM."), not one of its own dots ("M.D.").
var reSentenceDot = regexp.MustCompile(`^([A-Z]{2,7})\.$`)

// credentialText is the post-nominal as it is written after the name.
func credentialText(p string) string {
	p = strings.TrimSpace(p)
	if m := reSentenceDot.FindStringSubmatch(p); m != nil {
		return m[1]
	}
	return p
}

// bareName is a name without the post-nominals a byline writes after it:
// "Shelby Loos, DVM" is Shelby Loos. Sources that disagree only on them
// name the same person.
func bareName(n string) string {
	for {
		i := strings.LastIndex(n, ",")
		if i < 0 || !isCredential(n[i+1:]) {
			return n
		}
		n = strings.TrimSpace(n[:i])
	}
}

// levelledCredential reports whether s closes with a post-nominal that
// carries its level after a comma ("Jane Doe, E-RYT 200"): its number is
// no date or count to cut.
func levelledCredential(s string) bool {
	i := strings.LastIndexByte(s, ',')
	return i > 0 && hasDigit(s[i+1:]) && isCredential(s[i+1:])
}

// credentialed reports whether n carries post-nominals after a comma.
func credentialed(n string) bool { return bareName(n) != n }

// agencySuffixes are news agencies that bylines run on after the last
// name without a separator: "By JANE DOE and JOHN ROE Associated Press".
var agencySuffixes = []string{" the associated press", " associated press", " reuters", " agence france-presse", " afp", " bloomberg news", " bloomberg", " xinhua",
	" the canadian press", " canadian press", " press association", " united press international", " kyodo news", " yonhap", " anadolu agency",
	// Ukraine's Ukrinform and the Interfax agencies, in Latin and Cyrillic
	" ukrinform", " укрінформ", " interfax", " интерфакс"}

// isAgency reports whether a byline part is a news agency's name alone,
// as a byline writes it after a comma: "Jim Salter, Associated Press".
func isAgency(p string) bool {
	l := " " + agencyKey(p)
	if f := strings.Fields(l); len(f) >= 2 && agencyHeads[f[0]] {
		return true // "Agencia EFE", "Agência Brasil", "Agenzia Nova"
	}
	return slices.Contains(agencySuffixes, l)
}

// agencyHeads are the words that open a news agency's name in the
// languages that write "agency" first: Spanish, Portuguese, French,
// Italian, German ("Agencia EFE", "Agência Lusa", "Agence Europe",
// "Agenzia Nova", "Agentur Reuters"). No person's name opens so.
var agencyHeads = setOf("agencia", "agência", "agence", "agenzia", "agentur", "agencja")

// agencyNote reports whether a bracket after a name holds the agency the
// piece draws on: "Jane Doe (Reuters)", "Jean Dupont (avec AFP)".
func agencyNote(s string) bool {
	l := agencyKey(s)
	for _, w := range []string{"avec ", "with ", "mit ", "con ", "com "} {
		l = strings.TrimPrefix(l, w)
	}
	return isNewsOrgInitials(l) || slices.Contains(agencySuffixes, " "+l) || cutAgencyCredit(s) == ""
}

// staffNote reports whether a bracket after a name credits the staff of
// the wire or paper the writer works for, as wires print a byline's
// newsroom: "Jane Doe (Reuters Staff)", "John Roe (Herald staff)". The
// staff alone ("By Reuters Staff") stands as a newsroom's credit.
func staffNote(s string) bool {
	f := strings.Fields(s)
	return len(f) >= 2 && len(f) <= 4 && strings.EqualFold(f[len(f)-1], "staff")
}

// cutAgency cuts a news agency's name that follows a name of two words or
// more; the agency alone ("Reuters") is kept.
func cutAgency(p string) string {
	p = strings.TrimSpace(p)
	l := asciiLower(p) // byte for byte, so that an index in l is one in p
	for _, a := range agencySuffixes {
		if strings.HasSuffix(l, a) {
			if head := p[:len(l)-len(a)]; len(strings.Fields(head)) >= 2 {
				return head
			}
		}
	}
	return p
}

// cutAfterShoutedName cuts the words that follow a name set in capitals
// when they are not: Blox (TownNews) papers print the writer in capitals
// and the paper or the desk after it without a separator ("By JANE DOE The
// Daily Herald", "JANE DOE Herald Staff"), and "By Jane Doe The Daily
// Herald" alike, the paper's "The" opening it inside what reads as one
// name. The name is two to four words; what follows, one to three words
// after capitals (an agency's initials among them: "ANDREW DALTON AP
// Entertainment Writer"), four after "The", opens each with a capital and
// is no generational suffix ("Jr.", read as a post-nominal).
func cutAfterShoutedName(p string) string {
	if !strings.Contains(p, " The ") && !shoutedOpening(p) {
		return p // most names: no words to split
	}
	f := strings.Fields(p)
	if i := slices.Index(f, "The"); i >= 2 && i <= 3 && len(f)-i >= 2 && len(f)-i <= 4 &&
		capitalisedWords(strings.Join(f[:i], " "), 2, 3) && capitalisedWords(strings.Join(f[i:], " "), 2, 4) {
		return strings.Join(f[:i], " ")
	}
	n := 0
	for n < len(f) && capitals(f[n]) > 0 && !isNewsOrgInitials(f[n]) {
		n++
	}
	if n < 2 || n > 4 || n == len(f) || len(f)-n > 3 || capitals(strings.Join(f[:n], "")) < 3 || isCredential(f[n]) {
		return p
	}
	if !capitalisedWords(strings.Join(f[n:], " "), 1, 3) {
		return p
	}
	return strings.Join(f[:n], " ")
}

// reBracketedCredit is a name and, in brackets after it, the part of the
// story it made: "Hans Müller (Text)", "Eva Schmidt (Fotos)".
var reBracketedCredit = regexp.MustCompile(`^(.*\S)\s*\(\s*(\pL+)\s*\)$`)

// textCreditWords and pictureCreditWords are the words for the text and
// for the pictures that reBracketedCredit's brackets hold, in the
// languages whose magazines credit so.
var (
	textCreditWords    = setOf("text", "texte", "texto", "testo", "tekst", "words", "текст")
	pictureCreditWords = setOf("foto", "fotos", "photo", "photos", "photography", "bild", "bilder", "fotografie", "fotografía", "fotografia", "zdjęcia", "illustration", "illustrations", "illustrationen", "grafik", "video", "фото")
)

// bracketedCredit reads a byline part that ends in a bracket: a name
// credited with the text gives the name alone ("Hans Müller (Text)" is
// Hans Müller), one credited with the pictures reports pictures; any
// other part comes back as it is.
func bracketedCredit(p string) (name string, pictures bool) {
	m := reBracketedCredit.FindStringSubmatch(p)
	if m == nil {
		return p, false
	}
	switch w := strings.ToLower(m[2]); {
	case textCreditWords[w]:
		return m[1], false
	case pictureCreditWords[w]:
		return "", true
	}
	return p, false
}

// shoutedOpening reports whether the first word of p holds no lower-case
// letter and two letters or more: a name set in capitals may open it.
func shoutedOpening(p string) bool {
	first := strings.TrimSpace(p)
	if i := strings.IndexFunc(first, unicode.IsSpace); i >= 0 {
		first = first[:i]
	}
	return capitals(first) >= 2
}

// reRegisteredAssoc is "e. V." (eingetragener Verein) after a German
// association's name.
var reRegisteredAssoc = regexp.MustCompile(`\s+e\.\s?V\.?$`)

// reSuffixDot is a generational suffix that ends a name with its dot.
var reSuffixDot = regexp.MustCompile(`\s(?:Jr|Sr|JR|SR)\.$`)

// nameParticles are lower-case words that may stand inside a name.
var nameParticles = setOf("van", "der", "den", "de", "da", "di", "du", "la", "le", "von", "zu", "bin", "binti", "bint", "ibn", "ben", "al", "el", "y", "del", "della", "dos", "das", "ter", "ten", "of")

// joinedParticle reports whether w is a particle joined to the capitalised
// name it belongs to by a hyphen or an apostrophe: "al-Rashid", "el-Sisi",
// "d'Alembert", "dell'Acqua".
func joinedParticle(w string) bool {
	i := strings.IndexAny(w, "-'’")
	if i <= 0 {
		return false
	}
	p := strings.ToLower(w[:i])
	if !nameParticles[p] && p != "d" && p != "dell" && p != "dall" {
		return false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	r, _ := utf8.DecodeRuneInString(w[i+size:])
	return unicode.IsUpper(r)
}

// caseless reports whether r is a letter of a script without capitals
// (Arabic, Hebrew, Devanagari, Thai…): its names cannot be told by them.
// Georgian's Mkhedruli letters count, which Unicode files as lower case
// since it gave them Mtavruli capitals that names are never written in
// ("გიორგი ბერიძე").
func caseless(r rune) bool {
	return r >= utf8.RuneSelf && unicode.IsLetter(r) && (r >= 0x10D0 && r <= 0x10FF || !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r))
}

// reHangulDot is a middle dot between two Korean names; reKoreanCredit a
// Korean name with the reporter's title after it and the dateline's city
// ("워싱턴=") or its paper ("강성일보 ") before it, and the label of the
// date that follows on the line, which a byline run into its dateline
// leaves when the date is cut ("홍길동 기자 입력 2024.05.16 10:21").
var (
	reHangulDot    = regexp.MustCompile(`(\p{Hangul})\s*·\s*(\p{Hangul})`)
	reKoreanCredit = regexp.MustCompile(`^\s*(?:\p{Hangul}{1,8}\s*=\s*|\p{Hangul}{0,8}(?:` + koreanPaperEnds + `)\s+)?(\p{Hangul}{2,4})\s*(?:` + koreanReporterTitles + `)(?:\s+(?:` + koreanDateLabels + `))?\s*$`)
)

// koreanPaperEnds end the names of Korean papers, agencies and
// broadcasters, as a regexp alternation: "daily", "newspaper", "news",
// "economy", "broadcasting", "times", "media", "agency" ("강성일보",
// "아시아경제", "연합뉴스", "머니투데이"). A credit sets the paper before its
// reporter as a bracketed lead does ("[아시아경제 홍길동 기자]"): "강성일보
// 홍길동 기자".
const koreanPaperEnds = `일보|신문|뉴스|경제|방송|타임스|타임즈|미디어|통신|투데이|데일리`

// koreanDateLabels are the labels of a Korean byline's dates, as a regexp
// alternation: when the story was put in, approved, sent, changed.
const koreanDateLabels = `기사입력|입력|등록|기사승인|승인|송고|송고시간|최종수정|수정|업데이트`

// loginCost weighs down a login in the structured data ("janed" in the
// JSON-LD, the CMS's user name), which a name written out in the page's
// author element or byline beats: with the one-word cost of nameQuality
// it puts the JSON-LD (100) below an author page's link (70). A login the
// page shows in its byline ("Posted by timothy") is what the page says, and
// keeps its weight, unless it holds a digit ("by editor1", "admin2"): a
// WordPress theme prints the account's display name, which is its login
// until the writer sets one, and no name written out holds a digit.
func loginCost(names []string, pos int) int {
	if len(names) == 1 && !strings.Contains(names[0], " ") && handleLike(names[0]) && (pos < 0 || strings.ContainsAny(names[0], "0123456789")) {
		return -30
	}
	return 0
}

// handleLike reports whether w, a name of one word, reads as a login: no
// capital letter in a script that has them ("janed", "jane_doe").
func handleLike(w string) bool {
	return strings.ToLower(w) == w && strings.IndexFunc(w, unicode.IsLower) >= 0 && strings.IndexFunc(w, caseless) < 0
}

// reAgencyCredit is the credit of the agencies a piece draws on, after its
// writers' names: "Von Hans Müller mit dpa", "mit Material von dpa/AFP",
// "Par Jean Dupont avec AFP", "con información de EFE", "com agências".
var reAgencyCredit = regexp.MustCompile(`(?i)(?:^|[\s,(]+)(?:mit|avec|con|com|with)\s+(?:(?:material|informationen|angaben)\s+(?:von|der|aus)\s+|(?:información|informações|informations|infos?)\s+(?:de|da|des|del|d')\s*)?(.+)$`)

// agencyWords name the agencies as a whole: "mit Agenturen", "avec agences".
var agencyWords = setOf("agenturen", "agentur", "agencies", "agences", "agencias", "agências", "agenzie", "wires", "wire services")

// reAgencyListSplit separates the agencies of one credit: "dpa/AFP",
// "dpa, AFP und KNA".
var reAgencyListSplit = regexp.MustCompile(`\s*(?:/|,|\s(?:und|and|et|y|e)\s)\s*`)

// agencyCredit reports whether list names news agencies only.
func agencyCredit(list string) bool {
	list = strings.TrimRight(strings.TrimSpace(list), ").")
	if list == "" {
		return false
	}
	for _, p := range reAgencyListSplit.Split(list, -1) {
		l := asciiLower(p)
		if !isNewsOrgInitials(l) && !agencyWords[l] && !slices.Contains(agencySuffixes, " "+l) {
			return false
		}
	}
	return true
}

// cutAgencyCredit cuts the agencies' credit from a byline (reAgencyCredit);
// a byline that is that credit alone names no one and becomes "". A "with"
// before a person ("Dieter Hogen with Uta Pippig") is left alone.
func cutAgencyCredit(s string) string {
	if !hasFoldASCII(s, "mit ") && !hasFoldASCII(s, "avec ") && !hasFoldASCII(s, "con ") &&
		!hasFoldASCII(s, "com ") && !hasFoldASCII(s, "with ") {
		return s
	}
	if m := reAgencyCredit.FindStringSubmatchIndex(s); m != nil && agencyCredit(s[m[2]:m[3]]) {
		return strings.TrimSpace(s[:m[0]])
	}
	return s
}

// reSurnameFirst is one name written surname first with the given names'
// initials, as library catalogues and Dublin Core write it: "Kaufman, Jeff
// T.", "Smith, J. R.". The comma does not part two authors here; the name
// is turned round as citation_author's are (citationAuthors).
var reSurnameFirst = regexp.MustCompile(`^\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}\.(?:\s?\p{Lu}\.)*$`)

// surnameFirst reports whether s is one name written surname first.
func surnameFirst(s string) bool {
	if !reSurnameFirst.MatchString(s) {
		return false
	}
	_, given, _ := strings.Cut(s, ",")
	return !isCredential(given) // "Smith, J.D.": a degree
}

// surnameGivenPair reports whether s is one name written surname first
// as Dublin Core's creator writes it: a family name of one word, a comma,
// and one to three given names ("Doe, Jane", "Doe, Jane Ann"). Two
// writers are never written so: a family name alone names no one.
func surnameGivenPair(s string) bool {
	last, first, ok := strings.Cut(strings.TrimSpace(s), ",")
	return ok && capitalisedWords(last, 1, 1) && capitalisedWords(first, 1, 3) && !strings.Contains(first, ",")
}

// turnRound writes a name given surname first in the usual order:
// "Tishby", "Naftali" is Naftali Tishby.
func turnRound(last, first string) string {
	return strings.TrimSpace(first) + " " + strings.TrimSpace(last)
}

// reMarkupTag is an HTML tag written into a structured name: CMSs put the
// rendered byline into their JSON-LD or <meta> author ("By <a
// href=\"/profiles/jane-doe\">Jane Doe</a> and John Roe").
var reMarkupTag = regexp.MustCompile(`</?[a-zA-Z][^<>]*>`)

// reFootnoteMark is a footnote mark after a name, and what follows it.
// A mark set apart ("Name *", a form's required field) is no footnote.
var reFootnoteMark = regexp.MustCompile(`(\pL)[*†‡]+(\s|[,;]|$)`)

// reUnderscoredName is a full name with underscores for its spaces, each
// part capitalised ("Jenny_Smith", "Jean_Luc_Picard").
var reUnderscoredName = regexp.MustCompile(`^\s*\p{Lu}\p{Ll}+(?:_\p{Lu}[\p{Ll}']+)+\s*$`)

// plainName is a name statement without the markup and the pictographs a
// name may carry: tags written into a structured value, an emoji or a
// heart a blogger signs with ("Jenny Smith ❤️", "John 😊 Doe").
func plainName(s string) string {
	if strings.IndexByte(s, '<') >= 0 {
		s = reMarkupTag.ReplaceAllString(s, "")
	}
	if holdsAnyRune(s, "*†‡") {
		// "Jane Doe*, John Roe†": a paper's marks for its corresponding
		// author and affiliations.
		s = reFootnoteMark.ReplaceAllString(s, "$1$2")
	}
	if strings.IndexByte(s, '_') > 0 && !strings.ContainsRune(strings.TrimSpace(s), ' ') && reUnderscoredName.MatchString(s) {
		s = strings.ReplaceAll(s, "_", " ") // "Jenny_Smith", a full name written as a user name
	}
	return blankRunes(s, isPictograph)
}

// isPictograph reports whether r is an emoji or another symbol that is no
// part of a written name, or the joiner and selector that dress one.
func isPictograph(r rune) bool {
	if r < 0x2000 || r >= 0x2460 && r <= 0x24FF {
		return false // "ⓒ 연합뉴스": an enclosed letter is read as the sign it stands for
	}
	return r == 0x200D || r == 0xFE0F || unicode.Is(unicode.So, r)
}

// joinCzechAnd writes the "a" (Czech and Slovak "and") that joins the
// last two of a byline's writers as a comma: "Jan Novák a Petr Svoboda",
// "Jan Novák, Eva Dvořáková a Petr Svoboda". Only between full names:
// English "a" joins words ("Just a Geek"), and Italian "a" sets the city
// a writer files from after the name ("Maria Rossi a New York").
func joinCzechAnd(s string) string {
	head, tail, ok := strings.Cut(s, " a ")
	if !ok || strings.Contains(tail, " a ") {
		return s
	}
	last := head[strings.LastIndexAny(head, ",;")+1:]
	if !capitalisedWords(last, 2, 3) || !capitalisedWords(tail, 2, 3) || placeAfterComma(tail) {
		return s
	}
	return head + ", " + tail
}

// reportsWords credit the reports a story draws on, as a byline names
// them after its writers: "By Herald Staff and Wire Reports", "By Jane
// Doe and news services". They name no one.
var reportsWords = setOf("wire reports", "wire service reports", "news services", "news service reports", "staff reports", "agency reports", "news agencies", "wire services", "wires", "agencies")

// reportsCredit reports whether p, a byline's part after its first, is a
// credit of reports or of agencies as a whole (reportsWords, agencyWords).
func reportsCredit(p string) bool {
	l := strings.ToLower(strings.TrimSpace(p))
	return reportsWords[l] || agencyWords[l]
}

// honorifics are the titles written before a name: the doctorate and the
// professorship in English and the languages of Europe's news ("Dr.",
// "Prof.", "Pr", German "Priv.-Doz.", "Dipl.-Ing.", "Dr.-Ing.", Italian
// "Dott.ssa", "Avv.", Spanish "Dra."). Bylines write them where the
// metadata often does not: "Von Prof. Dr. Hans Müller" above an author
// <meta> of "Hans Müller", one person (honorificsCut).
var honorifics = setOf("dr.", "dr", "prof.", "prof", "professor", "pr", "pr.", "dra.", "dra", "dres.", "priv.-doz.", "pd", "doz.", "univ.-prof.",
	"dr.-ing.", "dipl.-ing.", "dipl.-kfm.", "dipl.-psych.", "mag.", "dott.", "dott.ssa", "prof.ssa", "ing.", "avv.", "lic.")

// doctorateFields are the faculty's abbreviations in lower case that
// follow a German or Austrian doctorate ("Dr. med.", "Dr. rer. nat.",
// "Dr. phil.", "Dr. med. vet.", "Dr. h. c."): part of the title, not a
// phrase's lower-case word.
var doctorateFields = setOf("med.", "rer.", "nat.", "pol.", "soc.", "oec.", "phil.", "jur.", "iur.", "vet.", "dent.", "theol.", "habil.", "h.", "c.", "h.c.", "h.c", "sc.", "techn.", "agr.", "paed.", "biol.", "univ.")

// honorificsCut is n without the titles before the name (honorifics,
// doctorateFields): "Prof. Dr. med. Anna Schmidt" is Anna Schmidt. A name
// of titles alone ("Dr. med.") is returned whole. The first word's first
// letter is checked before any lookup: the call is per candidate name.
func honorificsCut(n string) string {
	if n == "" || !strings.ContainsRune("DPpdMmIiAaLlUu", rune(n[0])) {
		return n
	}
	rest := n
	cut := false
	for {
		w, after, ok := strings.Cut(rest, " ")
		if !ok {
			break
		}
		lw := strings.ToLower(w)
		if !honorifics[lw] && !(cut && doctorateFields[lw]) {
			break
		}
		// "Dr" and "Pr" without their dot are titles only before a
		// capitalised word; "Ing" or "Mag" alone are given names.
		if !strings.Contains(w, ".") && lw != "professor" && lw != "dr" && lw != "pr" && lw != "pd" {
			break
		}
		rest, cut = strings.TrimLeft(after, " "), true
	}
	if !cut || rest == "" {
		return n
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return n
	}
	return rest
}

// honorificsTitled reports whether n writes titles before the name.
func honorificsTitled(n string) bool { return honorificsCut(n) != n }
