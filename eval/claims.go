package eval

import (
	"fmt"
	"path/filepath"

	"github.com/recoupe/recoupe/report"
)

// ClaimSetDir is the committed claim set, relative to the repository
// root.
const ClaimSetDir = "testdata/claims"

// Claims scores the cross-check on the claim set in dir: analyze turns
// one story file (a path) into a report, whose claims are scored against
// the gold with ScoreClaims. Only the claims of the stories holding the
// file's articles count for that file.
func Claims(dir string, analyze func(path string) (*report.Report, error)) (ClaimScore, error) {
	files, gold, err := LoadClaimSet(dir)
	if err != nil {
		return ClaimScore{}, err
	}
	pred := make(map[string][]PredClaim, len(files))
	for _, f := range files {
		r, err := analyze(f)
		if err != nil {
			return ClaimScore{}, fmt.Errorf("analysing %s: %w", f, err)
		}
		if r == nil {
			return ClaimScore{}, fmt.Errorf("analysing %s: no report", f)
		}
		name := filepath.Base(f)
		pred[name] = append(pred[name], ccPredsFor(r, name)...)
	}
	return ScoreClaims(gold, pred), nil
}

// ccPredsFor returns the predicted claims of report r for the story file
// name: those of the stories that hold its articles, whatever the File
// names the reader gave them (a report of one file whose articles all
// carry another name still counts for that file).
func ccPredsFor(r *report.Report, name string) []PredClaim {
	byFile := ClaimPredsFromReport(r)
	if p, ok := byFile[name]; ok {
		return p
	}
	var out []PredClaim
	for _, p := range byFile {
		out = append(out, p...)
	}
	return out
}

// CompleteStatus counts the gold measures whose matched claim shares
// every gold value, and how many of them have the gold status: the
// cross-check's own accuracy, the facts stage having found all the
// figures.
func CompleteStatus(s ClaimScore) (correct, complete int) {
	for _, f := range s.Files {
		for _, it := range f.Items {
			if it.By == "" || it.Values < len(it.Gold.Values) {
				continue
			}
			complete++
			if it.Correct {
				correct++
			}
		}
	}
	return correct, complete
}
