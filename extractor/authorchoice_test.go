package extractor

import (
	"strings"
	"testing"
)

func cand(from authorFrom, names ...string) authorCand {
	pos := -1
	if from == fromByline || from == fromAuthorElement || from == fromEditorLabel {
		pos = 5
	}
	return authorCand{names: names, from: from, src: authorProv[from], pos: pos}
}

// linkedCand is an author element listing names that each link to an
// author page.
func linkedCand(names ...string) authorCand {
	c := cand(fromAuthorElement, names...)
	c.linked = true
	return c
}

func testSite(name, host string) siteNames {
	s := siteNames{names: map[string]bool{}, host: map[string]bool{}}
	if name != "" {
		s.names[simplify(name)] = true
	}
	s.addHost(host)
	return s
}

// The choice between candidates: each rule of authorchoice.go on the
// smallest set of candidates that shows it.
func TestChooseAuthors(t *testing.T) {
	cases := []struct {
		name  string
		site  siteNames
		cands []authorCand
		want  string // names joined with "; ", "" for none
	}{
		{"none offered", testSite("", "news.example"), nil, ""},
		{"a one-word tagline after a full name is not a co-author", testSite("", "news.example"),
			[]authorCand{cand(fromByline, "Celeste Longacre", "Astrologer")}, "Celeste Longacre"},
		{"co-authors written out stay", testSite("", "news.example"),
			[]authorCand{cand(fromByline, "Jane Doe", "John Roe")}, "Jane Doe; John Roe"},
		{"the fullest post-nominals another source writes", testSite("", "news.example"),
			[]authorCand{cand(fromByline, "Jillian Kubala, MS"), cand(fromMeta, "Jillian Kubala, MS, RD")}, "Jillian Kubala, MS, RD"},
		{"a weekday is not a name", testSite("", "news.example"), []authorCand{cand(fromAuthorElement, "Sat")}, ""},
		{"the same person with and without post-nominals agree", testSite("", "news.example"),
			[]authorCand{cand(fromJSONLD, "Ann Lee"), cand(fromByline, "John Roe"), cand(fromMeta, "John Roe, MD"), cand(fromAuthorElement, "John Roe")}, "John Roe, MD"},
		{"structured people before the byline", testSite("", "news.example"),
			[]authorCand{cand(fromByline, "John Roe"), cand(fromJSONLD, "Jane Doe")}, "Jane Doe"},
		{"two families agreeing beat one", testSite("", "news.example"),
			[]authorCand{cand(fromJSONLD, "Jane Doe"), cand(fromByline, "John Roe"), cand(fromMeta, "John Roe")}, "John Roe"},
		{"a person beats a newsroom that two sources name", testSite("", "aidoc.com"),
			[]authorCand{cand(fromAuthorElement, "Aidoc Staff"), cand(fromMeta, "Jay Berstein"), cand(fromTwitterLabel, "Aidoc Staff")}, "Jay Berstein"},
		{"co-authors each linked to their page extend a structured first author", testSite("", "news.example"),
			[]authorCand{cand(fromJSONLD, "Rui Ma"), cand(fromMeta, "Rui Ma"), linkedCand("Rui Ma", "Heba Ledwon", "Suparn Patra")}, "Rui Ma; Heba Ledwon; Suparn Patra"},
		{"a byline's words after the structured author are not co-authors", testSite("", "news.example"),
			[]authorCand{cand(fromJSONLD, "Jeff Cobb"), cand(fromAuthorElement, "Jeff Cobb", "Print Managing")}, "Jeff Cobb"},
		{"a newsroom in another language is a collective, brackets or not", testSite("", "news.example"),
			[]authorCand{cand(fromJSONLD, "Auswärtige Autoren (AA)"), cand(fromMeta, "Ralph Steiner", "Carlo Natter"), cand(fromAuthorElement, "Ralph Steiner", "Carlo Natter")}, "Ralph Steiner; Carlo Natter"},
		{"an account's address in brackets is not a name", testSite("", "news.example"),
			[]authorCand{cand(fromAuthorElement, "Blue Sky (sirhamy.bsky.social)")}, ""},
		{"a newsroom when no one else is named", testSite("", "everfit.io"),
			[]authorCand{cand(fromAuthorElement, "Everfit Team")}, "Everfit Team"},
		{"month abbreviation", testSite("", "garnix.io"), []authorCand{cand(fromAuthorElement, "Nov")}, ""},
		{"press release", testSite("", "news.example"), []authorCand{cand(fromMeta, "Press Release")}, ""},
		{"picture credit", testSite("", "news.example"), []authorCand{cand(fromByline, "Photo by Getty Images")}, ""},
		{"sign-in link", testSite("", "news.example"), []authorCand{cand(fromAuthorPage, "Member Login")}, ""},
		{"web address", testSite("", "paperium.net"), []authorCand{cand(fromJSONLD, "paperium.net")}, ""},
		{"web address under a country's domain", testSite("", "news.example"), []authorCand{cand(fromMeta, "tagesschau.de")}, ""},
		{"a German date label", testSite("", "news.example"), []authorCand{cand(fromByline, "Stand")}, ""},
		{"section appended", testSite("PCWorld", "pcworld.com"), []authorCand{cand(fromByline, "Ashley Biancuzzo", "PCWorld")}, "Ashley Biancuzzo"},
		{"publication appended, named by the host", testSite("", "www.commercialappeal.com"),
			[]authorCand{cand(fromJSONLD, "Manoj Jain", "Jagpreet Chhatwal", "The Commercial Appeal")}, "Manoj Jain; Jagpreet Chhatwal"},
		{"a personal site named for its author", testSite("", "www.derekseaman.com"),
			[]authorCand{cand(fromJSONLD, "Derek Seaman"), cand(fromAuthorPage, "bluesky")}, "Derek Seaman"},
		{"the site alone, when no one else is named", testSite("Harbour Clinic", "harbour.example"),
			[]authorCand{cand(fromJSONLD, "Harbour Clinic")}, "Harbour Clinic"},
		{"a person over the site", testSite("Harbour Clinic", "harbour.example"),
			[]authorCand{cand(fromJSONLD, "Harbour Clinic"), cand(fromByline, "Jane Smith")}, "Jane Smith"},
		{"a full name over a first name", testSite("", "davidbau.com"),
			[]authorCand{cand(fromJSONLD, "David"), cand(fromAuthorElement, "David Bau")}, "David Bau"},
		{"a tagline cut where another source ends the name", testSite("", "educate-me.co"),
			[]authorCand{cand(fromByline, "Sofia Kondrat EdTech"), cand(fromAuthorPage, "Sofia Kondrat")}, "Sofia Kondrat"},
		{"lower case confirmed by another family", testSite("", "wellrive.com"),
			[]authorCand{cand(fromMeta, "kirstin boatto"), cand(fromJSONLD, "kirstin boatto")}, "kirstin boatto"},
		{"lower case alone is a phrase", testSite("", "news.example"), []authorCand{cand(fromMeta, "read more stories")}, ""},
		{"an organisation written out", testSite("", "fda.gov"),
			[]authorCand{cand(fromJSONLDOrg, "Center for Drug Evaluation and Research")}, "Center for Drug Evaluation and Research"},
		{"a person over an organisation", testSite("", "news.example"),
			[]authorCand{cand(fromJSONLDOrg, "Example Media Group"), cand(fromByline, "Jane Doe")}, "Jane Doe"},
		{"the site's newsroom run on after the name", testSite("PhillyVoice", "phillyvoice.com"),
			[]authorCand{cand(fromByline, "Adam Aaronson PhillyVoice Staff")}, "Adam Aaronson"},
		{"the site's newsroom after a comma is no co-author", testSite("PhillyVoice", "phillyvoice.com"),
			[]authorCand{cand(fromByline, "Jane Doe", "PhillyVoice Staff")}, "Jane Doe"},
		{"the site's newsroom alone is the author", testSite("PhillyVoice", "phillyvoice.com"),
			[]authorCand{cand(fromByline, "PhillyVoice Staff")}, "PhillyVoice Staff"},
		{"a structured login loses to a name written out", testSite("", "goodonyou.eco"),
			[]authorCand{cand(fromMeta, "srauturier"), cand(fromAuthorPage, "Solene Rauturier")}, "Solene Rauturier"},
		{"a login the byline shows stays over a link far below", testSite("", "news.example"),
			[]authorCand{cand(fromByline, "timothy"), cand(fromRelAuthor, "John Hunter")}, "timothy"},
		{"an editor credit only when nothing else", testSite("", "news.example"),
			[]authorCand{cand(fromEditorLabel, "山石"), cand(fromBodyText, "胡晓蓉")}, "胡晓蓉"},
	}
	for _, c := range cases {
		names, _, ok := chooseAuthors(c.cands, c.site)
		if got := strings.Join(names, "; "); got != c.want || ok != (c.want != "") {
			t.Errorf("chooseAuthors(%s) = %q, %v; want %q", c.name, got, ok, c.want)
		}
	}
}

// Reviewers, fact-checkers and editors are not authors, however the byline
// runs them together.
func TestNotAuthorRoles(t *testing.T) {
	cases := map[string]string{
		"By Jane Doe Medically reviewed by Dr. Ann Lee, MD": "Jane Doe",
		"Written by Jane Doe | Fact checked by John Roe":    "Jane Doe",
		"By Jane Doe, edited by John Roe":                   "Jane Doe",
		"Reviewed by Ann Lee":                               "",
		"Fact-checked by John Roe":                          "",
		"Editor-in-Chief John Roe":                          "",
		"Mycle (Editor-in-Chief)":                           "",
	}
	for in, want := range cases {
		if got := strings.Join(splitAuthors(in), "; "); got != want {
			t.Errorf("splitAuthors(%q) = %q, want %q", in, got, want)
		}
	}
	page := authorPage("", `<p>By Jane Doe</p><p>Medically reviewed by Ann Lee, MD</p>`, "")
	if a := extractPage(t, page); strings.Join(a.Authors, "; ") != "Jane Doe" {
		t.Errorf("Extract(reviewed page).Authors = %q, want Jane Doe", a.Authors)
	}
}
