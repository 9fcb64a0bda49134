package archive

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	warc "github.com/internetarchive/gowarc"
)

// fieldsType is the media type of a record block made of named fields
// (WARC 1.1, section 7), as Heritrix writes its per-capture metadata.
const fieldsType = "application/warc-fields"

// maxMetadata bounds the block of a metadata record read back: ours hold a
// dozen short fields.
const maxMetadata = 64 << 10

// Field is one named field of a metadata record's block.
type Field struct{ Name, Value string }

// Metadata is a metadata record whose block is named fields
// (application/warc-fields), read back by Walk.
type Metadata struct {
	Type     string    // "metadata" or "warcinfo"
	URL      string    // WARC-Target-URI
	Date     time.Time // WARC-Date
	RefersTo string    // WARC-Refers-To: the record it describes, if any
	Fields   []Field
}

// Get returns the value of the first field named name, or "".
func (m Metadata) Get(name string) string {
	for _, f := range m.Fields {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Declare adds a field to the warcinfo record of every file started from
// now on: what the writer of the records promises about them, such as the
// metadata records it writes (Describe).
func (a *Archive) Declare(name, value string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.declared == nil {
		a.declared = map[string]string{}
	}
	a.declared[name] = value
}

// Describe writes a metadata record about the record c: WARC-Refers-To
// c's record, the same WARC-Target-URI, and fields as its block
// (application/warc-fields). A crawl calls it for what it decided about
// a capture after the capture was written, so that a reader of the file
// learns the decision next to the bytes it was made on (WARC 1.1, section
// 6.6: a metadata record describes another record). Values must not hold
// line breaks. A write error is kept by the Archive, as for every record,
// and returned here and by Sync.
func (a *Archive) Describe(c Capture, fields []Field) error {
	var block bytes.Buffer
	for _, f := range fields {
		if strings.ContainsAny(f.Name+f.Value, "\r\n") || strings.ContainsRune(f.Name, ':') {
			return fmt.Errorf("archive: metadata field %q: line break or colon", f.Name)
		}
		fmt.Fprintf(&block, "%s: %s\r\n", f.Name, f.Value)
	}
	h := warc.NewHeader()
	h.Set("WARC-Type", "metadata")
	h.Set("WARC-Record-ID", "<urn:uuid:"+uuid.NewString()+">")
	h.Set("WARC-Date", a.opt.Now().UTC().Format(time.RFC3339))
	if c.URL != "" {
		h.Set("WARC-Target-URI", c.URL)
	}
	h.Set("WARC-Refers-To", c.RecordID)
	h.Set("Content-Type", fieldsType)
	h.Set("Content-Length", strconv.Itoa(block.Len()))
	_, err := a.writeBatch([]record{{header: h, content: bytes.NewReader(block.Bytes())}})
	return err
}

// readMetadata returns the named fields of a metadata or warcinfo record,
// or why it has none that Walk hands over.
func readMetadata(rec *warc.Record) (Metadata, string) {
	ct := strings.ToLower(strings.TrimSpace(rec.Header.Get("Content-Type")))
	kind := strings.ToLower(rec.Header.Get("WARC-Type")) + " record"
	if !strings.HasPrefix(ct, fieldsType) {
		return Metadata{}, kind
	}
	if _, err := rec.Content.Seek(0, io.SeekStart); err != nil {
		return Metadata{}, "unreadable"
	}
	block, err := io.ReadAll(io.LimitReader(rec.Content, maxMetadata+1))
	if err != nil || len(block) > maxMetadata {
		return Metadata{}, kind
	}
	m := Metadata{
		Type:     strings.ToLower(rec.Header.Get("WARC-Type")),
		URL:      strings.Trim(rec.Header.Get("WARC-Target-URI"), "<> "),
		RefersTo: strings.TrimSpace(rec.Header.Get("WARC-Refers-To")),
	}
	m.Date, _ = time.Parse(time.RFC3339Nano, rec.Header.Get("WARC-Date"))
	m.Date = m.Date.UTC()
	sc := bufio.NewScanner(bytes.NewReader(block))
	sc.Buffer(make([]byte, 0, 4096), maxMetadata)
	for sc.Scan() {
		name, value, ok := strings.Cut(strings.TrimRight(sc.Text(), "\r"), ":")
		if !ok || strings.TrimSpace(name) == "" {
			continue
		}
		m.Fields = append(m.Fields, Field{Name: strings.TrimSpace(name), Value: strings.TrimSpace(value)})
	}
	return m, ""
}
