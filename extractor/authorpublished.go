package extractor

import (
	"regexp"
	"strings"
)

// Two byline conventions that credit the writer beside another word for
// the piece's making: "Published by Jane Doe" (the publishing verb before
// the byline's "by"), and a meta block of two lines, "Editor: John Roe"
// and "By Jane Doe", where the line with "By" names the writer.

// rePublishedBy opens a byline with the publishing verb: "Published by
// Jane Doe", "Published by: the Department of Health".
var rePublishedBy = regexp.MustCompile(`^(?i:published\s+by)\s*:?\s+\S`)

// publishedBylineWindow is how many blocks under the headline a "Published
// by" byline may stand: the leadDateline's window.
const publishedBylineWindow = 3

// rePublisherImprint is a name that a book's imprint credits after
// "Published by": a publishing house ("Oxford University Press", "Penguin
// Books", "Wiley Publishing", "Suhrkamp Verlag"), no writer of the page.
var rePublisherImprint = regexp.MustCompile(`(?i)\b(?:university\s+press|publish(?:ing|ers?)|books|verlag|[ée]ditions|editorial|imprint)\b`)

// publishedByline reports whether t is a "Published by" byline just under
// the headline, the first credit the page shows: further down, after
// another credit, or naming a publishing house, the line is the imprint
// of a book or a game the page is about ("Published by Oxford University
// Press, 2019"; a list of games, each "Published by" its house under its
// own heading), not the page's byline.
func (s *scanner) publishedByline(t string) bool {
	if s.v.h1Pos < 0 || s.pos-s.v.h1Pos > publishedBylineWindow || len(s.v.authorCands) > 0 || !rePublishedBy.MatchString(t) {
		return false
	}
	return !rePublisherImprint.MatchString(t)
}

// reEditorLabel is an editor's label at the start of a line: "Editor:",
// "Edited by", and the same in the other languages most common in news.
var reEditorLabel = regexp.MustCompile(`^(?i:editor|editora|edited\s+by|redakteur(?:in)?|redaktion|rédacteur|rédactrice|redactor|redactora)\s*[:：]?\s+`)

// reEditorInner is reEditorLabel inside a block's text, a line after the
// byline: "By Jane Doe Editor: John Roe".
var reEditorInner = regexp.MustCompile(`\s(?:Editor|EDITOR|Editora|Edited\s+by|Redakteur(?:in)?|Redaktion|Rédacteur|Rédactrice|Redactor|Redactora)\s*[:：]?\s+\p{Lu}`)

// editorByline reads a meta block t of two lines, an editor's ("Editor:
// John Roe") and a byline ("By Jane Doe"), in either order: the byline's
// names, nil when t is no such block. The editor edited the piece; the
// byline names who wrote it.
func editorByline(t string) []string {
	if len(t) > 160 || !hasFoldASCII(t, "edit") && !hasFoldASCII(t, "edakt") && !strings.Contains(t, "dact") {
		return nil
	}
	var editor, by string
	if loc := reEditorLabel.FindStringIndex(t); loc != nil {
		// "Editor: John Roe By Jane Doe": the byline is the last "By".
		rest := t[loc[1]:]
		b := reInnerByline.FindAllStringIndex(rest, -1)
		if len(b) == 0 {
			return nil
		}
		i := b[len(b)-1][0]
		editor, by = rest[:i], strings.TrimSpace(rest[i:])
	} else if matchesByStart(t) || prepositionByLead.admits(t) && rePrepositionBy.MatchString(t) {
		loc := reEditorInner.FindStringIndex(t)
		if loc == nil {
			return nil
		}
		by = t[:loc[0]]
		if !matchesByStart(by) && !rePrepositionBy.MatchString(by) {
			return nil // "Von unserem Redakteur Hans Müller": a role, no editor's label
		}
		e := t[loc[0]+1:]
		editor = e[reEditorLabel.FindStringIndex(e)[1]:]
	} else {
		return nil
	}
	if !looksLikeNames(splitAuthors(editor)) {
		return nil
	}
	names := splitAuthors(by)
	if !looksLikeNames(names) {
		return nil
	}
	return names
}

// reInnerByline is a byline's "by" inside a block, in English and in the
// languages of rePrepositionBy: "By", "Por", "Par", "Von" before a
// capitalised name.
var reInnerByline = regexp.MustCompile(`\s(?:[Bb]y|BY|Por|Par|Von)\s+\p{Lu}`)
