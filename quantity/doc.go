// Package quantity finds and normalises the figures of news text, French
// first, then English: counts ("4 000 personnes arrêtées"), percentages,
// money, physical quantities, durations, ages and ordinals.
//
// Two levels are offered. Numbers returns every numeric expression as
// written (the lexical layer: "un", years and dates included). Find reads
// figures for news: it attaches qualifiers, ranges, units and, for counts,
// the measure (what is counted), and skips what is not a figure. FindIn
// is Find on a text already split into tokens by package internal/tokens,
// as the facts stage does once per article for all its extractors.
//
// # Number formats (French)
//
//   - Thousands separators: a single space, no-break space (U+00A0),
//     narrow no-break space (U+202F) or thin space, only between groups of
//     exactly three digits after a first group of one to three ("3 200",
//     "1 234 567"; "423 0000" is two numbers); a dot ("4.500", "20.000",
//     "1.458.000,00") or an apostrophe ("15'000") between groups of
//     three. The separator must be the same throughout.
//   - Decimals: a comma ("1,5", "4,800" = 4.8); a dot when it is not a
//     three-digit group ("4.5"); with lang "en", comma groups and dot
//     decimals instead.
//   - Scale words: "1,5 million", "3 milliards", "10 mille", "3 M€",
//     "2 Mds €"; "billion" is 10^12 in French.
//   - Words: "deux mille cinq cents", "quatre-vingt-dix-neuf", "soixante
//     et onze", "septante", "nonante"; fractions ("trois quarts", "un
//     cinquième", "1 sur 3", "3/4", "2 1/4", "½"); "deux cent virgule
//     trois"; powers ("1,1^23", "1e10").
//
// # Vague quantities
//
// Collective numerals carry bounds; Value is the smallest quantity the
// wording supports, Approx is true:
//
//	une dizaine, un millier (N)        Value N, Low 0.8·N, High 1.2·N
//	des / plusieurs dizaines            Value 20, Low 20, High 90
//	des centaines, des milliers         Low 2·N, High 9·N
//	quelques centaines                  Low 2·N, High 5·N
//	des dizaines de milliers            Low 20 000, High 90 000
//	3 douzaines                         36, exact (no bounds)
//
// # Qualifiers and ranges
//
//	environ, quelque, autour de,        Approx, no bounds
//	  à peu près, de l'ordre de
//	près de, presque, quasiment         Approx, High = value
//	au moins, pas moins de, minimum,    Low = value
//	  "5 000 ou plus"
//	plus de, au-delà de                 Low = value (exclusive in the text;
//	                                      not represented)
//	jusqu'à, moins de, au plus          High = value
//	1 000 à 1 500, entre 1 000 et       Value = Low = 1000, High = 1500;
//	  1 500, 10-15, "trois ou quatre"     a scale or unit after the second
//	                                      bound applies to the first ("1 à
//	                                      1,5 million", "10 à 15 %")
//
// A qualifier on a vague quantity replaces its bounds: "plus d'un millier"
// is Low 1000, High nil, not approximate. "passé de 10 % à 8 %" (a change
// verb before "de") is two figures, not a range. The qualifier is not
// part of Span.Text; it is given in Span.Qualifier.
//
// # What is not a figure
//
// Find skips years (a four-digit integer 1000–2100 without separators
// unless a qualifier, a unit or a plural noun follows: "en 2019" is
// skipped, "1500 soldats" is a count), dates ("4 mars", "lundi 4",
// "12/03/2019", "2019-03-12"), times of day ("14h30", "14 h", "à 8
// heures"), phone numbers ("01 23 45 67 89", "+33 ..."), references after
// article, loi, n°, décret, page... ("article 49.3", "loi n° 2019-222"),
// codes glued to letters ("G7", "A380", "COP21"), the article "un"/"une"
// unless it counts a canonical measure ("un mort"), and spelt-out numbers
// below ten with nothing to count. Ages are kept with Kind "age" ("âgé de
// 45 ans", "il a 45 ans", "Jean Dupont, 45 ans,"); other "N ans" are
// durations. Ordinals ("22e", "vingtième") have Kind "ordinal"; "1er
// mai" is a date and "premier"/"second" are skipped.
//
// # Measures
//
// A count's measure is what it counts, normalised so that different
// wordings meet. The head noun after the number (skipping "de" after a
// scale or collective word and a few adjectives such as "nouveaux",
// "autres") is lemmatised with a table generated from Debian's
// hunspell-fr-comprehensive dictionary (scripts/gen-lemmas), then mapped
// by a hand-written table of canonical measures: morts (morts, tués,
// décès, victimes, bilan, corps), blessés, soldats (soldats, militaires,
// troupes, contingent), policiers (policiers, gendarmes, CRS, forces de
// l'ordre), arrestations (arrestations, interpellations, gardes à vue),
// évacués, déplacés, sinistrés, manifestants, réfugiés, migrants, otages,
// disparus, rescapés, pompiers, hospitalisés, grévistes, emplois (postes,
// suppressions, licenciements).
// Grammatical words (adverbs, prepositions: "près", "hier") are never a
// head noun.
//
//   - A generic noun for people ("personnes", "habitants", "enfants")
//     takes its measure from the verb group after it, across auxiliaries,
//     modals, adverbs, a "de ..." complement and incises (", dont trois
//     enfants,", ", selon la police,"): "ont été tuées", "sont portées
//     disparues", "ont dû être évacués", "ont trouvé la mort", "ont perdu
//     la vie", "placées en garde à vue", "sont sinistrées"; else from the
//     verb governing the figure ("ont arrêté près de 4 000 personnes"),
//     the noun before it ("un contingent de 1 850 hommes"), or, for
//     "hommes", a military word in the sentence ("l'armée a mobilisé 2 000
//     hommes" -> soldats).
//
//   - A noun naming a role (soldats, policiers, manifestants, migrants...)
//     gives way to an event participle: "quatre soldats ont été tués" ->
//     morts; "300 policiers déployés" stays policiers.
//
//   - "corps" is the toll ("sept corps" -> morts) unless the bodies are
//     recovered ("douze corps ont été retrouvés", "ont dégagé 15 corps"):
//     then the measure is "corps", a separate claim, because the bodies
//     recovered and the toll differ (bodies are recovered over days; the
//     toll counts the dead whose bodies are missing).
//
//   - A number without a noun takes the measure of the verb group after
//     it ("30 autres sont portées disparues") or of the count before it in
//     the same sentence ("5 000 manifestants selon la police, 12 000 selon
//     les organisateurs"; "la CGT 10 000").
//
//   - "dont N" is a part of the count before it (Span.Part): "12 morts,
//     dont cinq près du hameau" gives "cinq" the measure morts; "dont 23
//     policiers" keeps its own noun.
//
//   - A number without a noun also takes the subject of a value verb
//     ("le nombre de cas est passé à 240" -> cas, "the death toll rose to
//     41" -> morts), or "le nombre de X" after it ("estiment à 2 200 le
//     nombre de soldats"). "41 des 120 sièges" counts seats and the 120 is
//     no count; "la majorité de 61 sièges" is the measure "majorité"; a
//     figure rejected after "et non" counts what the figure before it
//     counts.
//
// Otherwise the measure is the head noun's lemma ("voitures" ->
// "voiture"). Money, percentages and units take as measure the noun they
// qualify when written "<noun> de <figure>" ("une amende de 5 000
// euros" -> "amende", "une aide humanitaire de 10 millions" -> "aide"),
// the noun a percentage is of ("18 % des salariés étaient en grève" ->
// grévistes), the subject of a value verb ("le coût de l'opération est
// estimé à 450 millions" -> coût), the object of an estimate ("estiment
// le coût des dégâts à 300 millions"), or the verb an amount is the
// object of ("coûte 30 millions" -> coût). Amounts of money meet under
// coût (coût, dégâts, dommages, cost), aide, rançon, dette and saisie; an
// amount of nothing named is "montant".
//
// Numbers that are part of a name are not figures: after an acronym or a
// capitalised word inside a sentence ("CAC 40", "en Ligue 1", "sur France
// 2", "Boeing 737") unless a plural noun follows. Vague quantities of time
// are durations ("depuis des dizaines d'années").
package quantity
