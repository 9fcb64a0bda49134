package extractor

import (
	"strings"
	"testing"
)

// Conventions of many Chinese portals' info lines: an author label in
// lenticular brackets or before a slash, an edit time as a date label, a
// year in two digits before 年, a reporter's bracket after the text.
func TestChinesePortalConventions(t *testing.T) {
	info := func(s string) string { return `<div class="info">` + s + `</div>` }
	for _, c := range []struct {
		name, info, first, tail, wantAuthors, want, wantMod string
	}{
		{"a bracketed author label", info("【作者】张三　【来源】江城日报　2024-05-16 10:21"), "", "", "张三", "2024-05-16", ""},
		{"a bracketed author label alone", info("2024-05-16 10:21") + info("【作者】张三"), "", "", "张三", "2024-05-16", ""},
		{"an author label before a slash", info("作者/张三　来源/江城日报　2024-05-16 10:21"), "", "", "张三", "2024-05-16", ""},
		{"the edit time alone", info("编辑时间：2024-05-16 10:00　来源：江城日报"), "", "", "", "2024-05-16", ""},
		{"the edit time beside the publication", info("发布时间：2024-05-16 10:21　编辑时间：2024-05-18 09:00"), "", "", "", "2024-05-16", "2024-05-18"},
		// "编辑" alone credits the page (editorCredit); "编辑时间" is no
		// editor of the desk's chain beside it.
		{"the edit time without its colon beside the publication", info("发布时间：2024-05-16 10:21　编辑时间 2024-05-18 09:00"), "", "", "", "2024-05-16", "2024-05-18"},
		// Zhihu's and the forums' "编辑于" (edited on) replaces "发布于"
		// once the post is edited: the page shows its update alone.
		{"edited on, alone", `<div class="ContentItem-time">编辑于 2024-05-18 09:00・IP 属地北京</div>`, "", "", "", "", "2024-05-18"},
		{"published on", `<div class="ContentItem-time">发布于 2024-05-16 10:21・IP 属地北京</div>`, "", "", "", "2024-05-16", ""},
		{"the edit time and an editor", info("编辑时间：2024-05-16 10:00　编辑：李四"), "", "", "李四", "2024-05-16", ""},
		{"a two-digit year before 年", info("24年5月16日 10:21　来源：江城日报"), "", "", "", "2024-05-16", ""},
		{"a two-digit year before 年, labelled", info("发布时间：24年05月16日 10:21"), "", "", "", "2024-05-16", ""},
		{"years counted in prose are no date", info("过去24年里 来源：江城日报"), "", "", "", "", ""},
		{"a year and a month are no day", info("24年5月 来源：江城日报"), "", "", "", "", ""},
		{"the reporter in brackets after the text", info("2024-05-16 10:21"), "", `<div class="editor">（记者 张三）</div>`, "张三", "2024-05-16", ""},
		{"the paper's reporters in brackets after the text", info("2024-05-16 10:21"), "", `<div class="editor">（本报记者 张三 李四）</div>`, "张三; 李四", "2024-05-16", ""},
		{"a bracketed note after the text is no credit", info("2024-05-16 10:21"), "", `<div class="editor">（完）</div>`, "", "2024-05-16", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := zhExtract(t, zhPortal("", c.info, c.first, "", c.tail), zhURL)
			if got := strings.Join(a.Authors, "; "); got != c.wantAuthors {
				t.Errorf("Extract(%s).Authors = %q, want %q", c.name, got, c.wantAuthors)
			}
			if a.PublishedDate != c.want || a.ModifiedDate != c.wantMod {
				t.Errorf("Extract(%s) dates = %q, %q; want %q, %q", c.name, a.PublishedDate, a.ModifiedDate, c.want, c.wantMod)
			}
		})
	}
}

// A slash or a closing lenticular bracket ends a Chinese credit label of
// its own, before a name, and a date's label written right before it,
// before a date; paths, dates and column heads hold none.
func TestCJKMarkedLabels(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"作者/张三 来源/江城日报", "作者=张三; 来源=江城日报"},
		{"作者／张三", "作者=张三"},
		{"【作者】张三【来源】江城日报", "作者=张三; 来源=江城日报"},
		{"【发布时间】2024-05-16 10:21", "发布时间=2024-05-16 10:21"},
		{"首页/评论/正文", ""},
		{"【评论】江城的公路", ""},
		{"时间/地点", ""},
		{"发布时间/2024-05-16", "发布时间=2024-05-16"},
		{"发布/2024年6月14日 10:22", "发布=2024年6月14日 10:22"},
		{"2024年5月16日 10:00 发布 / 2024年5月17日 08:00 更新", ""},
		{"作者/2024", ""},
		{"合作者/张三", ""},
	} {
		var got []string
		for _, l := range splitLabels(c.in) {
			got = append(got, l.label+"="+l.value)
		}
		if g := strings.Join(got, "; "); g != c.want {
			t.Errorf("splitLabels(%q) = %q, want %q", c.in, g, c.want)
		}
	}
}

// A Chinese date's two-digit year is written with four only before its
// month and day, and not after an era's name or an ordinal.
func TestCJKShortYear(t *testing.T) {
	for in, want := range map[string]string{
		"24年5月16日 10:21": "2024年5月16日 10:21",
		"时间：05年03月11日":   "时间：2005年03月11日",
		"98年3月1日":        "1998年3月1日",
		"过去24年里":         "过去24年里",
		"24年5月":          "24年5月",
		"平成30年5月16日":     "平成30年5月16日",
		"第24年5月16日":      "第24年5月16日",
		"2024年5月16日":     "2024年5月16日",
		"24年13月16日":      "24年13月16日",
	} {
		if got := cjkShortYear(in); got != want {
			t.Errorf("cjkShortYear(%q) = %q, want %q", in, got, want)
		}
	}
}

// An edit or revision time label written without its colon, as
// "发布时间 2024-05-16" is, is a label all the same: it ends the source's
// name before it.
func TestCJKBareEditTimeLabel(t *testing.T) {
	for _, c := range []struct{ info, credit, pub, mod string }{
		{"来源：江城日报　编辑时间 2024-05-16 10:00", "江城日报", "2024-05-16", ""},
		{"来源：江城日报　修改时间 2024-05-18 10:00", "江城日报", "", "2024-05-18"},
		{"来源：江城日报　编辑时间：2024-05-16 10:00", "江城日报", "2024-05-16", ""},
	} {
		a := zhExtract(t, zhPortal("", `<div class="info">`+c.info+`</div>`, "", "", ""), zhURL)
		if a.Credit != c.credit || a.PublishedDate != c.pub || a.ModifiedDate != c.mod {
			t.Errorf("Extract(%s): credit %q, dates %q, %q; want %q, %q, %q", c.info, a.Credit, a.PublishedDate, a.ModifiedDate, c.credit, c.pub, c.mod)
		}
	}
}
