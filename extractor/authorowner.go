package extractor

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A personal site names its owner where a company site names itself: in
// its <title> ("The Fold-and-Cut Problem (Erik Demaine)"), in the masthead
// linking home ("Pierce Freeman"), in its copyright line ("© 2025 Toby
// Hede"), under its portrait (addPortrait). When that name is the one the
// site's host spells (erikdemaine.org, tobyhede.com, artmann.co), the
// owner is the author of a post that credits no one else: the weakest
// source of all (fromSiteOwner), so that any byline or structured author
// beats it.

// ownerOrgWords are words that make a capitalised pair a business rather
// than a person ("Huberman Lab", "Apple Inc").
var ownerOrgWords = setOf("inc", "llc", "ltd", "corp", "co", "company", "group", "media", "news", "blog", "lab", "labs",
	"studio", "studios", "press", "magazine", "journal", "daily", "times", "post", "agency", "solutions", "services",
	"systems", "technologies", "digital", "online", "network", "team", "the", "and", "of", "church", "school",
	"university", "college", "institute", "foundation", "society", "club", "center", "centre", "clinic", "law", "shop", "store",
	"international", "state", "gmbh", "ag", "design", "designs", "photography", "consulting", "productions", "films",
	"marketing", "creative", "partners", "associates")

// personLike reports whether s is a person's name written out: two or
// three capitalised words of letters (a middle initial may have its dot),
// none of them a business's word.
func personLike(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for _, x := range w {
		r := []rune(x)
		if !unicode.IsUpper(r[0]) || ownerOrgWords[strings.ToLower(x)] {
			return false
		}
		for i, c := range r {
			if !unicode.IsLetter(c) && !(c == '.' && i == len(r)-1 && len(r) == 2) && c != '-' && c != '\'' && c != '’' {
				return false
			}
		}
	}
	return true
}

// ownerHostLabels are the labels of a host that may spell its owner's
// name: the top-level domain and "www" or "blog" never do.
func ownerHostLabels(host string) []string {
	labels := strings.Split(strings.ToLower(host), ".")
	if len(labels) < 2 {
		return nil
	}
	var out []string
	for _, l := range labels[:len(labels)-1] {
		if l != "www" && l != "blog" && len(l) >= 4 {
			out = append(out, simplify(l))
		}
	}
	return out
}

// spelledByHost reports whether a host label spells name: the whole name
// ("tobyhede" for Toby Hede) or, of five letters or more, its first or
// last word ("artmann" for Christoffer Artmann).
func spelledByHost(name string, labels []string) bool {
	w := strings.Fields(name)
	whole, first, last := simplify(name), simplify(w[0]), simplify(w[len(w)-1])
	for _, l := range labels {
		if l == whole || len(l) >= 5 && (l == first || l == last) {
			return true
		}
	}
	return false
}

// reOwnerTitleSep splits a <title> into the segments one of which may be
// the owner's name.
var reOwnerTitleSep = regexp.MustCompile(`\s+[|\-–—·»:]+\s+|[()]`)

// reCopyrightNoise is what a copyright line holds besides the owner's
// name: the sign, the word, the years, "All rights reserved", and the
// Creative Commons mark a personal site licenses its posts under in its
// place ("(CC) 2006-2008 by Martin Weber").
var reCopyrightNoise = regexp.MustCompile(`(?i)©|\(c\)|\(cc\)|copyright|\b(?:19|20)\d{2}\b|[-–—]|all\s+rights\s+reserved\.?`)

// copyrightHolder is the name a copyright line gives, up to the first
// full stop, comma or bar after it, without the "by" that may stand
// before it ("Copyright © 2024 by Jane Doe").
func copyrightHolder(line string) string {
	s := normSpace(reCopyrightNoise.ReplaceAllString(line, " "))
	if i := strings.IndexAny(s, ",|"); i >= 0 {
		s = s[:i]
	}
	if hasFoldPrefix(s, "by ") {
		s = s[3:]
	}
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
}

