// Package extractor turns the bytes of one web page into one clean, structured
// Article. It is pure: no network, no logging, no global state. Callers may run
// Extract from many goroutines at once.
package extractor

// SchemaVersion is the version of the Article record layout. It changes only
// when a field is removed or its meaning changes; added fields keep it.
const SchemaVersion = 1

// Version is the newsprint version recorded in Article.ExtractedWith.
const Version = "newsprint/0.1.0"

// Article is one extracted article: one JSONL line of newsprint's output.
//
// Every field is always present in JSON so that consumers see a fixed set of
// columns. A string is "" and a list is [] when the page does not say.
// The layout is documented in schema/article.schema.json.
type Article struct {
	SchemaVersion int    `json:"schema_version"`
	URL           string `json:"url"`
	CanonicalURL  string `json:"canonical_url"`
	Title         string `json:"title"`
	Section       string `json:"section"`
	// Authors holds one person or organisation per entry, without "By",
	// roles, dates or e-mail addresses.
	Authors []string `json:"authors"`
	// PublishedAt and ModifiedAt are RFC 3339 with the zone when a time of
	// day is known, YYYY-MM-DD when only the date is.
	PublishedAt string `json:"published_at"`
	ModifiedAt  string `json:"modified_at"`
	// Language is a BCP 47 primary language subtag such as "en" or "uk";
	// Chinese is "zh-Hans" or "zh-Hant" when the script is known.
	Language    string `json:"language"`
	SiteName    string `json:"site_name"`
	Description string `json:"description"`
	// Text is the clean body: paragraphs separated by one blank line,
	// whitespace normalised, no captions and no credit line.
	Text string `json:"text"`
	// HTML is the clean body as HTML, with absolute URLs.
	HTML     string  `json:"html"`
	Images   []Image `json:"images"`
	TopImage string  `json:"top_image"`
	// Credit is the attribution of the whole article ("Source: X" becomes X).
	Credit string   `json:"credit"`
	Tags   []string `json:"tags"`
	// WordCount counts words in Text; each CJK character counts as one word.
	WordCount int `json:"word_count"`
	// ContentHash is "sha256:" and the hex SHA-256 of Text.
	ContentHash   string `json:"content_hash"`
	ExtractedWith string `json:"extracted_with"`
	// FetchedAt is when the crawl fetched the page (RFC 3339, UTC); "" for
	// pages extracted from files.
	FetchedAt string `json:"fetched_at"`
	// Revision counts the versions of this article a crawl has emitted: 1
	// for the first, 2 after its text changed, and so on; 0 outside crawls.
	Revision int `json:"revision"`
	// PreviousHash is the ContentHash of the revision before, "" for the
	// first.
	PreviousHash string `json:"previous_hash"`
	// Warc locates the WARC response record the article came from: set by
	// crawls with --warc and by extraction from WARC files, nil otherwise.
	Warc *WarcRef `json:"warc"`
	// Provenance maps a field name to where its value came from, such as
	// "json-ld", "meta:og", "byline-text" or "url".
	Provenance map[string]string `json:"provenance"`
}

// WarcRef locates a WARC record: the file, the record's WARC-Record-ID and
// the byte offset of its gzip member (-1 in an uncompressed file).
type WarcRef struct {
	File     string `json:"file"`
	RecordID string `json:"record_id"`
	Offset   int64  `json:"offset"`
}

// Image is an image of the article body, with its caption when it has one.
type Image struct {
	URL     string `json:"url"`
	Caption string `json:"caption"`
	Alt     string `json:"alt"`
	Credit  string `json:"credit"`
}
