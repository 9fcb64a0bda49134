package extractor

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	// reTeaser matches the start of blocks that point elsewhere.
	reTeaser = regexp.MustCompile(`(?i)^\s*(?:read\s+more|read\s+also|also\s+read|read\s+next|related(?:\s+(?:articles?|stories|coverage|content|news|reading))?|see\s+also|recommended(?:\s+for\s+you)?|more\s+(?:from|on|stories|news)|you\s+may\s+also\s+like|you\s+might\s+also\s+like|don'?t\s+miss|watch|listen|click\s+here|haz\s+clic\s+aquí|clique\s+aqui|cliquez\s+ici|klicken\s+sie\s+hier|clicca\s+qui|klik\s+di\s+sini|sign\s+up|subscribe|follow\s+us|share\s+(?:this|on)|continue\s+reading|keep\s+reading|read\s+the\s+(?:full|whole|rest\s+of\s+the)\s+(?:story|article|post)|weiterlesen|lire\s+la\s+suite|leer\s+más|seguir\s+leyendo|continua\s+a\s+leggere|continu(?:e|ar)\s+lendo|leia\s+mais|czytaj\s+dalej|lees\s+verder|baca\s+selengkapnya|devamını\s+oku|haberin\s+devamı|相关阅读|延伸阅读|推荐阅读|相关新闻|相关链接|更多精彩|点击查看|阅读原文)\s*[:：>»|-]?`)

	// reCJKNavLine matches the start of Chinese blocks that point
	// elsewhere too: "back to … for more" and "download our app"
	// ("返回搜狐，查看更多", "點我下載APP", "下载客户端"). Apart from
	// reTeaser, whose program it would make too large for the
	// backtracker.
	reCJKNavLine = regexp.MustCompile(`^\s*(?:返回\S{0,8}查看更多|返回首页|返回顶部|返回列表|返回上一页|点我下载\S{0,6}(?:APP|App|app)|點我下載\S{0,6}(?:APP|App|app)|点击下载\S{0,6}(?:APP|App|app|客户端)|下载\S{0,6}(?:APP|App|app|客户端)|下載\S{0,6}(?:APP|App|app|客戶端)|打开\S{0,4}(?:APP|App|app|客户端)|打開\S{0,4}(?:APP|App|app|客戶端))`)

	// reCJKReprint matches a Chinese reprint notice alone in its block,
	// not a sentence of the story: "澎湃新闻，未经授权不得转载", "转载请注明
	// 出处". Apart from reBoilerText, and asked only of blocks that say
	// 转载.
	reCJKReprint = regexp.MustCompile(`^[^。]{0,60}(?:(?:未经|未經)(?:授权|许可|允许|授權|許可|允許)[，,、]?\s*(?:不得|禁止|严禁|嚴禁|请勿|請勿)(?:转载|轉載|使用|复制|複製)|转载请注明|轉載請註明|轉載請注明)[^。]{0,40}$`)

	// reCJKSiteLine matches a short Chinese block that is the portal's,
	// not the story's: a reprint's original headline ("原标题：…"), the
	// source again at the end ("（来源：江城日报）", "本文来源：X"; the
	// source field holds it), a disclaimer ("声明：本文转载自…", "免责声明：
	// …"), and the page's buttons ("【纠错】", "【我要纠错】", "【打印】【关闭窗口】",
	// "分享到：", "扫一扫在手机打开当前页").
	reCJKSiteLine = regexp.MustCompile(`^\s*(?:原标题|原標題)\s*[:：]|` +
		`^\s*[\[(（【]?\s*(?:本文|文章|稿件)?(?:来源|來源|稿源)\s*[:：][^)）\]】。，,]{0,40}[)）\]】]?\s*$|` +
		`^\s*(?:免责|免責|版权|版權|特别|特別|平台|平臺)?(?:声明|聲明)\s*[:：]|` +
		`^\s*(?:扫一扫|掃一掃|扫描二维码|掃描二維碼).{0,20}(?:手机|手機|微信)|` +
		// "扫一扫，关注我们", "扫码关注公众号": the call to follow the
		// site under a QR code, alone in its block; WeChat articles and
		// their copies open on "点击蓝字 关注我们" (tap the account's name
		// in blue) and close on "长按识别二维码关注".
		`^\s*(?:扫一扫|掃一掃|扫码|掃碼|扫描二维码|掃描二維碼|长按(?:识别)?(?:图中)?二维码|長按(?:識別)?(?:圖中)?二維碼|点击(?:上方)?蓝字|點擊(?:上方)?藍字)[，,、\s]*(?:关注|關注)[^。，,]{0,16}$|` +
		`^\s*(?:分享到|分享至)\s*[:：]?(?:\s*(?:微信|朋友圈|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|人民微博|豆瓣|人人网|更多))*\s*$|` +
		// A row of them may end in the share links: "【打印】【关闭窗口】
		// 分享到：微信".
		`^\s*(?:[\[【［]\s*(?:打印(?:本页|本頁)?|关闭(?:窗口|本页)?|關閉(?:窗口|視窗)?|(?:我要)?(?:纠错|糾錯)|收藏|返回顶部|返回頂部|(?:(?:字体|字體|字号|字號)\s*[:：]\s*)?大\s*中\s*小)\s*[\]】］]\s*)+(?:(?:分享到|分享至)\s*[:：]?(?:\s*(?:微信|朋友圈|微博|新浪微博|QQ空间|QQ|更多))*\s*)?$|` +
		// The font size's choice without brackets: "字号：大 中 小",
		// "字体：[大] [中] [小]".
		`^\s*(?:字体|字體|字号|字號)\s*[:：]?\s*(?:[\[【［]?\s*[大中小]\s*[\]】］]?\s*){3}$|` +
		// The links to the previous and next story, a row of buttons with
		// their counts (WeChat's "点赞 在看 分享"), the count of readers, a
		// disclaimer that the piece speaks for its writer only, and the
		// platform's role after it ("…不代表澎湃新闻的观点或立场，澎湃新闻仅
		// 提供信息发布平台。").
		`^\s*(?:上一篇|下一篇|上一条|下一条|上一條|下一條)\s*[:：]|` +
		`^\s*(?:(?:点赞|點讚|点赞数|在看|收藏|评论|評論|分享|转发|轉發|举报|舉報)\s*[(（]?\s*\d*\s*[)）]?\s*)+$|` +
		`^\s*(?:阅读|閱讀|浏览|瀏覽)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d[\d,.]*\s*(?:万|萬|次)?\s*$|` +
		`^[^。]{0,60}(?:仅代表|僅代表)[^。]{0,20}(?:观点|觀點|立场|立場)[^。]{0,4}[，,、]?\s*(?:不代表|并不代表|並不代表)[^。]{0,30}(?:观点|觀點|立场|立場)[^。]{0,30}。?\s*$|` +
		// The piece's own note that it speaks for its writer, the
		// platform's role after it: "本文来自【江城日报】，仅代表作者观点。
		// 全国党媒信息公共平台提供信息发布传播服务。"
		`^\s*(?:本文|文章|此文|该文|該文)[^。]{0,40}(?:仅代表|僅代表)\s*(?:作者|个人|個人|本人)[^。]{0,8}(?:观点|觀點|立场|立場)[^。]{0,4}。?(?:[^。]{0,40}(?:平台|平臺)[^。]{0,30}(?:服务|服務)。?)?\s*$`)

	// reCJKNoticeHead is the heading, alone in its block, of a Chinese
	// site's legal notice under the story: "反侵权公告：", "版权声明",
	// "免责声明：", under the site's name too ("江城新闻网版权与免责声明：").
	// The notice's clauses follow it to the end of its container ("一、
	// 任何单位或个人……"); a statement the story reports ("声明：", "郑重
	// 声明") is none of these.
	reCJKNoticeHead = regexp.MustCompile(`^\s*[【\[]?\s*(?:\p{Han}{1,8}(?:网|網|站|报|報))?(?:反侵权|反侵權|侵权|侵權|版权|版權|免责|免責)(?:(?:与|及|和|與)(?:免责|免責))?(?:声明|聲明|公告)\s*[】\]]?\s*[:：]?\s*$`)

	// reCJKTrailingEditor is the desk's credit that Chinese portals set in
	// brackets at the end of the story's last paragraph rather than on a line
	// of its own: "…提供了有力支撑。（责任编辑：张三）".
	reCJKTrailingEditor = regexp.MustCompile(`[（(【\[]\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*[^（()）【】\[\]]{1,20}[)）】\]]\s*$`)

	// reEditorLine matches editor credits such as "责任编辑：王五" or "(Editor: Li)".
	reEditorLine = regexp.MustCompile(`(?i)^\s*[\[(（【]?\s*(?:责任编辑|编辑|责编|审核|校对|监制|edited\s+by|editor|editors)\s*[:：]\s*[^)）\]】]{1,40}[)）\]】]?\s*$`)
)