// copyrightPerson is the person a copyright line with its year states the
// copyright of ("© 2019 Anna Schreivogel", "Copyright 2009 Jane Doe. All
// Rights Reserved."), or "": the holder must open with a given name, as a
// company's name ("© 2024 Acme Media") does not; a line without a year
// credits a picture as often.
func copyrightPerson(line string) string {
	if !hasYearOrEpoch(line) {
		return ""
	}
	if h := copyrightHolder(line); personLike(h) && startsWithGivenName(h) {
		return h
	}
	return ""
}

// siteOwner is the person the site is named after, or "" when none is: a
// name stated in the site's name, its <title>, a link home or a copyright
// line that the host spells, or the site's name when the page's author
// <meta> states it too ("annette thurmon" on the site "Annette Thurmon").
func siteOwner(m *pageMeta, pageURL, siteName, text string) string {
	if personLike(siteName) && startsWithGivenName(siteName) {
		for _, v := range m.tags["author"] {
			if strings.EqualFold(normSpace(v), siteName) {
				return siteName
			}
		}
	}
	if o := cjkBlogOwner(m); o != "" {
		return o
	}
	if o := blogTitleOwner(m.docTitle); o != "" {
		return o
	}
	if o := taglineOwner(m.tagline); o != "" {
		return o
	}
	u, err := url.Parse(pageURL)
	if err != nil {
		return ""
	}
	labels := ownerHostLabels(u.Hostname())
	if len(labels) == 0 {
		return ""
	}
	// Each place that states a name: the site's name, the <title>'s
	// segments, the links home, the copyright lines, the portraits. A
	// portrait states its name twice, in its alt text and its file's
	// name.
	places := [][]string{{siteName}, reOwnerTitleSep.Split(m.docTitle, -1), m.homeLinks, nil, m.portraitNames()}
	for _, c := range m.copyrights {
		places[3] = append(places[3], copyrightHolder(c))
	}
	for i, texts := range places {
		for _, t := range texts {
			if t = normSpace(t); personLike(t) && spelledByHost(t, labels) && !usedAsWords(t, text) &&
				(startsWithGivenName(t) || casedAsName(t) && !spelledWhole(t, labels) && (i == len(places)-1 || statedTwice(t, places))) {
				return t
			}
		}
	}
	return ""
}

// maxPortraits is how many portraits a page's metadata records.
const maxPortraits = 4

// pictureWords say what a picture is rather than whom it shows: a site's
// logo is named after the site ("Trezy Logo").
var pictureWords = setOf("logo", "icon", "avatar", "banner", "photo", "image", "picture", "thumbnail", "headshot", "portrait")

// addPortrait records the alt text of img and its file's name when the
// picture may be a person's portrait: a personal site pictures its owner
// beside an "about me" ("<img alt="Christoffer Artmann"
// src="/images/christoffer-artmann.jpg">" on artmann.co). It runs on
// every picture and copies nothing: most are let go on their alt text,
// which is not two or three capitalised words, or on a file whose name
// lacks its first word; portraitNames reads the rest.
func (m *pageMeta) addPortrait(img *html.Node) {
	alt := attr(img, "alt")
	if len(m.portraits) >= maxPortraits || len(alt) < 5 || len(alt) > 40 || !capitalisedWordsOnly(alt) {
		return
	}
	src := attr(img, "src")
	file := src[strings.LastIndexByte(src, '/')+1:]
	if i := strings.IndexAny(file, "?#"); i >= 0 {
		file = file[:i]
	}
	if first := alt[:strings.IndexByte(alt, ' ')]; isASCII(first) && !containsFold(file, first) {
		return
	}
	m.portraits = append(m.portraits, [2]string{alt, file})
}

// capitalisedWordsOnly reports whether s is two or three words, each
// opening with a capital, set apart by single spaces.
func capitalisedWordsOnly(s string) bool {
	words := 0
	for w := range strings.SplitSeq(s, " ") {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false // a small word, a digit, or a second space ("")
		}
		words++
	}
	return words >= 2 && words <= 3
}

