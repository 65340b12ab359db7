package entity

import "strings"

// Cue words, written for this package: they are the grammar of French (and
// English) news writing, not data derived from a source.

// titles are courtesy and professional titles written before a name; the
// title is not part of the name's span.
var titles = set("m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "me", "mgr", "pr",
	"mr", "mrs", "ms", "sir", "dame", "lord", "lady", "monsieur", "madame", "mademoiselle",
	"maître", "docteur", "professeur", "sheikh", "cheikh", "saint", "sainte")

// roles are nouns of office or occupation that introduce a person:
// "le président ukrainien Volodymyr Zelensky", "Dmitri Peskov, porte-parole du Kremlin".
var roles = set(
	"président", "présidente", "vice-président", "vice-présidente", "ministre", "vice-ministre",
	"sous-ministre", "premier", "première", "secrétaire", "sous-secrétaire", "chef", "cheffe",
	"porte-parole", "général", "générale", "colonel", "lieutenant-colonel", "commandant", "maréchal",
	"amiral", "capitaine", "lieutenant", "sergent", "caporal", "soldat", "dirigeant", "dirigeante",
	"leader", "chancelier", "chancelière", "roi", "reine", "prince", "princesse", "émir", "cheikh",
	"sultan", "pape", "cardinal", "évêque", "archevêque", "imam", "ayatollah", "rabbin", "pasteur",
	"patriarche", "maire", "adjoint", "adjointe", "député", "députée", "eurodéputé", "eurodéputée",
	"sénateur", "sénatrice", "gouverneur", "gouverneure", "préfet", "préfète", "procureur",
	"procureure", "juge", "avocat", "avocate", "ambassadeur", "ambassadrice", "commissaire",
	"directeur", "directrice", "patron", "patronne", "pdg", "fondateur", "fondatrice",
	"opposant", "opposante", "militant", "militante", "dissident", "dissidente", "candidat",
	"candidate", "conseiller", "conseillère", "négociateur", "négociatrice", "envoyé", "envoyée",
	"émissaire", "médiateur", "médiatrice", "représentant", "représentante", "rapporteur",
	"rapporteure", "responsable", "président-directeur", "homologue", "entraîneur", "sélectionneur",
	"joueur", "joueuse", "attaquant", "attaquante", "milieu", "défenseur", "gardien", "gardienne",
	"pilote", "cycliste", "chanteur", "chanteuse", "acteur", "actrice", "comédien", "comédienne",
	"réalisateur", "réalisatrice", "écrivain", "écrivaine", "romancier", "romancière", "auteur",
	"autrice", "journaliste", "photographe", "chercheur", "chercheuse", "professeur", "professeure",
	"économiste", "politologue", "historien", "historienne", "analyste", "expert", "experte",
	"spécialiste", "épidémiologiste", "médecin", "infirmier", "infirmière", "président-élu",
	"successeur", "prédécesseur", "numéro", "homme", "femme", "épouse", "époux", "fils", "fille",
	"frère", "sœur", "père", "mère", "veuve", "oncle", "tante", "cousin", "cousine", "neveu", "nièce",
	"compagnon", "compagne", "mari", "ex-président", "ex-ministre", "ancien", "ancienne",
	"président-directeur", "directeur-général", "délégué", "déléguée", "vice-chancelier",
	"vice-premier", "co-président", "coprésident", "coprésidente", "secrétaire-général",
	"président-fondateur", "syndicaliste", "activiste", "otage", "suspect", "suspecte", "accusé",
	"accusée", "victime", "témoin", "oligarque", "milliardaire", "homme d'affaires",
	// English
	"president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "gen", "col",
	"sen", "rep", "gov", "mayor", "chancellor", "king", "queen", "pope", "ceo", "chairman",
	"chairwoman", "governor", "senator", "ambassador", "prosecutor", "judge", "lawyer", "director",
	"commander", "envoy", "official", "chief", "leader", "general", "secretary-general", "deputy",
	"prime",
	"vice-president", "spokesperson",
)

