package extractor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// splitByHeadings cuts the <title>, og:title and twitter:title where the
// page's own headings show the cut: "Schneier on Security: How Terrorist
// Groups Disband" on a page whose post heading is "How Terrorist Groups
// Disband", "Drama Desk Winner … - Theater News" under the heading "Drama
// Desk Winner …". A stated title whose text is a heading's, cut or not, is
// marked confirmed. What the cut leaves is the site's name or a section:
// when it is the start of the title, or when it is also a heading of the
// page (a blog's masthead), it is returned as the site's name, which no
// heading can then be the headline as.
//
// shown is the simplified text of the page's first plain heading line
// (firstPlainHeading: an <h2>, a large <font> line), "" for none. Where
// the heading the cut is made at is one segment and shown is the other,
// the page sets that other segment as a line of its own below its
// masthead: an older table layout's "<h1>Valley Courier</h1> … <font
// size=4><b>Headline</b></font>" under "<title>Valley Courier -
// Headline</title>". The line is the headline and the <h1> names the site.
//
// banner holds the simplified texts of the headings that sit in the page's
// banner (bannerHeadings). Where both segments are headings of the page
// and the one taken for the headline is in the banner while the other is
// not, the banner's names the site: phpBB's "<h1>City Forums</h1>" in its
// role="banner" header over the topic's "<h2>Line 6 extension
// opens</h2>", under "<title>Line 6 extension opens - City Forums</title>".
func splitByHeadings(cands []titleCand, heads map[string]bool, shown string, banner map[string]bool) map[string]bool {
	if len(heads) == 0 {
		return nil
	}
	var site map[string]bool
	for i := range cands {
		c := &cands[i]
		if c.src != srcTitleTag && c.src != srcOG && c.src != srcTwitter {
			continue
		}
		if heads[simplify(c.text)] {
			c.confirmed = true
			continue
		}
		if uncut(c, heads) && heads[simplify(c.text)] {
			c.confirmed = true
			continue
		}
		// "Headline by Jane Doe | Site" where a heading shows
		// "Headline": the byline is the template's, whether or not the
		// page names its author elsewhere (cutTitleByline).
		if head, _, ok := titleByline(c.text); ok && heads[simplify(head)] {
			c.text, c.confirmed = head, true
			continue
		}
		head, rest, lead, ok := headingSplit(c.text, heads)
		if !ok {
			continue
		}
		// Both segments may be headings of the page: the structured
		// data says which is the headline ("Ein Albtraum - DER SPIEGEL
		// 52/2018" with the JSON-LD headline "Ein Albtraum", where the
		// issue's name heads a box at the page's foot). The other is
		// then a name of the site's, an issue's or a section's.
		if structuredAs(cands, rest) && !structuredAs(cands, head) || shown != "" && simplify(rest) == shown && !heads[shown] && !structuredAs(cands, head) ||
			banner[simplify(head)] && heads[simplify(rest)] && !banner[simplify(rest)] && !structuredAs(cands, head) {
			head, rest, lead = rest, head, !lead
		}
		c.text = head
		if !lead {
			c.suffix = append([]string{rest}, c.suffix...)
		}
		if lead || heads[simplify(rest)] {
			site = withSite(site, simplify(rest))
		}
	}
	return site
}

// withSite adds keys, simplified texts, to site, the names a page's
// titles read as its site's, and returns it; a nil site is made.
func withSite(site map[string]bool, keys ...string) map[string]bool {
	if site == nil {
		site = make(map[string]bool, len(keys))
	}
	for _, k := range keys {
		site[k] = true
	}
	return site
}

// structuredAs reports whether structured data states t as the title.
func structuredAs(cands []titleCand, t string) bool {
	k := simplify(t)
	return k != "" && slices.ContainsFunc(cands, func(c titleCand) bool { return c.src.structured() && simplify(c.text) == k })
}

