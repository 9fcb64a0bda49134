// Package extractor turns the bytes of one web page into one clean, structured
// Article. It is pure: no network, no logging, no global state. Callers may run
// Extract from many goroutines at once.
package extractor

// SchemaVersion is the version of the Article record layout. It changes only
// when a field is removed or its meaning or type changes; added fields keep
// it. Version 2 (see CHANGELOG.md): absent values are null, the dates are
// split into a day and an instant, and id and markdown were added.
const SchemaVersion = 2

// Version is the newsprint version recorded in Article.ExtractedWith.
const Version = "newsprint/0.1.0"

// Article is one extracted article: one JSONL line of newsprint's output,
// as AppendJSON (and MarshalJSON) writes it.
//
// Every field is always present in JSON, so that consumers see a fixed set
// of columns, each of one JSON type or null. A field tagged null:"zero" is
// written as null when it holds its zero value ("" or 0): the page does not
// say, or the value does not apply. Lists are never null: [] means none. A
// nil list or map is written as [] or {}. Reading a record back with
// encoding/json gives the zero value for each null.
// The layout is documented in schema/article.schema.json.
type Article struct {
	SchemaVersion int `json:"schema_version"`
	// ID identifies the article across runs, revisions and processes: the
	// hex of the first 16 bytes of the SHA-256 of its normalised canonical
	// URL (CanonicalURL, else URL). See ArticleID.
	ID           string `json:"id" null:"zero"`
	URL          string `json:"url" null:"zero"`
	CanonicalURL string `json:"canonical_url" null:"zero"`
	Title        string `json:"title" null:"zero"`
	Section      string `json:"section" null:"zero"`
	// Authors holds one person or organisation per entry, without "By",
	// roles, dates or e-mail addresses.
	Authors []string `json:"authors"`
	// PublishedDate is the day of publication, YYYY-MM-DD, as the page
	// states it (in the publisher's zone), whenever the page gives one.
	PublishedDate string `json:"published_date" null:"zero"`
	// PublishedAt is the instant of publication, RFC 3339 with its zone,
	// only when the page gives the time of day and its zone; its date part
	// is PublishedDate.
	PublishedAt string `json:"published_at" null:"zero"`
	// ModifiedDate and ModifiedAt are the same for the last modification.
	ModifiedDate string `json:"modified_date" null:"zero"`
	ModifiedAt   string `json:"modified_at" null:"zero"`
	// Language is a BCP 47 primary language subtag such as "en" or "uk";
	// Chinese is "zh-Hans" or "zh-Hant" when the script is known.
	Language    string `json:"language" null:"zero"`
	SiteName    string `json:"site_name" null:"zero"`
	Description string `json:"description" null:"zero"`
	// Text is the clean body: paragraphs separated by one blank line,
	// whitespace normalised, no captions and no credit line. Empty when the
	// page has no body or Options.Body leaves text out.
	Text string `json:"text" null:"zero"`
	// HTML is the clean body as sanitised HTML with absolute URLs: no
	// scripts, styles, forms, frames, event handlers or javascript: and
	// data: URLs. Empty when Options.Body leaves it out.
	HTML string `json:"html" null:"zero"`
	// Markdown is the clean body as Markdown (CommonMark with GitHub
	// tables), when Options.Body asks for it.
	Markdown string  `json:"markdown" null:"zero"`
	Images   []Image `json:"images"`
	TopImage string  `json:"top_image" null:"zero"`
	// Credit is the attribution of the whole article ("Source: X" becomes X).
	Credit string   `json:"credit" null:"zero"`
	Tags   []string `json:"tags"`
	// WordCount counts words in the body text; each CJK character counts
	// as one word.
	WordCount int `json:"word_count"`
	// ContentHash is "sha256:" and the hex SHA-256 of the body text (of ""
	// when there is none), whether or not Text is emitted.
	ContentHash   string `json:"content_hash"`
	ExtractedWith string `json:"extracted_with"`
	// FetchedAt is when the crawl fetched the page (RFC 3339, UTC); empty
	// for pages extracted from files.
	FetchedAt string `json:"fetched_at" null:"zero"`
	// Revision counts the versions of this article a crawl has emitted: 1
	// for the first, 2 after its text changed, and so on; 0 (null) outside
	// crawls.
	Revision int `json:"revision" null:"zero"`
	// PreviousHash is the ContentHash of the revision before; empty for the
	// first.
	PreviousHash string `json:"previous_hash" null:"zero"`
	// Warc locates the WARC response record the article came from: set by
	// crawls with --warc and by extraction from WARC files, nil otherwise.
	Warc *WarcRef `json:"warc"`
	// Provenance maps a field name to where its value came from, such as
	// "json-ld", "meta:og", "byline-text" or "url".
	Provenance map[string]string `json:"provenance"`
}

// MarshalJSON returns AppendJSON's encoding of a, so that encoding/json
// writes the same record as the crawl.
func (a Article) MarshalJSON() ([]byte, error) {
	return a.AppendJSON(nil), nil
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
	Caption string `json:"caption" null:"zero"`
	Alt     string `json:"alt" null:"zero"`
	Credit  string `json:"credit" null:"zero"`
}