// roleBreakers end the look-back for a role: a role is not separated from
// its name by a verb or by these words.
var roleBreakers = set("a", "ont", "est", "sont", "était", "étaient", "avait", "avaient", "sera",
	"seront", "fut", "été", "qui", "que", "qu'", "dont", "mais", "ou", "avec", "par", "pour", "sur",
	"dans", "lors", "après", "avant", "contre", "entre", "chez", "vers", "selon", "et", "à", "au",
	"aux", "en", "ce", "cette", "il", "elle", "ils", "elles", "on", "ne", "n'", "pas", "plus", "se",
	"s'", "y", "said", "says", "told", "and", "with", "by", "for", "to", "of", "has", "had", "was",
	"is", "that", "who", "sans", "sous", "comme", "malgré", "parmi", "durant", "pendant", "depuis",
	"dès", "jusqu'", "alors", "aussi", "encore", "déjà", "puis", "ainsi", "très", "trop", "bien",
	"mal", "peu", "lui", "leur", "dit", "si", "non", "ni", "car", "donc", "or", "pourtant")

// particles may stand inside a name between two capitalised words:
// "Charles de Gaulle", "Oussama ben Laden", "Ursula von der Leyen".
var particles = set("de", "du", "des", "d'", "la", "le", "van", "von", "der", "den", "da", "das",
	"dos", "do", "di", "del", "della", "al", "el", "ben", "bin", "ibn", "bou", "abou", "abu", "ould",
	"y", "ter", "ten", "zu", "af", "of", "the")

// nameArticles are particles that are articles: dropped when names are
// compared ("al-Assad" = "Assad").
var nameArticles = set("al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "ed", "es", "er",
	"ben", "bin", "ibn", "le", "la", "de", "du", "des", "d", "von", "van", "der", "den", "da",
	"dos", "di", "del", "ould", "ter", "ten", "the")

// generations are name suffixes that tell relatives apart.
var generations = set("jr", "junior", "sr", "senior", "fils", "père", "ii", "iii", "iv", "v", "vi")

// orgHeads are the words an organisation's name starts with.
var orgHeads = set("organisation", "organization", "union", "fonds", "fund", "parti", "party",
	"agence", "agency", "ministère", "ministry", "armée", "army", "banque", "bank", "conseil",
	"council", "commission", "comité", "committee", "cour", "court", "tribunal", "assemblée",
	"assembly", "sénat", "senate", "front", "mouvement", "movement", "rassemblement", "alliance",
	"association", "fédération", "federation", "confédération", "ligue", "league", "office",
	"institut", "institute", "université", "university", "école", "académie", "fondation",
	"foundation", "observatoire", "autorité", "authority", "haute", "haut-commissariat",
	"programme", "bureau", "direction", "département", "department", "conférence", "communauté",
	"société", "compagnie", "company", "groupe", "group", "caisse", "syndicat", "forces", "force",
	"garde", "gardiens", "corps", "brigade", "brigades", "régiment", "division", "police",
	"gendarmerie", "gouvernement", "government", "parlement", "parliament", "congrès", "congress",
	"chambre", "maison", "église", "eglise", "croix-rouge", "croissant-rouge", "nations", "etat",
	"état", "centre", "center", "service", "services", "secrétariat", "fbi", "cia", "hôpital",
	"club", "olympique", "racing", "stade", "sporting", "fc", "as", "ac", "association",
	"mission", "coalition", "collectif", "réseau", "conseil", "tribunal", "parquet", "kremlin",
	"pentagone", "pentagon", "élysée", "elysée", "quai", "matignon", "bercy")

