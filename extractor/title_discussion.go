package extractor

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// reDiscussionQuoted matches the heading over a post's comments as
// WordPress's translations write it, the post's title in the language's
// quotes: "Eine Antwort auf „…“", "3 Gedanken zu „…“", "Une réflexion
// sur « … »", "2 respuestas a «…»", "Un commento su “…”", "Een reactie
// op “…”", "Um comentário em “…”".
var reDiscussionQuoted = regexp.MustCompile(`(?i)^(?:\d+|eine?|une?|una|uno|uma|um|een|één)\s+` +
	`(?:antworten|antwort|kommentare|kommentar|gedanken?|réflexions?|réponses?|commentaires?|respuestas?|comentarios?|comentários?|commenti|commento|pensieri|pensiero|risposte|risposta|reacties|reactie|gedachten|gedachte|respostas?|pensamentos?)\s+` +
	`(?:auf|zu|sur|à|a|en|em|su|op|over|sobre)\s+([„“”"«»‚‘’'].+)$`)

// discussedQuoted returns the title a translated comments heading names
// (reDiscussionQuoted), its quotes kept, or "". Only a heading that ends
// in a closing quote is tried.
func discussedQuoted(t string) string {
	r, _ := utf8.DecodeLastRuneInString(t)
	if !strings.ContainsRune(`“”"»«’'`, r) {
		return ""
	}
	m := reDiscussionQuoted.FindStringSubmatch(t)
	if m == nil {
		return ""
	}
	return m[1]
}
