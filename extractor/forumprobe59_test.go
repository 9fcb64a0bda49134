package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the fifty-ninth round (issue 13, item 3): forum threads
// whose first poster's handle is written with capitals or many figures
// ("OldRider72", "jsmith12345", "Mike_Roe7", "MTB-Dave99").

// forum59Thread is a thread of each forum template that has a probe: the
// first post by op, a reply by re.
func forum59Thread(op, re string) []struct{ name, page string } {
	mybb := func(posts ...string) string {
		return `<!DOCTYPE html><html><head><title>Line 6 extension opens</title></head><body><div id="container"><div id="header"><div class="logo"><a href="index.php"><img src="images/logo.png" alt="City Forums" title="City Forums"></a></div></div>
<div id="content"><div class="wrapper"><div class="navigation"><a href="index.php">City Forums</a> &rsaquo; <a href="forumdisplay.php?fid=2">Transport</a> &rsaquo; <span class="active">Line 6 extension opens</span></div>
<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div><strong>Line 6 extension opens</strong></div></td></tr>
<tr><td id="posts_container"><div id="posts">` + strings.Join(posts, "") + `</div></td></tr></table></div></div>
<div id="footer"><div class="lower"><span id="copyright">Powered By <a href="https://mybb.com" target="_blank" rel="noopener">MyBB</a>, &copy; 2002-2024 <a href="https://mybb.com" target="_blank" rel="noopener">MyBB Group</a>.</span></div></div></div></body></html>`
	}
	cases := []struct{ name, page string }{
		{"xenforo", probe55XFPage(probe55XF("11", "5", op, probe54Post), probe55XF("12", "6", re, probe54Reply))},
		{"invision", probe55IPSPage(probe55IPS("11", "5", op, probe54Post), probe55IPS("12", "6", re, probe54Reply))},
		{"smf", probe55SMFPage(probe55SMF("11", "5", op, probe54Post), probe55SMF("12", "6", re, probe54Reply))},
		{"phpbb", probe54PhpBBPage(probe54PhpBB("1", op, "Line 6 extension opens", probe54Post), probe54PhpBB("2", re, "Re: Line 6 extension opens", probe54Reply))},
		{"vbulletin 4", probe54VB4Page(probe54VB4("1", "1", op, probe54Post), probe54VB4("2", "2", re, probe54Reply))},
		{"vbulletin 3", probe54VB3Page(probe54VB3("1", "1", op, probe54Post), probe54VB3("2", "2", re, probe54Reply))},
		{"vbulletin 3 card", forum53Page(forum53VB("1", op, forum53Post), forum53VB("2", re, forum53Reply))},
		{"discourse", probe54DiscoursePage(probe54Discourse("1", op, probe54Post), probe54Discourse("2", re, probe54Reply))},
		{"mybb", mybb(probe55MyBB("11", op, probe54Post), probe55MyBB("12", re, probe54Reply))},
		{"discuz", probe54DiscuzPage(probe54Discuz("1", "1", op, probe54ZhPost), probe54Discuz("2", "2", re, "坐过了，确实快。"))},
	}
	// The thread's head of XenForo, Invision and SMF names its starter.
	for i := range cases {
		cases[i].page = strings.ReplaceAll(cases[i].page, "jdoe", op)
	}
	return cases
}

// A thread's first poster is its author, the handle as the forum shows
// it, capitals and figures and all; a reply's poster never stands in for
// one the rules turn down ("Guest", "Post", "QUOTE"), nor does a word of
// the post's buttons ("Post"). Invision and SMF name the starter in a
// byline ("By OldRider72", "Started by OldRider72"), not a poster's
// slot: no author there, but never the reply's.
func TestForumProbe59Handles(t *testing.T) {
	const re = "anna_k"
	for _, op := range []string{"OldRider72", "jsmith12345", "Mike_Roe7", "MTB-Dave99", "iPhone15", "oldrider72", "Guest", "Post", "QUOTE"} {
		want := op
		switch op {
		case "Guest", "Post", "QUOTE":
			want = ""
		}
		for _, c := range forum59Thread(op, re) {
			a, err := Extract([]byte(c.page), "https://forum.example.org/threads/line-6-extension-opens.1234/", Options{})
			if err != nil {
				t.Fatalf("Extract(%s, %s): %v", c.name, op, err)
			}
			got := strings.Join(a.Authors, "; ")
			if strings.Contains(got, re) || got == "Post" || got == "QUOTE" || got == "Guest" {
				t.Errorf("Extract(%s, %s).Authors = %q from %q: a reply's poster or a button", c.name, op, got, a.Provenance["authors"])
				continue
			}
			byline := c.name == "invision" || c.name == "smf"
			if want != "" && !byline && got != want || want == "" && c.name != "mybb" && got != "" {
				t.Errorf("Extract(%s, %s).Authors = %q from %q, want %q", c.name, op, got, a.Provenance["authors"], want)
			}
		}
	}
}

// TestPosterHandle: in a poster's slot, a handle may hold capitals and
// up to six figures; a word in capitals alone or a chrome word is none.
func TestPosterHandle(t *testing.T) {
	for p, want := range map[string]bool{
		"OldRider72": true, "jsmith12345": true, "Mike_Roe7": true, "MTB-Dave99": true, "iPhone15": true, "oldrider72": true,
		"QUOTE": false, "MTB99": false, "Post": false, "Post1": false, "Quote": false, "Guest": false, "rider1234567": false, "2024": false, "jo": false, "jane doe": false, "": false,
	} {
		if got := posterHandle(p) && !allCapitals(p); got != want {
			t.Errorf("posterHandle(%q) = %v, want %v", p, got, want)
		}
	}
}
