package extractor

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reSiteParen matches a trailing "(from The Bolton News)" or "(Reuters)",
// and a Japanese paper's name in lenticular brackets ("見出し【地域新聞】").
var reSiteParen = regexp.MustCompile(`\s*[(（\[【]\s*(?i:from\s+|via\s+)?([^()（）\[\]【】]{2,60})[)）\]】]\s*$`)

// cleanTitle removes from a title what names the site, its section or a
// menu entry, in any position ("Trend News : …", "… - World - CBN News",
// "… (from The Bolton News)"), and a date run into its start. guess also
// drops a short last segment after a much longer headline (the site name on
// most CMS templates) when nothing names the site. It returns the headline
// and the segments cut from its end.
func cleanTitle(raw string, tc titleContext, guess bool) (string, []string) {
	t, quoted := protectQuotes(normSpace(withoutBidiMarks(raw)))
	t, suffix := cleanSegments(t, tc, guess)
	if quoted {
		t = restoreQuotes(t)
		for i, s := range suffix {
			suffix[i] = restoreQuotes(s)
		}
	}
	return t, suffix
}

// withoutBidiMarks returns t without the marks that set the direction of
// right-to-left text (U+200E, U+200F, U+061C, the embeddings U+202A to
// U+202E and the isolates U+2066 to U+2069): Arabic, Persian and Hebrew
// templates wrap a <title>'s segments in them ("\u200fHeadline\u200f -
// \u200fSite"), and they print nothing. A text without them is returned
// as it is.
func withoutBidiMarks(t string) string {
	return blankRunes(t, func(r rune) bool {
		return r == '\u200E' || r == '\u200F' || r == '\u061C' || r >= '\u202A' && r <= '\u202E' || r >= '\u2066' && r <= '\u2069'
	})
}

