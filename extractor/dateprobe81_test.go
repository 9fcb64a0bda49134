package extractor

import (
	"testing"
	"time"
)

// Probe pages of round 81 (dates81).

// probe81DateFetched is the fetch time of round 81's probes: after every
// day they show.
var probe81DateFetched = time.Date(2025, 4, 1, 12, 0, 0, 0, time.UTC)

// probe81DateTeaserTimes are short stories closed by one other story's
// linked headline and a <time> that only the page's metadata reads.
var probe81DateTeaserTimes = []page50{
	{name: "time no text", lang: "en", skel: probe77DateShort, tail: `<div class="next"><a href="/news/other-story">Council approves the new plan for the city's buses</a> <time datetime="2025-03-09T10:00:00Z"></time></div>`},
	{name: "time relative", lang: "en", skel: probe77DateShort, tail: `<div class="next"><a href="/news/other-story">Council approves the new plan for the city's buses</a> <time datetime="2025-03-09T10:00:00Z">3 weeks ago</time></div>`},
	{name: "time icon", lang: "en", skel: probe77DateShort, tail: `<div class="next"><a href="/news/other-story">Council approves the new plan for the city's buses</a> <time datetime="2025-03-09T10:00:00Z"><i class="icon-clock"></i></time></div>`},
	{name: "time span date", lang: "en", skel: probe77DateShort, tail: `<div class="next"><span><a href="/news/other-story">Council approves the new plan for the city's buses</a></span> <span><time datetime="2025-03-09T10:00:00Z">Mar 9</time></span></div>`},
	{name: "author link kept", lang: "en", skel: probe77DateShort, meta: `<div class="byline"><a href="/author/jane-doe">Jane Doe</a> <time datetime="2025-03-05T10:00:00Z">3 weeks ago</time></div>`, pub: "2025-03-05"},
	{name: "permalink kept", lang: "en", skel: probe77DateShort, meta: `<div class="entry-meta"><a href="/news/headline-of-the-story" rel="bookmark">Council approves the new plan for the city's buses</a> <time datetime="2025-03-05T10:00:00Z"></time></div>`, pub: "2025-03-05"},
	{name: "other site kept", lang: "en", skel: probe77DateShort, tail: `<p><a href="https://council.example/press/plan">Press office of the city council statement</a> <time datetime="2025-03-05T10:00:00Z"></time></p>`, pub: "2025-03-05"},
	{name: "posted text kept", lang: "en", skel: probe77DateShort, meta: `<div class="meta">Posted in <a href="/news/local-politics-and-council">Local politics and the city council</a> on <time datetime="2025-03-05T10:00:00Z">March 5</time></div>`, pub: "2025-03-05"},
	{name: "li time", lang: "en", skel: probe77DateShort, tail: `<ul><li><a href="/news/other-story">Council approves the new plan for the city's buses</a> <time datetime="2025-03-09">Mar 9</time></li></ul>`},
}

func TestDateProbe81TeaserTimes(t *testing.T) {
	checkPages50(t, probe81DateTeaserTimes, probe81DateFetched)
}
