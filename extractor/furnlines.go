package extractor

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// reOtherArticles is the link a reporter box under the story ends with:
// the writer's name, "기자" or "reporter", then "다른기사 보기" ("see
// other articles"), "More articles by …", "View all posts by …". Korean
// news CMSs set the box under every story, as blogs' themes set "View
// all posts by" under every post; the box names the writer, a field, and
// is none of the story. At most a name and a line before the label: not a
// sentence that ends with the words.
var reOtherArticles = regexp.MustCompile(`(?i)^(?:[^.!?。]|\.\S){0,60}?(?:다른\s*기사\s*보기|기사\s*더\s*보기|기자의\s*다른\s*기사|(?:more|other|all)\s+(?:articles|stories|posts)\s+by\s+.{1,40}|view\s+all\s+(?:posts|articles|stories)\s+by\s+.{1,40})\s*[>»›]?\s*$`)

// reReactions is a row of reaction buttons and their counts, set under the
// story: Korean news CMSs' "좋아요 훈훈해요 슬퍼요 화나요 후속기사 원해요",
// the "Like Love Haha Wow Sad Angry" of comment and social widgets. Three
// of them at least: one word alone may be a line of the story.
var reReactions = regexp.MustCompile(`(?i)^(?:\s*(?:좋아요|훈훈해요|슬퍼요|화나요|후속\s*기사\s*원해요|추천해요|감동이에요|놀랐어요|최고예요|싫어요|like|love|haha|wow|sad|angry|care)\s*[(]?\s*\d*\s*[)]?\s*){3,}$`)

// reactionFirst holds the first letters of reReactions' words.
const reactionFirst = "좋훈슬화후추감놀최싫lLhHwWsSaAcC"

// isReporterBox reports whether t, a short block's text, is a reporter box
// (reOtherArticles).
func isReporterBox(t string) bool {
	return (strings.Contains(t, "기사") || hasFoldASCII(t, "by") && mayNameOthersByWriter(t)) && reOtherArticles.MatchString(t)
}

// mayNameOthersByWriter is false for a text none of reOtherArticles'
// English labels can match: each says "articles", "stories" or "posts".
// "By" alone lets most bylines through. hasFoldASCII is (?i) for these
// words but for the "s", which (?i) also matches as "ſ" (0xC5 0xBF): a
// text with a 0xC5 byte is left to the regexp.
func mayNameOthersByWriter(t string) bool {
	return hasFoldASCII(t, "article") || hasFoldASCII(t, "torie") || hasFoldASCII(t, "post") || strings.IndexByte(t, 0xC5) >= 0
}

// isReactionRow reports whether t, a short block's text, is a row of
// reaction buttons (reReactions).
func isReactionRow(t string) bool {
	t = strings.TrimSpace(t)
	if r, _ := utf8.DecodeRuneInString(t); !strings.ContainsRune(reactionFirst, r) {
		return false
	}
	return reReactions.MatchString(t)
}

// reCounters is a post's counts of views, likes, comments and shares, set
// as a line under it by blog platforms (Wix's "42 views 0 comments", a
// theme's "1.2K views · 3 likes"): each count a number then its noun.
// A count without its noun is a line of the story.
var reCounters = regexp.MustCompile(`(?i)^(?:\s*\d[\d.,]*\s*[km]?\s*(?:views?|likes?|comments?|shares?|reads?)\s*[·•|,]?)+\s*$`)

// isCounterLine reports whether t, a short block's text, is a line of a
// post's counts (reCounters).
func isCounterLine(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && t[0] >= '0' && t[0] <= '9' && reCounters.MatchString(t)
}

// rePagerRow is a row of a story's page links, or of the buttons to the
// stories before and after it without their headlines, as Chinese CMSs
// set it in the article's container: DedeCMS's "共3页: 上一页 1 2 3
// 下一页", 帝国CMS's "3 1 2 3 下一页 尾页", a portal's "第1页/共1页" and
// "<<上一页|下一页>>", Sina's "[上一篇][下一篇]". Numbers, brackets and
// bars around at least one such word; a row of bracketed numbers alone
// ("[1][2][3]") is one too.
var rePagerRow = regexp.MustCompile(`^\s*(?:(?:\d{1,3}|[\[\]【】［］<>«»‹›|｜/／:：.…\s]|` + pagerWords + `)*` + pagerWords + `(?:\d{1,3}|[\[\]【】［］<>«»‹›|｜/／:：.…\s]|` + pagerWords + `)*|(?:[\[【［]\s*\d{1,3}\s*[\]】］]\s*){2,})$`)

// pagerWords are the words of a pager row (rePagerRow).
const pagerWords = `(?:上一页|下一页|上一頁|下一頁|首页|首頁|尾页|尾頁|末页|末頁|上页|下页|第\s*\d{1,3}\s*[页頁]|共\s*\d{1,3}\s*[页頁]|上一篇|下一篇|上一條|下一條|上一条|下一条)`

// isPagerRow reports whether t, a short block's text, is a pager row
// (rePagerRow).
func isPagerRow(t string) bool {
	return holdsAnyRune(t, "页頁篇条條[【［") && rePagerRow.MatchString(t)
}
