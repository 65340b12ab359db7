package ingest

import (
	"reflect"
	"testing"
	"time"
)

func TestRecordRoundTrip(t *testing.T) {
	tests := []record{
		{},
		{title: "Séisme au Maroc", lang: "fr", published: time.Date(2023, 9, 9, 0, 0, 0, 0, time.UTC),
			outlet: "Le Monde", dateline: "Marrakech", wires: []string{"AFP", "Reuters"}, authors: []string{"Jean Dupont"},
			entities: []string{"Maroc", "Mohammed VI"}, figures: []string{"2000|personnes|morts"}, dates: []string{"2023-09-08"},
			quotes: []string{"« Tout s'est effondré »"}},
		{published: time.Date(1969, 7, 20, 0, 0, 0, 0, time.UTC), quotes: []string{""}},
	}
	for _, r := range tests {
		got, err := decodeRecord(r.encode())
		if err != nil {
			t.Fatalf("decode(encode(%+v)): %v", r, err)
		}
		if !reflect.DeepEqual(got, r) {
			t.Errorf("round trip: got %+v, want %+v", got, r)
		}
	}
	for _, bad := range [][]byte{nil, {2}, {1}, {1, 2}, {1, 0, 5, 'a'}, append(record{title: "x"}.encode(), 0)} {
		if _, err := decodeRecord(bad); err == nil {
			t.Errorf("decodeRecord(%v): no error", bad)
		}
	}
}

func FuzzDecodeRecord(f *testing.F) {
	f.Add(record{}.encode())
	f.Add(record{title: "t", wires: []string{"AFP"}, published: time.Unix(86400, 0).UTC()}.encode())
	f.Add([]byte{1, 1, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := decodeRecord(b)
		if err != nil {
			return
		}
		again, err := decodeRecord(r.encode())
		if err != nil || !reflect.DeepEqual(again, r) {
			t.Fatalf("re-encoding a decoded record: %v, %+v vs %+v", err, again, r)
		}
	})
}