// orgSuffixes end a company name.
var orgSuffixes = set("sa", "sas", "se", "inc", "ltd", "plc", "ag", "gmbh", "corp", "llc", "group",
	"groupe", "holding", "bank", "airlines", "motors", "telecom", "energy", "énergies", "média",
	"médias", "news", "presse", "press", "times", "post", "journal", "tv", "télévisions", "radio",
	"ingénierie", "engineering", "consulting", "industries", "industrie", "technologies", "technology",
	"systems", "solutions", "partners", "capital", "finance", "assurances", "insurance", "logistique",
	"logistics", "énergie", "energia", "pharma", "airways", "holdings", "immobilier", "corporation",
	"company", "incorporated", "limited", "commission", "programme", "program", "agency",
	"council", "committee", "department", "ministry", "authority", "union", "party",
	"association", "federation", "institute", "university", "foundation", "board", "bureau",
	"administration", "organization", "organisation", "united", "rovers", "wanderers",
	"athletic", "albion", "hotspur", "fc")

// placeHeads are the words a place name can start with, capitalised or not.
var placeHeads = set("saint", "sainte", "mont", "lac", "île", "îles", "cap", "golfe", "mer",
	"port", "fort", "val", "vallée", "rue", "avenue", "boulevard", "place", "pont", "gare",
	"aéroport", "bois", "forêt", "province", "région", "oblast", "district", "comté", "état",
	"détroit", "canal", "mount", "lake", "river", "county", "city", "bay", "cape", "north",
	"south", "east", "west", "nord", "sud", "est", "ouest", "haute", "bas", "basse", "nouvelle",
	"nouveau", "new", "san", "santa", "são", "los", "las")

// placePreps introduce a place: "à Kiev", "en Ukraine", "dans la ville de".
var placePreps = set("à", "en", "au", "aux", "vers", "depuis", "près", "in", "at", "from", "near")

// placeNouns introduce a place with "de": "la ville de Kherson".
var placeNouns = set("ville", "village", "capitale", "région", "province", "oblast", "commune",
	"localité", "cité", "port", "département", "quartier", "faubourg", "banlieue", "île", "pays",
	"république", "royaume", "territoire", "enclave", "bande", "frontière", "rive", "city", "town",
	"village", "region", "province")

// orgPrepNouns introduce an organisation after "de": "membres du Hamas" is
// not covered; these are the sure ones.
var orgPrepNouns = set("porte-parole", "membres", "membre", "chef", "dirigeant", "dirigeants",
	"leader", "combattants", "responsable", "responsables", "président", "présidente",
	"directeur", "directrice", "secrétaire", "patron", "patronne", "militants", "représentant",
	"spokesman", "spokeswoman", "head", "members")

// sentenceOpeners are words that, capitalised at the start of a sentence,
// are never a name even when a gazetteer lists them (articles,
// prepositions, pronouns).
var sentenceOpeners = set("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce",
	"cet", "cette", "ces", "en", "au", "aux", "à", "a", "dans", "pour", "par", "sur", "selon",
	"mais", "et", "ou", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "son", "sa",
	"ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "si", "lors",
	"après", "avant", "depuis", "pendant", "quand", "alors", "ainsi", "the", "a", "an", "in",
	"on", "at", "for", "but", "and", "this", "that", "these", "those", "he", "she", "they", "we",
	"it", "his", "her", "their", "its", "our", "after", "before", "since", "when", "while", "as",
	"tout", "tous", "toute", "toutes", "aucun", "aucune", "chaque", "plusieurs", "certains",
	"certaines", "quelque", "quelques", "entre", "contre", "sans", "sous", "chez", "vers", "comme",
	"même", "aussi", "encore", "déjà", "toujours", "jamais", "puis", "enfin", "cependant",
	"pourtant", "or", "donc", "car", "ni", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
	"samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre", "hier", "aujourd'hui", "demain")

// elisions are the French elided words split off a following name.
var elisions = set("l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "lorsqu", "puisqu",
	"quoiqu", "presqu")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// orgNouns name a kind of organisation right before its name.
