package extractor

import (
	"strings"
	"testing"
)

// The counts beside a clap or comment button go with the button: alone,
// they read as lines of the story.
func TestCountsBesideButtonsLeaveTheBody(t *testing.T) {
	for _, tc := range []struct{ name, head string }{
		{"Medium", `<div class="speechify-ignore"><div class="pw-multi-vote-count">1.2K</div><div>23</div><button aria-label="Listen">Listen</button><button>Share</button></div>`},
		{"icon buttons", `<div class="post-actions"><button class="clap"><svg></svg></button><span>4,096</span><button class="comments"><svg></svg></button><span>317</span></div>`},
	} {
		a := extractPage(t, pageWithBlocks(tc.head, 8, ""))
		for _, g := range []string{"1.2K", "23\n", "4,096", "317"} {
			if strings.Contains(a.Text, g) {
				t.Errorf("%s: the count %q is left in the text:\n%s", tc.name, g, a.Text)
			}
		}
		if !strings.Contains(a.Text, "Paragraph 0 of the story") {
			t.Errorf("%s: the story's start was cut:\n%s", tc.name, a.Text)
		}
	}
	// A review's score beside its button stays.
	a := extractPage(t, pageWithBlocks("", 8, `<div class="item"><div class="score"><span>9.0</span></div><button type="button">Track price</button></div>`))
	if !strings.Contains(a.Text, "9.0") {
		t.Errorf("a review's score was cut:\n%s", a.Text)
	}
}
