package extractor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// cjkCategoryLabels name the category, the tags, the column or the channel
// a post is filed under, which blogs and portals give in the info line
// beside the writer ("作者：张三　分类：随笔", "所属栏目：江城要闻",
// "投稿者：山田太郎　カテゴリー：日記"). Each ends the value before it, and
// neither it nor its value is a name. Longest first within each noun.
var cjkCategoryLabels = []string{"分类", "分類", "标签", "標籤", "標簽", "栏目", "欄目", "频道", "頻道", "类别", "類別", "カテゴリー", "カテゴリ", "タグ"}

// categoryColonLabels are the category labels of the other languages,
// read before a colon as colonLabels are ("作者：张三 Tags：随笔",
// "Author: Jane Doe Tags: roads", "Autor: Hans Müller Kategorie: Lokales").
// The one list of them: taxonomyLabels reads it too.
var categoryColonLabels = []string{"tags", "tagged", "topics", "topic", "categories", "category", "filed under", "kategorie", "kategorien", "catégorie", "categoría", "categoria"}

// taxonomyLabels are the first words of the categoryColonLabels,
// capitalised, as templates run them into a byline without a colon
// ("Lauren Moraski Topics Celebrity", "Filed Under Politics"): a name ends
// before one.
var taxonomyLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range categoryColonLabels {
		w, _, _ := strings.Cut(l, " ")
		r, size := utf8.DecodeRuneInString(w)
		m[string(unicode.ToUpper(r))+w[size:]] = true
	}
	return m
}()

// categoryLabel reports whether label is a category label: one of the
// categoryColonLabels, or one of the cjkCategoryLabels with the words a
// CMS writes before it ("所属栏目", "文章分类").
func categoryLabel(label string) bool {
	return slices.Contains(categoryColonLabels, label) || holdsAnySuffix(label, cjkCategoryLabels)
}

// cjkLabelNouns are the nouns of the Chinese labels that a CMS writes a
// verb or a word of its own before (cjkTimeLabelStart): "发贴时间",
// "添加时间", "所属栏目", and the source's "稿件来源", "新闻来源", "消息来源",
// whose first word is no name before a source label (leadName).
var cjkLabelNouns = append([]string{"时间", "日期", "時間", "来源", "來源"}, cjkCategoryLabels...)
