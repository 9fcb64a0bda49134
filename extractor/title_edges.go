package extractor

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// edgeElements reports whether a heading's text h is the stated title t
// with the text of elements that end or open the heading around it: a
// date, a comment count, a subtitle in <small>, a screen reader's note
// ("<h1>Headline <span class="date">May 3, 2025</span></h1>"), a label
// ("<h1><span class="badge">Live</span> Headline</h1>"). The page states
// its title without them. A Chinese or Japanese title, which writes no
// spaces, is long enough at six characters ("<h1><span
// class="tag">独家</span>标题</h1>").
func edgeElements(n *html.Node, h, t string) bool {
	return n != nil && edgeLong(t) && edgeWith(n, h, t)
}

// edgeLong reports whether a stated title is long enough for
// edgeElements to look for it inside a heading: three words or more, or
// six CJK characters or more.
func edgeLong(t string) bool {
	return len(strings.Fields(t)) >= 3 || longCJK(t)
}

// longCJK reports whether t is CJK text of six characters or more.
func longCJK(t string) bool {
	return utf8.RuneCountInString(t) >= 6 && isMostlyCJK(t)
}

// edgeWith is edgeElements once n and t's length are checked.
func edgeWith(n *html.Node, h, t string) bool {
	if rest, ok := strings.CutPrefix(h, t); ok && rest != "" {
		return edgeText(unwrap(n), rest, true)
	}
	if rest, ok := strings.CutSuffix(h, t); ok && rest != "" {
		return edgeText(unwrap(n), rest, false)
	}
	return strings.Contains(h, t) && statedElement(n, t)
}

// unwrap returns the element that a heading wraps its whole content in
// ("<h1><div class="title__headline"><span class="visually-hidden">
// Headline:</span> Title</div></h1>", "<h1><a href=…><span
// class="label">Prefix</span> Title</a></h1>"), as deep as such wrappers
// go: the edges of its content are that element's children.
func unwrap(n *html.Node) *html.Node {
	for range 8 {
		var only *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" || c.Type == html.CommentNode {
				continue
			}
			if only != nil || c.Type != html.ElementNode {
				return n
			}
			only = c
		}
		if only == nil {
			return n
		}
		n = only
	}
	return n
}

// statedElement reports whether an element inside the heading n holds the
// stated title t as its whole text, and the heading's text around it is
// in elements too: a kicker, a badge, a screen reader's punctuation on
// both sides ("<h1><span class="pretitle">KNOWHOW</span> <span><span
// itemprop="headline">Wie …</span><span class="hide">.</span></span></h1>").
func statedElement(n *html.Node, t string) bool {
	e := findFirst(n, func(c *html.Node) bool {
		return c != n && c.Type == html.ElementNode && textOf(c) == t
	})
	if e == nil {
		return false
	}
	// No words of the heading's own beside the title, in the elements
	// that hold it ("<h1>Words <b>Title</b></h1>").
	for a := e.Parent; a != nil; a = a.Parent {
		for c := a.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				return false
			}
		}
		if a == n {
			break
		}
	}
	return true
}

// edgeText reports whether the children at one edge of n, the last ones
// if fromEnd, are elements (blank text aside) whose text is rest.
func edgeText(n *html.Node, rest string, fromEnd bool) bool {
	want := normSpace(rest)
	c, got := n.FirstChild, ""
	if fromEnd {
		c = n.LastChild
	}
	for c != nil {
		if c.Type != html.TextNode || strings.TrimSpace(c.Data) != "" {
			if c.Type != html.ElementNode {
				return false
			}
			if fromEnd {
				got = normSpace(textOf(c) + " " + got)
			} else {
				got = normSpace(got + " " + textOf(c))
			}
			if len(got) >= len(want) {
				return got == want
			}
		}
		if fromEnd {
			c = c.PrevSibling
		} else {
			c = c.NextSibling
		}
	}
	return false
}

// dropTitledKickers cuts from an <h1> the kicker that opens it in an
// inline element of its own, without a colon, where the <title> sets
// that kicker off as a segment of its own before the headline: "<h1><span
// class="h1small">Initiative EnergieEffizienz</span> Kostenloser
// Stromcheck für private Haushalte</h1>" under "<title>Initiative
// EnergieEffizienz - kostenloser Stromcheck | Site</title>". The heading
// joins the two with a space alone, which reads as one sentence; the page
// names the story by what follows. The kicker of one to four words goes
// where three words or more stay.
func dropTitledKickers(vis []titleCand, title string, heads map[string]bool) {
	var parts []string // the <title>'s segments, split on first use
	for i := range vis {
		v := &vis[i]
		first := h1Opening(v)
		if !isElement(first, atom.Span, atom.Small, atom.Strong, atom.B, atom.Em) || first.NextSibling == nil {
			continue
		}
		k := textOfUpTo(first, 60)
		if n := spacedWords(k); n == 0 || n > 4 || len(k) > 60 || strings.ContainsAny(k, ":|") {
			continue
		}
		rest, ok := strings.CutPrefix(v.text, k)
		rest = strings.TrimSpace(rest)
		// Not a kicker set off by a separator: the cleaning reads that.
		if r, _ := utf8.DecodeRuneInString(rest); !ok || spacedWords(rest) < 3 || strings.ContainsRune(titleSepChars, r) {
			continue
		}
		if parts == nil {
			parts = titleParts(title)
		}
		kk, rk := simplify(k), simplify(rest)
		for j := range parts {
			next := ""
			if j+1 < len(parts) && simplify(parts[j]) == kk {
				next = simplify(parts[j+1])
			} else if after, ok := afterKickerMark(parts[j], kk); ok {
				next = simplify(after)
			}
			if next != "" && strings.HasPrefix(rk, next) {
				v.whole, v.text = v.text, rest
				heads[rk] = true
				break
			}
		}
	}
}