// uncut gives a stated title back the segments its cleaning cut from its
// end when a heading of the page ends with them too: "UCI uphold USADA
// findings - surprised?" under that heading lost " - surprised?" as if it
// named the site. It reports whether it did; headingSplit then cuts what
// precedes the heading.
func uncut(c *titleCand, heads map[string]bool) bool {
	start := strings.Index(c.raw, c.text)
	if start < 0 {
		return false
	}
	end := start + len(c.text)
	for k, seg := range c.suffix {
		i := strings.Index(c.raw[end:], seg)
		if i < 0 {
			return false
		}
		end += i + len(seg)
		t := c.raw[start:end]
		// The heading must hold what the cleaning kept, not only what it
		// cut: a footer heading with the site's name is no reason.
		head, _, lead, ok := headingSplit(t, heads)
		if heads[simplify(t)] || ok && lead && strings.HasSuffix(t, head) && len(t)-len(head) < len(c.text) {
			c.text, c.suffix = t, c.suffix[k+1:]
			return true
		}
	}
	return false
}

// headingSplit finds in title a headline that is one of heads, set off
// from the rest by a separator or a colon: it returns the headline, the
// rest, and whether the rest came first. After a colon comes the
// headline's own subtitle as often as a site's name, so a colon only sets
// off a name before the headline ("Blog: Headline").
func headingSplit(title string, heads map[string]bool) (head, rest string, lead, ok bool) {
	for _, cut := range titleCuts(title) {
		before, after := strings.TrimSpace(title[:cut.i]), strings.TrimSpace(title[cut.j:])
		if before == "" || after == "" {
			continue
		}
		switch {
		case plausibleHeadline(after) && heads[simplify(after)]:
			return after, before, true, true
		case !cut.colon && plausibleHeadline(before) && heads[simplify(before)]:
			return before, after, false, true
		}
	}
	return "", "", false, false
}

// titleCut is the span [i, j) of a separator in a title.
type titleCut struct {
	i, j  int
	colon bool // a ": " that reTitleSep does not split at
}

// titleCuts returns the spans of title's separators, then of its ": ".
func titleCuts(title string) []titleCut {
	var cuts []titleCut
	if titleSepSet.index(title) >= 0 {
		for _, m := range titleSeps(title, 8) {
			cuts = append(cuts, titleCut{i: m[0], j: m[1]})
		}
	}
	cuts = append(cuts, hanHyphenCuts(title)...)
	cuts = append(cuts, cjkSpaceCuts(title)...)
	rest := 0
	for len(cuts) < 16 {
		i := strings.Index(title[rest:], ": ")
		if i < 0 {
			break
		}
		cuts = append(cuts, titleCut{i: rest + i, j: rest + i + 2, colon: true})
		rest += i + 2
	}
	return cuts
}

// hanHyphenCuts returns the spans of the hyphens set without spaces
// between two Han characters: Chinese portals join the headline and the
// channel's name so ("标题-新华网重庆频道"), where reTitleSep splits only a
// spaced hyphen. A hyphen between Han characters also joins names in a
// headline ("中国-东盟博览会"): headingSplit cuts at one only where a
// heading of the page is what stands on one side.
func hanHyphenCuts(title string) []titleCut {
	return cutsBetween(title, "-－", func(r rune) bool { return unicode.Is(unicode.Han, r) })
}

// cjkSpaceCuts returns the spans of the single spaces set between two
// Han or kana characters: Japanese blog hosts (FC2, Seesaa, livedoor's
// older skins) join the entry's title and the blog's name with a space
// alone ("記事タイトル ブログ名", "ブログ名 記事タイトル"), where Japanese
// writes no space inside a sentence. headingSplit cuts at one only where
// a heading of the page is the whole of one side.
func cjkSpaceCuts(title string) []titleCut {
	return cutsBetween(title, " ", isCJK)
}

