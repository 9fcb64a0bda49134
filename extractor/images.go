package extractor

import (
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	// A caption's trailing credit is one of three kinds, each its own
	// regexp, as together they were "\s*(?:bracket|word|agency)\s*$":
	// reCreditBracket, a credit in brackets, "(Foreign Affairs Office)";
	// reCreditWord, after the word for a photo in several languages,
	// "Photo: Reuters", "图/新华社", "Foto: dpa", "Fotos: EFE", "Bild:
	// Keystone", "Фото: ТАСС"; reCreditAgency, a picture agency's credit,
	// which needs no word: "REUTERS/Jane Roe", "AFP/Jean Dupont", "Getty
	// Images", "AFP via Getty Images", "Shutterstock". Go's regexp tries an
	// unanchored expression at every position of the text: all three in one
	// cost some 0.5 µs per byte of a caption (160 µs for one of 330 bytes),
	// though most captions can hold one kind at most (captionCredit).
	// The words for a photo are those of the CJK languages too: Japanese
	// "（写真：共同）", "（撮影・山田太郎）", Korean "(사진=연합뉴스)",
	// traditional Chinese "圖／中央社", "攝影：李明". A fourth kind,
	// reCreditShot, closes with who took it, as East Asian captions
	// credit a photo without brackets: Chinese "新华社记者 李明 摄",
	// "张晓/摄", Korean "/김민수 기자". A fifth, reCreditSign, follows the
	// copyright sign at the caption's end, as agencies' feeds credit a
	// photo: "… © GETTY IMAGES / MADDIE MEYER", "… © AFP", "… ©2024 Jane
	// Roe" (the year is no part of whom it names).
	reCreditBracket = regexp.MustCompile(`(?i)\s*[(（]\s*((?:photo|image|credit|图|摄影|供图)?[^()（）]{2,120})[)）]\s*$`)
	reCreditWord    = regexp.MustCompile(`(?i)\s*(?:` + creditLabels + `)\s*([^.。]{2,80})\s*$`)
	reCreditAgency  = regexp.MustCompile(`(?i)\s*(?:^|\s)((?:reuters|afp|epa|ap\s+photo|dpa|ansa|efe|xinhua|anadolu|imago|picture\s+alliance)\s*/\s*[^./()]{2,60}|(?:[\w&/.-]+\s+){0,3}via\s+getty\s+images|getty\s+images|shutterstock|istock(?:photo)?|alamy)\s*$`)
	reCreditLead    = regexp.MustCompile(`(?i)^(?:` + creditLabels + `|photo/)\s*`)
	reCreditSign    = regexp.MustCompile(`\s*©\s*(?:(?:19|20)\d\d\b[,.]?\s*)?([^©]{2,80})$`)
	reCreditShot    = regexp.MustCompile(`\s*(?:((?:\p{Han}{0,8}[记記]者\s*\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,2}\s*[/／]?\s*|\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,2}(?:\s+|\s*[/／]\s*))(?:摄影?|攝影?))|[/／]\s*(\p{Hangul}{2,4}\s*기자))\s*$`)
	reCaptionClass  = regexp.MustCompile(`(?i)caption|credit|pic-?(?:info|desc|title|txt)|img-?(?:desc|info|txt)|photo-?(?:desc|info)|image-?(?:desc|info)|wp-caption-text`)
)

// creditLabels are the words that label a picture's credit, before it in
// a caption or in a block of its own (reCreditWord, reCreditLead): the
// word for a photo, "Credit:", "Image:", BBC's "Image copyright", "Image
// source," and "Copyright:", German "Bildquelle:", French "Crédit :" and
// "Crédits photo :" (a space before the colon, as French sets it), and
// their Chinese, Japanese and Korean words.
const creditLabels = `(?:photo(?:graph)?s?|fotos?|bild|фото)(?:\s+by|\s*[:/])|cr[eé]dits?(?:\s+photos?)?\s*:|image\s*:|image\s+(?:copyright|source)\s*[:,]?|copyright\s*:|bildquelle\s*:|[图圖]\s*[/／:：]|[摄攝]影\s*[:：/]|供[图圖]\s*[:：/]|写真\s*[:：=]|撮影\s*[:：・=]|사진\s*[:：=]`

