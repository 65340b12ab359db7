package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadReport(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, path, wantErr string
		stories             int
	}{
		{"fixture", "../../report/testdata/demo-crosscheck.json", "", 2},
		{"missing", filepath.Join(dir, "none.json"), "no such file", 0},
		{"not JSON", write("bad.json", "{"), "reading the report", 0},
		{"other version", write("v2.json", `{"version":2,"articles":[],"stories":[]}`), "report version 2", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep, err := loadReport(tc.path)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || len(rep.Stories) != tc.stories {
				t.Fatalf("%v, %d stories", err, len(rep.Stories))
			}
		})
	}
}
