package extractor

import "strings"

// simplifiedOnly and traditionalOnly are frequent Chinese characters that
// differ between the two scripts, pair by pair (個 is written 个 in
// simplified script). A character of one list is not written in the other
// script (pairs such as 後/后 are left out, as 后 is also a traditional
// character), so counting them tells the script.
const (
	traditionalOnly = "們個這來說時會國對學發現過經動與為種實點間員應長開關題機進樣當從義還線問體電無區業將產數話處門見東車記統報設場際議務連變總條節師萬書頭結達運標術質號價資類網絡覺歡讓聽寫讀買賣錢銀紅綠藍鳥魚馬頁順顯風飛飯館邊遠選難雞園圖團廣廠歷燈爭愛樂藝漢護擊據劇"
	simplifiedOnly  = "们个这来说时会国对学发现过经动与为种实点间员应长开关题机进样当从义还线问体电无区业将产数话处门见东车记统报设场际议务连变总条节师万书头结达运标术质号价资类网络觉欢让听写读买卖钱银红绿蓝鸟鱼马页顺显风飞饭馆边远选难鸡园图团广厂历灯争爱乐艺汉护击据剧"
)

var hanVariants = func() map[rune]byte {
	m := map[rune]byte{}
	for _, r := range traditionalOnly {
		m[r] = 't'
	}
	for _, r := range simplifiedOnly {
		m[r] = 's'
	}
	return m
}()

// hanVariant reads whether Chinese text is written in simplified ('s') or
// traditional ('t') characters, or cannot tell (0): it counts the
// characters that differ in the first 4,000 bytes, and one script must
// have at least 3 of them and 4 times the other's count.
func hanVariant(text string) byte {
	var s, t int
	for _, r := range cutUTF8(text, 4000) {
		switch hanVariants[r] {
		case 's':
			s++
		case 't':
			t++
		}
	}
	switch {
	case s >= 3 && s >= 4*t:
		return 's'
	case t >= 3 && t >= 4*s:
		return 't'
	}
	return 0
}

// zhTag is "zh-Hans" or "zh-Hant" when the characters of text tell the
// script, else "zh".
func zhTag(text string) string {
	switch hanVariant(text) {
	case 's':
		return "zh-Hans"
	case 't':
		return "zh-Hant"
	}
	return "zh"
}

// zhTagOr is zhTag, or when the text does not tell, the script the
// declaration names ("zh-Hant-TW"); a region alone ("zh-TW") names none,
// as Singapore writes simplified characters and Hong Kong traditional.
func zhTagOr(text, declared string) string {
	if tag := zhTag(text); tag != "zh" {
		return tag
	}
	for part := range strings.FieldsFuncSeq(strings.ToLower(declared), func(r rune) bool { return r == '-' || r == '_' }) {
		switch part {
		case "hans":
			return "zh-Hans"
		case "hant":
			return "zh-Hant"
		}
	}
	return "zh"
}