// splitCaption separates a trailing credit from a caption.
func splitCaption(s string) (caption, credit string) {
	s = normSpace(s)
	if bareCredit(s) {
		// A caption that is only its credit, an agency's name ("Reuters",
		// "(AFP)", "Jane Roe/AP"), is no caption.
		return "", bareCreditName(s)
	}
	if !mayHoldCredit(s) {
		return s, ""
	}
	at, c := captionCredit(s)
	if at < 0 {
		return s, ""
	}
	credit = cjkPhotoCredit(unlabelledCredit(c))
	// The separator set between caption and credit goes with the credit:
	// "… Luftfahrtbranche - © heychli", "… | Photo: Reuters".
	caption = strings.TrimRight(s[:at], " -–—|/,")
	return caption, credit
}

// unlabelledCredit is credit without the label that opens it (reCreditLead:
// "Copyright: Thinkstock" is Thinkstock's), or credit whole when it is the
// label alone: a link "(Image Source)" to where the picture was found
// names no one else.
func unlabelledCredit(credit string) string {
	credit = strings.TrimSpace(credit)
	if c := strings.TrimSpace(reCreditLead.ReplaceAllString(credit, "")); c != "" {
		return c
	}
	return credit
}

// captionCredit finds the credit that ends s, folded by normSpace: where
// its match starts (-1 for none) and the credit, trimmed. Of the five
// kinds, the one whose match starts first wins, and at the same start the
// bracket, then the word, then who took it, then the copyright sign, then
// the agency, as in one regexp of the five in that order. Each runs only on a text that holds what all its matches
// hold.
func captionCredit(s string) (at int, credit string) {
	at = -1
	try := func(re *regexp.Regexp, from int) {
		if m := re.FindStringSubmatchIndex(s[from:]); m != nil && (at < 0 || from+m[0] < at) {
			g := 2
			for g+2 < len(m) && m[g] < 0 {
				g += 2 // reCreditShot's credit is in one of two groups
			}
			at, credit = from+m[0], strings.TrimSpace(s[from+m[g]:from+m[g+1]])
		}
	}
	// A credit in brackets holds no bracket: its opening one is the
	// last, and its match starts at the white space before it.
	if strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）") {
		if i := strings.LastIndexAny(s, "(（"); i >= 0 {
			try(reCreditBracket, len(strings.TrimRight(s[:i], "\t\n\f\r ")))
		}
	}
	if hasFoldASCII(s, "photo") || hasFoldASCII(s, "foto") || hasFoldASCII(s, "bild") || hasFoldASCII(s, "credit") ||
		strings.Contains(s, "rédit") || hasFoldASCII(s, "copyright") || hasFoldASCII(s, "image") || holdsAnyRune(s, "фФ图圖사") || strings.Contains(s, "摄影") || strings.Contains(s, "攝影") ||
		strings.Contains(s, "写真") || strings.Contains(s, "撮影") {
		// Its match holds no full stop and runs to the end: it is
		// sought after the last one only, not from each byte of a long
		// caption.
		try(reCreditWord, afterLastStop(s))
	}
	if holdsAnyRune(s, "摄攝") || strings.Contains(s, "기자") {
		try(reCreditShot, afterLastStop(s))
	}
	if i := strings.LastIndex(s, "©"); i >= 0 && signsCredit(s, i) {
		try(reCreditSign, len(strings.TrimRight(s[:i], "\t\n\f\r ")))
	}
	if strings.Contains(s, "/") || hasFoldASCII(s, "getty") || hasFoldASCII(s, "utter") || hasFoldASCII(s, "toc") || hasFoldASCII(s, "alamy") {
		try(reCreditAgency, 0)
	}
	return at, credit
}

