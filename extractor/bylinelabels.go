package extractor

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Labels that introduce a byline field. CJK labels are longest first so
// that 责任编辑 wins over 编辑.
var (
	cjkLabels   = []string{"责任编辑", "发布时间", "发布日期", "发表时间", "发表日期", "更新时间", "出版时间", "通讯员", "责编", "编辑", "时间", "日期", "来源", "稿源", "出处", "作者", "记者", "撰文", "撰稿"}
	colonLabels = []string{"written by", "edited by", "authors", "author", "editor", "source", "date", "quelle", "fuente", "fonte", "autor", "auteur", "published", "posted", "post time", "updated", "last updated", "last modified", "last updated on", "updated on", "published on", "posted on", "publicado por", "escrito por", "por"}
	verbLabels  = []string{"last updated", "last modified", "published on", "posted on", "updated on", "published", "posted", "updated", "veröffentlicht am", "veröffentlicht", "publié le", "publicado"}
	// dateVerbLabels introduce a publication or an update date in the
	// other languages most common in news; dateLabelKinds says which.
	dateVerbLabels = []string{"mis à jour le", "mis à jour", "publié", "aktualisiert am", "aktualisiert", "actualizado el", "actualizado", "atualizado em", "atualizado", "pubblicato il", "pubblicato", "aggiornato il", "aggiornato", "gepubliceerd op", "gepubliceerd", "bijgewerkt op", "bijgewerkt", "opublikowano", "zaktualizowano", "опубликовано", "обновлено", "опубліковано", "оновлено", "publicat", "actualizat", "diterbitkan", "dipublikasikan", "diperbarui", "yayınlanma tarihi", "yayınlanma", "güncellenme tarihi", "güncellenme", "cập nhật", "ngày đăng", "发表于", "发布于", "更新于", "公開日", "更新日", "입력", "수정", "प्रकाशित", "अपडेट", "تاريخ النشر", "نشر في", "آخر تحديث", "تاریخ انتشار"}
	dateLabelKinds = map[string]string{}
	// dateColonLabels name a publication date before a colon ("Datum:
	// 03.11.2021") in the other languages most common in news.
	dateColonLabels = []string{"datum", "fecha de publicación", "fecha", "data de publicação", "data publikacji", "data di pubblicazione", "data", "date de publication", "дата публикации", "дата", "Дата публикации", "Дата", "yayın tarihi", "tarih", "tanggal terbit", "tanggal", "تاريخ النشر", "تاريخ", "تاریخ انتشار", "تاریخ", "दिनांक", "날짜", "日付", "erstellt am", "erschienen am"}
)

// Labels of dates that are not the page's: when a forum member joined
// ("Registriert: 18.09.2008, 05:56" beside every post). Their dates are
// no candidates. (kindMember)
var memberLabels = []string{"registriert seit", "registriert", "registered", "joined", "member since", "mitglied seit", "dabei seit", "inscrit le", "inscrit depuis", "registrado", "iscritto il", "iscritto", "lid sinds"}

// kindMember is the kind of memberLabels: not a date of the page, and no
// author either.
const kindMember = "member"

func init() {
	for _, l := range memberLabels {
		dateLabelKinds[l] = kindMember
	}
	colonLabels = append(colonLabels, memberLabels...)
	modified := []string{"mis à jour", "aktualisiert", "actualiz", "atualizado", "aggiornato", "bijgewerkt", "zaktualizowano", "обновлено", "оновлено", "diperbarui", "güncellenme", "cập nhật", "更新", "수정", "अपडेट", "تحديث"}
	for _, l := range dateColonLabels {
		dateLabelKinds[l] = kindPublished
	}
	colonLabels = append(colonLabels, dateColonLabels...)
	for _, l := range dateVerbLabels {
		kind := kindPublished
		if holdsAny(l, modified) {
			kind = kindModified
		}
		dateLabelKinds[l] = kind
		verbLabels = append(verbLabels, l)
		// asciiLower leaves "Опубликовано" as it is: its capitalised form
		// is a label of its own.
		if r, size := utf8.DecodeRuneInString(l); r >= utf8.RuneSelf && unicode.ToUpper(r) != r {
			c := string(unicode.ToUpper(r)) + l[size:]
			dateLabelKinds[c] = kind
			verbLabels = append(verbLabels, c)
		}
	}
}

// colonLabelsByLast holds the colonLabels by their last byte, in their
// order: findLabels tries only those that can end where the colon is.
var colonLabelsByLast = sync.OnceValue(func() *[256][]string {
	var by [256][]string
	for _, l := range colonLabels {
		if l != "" {
			by[l[len(l)-1]] = append(by[l[len(l)-1]], l)
		}
	}
	return &by
})

type labelled struct{ label, value, raw string }

// reNextField is a separator and a one-word label with its colon.
var reNextField = regexp.MustCompile(`\s[-–—|·•]\s*\p{L}+\s*[:：]`)

