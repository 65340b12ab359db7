package crosscheck

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/recoupe/recoupe/facts"
	"github.com/recoupe/recoupe/report"
)

// source builds a source with the dates the facts stage finds in text.
func source(id, group, published, text string) Source {
	ref, _ := time.Parse(time.DateOnly, published)
	return Source{Article: id, Group: group, Published: published, Lang: "fr", Text: text,
		Dates: facts.Extract(text, "fr", ref).Dates}
}

// dateValues formats the values of a date claim: "2025-03-09",
// "<2025-03-14", ">2025-03-20", "2025-03-21..2025-03-31".
func dateValues(c report.Claim) []string {
	var out []string
	for _, v := range c.Values {
		switch {
		case v.Low != nil && v.High != nil:
			out = append(out, ymdString(*v.Low)+".."+ymdString(*v.High))
		case v.Low != nil:
			out = append(out, ">"+ymdString(*v.Low))
		case v.High != nil:
			out = append(out, "<"+ymdString(*v.High))
		default:
			out = append(out, ymdString(v.Value))
		}
	}
	return out
}

func TestDateClaims(t *testing.T) {
	const pub = "2025-03-03"
	tests := []struct {
		name, text string
		want       string // "measure: values" per claim, "; "-separated
	}{
		{"an end", "Les manœuvres doivent prendre fin le 9 mars, a indiqué l'état-major.",
			MeasureEnd + ": 2025-03-09"},
		{"an end before a date", "Le ministère s'attend à ce que les manœuvres prennent fin avant le 14 mars.",
			MeasureEnd + ": <2025-03-14"},
		{"an end after a date", "Tout indique que ces troupes resteront sur place après le 20 mars.",
			MeasureEnd + ": >2025-03-20"},
		{"until", "Le déploiement durera jusqu'au 9 mars.",
			MeasureEnd + ": 2025-03-09"},
		{"end of the month", "Les troupes resteront jusqu'à fin mars.",
			MeasureEnd + ": 2025-03-21..2025-03-31"},
		{"a deadline", "Le médiateur a fixé au 14 mars l'échéance pour la signature d'un accord.",
			MeasureDeadline + ": 2025-03-14"},
		{"a deadline with avoir jusqu'au", "Les négociateurs ont jusqu'au 20 mars pour signer un accord.",
			MeasureDeadline + ": 2025-03-20"},
		{"an obligation before a date", "Les offres de reprise doivent être déposées avant le 14 mars.",
			MeasureDeadline + ": <2025-03-14"},
		{"an opening asked before a date", "L'ONU réclame l'ouverture d'un corridor humanitaire avant le 12 mars.",
			MeasureDeadline + ": <2025-03-12"},
		{"a start is no end", "Les exercices ont commencé le 3 mars.", ""},
		{"start and end in two clauses", "La grève, qui a débuté le 1er mars, doit s'achever le 9 mars.",
			MeasureEnd + ": 2025-03-09"},
		{"a date with nothing to end", "Le sommet se tiendra le 12 mars à Bruxelles.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			claims := DateClaims([]Source{source("a", "", pub, tt.text)})
			var parts []string
			for _, c := range claims {
				if c.Unit != DateUnit || c.Status != "" {
					t.Errorf("claim %+v: want unit date, no status", c)
				}
				parts = append(parts, c.Measure+": "+strings.Join(dateValues(c), ", "))
			}
			if got := strings.Join(parts, "; "); got != tt.want {
				t.Errorf("DateClaims = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDateClaimsAcrossSources(t *testing.T) {
	sources := []Source{
		source("a", "", "2025-03-03", "Les exercices doivent s'achever le 9 mars, a précisé l'agence."),
		source("b", "", "2025-03-03", "Moscou affirme que ses manœuvres prendront fin le 9 mars."),
		source("c", "", "2025-03-03", "« Ces troupes resteront sur place après le 20 mars », nous a déclaré un responsable de l'Otan."),
	}
	claims := DateClaims(sources)
	if len(claims) != 1 {
		t.Fatalf("got %d claims, want 1: %+v", len(claims), claims)
	}
	got := Reconcile(claims, sources)[0]
	if got.Status != Conflict || got.Kind != KindDate {
		t.Errorf("status %s kind %s, want conflict date", got.Status, got.Kind)
	}
	if got.Values[0].AsOf == nil || *got.Values[0].AsOf != "2025-03-03" {
		t.Error("a date value is as of its article's publication")
	}
}

func TestYearless(t *testing.T) {
	tests := []struct {
		text, value, published, want string
	}{
		{"le 14 mars", "2024-03-14", "2025-03-06", "2025-03-14"},
		{"le 14 mars", "2025-03-14", "2025-03-06", "2025-03-14"},
		{"le 14 mars 2024", "2024-03-14", "2025-03-06", "2024-03-14"},
		{"14/03", "2024-03-14", "2025-03-06", "2024-03-14"},
		{"le 2 janvier", "2025-01-02", "2025-12-28", "2026-01-02"},
		{"le 14 mars", "2024-03-14", "", "2024-03-14"},
		{"fin mars", "2024-03", "2025-03-06", "2025-03"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.text, tt.value), func(t *testing.T) {
			got := yearless(facts.Date{Text: tt.text, Value: tt.value, Kind: "DATE"}, tt.published)
			if got.Value != tt.want {
				t.Errorf("yearless = %s, want %s", got.Value, tt.want)
			}
		})
	}
}