// signsCredit reports whether the copyright sign at i, the last in s, and
// what follows it are the caption's credit and not the story's sentences:
// the tail holds no sentence's stop ("© Getty Images. Players warm up …"),
// where the sign opens the caption it holds a credit's few words only
// ("© Port Authority", not "© Port Authority The dredger at work in
// 2019.", a credit before its caption), and it is the caption's only sign
// (a caption crediting several works, "… © Spire Healthcare, ©
// Samaritans", names no one credit).
func signsCredit(s string, i int) bool {
	tail := s[i:]
	if reSentenceStop.MatchString(tail) || strings.Contains(s[:i], "©") {
		return false
	}
	return strings.TrimSpace(s[:i]) != "" || len(strings.Fields(tail)) <= 5
}

// reSentenceStop is a sentence's stop inside a text: a full, question or
// exclamation mark after a word in lower case and before another word
// ("reserved. The", not the initial of "J. Scott").
var reSentenceStop = regexp.MustCompile(`\p{Ll}{2}[.!?]\s+\S`)

// afterLastStop is the index in s after its last full stop, "." or "。",
// or 0 when it has none.
func afterLastStop(s string) int {
	from := strings.LastIndexByte(s, '.') + 1
	if j := strings.LastIndex(s, "。"); j >= 0 && j+len("。") > from {
		from = j + len("。")
	}
	return from
}

// mayHoldCredit reports whether s, folded by normSpace, holds what every
// match of captionCredit's regexps holds: a closing bracket at its very end (the
// match ends there, and normSpace left no space after it), one of its
// words ("Фото" by its "ф"), the copyright sign, the slash of an agency's credit or an
// agency's name. Most captions hold none; many hold a bracket inside.
func mayHoldCredit(s string) bool {
	return strings.HasSuffix(s, ")") || strings.HasSuffix(s, "）") || holdsAnyRune(s, "图圖摄攝사©") || strings.Contains(s, "写真") ||
		strings.Contains(s, "撮影") || strings.Contains(s, "기자") ||
		hasFoldASCII(s, "photo") || hasFoldASCII(s, "credit") || strings.Contains(s, "rédit") || hasFoldASCII(s, "copyright") || hasFoldASCII(s, "image") ||
		hasFoldASCII(s, "foto") || hasFoldASCII(s, "bild") || holdsAnyRune(s, "фФ/") ||
		hasFoldASCII(s, "getty") || hasFoldASCII(s, "utter") || hasFoldASCII(s, "toc") || hasFoldASCII(s, "alamy")
}

// imageURL resolves the real source of an <img>, following the lazy-loading
// attributes that CMSs use. On a file:// page (a saved page, a local
// mirror) a relative source is a file beside it: it resolves to a file://
// URL, so that the image and its caption are read as they are over http
// rather than dropped, which left the caption in the text.
func imageURL(img *html.Node, base *url.URL) string {
	src := ""
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-url", "data-actualsrc", "src"} {
		if v := strings.TrimSpace(attr(img, k)); v != "" && !strings.HasPrefix(v, "data:") {
			src = v
			break
		}
	}
	if src == "" {
		if ss := firstNonEmpty(attr(img, "data-srcset"), attr(img, "srcset")); ss != "" {
			src = strings.Fields(strings.Split(ss, ",")[0] + " ")[0]
		}
	}
	return resolveURL(src, base, base != nil && base.Scheme == "file")
}

func absURL(ref string, base *url.URL) string {
	return resolveURL(ref, base, false)
}

// linkURL resolves a link to follow: file:// pages (a local mirror) link to
// file:// pages.
func linkURL(ref string, base *url.URL) string {
	return resolveURL(ref, base, true)
}

func resolveURL(ref string, base *url.URL, allowFile bool) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" && !(allowFile && u.Scheme == "file") {
		return ""
	}
	return u.String()
}

func tinyImage(img *html.Node) bool {
	for _, k := range []string{"width", "height"} {
		if v, ok := declaredPixels(img, k); ok && v > 0 && v < 50 {
			return true
		}
	}
	return false
}

// declaredPixels is the number of pixels img's width or height attribute
// (key) declares, "px" or not; ok false when it declares none as a number.
func declaredPixels(img *html.Node, key string) (int, bool) {
	v, err := strconv.Atoi(strings.TrimSuffix(attr(img, key), "px"))
	return v, err == nil
}