// stripFurniture removes navigation, banners and other furniture from the
// tree below root. An element that holds a large share of the page's text is
// kept whatever its class says: a mislabelled wrapper must not take the
// article with it.
func stripFurniture(root *html.Node, totalText int) {
	var doomed []*html.Node
	var ex expanders
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if n.DataAtom == atom.Template {
			revealTemplate(n)
		}
		if scriptLike(n.DataAtom) {
			return false
		}
		if n.DataAtom == atom.Form && findFirst(n, byTag(atom.P, atom.Article)) != nil && textLen(n) > totalText/2 {
			return true // ASP.NET pages wrap everything in one <form>
		}
		if n.DataAtom == atom.Form && signUpForm(n) {
			doomed = append(doomed, signUpBox(n, root)) // its call and pitch with it
			return false
		}
		if n.DataAtom == atom.A && appealButton(n) {
			// A donation appeal's button, a paywall offer's log-in
			// prompt: its call and pitch with it (appealBox), unless the
			// box is a third of the page or more.
			if box := appealBox(n, root); textLenUpTo(box, totalText/3+1) <= totalText/3 {
				doomed = append(doomed, box)
				return false
			}
		}
		ex.note(n)
		if n.DataAtom == atom.Span && truncationDots(n) {
			doomed = append(doomed, n)
			return false
		}
		if accordionLabel(n) {
			keepLabel(n)
		}
		if isHeading(n) {
			unnameHeading(n)
		}
		if screenReaderOnly(n) || interactionCounter(n) {
			doomed = append(doomed, n)
			return false
		}
		// Teasers with standfirsts read as prose, to readability too: they
		// go before it. Before the furniture test, which may take the label
		// ("widget-title") and leave its teasers.
		if block := sidebarBlock(n, root); block != nil && proseTeasers(block) {
			doomed = append(doomed, block...)
			return false
		}
		unnameLabelWrapper(n)
		if isFurniture(n) {
			if isHidden(n) {
				// Readability drops it whatever its size, unless it is
				// the rest behind an expander: judged after the walk.
				ex.hide(n)
				return false
			}
			tl := textLenUpTo(n, max(totalText/3, 500))
			if tl > totalText/3 && tl > 500 && linkTextLen(n)*3 < tl && !isCommentSection(n) {
				return true
			}
			if tl >= 500 && holdsArticleBody(n) {
				return true // a "share_wrapper" around the article: its parts are judged one by one
			}
			if tl < 300 && shareButtons(n) {
				// Share buttons take their call with them ("Share
				// this:", "Artikel teilen").
				if l := shareLabel(n); l != nil {
					doomed = append(doomed, l)
				}
			}
			if n.DataAtom == atom.Button {
				doomed = append(doomed, buttonCounts(n)...)
				doomed = append(doomed, buttonNotes(n)...)
			}
			doomed = append(doomed, n)
			return false
		}
		if strings.EqualFold(attr(n, "aria-hidden"), "true") {
			ex.long = append(ex.long, n) // long, so not furniture; readability drops it
		}
		ex.hideByClass(n)
		dropVisibleStyle(n)
		return true
	})
	for _, n := range doomed {
		remove(n)
	}
	for _, n := range ex.long {
		ex.revealed(n)
	}
	ex.revealClassed()
	// The hidden parts, once every expander control was seen: the rest of
	// an article behind "Read more" stays, its own furniture removed.
	var shown []*html.Node
	for _, n := range ex.hidden {
		if ex.revealed(n) {
			stripFurniture(n, totalText)
			shown = append(shown, n)
		} else {
			remove(n)
		}
	}
	unnameAccordions(shown)
}