// portraitNames is the names the recorded portraits show: a person's
// name (personLike) that the picture's file spells, no logo or icon
// (pictureWords).
func (m *pageMeta) portraitNames() []string {
	var out []string
	for _, p := range m.portraits {
		alt, file := p[0], p[1]
		if personLike(alt) && !slices.ContainsFunc(strings.Fields(alt), func(w string) bool { return pictureWords[strings.ToLower(w)] }) &&
			strings.Contains(simplify(file), simplify(alt)) {
			out = append(out, alt)
		}
	}
	return out
}

// containsFold reports whether s holds sub in any case, without copying
// either.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// casedAsName reports whether every word of name is a capital and small
// letters ("Pierce Freeman"): a business writes its name in capitals
// ("ACREDIS", "ECOVACS US"), with capitals inside a word or joined by
// hyphens ("Garden-Based").
func casedAsName(name string) bool {
	for _, w := range strings.Fields(name) {
		for i, r := range w {
			if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// spelledWhole reports whether a host label spells the whole of name: a
// brand's site spells its brand ("bigthink", "legalnomads"), where a
// person's often spells one of the names ("pierce" for Pierce Freeman).
func spelledWhole(name string, labels []string) bool {
	return slices.Contains(labels, simplify(name))
}

// statedTwice reports whether two of the places a site names itself
// (siteOwner) state name: a personal site's masthead links home under its
// owner's name and its <title> ends in it ("Go ahead, self-host Postgres |
// Pierce Freeman" on pierce.dev).
func statedTwice(name string, places [][]string) bool {
	n := 0
	for _, texts := range places {
		if slices.ContainsFunc(texts, func(t string) bool { return normSpace(t) == name }) {
			n++
		}
	}
	return n >= 2
}

// usedAsWords reports whether the page's text uses a word of name as an
// ordinary word, in lower case: a brand is made of words ("Big Think",
// "Nikon Rumors", "Once Wed": "think", "rumors", "once"), a person's name
// mostly is not.
func usedAsWords(name, text string) bool {
	for _, w := range strings.Fields(name) {
		if lw := strings.ToLower(strings.TrimSuffix(w, ".")); len(lw) >= 2 && wordUses(text, lw, 1) > 0 {
			return true
		}
	}
	return false
}

// wordUses counts, up to most, the places where text writes w as a word
// of its own: not inside a longer word, a web address ("infuy.com") or a
// handle.
func wordUses(text, w string, most int) int {
	if w == "" {
		return 0
	}
	n := 0
	for i := 0; n < most; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			break
		}
		j += i
		end := j + len(w)
		if !wordJoined(text, j-1, true) && !wordJoined(text, end, false) {
			n++
		}
		i = end
	}
	return n
}

// wordJoined reports whether the byte at i joins a word to what is
// before (before) or after it: a letter or digit, or the marks of
// addresses and handles ("/", "@", "_", "-", and "." before a letter).
func wordJoined(s string, i int, before bool) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	switch c := s[i]; {
	case letterAt(s, i) || c >= '0' && c <= '9' || c == '/' || c == '@' || c == '_' || c == '-':
		return true
	case c == '.':
		return before || letterAt(s, i+1)
	}
	return false
}

// isHomeHref reports whether href points at a site's front page: "/" or
// an address whose path is "/" or empty, without a query. It runs on
// every link of every page: no URL is parsed.
func isHomeHref(href string) bool {
	if href == "/" {
		return true
	}
	rest, ok := strings.CutPrefix(href, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(href, "http://"); !ok {
			return false
		}
	}
	i := strings.IndexByte(rest, '/')
	return i != 0 && (i < 0 || i == len(rest)-1) && !strings.ContainsAny(rest, "?#")
}

// addHomeLink records the text of a, the first few links to a front page.
func (m *pageMeta) addHomeLink(a *html.Node) {
	if len(m.homeLinks) >= 8 {
		return
	}
	// A Chinese blog's name links to the blog's front page, a path of
	// its platform's host ("张三的博客", cjkBlogOwner): its text is read
	// only when it holds 的, and after the first four links home too, as
	// the platform's top bar links its channels' front pages above it.
	home := isHomeHref(attr(a, "href")) && len(m.homeLinks) < 4
	if !home && !anyText(a, func(t string) bool { return strings.Contains(t, "的") }) {
		return
	}
	if t := normSpace(textOf(a)); t != "" && len(t) < 60 && (home || cjkBlogName(t)) {
		m.homeLinks = append(m.homeLinks, t)
	}
}