// imageOnly reports whether n holds images and no text.
func imageOnly(n *html.Node) bool {
	return isElement(n, atom.Img, atom.Picture) || n.Type == html.ElementNode && textLenUpTo(n, 0) == 0 && findFirst(n, byTag(atom.Img)) != nil
}

// looksLikeCaption reports whether block n, which follows an image, is its
// caption rather than the next paragraph of the story.
func looksLikeCaption(n *html.Node) bool {
	if !isElement(n, atom.P, atom.Div, atom.Span, atom.Center, atom.Em, atom.I, atom.Small) {
		return false
	}
	tl := textLen(n)
	if tl == 0 || tl > 400 {
		return false
	}
	if isElement(n, atom.Center, atom.Em, atom.I, atom.Small) || captionMark(n) != "" || styledCaption(n) {
		return true
	}
	// Text wholly in <em>, <i> or <small>.
	if only := singleElementChild(n); only != nil && isElement(only, atom.Em, atom.I, atom.Small, atom.Span) && textLen(only) == tl && only.DataAtom != atom.Span {
		return true
	}
	t := textOf(n)
	_, credit := splitCaption(t)
	return credit != "" && tl < 250 && hasCreditWords(t)
}

// styledCaption reports whether n, a block after a picture, is its caption
// by its class ("wp-caption-text", "pic-desc", "image-caption": reCaptionClass)
// or by its centring (style="text-align:center", align="center"), as
// Chinese portals set a picture's caption under it.
func styledCaption(n *html.Node) bool {
	return reCaptionClass.MatchString(classID(n)) || centred(n)
}

// centred reports whether n's style or align attribute centres its text.
func centred(n *html.Node) bool {
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "text-align:center") || strings.EqualFold(attr(n, "align"), "center")
}

// captionKey is the attribute markCaptions sets on a picture's caption that
// its class or style tells (styledCaption), for looksLikeCaption to read in
// the body readability returns, which has neither; the sanitised HTML never
// carries it.
const captionKey = "data-newsprint-caption"

// markCaptions marks in doc, before readability strips the classes and
// styles that tell them, the block after each picture that is its caption
// by them (styledCaption), so that the body's pictures take the captions
// the page's own markup gives them.
func markCaptions(doc *html.Node) {
	body := findFirst(doc, byTag(atom.Body))
	if body == nil {
		return
	}
	for _, img := range findAll(body, byTag(atom.Img)) {
		if tinyImage(img) {
			continue
		}
		next := nextElement(imageHolder(img, body))
		if next == nil || !captionSized(next) || !reCaptionClass.MatchString(classID(next)) && !centredCaption(next) {
			continue
		}
		markCaptionBlock(next)
		// The caption's credit, or the caption after a credit line, in
		// blocks of their own classed so.
		for n, i := nextElement(next), 0; n != nil && i < 3 && captionSized(n) && reCaptionClass.MatchString(classID(n)); n, i = nextElement(n), i+1 {
			markCaptionBlock(n)
		}
	}
}

// The values of captionKey: a caption's block, and a credit's set apart
// from it.
const (
	markCaption = "caption"
	markCredit  = "credit"
)

// markCaptionBlock marks n a caption's block, or its credit's when its
// class says credit or copyright and not caption and its text is a
// credit's length ("<span class=image-credit>(Credit: CNET)</span>"), and
// so the element that alone holds its text down from it: readability
// replaces a division by its only paragraph and wraps a loose span in a
// paragraph of its own.
func markCaptionBlock(n *html.Node) {
	mark := markCaption
	if creditBlock(n) {
		mark = markCredit
	} else {
		// A credit inside the caption ("<div class=caption><p>…</p><span
		// class=credit>Jane Roe/Getty</span></div>").
		walk(n, func(c *html.Node) bool {
			if c != n && c.Type == html.ElementNode && creditBlock(c) {
				setAttr(c, captionKey, markCredit)
				return false
			}
			return true
		})
	}
	for i := 0; n != nil && i < 4; i++ {
		setAttr(n, captionKey, mark)
		n = soleHolder(n)
	}
}

