package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Guillemets are separators in some titles ("Site » Section » Headline",
// "Headline « Blog") and quotation marks in others: French headlines
// open with a quote as often as not ("« On ne lâchera rien » : les
// syndicats …"), Swiss and German ones write «Zitat» and »Zitat«. A
// guillemet that pairs with its counterpart quotes; the cleaning of a
// title must neither split at it nor trim it from an end. Those are
// stood in for, while a title is cleaned, by private-use runes that no
// separator pattern holds and that simplify drops, as it drops the
// guillemets.
const (
	quoteOpenStandIn  = '\uE000' // «
	quoteCloseStandIn = '\uE001' // »
)

// maxQuoted bounds the text between two guillemets that pair: a quote in
// a headline, not the headline between two separators.
const maxQuoted = 160

// protectQuotes returns t with its pairing guillemets replaced by their
// stand-ins, and whether it replaced any. A « pairs with the first »
// after it when no other guillemet comes between (« … », «…»); a » pairs
// with the first « after it only written tight, as German quotes are
// (»Zitat«): a spaced » … « is a separator's run ("Site » Post « Blog").
func protectQuotes(t string) (string, bool) {
	if !strings.ContainsRune(t, '«') || !strings.ContainsRune(t, '»') {
		return t, false
	}
	var b strings.Builder
	done := 0 // t[:done] is in b
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if r != '«' && r != '»' {
			i += n
			continue
		}
		closer := '»'
		if r == '»' {
			closer = '«'
		}
		j := quoteEnd(t, i+n, closer)
		if j < 0 || r == '»' && !tightQuote(t, i+n, j) {
			i += n
			continue
		}
		b.WriteString(t[done:i])
		b.WriteRune(standIn(r))
		b.WriteString(t[i+n : j])
		b.WriteRune(standIn(closer))
		i = j + len(string(closer))
		done = i
	}
	if done == 0 {
		return t, false
	}
	b.WriteString(t[done:])
	return b.String(), true
}

// quoteEnd returns the offset of the first closer in t from i on, or -1
// when another guillemet comes first, the quote is longer than maxQuoted,
// or it holds no letter.
func quoteEnd(t string, i int, closer rune) int {
	letter := false
	for k, r := range t[i:] {
		switch {
		case k > maxQuoted:
			return -1
		case r == closer:
			if !letter {
				return -1
			}
			return i + k
		case r == '«' || r == '»':
			return -1
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			letter = true
		}
	}
	return -1
}

// tightQuote reports whether the quote whose text is t[inner:end] has no
// space inside either mark.
func tightQuote(t string, inner, end int) bool {
	first, _ := utf8.DecodeRuneInString(t[inner:])
	last, _ := utf8.DecodeLastRuneInString(t[:end])
	return !unicode.IsSpace(first) && !unicode.IsSpace(last)
}

func standIn(r rune) rune {
	if r == '«' {
		return quoteOpenStandIn
	}
	return quoteCloseStandIn
}

// restoreQuotes undoes protectQuotes.
func restoreQuotes(t string) string {
	if !strings.ContainsRune(t, quoteOpenStandIn) && !strings.ContainsRune(t, quoteCloseStandIn) {
		return t
	}
	return quoteRestorer.Replace(t)
}

var quoteRestorer = strings.NewReplacer(string(quoteOpenStandIn), "«", string(quoteCloseStandIn), "»")
