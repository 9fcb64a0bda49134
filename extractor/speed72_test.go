package extractor

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// speed72FoldRunes is normSpace's fold written rune by rune, as
// appendString read every non-ASCII rune before hanRun: the oracle of
// TestSpeed72FoldHan.
func speed72FoldRunes(s string) string {
	var out []byte
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r < utf8.RuneSelf && asciiSpace[r], isZeroWidth(r):
			space = space || r < utf8.RuneSelf
			continue
		case unicode.IsSpace(r) || r == '\u00A0' || r == '\u3000':
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		if r == utf8.RuneError && size == 1 {
			out = append(out, "\uFFFD"...)
			continue
		}
		out = append(out, s[i-size:i]...)
	}
	return string(out)
}

// TestSpeed72FoldHan pins normSpace, whose appendString copies runs of
// CJK letters at once (hanRun), to the fold rune by rune, on texts of CJK
// letters, Hangul, spaces, zero-width characters and broken bytes.
func TestSpeed72FoldHan(t *testing.T) {
	pieces := append([]string{"\u3000", "\u00a0", "\u200b", "\ufeff", "\uac00", "\ud7a3", "\u4000", "\ucfff", "\ue000", "\xec\xbf", "\xed\x9f\xbf", "\xed\xa0\x80", "，", "。"}, fastPathPieces...)
	gen := randomPieces(72, pieces, 16)
	for range draws(200000) {
		s := gen()
		if got, want := normSpace(s), speed72FoldRunes(s); got != want {
			t.Fatalf("normSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

// speed72Prefilters pairs each regexp that a cheaper test now guards with
// that test, which must hold of every text the regexp matches.
var speed72Prefilters = []struct {
	name  string
	re    *regexp.Regexp
	guard func(string) bool
}{
	{"reRowCount", reRowCount, rowCountWords.in},
	{"reCJKRole", reCJKRole, cjkRoleWords.in},
	{"reCJKAuthorLabel", reCJKAuthorLabel, mayCreditReporters},
	{"reCJKShortYear", reCJKShortYear, digitsBeforeYear},
	{"reCJKToday", reCJKToday, todayWords.in},
}

// TestSpeed72Prefilters wants every guard to pass each text its regexp
// matches, over random texts of the words, figures, spaces and marks the
// regexps read, and over the regexps' own examples.
func TestSpeed72Prefilters(t *testing.T) {
	pieces := []string{"阅读", "閱讀", "浏览", "字数", "点击", "次点击", "收藏", "喜欢", "量", "：", ":", " ", "\t", "\v", "\u3000", "1", "23", "1,2", "k", "万",
		"记者", "記者", "通讯员", "实习生", "撰稿人", "特派員", "編集長", "本报", "驻京", "融媒体", "HK01", "/", "张三", "李四", "王", "（", "）", "(", ")", "■", "报道",
		"年", "95", "110", "2024", "月", "5", "16", "日", "号", "95年", "12 年", "\t年", "5月16日", "5 月 16 号", "x110年5月", "今天", "今天是", "今日", "当前日期", "现在是", "现在时间", "当前", "a", "中"}
	gen := randomPieces(7272, pieces, 14)
	examples := []string{"阅读 567", "阅读量1.2k", "字数 1,234", "1234 次点击", "收藏 12", "撰文：HK01記者 王小明", "本报记者 张三", "记者 张三 李四",
		"（记者 张三 李四）", "■本报记者 张三", "95年5月16日", "95 年 5 月 16 号", "今天是2024年5月20日 星期一", "当前日期：2024-05-20"}
	for i := range draws(60000) {
		s := gen()
		if i < len(examples) {
			s = examples[i]
		}
		for _, p := range speed72Prefilters {
			if p.re.MatchString(s) && !p.guard(s) {
				t.Fatalf("%s matches %q, its guard says no", p.name, s)
			}
		}
	}
}

// TestSpeed72UnifiedHan wants every rune of the CJK Unified Ideographs to
// be what the callers of isUnifiedHan take it for without a table: a Han
// letter without case, no digit, mark, punctuation or other script's
// letter; and unifiedHanAt to read exactly those runes' UTF-8 forms from
// every three bytes.
func TestSpeed72UnifiedHan(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !unicode.IsLetter(r) || !unicode.Is(unicode.Han, r) || unicode.ToLower(r) != r || unicode.IsDigit(r) || unicode.IsMark(r) || isPunct(r) ||
			unicode.Is(unicode.Latin, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || !isUnifiedHan(r) {
			t.Fatalf("%U is no plain Han letter", r)
		}
	}
	// Every three bytes from C0 00 00 on: the lead bytes of runes past
	// U+07FF, with every pair after them.
	for v := 0xC00000; v < 1<<24; v++ {
		s := string([]byte{byte(v >> 16), byte(v >> 8), byte(v)})
		r, n := utf8.DecodeRuneInString(s)
		if got, want := unifiedHanAt(s, 0), n == 3 && isUnifiedHan(r); got != want {
			t.Fatalf("% x: %v, want %v", s, got, want)
		}
	}
}

// TestSpeed72WideDigitLeads wants wideDigitLead to open the UTF-8 form of
// every digit beyond ASCII that asciiDigit reads, and hasDigit and
// hasEasternDigits to find what a scan of the runes finds.
func TestSpeed72WideDigitLeads(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= utf8.MaxRune; r++ {
		if asciiDigit(r) >= 0 && !wideDigitLead(string(r)[0]) {
			t.Fatalf("%U: a digit whose lead byte is not known", r)
		}
	}
	pieces := append([]string{"٣", "۵", "५", "５", "๓", "၃", "៣", "，", "：", "\xd9", "\xef\xbc", "中文", "x"}, fastPathPieces...)
	gen := randomPieces(727, pieces, 12)
	for range draws(100000) {
		s := gen()
		if got, want := hasDigit(s), strings.IndexFunc(s, func(r rune) bool { return asciiDigit(r) >= 0 }) >= 0; got != want {
			t.Fatalf("hasDigit(%q) = %v, want %v", s, got, want)
		}
		if got, want := hasEasternDigits(s), strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf && asciiDigit(r) >= 0 }) >= 0; got != want {
			t.Fatalf("hasEasternDigits(%q) = %v, want %v", s, got, want)
		}
	}
}