// srOnlyClasses are the class names that hide a note from the eye and
// keep it for screen readers: Bootstrap's "sr-only", WordPress's
// "screen-reader-text", Drupal's "visually-hidden" and "element-invisible",
// the BBC's "off-screen". The note ("Image copyright", "(opens in a new
// window)", "Share on Facebook") says what a sighted reader sees otherwise.
var srOnlyClasses = []string{"sr-only", "sronly", "screen-reader", "screenreader", "visually-hidden", "visuallyhidden", "element-invisible", "off-screen", "offscreen"}

// srOnlyKeys finds any of srOnlyClasses in one pass over a class.
var srOnlyKeys = newKeySet(srOnlyClasses...)

// screenReaderOnly reports whether n is a short note for screen readers
// only (srOnlyClasses): at most a line of text, so that a container that
// merely starts off screen is not taken. A note beside an element hidden
// from screen readers is not: the two say the same thing to each kind of
// reader (" minutes" for the screen reader, an aria-hidden "mins" for the
// eye, which readability drops), and the note is then the one kept.
func screenReaderOnly(n *html.Node) bool {
	if n.DataAtom == atom.Div {
		return false // a field's hidden label ("Body"): readability weighs its container by it
	}
	c := attr(n, "class")
	if c == "" || !strings.ContainsAny(c, "-rRnNeE") {
		return false
	}
	if !srOnlyKeys.in(lowerASCII(c)) {
		return false
	}
	if textLenUpTo(n, 81) > 80 {
		return false
	}
	return !ariaHiddenNear(n)
}