// dropStatedKickers cuts from the titles stated for machines (og:title,
// JSON-LD, ...) the kicker an <h1> opens with in an inline element of its
// own ("<h1><span class=kicker>Éditorial</span> L'eau, un bien
// commun</h1>" under og:title "Éditorial. L'eau, un bien commun"), and
// from the <h1> too, where the page shows it is no part of the headline:
// the stated title sets it off with a full stop, the French way of
// writing a rubric's label as a sentence of its own (afterKickerMark), or
// the <title> says the headline without it ("Analysis: Headline" in
// og:title, "Headline | Site" in <title>). A kicker that the <title>
// keeps with a colon ("Transit: Headline") stays the title's own
// (keepKickers). The kicker of one to four words goes where three words
// or more stay.
func dropStatedKickers(vis, stated []titleCand, heads map[string]bool) {
	t := slices.IndexFunc(stated, func(c titleCand) bool { return c.src == srcTitleTag })
	for i := range vis {
		v := &vis[i]
		if v.src != srcH1 || v.node == nil {
			continue
		}
		first := pastBlank(v.node.FirstChild, nextSibling)
		if !isElement(first, atom.Span, atom.Small, atom.Strong, atom.B, atom.Em) || first.NextSibling == nil {
			continue
		}
		k := strings.TrimSpace(textOfUpTo(first, 60))
		whole := cmp.Or(v.whole, v.text)
		rest, ok := strings.CutPrefix(whole, k)
		rest = strings.TrimLeft(rest, " "+titleSepChars)
		if n := spacedWords(k); !ok || n == 0 || n > 4 || len(k) > 60 || spacedWords(rest) < 3 {
			continue
		}
		kk, rk := simplify(k), simplify(rest)
		untitled := t >= 0 && simplify(stated[t].text) == rk
		cut := false
		for j := range stated {
			c := &stated[j]
			if !c.src.structured() || simplify(c.text) != kk+rk {
				continue
			}
			after, dotted := afterKickerMark(c.text, kk)
			if !dotted && untitled {
				after, dotted = kickerRest(c.text, k), true
			}
			if dotted && simplify(after) == rk {
				c.text, cut = after, true
			}
		}
		if cut && v.whole == "" {
			v.whole, v.text = v.text, rest
			heads[rk] = true
		}
	}
}

// kickerRest returns t after its opening kicker k and the separator
// that follows it ("Analysis: Headline"), or "" where t does not open
// with k.
func kickerRest(t, k string) string {
	if len(t) < len(k) || !strings.EqualFold(t[:len(k)], k) {
		return ""
	}
	return strings.TrimLeft(t[len(k):], " "+titleSepChars)
}

// afterKickerMark returns what follows the kicker kk (simplified) in a
// <title>'s segment that sets it off with a full stop ("Éditorial. L'eau,
// un bien commun", "Tribune. Titre"): the French way of writing a
// rubric's label before a headline on one line, as a sentence of its
// own, which the heading sets in an element of its own instead. (A
// kicker the <title> keeps with a colon, "Transit: Headline", is the
// title's own and stays: keepKickers.)
func afterKickerMark(seg, kk string) (string, bool) {
	i := strings.Index(seg, ". ")
	if i <= 0 || i > 80 || simplify(seg[:i]) != kk {
		return "", false
	}
	return strings.TrimSpace(seg[i+2:]), true
}

// h1Opening is the first node in v's heading, white space skipped, when
// v is an <h1> not cut yet; nil otherwise. A heading whose whole content
// is one link is read inside the link, as templates that link the
// headline to its own page write it ("<h1><a href=…><span
// class="kicker">Transit</span>Headline</a></h1>").
func h1Opening(v *titleCand) *html.Node {
	if v.src != srcH1 || v.whole != "" || v.node == nil {
		return nil
	}
	first := pastBlank(v.node.FirstChild, nextSibling)
	if isElement(first, atom.A) && pastBlank(first.NextSibling, nextSibling) == nil {
		return pastBlank(first.FirstChild, nextSibling)
	}
	return first
}

