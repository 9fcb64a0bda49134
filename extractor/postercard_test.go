package extractor

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestMemberCounts(t *testing.T) {
	for _, c := range []struct {
		t    string
		want int
	}{
		{"刘洋 12 主题 345 帖子 678 积分 中级会员", 3},
		{"刘洋 发帖 345 威望 12", 2},
		{"jdoe Join Date: Mar 2010 Posts: 1,234 Thanks: 56", 2},
		{"Senior Member Posts: 1.2k", 1},
		{"Posts:1,234 Rep:56", 2},
		{"The 2024 season", 0},
		{"8:00 AM Wakes up 12:30 PM Returns", 0},
	} {
		if got := memberCounts(c.t); got != c.want {
			t.Errorf("memberCounts(%q) = %d, want %d", c.t, got, c.want)
		}
	}
}

// forum53Post is the thread's first post, long enough to be the page's
// article.
const forum53Post = `The city opened the second phase of Line 6 on Tuesday morning, twenty-two kilometres of track and fourteen stations linking the eastern district with the old town.<br><br>Trains run every four minutes at peak hours, at up to a hundred kilometres an hour, and the ride from the east end to the centre now takes twenty minutes instead of an hour by bus.<br><br>I rode it on the first day and it was packed with people trying it out. Two more lines are due to start construction this year, which should take the network past three hundred kilometres by the end of 2025.`

// forum53Reply is a short reply to it.
const forum53Reply = `Rode it today, fast but crowded at rush hour.`

// vBulletin's postbit_legacy: the poster's cell (name, title, avatar,
// join date and counts) beside the post's, one table a floor.
func forum53VB(id, who, text string) string {
	return `<div id="edit` + id + `"><table class="tborder" id="post` + id + `" cellpadding="6" width="100%"><tr><td class="thead"><a name="post` + id + `"></a>03-05-2024, 02:22 PM</td><td class="thead" align="right">#<a href="showpost.php?p=` + id + `" id="postcount` + id + `"><strong>` + id + `</strong></a></td></tr><tr valign="top"><td class="alt2" width="175"><div id="postmenu_` + id + `"><a class="bigusername" href="member.php?u=` + id + `">` + who + `</a></div><div class="smallfont">Senior Member</div><div class="smallfont"><a href="member.php?u=` + id + `"><img src="customavatars/avatar` + id + `.gif" alt="` + who + `'s Avatar"></a></div><div class="smallfont"><div>Join Date: Mar 2010</div><div>Location: Ohio</div><div>Posts: 1,234</div><div>Thanks: 56</div></div></td><td class="alt1" id="td_post_` + id + `"><div class="smallfont"><strong>Line 6 extension opens</strong></div><hr><div id="post_message_` + id + `">` + text + `</div></td></tr><tr><td class="alt2"><img class="inlineimg" src="images/statusicon/user_offline.gif"></td><td class="alt1" align="right"><a href="newreply.php?do=newreply&amp;p=` + id + `">Reply With Quote</a></td></tr></table></div>`
}

func forum53Page(floors ...string) string {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Line 6 extension opens - City Forums</title></head><body><div class="navbar"><a href="index.php">City Forums</a> &gt; <a href="forumdisplay.php?f=2">Transport</a></div><h1>Line 6 extension opens</h1><div id="posts">`
	for _, f := range floors {
		page += f
	}
	return page + `</div><div class="footer">Powered by vBulletin® Copyright ©2000 - 2024, Jelsoft Enterprises Ltd.</div></body></html>`
}

// dropPosterCards on a body readability took whole: two vBulletin floors.
func TestDropPosterCards(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div id="posts">` + forum53VB("1", "jdoe", forum53Post) + forum53VB("2", "mk77", forum53Reply) + `</div>`))
	if err != nil {
		t.Fatal(err)
	}
	content := findFirst(doc, byTag(atom.Div))
	dropPosterCards(content)
	got := textOf(content)
	if !strings.Contains(got, "three hundred kilometres") {
		t.Errorf("dropPosterCards left %q, want the first post", got)
	}
	for _, f := range []string{"Posts: 1,234", "Join Date", "Senior Member", "fast but crowded"} {
		if strings.Contains(got, f) {
			t.Errorf("dropPosterCards left %q, holding %q", got, f)
		}
	}
}

// A vBulletin thread's body is its first post, without the poster's cell
// and without the replies' floors. (Readability takes the post's own
// block here: a probe of the layout, which passed before dropPosterCards.)
func TestPosterCards(t *testing.T) {
	for _, c := range []struct{ name, page string }{
		{"vbulletin, first post and a reply", forum53Page(forum53VB("1", "jdoe", forum53Post), forum53VB("2", "mk77", forum53Reply))},
		{"vbulletin, first post alone", forum53Page(forum53VB("1", "jdoe", forum53Post))},
	} {
		a, err := Extract([]byte(c.page), "https://forums.example.com/showthread.php?t=12345", Options{})
		if err != nil {
			t.Fatal(err)
		}
		firstPostOnly(t, c.name, a.Text, "three hundred kilometres", []string{"Posts: 1,234", "Join Date", "Senior Member", "fast but crowded"})
	}
}

// A forum whose first poster's cell opens with a mark, not a name
// ("[楼主]", then the name after a break), and whose reply's poster comes
// after the headline: the reply's cell adds no candidate
// (keepThreadPoster has none to keep), and marking the last candidate as
// a list of names then indexed an empty list: the page gave an internal
// error and no article.
func TestReplyPosterAfterUnnamedFirstPoster(t *testing.T) {
	page := `<html><head><title>江州今起限行 - 江州论坛</title></head><body><table><tr><td class="pls author"><b>[楼主]</b><br>刘洋</td><td class="plc"><h1>江州今起限行</h1><p>` +
		"江州市今天起实行新的限行措施，市民出行需要注意。江州市今天起实行新的限行措施，市民出行需要注意。江州市今天起实行新的限行措施。" + `</p></td></tr>` +
		`<tr><td class="pls author"><a href="/u/2">陈晓</a></td><td class="plc"><p>坐过了，确实快。</p></td></tr></table></body></html>`
	a, err := Extract([]byte(page), "https://bbs.example.com.cn/thread-1-1-1.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "江州今起限行" || !strings.Contains(a.Text, "限行措施") {
		t.Errorf("title %q, text %q", a.Title, a.Text)
	}
	if slices.Contains(a.Authors, "陈晓") {
		t.Errorf("authors %q: a reply's poster", a.Authors)
	}
}

// firstPostOnly checks that text, the body Extract gave a thread's page
// (name names the case), holds its first post (first, a phrase of it)
// and none of noise: poster cards, signatures, replies.
func firstPostOnly(t *testing.T, name, text, first string, noise []string) {
	t.Helper()
	if !strings.Contains(text, first) {
		t.Errorf("Extract(%s).Text = %q, want the first post", name, text)
	}
	for _, f := range noise {
		if strings.Contains(text, f) {
			t.Errorf("Extract(%s).Text holds %q:\n%s", name, f, text)
		}
	}
}
