package extractor

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// koreanReporterTitles are the titles a Korean paper puts after its
// writer's name ("홍길동 기자", "홍길동 특파원", "홍길동 논설위원"), as a
// regexp alternation.
const koreanReporterTitles = `기자|특파원|선임기자|객원기자|수습기자|인턴기자|통신원|대기자|전문기자|논설위원|객원논설위원|편집위원|칼럼니스트`

// reKoreanTextCredit is the label a Korean paper or magazine credits its
// writer by before the name: "글" (text), alone or with the photographs'
// or the drawings' ("글·사진", "사진·글", "글/그림"), then an equals sign,
// a colon or a space, the name, and the reporter's title when it is given.
var reKoreanTextCredit = regexp.MustCompile(`^\s*(글\s*[·ㆍ/]\s*(?:사진|그림|영상)|(?:사진|그림)\s*[·ㆍ/]\s*글|글)(\s*[=:：]\s*|\s+)(\p{Hangul}{2,4})(\s*(?:` + koreanReporterTitles + `))?(?:[\s|]|$)`)

// reKoreanWireDateline is the dateline of a Korean wire's or paper's
// credit, the city and the wire in brackets, and the equals sign that
// closes the credit: "[서울=뉴시스]홍길동 기자 =", "(서울=연합뉴스) 홍길동
// 기자 =", "【서울=뉴시스】홍길동 기자".
var reKoreanWireDateline = regexp.MustCompile(`^\s*[\[(【]\s*\p{Hangul}{1,8}\s*=\s*[\p{Hangul}\p{Han}A-Za-z0-9 ]{1,12}[\])】]\s*|\s*=\s*$`)

// cutKoreanWireDateline cuts a Korean credit's dateline
// (reKoreanWireDateline) from s, an author element's text that keeps it
// as the story's first line does: the name and its title are left.
//
// The paper's name, or the dateline's city, with its reporter in
// brackets ("[아시아경제 홍길동 기자]", "[워싱턴=홍길동 특파원]",
// reKoreanBracketLead) is the reporter's credit whole, not a dateline
// before it: the name and its title are left.
func cutKoreanWireDateline(s string) string {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "[") && !strings.HasPrefix(t, "(") && !strings.HasPrefix(t, "【") {
		return s // most bylines: no regular expression runs
	}
	if (strings.HasSuffix(t, "]") || strings.HasSuffix(t, "】")) && (strings.Contains(t, "기자") || strings.Contains(t, "특파원")) {
		if m := reKoreanBracketLead.FindStringSubmatchIndex(t); m != nil && m[1] == len(t) {
			return strings.TrimRight(t[m[2]:], "]】 ")
		}
	}
	if strings.Contains(t, "=") && reKoreanWireDateline.MatchString(t) {
		return reKoreanWireDateline.ReplaceAllString(t, "")
	}
	// "[한국일보] 홍길동 기자": the paper's name alone in brackets, then
	// the reporter's credit whole.
	if i := strings.IndexAny(t, "])】"); i > 0 && i <= 40 {
		_, w := utf8.DecodeRuneInString(t[i:])
		if rest := strings.TrimSpace(t[i+w:]); koreanCreditAlone(rest) != nil {
			return rest
		}
	}
	return s
}

// cutKoreanTextCredit cuts the label of a Korean writer's credit from s,
// which starts with the name then: "글·사진 홍길동", "글=홍길동 기자", "글 홍길동
// 기자". "글" alone is also a word of a board's buttons ("글 목록", "글
// 쓰기"): after a space only, it counts as a label when the reporter's
// title follows the name.
func cutKoreanTextCredit(s string) string {
	name, _ := koreanTextCredit(s)
	return name
}

// koreanTextCredit is cutKoreanTextCredit's, and whether it cut a label.
func koreanTextCredit(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "글") && !strings.HasPrefix(t, "사진") && !strings.HasPrefix(t, "그림") {
		return s, false // most bylines: no regular expression runs
	}
	m := reKoreanTextCredit.FindStringSubmatchIndex(t)
	if m == nil {
		return s, false
	}
	label, sep, titled := t[m[2]:m[3]], t[m[4]:m[5]], m[8] >= 0
	if label == "글" && strings.TrimSpace(sep) == "" && !titled {
		return s, false
	}
	return t[m[6]:], true
}