// creditBlock reports whether n, in or after a picture's caption, is its
// credit: its class or id says credit or copyright and not caption, and
// its text is a credit's few words ("(Credit: CNET)", "Jane Roe for The New
// York Times"), not a caption's sentence in a block a theme classes so.
func creditBlock(n *html.Node) bool {
	c := classID(n)
	return reCreditClass.MatchString(c) && !strings.Contains(lowerASCII(c), "caption") && textLenUpTo(n, 101) <= 100 &&
		len(strings.Fields(textOf(n))) <= 10
}

// reCreditClass is a class or id that names a picture's credit.
var reCreditClass = regexp.MustCompile(`(?i)credit|copyright|(?:^|[\s_-])source`)

// captionMark is the mark markCaptions set on n, or on the element that
// alone holds n's text (markCaptionBlock); "" for none.
func captionMark(n *html.Node) string {
	if m := attr(n, captionKey); m != "" {
		return m
	}
	if c := soleHolder(n); c != nil {
		return attr(c, captionKey)
	}
	return ""
}

// soleHolder is n's only child element when it holds all of n's text, nil
// otherwise.
func soleHolder(n *html.Node) *html.Node {
	c := singleElementChild(n)
	if c == nil || textLen(c) != textLen(n) {
		return nil
	}
	return c
}

// captionSized reports whether n, a block after a picture or after its
// caption, may be a caption markCaptions marks: a paragraph, division or
// span not marked yet, of a caption's length, and neither a teaser's card
// nor the next picture's frame (WordPress's "wp-caption" around its image
// and caption): a caption holds no heading and no picture.
func captionSized(n *html.Node) bool {
	if attr(n, captionKey) != "" || !isElement(n, atom.P, atom.Div, atom.Span) {
		return false
	}
	tl := textLen(n)
	return tl > 0 && tl <= 400 && findFirst(n, func(c *html.Node) bool { return isHeading(c) || isElement(c, atom.Img, atom.Picture) }) == nil
}

// centredCaption reports whether n, a block after a picture, is a Chinese,
// Japanese or Korean caption centred where the story's text is not: the
// block after it is no centred text too (a story set centred throughout, a
// poem's lines). Portals in those scripts centre a caption under its
// picture; elsewhere a centred line under a picture is as often the
// story's (an epigraph, a book's title under its cover, an aside).
func centredCaption(n *html.Node) bool {
	if !centred(n) || !holdsCJK(textOf(n)) {
		return false
	}
	after := nextElement(n)
	return after == nil || !centred(after) || imageOnly(after)
}

// hasCreditWords reports whether s names a photo, its taking or a picture
// agency, in one of the languages captionCredit reads: "photo", "Foto",
// "Copyright", "Crédit", "图", "摄", traditional Chinese "圖", "攝", Japanese "写真", "撮影",
// Korean "사진" and "기자" (the reporter who took it), "Reuters", "共同".
func hasCreditWords(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"photo", "image", "credit", "图", "摄", "courtesy", "getty", "reuters", "ap)", "afp", "xinhua", "新华社", "office", "agency",
		"foto", "bild", "фото", "copyright", "rédit", "dpa", "epa", "efe", "ansa", "shutterstock", "istock", "alamy", "imago",
		"圖", "攝", "写真", "撮影", "사진", "기자"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func singleElementChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode:
			if only != nil {
				return nil
			}
			only = c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return nil
		}
	}
	return only
}

