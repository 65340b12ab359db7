package facts

import (
	"reflect"
	"testing"
)

// fillAll sets every field of the struct v points to to a non-zero value
// of its kind, so that a field added later is covered by the round trip
// without this test being edited.
func fillAll(t *testing.T, v reflect.Value, n int) {
	t.Helper()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString("x" + string(rune('a'+i+n)))
		case reflect.Int:
			f.SetInt(int64(i + n + 1))
		case reflect.Float64:
			f.SetFloat(float64(i+n) + 0.5)
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Pointer:
			p := reflect.New(f.Type().Elem())
			p.Elem().SetFloat(float64(i + n))
			f.Set(p)
		default:
			t.Fatalf("field %s of %s: kind %s not handled by the test", v.Type().Field(i).Name, v.Type(), f.Kind())
		}
	}
}

func TestFullRoundTrip(t *testing.T) {
	var f Facts
	var d Date
	var q Quantity
	var e Entity
	var qu Quote
	fillAll(t, reflect.ValueOf(&d).Elem(), 0)
	fillAll(t, reflect.ValueOf(&q).Elem(), 1)
	fillAll(t, reflect.ValueOf(&e).Elem(), 2)
	fillAll(t, reflect.ValueOf(&qu).Elem(), 3)
	f.Dates, f.Quantities, f.Entities, f.Quotes = []Date{d}, []Quantity{q}, []Entity{e}, []Quote{qu}
	b, err := MarshalFull(f)
	if err != nil {
		t.Fatal(err)
	}
	got, err := UnmarshalFull(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, f) {
		t.Errorf("round trip lost fields:\n got %+v\nwant %+v\n%s", got, f, b)
	}
	// The extract JSON is read too.
	if _, err := UnmarshalFull([]byte(`{"dates":[{"start":1,"end":2,"text":"hier","value":"2025-03-03","kind":"DATE"}]}`)); err != nil {
		t.Error(err)
	}
}