// fromSiteCredit reports whether a bracket that ends a stated title
// credits the paper the story is from: "(from The Bolton News)", the
// form Newsquest's papers give every story's <title>, "(From Bolton
// Evening Star)" on a copy elsewhere. open is the text from the bracket
// to the name, which "from" ends; the name is a title-cased name of one
// to six words and no digits ("of", "and", "the", "&" may be small),
// after a headline of three words or more. Any host: the name need not
// be the page's own site.
func fromSiteCredit(open, name, head string) bool {
	if !strings.HasSuffix(strings.ToLower(strings.TrimSpace(open)), "from") || spacedWords(head) < 3 {
		return false
	}
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 6 {
		return false
	}
	for i, w := range f {
		if i > 0 && nameJoiners[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return true
}

// nameJoiners are the small words inside a paper's name ("Journal of
// Commerce", "Herald and Times").
var nameJoiners = setOf("of", "and", "the", "&", "for", "on")

// cleanedTitle is a text cleanTitle was given, and what it gave.
type cleanedTitle struct {
	raw, text string
	guess     bool
	suffix    []string
}

// clean is cleanTitle, run once for each text and guess on a page: the
// stated titles (og:title, twitter:title, the <title>) and the visible
// headline are often one text.
func (tc titleContext) clean(raw string, guess bool) (string, []string) {
	if tc.cleaned == nil {
		return cleanTitle(raw, tc, guess)
	}
	if i := slices.IndexFunc(*tc.cleaned, func(d cleanedTitle) bool { return d.raw == raw && d.guess == guess }); i >= 0 {
		d := (*tc.cleaned)[i]
		return d.text, slices.Clone(d.suffix)
	}
	text, suffix := cleanTitle(raw, tc, guess)
	*tc.cleaned = append(*tc.cleaned, cleanedTitle{raw: raw, text: text, guess: guess, suffix: slices.Clone(suffix)})
	return text, suffix
}

// cleanSegments is cleanTitle on a title whose quoting guillemets stand
// protected (protectQuotes).
func cleanSegments(t string, tc titleContext, guess bool) (string, []string) {
	// Markdown's heading marks, which a CMS left in ("## Headline"); not
	// a number's sign ("#1 Pick").
	if rest := strings.TrimLeft(t, "#"); len(rest) < len(t) && len(t)-len(rest) <= 6 && strings.HasPrefix(rest, " ") {
		t = strings.TrimSpace(rest)
	}
	t = cutMarks(t)
	var suffix []string
	if guess {
		t = cutLeadWord(cutDateTail(cutPageMarks(t)))
		t, suffix = cutReversedTrail(t)
	}
	// "标题_澎湃新闻-The Paper": a CJK site's name and its English one.
	t, suffix = cutLatinSiteName(t, tc, suffix)
	// The expression runs only on titles that end in a bracket.
	if strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）") || strings.HasSuffix(t, "]") || strings.HasSuffix(t, "】") {
		if m := reSiteParen.FindStringSubmatchIndex(t); m != nil && m[0] > 0 {
			if inner := t[m[2]:m[3]]; siteLike(inner, tc.siteName, tc.host) || cjkSourceCredit(t[:m[0]], inner) || guess && fromSiteCredit(t[m[0]:m[2]], inner, t[:m[0]]) {
				suffix = append(suffix, inner)
				t = strings.TrimSpace(t[:m[0]])
				// "Headline - Center for OER and Language Learning
				// (COERLL)": the name the acronym stands for goes too.
				if parts := titleParts(t); len(parts) > 1 && abbreviates(inner, parts[len(parts)-1]) {
					suffix = append([]string{parts[len(parts)-1]}, suffix...)
					t = strings.TrimSpace(t[:strings.LastIndex(t, parts[len(parts)-1])])
				}
			}
		}
	}
	if parts := titleParts(t); len(parts) > 1 {
		var cut []string
		t, cut = stripSiteSegments(t, parts, tc, guess)
		suffix = append(cut, suffix...)
		// "見出し（毎日新聞） - Yahoo!ニュース": the source before the
		// portal's name.
		if strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")") {
			if m := reSiteParen.FindStringSubmatchIndex(t); m != nil && m[0] > 0 && cjkSourceCredit(t[:m[0]], t[m[2]:m[3]]) {
				suffix = append([]string{t[m[2]:m[3]]}, suffix...)
				t = strings.TrimSpace(t[:m[0]])
			}
		}
	}
	// "Headline | anything": a spaced pipe does not occur inside
	// headlines; what follows it is a site, a section or a tagline. Nor
	// does a spaced double colon, which blog platforms set before the
	// blog's name ("글제목 :: 블로그", Tistory's skins).
	for _, sep := range []string{" | ", " :: "} {
		if i := strings.Index(t, sep); i > 0 {
			if head := strings.TrimSpace(t[:i]); len(strings.Fields(head)) >= 3 || len([]rune(head)) >= 8 && isMostlyCJK(head) {
				suffix = append(titleParts(t[i:]), suffix...)
				t = head
			}
		}
	}
	// "Headline by Jane Doe | Site": the page's author after the
	// headline.
	if guess {
		t = cutTitleByline(t, tc)
	}
	t = trimSeparators(t)
	t = cutLeadingDate(t)
	// "Headline #news #valley": hashtags a social editor adds, two or
	// more at the end; one may be the headline's own ("… about #MeToo").
	t = cutHashtags(t)
	// "Headline via @site": the text a share button tweets.
	if i := strings.LastIndex(t, " via @"); i > 0 && !strings.Contains(t[i+6:], " ") {
		suffix = append([]string{t[i+5:]}, suffix...)
		t = strings.TrimSpace(t[:i])
	}
	// "Blog: Headline", "Google Lat Long: Headline", "example.com
	// Headline", "Politik: Headline" on /politik/…: a label, the site's
	// name, its domain or the page's folder before the headline, set off
	// by a colon the separators above leave alone.
	// "r/golang on Reddit: Headline": a community on the site, named
	// before the colon.
	// "Société : Headline" on /societe/…: French sets a space before
	// the colon, and the address spells the folder without accents.
	// "블로그명 : 제목": a blog's name its header or profile box shows
	// unlinked (shownInProfile).
	// "Article: Headline", "Noticia: Headline": older CMSs' generic
	// label before a stated title (not a heading's, which keeps what its
	// site writes).
	if label, rest, ok := strings.Cut(t, ": "); ok && (tc.siteNamed(label) || onSite(label, tc) || tc.home.shownInProfile(label) || !strings.Contains(strings.TrimSuffix(label, " "), " ") && (tc.siteOrLabel(label) || anySpelling(label, tc.folderNamed) || domainName(label)) || guess && storyLabels[simplify(label)] && spacedWords(rest) >= 3) && len(strings.Fields(rest)) >= 2 {
		t = rest
		// "Site: Politics: Headline": the section after the name; a
		// news section's name ("Site: Local News: Headline") whatever
		// the menus say.
		if sec, rest, ok := strings.Cut(t, ": "); ok && (tc.folderNamed(sec) || tc.siteOrLabel(sec) || newsSection(sec)) && len(strings.Fields(rest)) >= 2 {
			t = rest
		}
	} else if w, rest, ok := strings.Cut(t, " "); ok {
		host := strings.TrimPrefix(tc.host, "www.")
		if host != "" && strings.EqualFold(w, host) {
			if rest = strings.TrimLeft(rest, " "+titleSepChars); len(strings.Fields(rest)) >= 2 {
				t = rest
			}
		}
	}
	// "Sport. Ajax wint": a section's name as a sentence of its own.
	if guess {
		t = cutSectionSentence(t, tc)
	}
	// "見出し：朝日新聞", "标题-新华网": a CJK site's name after a colon or
	// a hyphen that sets off no other segment.
	if head, cut, ok := cjkSiteTail(t, tc); ok {
		suffix = append(cut, suffix...)
		t = head
	}
	// "新华网_标题", "人民网--标题", "江城日报－国内新闻－标题": the site's
	// name, and its channel, before the headline.
	t = cutCJKSiteHead(t, tc)
	// "[Valley Ilbo] Headline": the outlet's name in brackets, as
	// Korean news sites open their <title>s (a badge's label there,
	// "[단독]", went with cutBadgeLabel).
	if strings.HasPrefix(t, "[") {
		if name, rest, ok := strings.Cut(t[1:], "] "); ok && tc.siteNamed(name) && spacedWords(rest) >= 2 {
			t = strings.TrimSpace(rest)
		}
	}
	// "Headline- Corriere.it": a site's domain name after a hyphen that
	// the template spaced on one side only, as no headline's hyphen is.
	if i := strings.LastIndex(t, "- "); i > 0 && t[i-1] != ' ' && domainName(t[i+2:]) && spacedWords(t[:i]) >= 3 {
		suffix = append([]string{t[i+2:]}, suffix...)
		t = strings.TrimSpace(t[:i])
	}
	// "Headline :zenhabits": the site's name after a colon.
	if i := strings.LastIndex(t, " :"); i > 0 && tc.siteNamed(t[i+2:]) && len(strings.Fields(t[:i])) >= 2 {
		suffix = append([]string{strings.TrimSpace(t[i+2:])}, suffix...)
		t = strings.TrimSpace(t[:i])
	}
	t, suffix = cutNamedTail(t, ": ", suffix, tc)
	t, suffix = cutNamedTail(t, ". ", suffix, tc)
	return t, suffix
}