// collectImages lists the images of the article body with their captions,
// and turns caption paragraphs into <figcaption> so that they leave the text
// but stay in the HTML, inside a <figure> with their image.
func collectImages(body *html.Node, base *url.URL) []Image {
	images := []Image{}
	seen := map[string]bool{}
	total := textLen(body)
	photoEssay(body, total)
	for _, img := range findAll(body, byTag(atom.Img)) {
		src := imageURL(img, base)
		if src == "" || seen[src] || tinyImage(img) {
			continue
		}
		seen[src] = true
		setAttr(img, "src", src)
		im := Image{URL: src, Alt: normSpace(attr(img, "alt"))}
		if fig := closest(img, atom.Figure); fig != nil {
			if fc := findFirst(fig, byTag(atom.Figcaption)); fc != nil {
				im.Caption, im.Credit = splitCaption(textOf(fc))
			}
		} else if holder := imageHolder(img, body); holder != nil {
			if next := nextElement(holder); next != nil && looksLikeCaption(next) && !storyCaption(next, total) {
				run := captionRun(next)
				im.Caption, im.Credit = runCaption(run)
				wrapFigure(holder, run)
			} else if block, t := creditAfter(holder, body); block != nil {
				im.Caption, im.Credit = splitCaption(t)
				figureBlock(block, holder)
			}
		}
		if c := attr(img, pictureCreditKey); c != "" {
			removeAttr(img, pictureCreditKey)
			if im.Credit == "" {
				im.Credit = c
			}
		}
		images = append(images, im)
	}
	return images
}

// pictureCreditKey is the attribute notePictureCredit sets on a picture
// whose copyright line left the body, for collectImages to read; the
// sanitised HTML never carries it.
const pictureCreditKey = "data-newsprint-credit"

// notePictureCredit notes on the photo of n, a block whose lines the body
// loses while its photo stays ("<img>" over "© Jane Roe"), whom the first
// of lines that is a copyright line names (pictureCopyright), as the
// photo's credit. A block of several photos credits none: the line does
// not say which is whose.
func notePictureCredit(n *html.Node, lines []*html.Node) {
	var only *html.Node
	for _, img := range findAll(n, byTag(atom.Img)) {
		if !creditedPicture(img) {
			continue
		}
		if only != nil {
			return
		}
		only = img
	}
	if only == nil {
		return
	}
	for _, l := range lines {
		if c := pictureCopyright(normSpace(textOf(l))); c != "" {
			setAttr(only, pictureCreditKey, c)
			return
		}
	}
}

// pictureCopyright is who a picture's copyright line names: "© 2024 Jane
// Roe. All rights reserved." names Jane Roe, "© Chris - stock.adobe.com"
// Chris - stock.adobe.com. It is "" for a line that does not open with the
// sign or the word ("Wax and oil on panels. All rights reserved, DACS
// 2024." says whose only in prose) or names no one in a credit's length.
func pictureCopyright(line string) string {
	if !opensCopyright(line) {
		return ""
	}
	c := rePictureCopyrightHead.ReplaceAllString(line, "")
	c = reRightsReservedTail.ReplaceAllString(c, "")
	c = strings.Trim(c, " .,;:-–—|")
	if len(c) > 80 || !strings.ContainsFunc(c, unicode.IsLetter) {
		return ""
	}
	return c
}

var (
	// rePictureCopyrightHead is what opens a copyright line before the
	// name: the sign or the word, the sign again, the years, "by".
	rePictureCopyrightHead = regexp.MustCompile(`(?i)^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d|present))?\b[,.]?\s*)?(?:by\s+)?`)
	// reRightsReservedTail is what closes one: "All rights reserved."
	reRightsReservedTail = regexp.MustCompile(`(?i)[\s.,;:|-]*all\s+rights\s+reserved\.?$`)
)

// opensCopyright reports whether line, folded by normSpace, opens with the
// copyright sign or word: "©", "(c)", "Copyright".
func opensCopyright(line string) bool {
	return strings.HasPrefix(line, "©") || len(line) >= 3 && strings.EqualFold(line[:3], "(c)") ||
		len(line) >= 9 && strings.EqualFold(line[:9], "copyright")
}

