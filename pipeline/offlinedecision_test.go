package pipeline_test

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
)

// A hand-made WARC file, uncompressed: warcinfo, responses and metadata
// records, as a newsprint crawl writes them (gzipped) or another tool.

func warcRecord(header, block string) string {
	return "WARC/1.1\r\n" + header + "Content-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n" + block + "\r\n\r\n"
}

func warcInfo(declared bool) string {
	block := "software: newsprint\r\n"
	if declared {
		block += pipeline.DecisionsInfoField + ": metadata\r\n"
	}
	return warcRecord("WARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:info>\r\nWARC-Date: 2024-05-02T11:00:00Z\r\nContent-Type: application/warc-fields\r\n", block)
}

func warcResponse(id, target, page string) string {
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + strconv.Itoa(len(page)) + "\r\n\r\n" + page
	return warcRecord("WARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"+id+">\r\nWARC-Date: 2024-05-02T11:00:00Z\r\nWARC-Target-URI: "+target+
		"\r\nContent-Type: application/http; msgtype=response\r\n", resp)
}

// warcDecision is the decision record a crawl writes about the response
// record id, with fields "name: value" lines.
func warcDecision(id, target string, fields ...string) string {
	return warcRecord("WARC-Type: metadata\r\nWARC-Record-ID: <urn:uuid:d-"+id+">\r\nWARC-Date: 2024-05-02T11:00:01Z\r\nWARC-Target-URI: "+target+
		"\r\nWARC-Refers-To: <urn:uuid:"+id+">\r\nContent-Type: application/warc-fields\r\n", strings.Join(fields, "\r\n")+"\r\n")
}

func storyPage(title, extra string) string {
	return `<!DOCTYPE html><html lang="en"><head><title>` + title + `</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><article><h1>` + title + `</h1>` + wireStory(extra) + `</article></body></html>`
}

// offlineWARC re-extracts a WARC file as 'newsprint extract' does and
// returns its articles in output order, and the reasons for the rest.
func offlineWARC(t *testing.T, mode, warc string) (arts []extractor.Article, skipped []string) {
	t.Helper()
	off := pipeline.NewOffline(extractor.Options{}, mode)
	keep := func(res []pipeline.Extracted) error {
		for _, e := range res {
			switch {
			case e.Err != nil:
				t.Fatalf("offline: %v", e.Err)
			case e.Skipped != "":
				skipped = append(skipped, e.Skipped)
			default:
				arts = append(arts, e.Article)
			}
		}
		return nil
	}
	_, err := archive.Walk(strings.NewReader(warc), "t.warc", extractor.DefaultMaxBytes, archive.Visitor{
		Response: func(r archive.Response) error { return keep(off.Response(r)) },
		Revisit:  func(r archive.Revisit) error { return keep(off.Revisit(r)) },
		Metadata: func(m archive.Metadata) error { return keep(off.Metadata(m)) },
	})
	if err != nil {
		t.Fatal(err)
	}
	keep(off.Flush())
	return arts, skipped
}

func summary(arts []extractor.Article) string {
	var s []string
	for _, a := range arts {
		d := "-"
		if a.DuplicateOf != nil {
			d = a.DuplicateOf.URL[strings.LastIndex(a.DuplicateOf.URL, "/"):] + " " + strconv.Itoa(a.DuplicateOf.Distance)
		}
		s = append(s, fmt.Sprintf("%s(dup %s, rev %d)", a.URL[strings.LastIndex(a.URL, "/"):], d, a.Revision))
	}
	return strings.Join(s, " ")
}