// cutLatinSiteName cuts the English name a CJK site writes after its own
// at the end of its <title>s, set off by an unspaced hyphen ("标题_澎湃号·
// 政务_澎湃新闻-The Paper"): up to four Latin words, a capital first,
// after a CJK name that is a segment of its own and names the site or
// ends as news sites' names do (cjkSiteEnds).
func cutLatinSiteName(t string, tc titleContext, suffix []string) (string, []string) {
	i := strings.LastIndexByte(t, '-')
	if i <= 0 || i+1 >= len(t) || t[i+1] < 'A' || t[i+1] > 'Z' {
		return t, suffix
	}
	latin := t[i+1:]
	if n := spacedWords(latin); n > 4 || strings.IndexFunc(latin, func(r rune) bool { return r > 127 || !unicode.IsLetter(r) && r != ' ' && r != '\'' }) >= 0 || n == 0 {
		return t, suffix
	}
	j := strings.LastIndexAny(t[:i], "_|｜")
	if j < 0 {
		return t, suffix
	}
	_, w := utf8.DecodeRuneInString(t[j:])
	name := strings.TrimSpace(t[j+w : i])
	if last, _ := utf8.DecodeLastRuneInString(name); !isCJK(last) || !tc.siteNamed(name) && !holdsAnySuffix(name, cjkSiteEnds) {
		return t, suffix
	}
	return t[:i], append([]string{latin}, suffix...)
}

// domainName reports whether a word is a name a site gives itself as a
// domain, whatever host serves the page: letters or digits, a dot, and a
// top-level domain in lower case ("Example.com", "Nachrichten.at",
// "ValleyNews.co.uk", "Долина.ру", "Лента.ру"). Not a product's name
// ("Node.js", "ASP.NET").
func domainName(w string) bool {
	name, tld, ok := cutLastDot(w)
	if !ok || !domainTLDs[tld] {
		return false
	}
	if sld, rest, ok := cutLastDot(name); ok && secondLevel[rest] {
		name = sld
	} else if ok {
		name = rest
	}
	if utf8.RuneCountInString(name) < 2 {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '.' {
			return false
		}
	}
	return true
}

// cutLastDot splits w at its last dot, both sides not empty.
func cutLastDot(w string) (before, after string, ok bool) {
	i := strings.LastIndexByte(w, '.')
	if i <= 0 || i == len(w)-1 {
		return w, "", false
	}
	return w[:i], w[i+1:], true
}

// domainTLDs are the top-level domains news sites' names end in, as
// their names write them (Russian sites spell .ru in Cyrillic).
var domainTLDs = setOf("com", "net", "org", "info", "biz", "news", "online", "de", "at", "ch", "uk", "fr", "es", "it", "nl", "be", "pl", "ru", "ua", "by", "kz",
	"cz", "sk", "hu", "ro", "bg", "rs", "hr", "si", "gr", "tr", "pt", "br", "ar", "mx", "pe", "cl", "co", "ve", "in", "pk", "ng", "ke", "za", "au", "nz", "ca", "us",
	"ie", "dk", "se", "no", "fi", "ee", "lv", "lt", "md", "ge", "am", "az", "uz", "il", "ir", "id", "my", "ph", "vn", "tv", "io", "eu",
	"ру", "рф", "укр", "бел", "срб", "мкд", "қаз")

// onSite reports whether a label reads "<community> on <site>", one word
// before the site's name as the page gives it ("r/golang on Reddit"); a
// headline's speaker on a channel ("Senator Jane Doe on Valley TV: …")
// has more words.
func onSite(label string, tc titleContext) bool {
	i := strings.LastIndex(label, " on ")
	return i > 0 && !strings.Contains(label[:i], " ") && tc.siteNamed(label[i+4:])
}