var orgNouns = set("agence", "journal", "quotidien", "hebdomadaire", "magazine", "chaîne", "groupe",
	"société", "entreprise", "compagnie", "constructeur", "banque", "firme", "parti", "mouvement",
	"organisation", "ong", "association", "club", "équipe", "géant", "opérateur", "laboratoire",
	"site", "réseau", "plateforme", "application", "média", "radio", "télévision", "fabricant",
	"assureur", "start-up", "distributeur", "syndicat", "fédération", "confédération", "collectif",
	"institut", "cabinet", "fonds", "think", "tank", "newspaper", "agency", "company", "firm",
	"group", "party", "airline", "compagnie", "milice", "formation")

// newsAgencies are press agencies, named in datelines and credits: an
// organisation, never the place a gazetteer may give for the word. Keys are
// folded (see foldName).
var newsAgencies = set("afp", "reuters", "associated press", "belga", "ansa", "dpa", "efe",
	"xinhua", "chine nouvelle", "tass", "itar tass", "ria novosti", "interfax", "anadolu",
	"kyodo", "yonhap", "irna", "wafa", "bta", "agerpres", "ukrinform", "bernama", "kcna", "jiji",
	"bloomberg", "france presse", "agence france presse", "ap")

// eventHeads start the name of an event or a competition: "Festival
// d'Avignon", "Tournoi des Six Nations", "Coupe du monde", "Jeux olympiques".
var eventHeads = set("festival", "tournoi", "coupe", "championnat", "championnats", "jeux",
	"salon", "biennale", "mondial", "marathon", "rallye", "trophée", "open", "grand-prix",
	"exposition", "forum", "sommet", "cup", "championship", "games", "tournament")

// streetHeads are the lower-case nouns that belong to a street's name:
// "rue de la République", "boulevard Voltaire", "place de la Nation".
var streetHeads = set("rue", "avenue", "boulevard", "bd", "place", "quai", "allée", "impasse",
	"cours", "esplanade", "parvis", "square", "promenade", "passage", "ruelle", "venelle",
	"chaussée", "faubourg", "rond-point", "street", "road", "square", "avenue")

// venueWords end or start the name of a sports venue, a place: "Aviva
// Stadium", "Stade de France", "Vélodrome".
var venueWords = set("stadium", "arena", "stade", "vélodrome", "velodrome", "palais", "parc",
	"hippodrome", "circuit", "aréna")

// placeApposition nouns stand right before a place's name: "la rivière
// Tcherna", "le fleuve Dniepr", "le village Zlatovrah".
var placeApposition = set("rivière", "fleuve", "ruisseau", "torrent", "mont", "monts", "massif",
	"col", "lac", "île", "îles", "archipel", "atoll", "désert", "plaine", "vallée", "mer", "océan",
	"golfe", "baie", "détroit", "canal", "péninsule", "presqu'île", "volcan", "glacier", "cap",
	"pic", "chaîne", "village", "hameau", "bourg", "commune", "ville", "cité", "quartier",
	"district", "province", "région", "département", "comté", "oblast", "canton", "localité",
	"station", "plateau", "forêt", "river", "mount", "lake", "island", "valley", "town", "village")

// placeBeforeDe are nouns that introduce a place with "de", "du", "des":
// "la ville de Kherson", "les habitants de Valloire", "au nord du Mali".
var placeBeforeDe = set("ville", "village", "villages", "hameau", "hameaux", "capitale", "région",
	"province", "oblast", "commune", "communes", "localité", "cité", "port", "département",
	"quartier", "quartiers", "faubourg", "banlieue", "île", "îles", "pays", "république", "royaume",
	"territoire", "enclave", "bande", "frontière", "rive", "rives", "city", "town", "region",
	"habitants", "habitant", "habitante", "habitantes", "maire", "mairie", "préfecture",
	"sous-préfecture", "environs", "alentours", "périphérie", "agglomération", "centre-ville",
	"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "aval",
	"amont", "large", "près", "proximité", "massif", "mont", "monts", "vallée",
	"lac", "col", "plaine", "plateau", "montagnes", "arrondissement", "canton", "gouvernorat",
	"wilaya", "comté", "district", "état", "rivière", "fleuve", "golfe", "baie", "côte", "côtes",
	"littoral", "gare", "aéroport", "route", "habitants", "originaire", "originaires", "natif",
	"native", "rues", "porte", "portes", "ouest", "outskirts", "mayor", "north", "south", "east",
	"west", "residents", "near")

