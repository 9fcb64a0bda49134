package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// shareEndpoints are the addresses that share a page on a network, the
// same on every site whatever its markup or language: the share buttons'
// links.
var shareEndpoints = []string{
	"facebook.com/sharer", "facebook.com/share.php", "facebook.com/dialog/share", "facebook.com/dialog/feed",
	"twitter.com/share", "twitter.com/intent/tweet", "x.com/intent/tweet", "x.com/intent/post", "x.com/share",
	"linkedin.com/sharing", "linkedin.com/sharearticle", "linkedin.com/cws/share", "linkedin.com/feed/?sharearticle",
	"api.whatsapp.com/send", "web.whatsapp.com/send", "wa.me/?", "whatsapp://send",
	"pinterest.com/pin/create", "reddit.com/submit", "t.me/share", "telegram.me/share", "xing.com/spi/shares", "xing.com/social/share",
	"vk.com/share.php", "tumblr.com/share", "tumblr.com/widgets/share", "flipboard.com/bookmarklet", "getpocket.com/save",
	"threads.net/intent", "bsky.app/intent/compose", "mailto:?",
}

// shareEndpointKeys finds any of shareEndpoints in one pass over a link.
var shareEndpointKeys = newKeySet(shareEndpoints...)

// shareButtons reports whether n is a row of share buttons: two links or
// more to shareEndpoints, and no more text than their names.
func shareButtons(n *html.Node) bool {
	shares, links := 0, 0
	walk(n, func(c *html.Node) bool {
		if !isElement(c, atom.A) {
			return true
		}
		links++
		if href := asciiLower(attr(c, "href")); href != "" && shareEndpointKeys.in(href) {
			shares++
		}
		return false
	})
	return shares >= 2 && textLenUpTo(n, 30*links) <= 30*links
}

// shareLabel returns the label before n, a row of share buttons: the
// nearest element before n, or before the wrappers that hold n alone, when
// it is short, without a link, and a call to share ("Artikel gefallen?
// Vergiss nicht zu teilen!", "Compartir") or a line ending in a colon
// ("Spread the word:"). nil otherwise: a share bar often sits under the
// headline or the standfirst, and after the story's short last line
// ("Enjoy!"), which stay.
func shareLabel(n *html.Node) *html.Node {
	w := n
	for i := 0; i < 3 && prevElement(w) == nil && w.Parent != nil && singleElementChild(w.Parent) == w; i++ {
		w = w.Parent
	}
	l := prevElement(w)
	if l == nil || findFirst(l, byTag(atom.A, atom.Img, atom.Picture, atom.Video, atom.Iframe)) != nil {
		return nil
	}
	if tl := textLenUpTo(l, maxSidebarHeading); tl == 0 || tl > maxSidebarHeading {
		return nil
	}
	if !isHeading(l) && !isElement(l, atom.P, atom.Div, atom.Span, atom.Strong, atom.B, atom.Label) {
		return nil
	}
	t := strings.TrimSpace(textOf(l))
	if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
		return l
	}
	lt := strings.ToLower(t)
	for _, v := range shareCalls {
		if hasWordAt(lt, v, true) {
			return l
		}
	}
	for _, v := range shareStems {
		if hasWordAt(lt, v, false) {
			return l
		}
	}
	return nil
}

// shareCalls are the verb "share" in the languages most common in news,
// lower-cased, as a share bar's call says it; shareStems start such a verb
// ("поделитесь") or are written without spaces between words (分享).
// "Shares", "verteilen" and "mitteilen" are other words.
var (
	shareCalls = []string{"share", "teilen", "compartir", "comparte", "compártelo", "compartilhe", "compartilhar", "partager", "partagez",
		"condividi", "udostępnij", "deel dit", "paylaş", "bagikan", "chia sẻ", "sdílej"}
	shareStems = []string{"поделит", "поділит", "شارك", "分享", "シェア", "공유"}
)

// hasWordAt reports whether w occurs in s at the start of a word, and
// when whole, at its end too.
func hasWordAt(s, w string, whole bool) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(w):])
		if (j == 0 || !unicode.IsLetter(before)) && (!whole || j+len(w) == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		i = j + len(w)
	}
}