// cutsBetween returns the spans of up to eight of the runes of seps in
// title that stand between two runes in reports.
func cutsBetween(title, seps string, in func(rune) bool) []titleCut {
	var cuts []titleCut
	for i := 0; i < len(title) && len(cuts) < 8; {
		j := strings.IndexAny(title[i:], seps)
		if j < 0 {
			break
		}
		i += j
		r, size := utf8.DecodeRuneInString(title[i:])
		before, _ := utf8.DecodeLastRuneInString(title[:i])
		after, _ := utf8.DecodeRuneInString(title[i+size:])
		if r != utf8.RuneError && in(before) && in(after) {
			cuts = append(cuts, titleCut{i: i, j: i + size})
		}
		i += size
	}
	return cuts
}

// mastheadName reports whether a heading is the site's name as a blog's
// masthead shows it: a short name that the host begins ("Schneier on
// Security" on schneier.com) and that opens the <title> before the
// post's own title ("Schneier on Security: Micromorts").
func mastheadName(heading, docTitle, host string) bool {
	return hostNamed(heading, host) && namedFirst(heading, docTitle)
}

// namedFirst reports whether name opens title before more of it, set
// off by a separator or a space (an ideographic one too), not inside a
// word.
func namedFirst(name, title string) bool {
	rest, ok := strings.CutPrefix(title, name)
	return ok && strings.TrimLeft(rest, " 　"+titleSepChars) != "" && strings.IndexAny(rest, " 　"+titleSepChars) == 0
}

// bannerFirst reports whether a banner's name opens title before more
// of it, set off by a separator, or by a space alone (an ideographic one
// too) between CJK characters, as Japanese blog hosts join the two: a
// space after a name in a cased script may run on into a headline that
// opens with it.
func bannerFirst(name, title string) bool {
	rest, ok := strings.CutPrefix(title, name)
	if !ok || !namedFirst(name, title) {
		return false
	}
	after := strings.TrimLeft(rest, " 　")
	if r, _ := utf8.DecodeRuneInString(after); strings.ContainsRune(titleSepChars, r) {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	next, _ := utf8.DecodeRuneInString(after)
	return isCJK(last) && isCJK(next)
}

// cutMasthead removes a masthead's name from the start of the stated
// titles: what follows it is the post's title, one word or more where
// the host spells the name (mastheadName). A heading in the page's
// banner (bannerHeadings: a blog's "<h1><a href="/">ブログ名</a></h1>")
// is the site's name too, whatever its host: FC2's and other Japanese
// blog hosts' templates open the <title> with it and a space or a colon
// ("ブログ名 記事タイトル", "ブログ名: 記事タイトル"); what follows it
// is the post's title where it is three words or six CJK characters.
func cutMasthead(stated, vis []titleCand, docTitle, host string, banner map[string]bool) {
	for _, v := range vis {
		hosted := mastheadName(v.text, docTitle, host)
		if !hosted && !(banner[simplify(v.text)] && bannerFirst(v.text, docTitle)) {
			continue
		}
		for i := range stated {
			c := &stated[i]
			if c.src != srcTitleTag && c.src != srcOG && c.src != srcTwitter {
				continue
			}
			if rest, ok := strings.CutPrefix(c.text, v.text); ok {
				if rest = strings.TrimLeft(rest, " 　"+titleSepChars); rest != "" && (hosted || edgeLong(rest)) {
					c.text = rest
				}
			}
		}
		return
	}
}

// bannerHeadings returns the simplified texts of the visible headings
// that sit in the page's banner: an element with role="banner", which a
// page gives its site-wide header (the headline's own header, inside an
// <article> or <main>, is none), or a heading whose text a link to the
// front page names the site with (a blog's "<h1><a href="/">Blog</a></h1>"
// masthead, homeNames).
func bannerHeadings(vis []titleCand, tc titleContext) map[string]bool {
	var out map[string]bool
	for _, v := range vis {
		if v.node == nil || hasAncestor(v.node, byTag(atom.Article, atom.Main)) {
			continue
		}
		if tc.home.hasSite(v.text) || hasAncestor(v.node, func(n *html.Node) bool { return strings.EqualFold(attr(n, "role"), "banner") }) {
			if out == nil {
				out = map[string]bool{}
			}
			out[simplify(v.text)] = true
		}
	}
	return out
}
