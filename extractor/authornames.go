package extractor

import (
	"regexp"
	"strings"
)

// reCredential is a post-nominal after a name: a degree, a licence or a
// fellowship ("MD", "Ph.D.", "RD", "CFP®", "FACLM", "VTS (Behavior)"), or a generational
// suffix ("Jr."). An honorific before a name ("Dr.") is not one.
var reCredential = regexp.MustCompile(`^(?:[A-Z](?:[A-Z]|\.[A-Z]|-[A-Z]){1,6}\.?|Ph\.?\s?D\.?|Pharm\.?\s?D\.?|Psy\.?\s?D\.?|Ed\.?\s?D\.?|Dr\.?\s?PH|M\.?\s?Sc\.?|B\.?\s?Sc\.?|M\.?\s?Ed\.?|M\.?\s?Phil\.?|D\.?\s?Phil\.?|Jr\.?|Sr\.?|Esq\.?|I{2,3}|IV)[®™]?(?:\s*\([^()]{1,30}\))?$`)

// reJobAcronym is a job title written as initials ("Joe Kindness, CEO"):
// a role, dropped like "Staff Writer", not a post-nominal.
var reJobAcronym = regexp.MustCompile(`^(?:C[A-Z]?[EFTOIMSR]O|[ES]?VP|GM|MD\s+of\b.*)$`)

// newsOrgInitials are news agencies and broadcasters that bylines append
// in capitals ("By Jane Doe, AP", "Benedikt Strunz, NDR"): the publisher,
// not a post-nominal. Beside the English-language ones, the national
// agencies and public broadcasters of the languages most common in news
// whose names are written as initials (not those spelled like a
// post-nominal: RIA, APP, BSS, SR).
var newsOrgInitials = setOf("ap", "afp", "upi", "pti", "ians", "ani", "dpa", "efe", "ansa", "tass", "irna", "aap", "cp", "pa",
	"cnn", "bbc", "npr", "pbs", "abc", "cbs", "nbc", "cnbc", "msnbc", "wsj", "nyt", "ft", "cna", "rte", "itv", "sky", "kff",
	// German-speaking agencies and broadcasters
	"kna", "epd", "apa", "sda", "ard", "zdf", "ndr", "wdr", "swr", "mdr", "rbb", "hr", "br", "orf", "srf", "dw",
	// other European, Asian and Latin American agencies and broadcasters
	"anp", "nos", "rtl", "pap", "ctk", "mti", "agi", "rai", "rtve", "rfi", "nhk", "kbs", "mbc", "sbs", "cbc", "rnz", "sabc", "vna", "pna", "uni")

// isCredential reports whether a byline part after a name is a
// post-nominal ("Jillian Kubala, MS, RD"), not another author.
func isCredential(p string) bool {
	p = strings.TrimSpace(p)
	return reCredential.MatchString(p) && !reJobAcronym.MatchString(p) && !newsOrgInitials[strings.ToLower(p)]
}

// isJobAcronym reports whether a byline part after a name is a job title
// in initials.
func isJobAcronym(p string) bool { return reJobAcronym.MatchString(strings.TrimSpace(p)) }

// reSentenceDot is the full stop after a post-nominal that ends a
// sentence ("Shelby Loos, DVM."), not one of its own dots ("M.D.").
var reSentenceDot = regexp.MustCompile(`^([A-Z]{2,7})\.$`)

// credentialText is the post-nominal as it is written after the name.
func credentialText(p string) string {
	p = strings.TrimSpace(p)
	if m := reSentenceDot.FindStringSubmatch(p); m != nil {
		return m[1]
	}
	return p
}

// bareName is a name without the post-nominals a byline writes after it:
// "Shelby Loos, DVM" is Shelby Loos. Sources that disagree only on them
// name the same person.
func bareName(n string) string {
	for {
		i := strings.LastIndex(n, ",")
		if i < 0 || !isCredential(n[i+1:]) {
			return n
		}
		n = strings.TrimSpace(n[:i])
	}
}

// credentialed reports whether n carries post-nominals after a comma.
func credentialed(n string) bool { return bareName(n) != n }