// placeAfterIn are the prepositions that, followed by an article, introduce
// a place: "dans les Rhodopes", "dans le Gard".
var placeAfterIn = set("dans", "sur", "sous")

// institutionNames are buildings, addresses and movements that news
// writing uses for an institution: organisations, although a gazetteer may
// list the word as a place. Keys are folded (see foldName).
var institutionNames = set("kremlin", "pentagone", "pentagon", "elysee", "matignon", "bercy",
	"beauvau", "maison blanche", "white house", "quai d'orsay", "downing street", "hamas",
	"hezbollah", "fatah", "knesset", "douma", "bundestag", "bundesrat", "bundesbank",
	"bundeswehr", "medef", "unesco", "otan", "nato", "onu", "wall street")

// englishCalendar are the English names of days and months, never names
// of entities ("May" is a month only before a figure or after a
// preposition, see finder.calendar).
var englishCalendar = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
	"sept", "oct", "nov", "dec")

// cue is a bit set of the cue lists a lower-case word belongs to, looked
// up once per token (see cueOf).
type cue uint32

const (
	cTitle cue = 1 << iota
	cRole      // roles, also with an "ex-" or "vice-" prefix
	cRoleBreaker
	cParticle
	cOrgHead
	cOrgSuffix
	cPlaceHead
	cPlacePrep
	cOrgPrepNoun
	cOpener
	cOrgNoun
	cEventHead
	cStreetHead
	cVenue
	cPlaceApposition
	cPlaceBeforeDe
	cPlaceAfterIn
	cCalendar
	cAcronymFunction
)

// cueTable merges the cue lists above into one table.
var cueTable = func() map[string]cue {
	m := map[string]cue{}
	for _, l := range []struct {
		words map[string]bool
		c     cue
	}{
		{titles, cTitle}, {roles, cRole}, {roleBreakers, cRoleBreaker}, {particles, cParticle},
		{orgHeads, cOrgHead}, {orgSuffixes, cOrgSuffix}, {placeHeads, cPlaceHead},
		{placePreps, cPlacePrep}, {orgPrepNouns, cOrgPrepNoun}, {sentenceOpeners, cOpener},
		{orgNouns, cOrgNoun}, {eventHeads, cEventHead}, {streetHeads, cStreetHead},
		{venueWords, cVenue}, {placeApposition, cPlaceApposition}, {placeBeforeDe, cPlaceBeforeDe},
		{placeAfterIn, cPlaceAfterIn}, {englishCalendar, cCalendar}, {acronymFunction, cAcronymFunction},
	} {
		for w := range l.words {
			m[w] |= l.c
		}
	}
	return m
}()

// cueFilter rules out most words without a lookup in cueTable: entry
// (first byte, last byte) holds a bit for each length modulo 16 of the
// table's words with those bytes (both taken modulo 64).
var cueFilter = func() (f [64 * 64]uint16) {
	for w := range cueTable {
		f[cueSlot(w)] |= 1 << (len(w) & 15)
	}
	return f
}()

func cueSlot(w string) int { return int(w[0]&63)<<6 | int(w[len(w)-1]&63) }

// cueOf returns the cue lists a lower-case word belongs to.
func cueOf(w string) cue {
	if w == "" {
		return 0
	}
	var c cue
	if cueFilter[cueSlot(w)]&(1<<(len(w)&15)) != 0 {
		c = cueTable[w]
	}
	if c&cRole == 0 && len(w) > 3 && (w[0] == 'e' || w[0] == 'v') {
		if r := strings.TrimPrefix(strings.TrimPrefix(w, "ex-"), "vice-"); len(r) < len(w) && cueTable[r]&cRole != 0 {
			c |= cRole
		}
	}
	return c
}

// is reports whether the token's word belongs to one of the cue lists c.
func (t *token) is(c cue) bool { return t.cues&c != 0 }