// Offline follows the decisions a crawl recorded in its WARC, whatever the
// order of the captures, and decides by itself, in record order, where no
// decision was recorded or the text is not the one decided on.
func TestOfflineFollowsDecisions(t *testing.T) {
	const host = "http://news.example"
	pa, pb := storyPage("Council rebuilds the harbour", ""), storyPage("Harbour to be rebuilt", "<p>Reporting by the Regional Press Agency.</p>")
	a, err := pipeline.ExtractFile([]byte(pa), host+"/a", extractor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := pipeline.ExtractFile([]byte(pb), host+"/b", extractor.Options{})
	if err != nil {
		t.Fatal(err)
	}
	original := func(x extractor.Article, rev int) []string {
		return []string{"article-decision: article", "article-url: " + x.URL, "article-id: " + x.ID, "content-hash: " + x.ContentHash, "revision: " + strconv.Itoa(rev)}
	}
	// The crawl decided /a first, though /b was captured first; and /b
	// was its third revision (earlier ones in another WARC).
	bDecision := append(original(b, 3), "previous-hash: sha256:0ld", "duplicate-of-id: "+a.ID, "duplicate-of-url: "+a.URL,
		"duplicate-of-hash: "+a.ContentHash, "duplicate-distance: 0")
	captures := warcResponse("b", host+"/b", pb) + warcResponse("a", host+"/a", pa)
	decided := warcInfo(true) + captures + warcDecision("a", host+"/a", original(a, 1)...) + warcDecision("b", host+"/b", bDecision...)

	for _, tc := range []struct {
		name, mode, warc string
		want             string
		skipped          []string
	}{
		{"decisions followed", pipeline.NearMark, decided, "/a(dup -, rev 1) /b(dup /a 0, rev 3)", nil},
		{"decisions under drop", pipeline.NearDrop, decided, "/a(dup -, rev 1)", []string{"near-duplicate"}},
		{"decisions under off", pipeline.NearOff, decided, "/a(dup -, rev 1) /b(dup -, rev 3)", nil},
		// Older newsprint files and other tools: capture order.
		{"no decisions", pipeline.NearMark, warcInfo(false) + captures, "/b(dup -, rev 1) /a(dup /b 0, rev 1)", nil},
		// Declared, but the crawl stopped before deciding: at the end, in
		// capture order.
		{"decisions missing", pipeline.NearMark, warcInfo(true) + captures, "/b(dup -, rev 1) /a(dup /b 0, rev 1)", nil},
		// A decision on another text (another extractor version) is not
		// followed: decided here, in the order of the decisions.
		{"other text", pipeline.NearMark, warcInfo(true) + captures +
			warcDecision("a", host+"/a", "article-decision: article", "article-url: "+a.URL, "article-id: "+a.ID, "content-hash: sha256:other", "revision: 4") +
			warcDecision("b", host+"/b", bDecision...), "/a(dup -, rev 1) /b(dup /a 0, rev 3)", nil},
		// The decision of a page that is no article here, or of a record
		// not read, changes nothing.
		{"stray decision", pipeline.NearMark, warcInfo(true) + warcDecision("x", host+"/x", original(a, 1)...) + captures +
			warcDecision("a", host+"/a", original(a, 1)...) + warcDecision("b", host+"/b", bDecision...), "/a(dup -, rev 1) /b(dup /a 0, rev 3)", nil},
		// A run killed after deciding /a, before writing it; the next run
		// fetched and decided it again: one record.
		{"decided twice", pipeline.NearMark, warcInfo(true) + warcResponse("a", host+"/a", pa) + warcDecision("a", host+"/a", original(a, 1)...) +
			warcInfo(true) + warcResponse("a2", host+"/a", pa) + warcDecision("a2", host+"/a", original(a, 1)...),
			"/a(dup -, rev 1)", []string{"unchanged"}},
		// A crawl with --near-duplicates off compared nothing: marked
		// here, in the order of its decisions.
		{"crawl compared nothing", pipeline.NearMark, warcInfo(true) + captures +
			warcDecision("a", host+"/a", append(original(a, 1), "near-duplicates: off")...) +
			warcDecision("b", host+"/b", append(original(b, 1), "near-duplicates: off")...), "/a(dup -, rev 1) /b(dup /a 0, rev 1)", nil},
		// An article the crawl found unchanged (known from its Store).
		{"unchanged", pipeline.NearMark, warcInfo(true) + captures + warcDecision("a", host+"/a", original(a, 1)...) +
			warcDecision("b", host+"/b", "article-decision: unchanged", "article-url: "+b.URL, "article-id: "+b.ID, "content-hash: "+b.ContentHash),
			"/a(dup -, rev 1)", []string{"unchanged"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts, skipped := offlineWARC(t, tc.mode, tc.warc)
			if got := summary(arts); got != tc.want {
				t.Errorf("extract gives %s\nwant           %s", got, tc.want)
			}
			if strings.Join(skipped, ",") != strings.Join(tc.skipped, ",") {
				t.Errorf("skipped %q, want %q", skipped, tc.skipped)
			}
			for _, x := range arts {
				if x.Warc == nil || x.FetchedAt != "2024-05-02T11:00:00Z" {
					t.Errorf("%s: warc %+v, fetched_at %s", x.URL, x.Warc, x.FetchedAt)
				}
				if x.URL == b.URL && x.Revision == 3 && x.PreviousHash != "sha256:0ld" {
					t.Errorf("%s: previous_hash %v, want the crawl's", x.URL, x.PreviousHash)
				}
			}
		})
	}
}
