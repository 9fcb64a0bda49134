// Package pipeline crawls news sites and hands each new or changed article
// to a Sink: the crawl, the article verdict and the record keeping of
// newsprint, without its command line.
//
// Run takes a Config: the seeds (http, https or file:// URLs), a Store that
// keeps the frontier and what is known of each URL, and a Sink that
// receives the articles. Every other field has a working zero value, which
// its comment gives. Adapters supply the parts the caller chooses:
// sqlitestore and redisstore implement Store (one process, or several
// sharing a crawl), archive records every fetch as WARC (Config.Archive),
// and JSONL is the Sink the command line writes with.
//
// A crawl fetches robots.txt first and obeys it, reads sitemaps and feeds,
// follows links within Config.AllowHosts up to Config.MaxDepth, keeps
// Config.Parallel requests in flight per host with Config.Delay between
// them, and retries transient failures. Each fetched page is extracted once
// (extractor.ExtractPage); a page is emitted when it reads as an article
// (not a listing, enough text, article signals) under its canonical URL,
// with revision numbers and the previous content hash when its text
// changed. Run returns when the frontier is empty, Config.MaxPages is
// reached or ctx is cancelled; Stats count what happened.
//
// Durability: articles are written to the Sink, the Sink is synced, then
// the outcomes are committed to the Store (with Config.OutPath's size as a
// checkpoint), in that order. A crash loses no article and, with OutPath
// set, emits none twice.
//
// Offline reads archived responses the way a crawl reads fetched ones, so
// that re-extracting a crawl's WARC files gives that crawl's records: a
// crawl records in its WARC what it decided about each article (duplicate
// marks, revisions; decision.go), and Offline follows those decisions.
// ExtractFile extracts one saved page keyed as a crawl keys it.
package pipeline