// cutNamedTail cuts the site's whole name that ends a title after sep, a
// colon or a full stop, and the section sep sets off before it:
// "Headline: Russia: Lenta.ru", "Headline: Site", and the full stops of
// Russian and Ukrainian broadcasters' and portals' titles ("Headline.
// Новости. Первый канал"). A headline's own colon sets off a subtitle,
// and its own full stop a second sentence, never the site's name, so the
// name is what decides; a section goes only beside it, where the page's
// menus or its address name it and a headline of two words or more
// stays, or where it is one capitalised word ("Россия", "Новости") after
// a headline of four words or more, as a subtitle of one word hardly is.
func cutNamedTail(t, sep string, suffix []string, tc titleContext) (string, []string) {
	n := len(sep)
	i := strings.LastIndex(t, sep)
	if i <= 0 || !tc.siteNamed(t[i+n:]) || spacedWords(t[:i]) < 2 {
		return t, suffix
	}
	suffix = append([]string{strings.TrimSpace(t[i+n:])}, suffix...)
	t = strings.TrimSpace(t[:i])
	if j := strings.LastIndex(t, sep); j > 0 && ((tc.siteOrLabel(t[j+n:]) || tc.folderNamed(t[j+n:])) && spacedWords(t[:j]) >= 2 || sectionWord(t[j+n:]) && spacedWords(t[:j]) >= 4) {
		suffix = append([]string{strings.TrimSpace(t[j+n:])}, suffix...)
		t = strings.TrimSpace(t[:j])
	}
	return t, suffix
}

// abbreviates reports whether acr is the acronym of name: the initials of
// its capitalised words, a word in capitals whole ("COERLL" for "The
// Center for OER and Language Learning", "DPC" for "Digital Preservation
// Coalition").
func abbreviates(acr, name string) bool {
	if len(acr) < 2 || acr != strings.ToUpper(acr) {
		return false
	}
	var b strings.Builder
	for i, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case i == 0 && strings.EqualFold(w, "the"):
		case w == strings.ToUpper(w) && len(w) > 1:
			b.WriteString(w)
		case unicode.IsUpper(r):
			b.WriteRune(r)
		}
	}
	return strings.EqualFold(b.String(), acr)
}

