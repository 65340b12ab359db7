package entity

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
	"commander", "envoy", "official", "chief", "leader", "general", "secretary-general",
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
	"médias", "news", "presse", "press", "times", "post", "journal", "tv", "télévisions", "radio")

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
