package report

import (
	"bytes"
	"encoding/json"
)

// renderJSON writes the report as indented JSON; keys come in the order of
// the struct fields, so the output is stable.
func renderJSON(buf *bytes.Buffer, r *Report, _ Options) error {
	enc := json.NewEncoder(buf)
	enc.SetIndent("", "  ")
	// The JSON is not meant to be embedded in HTML; keep "<", ">" and "&"
	// readable.
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