// stripSiteSegments removes leading and trailing segments that name the
// site, its section or a menu entry. When none does and guess is set, a
// trailing short segment after a clearly longer headline is taken to be the
// site or section, as on most CMS templates.
func stripSiteSegments(full string, parts []string, tc titleContext, guess bool) (string, []string) {
	lo := 0
	// What comes before a CMS's label is the site ("Site » Blog Archive »
	// Post").
	for i, p := range parts[:len(parts)-1] {
		if cmsLabels[simplify(p)] {
			lo = i + 1
		}
	}
	// A segment the title holds twice is the site's name, written once by
	// the theme and once by an SEO plugin ("High Scalability - High
	// Scalability - Post"), not the headline; so is a segment that is a
	// text written twice.
	seen := make(map[string]int, len(parts))
	for _, p := range parts {
		k := simplify(p)
		seen[k]++
		// The two written with nothing between them: "Center for
		// Climate and Energy SolutionsCenter for Climate and Energy
		// Solutions".
		if n := len(k); n >= 8 && n%2 == 0 && k[:n/2] == k[n/2:] {
			seen[k]++
		}
	}
	site := func(p string) bool {
		if seen[simplify(p)] > 1 || tc.siteNamed(p) || tc.siteName == "" && paperName(p) {
			return true
		}
		name, ok := withoutPlace(p)
		return ok && tc.siteNamed(name)
	}
	label := func(p string) bool { return site(p) || tc.siteOrLabel(p) }
	// A title the page links to itself with whole, as a blog's archive
	// or recent-posts list does, is the headline as the site writes it:
	// a segment that is only a menu entry (a tag's name) stays, and no
	// last segment is guessed to be the site's.
	if tc.home.selfLinked(full) {
		label = func(p string) bool { return site(p) || tc.siteOrSection(p) }
		guess = false
	}
	// "Welpen kaufen – Tipps … | Welpenkaufen24" on a site named
	// "Welpen": the title names the site at its end, so its first
	// segment, which only starts with the name, is the headline's.
	if tc.nameOpensHeadline(full, parts) {
		lead, site0, label0 := parts[0], site, label
		site = func(p string) bool { return p != lead && site0(p) }
		label = func(p string) bool { return p != lead && label0(p) }
	}
	// What follows the site's whole name after the headline is the
	// site's tagline ("Headline | petri-heil.ch | Dein Schweizer
	// Fischereimagazin").
	end := len(parts)
	for k := lo + 1; k < len(parts)-1 && !site(parts[k-1]); k++ {
		if tc.siteNamed(parts[k]) {
			end = k + 1
			break
		}
	}
	seps := partSeps(full, parts)
	lo0 := lo
	// A breadcrumb trail from the front page ("Home » Politics »
	// Headline"): what follows "Home" is cut as what follows a site's name.
	if lo == 0 && homeWords[simplify(parts[0])] && strings.ContainsRune(crumbSeps, seps[0]) {
		lo = 1
	}
	lo, hi := trimSegments(parts[:end], lo, label)
	// "Site - Page": the site's name before one word goes too, as it
	// does after one ("Page - Site"); the page's own heading may then
	// name it better than its one word.
	if hi == lo+2 && hi == end && site(parts[lo]) && !label(parts[lo+1]) {
		lo++
	}
	// A run left that only names the site means a menu entry was the
	// headline: a blog lists its latest posts, this one among them, in
	// a block classed as a menu. Then only the site's name is cut.
	if hi == lo+1 && site(parts[lo]) {
		lo, hi = trimSegments(parts[:end], lo, site)
	}
	lo, hi = cutSections(parts, seps, lo, hi, tc, lo > lo0, hi < len(parts))
	// All that is left is what a pipe sets off at the end, the site's
	// name on most templates ("Section - News - Section | Site e.V."):
	// the menus and the address named every segment before it, so the
	// title holds no headline. (Where pipes set off every step, "Site |
	// Section | Headline", the last is the headline.)
	if lo >= 2 && lo == len(parts)-1 && seps[lo-1] == '|' && !slices.Contains(seps[:lo-1], '|') {
		return "", parts
	}
	if taglineOpens(parts, seps, lo, hi, site, tc) {
		lo++
	}
	// A section the menus name cut from the start ("Sport - Headline -
	// Valley Online", "سیاسی - عنوان - دره آنلاین") leaves the site's
	// name to be guessed at the end, as where nothing was cut.
	sectionFirst := lo == 1 && hi-lo >= 2 && !site(parts[0])
	if (lo == 0 || sectionFirst) && hi == len(parts) {
		last := parts[len(parts)-1]
		// "Headline - The Daily Star (Oneonta, NY)": the place a local
		// paper adds to its name is no headline's length.
		if name, ok := withoutPlace(last); ok {
			last = name
		}
		head := strings.Join(parts[lo:len(parts)-1], " ")
		// A news section's name in the site's place ("Headline - Son
		// Dakika Haberleri", "Headline - Local News") goes whatever
		// its length.
		keep := !guess || (len([]rune(last)) > 30 || len([]rune(head)) <= 2*len([]rune(last))) && !(newsSection(last) && spacedWords(head) >= 3)
		if keep && lo == 0 {
			if k := leadingCrumbs(parts, seps); guess && k > 0 {
				return parts[k], nil
			}
			return full, nil
		}
		if !keep {
			hi--
			// Before the guessed name, a menu entry, the page's folder, a
			// section's name or the page's number is the section
			// ("Headline_Section_Site", "Headline - World - Site",
			// "Headline - Page 2 - Site"); so is the day's date ("Headline -
			// 12 марта 2024 - Site").
			for hi > lo+1 && (label(parts[hi-1]) || tc.folderNamed(parts[hi-1]) || cjkSection(parts[hi-1]) || sectionBeside(parts, seps, lo, hi-1) || rePageNumber.MatchString(parts[hi-1]) || dayDate(parts[hi-1])) && (spacedWords(strings.Join(parts[lo:hi-1], " ")) >= 2 || isMostlyCJK(parts[hi-2])) {
				hi--
			}
		}
	}
	// "python - Question title - Stack Overflow": a Q&A site's tag, one
	// word in lower case, before a question of three words or more,
	// once the site's name is cut from the end.
	if hi < len(parts) && hi-lo > 1 && seps[lo] == '-' && questionTag(parts[lo]) && spacedWords(strings.Join(parts[lo+1:hi], " ")) >= 3 {
		lo++
	}
	// Rejoin the headline from the original text so inner separators such
	// as "Chongqing - Dusseldorf" survive. The segments are found in
	// order, as a segment may occur twice ("Site - Site - Post").
	i, end := 0, 0
	for k, p := range parts[:hi] {
		at := strings.Index(full[end:], p)
		if at < 0 {
			return strings.Join(parts[lo:hi], " "), parts[hi:]
		}
		if k == lo {
			i = end + at
		}
		end += at + len(p)
	}
	return strings.TrimRight(strings.TrimSpace(full[i:end]), " "+titleSepChars), parts[hi:]
}

// taglineOpens reports whether parts[lo], what follows the site's name
// at the title's start, is the site's tagline before the headline, the
// mirror of a tagline after the name that ends "Headline | Site |
// Tagline": "Valley Courier | The voice of the valley | Headline",
// "Valley Courier: the voice of the valley | Headline". The name is a
// segment that site reports, or the label a colon sets off in the
// first segment where the site's name (siteNamed) is that label; two
// segments stay and the last, four words or more, is the longer one: a
// tagline is shorter than the headline it opens, a section's name
// shorter still (cutSections). A bar sets the two apart, which no
// headline holds: after a dash the last may be the headline's subtitle
// ("High Scalability - Saving Cash Using Less Cache - 90% Savings in the
// Caching Tier").
func taglineOpens(parts []string, seps []rune, lo, hi int, site func(string) bool, tc titleContext) bool {
	if hi != len(parts) || hi-lo != 2 || seps[lo] != '|' && !strings.ContainsRune(pipeLike+"｜", seps[lo]) {
		return false
	}
	tag, head := spacedWords(parts[lo]), spacedWords(parts[hi-1])
	if head < 4 || tag >= head || tag < 2 {
		return false
	}
	if lo > 0 {
		return site(parts[lo-1])
	}
	name, rest, ok := strings.Cut(parts[0], ": ")
	return ok && spacedWords(rest) >= 2 && tc.siteNamed(name)
}