// dropClassedKickers cuts from an <h1> the kicker that opens it in an
// element its class names as one (kickerClasses), without a colon, on a
// page that states no title for machines (where it is asked) and whose
// <title> does not hold the kicker: "<h1><span class="kicker">Transit</span> <span
// class="headline">Headline</span></h1>" under "<title>Site</title>". The
// kicker labels the story's topic, as a section does; where the page
// states its title, the stated title decides (statedElement,
// keepKickers). The kicker of one to four words goes where three words
// or more stay.
func dropClassedKickers(vis []titleCand, title string, heads map[string]bool) {
	title = simplify(title)
	for i := range vis {
		v := &vis[i]
		first := h1Opening(v)
		if !isElement(first, atom.Span, atom.Small, atom.Strong, atom.B, atom.Em, atom.Div, atom.P) || first.NextSibling == nil || !hasClassWord(classID(first), kickerClasses) {
			continue
		}
		k := textOfUpTo(first, 60)
		if n := spacedWords(k); n == 0 || n > 4 || len(k) > 60 || strings.Contains(title, simplify(k)) {
			continue
		}
		rest, ok := strings.CutPrefix(v.text, k)
		if rest = strings.TrimLeft(rest, " "+titleSepChars); ok && spacedWords(rest) >= 3 {
			v.whole, v.text = v.text, rest
			heads[simplify(rest)] = true
		}
	}
}

// dropUnstatedTails cuts from an <h1> the <small> element that ends it
// where no stated title holds that element's text and one shares most
// of its words with the rest: a topic line or a subtitle set after the
// headline ("<h1><span>Energiewende, Mobilität …</span><span
// class="aural">: </span><small class="c-topline"><span class="aural">,
// Thema:</span> Forschung</small></h1>", as the German federal
// government's CMS writes its headings), which the page's titles leave
// out. The separators before it, often for screen readers only, go too.
func dropUnstatedTails(vis, stated []titleCand, heads map[string]bool) {
	for i := range vis {
		v := &vis[i]
		if v.src != srcH1 || v.node == nil {
			continue
		}
		last := pastBlank(v.node.LastChild, prevSibling)
		if !isElement(last, atom.Small) || last == v.node.FirstChild {
			continue
		}
		tail := textOfUpTo(last, 80)
		if len(tail) > 80 || !strings.HasSuffix(v.text, tail) {
			continue
		}
		rest := strings.TrimRight(strings.TrimSuffix(v.text, tail), " "+titleSepChars+",")
		tk := simplify(tail)
		if tk == "" || spacedWords(rest) < 3 {
			continue
		}
		rw := overlapWords(rest)
		related := false
		for _, c := range stated {
			if strings.Contains(simplify(c.raw), tk) {
				related = false
				break
			}
			related = related || wordShare(overlapWords(c.text), rw) >= 0.75
		}
		if related {
			v.text = rest
			heads[simplify(rest)] = true
		}
	}
}

// dropKicker removes a kicker set apart at the start of a headline
// ("<strong>Blog:</strong> Best …"): a word or two ending in a colon, in an
// element of its own; or a badge or a forum thread's prefix (dropBadge),
// thread saying it was the latter.
func dropKicker(h1 *html.Node, text string) (head string, thread bool) {
	first := pastBlank(h1.FirstChild, nextSibling)
	if rest, ok := dropLineKicker(first, text); ok {
		return rest, false
	}
	if !isElement(first, atom.Strong, atom.B, atom.Span, atom.Em, atom.Small) {
		return dropBadge(h1, text)
	}
	k := textOf(first)
	if !strings.HasSuffix(k, ":") || len(strings.Fields(k)) > 2 {
		return dropBadge(h1, text)
	}
	if rest := strings.TrimSpace(strings.TrimPrefix(text, k)); len(strings.Fields(rest)) >= 3 {
		return rest, false
	}
	return text, false
}

// dropLineKicker removes a kicker a template sets on the <h1>'s first
// line, an element of its own that a <br> ends or a block
// ("<h1><span>Brexit</span><br>Headline</h1>", "<h1><div>Brexit</div>
// <div>Headline</div></h1>"), class or none: a topic's label of one to
// three words over a headline that starts a line of its own with a
// capital (or a CJK character) and says more than twice as many words.
// A headline broken over two lines goes on in lower case. It is kept
// where a stated title says the two lines as one (keepKickers); dropDeck
// reads the mirror layout, a deck on the second line.
func dropLineKicker(first *html.Node, text string) (string, bool) {
	if !isElement(first, atom.Span, atom.Small, atom.Strong, atom.B, atom.Div, atom.P) || !lineEdge(first, nextSibling) || neighbour(first, nextSibling) == nil {
		return text, false
	}
	k := textOfUpTo(first, 40)
	n := spacedWords(k)
	if n == 0 || n > 3 || len(k) > 40 || strings.ContainsAny(k, ".?!") {
		return text, false
	}
	rest, ok := strings.CutPrefix(text, k)
	rest = strings.TrimSpace(rest)
	r, _ := utf8.DecodeRuneInString(rest)
	if !ok || !edgeLong(rest) || spacedWords(rest) <= 2*n || unicode.IsLower(r) || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return text, false
	}
	return rest, true
}

