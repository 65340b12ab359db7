// Package crosscheck is recoupe's cross-check stage: per story, it
// decides whether the sources agree on each figure, finds the dates given
// for the end of the story's operation and its deadlines, and builds the
// story's timeline.
//
// # Independent sources
//
// Every article has an independent-source key (Source.Group): the copies
// of one dispatch share one, so that a figure three portals run from one
// wire story counts once. GroupsFromCopies derives the keys from a
// story's copy groups. Articles that give one figure in the very same
// sentence of twelve words or more are also taken for copies of one
// dispatch. Values of one source with the same figure on the same day are
// collapsed into one Value listing the other articles in Copies; Claim.
// Sources counts the sources.
//
// # Compatibility
//
// Every value is an interval of the quantities it allows (dates as days):
//
//	4 000                 [3 800, 4 200]   round: half its rounding unit, at most 5 %
//	1 850                 [1 850, 1 850]
//	environ 4 000         [3 600, 4 400]   approximate: ±10 %
//	près de 4 000         [3 600, 4 400]   like "environ"
//	au moins 5 000        [5 000, +∞)      also "plus de"
//	moins de 300          (−∞, 300]        also "jusqu'à"
//	1 000 à 1 500         [1 000, 1 500]
//	avant le 14 mars      (−∞, 14 mars]    après le 20 mars: [20 mars, +∞)
//
// Two values are compatible when their intervals meet: "près de 4 000"
// and "4.000" agree, "1 000 à 1 500" contains 1 200, 1 850 and 2 200
// differ. A value's day is its as_of date, else its article's
// publication date; a value with neither is undated.
//
// # What the text says about a figure
//
// The sentence of each value is read (the figure located in it with
// package quantity):
//
//   - retracted: the figure follows "et non", "au lieu de", "not",
//     "rather than" ("deux et non trois"); or its clause says it was wrong
//     ("une version précédente de cet article indiquait", "à tort", "par
//     erreur", "erroné", "an earlier version", "incorrectly") — the figure
//     after "et non"/"au lieu de" in such a clause is then the right one;
//     or its clause names a figure ("chiffre", "bilan", "estimation") and
//     says it was withdrawn or denied ("a depuis été retiré", "démenti",
//     "withdrawn"); or the next sentence refers back ("Ce chiffre", "Il")
//     and says so. A figure the text rejects is rejected wherever it is
//     given in the story. A figure given as a correction ("corrige",
//     "rectifié", "corrigé à 250") withdraws its own source's earlier,
//     different figures.
//   - disputed: the rejected figure is another source's, given now
//     ("52 personnes, et non 47 comme l'indiquent les garde-côtes"): it
//     is not withdrawn, it is kept out of the comparison and the claim
//     is a conflict.
//   - past: an earlier figure mentioned in passing ("le précédent bilan",
//     "initialement", "passé de 12 à 19", "contre 12 la veille", "up
//     from"): it takes no part in conflicts and shows that the figure
//     evolves.
//   - evolving: the sentence says the figure changed ("s'est alourdi",
//     "passé à", "nouveau bilan", "désormais", "prolongé", "reporté",
//     "rose to", "postponed").
//   - credit: who the text credits ("selon le ministère de l'Intérieur",
//     "d'après la police", ", a rapporté l'agence TASS", ", ont annoncé
//     mardi les autorités", "according to the ministry", "Le ministère a
//     annoncé 4 000 arrestations"), without determiner nor document noun
//     ("un nouveau bilan de la protection civile" gives "protection
//     civile"); the credit nearest to the figure wins.
//
// # Status
//
// Over the values that are neither retracted nor past mentions (the past
// ones when nothing else remains), in this order of precedence:
//
//  1. Conflict: two independent sources give incompatible values for the
//     same day, or an undated value is incompatible with every value of
//     the other sources.
//  2. Retracted: a value was withdrawn or corrected.
//  3. Evolving or conflict: two values are incompatible across days (or
//     within one source across days). The claim is evolving when the text
//     says so (an evolution cue or a past mention) or when the measure is
//     a running count (tolls, injured, missing, arrests, evacuees, cases...)
//     whose values only rise, or only fall, with time; otherwise (a
//     fixed quantity such as troops sent or an amount, or a running count
//     going both ways without a word of it) it is a conflict.
//  4. Agree: the values are compatible and come from two independent
//     sources or more.
//  5. Single: one independent source.
//
// Incompatible values of one source for one day are parts (a village's
// evacuees and the region's), not rivals, and are ignored.
//
// # Date claims
//
// DateClaims reads, in every sentence, the dates whose nearest cue is an
// end ("prendre fin", "se terminer", "jusqu'au", "retrait", "until") or a
// deadline ("date limite", "ultimatum", "d'ici le", "deadline"), not a
// start ("début", "depuis", "à partir du"), as claims with Unit DateUnit
// and values YYYYMMDD. Reconcile compares them like figures, as of their
// articles' publication dates, as fixed quantities: different end dates
// on different days are a conflict unless the text says the date moved
// ("prolongé", "reporté", "repoussé", "postponed").
//
// # Timeline
//
// Timeline turns the dated sentences of a story into events, one per
// date and event, merged across articles (see Timeline): dates resolved
// to a day or a month within the story's time (years alone and earlier
// dates are background), in sentences with an event verb (not "Publié
// le"); an event every source gives as still to come is Future.
//
// # Proposed report fields
//
// The report contract (report.Claim, report.Value, report.Event) lacks
// fields this package fills; Claim, Value and Event carry them until they
// are added: Claim.Kind ("count" or "date"), Claim.Sources (independent
// sources), Value.Date (YYYY-MM-DD of a date value), Value.Source (the
// independent-source key), Value.Copies (re-publications of the same
// figure), Value.Credit, Value.Retracted, Event.Future and Event.Sources.
package crosscheck