// ariaHiddenNear reports whether an element within two siblings of n or
// of its parent, on either side (white space between), is hidden from
// screen readers: "20<span class=sr-only> minutes</span>" is often wrapped
// apart from its "mins".
func ariaHiddenNear(n *html.Node) bool {
	for _, x := range []*html.Node{n, n.Parent} {
		if x == nil {
			continue
		}
		for _, next := range []func(*html.Node) *html.Node{
			func(x *html.Node) *html.Node { return x.PrevSibling },
			func(x *html.Node) *html.Node { return x.NextSibling },
		} {
			for s, i := next(x), 0; s != nil && i < 2; s, i = next(s), i+1 {
				if s.Type == html.ElementNode && strings.EqualFold(attr(s, "aria-hidden"), "true") {
					return true
				}
			}
		}
	}
	return false
}

// removeCommentSections removes the comment sections (isCommentSection)
// of the tree under root.
func removeCommentSections(root *html.Node) {
	for _, n := range findAll(root, func(n *html.Node) bool { return n.Type == html.ElementNode && isCommentSection(n) }) {
		remove(n)
	}
}

// isCommentSection reports whether n is a blog's comment section, the
// element the "#comments" links of WordPress, Blogger and TypePad themes
// point at: its id says so, and it holds no headline nor article body (its
// comments may be <article> elements, as WordPress themes set them). It
// is furniture however much of the page it holds: under a short post the
// comments are most of it. But where the page holds no paragraph of
// prose outside an id="comments" (proseOutside), it holds the page's own
// text: a forum engine's topic sets the whole thread, its first post too,
// in such a feed (Invision Community's "cTopic").
func isCommentSection(n *html.Node) bool {
	id := attr(n, "id")
	if !strings.EqualFold(id, "comments") && !strings.EqualFold(id, "disqus_thread") {
		return false
	}
	if findFirst(n, byTag(atom.H1)) != nil || holdsArticleBody(n) {
		return false
	}
	return strings.EqualFold(id, "disqus_thread") || proseOutside(n) // Disqus's thread is never the page's own
}

// proseOutside reports whether the document around n holds, outside n, a
// paragraph (<p>) of prose (isProse), a sentence of minLead bytes or more
// before it (a short post the comments follow: "A few words for the
// readers who wrote to me this month."), or an element that declares
// itself the article's body (holdsArticleBody: a blog post of a picture
// alone, its "entry-content" with no paragraph).
func proseOutside(n *html.Node) bool {
	root := n
	for root.Parent != nil {
		root = root.Parent
	}
	if holdsArticleBody(root) {
		return true // not in n, which holds none
	}
	found, after := false, false
	walk(root, func(c *html.Node) bool {
		if found {
			return false
		}
		if c == n {
			after = true
			return false
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			tl := textLen(c)
			found = isProse(c, tl) || !after && tl >= minLead && linkTextLen(c)*4 < tl && endsSentence(textOf(c))
			return false
		}
		return true
	})
	return found
}