// kickerClasses are class words of the line a headline opens with, set
// above it in smaller type: the kicker, "overline", "eyebrow", the
// "headline-intro" and "preHeadline" of news and page templates, German
// "Dachzeile" and "Topline", Italian "occhiello", Spanish "antetítulo"
// and "sobretítulo", French "surtitre", Persian "rutitr".
var kickerClasses = classSetOf("kicker", "overline", "eyebrow", "supertitle", "pretitle", "headline intro", "preheadline", "dachzeile", "topline", "roofline",
	"occhiello", "antetitulo", "sobretitulo", "surtitre", "rutitr")

// dropBadge removes a badge from either edge of a headline: an inline
// element of its own whose text is one of badgeWords ("<h1><span
// class="badge">Live</span> Headline</h1>", "<h1>Headline <span
// class="label">Updated</span></h1>", "<h1><span>独家</span>标题</h1>"),
// or the kind of piece in capitals (pieceKinds: "<h1><strong>ANALYSIS
// </strong> Headline</h1>").
// It labels the story as a live blog, an update or an exclusive; the
// headline is what stays, three words or six CJK characters or more. A
// paywall's mark of three words or fewer in an element classed as one
// (paywallWords: "<span class="premium-label">Plus</span>") is a badge
// whatever its words. A badge the heading sets off with a colon ("Exclusive: Headline") is a
// kicker, which stays. A forum thread's prefix, an element of three
// words or fewer classed as one (prefixClasses) before the thread's
// title, goes too, and thread says so: the forum writes it before the
// title in the <title> as well ("Question - Title | Forum").
func dropBadge(h1 *html.Node, text string) (head string, thread bool) {
	n := unwrap(h1)
	for _, fromEnd := range []bool{false, true} {
		c := pastBlank(n.FirstChild, nextSibling)
		if fromEnd {
			c = pastBlank(n.LastChild, prevSibling)
		}
		if !isElement(c, atom.Span, atom.Strong, atom.B, atom.Small, atom.Mark, atom.Sup) || c.PrevSibling == nil && c.NextSibling == nil {
			continue
		}
		// A word of the headline set in bold is no badge: a badge has
		// a class, or capitals, or a CJK word, or is set in a plain
		// <span> or <small> of its own ("<h1><span>Exclusive</span>
		// Headline</h1>"), which only styles a label.
		k := textOfUpTo(c, 40)
		if len(k) > 40 {
			continue
		}
		thread = !fromEnd && spacedWords(k) <= 3 && hasClassWord(classID(c), prefixClasses)
		// A paywall's mark, classed so, says what it likes ("<span
		// class="premium-badge">Plus</span>", "Abo", "F+").
		paid := spacedWords(k) <= 3 && hasClassWord(classID(c), paywallWords)
		// A kind of piece in capitals ("<strong>ANALYSIS</strong>")
		// labels it as a badge does.
		word := strings.ToLower(strings.Trim(k, " :|[]【】"))
		kind := pieceKinds[word] && strings.ToUpper(k) == k
		if !thread && !paid && !kind && (!badgeWords[word] || attr(c, "class") == "" && strings.ToUpper(k) != k && !isElement(c, atom.Span, atom.Small)) {
			continue
		}
		rest, ok := strings.CutPrefix(text, k)
		if fromEnd {
			rest, ok = strings.CutSuffix(text, k)
		}
		// "Exclusive: Headline", the badge set off by a colon, reads
		// as a kicker the page's title keeps.
		if rest = strings.TrimSpace(rest); ok && edgeLong(rest) && !strings.HasPrefix(rest, ":") && !strings.HasSuffix(rest, ":") {
			return rest, thread
		}
	}
	return text, false
}

// dropDeck removes a deck a template sets on the <h1>'s second line
// ("<h1>Headline<br><small>Deck</small></h1>", "<h1>Headline<br><span
// class="subtitle">Deck</span></h1>"): the heading's last element, after
// a <br>, a <small> or one classed as a deck (deckClasses). A reader
// takes the first line for the headline, three words or six CJK
// characters or more; a kicker on the first line over the headline on
// the second ("<span class=kicker>…</span><br><span>Headline</span>")
// is no deck and stays.
func dropDeck(h1 *html.Node, text string) string {
	c := pastBlank(unwrap(h1).LastChild, prevSibling)
	if c == nil || c.Type != html.ElementNode || c.DataAtom != atom.Small && !hasClassWord(classID(c), deckClasses) {
		return text
	}
	br := neighbour(c, prevSibling)
	if !isElement(br, atom.Br) {
		return text
	}
	deck := textOf(c)
	if head, ok := strings.CutSuffix(text, deck); ok && deck != "" && edgeLong(strings.TrimSpace(head)) {
		return strings.TrimSpace(head)
	}
	return text
}

// deckClasses mark the deck set in a heading under its headline.
var deckClasses = classSetOf("sub", "subtitle", "subhead", "subheading", "subheadline", "deck", "dek", "standfirst", "strapline")

// prefixClasses mark a forum thread's prefix in its heading (XenForo's
// "<span class="label label--blue">Question</span>", vBulletin's
// "prefix").
var prefixClasses = classSetOf("label", "prefix")