// paperName reports whether a title's segment is a name of four words or
// fewer that a paper's, an agency's or a portal's word opens or ends
// (nameDescriptors: "صحيفة الوادي", "Газета «Вести Долины»", "ИА
// Долина", "Vadi Gazetesi"): the site's, where the page names no site
// (no og:site_name; a host in Latin letters does not spell an Arabic or
// a Cyrillic name). A page that names its site otherwise may credit
// another paper so.
func paperName(seg string) bool {
	first, _, _ := strings.Cut(seg, " ")
	last := seg[strings.LastIndexByte(seg, ' ')+1:]
	if !nameDescriptors[strings.ToLower(first)] && !nameDescriptors[strings.ToLower(last)] || spacedWords(seg) > 4 {
		return false
	}
	_, ok := withoutDescriptors(seg)
	return ok
}

// questionTag reports whether a segment is a tag as Stack Exchange sites
// write it before the question in their <title>s: one word of lower-case
// letters, digits and "+#.-" ("python", "c#", "node.js",
// "ruby-on-rails"), a letter first.
func questionTag(seg string) bool {
	if len(seg) > 30 || seg == "" || seg[0] < 'a' || seg[0] > 'z' {
		return false
	}
	for i := 0; i < len(seg); i++ {
		if c := seg[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || strings.IndexByte("+#.-", c) >= 0) {
			return false
		}
	}
	return true
}

// cutSections cuts from the run parts[lo:hi] the segments next to where
// the site's name was cut that name the page's section or its page: a
// template puts them between the headline and the name ("Headline - World
// - CBN News" on /news/world/…, "Site | Politics | Headline" on
// /politics/…, "Headline | Page 2 | Site"). A page's menus name its
// sections (siteOrLabel); its address does so too on a page without
// them. After the site's name, a short segment set off by a pipe or a
// breadcrumb's arrow is a section too, whatever the address says: a
// headline has no pipe in it ("BBC NEWS | World | Europe | Headline"),
// while a hyphen may be its own ("Spanner - It's About …"). A page number
// goes wherever it ends the title. seps holds the separator after each
// part.
func cutSections(parts []string, seps []rune, lo, hi int, tc titleContext, cutStart, cutEnd bool) (int, int) {
	keeps := func(rest []string) bool {
		r := strings.Join(rest, " ")
		return spacedWords(r) >= 2 || isMostlyCJK(r) && utf8.RuneCountInString(r) >= 6
	}
	// One capitalised word beside the name is a section's without the
	// address saying so, when a headline of four words or more stays; so
	// is a Chinese portal's channel ("新闻中心") beside a Chinese headline.
	// The day's date beside the name goes too ("Headline - 16.05.2024 -
	// Site"). Where the name opens the title, the news tagline that ends
	// it goes ("G1 - Headline - notícias em Economia").
	for hi-lo > 1 && (cutEnd && (tc.folderNamed(parts[hi-1]) || sectionBeside(parts, seps, lo, hi-1) || dayDate(parts[hi-1])) || rePageNumber.MatchString(parts[hi-1]) ||
		cutStart && hi == len(parts) && newsTagline(parts[hi-1], strings.Join(parts[lo:hi-1], " "))) && keeps(parts[lo:hi-1]) {
		hi--
	}
	crumb := func(k int) bool {
		return strings.ContainsRune(crumbSeps, seps[k]) && spacedWords(parts[k]) <= 3 && !strings.ContainsAny(parts[k], "?!") &&
			len(parts[k]) < len(strings.Join(parts[k+1:hi], " "))
	}
	// "Site » Politics » Headline" on a site whose name the page does
	// not give: what comes before a section's name set off as a crumb,
	// itself set off as one, is the site's.
	if !cutStart && hi-lo > 2 && crumb(lo) && crumb(lo+1) && (tc.siteOrLabel(parts[lo+1]) || tc.folderNamed(parts[lo+1])) && keeps(parts[lo+2:hi]) {
		lo, cutStart = lo+1, true
	}
	// A folder's name set off as a crumb is the section wherever it
	// opens the title ("Politics | Headline" on /politics/…); so is a
	// section's name the folder spells, set off by a hyphen, once the
	// site's name is cut from the end ("Política - Headline | Diario" on
	// /politica/…, "Gündem - Headline - Vadi Gazetesi" on /gundem/…).
	// One caseless word after the site's name at the start, set off as
	// the name is, before a headline of four words or more, is the
	// section, as it is between the headline and the name ("خبرآنلاین -
	// اقتصاد - Headline").
	for hi-lo > 1 && (cutStart && (tc.folderNamed(parts[lo]) || crumb(lo) || sectionNames[simplify(parts[lo])] || sectionAfterName(parts, seps, lo, hi)) || tc.folderNamed(parts[lo]) && crumb(lo) ||
		cutEnd && anySpelling(parts[lo], tc.folderNamed)) && keeps(parts[lo+1:hi]) {
		cutStart = true
		lo++
	}
	return lo, hi
}

