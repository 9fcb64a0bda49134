package extractor

import (
	"regexp"
	"strings"
)

// koreanReporterTitles are the titles a Korean paper puts after its
// writer's name ("홍길동 기자", "홍길동 특파원"), as a regexp alternation.
const koreanReporterTitles = `기자|특파원|선임기자|객원기자|수습기자|인턴기자|통신원`

// reKoreanTextCredit is the label a Korean paper or magazine credits its
// writer by before the name: "글" (text), alone or with the photographs'
// or the drawings' ("글·사진", "사진·글", "글/그림"), then an equals sign,
// a colon or a space, the name, and the reporter's title when it is given.
var reKoreanTextCredit = regexp.MustCompile(`^\s*(글\s*[·ㆍ/]\s*(?:사진|그림|영상)|(?:사진|그림)\s*[·ㆍ/]\s*글|글)(\s*[=:：]\s*|\s+)(\p{Hangul}{2,4})(\s*(?:` + koreanReporterTitles + `))?(?:[\s|]|$)`)

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
	if name, cut := koreanTextCredit(lead); cut {
		if m := reKoreanCreditName.FindStringSubmatch(name); m != nil {
			return m[1]
		}
		return ""
	}
	if m := reKoreanCredit.FindStringSubmatch(lead); m != nil {
		return m[1]
	}
	return ""
}

// reKoreanCreditName is what follows the label of a Korean writer's
// credit: the name, and the reporter's title when it is given.
var reKoreanCreditName = regexp.MustCompile(`^(\p{Hangul}{2,4})(?:\s*(?:` + koreanReporterTitles + `))?\s*$`)