// creditAfter finds the picture's credit set in the same paragraph as the
// picture, after it ("<p><img …> Photo: Jane Roe/Gazette</p>"), as older
// CMSs and editors' inline images lay it out: it returns the paragraph and
// the credit's text when the paragraph holds nothing before the picture,
// no other picture after it, and after it only a short text that
// credits a picture (a caption ending in one, or the credit alone).
func creditAfter(holder, body *html.Node) (*html.Node, string) {
	block := holder.Parent
	if block == nil || block == body || !isElement(block, atom.P, atom.Div) {
		return nil, ""
	}
	for c := block.FirstChild; c != holder; c = c.NextSibling {
		if !(c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" || isElement(c, atom.Br)) {
			return nil, ""
		}
	}
	var b strings.Builder
	for c := holder.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && findFirst(c, byTag(atom.Img, atom.Picture)) != nil {
			return nil, ""
		}
		b.WriteString(textOf(c))
		b.WriteByte(' ')
	}
	t := normSpace(b.String())
	if t == "" || len(t) >= 250 || !hasCreditWords(t) {
		return nil, ""
	}
	if _, credit := splitCaption(t); credit == "" {
		return nil, ""
	}
	return block, t
}

// figureBlock turns block, a paragraph that holds the picture holder and
// then its caption, into a <figure> with the caption as its <figcaption>.
func figureBlock(block, holder *html.Node) {
	fc := &html.Node{Type: html.ElementNode, Data: "figcaption", DataAtom: atom.Figcaption}
	moveFrom(holder.NextSibling, fc)
	block.RemoveChild(holder)
	block.Parent.InsertBefore(newFigure(holder, fc), block)
	block.Parent.RemoveChild(block)
}

// newFigure is a <figure> of holder, a picture, and fc, its <figcaption>.
func newFigure(holder, fc *html.Node) *html.Node {
	fig := &html.Node{Type: html.ElementNode, Data: "figure", DataAtom: atom.Figure}
	fig.AppendChild(holder)
	fig.AppendChild(fc)
	return fig
}

// moveFrom moves c and the siblings after it to the end of dst.
func moveFrom(c, dst *html.Node) {
	for c != nil {
		next := c.NextSibling
		c.Parent.RemoveChild(c)
		dst.AppendChild(c)
		c = next
	}
}

func closest(n *html.Node, tag atom.Atom) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == tag {
			return p
		}
	}
	return nil
}

// imageHolder is the outermost image-only ancestor of img below body.
func imageHolder(img, body *html.Node) *html.Node {
	h := img
	for p := img.Parent; p != nil && p != body && imageOnly(p); p = p.Parent {
		h = p
	}
	return h
}

// photoEssay unmarks the captions markCaptions marked in body when they
// hold a third of its text, total, or more: a photo essay's or a travel
// blog's captions carry its story, and stay in the text.
func photoEssay(body *html.Node, total int) {
	var marked []*html.Node
	n := 0
	walk(body, func(c *html.Node) bool {
		if c.Type == html.ElementNode && attr(c, captionKey) != "" {
			marked = append(marked, c)
			n += textLen(c)
			return false
		}
		return true
	})
	if 3*n < total {
		return
	}
	for _, c := range marked {
		walk(c, func(d *html.Node) bool {
			if d.Type == html.ElementNode {
				removeAttr(d, captionKey)
			}
			return true
		})
	}
}

// storyCaption reports whether caption, a picture's, is most of the body's
// text, total: a gallery's page whose story is the slide's caption keeps
// it as its text.
func storyCaption(caption *html.Node, total int) bool {
	return 2*textLen(caption) >= total
}

// captionRun is caption and the blocks after it that markCaptions marked
// too: a caption and its credit set apart ("<p class=image-caption>" then
// "<span class=image-credit>"), or a credit line then the caption
// ("<p class=photo_credit>" then "<div class=photo_credit_container>").
func captionRun(caption *html.Node) []*html.Node {
	run := []*html.Node{caption}
	for n := nextElement(caption); n != nil && captionMark(n) != "" && len(run) < 4; n = nextElement(n) {
		run = append(run, n)
	}
	return run
}