// minLead is the least text, in bytes, of a sentence before a comment
// section read as the post's own.
const minLead = 40

// holdsArticleBody reports whether an element below n declares itself the
// article's body: schema.org's itemprop="articleBody" or a class such as
// "article-body" (keepTokens). A wrapper named for its share buttons
// ("share_wrapper") or its ads may hold the whole article.
func holdsArticleBody(n *html.Node) bool {
	return findFirst(n, func(c *html.Node) bool {
		if c == n {
			return false
		}
		for _, a := range c.Attr {
			switch a.Key {
			case "itemprop":
				if strings.EqualFold(a.Val, "articleBody") {
					return true
				}
			case "class", "id":
				if mayKeep(a.Val) && classKinds(asciiLower(a.Val))&kindKeep != 0 {
					return true
				}
			}
		}
		return false
	}) != nil
}

// mayKeep reports whether a class or id holds, in any case, "body",
// "content" or "text", which every entry of keepTokens holds: most
// descendants holdsArticleBody looks at are let go without cutting their
// class into words.
func mayKeep(v string) bool {
	// One pass, as hasFoldASCII would find each word.
	for i := 0; i < len(v); i++ {
		var rest string
		switch v[i] | 0x20 {
		case 'b':
			rest = "ody"
		case 'c':
			rest = "ontent"
		case 't':
			rest = "ext"
		default:
			continue
		}
		if foldedAt(v, i+1, rest) {
			return true
		}
	}
	return false
}

// foldedAt reports whether s holds w at i, as hasFoldASCII compares: each
// byte with 0x20 set equal to w's.
func foldedAt(s string, i int, w string) bool {
	if i+len(w) > len(s) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if s[i+j]|0x20 != w[j] {
			return false
		}
	}
	return true
}

// dropVisibleStyle removes a style attribute that cannot hide n: readability
// runs two regexps over every style it meets and removes all styles from the
// body it returns, so only "display: none" and "visibility: hidden" matter.
func dropVisibleStyle(n *html.Node) {
	for i, a := range n.Attr {
		if a.Key == "style" && a.Namespace == "" {
			if v := asciiLower(a.Val); !strings.Contains(v, "none") && !strings.Contains(v, "hidden") {
				n.Attr = slices.Delete(n.Attr, i, i+1)
			}
			return
		}
	}
}

func countChildren(n *html.Node, tag atom.Atom) int {
	c := 0
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		if k.DataAtom == tag {
			c++
		}
	}
	return c
}

// storyThenCredit reports whether t, a short block's text, is the story's
// last sentence with the desk's credit after it ("…支撑。（责任编辑：张三）"):
// the credit is a field, but the block stays (stripTeasers cuts the
// credit from it).
func storyThenCredit(t string) bool {
	loc := cjkTrailingEditor(t)
	return loc != nil && holdsAnyRune(t[:loc[0]], "。！？!?")
}

// reCommentStart is the heading or form label that opens a comment section
// or a blog's trackback and "read N times" footer.
var reCommentStart = regexp.MustCompile(`(?i)^\s*(?:发表评论|网友评论|我要评论|leave\s+a\s+reply|post\s+a\s+comment|.{0,20}trackback.{0,60}|[（(][^)）]{0,30}已被阅读\s*\d+\s*次[)）])\s*[:：]?\s*$`)

// reCommentsHeading is a heading that names a comment section: "Comments",
// "3 Comments", "Comments (3)", "Reader comments", in a few languages (every
// match holds one of commentKeys).
var reCommentsHeading = regexp.MustCompile(`(?i)^\s*(?:\d+\s+)?(?:reader\s+)?(?:comments?|kommentare?|commentaires?|commenti)(?:\s*[(\[]\d+[)\]])?\s*[:：]?\s*$`)

// headingOf returns b if it is a heading, or the heading b is the only
// block of (a <span> in an <h2>), or nil.
func headingOf(b *html.Node) *html.Node {
	for n, i := b, 0; n != nil && i < 3; n, i = n.Parent, i+1 {
		if isHeading(n) {
			return n
		}
		if n != b && isBlockTag(n.DataAtom) {
			return nil
		}
	}
	return nil
}