// badgeWords are the labels a news site sets in a badge beside a
// headline, in lower case: a live blog, an update, an exclusive, a
// breaking story, a video, a story behind the paywall ("Premium"), in the
// languages of the sites the extractor meets most.
var badgeWords = setOf("live", "updated", "update", "exclusive", "breaking", "video", "watch", "sponsored", "premium",
	"breaking news", "latest news", "latest", "just in", "developing", "developing story", "live updates",
	"exklusiv", "eilmeldung", "liveblog", "liveticker", "live-ticker", "live-blog", "live blog", "exclusif", "en direct", "direct", "urgent", "alerte", "vidéo", "dernière minute",
	"exclusiva", "en vivo", "en directo", "última hora", "ultima hora", "urgente", "último momento",
	"exclusivo", "ao vivo", "vídeo", "esclusiva", "esclusivo", "in diretta", "diretta", "ultim'ora", "ultimora", "ultim’ora",
	"exclusief", "net binnen", "pilne", "tylko u nas", "na żywo", "wideo", "son dakika", "flaş", "flaş haber",
	"ultima oră", "exclusiv", "eksklusif", "tin nóng", "độc quyền", "trực tiếp",
	"срочно", "эксклюзив", "молния", "видео", "терміново", "ексклюзив", "блискавка", "відео",
	"عاجل", "حصري", "بالفيديو", "فيديو", "فوری", "اختصاصی", "ब्रेकिंग", "ब्रेकिंग न्यूज़", "बड़ी खबर", "एक्सक्लूसिव",
	"独家", "快讯", "直播", "视频", "独家报道", "突发", "獨家", "快訊", "突發", "组图", "图文", "多图", "速報", "独自", "動画", "写真",
	"단독", "속보", "포토", "영상")

// badgeSeps end the label cutBadgeLabel cuts.
var badgeSeps = newCharSet(":：|-–—.!")

// cutBadgeLabel removes a badge's word (badgeWords) that opens a title
// as a label set off by a colon ("BREAKING: Headline", "Exclusive:
// Headline", "Eilmeldung: …", "Última hora: …", "СРОЧНО: …", "عاجل: …"),
// a full-width one after a CJK label ("快讯：标题", "独家：标题"), a bar
// or a dash ("BREAKING | Headline", "EN DIRECT - Titre"), a French
// label's full stop after capitals ("VIDÉO. Titre", "DIRECT. Titre"), an
// exclamation mark after a badge's word, as Polish, Ukrainian and Russian
// papers write it ("PILNE! Nagłówek", "Терміново! Заголовок"), or
// the lenticular brackets Japanese and Chinese sites set a label in
// ("【速報】見出し", "【独家】标题"), or the square ones Korean sites set
// theirs in ("[단독] 제목", exclusive; "[속보]", breaking; "[포토]",
// "[영상]", a photo or a video story). It says the story is breaking,
// live, exclusive or a video, as a badge beside a heading does
// (dropBadge); the headline is what stays, three words or six CJK
// characters or more. ("Breaking Bad: …" opens with no label.) A CJK
// site's name in the lenticular brackets goes as a badge does
// (bracketedSite).
func cutBadgeLabel(t string) string {
	label, rest, ok := "", "", false
	if r, ok2 := strings.CutPrefix(t, "【"); ok2 {
		label, rest, ok = strings.Cut(r, "】")
	} else if r, ok2 := strings.CutPrefix(t, "["); ok2 {
		label, rest, ok = strings.Cut(r, "]")
	} else if r, ok2 := strings.CutPrefix(t, "("); ok2 {
		label, rest, ok = strings.Cut(r, ")")
	} else {
		i := badgeSeps.index(t)
		if i <= 0 || i > 40 {
			return t
		}
		label, rest = strings.TrimSpace(t[:i]), t[i:]
		sep, w := utf8.DecodeRuneInString(rest)
		rest = rest[w:]
		switch sep {
		case ':', '：':
			ok = true
		case '.':
			ok = strings.HasPrefix(rest, " ") && strings.ToUpper(label) == label
		case '!':
			ok = strings.HasPrefix(rest, " ") && badgeWords[strings.ToLower(label)]
		default: // a bar or a dash set off by spaces
			ok = strings.HasPrefix(rest, " ") && strings.HasSuffix(t[:i], " ")
		}
	}
	rest = strings.TrimSpace(rest)
	if !ok || !badgeWords[strings.ToLower(label)] && !mediaLabel(label, t[0] == '(' || t[0] == '[') && !bracketedSite(t, label) || !edgeLong(rest) || strings.ContainsRune(titleSepChars, []rune(rest)[0]) {
		return t
	}
	return rest
}

// mediaLabel reports whether a title's opening label says what media
// the story holds, as "VIDEO:" does (badgeWords): a media mark
// (reMediaMark: "PHOTOS: Headline", "(Fotos) Titular", "[20 PHOTOS]
// Headline", "FOTO | Titolo") or a gallery's phrase ("IN PICTURES:
// Headline", "EN IMAGES. Titre"), set in capitals or in brackets as a
// badge is. In small letters it is the headline's own words, a series'
// name ("Photo Gallery: Behind the Scenes in June") or the opening of
// its sentence ("En vidéo : voilà…"), and stays, as a badge's word in
// small letters does at the end (stateMark).
func mediaLabel(label string, bracketed bool) bool {
	if len(label) > 32 || label == "" || !bracketed && strings.IndexFunc(label, unicode.IsLower) >= 0 {
		return false
	}
	return mediaPhrases[strings.ToLower(label)] || reMediaMark.MatchString(label)
}