// sectionBeside reports whether parts[k], the segment after the headline
// parts[lo:k] and before the site's name, names a section (its callers
// test for the page's number, rePageNumber, beside it): one capitalised word or a news section's name after a headline
// of four words or more ("Headline - World - Site"), a Chinese portal's
// channel ("新闻中心"), a short word a CJK headline is set off from by an
// underscore, a pipe or a double hyphen ("标题_English_站名",
// "标题_新闻_站名", "标题|国内_站名", 人民网's "标题--时政--人民网";
// partSeps), or two such words joined by a middle dot ("标题_澎湃号·政务_
// 澎湃新闻"), or the author's byline
// ("Headline - by Jane Doe - Newsletter").
func sectionBeside(parts []string, seps []rune, lo, k int) bool {
	seg := parts[k]
	head := strings.Join(parts[lo:k], " ")
	if bylineSegment(seg) && spacedWords(head) >= 2 {
		return true
	}
	if !isMostlyCJK(head) {
		return (sectionWord(seg) || newsSection(seg) || sectionPhrase(seg, head) || newsTagline(seg, head)) && spacedWords(head) >= 4
	}
	if cjkSection(seg) {
		return true
	}
	// A pipe sets off a portal's channel as an underscore does
	// ("标题|国内_站名"); a headline holds neither. So does a Latin colon
	// after a Japanese headline, which writes its own colon full-width
	// ("見出し : 政治 : ニュース : 読売新聞オンライン").
	if sep := seps[k-1]; sep != '_' && sep != '|' && sep != '｜' && sep != ':' {
		return false
	}
	h := utf8.RuneCountInString(head)
	if sectionWord(seg) && h >= 6 {
		return true
	}
	// "标题_澎湃号·政务_澎湃新闻": a channel and its sub-channel joined by
	// a middle dot, each a short name.
	for name := range strings.SplitSeq(seg, "·") {
		if n := utf8.RuneCountInString(name); !isMostlyCJK(name) || n < 2 || n > 4 || h < 2*n {
			return false
		}
	}
	return true
}

// sectionAfterName reports whether parts[lo], after the site's name that
// opens the title, is one word of a script without capitals (sectionWord)
// set off by the separator that sets off the name, before a headline
// parts[lo+1:hi] of four words or more: the mirror of sectionBeside's
// "Headline - اقتصاد - Site", as Persian, Arabic and Hindi news sites'
// templates write it ("خبرآنلاین - اقتصاد - Headline"). A capitalised
// word there may open the headline as its topic ("High Scalability -
// Spanner - It's About …"); a cased script's section goes there only
// where the menus name it (trimSegments).
func sectionAfterName(parts []string, seps []rune, lo, hi int) bool {
	if lo == 0 || seps[lo] != seps[lo-1] || !sectionWord(parts[lo]) || spacedWords(strings.Join(parts[lo+1:hi], " ")) < 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(parts[lo])
	return caseless(r)
}

// homeWords name a site's front page, which opens a breadcrumb trail.
var homeWords = setOf("home", "homepage", "startseite", "accueil", "inicio", "início", "首页")

// partSeps returns the separator character that follows each of a
// title's parts (titleParts), 0 after the last.
func partSeps(full string, parts []string) []rune {
	seps := make([]rune, len(parts))
	end := 0
	for k, p := range parts {
		at := strings.Index(full[end:], p)
		if at < 0 {
			break
		}
		end += at + len(p)
		rest := strings.TrimLeft(full[end:], " ")
		if r, _ := utf8.DecodeRuneInString(rest); r != utf8.RuneError && k < len(parts)-1 {
			seps[k] = r
			// "Site :: Politics :: Headline": a double colon sets off
			// a trail's steps as "»" does; a single one is the
			// headline's own ("Tempête Ciaran : Pluie …").
			if strings.HasPrefix(rest, "::") {
				seps[k] = '»'
			}
			// "标题--时政--人民网": a double hyphen sets off a
			// portal's steps as an underscore does.
			if strings.HasPrefix(rest, "--") {
				seps[k] = '_'
			}
		}
	}
	return seps
}

// trimSegments returns the bounds of the run of parts left once the
// segments label reports are cut from its end and then its start, from
// lo on. A leading segment goes only if a headline of two words or more
// stays.
func trimSegments(parts []string, lo int, label func(string) bool) (int, int) {
	hi := len(parts)
	for hi > lo+1 && label(parts[hi-1]) {
		hi--
	}
	for hi > lo+1 && label(parts[lo]) && (hi-lo > 2 || spacedWords(parts[hi-1]) >= 2 || isMostlyCJK(parts[hi-1])) {
		lo++
	}
	return lo, hi
}