// opensComments reports whether the heading h names a comment section or
// a trackback list, all its text.
func opensComments(h *html.Node) bool {
	if textLenUpTo(h, 120) > 120 {
		return false
	}
	t := textOf(h)
	return mayNameComments(t) && (reCommentStart.MatchString(t) || reCommentsHeading.MatchString(t))
}

// mayNameComments is false for a text neither reCommentStart nor
// reCommentsHeading can match: each of their matches holds "omment",
// "reply" or "trac" in any case of ASCII letters (no k or s, whose case
// folds reach past ASCII), "评论" or "已被阅读". commentKeys, which want
// the case of the words' letters, would miss "CoMMents".
func mayNameComments(t string) bool {
	return hasFoldASCII(t, "omment") || hasFoldASCII(t, "reply") || hasFoldASCII(t, "trac") || strings.Contains(t, "评论") || strings.Contains(t, "已被阅读")
}

// commentKeys are fragments one of which every reCommentStart match holds.
var commentKeys = newKeySet("评论", "阅读", "eply", "EPLY", "omment", "OMMENT", "rackback", "RACKBACK")

// mayOpenComments reports whether s holds a word reCommentStart needs.
func mayOpenComments(s string) bool { return commentKeys.in(s) }

// cutComments removes a comment section that readability kept at the end
// of the body: from a short block that opens one ("发表评论", WordPress's
// "Leave a Reply", "(…已被阅读178次)"; not Substack's "Leave a comment"
// button, which sits inside posts) to the end, when it comes after half of
// the body's text and no such block comes before (a listing of posts, each
// with its own, is left alone); or from the one heading, not a link, that
// names the section ("Comments", "TrackBack"), wherever it comes.
//
// It reports whether it cut: bt, read before, no longer tells the body.
func cutComments(body *html.Node, bt bodyTexts) bool {
	total := bt.total
	if total == 0 || !bt.comments {
		return false
	}
	// Then the blocks around the words: a short one that reads as the
	// start of a comment section.
	seen, early := 0, 0
	var start, last *html.Node
	// A heading of its own, not a link, that names the section
	// ("Comments", "3 Comments", "TrackBack") opens it wherever it comes:
	// after a short post the comments are most of the body. A listing's
	// posts link theirs; two such headings are left alone.
	headings, startSeen, headedSeen := 0, 0, 0
	var headed *html.Node
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if mayOpenComments(n.Data) {
				if b := blockIn(n, body); b != nil && b != last {
					last = b
					if tl := textLenUpTo(b, 120); tl > 0 && tl <= 120 {
						t := textOf(b)
						if reCommentStart.MatchString(t) {
							if seen*2 < total {
								early++ // a listing of posts, each with its own
							} else if start == nil {
								start, startSeen = b, seen
							}
						}
						if h := headingOf(b); h != nil && seen >= minProse && linkTextLen(h) == 0 && opensComments(h) {
							headings++
							if headed == nil {
								headed, headedSeen = h, seen
							}
						}
					}
				}
			}
			seen += nonSpaceLen(n.Data)
			return false
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return false
			}
		}
		return true
	})
	if headings == 1 && (start == nil || early > 0 || headedSeen < startSeen) {
		start, early = headed, 0
	}
	if start == nil || early > 0 {
		return false
	}
	cutFrom(body, start)
	return true
}

// bodyTexts is what one pass over the texts of the body readability
// returned tells the cuts that follow it (cutComments, cutContactTail,
// cutAuthorBox), most of which then have nothing to look for.
type bodyTexts struct {
	// total is the body's text length, as textLen counts it.
	total int
	// comments: a visible text holds a word that opens a comment section
	// (mayOpenComments); contact and author: a text, visible or not,
	// holds a word of a contact block's label (mayNameContact) or of an
	// author box's (holdsAuthorWord).
	comments, contact, author bool
}

// readBodyTexts reads the bodyTexts of body.
func readBodyTexts(body *html.Node) bodyTexts {
	var bt bodyTexts
	walk(body, func(n *html.Node) bool {
		switch n.Type {
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				// Not counted, but their texts are looked at for
				// contact words as every text is.
				bt.contact = bt.contact || anyText(n, mayNameContact)
				bt.author = bt.author || anyText(n, holdsAuthorWord)
				return false
			}
		case html.TextNode:
			bt.total += nonSpaceLen(n.Data)
			bt.comments = bt.comments || mayOpenComments(n.Data)
			bt.contact = bt.contact || mayNameContact(n.Data)
			bt.author = bt.author || holdsAuthorWord(n.Data)
		}
		return true
	})
	return bt
}