// koreanLeadCredit is the writer a Korean info line names before its
// dateline's label: "홍길동 기자", "워싱턴=홍길동 특파원", "글·사진 홍길동",
// "글=홍길동 기자" before "| 입력 2024.05.16 10:21".
func koreanLeadCredit(lead string) string {
	lead = strings.TrimRight(lead, "|·• ")
	if strings.IndexByte(lead, '@') > 0 {
		lead = reTrailingEmail.ReplaceAllString(lead, "") // "홍길동 기자 hong@example.com"
	}
	if name, cut := koreanTextCredit(lead); cut {
		if m := reKoreanCreditName.FindStringSubmatch(name); m != nil {
			return m[1]
		}
		return ""
	}
	if m := koreanCredit(lead); m != nil {
		return m[1]
	}
	return ""
}

// koreanLeadCredits is koreanLeadCredit's writer, or the writers of a
// credit that names several before one title: "홍길동·김철수 기자".
func koreanLeadCredits(lead string) []string {
	if name := koreanLeadCredit(lead); name != "" {
		return []string{name}
	}
	if m := reKoreanCredits.FindStringSubmatch(strings.TrimRight(lead, "|·• ")); m != nil {
		return koreanNames(m[1])
	}
	return nil
}

// koreanCreditAlone is the reporters of t when t is a Korean reporter's
// credit and nothing else, the title after the names and maybe an e-mail
// address: "홍길동 기자", "홍길동·김철수 기자", "워싱턴=홍길동 특파원 hong@example.com"
// (reKoreanTailCredit).
func koreanCreditAlone(t string) []string {
	if m := reKoreanTailCredit.FindStringSubmatch(strings.TrimSpace(t)); m != nil {
		return koreanNames(m[1])
	}
	return nil
}

// koreanNames is the names of a list joined by middle dots or commas.
func koreanNames(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == '·' || r == 'ㆍ' || r == ',' || r == ' ' })
}

var (
	// reTrailingEmail is an e-mail address closing a credit, bracketed or
	// not: "홍길동 기자 hong@example.com", "홍길동 기자(hong@example.com)".
	reTrailingEmail = regexp.MustCompile(`\s*[(（]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)）]?\s*$`)
	// reKoreanCredits is several Korean names, then the reporters' title
	// and maybe the dateline's city before them: "홍길동·김철수 기자",
	// "워싱턴=홍길동·김철수 특파원".
	reKoreanCredits = regexp.MustCompile(`^\s*(?:\p{Hangul}{1,8}\s*=\s*)?(\p{Hangul}{2,4}(?:\s*[·ㆍ,]\s*\p{Hangul}{2,4}){1,5})\s*(?:` + koreanReporterTitles + `)\s*$`)
	// reKoreanWireLead is the dateline and the credit that open a Korean
	// wire or paper story: "[서울=뉴시스] 홍길동 기자 =", "(서울=연합뉴스)
	// 홍길동 김철수 기자 =", "【서울=뉴시스】홍길동 기자 =".
	reKoreanWireLead = regexp.MustCompile(`^\s*[\[(【]\s*[\p{Hangul}\p{Han}A-Za-z\s]{1,12}=\s*[\p{Hangul}A-Za-z1-9\s]{1,12}[\])】]\s*(\p{Hangul}{2,4}(?:\s*[·ㆍ,\s]\s*\p{Hangul}{2,4}){0,5})\s*(?:` + koreanReporterTitles + `)\s*=`)
	// reKoreanBracketLead is a paper's name and its reporter in brackets
	// opening the story, the dateline's city before the name or not:
	// "[아시아경제 홍길동 기자]", "[헤럴드경제=홍길동 기자]", "[머니투데이
	// 세종=홍길동 기자]".
	reKoreanBracketLead = regexp.MustCompile(`^\s*[\[【]\s*[\p{Hangul}A-Za-z0-9]{2,12}\s*[=\s]\s*(?:\p{Hangul}{1,8}\s*=\s*)?(\p{Hangul}{2,4}(?:\s*[·ㆍ,]\s*\p{Hangul}{2,4}){0,5})\s*(?:` + koreanReporterTitles + `)\s*[\]】]`)
	// reKoreanTailCredit is a paragraph that only credits the reporter,
	// closing a Korean story: "홍길동 기자 hong@example.com", "/홍길동 기자",
	// "홍길동 기자(hong@example.com)", and the dateline's city before the
	// name after an equals sign or a slash: "워싱턴=홍길동 특파원", "/워싱턴/
	// 홍길동 특파원 hong@example.com".
	reKoreanTailCredit = regexp.MustCompile(`^[/\s]*(?:\p{Hangul}{1,8}\s*[=/]\s*)?(\p{Hangul}{2,4}(?:\s*[·ㆍ,]\s*\p{Hangul}{2,4}){0,5})\s*(?:` + koreanReporterTitles + `)\s*(?:[(（]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)）]?)?\s*$`)
)

