package crosscheck

import "github.com/recoupe/recoupe/report"

// Story cross-checks one story of a report. sources are its articles,
// oldest first (their Group, when empty, is taken from st.Copies through
// GroupsFromCopies). It adds the date claims (DateClaims) to the story's
// raw claims, decides every status (Reconcile), builds the timeline
// (Timeline), writes both into st in the report's terms and returns them
// in full.
func Story(st *report.Story, sources []Source) ([]Claim, []Event) {
	if len(st.Copies) > 0 {
		ids := make([]string, len(sources))
		for i, s := range sources {
			ids[i] = s.Article
		}
		groups := GroupsFromCopies(ids, st.Copies)
		filled := make([]Source, len(sources))
		copy(filled, sources)
		for i := range filled {
			if filled[i].Group == "" {
				filled[i].Group = groups[filled[i].Article]
			}
		}
		sources = filled
	}
	raw := make([]report.Claim, 0, len(st.Claims)+2)
	for _, c := range st.Claims {
		if c.Unit != DateUnit {
			raw = append(raw, c)
		}
	}
	raw = append(raw, DateClaims(sources)...)
	claims := Reconcile(raw, sources)
	events := Timeline(sources)
	st.Claims = make([]report.Claim, len(claims))
	for i, c := range claims {
		st.Claims[i] = c.Report()
	}
	st.Timeline = make([]report.Event, len(events))
	for i, e := range events {
		st.Timeline[i] = e.Event
		st.Timeline[i].Future = e.Future
	}
	return claims, events
}