// withoutPlace returns a name without the place a US local paper writes
// after it in brackets, its town and the state's name or postal code
// ("The Daily Star (Oneonta, NY)", "The Evening Tribune (Hornell,
// N.Y.)", "Valley Gazette (Springfield)"): a name of one to five
// capitalised words, a town of one to three, a state of one or two.
// Without brackets the place follows the name after commas ("The Daily
// Star, Oneonta, NY", "The Evening Tribune, Hornell N.Y."), and the
// state is then its postal code or AP's abbreviation (usState), as
// three names in a row may be a headline's own ("Smith, Jones, Brown").
func withoutPlace(seg string) (string, bool) {
	if !strings.HasSuffix(seg, ")") {
		return withoutCommaPlace(seg)
	}
	i := strings.LastIndex(seg, " (")
	if i <= 0 {
		return "", false
	}
	name, inner := seg[:i], seg[i+2:len(seg)-1]
	town, state, two := strings.Cut(inner, ", ")
	if !capitalisedWords(name, 1, 5) || !capitalisedWords(town, 1, 3) || two && !capitalisedWords(state, 1, 2) ||
		strings.ContainsAny(inner, "0123456789()") {
		return "", false
	}
	return name, true
}

// withoutCommaPlace is withoutPlace for a name and its place set apart
// by commas ("The Daily Star, Oneonta, NY").
func withoutCommaPlace(seg string) (string, bool) {
	name, place, ok := strings.Cut(seg, ", ")
	if !ok || !capitalisedWords(name, 1, 5) || strings.ContainsAny(place, "0123456789()") {
		return "", false
	}
	// "Oneonta, NY" or "Oneonta NY": the state's code ends the place.
	town, state := place, ""
	if i := strings.LastIndexAny(place, ", "); i > 0 {
		town, state = strings.TrimRight(place[:i], ", "), place[i+1:]
	}
	if !usState(state) || !capitalisedWords(town, 1, 3) {
		return "", false
	}
	return name, true
}

// usState reports whether s is a US state's postal code ("NY") or its
// abbreviation in AP style ("N.Y.", "Calif.", "Ill."): two capitals, or
// a capital, letters and full stops ending in one, six characters at
// most.
func usState(s string) bool {
	if len(s) == 2 {
		return strings.Contains(usStateCodes, s)
	}
	if len(s) < 3 || len(s) > 6 || !strings.HasSuffix(s, ".") || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	return true
}

// usStateCodes are the US states' postal codes and DC's, space apart.
const usStateCodes = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"

// storyLabels are the generic words for a story that older CMSs set
// with a colon before the headline in their <title>s ("Article:
// Headline", "Story:", "Noticia:", "Artikel:"), in the twenty languages
// of news (issue 13), simplified.
var storyLabels = setOf("article", "story", "news", "newsstory", "newsarticle",
	"artículo", "articulo", "noticia", "noticias", "nota", "actualité", "actualités", "actu",
	"artikel", "nachricht", "nachrichten", "meldung", "beitrag", "artigo", "notícia", "notícias", "matéria",
	"articolo", "notizia", "notizie", "статья", "новость", "новости", "стаття", "новина", "новини",
	"خبر", "مقال", "مقالة", "أخبار", "اخبار", "مقاله", "新闻", "新聞", "文章", "記事", "ニュース", "기사", "뉴스",
	"haber", "makale", "artykuł", "wiadomość", "wiadomości", "aktualności", "nieuws", "bericht", "nieuwsbericht",
	"berita", "समाचार", "ख़बर", "खबर", "लेख", "articol", "știre", "știri", "stire", "stiri", "tintức", "bàiviết")

// nameOpensHeadline reports whether the first of a title's segments, parts
// of full, only starts with the site's name ("Welpen kaufen" on a site
// named "Welpen") where the page's <h1> shows the headline with it whole
// and the title, or the page's <title> that writes full and then more
// segments (the template's), ends with a segment that names the site: a
// name with a word added is the headline's opening words when the name
// stands apart at the end. A column named after the site ("DailyCandy
// Scout - Fall Trends | DailyCandy"), which no heading repeats, stays
// cut; the name with a word a name takes ("CBN News") is the site's
// (siteNamed).
func (tc titleContext) nameOpensHeadline(full string, parts []string) bool {
	first := parts[0]
	s, k := simplify(first), tc.keys()
	if k.name == "" || len(s) <= len(k.name) || !strings.HasPrefix(s, k.name) || tc.siteNamed(first) || siteLike(first, "", tc.host) || tc.meta == nil {
		return false
	}
	all, head := parts, full
	doc := normSpace(tc.meta.docTitle)
	if rest, ok := strings.CutPrefix(doc, full); ok && rest != "" {
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " ")); !strings.ContainsRune(titleSepChars, r) {
			return false
		}
		all = append(slices.Clip(parts), titleParts(rest)...)
	}
	if len(all) < 3 {
		return false
	}
	last := all[len(all)-1]
	if simplify(last) == s || !siteLike(last, tc.siteName, tc.host) && !tc.siteNamed(last) {
		return false
	}
	if len(all) == len(parts) {
		// The <title> itself: the headline is what comes before
		// the name at its end.
		head = strings.TrimSpace(full[:strings.LastIndex(full, last)])
		head = strings.TrimRight(head, " "+titleSepChars)
	}
	want := simplify(head)
	return tc.home != nil && tc.home.doc != nil && findFirst(tc.home.doc, func(n *html.Node) bool {
		return n.DataAtom == atom.H1 && simplify(textOfUpTo(n, 400)) == want
	}) != nil
}