// reKoreanOtherCredit credits the photographs, the graphics, the video or
// the editing of a Korean story, not its text: "사진 김철수 기자", "그래픽=
// 이영희 기자", "편집 박민수".
var reKoreanOtherCredit = regexp.MustCompile(`^\s*(?:사진|그래픽|영상|촬영|편집|디자인)\s*[=:：/]?\s*\p{Hangul}{2,4}\s*(?:` + koreanReporterTitles + `)?\s*$`)

// koreanOtherCredit reports whether p is a credit of reKoreanOtherCredit.
func koreanOtherCredit(p string) bool {
	p = strings.TrimSpace(p)
	r, _ := utf8.DecodeRuneInString(p)
	// The first syllables of the labels: most names run no regular
	// expression.
	return strings.ContainsRune("사그영촬편디", r) && reKoreanOtherCredit.MatchString(p)
}

// koreanBodyAuthors finds the reporters named where Korean news puts them:
// at the start of the first paragraph, after the wire's dateline, or on a
// paragraph of their own, among the first two or the last three.
func koreanBodyAuthors(text string) []string {
	if !strings.Contains(text, "기자") && !strings.Contains(text, "특파원") {
		return nil // every form names the reporter's title
	}
	paras := strings.Split(text, "\n\n")
	first := paras[0]
	for _, re := range []*regexp.Regexp{reKoreanWireLead, reKoreanBracketLead} {
		if m := re.FindStringSubmatch(first); m != nil {
			return koreanNames(m[1])
		}
	}
	// The credit alone on one of the story's first two paragraphs, under
	// the headline or its subtitle, as others set it on the last: "홍길동
	// 기자 hong@example.com".
	for _, p := range paras[:min(2, len(paras))] {
		if m := reKoreanTailCredit.FindStringSubmatch(strings.TrimSpace(p)); m != nil {
			return koreanNames(m[1])
		}
	}
	for i := len(paras) - 1; i >= max(1, len(paras)-3); i-- {
		p := strings.TrimSpace(paras[i])
		if m := reKoreanTailCredit.FindStringSubmatch(p); m != nil {
			return koreanNames(m[1])
		}
		// The paper and its reporter in brackets, alone on the last
		// lines as others open the story with it: "[서울일보 홍길동 기자]".
		if m := reKoreanBracketLead.FindStringSubmatchIndex(p); m != nil && m[1] == len(p) {
			return koreanNames(p[m[2]:m[3]])
		}
	}
	return nil
}

// reKoreanCreditName is what follows the label of a Korean writer's
// credit: the name, and the reporter's title when it is given.
var reKoreanCreditName = regexp.MustCompile(`^(\p{Hangul}{2,4})(?:\s*(?:` + koreanReporterTitles + `))?\s*$`)

// koreanBareName reports whether seg is a Korean person's name alone, as
// a meta line sets it before the date without the reporter's title:
// three Hangul syllables, the length of nearly every Korean name, and
// none of the words of that length a meta line also holds (the site's
// administrator, its desk, a wire).
func koreanBareName(seg string) bool {
	if utf8.RuneCountInString(seg) != 3 || koreanNotNames[seg] {
		return false
	}
	for _, r := range seg {
		if r < 0xAC00 || r > 0xD7A3 { // Hangul syllables
			return false
		}
	}
	return true
}

// koreanNotNames are words of three Hangul syllables that stand where a
// name does in a meta line: the administrator, the operator, the desk,
// the newsroom, a wire, the date's and the counts' labels.
var koreanNotNames = setOf("관리자", "운영자", "편집부", "편집국", "취재팀", "기자단", "사진부", "뉴시스", "등록일", "수정일", "작성일", "작성자", "글쓴이", "조회수", "댓글수", "추천수", "게시일")