// verbStems are fragments one of which every verbLabel holds.
var verbStems = []string{"publi", "post", "updat", "modif", "veröff"}

// dateVerbStems are fragments one of which every dateVerbLabels entry
// holds. Those labels count only before a date in the same block, so a
// block without a digit skips them.
var dateVerbStems = []string{"mis à", "aktual", "actual", "atuali", "pubbl", "aggiorn", "gepubl", "bijgew", "opubl", "zaktual", "опубл", "обнов", "онов", "Опубл", "Обнов", "Онов", "diterb", "dipubl", "diperb", "yayın", "güncel", "cập", "đăng", "发表", "发布", "更新", "公開", "입력", "수정", "प्रकाशित", "अपडेट", "نشر", "تحديث", "انتشار"}

// mayHoldVerbLabel reports whether lower may hold a verbLabel: most blocks
// hold none.
func mayHoldVerbLabel(lower string) bool {
	return verbStemKeys.in(lower) || hasDigit(lower) && dateVerbStemKeys.in(lower)
}

// verbStemKeys and dateVerbStemKeys find the stems in one pass over a text
// (keySet) rather than one per stem.
var verbStemKeys, dateVerbStemKeys = newKeySet(verbStems...), newKeySet(dateVerbStems...)

type labelAt struct {
	start, end int // the label and its colon
	label      string
}

func letterAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// findLabels finds the labels in t: a known word before a colon, or a
// publishing verb with or without one.
func findLabels(t string) []labelAt {
	lower := asciiLower(t)
	var out []labelAt
	for c := 0; c < len(t); c++ {
		colon := 0
		switch {
		case t[c] == ':':
			colon = 1
		case strings.HasPrefix(t[c:], "："):
			colon = len("：")
		default:
			continue
		}
		before := strings.TrimRight(lower[:c], " ")
		for _, l := range cjkLabels {
			if strings.HasSuffix(before, l) {
				out = append(out, labelAt{len(before) - len(l), c + colon, l})
				goto next
			}
		}
		if before == "" {
			goto next // no label ends here
		}
		for _, l := range colonLabelsByLast()[before[len(before)-1]] {
			if strings.HasSuffix(before, l) && !letterAt(before, len(before)-len(l)-1) {
				out = append(out, labelAt{len(before) - len(l), c + colon, l})
				break
			}
		}
	next:
		c += colon - 1
	}
	verbs := verbLabels
	if !mayHoldVerbLabel(lower) {
		verbs = nil
	}
	for _, v := range verbs {
		for from := 0; ; {
			i := strings.Index(lower[from:], v)
			if i < 0 {
				break
			}
			i += from
			from = i + len(v)
			if letterAt(lower, i-1) || letterAt(lower, i+len(v)) {
				continue
			}
			end := i + len(v)
			for end < len(t) && (t[end] == ' ' || t[end] == ':') {
				end++
			}
			overlap := false
			for _, o := range out {
				if i < o.end && o.start < end {
					overlap = true
				}
			}
			if !overlap {
				out = append(out, labelAt{i, end, v})
			}
		}
	}
	slices.SortFunc(out, func(a, b labelAt) int { return a.start - b.start })
	return out
}

// splitLabels cuts "来源：X 作者：Y 发布时间：Z" or "Source: X | Published: Z"
// into label and value pairs.
func splitLabels(t string) []labelled {
	locs := findLabels(t)
	out := make([]labelled, 0, len(locs))
	for i, l := range locs {
		end := len(t)
		if i+1 < len(locs) {
			end = locs[i+1].start
		}
		v := t[l.end:end]
		// "Clarissa Borba - Categoria: Saúde": a field this list does not
		// know ends the value all the same.
		if loc := reNextField.FindStringIndex(v); loc != nil {
			v = v[:loc[0]]
		}
		v = strings.Trim(strings.TrimSpace(v), "|·•/ 　")
		out = append(out, labelled{l.label, v, t[l.start:l.end]})
	}
	return out
}

func labelKind(label string) string {
	if k, ok := dateLabelKinds[label]; ok {
		return k
	}
	switch {
	case strings.Contains(label, "编"), strings.Contains(label, "edit"):
		return "editor"
	case strings.HasSuffix(label, "por"): // "Publicado por:", "Por:"
		return "author"
	case strings.Contains(label, "更新"), strings.Contains(label, "updated"), strings.Contains(label, "modified"):
		return "modified"
	case strings.Contains(label, "时间"), strings.Contains(label, "日期"), strings.HasPrefix(label, "publi"),
		strings.HasPrefix(label, "post"), label == "date", strings.HasPrefix(label, "veröff"):
		return "published"
	case strings.Contains(label, "来源"), strings.Contains(label, "稿源"), strings.Contains(label, "出处"),
		label == "source", label == "quelle", label == "fuente", label == "fonte":
		return "credit"
	default:
		return "author"
	}
}
