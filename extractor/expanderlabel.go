package extractor

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// expanderLabels are the whole texts of the controls that show the rest
// of an article, lower-cased, in the languages most common in news.
var expanderLabels = []string{"read more", "continue reading", "show more", "read full article", "read the full article", "read full story", "read the full story",
	"keep reading", "expand article", "expand story", "expand full article", "expand full story", "show full article", "show full story", "view full article", "view full story",
	"展开全文", "展开阅读全文", "阅读全文", "查看全文", "点击展开", "展開全文", "展開閱讀全文", "閱讀全文", "點擊展開", "続きを読む", "もっと見る",
	"weiterlesen", "mehr lesen", "lire la suite", "leer más", "seguir leyendo", "continua a leggere", "leia mais", "continuar lendo"}

// isExpanderLabel reports whether p says, and only says, that a click
// shows the rest.
func isExpanderLabel(p *html.Node) bool {
	if p == nil {
		return false
	}
	t := textOfUpTo(p, 40)
	if len(t) > 40 {
		return false
	}
	return slices.Contains(expanderLabels, strings.ToLower(strings.Trim(t, " .…>»›▼↓+")))
}