// leafBlocks calls visit with each block of body that holds no block, in
// reading order, its text length and the length of the text before it
// (textLen's count), until visit returns false. The tail cuts
// (cutContactTail, cutAuthorBox) find where a tail opens with it.
func leafBlocks(body *html.Node, visit func(n *html.Node, tl, seen int) bool) {
	seen, done := 0, false
	walk(body, func(n *html.Node) bool {
		if done {
			return false
		}
		switch n.Type {
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return false
			}
			if isBlockish(n) && !hasBlockChild(n) {
				tl := textLen(n)
				done = !visit(n, tl, seen)
				seen += tl
				return false
			}
		case html.TextNode:
			seen += nonSpaceLen(n.Data)
		}
		return true
	})
}

// cutFrom removes start and everything after it in body.
func cutFrom(body, start *html.Node) {
	for n := start; n != nil && n != body; n = n.Parent {
		for s := n.NextSibling; s != nil; {
			next := s.NextSibling
			n.Parent.RemoveChild(s)
			s = next
		}
	}
	start.Parent.RemoveChild(start)
}

// dropAltCopies removes a block whose text is the alt text of an image above
// it, or the start of it: a caption set as text under its image (the alt of
// a gallery photo is its caption and credit), once or once per slide. A
// title above a chart, the same words as its alt, stays; short alts
// ("Logo") say too little to match on.
//
// It also removes what a gallery or a figure sets after its picture besides
// the caption: the labels of the caption's toggle alone on their line
// (reCaptionToggle: "Caption", "Close", "Hide caption") and the copies of
// the picture's credit line that its control bar and overlay repeat
// (pictureWidgetLine: "Photo: Jane Roe, AP" under the slide, again in the
// bar): the first line stays, the picture's caption.
func dropAltCopies(root *html.Node) {
	if findFirst(root, byTag(atom.Img)) == nil {
		return
	}
	var alts []string    // of the images met so far
	longest := 0         // the length of the longest of them
	pictured := false    // an image was met
	var credits []string // the lines that may credit it since the last image
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Img:
			if alt := normSpace(attr(n, "alt")); len(alt) >= 40 {
				alts = append(alts, alt)
				longest = max(longest, len(alt))
			}
			pictured, credits = true, credits[:0]
			return false
		case atom.Script, atom.Style, atom.Pre, atom.Table:
			return false
		case atom.P, atom.Div, atom.Span:
		default:
			return true
		}
		if !pictured || findFirst(n, func(c *html.Node) bool {
			return c != n && c.Type == html.ElementNode && (isBlockTag(c.DataAtom) || c.DataAtom == atom.Img)
		}) != nil {
			return true // read its blocks and images one by one
		}
		// A text longer than every alt starts none: it is read no further.
		t := textOfUpTo(n, max(longest, maxCaptionLine))
		if len(t) >= 40 && slices.ContainsFunc(alts, func(a string) bool { return strings.HasPrefix(a, t) }) {
			doomed = append(doomed, n)
		} else if len(t) <= maxCaptionLine && holdsCreditLabel(t) {
			var gone bool
			if gone, credits = pictureWidgetLine(normSpace(t), credits); gone {
				doomed = append(doomed, n)
			}
		} else if len(t) <= maxCaptionLine && captionToggle(strings.TrimSpace(t)) {
			doomed = append(doomed, n)
		}
		return false
	})
	for _, n := range doomed {
		remove(n)
	}
}

// maxCaptionLine is the longest line pictureWidgetLine reads: a caption's
// with its credit.
const maxCaptionLine = 300

// pictureWidgetLine reports whether t, the text of a block after a picture
// that may hold a credit line (holdsCreditLabel), is a copy of a credit
// line ("Photo: Jane Roe, AP") that a line of credits, those met since the
// picture, holds or ends with (a caption and its credit). It returns
// credits with t added when t is not.
func pictureWidgetLine(t string, credits []string) (bool, []string) {
	if len(t) <= 100 && reCreditLabel.MatchString(t) && slices.ContainsFunc(credits, func(c string) bool { return strings.HasSuffix(c, t) }) {
		return true, credits
	}
	return false, append(credits, t)
}