// mediaPhrases open a gallery's or a video's title as its label in the
// languages of news (mediaLabel).
var mediaPhrases = setOf("in pictures", "in photos", "in pics", "photo gallery", "photo essay", "en images", "en photos", "en vidéo", "en video", "en imágenes", "en fotos", "em fotos", "em imagens", "em vídeo", "in foto", "in immagini", "in bildern", "fotostrecke", "fotogallery", "videogallery")

// bracketedSite reports whether the label in lenticular brackets that
// opens the title t is a Chinese or Japanese site's name, ending as news
// sites' names do (cjkSiteEnds): "【新华网】标题", "【某某日报】标题".
func bracketedSite(t, label string) bool {
	n := utf8.RuneCountInString(label)
	return strings.HasPrefix(t, "【") && n >= 2 && n <= 8 && isMostlyCJK(label) && holdsAnySuffix(label, cjkSiteEnds)
}

// cutTitleByline removes a byline a template glues to the end of a
// stated title ("Headline by Jane Doe | Site", "Headline, by Jane
// Doe", a blog's "Headline // by Jane Doe", "Schlagzeile von Anna
// Schmidt", "Titre par Jean Dupont"): "by" in one of the languages of
// titleByWords and two to four words that name one of the authors the
// page states (statesAuthor), after a headline of three words or more.
// A headline's own "by" ("Stand by Me by Stephen King") names no author
// the page states, and stays.
func cutTitleByline(t string, tc titleContext) string {
	if tc.meta == nil {
		return t
	}
	if head, name, ok := titleByline(t); ok && tc.meta.statesAuthor(name) {
		return head
	}
	return t
}

// titleByline splits a title that ends with a byline ("Headline by Jane
// Doe") into the headline and the name: the last of titleByWords, two
// to four words after it, three or more before it.
func titleByline(t string) (head, name string, ok bool) {
	i, by := -1, ""
	for _, w := range titleByWords {
		if j := strings.LastIndex(t, w); j > i {
			i, by = j, w
		}
	}
	if i <= 0 {
		return t, "", false
	}
	name = t[i+len(by):]
	head = strings.TrimRight(t[:i], " ,/")
	if n := spacedWords(name); n < 2 || n > 4 || spacedWords(head) < 3 {
		return t, "", false
	}
	return head, name, true
}

// cutShownByline removes the byline a template glues to the end of a
// stated title (titleByline) once the page's authors are known: the
// name is one of them, as the page's visible byline shows it ("<p
// class=byline>By Jane Doe</p>" under "<title>Headline by Jane Doe |
// Site</title>"), which the title's cleaning, done before the byline is
// read, cannot check (cutTitleByline reads the metadata only). A name
// that is none of them stays: "Tips on how to be more creative by John
// Cleese" credits the tips, not the page.
func cutShownByline(t string, authors []string) string {
	head, name, ok := titleByline(t)
	if !ok || len(authors) == 0 {
		return t
	}
	key := foldedKey(name)
	if slices.ContainsFunc(authors, func(a string) bool { return foldedKey(a) == key }) {
		return head
	}
	return t
}

// cutBracketedByline removes the author's name a template sets in
// brackets at the end of a stated title ("見出し（谷太郎） | 文春オンライン",
// "Headline (Jane Doe) | Site") once the page's authors are known: the
// brackets hold one of them, spaced or not, or one of them with a
// reporter's title after it as Japanese, Chinese and Korean bylines write
// it ("谷太郎記者", "홍길동 기자"). Brackets that name no author of the page
// stay ("(PHOTOS)", "（上）", "(Jane Doe's last film)").
func cutBracketedByline(t string, authors []string) string {
	var open, close string
	switch {
	case len(authors) == 0:
		return t
	case strings.HasSuffix(t, ")"):
		open, close = "(", ")"
	case strings.HasSuffix(t, "）"):
		open, close = "（", "）"
	default:
		return t
	}
	i := strings.LastIndex(t, open)
	if i <= 0 {
		return t
	}
	head := strings.TrimSpace(t[:i])
	name := strings.TrimSpace(t[i+len(open) : len(t)-len(close)])
	if name == "" || !edgeLong(head) {
		return t
	}
	key := func(s string) string { return strings.ReplaceAll(foldedKey(s), " ", "") }
	k := key(name)
	for _, a := range authors {
		ka := key(a)
		if ka == "" {
			continue
		}
		if rest, ok := strings.CutPrefix(k, ka); ok && (rest == "" || reporterTitles[rest]) {
			return head
		}
	}
	return t
}

// reporterTitles are the titles Japanese, Chinese and Korean bylines set
// after a reporter's name ("谷太郎記者", "张三记者", "홍길동 기자").
var reporterTitles = setOf("記者", "记者", "特派員", "编辑", "기자", "특파원")