// runCaption is the caption and credit of run, a caption's blocks: the
// credit is the text of those markCaptions marked credits, else the one
// that ends the caption's text (splitCaption).
func runCaption(run []*html.Node) (caption, credit string) {
	var captions strings.Builder
	var credits []string
	addCredit := func(t string) {
		if t = strings.Trim(normSpace(t), "()[] "); t != "" && !slices.Contains(credits, t) {
			credits = append(credits, t)
		}
	}
	for _, n := range run {
		if captionMark(n) == markCredit {
			addCredit(textOf(n))
			continue
		}
		walk(n, func(c *html.Node) bool {
			switch {
			case c.Type == html.TextNode:
				captions.WriteString(c.Data)
			case c != n && c.Type == html.ElementNode && attr(c, captionKey) == markCredit:
				addCredit(textOf(c))
				return false
			}
			return true
		})
		captions.WriteByte(' ')
	}
	caption, credit = splitCaption(captions.String())
	if len(credits) > 0 {
		credit = unlabelledCredit(strings.Join(credits, " "))
	}
	return caption, credit
}

// wrapFigure puts holder and caption, a run of blocks after it, into a new
// <figure>, the caption as its <figcaption>.
func wrapFigure(holder *html.Node, caption []*html.Node) {
	parent := holder.Parent
	if parent == nil || caption[0].Parent != parent {
		return
	}
	fc := &html.Node{Type: html.ElementNode, Data: "figcaption", DataAtom: atom.Figcaption}
	for i, c := range caption {
		if i > 0 {
			fc.AppendChild(&html.Node{Type: html.TextNode, Data: " "})
		}
		moveFrom(c.FirstChild, fc)
		parent.RemoveChild(c)
	}
	next := holder.NextSibling
	parent.RemoveChild(holder)
	parent.InsertBefore(newFigure(holder, fc), next)
}

// creditedPicture reports whether n is a picture (<img>, <picture>) that a
// copyright or credit line beside it credits, a photo of the story, and not
// furniture that a site's copyright line holds: a logo, an icon, a badge,
// an advertisement, a share or social button, a loader. Such furniture is
// small where it says its size, names itself in its address, class, id or
// alt text, or links to a site's home page (a logo's link); a photo says
// nothing of the kind. The lines are short boilerplate the body loses
// (stripShortLines, stripMatching), so only n is kept of them.
func creditedPicture(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	img := n
	switch n.DataAtom {
	case atom.Img:
	case atom.Picture:
		if img = findFirst(n, byTag(atom.Img)); img == nil {
			return false
		}
	default:
		return false
	}
	for _, k := range []string{"width", "height"} {
		if v, ok := declaredPixels(img, k); ok && v < 100 {
			return false // an icon, a badge, a 1×1 counter; a photo is larger
		}
	}
	for _, a := range img.Attr {
		switch a.Key {
		case "src", "data-src", "data-lazy-src", "class", "id", "alt":
			v := lowerASCII(a.Val)
			for _, w := range furniturePictureWords {
				if strings.Contains(v, w) {
					return false
				}
			}
		}
	}
	if a := closest(img, atom.A); a != nil && homePageLink(attr(a, "href")) {
		return false
	}
	return true
}

// furniturePictureWords name pictures that are a site's furniture in their
// address, class, id or alt text. A loader says "loading." or "loader"
// ("loading.gif", "Loading ..."), not "loading" (lazysizes' class
// "lazyloading" is a photo's).
var furniturePictureWords = []string{"logo", "icon", "avatar", "sprite", "badge", "button", "banner", "emoji", "gravatar",
	"adserver", "/ads/", "advert", "doubleclick", "pixel", "spacer", "blank.gif", "loading.", "loading …", "loading ...", "loader", "placeholder",
	"share", "social", "/plugins/"}

// homePageLink reports whether href leads to a site's home page: an
// address with no path beyond "/".
func homePageLink(href string) bool {
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return false
	}
	return (u.Host != "" || u.Path != "") && (u.Path == "" || u.Path == "/") && u.RawQuery == ""
}

// keptWithCredit is what a picture's block keeps when its credit line
// goes: the pictures it credits (creditedPicture) and their captions.
func keptWithCredit(n *html.Node) bool {
	return n.DataAtom == atom.Figcaption || creditedPicture(n)
}
