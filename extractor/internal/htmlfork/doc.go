// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package htmlfork is a copy of golang.org/x/net/html v0.62.0's tokenizer
// and tree builder (BSD, LICENSE beside this file) that builds the same
// *html.Node trees, x/net/html's own Node type, faster. Extract parses each
// page with it (extract.go); x/net/html stays a dependency for the Node
// type, atom, rendering, and as the reference the tests compare with.
//
// Why: the speed target is Extract >= 0.8x readability alone (thread CPU,
// BenchmarkRatioSets), and x/net/html.Parse was a third of Extract's time,
// most of it per-byte reads through an io.Reader buffer and copies of
// every tag name, attribute and text. The changes tokenize faster and never
// tokenize differently:
//
//   - The tokenizer works on the whole page (Parse takes []byte): readByte
//     is an inlined slice read with no refill, and text, RCDATA and script
//     data jump to the next '<' with bytes.IndexByte (skipToLessThan). The
//     caller's bytes are never written, nor copied whole: a name or text
//     that Token lower-cases, unescapes or converts in place is copied into
//     a scratch buffer first, only when it holds an upper-case letter, an
//     '&' or a '\r' (Tokenizer.lowered, Tokenizer.writable).
//   - Token builds the token directly: tag names and attributes are copied
//     for NUL replacement only when they hold a NUL (replaceNUL), a tag's
//     attribute slice is made at its final size, and duplicate attribute
//     keys are found by comparing the few keys already kept (seenAttr; a map
//     only past 16 attributes) instead of a map and two copies per attribute.
//   - Every string (a text, an attribute's value, an unknown tag's or
//     attribute's name) is its own allocation, as in x/net/html: copying
//     short strings into chunks shared by the page allocated less, but a
//     string an Article keeps (a title, a link) would then keep its whole
//     chunk alive for as long as the caller holds it.
//   - A tag of up to 16 attributes takes its slice from a block shared by
//     the page's tags, capped at its length (NodeBlocks.Attrs).
//   - convertNewlines and unescape look for the first '\r' or '&' with
//     bytes.IndexByte before going byte by byte.
//   - The parser takes its nodes from blocks of up to 256 (NodeBlocks),
//     which a caller may keep for its next parse (ParseOptionNodes), and
//     finds the scope stop tags of a namespace with a switch rather than a
//     map (defaultScopeStopTags).
//   - Left out: the renderer, escaping, Tokenizer.Buffered, SetMaxBuf,
//     ErrBufferExceeded and the byte-level accessors Text, TagName and
//     TagAttr. Parse, ParseFragment and their WithOptions forms take the
//     page as []byte. Node, NodeType and Attribute are aliases of
//     x/net/html's; clone is the function cloneNode.
//
// Checks (same_test.go): every eighth page of ../shared/benchmarks (every
// page with -corpus: go test ./extractor/internal/htmlfork -run
// TestCorpusSame -corpus) and every case
// of x/net/html's html5lib tree-construction tests (webkit01.dat, ...,
// from the module cache) parse to the same tree, node by node (type, atom,
// data, namespace, attributes in order, structure), with both parsers;
// FuzzParseSame does the same on any input and checks the input is left
// unchanged. BenchmarkParse compares the two.
//
// To update: copy the new version's parse.go, token.go, foreign.go,
// const.go, doctype.go, entity.go, escape.go and node.go over these, apply
// the changes above again (git log of this directory), and run the checks.
// To drop: point extract.go back at html.Parse.
package htmlfork