// statedTitleSource reports whether a title's provenance is a stated
// title a template writes (the <title>, og:title, twitter:title): the
// titles a byline is glued to.
func statedTitleSource(prov string) bool {
	return prov == "title-tag" || prov == "meta:og" || prov == "meta:twitter"
}

// titleByWords are the words for "by" that glue a byline to a title, in
// English, German, French, Spanish, Portuguese, Italian and Dutch,
// spaced.
var titleByWords = []string{" by ", " By ", " von ", " par ", " por ", " di ", " door "}

// reCountLink matches the text of a link to a post's comments that a
// theme sets inside its heading, after the title ("<h1>Headline <a
// href="#comments">12 Comments</a></h1>", "3 Kommentare"): a count with
// its word (countNoteRe), or the count alone where the link or its
// element says it leads to the comments.
var reCountLink = regexp.MustCompile(`(?i)^(?:` + countNoteRe + `|no comments|\d{1,6})$`)

// dropHiddenEdges removes what a heading holds at its start or its end
// and does not show: an element the hidden attribute or an inline style
// hides ("<span style="display:none">keywords</span>"), a note for
// screen readers only (screenReaderOnly: "<span class=screen-reader-text>
// Posted in News: </span>"), or a decorative glyph hidden from screen
// readers ("<span aria-hidden=true>▶</span>"), which has no letter or
// digit. The headline is what stays, three words or six CJK characters
// or more.
func dropHiddenEdges(h *html.Node, text string) string {
	u := unwrap(h)
	if u.FirstChild == nil || u.FirstChild == u.LastChild {
		return text
	}
	edge := func(c *html.Node, next func(*html.Node) *html.Node) *html.Node {
		c = pastBlank(c, next)
		if c == nil || c.Type != html.ElementNode {
			return nil
		}
		return c
	}
	unseen := func(c *html.Node) (string, bool) {
		k := strings.TrimSpace(textOfUpTo(c, 200))
		if k == "" || len(k) > 200 {
			return "", false
		}
		if hasAttr(c, "hidden") || hidesByStyle(attr(c, "style")) || screenReaderOnly(c) {
			return k, true
		}
		glyph := strings.IndexFunc(k, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0
		return k, glyph && len(k) <= 8 && strings.EqualFold(attr(c, "aria-hidden"), "true")
	}
	if c := edge(u.FirstChild, func(c *html.Node) *html.Node { return c.NextSibling }); c != nil {
		if k, ok := unseen(c); ok {
			if rest, cut := strings.CutPrefix(text, k); cut && edgeLong(strings.TrimSpace(rest)) {
				text = strings.TrimSpace(rest)
			}
		}
	}
	if c := edge(u.LastChild, func(c *html.Node) *html.Node { return c.PrevSibling }); c != nil {
		if k, ok := unseen(c); ok {
			if rest, cut := strings.CutSuffix(text, k); cut && edgeLong(strings.TrimSpace(rest)) {
				text = strings.TrimSpace(rest)
			}
		}
	}
	return text
}

// dropAnchorMark removes the permalink mark a documentation theme or a
// static site generator sets at the end of a heading: a link to a
// fragment of the page whose text is a mark, no letter or digit (Sphinx's
// and MkDocs' "<a class=headerlink href="#install">¶</a>", the "#", "§"
// or "🔗" of markdown-it-anchor, Hugo's and Jekyll's themes). The
// headline is what stays, three words or six CJK characters or more.

func dropAnchorMark(h *html.Node, text string) string {
	c := pastBlank(unwrap(h).LastChild, prevSibling)
	if c == nil || !isElement(c, atom.A) || c == unwrap(h).FirstChild || !strings.HasPrefix(attr(c, "href"), "#") {
		return text
	}
	k := strings.TrimSpace(textOfUpTo(c, 16))
	if k == "" || len(k) > 12 || strings.IndexFunc(k, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
		return text
	}
	if head, ok := strings.CutSuffix(text, k); ok && edgeLong(strings.TrimSpace(head)) {
		return strings.TrimSpace(head)
	}
	return text
}

// dropCommentCount removes a link to the post's comments that ends a
// heading, its count's text (reCountLink) in an element of its own, a
// link or one holding a link: the page states its title without it. A
// bare number goes only where the link's href or the element's class
// names the comments ("#comments", "#respond", "comments-link"); a count
// with no link, only where the element's class does ("<span
// class=comments-count>12</span>"). The
// headline is what stays, three words or six CJK characters or more.
func dropCommentCount(h *html.Node, text string) string {
	c := pastBlank(unwrap(h).LastChild, prevSibling)
	if c == nil || c.Type != html.ElementNode || c == unwrap(h).FirstChild {
		return text
	}
	a := findFirst(c, func(n *html.Node) bool { return isElement(n, atom.A) })
	k := strings.TrimSpace(textOfUpTo(c, 40))
	// A count shown without a link, in an element whose class names
	// the comments ("<span class=comments-count>12</span>"), is one.
	if len(k) > 40 || !reCountLink.MatchString(k) || a == nil && !classIDHolds(c, "comment") {
		return text
	}
	if a != nil && strings.Trim(k, "0123456789") == "" {
		href := strings.ToLower(attr(a, "href"))
		if !strings.Contains(href, "#comment") && !strings.Contains(href, "#respond") && !strings.Contains(href, "#disqus") &&
			!classIDHolds(a, "comment") && !classIDHolds(c, "comment") {
			return text
		}
	}
	if head, ok := strings.CutSuffix(text, k); ok && edgeLong(strings.TrimSpace(head)) {
		return strings.TrimSpace(head)
	}
	return text
}

// kindLabelled reports whether a heading's text h is the stated title t
// after a label of the kind of piece, set off by a colon, a bar or a dash
// ("<h1>Opinion | Headline</h1>", "Analysis: Headline", "Kommentar:
// Headline", "OPINIÓN | Titular", "Interview: …") under og:title or a
// <title> that says the headline alone: an opinion desk's or an
// interview's label, which the template writes into the heading's text
// where others set it as a kicker above it. So is a badge's word or a
// media mark ("LIVE: …", "Photos: …", "独家｜标题"). The page's stated
// title leaves it out.
func kindLabelled(h, t string) bool {
	rest, ok := strings.CutSuffix(h, t)
	if !ok || rest == "" || !edgeLong(t) || len(rest) > 40 {
		return false
	}
	return kindLabel(rest)
}

// kindLabel reports whether lead, what opens a headline up to the
// headline's first letter, is a label of the kind of piece, a badge's
// word or a media mark and the colon, bar or dash that sets it off
// ("Opinion | ", "Analysis: ", "独家｜"). An ASCII bar or dash is
// spaced after the label, as "Opinion|Headline" runs the two together.
func kindLabel(lead string) bool {
	label := strings.TrimRight(lead, " ")
	label, sep := trimLastRune(label)
	if !strings.ContainsRune(":|–—-｜：", sep) || sep < utf8.RuneSelf && label+string(sep) == lead && sep != ':' {
		return false
	}
	label = strings.ToLower(strings.TrimSpace(label))
	return pieceKinds[label] || badgeWords[label] || mediaPhrases[label] || reMediaMark.MatchString(label)
}

// dropKindLabels cuts from an <h1> the label of the kind of piece that
// opens its own text, set off by a colon, a bar or a dash ("<h1>OPINION
// | Headline</h1>", "Analysis: Headline", "Kommentar | Überschrift"), on
// a page that states no title for machines and whose <title> does not
// say the headline with the label: an opinion desk's or an analysis's
// label, which kindLabelled reads where a stated title leaves it out and
// others set as a kicker above the headline (dropClassedKickers). It
// goes where a headline of three words or six CJK characters stays.
func dropKindLabels(vis []titleCand, title string, heads map[string]bool) {
	title = simplify(title)
	for i := range vis {
		v := &vis[i]
		if v.src != srcH1 || v.whole != "" {
			continue
		}
		for j, r := range v.text {
			if j > 40 {
				break
			}
			if !strings.ContainsRune(":|–—-｜：", r) {
				continue
			}
			k := j + utf8.RuneLen(r)
			rest := strings.TrimLeft(v.text[k:], " ")
			lead := v.text[:len(v.text)-len(rest)]
			if kindLabel(lead) && edgeLong(rest) && !strings.Contains(title, simplify(v.text)) {
				v.whole, v.text = v.text, rest
				heads[simplify(rest)] = true
				break
			}
		}
	}
}

// trimLastRune returns s without its last rune, and that rune.
func trimLastRune(s string) (string, rune) {
	r, n := utf8.DecodeLastRuneInString(s)
	return s[:len(s)-n], r
}

// pieceKinds are the labels newspapers give a piece that is not a plain
// report, in lower case: opinion, analysis, commentary, a column, an
// editorial, a review, an interview, an explainer, in the languages of
// issue 13.
var pieceKinds = setOf("opinion", "analysis", "commentary", "comment", "column", "interview", "q&a", "editorial", "op-ed", "perspective", "viewpoint", "explainer", "fact check", "review",
	"kommentar", "meinung", "entrevista", "entretien", "intervista", "интервью", "інтерв'ю", "wywiad", "röportaj", "专访", "采访", "インタビュー", "인터뷰", "analyse", "leitartikel", "kolumne", "gastbeitrag", "glosse",
	"opinión", "análisis", "columna", "tribuna", "opinião", "análise", "coluna", "artigo de opinião",
	"tribune", "chronique", "éditorial", "point de vue", "décryptage", "témoignage", "récit", "enquête", "reportage",
	"opinione", "analisi", "commento", "editoriale", "rubrica",
	"opinie", "commentaar", "analiza", "komentarz", "felieton", "opinia",
	"мнение", "колонка", "комментарий", "аналитика", "думка", "коментар",
	"yorum", "görüş", "analiz", "köşe yazısı", "pendapat", "opini", "analisis", "tajuk rencana",
	"رأي", "تحليل", "مقال رأي", "نظر", "یادداشت", "تحلیل",
	"评论", "社论", "觀點", "观点", "評論", "社説", "論説", "オピニオン", "사설", "칼럼", "기고", "오피니언")