// addCopyright records n, a text, when it is short and holds a copyright
// sign or word, the first few; and the first such in the page's footer
// (a <footer>, or an element whose class or id says "footer").
func (m *pageMeta) addCopyright(n *html.Node) {
	t := n.Data
	// "©" is 0xC2 0xA9, "opyright" holds a y: a byte found first, and most
	// texts (white space between tags) are let go without a search for
	// either whole.
	if len(m.copyrights) < 4 && len(t) < 200 && (strings.IndexByte(t, 0xC2) >= 0 && strings.Contains(t, "©") || strings.IndexByte(t, 'y') >= 0 && strings.Contains(t, "opyright") || creativeCommonsMark(t)) {
		m.copyrights = append(m.copyrights, t)
		if m.footCopyright == "" && hasAncestor(n, func(p *html.Node) bool { return p.DataAtom == atom.Footer || classIDHolds(p, "footer") }) {
			m.footCopyright = t
		}
	}
}

// creativeCommonsMark reports whether t holds the mark "(CC)" that a
// site licensing its posts under Creative Commons sets where others set
// "©".
func creativeCommonsMark(t string) bool {
	i := strings.IndexByte(t, '(')
	return i >= 0 && (strings.Contains(t[i:], "(CC)") || strings.Contains(t[i:], "(cc)"))
}

// footerOwner is the person a blog's footer states the copyright of, with
// its year ("Copyright 2009 Jane Doe. All Rights Reserved."), when the
// name opens with a given name and the post's text does not use its
// words: the owner of a personal site whose host need not spell the name
// (siteOwner). A company's name opens with no given name.
func footerOwner(m *pageMeta, text string) []string {
	if h := copyrightPerson(m.footCopyright); h != "" && !usedAsWords(h, text) {
		return []string{h}
	}
	return nil
}

// reBlogPageName is a blog platform's page that a <title> may name
// instead of its owner: "首页 | blog.example.com".
var reBlogPageName = regexp.MustCompile(`首页|首頁|主页|主頁|博客|部落格|日志|日誌|相册|相冊|留言|列表|归档|歸檔|搜索|登录|登錄|注册|註冊`)

// blogTitleOwner is the owner that a Chinese blog platform's <title>
// names beside the platform's address, and nothing else, on every page of
// the blog: "海姑娘 | blog.wenxuecity.com". Else "".
func blogTitleOwner(title string) string {
	if !holdsCJK(title) {
		return "" // the name is of Chinese characters only: most titles hold none
	}
	parts := reCJKTitleSep.Split(strings.TrimSpace(title), -1)
	if len(parts) != 2 {
		return ""
	}
	name, host := strings.TrimSpace(parts[0]), strings.ToLower(strings.TrimSpace(parts[1]))
	if looksLikeDomain(name) {
		name, host = strings.TrimSpace(parts[1]), strings.ToLower(strings.TrimSpace(parts[0]))
	}
	if !looksLikeDomain(host) || !strings.Contains(host, "blog") {
		return ""
	}
	if n := utf8.RuneCountInString(name); n < 2 || n > 8 || cjkRunes(name) != n || isCJKOrg(name) || reCJKNotName.MatchString(name) || reCJKNotLoneName.MatchString(name) || reBlogPageName.MatchString(name) || !nameLike(name) {
		return ""
	}
	return name
}

// taglineOwner is the person a personal blog's description names as its
// owner with a possessive before what the blog holds: "Mike Woodward's
// thoughts on AI, data, and analytics", "Jane Doe's blog about
// gardening". The name is a person's, opening with a common given name
// (a brand's "Trader Joe's" is not one). Else "".
func taglineOwner(tagline string) string {
	i := strings.Index(tagline, "'s ")
	if j := strings.Index(tagline, "’s "); j > 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 {
		return ""
	}
	if name := tagline[:i]; personLike(name) && startsWithGivenName(name) {
		return name
	}
	return ""
}
