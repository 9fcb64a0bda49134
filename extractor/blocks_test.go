package extractor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// depotParagraphs are the article's paragraphs in testdata/blocks: every
// page sets them in the blocks its page builder cuts an article into.
var depotParagraphs = []string{
	"The city council voted on Tuesday to turn the old tram depot",
	"Traders who sell from the temporary stalls on the quay",
	"The depot was built in 1911 and closed to trams in 1968.",
	"Opponents of the plan wanted the site sold for housing.",
	"Supporters said the market would bring visitors back",
	"Work on the roof is due to start in the spring.",
	"A short one: the vote was 31 to 19.",
	"The market will also host a weekly evening food fair",
}

// depotSidebar is the text of the sidebar blocks of those pages: other
// stories' headlines under a "Latest news" heading or its like.
var depotSidebar = []string{
	"Mayor opens new bridge over the canal",
	"Schools close early as storm nears the coast",
	"Ferry fares to rise by five percent in January",
	"Police appeal for witnesses after harbour fire",
}

// TestSplitBlocks extracts pages whose article a page builder cut into a
// run of sibling blocks (Elementor widgets and sections, Squarespace
// sqs-blocks, Gutenberg groups and columns, HubSpot rich-text modules, Wix
// rich-text components), built after the markup those builders emit: the
// body holds every paragraph and none of the sidebar's headlines or
// headings.
func TestSplitBlocks(t *testing.T) {
	for _, name := range []string{"elementor", "elementor-sections", "squarespace", "gutenberg", "hubspot", "wix"} {
		t.Run(name, func(t *testing.T) {
			checkBlocksPage(t, name, depotParagraphs, depotSidebar, []string{"Latest news", "Related", "Most read", "More from", "Recent Posts"})
		})
	}
}

func checkBlocksPage(t *testing.T, name string, in, out, headings []string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "blocks", name+".html"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Extract(src, "https://gazette.example/news/"+name, Options{})
	if err != nil {
		t.Fatalf("Extract(%s): %v", name, err)
	}
	for _, p := range in {
		if !strings.Contains(a.Text, p) {
			t.Errorf("Extract(%s).Text lacks %q", name, p)
		}
	}
	for _, s := range out {
		if strings.Contains(a.Text, s) {
			t.Errorf("Extract(%s).Text holds the sidebar's %q", name, s)
		}
	}
	for _, h := range headings {
		for line := range strings.SplitSeq(a.Text, "\n") {
			if strings.EqualFold(strings.TrimSpace(line), h) {
				t.Errorf("Extract(%s).Text holds the sidebar heading %q", name, h)
			}
		}
	}
	if t.Failed() {
		t.Logf("Extract(%s).Text =\n%s", name, a.Text)
	}
}

// TestExpanders extracts pages whose article is cut short behind a "Read
// more" expander, the rest in the HTML but hidden: by the hidden attribute
// under a button's aria-controls, by an inline display:none on a
// "read-more-content" block, by aria-hidden on a Bootstrap collapse a link
// toggles. The rest is the body's; the hidden menu, drawer and newsletter
// box that other controls open are not.
func TestExpanders(t *testing.T) {
	out := []string{"Sign up for our morning newsletter", "All the news from the harbour", "Sport results and fixtures"}
	for _, name := range []string{"expand-hidden", "expand-style", "expand-collapse"} {
		t.Run(name, func(t *testing.T) {
			checkBlocksPage(t, name, depotParagraphs, out, []string{"Read more", "Continue reading", "Menu", "Newsletter"})
		})
	}
}

// TestSidebarHeadings: on a Chinese portal page the "相关新闻", "热点推荐"
// and "最新" blocks, headings included, stay out of the body.
func TestSidebarHeadings(t *testing.T) {
	in := []string{"市议会周二投票决定", "目前在码头临时摊位经营的商户", "该电车厂建于一九一一年", "反对者希望出售该地块", "支持者则表示", "屋顶维修工程预计在春季开工"}
	out := []string{"市长为运河新桥剪彩", "风暴临近", "警方就港口火灾征集目击者", "新图书馆下月开放"}
	checkBlocksPage(t, "portal-zh", in, out, []string{"相关新闻", "热点推荐", "最新"})
}