// holdsCreditLabel reports whether t holds a word reCreditLabel opens
// with: a cheap test, without allocating, before the regexp.
func holdsCreditLabel(t string) bool {
	for _, w := range creditLabelWords {
		if hasFoldASCII(t, w) {
			return true
		}
	}
	return strings.Contains(t, "ото") // "Фото", "фото"
}

// captionToggle is reCaptionToggle.MatchString(t), the regexp run only on
// a text that ends as each of its words does, in "n", "e" or "d" of either
// case (no other rune folds to these letters): most blocks after a picture
// end otherwise.
func captionToggle(t string) bool {
	if t == "" {
		return false
	}
	if c := t[len(t)-1] | 0x20; c != 'n' && c != 'e' && c != 'd' {
		return false
	}
	return reCaptionToggle.MatchString(t)
}

// creditLabelWords are holdsCreditLabel's words, in lower case.
var creditLabelWords = []string{"photo", "image", "picture", "credit", "foto", "bild"}

var (
	// reCaptionToggle is the label of a caption's toggle alone on its
	// line: "Caption", "Close", "Expand", "Hide caption", "View caption".
	reCaptionToggle = regexp.MustCompile(`(?i)^(?:(?:hide|show|view|open|close|expand|collapse)\s+)?caption$|^(?:close|expand|collapse)$`)
	// reCreditLabel opens a picture's credit line: "Photo:", "Photograph
	// by", "(Image: ©", "Credit:", "Foto:", "Bild:".
	reCreditLabel = regexp.MustCompile(`(?i)^\(?(?:photo(?:graph)?s?|images?|pictures?|credits?|foto|bild|фото)(?:\s+credit)?\s*(?::|by\b)`)
)

// shouting reports whether t is three words or more in capitals, with no
// small letter.
func shouting(t string) bool {
	return capitals(t) >= 10 && len(strings.Fields(t)) >= 3
}

// capitals is the number of capital letters in t, or -1 when t holds a
// small letter.
func capitals(t string) int {
	upper := 0
	for _, r := range t {
		switch {
		case unicode.IsLower(r):
			return -1
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper
}

// dropOwnURL removes the lines of the body that are only the page's own
// address: a print header's ("https://example.com/news/story.php" under
// the logo, for the printed copy), a share box's. The address says where
// the story is, not what it says.
func dropOwnURL(root *html.Node, pageURL string) {
	u, err := url.Parse(pageURL)
	if err != nil || u.Host == "" {
		return
	}
	own := ownURLKey(pageURL)
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.TextNode {
			return true
		}
		t := strings.TrimSpace(n.Data)
		if len(t) < 12 || !strings.Contains(t, u.Host) || ownURLKey(t) != own {
			return false
		}
		e := n
		for p := n.Parent; p != nil && p != root && strings.TrimSpace(textOf(p)) == t; p = p.Parent {
			e = p
		}
		doomed = append(doomed, e)
		return false
	})
	for _, n := range doomed {
		remove(n)
	}
}

// ownURLKey is an address without its scheme, "www." and trailing slash,
// so that the forms a page prints of its own address compare equal.
func ownURLKey(s string) string {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
	return strings.TrimSuffix(strings.TrimPrefix(s, "www."), "/")
}

// mayNameContact reports whether s holds, in any case, a fragment of the
// words reContactLabel needs: "ontact", "ontakt", "ontatt" or "nsprech".
// One pass over s, not one for each fragment.
func mayNameContact(s string) bool {
	for i := 0; i+6 <= len(s); i++ {
		switch s[i] | 0x20 {
		case 'o':
			// "ontact", "ontakt", "ontatt"
			if s[i+1]|0x20 == 'n' && s[i+2]|0x20 == 't' && s[i+3]|0x20 == 'a' && s[i+5]|0x20 == 't' {
				if c := s[i+4] | 0x20; c == 'c' || c == 'k' || c == 't' {
					return true
				}
			}
		case 'n':
			if i+7 <= len(s) && hasFoldPrefix(s[i+1:], "sprech") {
				return true
			}
		}
	}
	return false
}
