package clean

import (
	"bytes"
	"slices"
	"strings"
)

// Boilerplate reasons.
const (
	ReasonSubscription = "subscription"
	ReasonShare        = "share"
	ReasonAdvert       = "advert"
	ReasonReadMore     = "read-more"
	ReasonCaption      = "caption"
	ReasonCopyright    = "copyright"
	ReasonFooter       = "footer"
	ReasonReblog       = "reblog"
	ReasonRelated      = "related"
	ReasonPullQuote    = "pull-quote"
	ReasonBio          = "bio"
	ReasonEditorial    = "editorial"
	ReasonStamp        = "stamp"
	ReasonNavigation   = "navigation"
	ReasonCredit       = "credit"
	ReasonByline       = "byline"
	ReasonDuplicate    = "duplicate"
	ReasonRepeated     = "repeated"
	ReasonShort        = "short"
	ReasonOther        = "other"
)

// A rule drops a line whose folded text (after leading punctuation)
// starts with text.
type rule struct {
	text   string
	reason string
	flags  ruleFlag
	max    int // longest folded line the rule applies to
}

type ruleFlag uint8

const (
	// whole: nothing but punctuation, digits and symbols may follow text.
	whole ruleFlag = 1 << iota
	// weak: not applied to HTML extractions, whose paragraphs an
	// extractor already chose.
	weak
	// block: when the line is only this header, the headline-like lines
	// that follow share its reason (a list of related headlines).
	block
	// dated: what follows text must be mostly a date or time.
	dated
)

// ruleSpecs lists the prefix rules: reason, flags, maximum length, then
// the folded prefixes (lower-case, no accents, ' for apostrophes, " for
// quotes, - for dashes).
var ruleSpecs = []struct {
	reason string
	flags  ruleFlag
	max    int
	texts  []string
}{
	{ReasonSubscription, 0, 220, []string{
		"inscrivez-vous", "inscrivez vous", "abonnez-vous", "abonnez vous", "s'abonner",
		"je m'abonne", "deja abonne", "vous etes abonne", "vous n'etes pas abonne",
		"cet article est reserve aux abonnes", "article reserve aux abonnes",
		"reserve aux abonnes", "cet article vous est offert", "contenu reserve aux abonnes",
		"l'acces a la totalite de l'article est protege", "la suite est reservee aux abonnes",
		"pour lire la suite", "il vous reste", "vous avez lu", "offre speciale",
		"offre decouverte", "essai gratuit", "profitez de notre offre", "decouvrez nos offres",
		"soutenez", "recevez gratuitement", "recevez notre", "recevez nos", "recevez chaque",
		"recevez la newsletter", "newsletter", "la newsletter", "notre newsletter", "nos newsletters",
		"inscription a la newsletter", "s'inscrire", "connectez-vous", "se connecter",
		"creer un compte", "creez votre compte", "identifiez-vous",
		"telechargez l'application", "telecharger l'application", "suivez-nous",
		"suivez nous", "suivez toute l'actualite", "suivez l'actualite", "activez les notifications",
		"ne manquez aucune", "ne ratez aucune", "restez informe",
		"sign up for our", "sign up to our", "sign up now", "sign up here", "sign up for free",
		"sign up to receive", "sign up to get", "sign up for the newsletter", "subscribe", "already a subscriber", "already have an account",
		"create an account", "create a free account", "log in", "login", "register now",
		"get the latest", "get our", "votre adresse e-mail", "votre adresse email", "votre e-mail",
		"your email address", "vous pouvez lire", "ce message s'affichera", "support our journalism", "support independent journalism",
		"download the app", "follow us", "thank you for reading", "to continue reading",
		"you have reached your limit", "this article is for subscribers",
		"subscribers only", "unlock this article", "become a member",
	}},
	{ReasonSubscription, weak, 160, []string{"sign up"}},
	{ReasonShare, whole, 80, []string{
		"partager", "partage", "partagez", "partager cet article", "partagez cet article",
		"partager l'article", "partager sur facebook", "partager sur twitter",
		"partager sur linkedin", "partager par e-mail", "partager par email",
		"partager sur whatsapp", "partager sur x", "twitter", "tweeter", "facebook",
		"linkedin", "whatsapp", "pinterest", "messenger", "flipboard", "reddit", "e-mail",
		"email", "mail", "envoyer", "envoyer par e-mail", "envoyer par email",
		"envoyer par mail", "envoyer a un ami", "imprimer", "imprimer l'article",
		"copier le lien", "lien copie", "copier", "share", "share this", "share this article",
		"share this story", "share on facebook", "share on twitter", "tweet", "print",
		"copy link", "link copied", "save", "sauvegarder", "ajouter a mes favoris",
		"ajouter aux favoris", "favoris", "commenter", "reagir", "offrir cet article",
		"offrir l'article", "gift this article",
	}},
	{ReasonShare, 0, 160, []string{
		"cliquez pour partager", "cliquez pour envoyer", "cliquez pour imprimer",
		"click to share", "click to email", "click to print", "partagez sur",
	}},
	{ReasonShare, 0, 120, []string{
		"partager sur", "partagez sur", "share on", "share via", "partager via",
		"suivez-nous sur", "follow us on",
	}},
	{ReasonAdvert, whole, 80, []string{
		"publicite", "pub", "advertisement", "advertising", "advert", "ad", "annonce",
		"sponsorise", "sponsored",
		"contenu partenaire", "partner content", "paid content", "paid post",
		"la suite apres la publicite", "la suite apres cette publicite",
		"l'article continue apres la publicite", "suite de l'article apres la publicite",
		"article continues below", "article continues below advertisement",
		"story continues below", "story continues below advertisement",
		"continue reading below", "continue reading the main story",
		"publicite - la suite apres cette publicite", "fin de la publicite",
		"publicite la suite apres cette publicite", "scroll to continue with content",
		"skip advertisement", "advertisement - scroll to continue",
	}},
	{ReasonAdvert, block, 60, []string{
		"contenu sponsorise", "contenus sponsorises", "sponsored content", "contenu partenaire",
		"contenus partenaires", "liens sponsorises", "sponsored links", "promoted stories",
		"annonces", "nos partenaires", "en partenariat avec", "publicite :",
	}},
	{ReasonAdvert, 0, 160, []string{
		"la suite apres", "story continues below", "article continues below",
		"publicite - ", "advertisement - ",
	}},
	{ReasonReadMore, block, 260, []string{
		"lire la suite", "lire aussi", "a lire aussi", "a lire egalement", "lire egalement",
		"a lire", "a relire", "relire", "voir aussi", "a voir aussi", "a voir egalement",
		"voir egalement", "a voir", "lire l'article", "lire notre article", "lire nos articles",
		"lire notre enquete", "lire notre dossier", "lire le recit", "lire l'entretien",
		"lire la tribune", "lire le decryptage", "lire l'analyse", "lire le portrait",
		"lire le reportage", "lire notre reportage", "lire notre analyse", "lire notre entretien",
		"pour aller plus loin", "en savoir plus", "plus d'infos", "plus d'informations sur",
		"retrouvez", "decouvrez aussi", "decouvrez egalement", "cliquez ici", "suite de l'article",
		"read more", "read also", "read next", "also read", "continue reading", "see also",
		"more:", "related:", "read the full", "read full", "full story", "click here",
		"watch:", "watch more", "more on this", "voir l'article original", "view original post",
		"afficher l'article original", "continuer la lecture", "continuer a lire",
	}},
	{ReasonRelated, block, 90, []string{
		"a decouvrir", "a decouvrir egalement", "a decouvrir aussi", "decouvrir aussi",
		"sur le meme sujet", "sur le meme theme", "dans la meme rubrique", "les plus lus",
		"les plus partages", "les plus commentes", "articles les plus lus", "les articles lies",
		"articles lies", "articles similaires", "articles recommandes", "vous aimerez aussi",
		"vous aimerez egalement", "vous pourriez aussi aimer", "vous pourriez aimer",
		"vous pourriez etre interesse", "ces articles peuvent vous interesser",
		"nos articles", "nos dernieres", "derniers articles", "dernieres actualites",
		"dernieres infos", "les dernieres infos", "les plus populaires", "a ne pas manquer",
		"a ne pas rater", "a lire sur le meme sujet", "sur le meme sujet :", "en continu",
		"plus d'actualites", "toute l'actualite", "l'actualite", "dans l'actualite",
		"les dernieres actualites", "la selection de la redaction", "la redaction vous recommande",
		"la redaction vous conseille", "nos recommandations", "ces articles pourraient vous interesser",
		"ces articles peuvent vous interesser", "cet article pourrait vous interesser",
		"ces contenus pourraient vous interesser", "a lire egalement sur", "a lire aussi sur",
		"related", "related articles", "related stories", "related content", "related coverage",
		"more from", "more stories", "more news", "most read", "most popular", "most viewed",
		"recommended", "recommended for you", "you may also like", "you might also like",
		"you may be interested in", "top stories", "trending", "trending now",
		"more on this story", "latest news", "latest stories", "editor's picks",
	}},
	{ReasonCopyright, 0, 300, []string{
		"©", "(c) ", "copyright", "tous droits reserves", "all rights reserved",
		"reproduction interdite", "toute reproduction", "droits reserves", "droits de reproduction",
	}},
	{ReasonFooter, 0, 200, []string{
		"categorie :", "categorie:", "categories :", "categories:", "category:", "category :",
		"categories", "categorie", "publie dans", "classe dans", "posted in", "filed under",
		"filed in", "tags :", "tags:", "tag :", "tag:", "tags", "mots-cles", "mots cles", "mot-cle",
		"etiquettes", "etiquette :", "themes :", "themes:", "sujets :", "sujets associes",
		"laisser un commentaire", "laissez un commentaire", "poster un commentaire",
		"ajouter un commentaire", "ecrire un commentaire", "commentaires", "commentaire",
		"leave a comment", "leave a reply", "comments", "no comments", "add a comment",
		"join the conversation", "view comments", "show comments", "signaler un abus",
		"signaler un contenu", "voir les commentaires", "afficher les commentaires",
		"les commentaires sont fermes", "comments are closed", "publie par", "posted by",
		"permalink", "lien permanent", "trackback", "haut de page", "retour en haut",
		"back to top", "reagissez", "votre avis", "donnez votre avis", "qu'en pensez-vous",
		"cet article vous a plu", "vous avez aime cet article", "did you enjoy this article",
		"was this article helpful", "annuler la reponse", "laisser une reponse",
		"laissez une reponse", "repondre", "cancel reply", "votre adresse e-mail ne sera pas publiee",
		"votre adresse de messagerie ne sera pas publiee", "your email address will not be published",
		"les champs obligatoires sont indiques", "required fields are marked",
		"enregistrer mon nom", "save my name", "mentions legales", "plan du site",
		"politique de confidentialite", "conditions generales d'utilisation", "cgu", "cgv",
		"gestion des cookies", "nous contacter", "contactez-nous", "qui sommes-nous",
		"publicite sur le site", "recrutement", "legal notice", "privacy policy",
		"terms of use", "terms of service", "cookie policy", "sitemap", "about us",
	}},
	{ReasonFooter, whole, 40, []string{"contact", "contacts", "aide", "faq", "help", "a propos"}},
	{ReasonReblog, 0, 100, []string{
		"source :", "source:", "sources :", "sources:", "via :", "via:", "reblogged from",
		"reblogue depuis", "reblogue de", "repris de", "publie initialement sur",
		"paru initialement sur", "cet article est paru initialement", "article paru initialement",
		"originally published on", "originally published at",
	}},
	{ReasonReblog, 0, 200, []string{
		"reblogged this on", "reblogue", "rebloguer", "reblog", "j'aime", "like this:",
		"like this", "like loading", "aimer ceci", "aimer ca", "aime par", "liked by",
		"partager ceci", "share this:", "chargement...", "loading...",
	}},
	{ReasonBio, 0, 300, []string{
		"a propos de l'auteur", "a propos de l'autrice", "about the author", "l'auteur :",
		"l'auteure :", "l'autrice :", "biographie :", "contacter l'auteur", "contact the author",
		"voir tous ses articles", "voir tous les articles de", "tous ses articles",
		"ses derniers articles", "suivez-le sur", "suivez-la sur", "suivez l'auteur",
		"follow him on", "follow her on", "follow the author", "more articles by",
		"more from this author",
	}},
	{ReasonEditorial, 0, 80, []string{
		"temps de lecture", "lecture :", "lecture", "reading time", "ecouter cet article",
		"ecouter l'article", "ecouter", "listen to this article", "listen to article", "listen",
		"article redige par", "ce contenu a ete traduit", "cet article a ete traduit",
		"traduit automatiquement", "correction :", "correction:", "rectificatif :",
	}},
	{ReasonEditorial, 0, 300, []string{
		"nos normes", "our standards", "the thomson reuters trust principles",
		"les principes de confiance", "cet article a ete publie", "cet article a ete initialement",
		"cet article a initialement", "cet article est paru", "cet article est issu",
		"cet article fait partie", "cet article a ete mis a jour", "cet article a ete modifie",
		"article publie initialement", "article initialement publie", "initialement publie",
		"this article was", "this article originally", "this article first appeared",
		"this story was", "this story has been", "this article has been",
		"this article is part of", "a version of this article", "les opinions exprimees",
		"the views expressed", "the opinions expressed", "signaler une erreur",
		"vous avez repere une erreur", "vous avez trouve une erreur", "vous avez remarque une erreur",
		"report an error", "report a correction", "si vous avez des informations",
		"vous souhaitez nous contacter", "contactez la redaction", "ecrire a la redaction",
		"nous contacter", "contact us", "tips?", "got a tip",
	}},
	{ReasonStamp, dated, 200, []string{
		"publie le", "publie :", "publie:", "publie a", "publie aujourd'hui", "publie hier",
		"publie il y a", "publie", "mis a jour le", "mis a jour :", "mis a jour:", "mis a jour a",
		"mis a jour il y a", "mis a jour", "mise a jour le", "mise a jour :", "mise a jour",
		"modifie le", "modifie :", "modifie", "mis en ligne le", "mis en ligne :", "mis en ligne",
		"cree le", "actualise le", "actualise", "date :", "date:", "date", "le", "updated",
		"updated on", "last updated", "published", "published on", "first published",
		"posted on", "posted",
		"il y a", "aujourd'hui", "hier", "today", "yesterday",
	}},
	{ReasonNavigation, whole, 60, []string{
		"accueil", "home", "homepage", "menu", "rechercher", "recherche", "search", "fermer",
		"close", "retour", "back", "precedent", "suivant", "next", "previous", "page suivante",
		"page precedente", "sommaire", "rubriques", "toggle navigation", "mon compte",
		"my account", "se deconnecter", "log out", "voir plus", "voir moins", "afficher plus",
		"show more", "load more", "en direct", "live", "direct", "podcast", "podcasts", "a la une", "edition du jour", "en images",
		"article suivant", "article precedent", "articles suivants", "page", "next article",
		"previous article", "ecouter le direct", "regarder le direct", "voir le direct",
		"just another wordpress site", "un site utilisant wordpress",
	}},
	{ReasonNavigation, 0, 160, []string{
		"vous etes ici", "you are here", "aller au contenu", "passer au contenu",
		"skip to", "retour a l'accueil", "retour au sommaire", "back to home", "back to homepage",
		"accueil >", "accueil /", "accueil |", "home >", "home /", "home |",
	}},
	{ReasonCaption, 0, 300, []string{
		"photo :", "photo:", "photo -", "photo afp", "photo reuters", "photo ap", "(photo",
		"photos :", "photo d'illustration", "photo archives", "photo d'archives", "photographie :",
		"credit photo", "credits photo", "credit :", "credits :", "credit:", "credits:",
		"illustration :", "illustration:", "image d'illustration", "image :", "image:",
		"capture d'ecran", "capture ecran", "video :", "video:", "video -", "video.", "video |",
		"videos :", "en video", "[video]", "(video)", "voir la video", "regarder la video",
		"regardez la video", "regardez", "infographie", "diaporama :", "legende :",
		"photograph:", "photograph :", "photographer:", "image caption", "media caption",
		"caption:", "image source", "image credit", "photo credit", "getty images",
		"afp photo", "ap photo", "reuters/", "afp/", "source image", "duree :", "duree",
		"agrandir l'image", "agrandir la photo", "voir le diaporama", "voir les photos",
		"(credit", "(credits", "(photo", "enlarge this image", "view gallery",
	}},
	{ReasonCaption, block, 40, []string{"video", "videos", "en video", "[video]", "(video)"}},
}

// ruleIndex maps the first word of a rule's text to the rules.
var ruleIndex = func() map[string][]rule {
	m := make(map[string][]rule)
	for _, spec := range ruleSpecs {
		for _, t := range spec.texts {
			k := firstWord([]byte(t))
			if k == "" {
				k = t[:1]
				if t[0] >= 0x80 {
					k = "©"
				}
			}
			m[k] = append(m[k], rule{text: t, reason: spec.reason, flags: spec.flags, max: spec.max})
		}
	}
	// Longest prefix first: "a decouvrir egalement" before "a decouvrir".
	for _, rs := range m {
		slices.SortStableFunc(rs, func(a, b rule) int { return len(b.text) - len(a.text) })
	}
	return m
}()

// firstWord returns the leading run of letters of f.
func firstWord(f []byte) string {
	n := 0
	for n < len(f) && isLetterByte(f[n]) {
		n++
	}
	return string(f[:n])
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 0x80 }

func isAlnumByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }

// eachWord calls fn with each maximal run of bytes of b for which in is
// true, and the offset just past it, until fn returns false. It reports
// whether every call returned true.
func eachWord(b []byte, in func(byte) bool, fn func(w []byte, end int) bool) bool {
	start := -1
	for i := 0; i <= len(b); i++ {
		if i < len(b) && in(b[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if !fn(b[start:i], i) {
				return false
			}
			start = -1
		}
	}
	return true
}

// matchRule returns the first rule matching the folded core text c of a
// line, whose whole folded text is f, and whether the line is only the
// rule's text (a header).
func matchRule(f, c []byte, html bool) (r *rule, headerOnly bool) {
	n := 0
	for n < len(c) && isLetterByte(c[n]) {
		n++
	}
	var cands []rule
	if n > 0 {
		cands = ruleIndex[string(c[:n])]
	} else if len(c) > 0 {
		if c[0] >= 0x80 {
			cands = ruleIndex["©"]
		} else {
			cands = ruleIndex[string(c[:1])]
		}
	}
	for i := range cands {
		r := &cands[i]
		if len(f) > r.max || !bytes.HasPrefix(c, []byte(r.text)) {
			continue
		}
		if html && r.flags&weak != 0 {
			continue
		}
		rest := c[len(r.text):]
		if len(rest) > 0 && isAlnumByte(r.text[len(r.text)-1]) && isAlnumByte(rest[0]) {
			continue // not a word boundary
		}
		empty := onlyPunct(rest)
		if r.flags&whole != 0 && !empty {
			continue
		}
		if r.flags&dated != 0 {
			if hasAlnum(rest) {
				if !stampRest(r.text, rest, f) {
					continue
				}
			} else if !dateHeaderAlone(r.text) {
				continue
			}
		}
		return r, empty || onlyPunct(bytes.TrimRight(rest, ": "))
	}
	return nil, false
}

// stampRest reports whether rest, what follows a stamp header t in the
// folded line f, is a date: only date words for bare headers ("Le 3 mars
// 2023 à 10h"), a date and maybe a name after "par" for explicit ones
// ("Publié le … par …"). A line ending with a colon introduces what
// follows ("Le 6 août :"), it is no stamp.
func stampRest(t string, rest, f []byte) bool {
	if len(f) == 0 || f[len(f)-1] == ':' {
		return false
	}
	if !dateHeaderAlone(t) {
		return isDateLine(rest)
	}
	return mostlyDate(rest)
}

// dateHeaderAlone reports whether a stamp header may stand alone on its
// line ("Mis à jour" yes, "Le" no).
func dateHeaderAlone(t string) bool {
	switch t {
	case "le", "date", "il y a", "aujourd'hui", "hier", "today", "yesterday", "lecture", "posted":
		return false
	}
	return true
}

// hasAlnum reports whether b holds a letter or a digit.
func hasAlnum(b []byte) bool {
	for _, c := range b {
		if isAlnumByte(c) {
			return true
		}
	}
	return false
}

// onlyPunct reports whether b holds no letters (digits, punctuation and
// symbols only).
func onlyPunct(b []byte) bool {
	for _, c := range b {
		if isLetterByte(c) {
			return false
		}
	}
	return true
}

// dateWords are the folded words that can make up a date, a time or a
// publication stamp.
var dateWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`
		janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
		janv fevr fev avr juil sept oct nov dec
		january february march april may june july august september october november december
		jan feb mar apr jun jul aug sep
		lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim
		monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
		h min mn sec s a le la les l et at on the of in gmt utc cet cest edt est pst pdt bst cst am pm
		heure heures hier aujourd hui il y depuis mis mise jour publie modifie updated update published
		posted er eme th st nd rd minutes minute hours hour ago jours jour days day semaines weeks
		lecture read reading temps de time mn maj actualise cree en ligne`) {
		m[w] = true
	}
	return m
}()

// mostlyDate reports whether the folded text b is a date or time, maybe
// followed by a name after "par"/"by" ("le 3 mars 2023 à 10h par Jean
// Dupont"): it has a date word or a number and at most one other word
// before any "par"/"by", and does not end like a sentence.
func mostlyDate(b []byte) bool {
	dateish, other, named := 0, 0, 0
	afterPar := false
	eachWord(b, isAlnumByte, func(w []byte, _ int) bool {
		switch {
		case string(w) == "par" || string(w) == "by":
			afterPar = true
		case afterPar:
			named++
		case w[0] >= '0' && w[0] <= '9' || dateWords[string(w)]:
			dateish++
		default:
			other++
		}
		return true
	})
	if other > 0 && len(b) > 0 && b[len(b)-1] == '.' {
		return false
	}
	return dateish > 0 && other <= 1 && named <= 6
}

// monthWords are the folded month names (for a bare date line).
var monthWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`janvier fevrier mars avril mai juin juillet aout septembre
		octobre novembre decembre janv fevr fev avr juil sept oct nov dec january february march
		april may june july august september october november december jan feb mar apr jun jul aug sep`) {
		m[w] = true
	}
	return m
}()

// isDateLine reports whether the folded line f is only a date and time
// ("12 mars 2023", "Mardi 12/03/2023 - 10:32", "2023-03-12").
func isDateLine(f []byte) bool {
	words, digits, months := 0, 0, 0
	year := false
	bylineAt := -1 // end of a "par"/"by" after the date, if any
	ok := eachWord(f, isAlnumByte, func(w []byte, end int) bool {
		if (string(w) == "par" || string(w) == "by") && words > 0 {
			bylineAt = end
			return false
		}
		words++
		switch {
		case w[0] >= '0' && w[0] <= '9':
			digits++
			if len(w) == 4 && (w[0] == '1' && w[1] == '9' || w[0] == '2' && w[1] == '0') {
				year = true
			}
			for _, c := range w {
				if !(c >= '0' && c <= '9' || c == 'h' || c == 'e' || c == 'r') {
					return false
				}
			}
		case monthWords[string(w)]:
			months++
		case dateWords[string(w)]:
		default:
			return false
		}
		return true
	})
	if bylineAt >= 0 {
		// "Mercredi 6 novembre 2019 à 8:02 - Par la rédaction": a stamp
		// and a byline.
		return digits > 0 && (months > 0 || year) && len(f)-bylineAt <= 80
	}
	return ok && words <= 14 && digits > 0 && (months > 0 || year)
}

// agencies are folded names of news agencies, as they appear in credits.
var agencies = map[string]bool{
	"afp": true, "reuters": true, "ap": true, "belga": true, "ats": true, "ansa": true,
	"dpa": true, "efe": true, "apa": true, "bloomberg": true, "xinhua": true, "tass": true,
	"ria": true, "kyodo": true, "upi": true, "cp": true, "pa": true, "anp": true,
	"afp-services": true, "agences": true, "agence": true, "relaxnews": true, "aps": true,
	"map": true, "apf": true, "keystone-ats": true, "keystone": true, "sda": true,
}

// isCredit reports whether the folded line f is a closing wire credit:
// "(Reportage de …, version française …)", "avec AFP", "afp/jop",
// "Le Monde avec AFP", "Source : AFP".
func isCredit(f []byte, raw string, cues uint8) bool {
	if len(f) == 0 || len(f) > 400 {
		return false
	}
	inner := f
	paren := len(f) > 2 && f[0] == '(' && f[len(f)-1] == ')'
	if paren {
		inner = bytes.TrimSpace(f[1 : len(f)-1])
	}
	// Agency names with initials: "afp/jop", "AFP", "ats/afp/mch", "— AFP".
	core := bytes.TrimLeft(inner, "-* >.")
	if bytes.HasPrefix(core, []byte("©")) || bytes.HasPrefix(core, []byte("copyright")) || bytes.HasPrefix(core, []byte("(c)")) {
		return false
	}
	if len(core) > 0 && len(core) <= 40 && agencyInitials(core) {
		return true
	}
	if len(core) >= 2 {
		for _, p := range creditPrefixTab[uint16(core[0])<<8|uint16(core[1])] {
			if bytes.HasPrefix(core, p) && (paren || len(f) <= 150 || f[len(f)-1] != '.' && len(f) <= 300) {
				return true
			}
		}
	}
	if len(f) <= 160 && cues&cueCredit != 0 && (paren || f[len(f)-1] != '.') {
		if i, _ := creditInfixMatcher.find(inner, 0); i >= 0 {
			return true
		}
	}
	if len(f) <= 80 {
		for _, s := range creditSuffixes {
			if bytes.HasSuffix(core, []byte(s)) && (len(core) == len(s) || !isAlnumByte(core[len(core)-len(s)-1])) {
				return true
			}
		}
	}
	return false
}

// creditPrefixes start a wire credit (folded).
var creditPrefixes = []string{
	"reportage de ", "reportage ", "reporting by ", "reporting ", "redige par ", "redaction ",
	"redaction de ", "version francaise ", "edite par ", "edition ", "writing by ", "editing by ",
	"additional reporting", "compiled by ", "avec afp", "avec reuters", "avec ap", "avec l'afp",
	"avec agences", "avec les agences", "avec belga", "avec ats", "source : afp", "source: afp",
	"source afp", "source : reuters", "source: reuters", "sources : afp", "source : agences",
	"d'apres afp", "avec la contribution de", "contributing:", "contributing :",
	"with reporting by", "texte : ", "traduit par", "traduction ", "translated by",
	"agence france-presse", "agence france presse", "associated press", "the associated press",
	"correspondance de ", "(avec afp", "(avec reuters",
}

// creditPrefixTab holds creditPrefixes by their first two bytes.
var creditPrefixTab = func() map[uint16][][]byte {
	m := make(map[uint16][][]byte)
	for _, p := range creditPrefixes {
		k := uint16(p[0])<<8 | uint16(p[1])
		m[k] = append(m[k], []byte(p))
	}
	return m
}()

var creditInfixMatcher = newMatcher(creditInfixes)

// creditInfixes mark a wire credit anywhere in a short line.
var creditInfixes = []string{
	"edite par", "version francaise", "editing by", "writing by", "reporting by",
	"redige par", "avec la contribution de",
}

// creditSuffixes end a short credit line ("Le Figaro avec AFP").
var creditSuffixes = []string{
	"avec afp", "avec reuters", "avec ap", "avec l'afp", "avec agences", "avec les agences",
	"avec belga", "avec ats", "avec afp et reuters", "et afp", "(avec afp)", "(avec reuters)",
	"with afp", "with reuters", "with ap",
}

// agencyInitials reports whether b is agency names and initials joined
// by slashes or spaces, with at least one agency: "afp", "afp/jop",
// "ats/afp/mch", "reuters - afp".
func agencyInitials(b []byte) bool {
	hasAgency := false
	tokens := 0
	start := -1
	for i := 0; i <= len(b); i++ {
		if i < len(b) && (isAlnumByte(b[i]) || b[i] == '-' && start >= 0) {
			if start < 0 {
				start = i
			}
			continue
		}
		if i < len(b) && !(b[i] == '/' || b[i] == ' ' || b[i] == ',' || b[i] == '-' || b[i] == '.' || b[i] == '(' || b[i] == ')') {
			return false
		}
		if start >= 0 {
			w := b[start:i]
			if agencies[string(w)] {
				hasAgency = true
			} else if len(w) > 4 {
				return false
			}
			if tokens++; tokens > 4 {
				return false
			}
			start = -1
		}
	}
	return hasAgency
}

// bylineConnectors are lower-case words that can appear in a byline.
var bylineConnectors = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`et and de du des la le les l d van von der den da di dos del y
		avec with a au aux in en à envoye envoyee envoyes envoyees special speciale speciaux
		correspondant correspondante correspondants a notre nos redaction service staff writer
		reporter correspondent editor senior journaliste journalistes agences agence afp reuters
		ap bureau the our par by publie mis jour mise le modifie updated published et`) {
		m[w] = true
	}
	return m
}()

// isByline reports whether the folded line f (raw as written) is a
// byline: "Par Jean Dupont", "By Jane Doe and John Roe, CNN", "Par la
// rédaction", "Propos recueillis par …".
func isByline(f []byte, raw string) bool {
	if len(f) == 0 || len(f) > 200 {
		return false
	}
	var rest []byte
	switch {
	case bytes.HasPrefix(f, []byte("par ")):
		rest = f[4:]
	case bytes.HasPrefix(f, []byte("by ")):
		rest = f[3:]
	case bytes.HasPrefix(f, []byte("written by ")):
		rest = f[11:]
	case bytes.HasPrefix(f, []byte("propos recueillis par ")), bytes.HasPrefix(f, []byte("texte et photos ")),
		bytes.HasPrefix(f, []byte("de notre correspondant")), bytes.HasPrefix(f, []byte("de notre envoye")),
		bytes.HasPrefix(f, []byte("de nos envoyes")), bytes.HasPrefix(f, []byte("de notre correspondante")),
		bytes.HasPrefix(f, []byte("auteur :")), bytes.HasPrefix(f, []byte("auteurs :")),
		bytes.HasPrefix(f, []byte("signe :")), bytes.HasPrefix(f, []byte("author:")):
		return len(f) <= 160
	default:
		return false
	}
	// The word after par/by must be capitalised in the raw text, or be
	// "la rédaction", "notre correspondant", ...
	sp := strings.IndexByte(raw, ' ')
	if sp < 0 {
		return false
	}
	after := trimSpace(raw[sp:])
	switch {
	case after == "":
		return false
	case bytes.HasPrefix(rest, []byte("la redaction")), bytes.HasPrefix(rest, []byte("notre ")),
		bytes.HasPrefix(rest, []byte("nos ")), bytes.HasPrefix(rest, []byte("l'afp")),
		bytes.HasPrefix(rest, []byte("le service")), bytes.HasPrefix(rest, []byte("la ")) && len(f) < 60,
		bytes.HasPrefix(rest, []byte("le ")) && len(f) < 60:
	default:
		c := after[0]
		if !(c >= 'A' && c <= 'Z' || c >= 0xc3 && strings.ContainsRune("ÀÁÂÄÇÈÉÊËÎÏÔÖÙÛÜŒ", firstRune(after))) {
			return false
		}
	}
	// Few lower-case words that are not connectors, dates or agencies.
	lower := 0
	words := 0
	start := -1
	rawWords := strings.Fields(raw)
	for i := 0; i <= len(rest); i++ {
		if i < len(rest) && isAlnumByte(rest[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words++
			start = -1
		}
	}
	for _, w := range rawWords[1:] {
		r := firstRune(w)
		if r >= 'a' && r <= 'z' || r >= 0xDF && r <= 0xFF {
			lw := foldString(strings.Trim(w, ",;:.()|-"))
			if !bylineConnectors[lw] && !dateWords[lw] && !agencies[lw] {
				lower++
			}
		}
	}
	if f[len(f)-1] == '.' && words > 6 {
		return false
	}
	return words <= 16 && lower <= 2
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// captionCreditSuffixes end a photo caption's credit (folded).
var captionCreditSuffixes = []string{
	"/ afp", "/afp", "/ reuters", "/reuters", "/ ap", "/ap", "/ epa", "/ getty images",
	"getty images", "/ maxppp", "/maxppp", "/ sipa", "/ abaca", "/ hans lucas", "/ divergence",
	"/ le monde", "/ afp photo", "afp photo", "/ belga", "/ anp", "/ dpa", "/ efe", "/ ansa",
	"/ xinhua", "/ zuma", "/ shutterstock", "shutterstock", "/ istock", "istock",
	"/ afp/archives", "afp/archives", "(afp/archives)", "/ pool", "pool/afp", "/ via reuters",
	"/ apa", "/ keystone", "/ reuters/", "/ leemage", "/ photononstop", "/ bestimage",
	"/ ouest-france", "/ sud ouest", "(photo afp)", "(photo reuters)", "(photo ap)",
	"(reuters)", "(afp)", "/ keystone-ats", "/ ap photo", "(ap photo)",
}

// captionSuffixTab holds captionCreditSuffixes trimmed like the line they
// end, indexed by their last byte.
var captionSuffixTab = func() [256][][]byte {
	var t [256][][]byte
	for _, s := range captionCreditSuffixes {
		st := strings.TrimRight(s, " .)")
		t[st[len(st)-1]] = append(t[st[len(st)-1]], []byte(st))
	}
	return t
}()

// isCaption reports whether the folded line f is a photo or video caption
// with its credit, or a duration.
func isCaption(f []byte, li *lineInfo) bool {
	if len(f) > 400 {
		return false
	}
	t := bytes.TrimRight(f, " .)")
	if len(t) == 0 {
		return false
	}
	for _, s := range captionSuffixTab[t[len(t)-1]] {
		if bytes.HasSuffix(t, s) {
			if (string(s) == "(reuters" || string(s) == "(afp") && li.words > 8 {
				continue // "… a déclaré le ministre (Reuters)": a sentence's source
			}
			return true
		}
	}
	// "… June 27, 2023. REUTERS/Jane Doe", "AFP/Archives", "AP Photo/John Roe".
	if len(t) > 0 {
		from := len(t) - 45
		if from < 0 {
			from = 0
		}
		if i, _ := captionTailMatcher.find(t[from:], 0); i >= 0 {
			return true
		}
	}
	if creditTail(t) {
		return true
	}
	// "© Jean Dupont / AFP", "Crédit : …" inside a short line.
	if i := bytes.IndexByte(f, 0xc2); i > 0 && i+1 < len(f) && f[i+1] == 0xa9 && len(f) <= 300 {
		return true
	}
	// A duration in brackets closing the line: "Le reportage de X (0'58)".
	if n := len(f); n >= 6 && f[n-1] == ')' && li.words <= 12 {
		if i := bytes.LastIndexByte(f, '('); i >= 0 && n-i <= 9 && hasDuration(f[i:]) {
			return true
		}
	}
	// A duration: "02:35", "Vidéo 1:02", "(3 min 20)".
	if li.words <= 8 && hasDuration(f) {
		return bytes.Contains(f, []byte("video")) || bytes.Contains(f, []byte("duree")) ||
			bytes.Contains(f, []byte("regarder")) || bytes.Contains(f, []byte("watch")) ||
			li.words <= 3
	}
	return false
}

// captionTailMatcher finds agency credits near the end of a caption.
var captionTailMatcher = newMatcher([]string{"reuters/", "afp/", "ap photo/", "epa/", "pool/", "getty images/", "afp via getty", "via reuters", "via getty"})

// creditTail reports whether the folded line t ends with a photo credit
// after its last sentence: "… mardi matin. Photo Jean Dupont", "… (Photo :
// X)", "… Belga / Nicolas Lambert", "… lundi. | Ouest Littoral", or is a
// gallery counter ("1 / 3").
func creditTail(t []byte) bool {
	if len(t) == 0 {
		return false
	}
	// Gallery counter.
	if len(t) <= 9 && bytes.IndexByte(t, '/') > 0 {
		counter := true
		for _, c := range t {
			if !(c >= '0' && c <= '9' || c == ' ' || c == '/') {
				counter = false
				break
			}
		}
		if counter {
			return true
		}
	}
	from := len(t) - 90
	if from < 0 {
		from = 0
	}
	tail := t[from:]
	// The segment after the last sentence end or opening parenthesis.
	seg := tail
	for i := len(tail) - 2; i >= 0; i-- {
		if (tail[i] == '.' || tail[i] == '|' || tail[i] == '(') && (tail[i+1] == ' ' || tail[i] == '(') {
			seg = bytes.TrimLeft(tail[i+1:], " ")
			if i >= 2 && bytes.HasPrefix(tail[i-2:], []byte("...")) {
				seg = nil // an ellipsis, not a sentence end
			}
			if tail[i] == '|' && len(seg) > 0 && bytes.Count(seg, []byte(" ")) <= 3 && i > 0 && tail[i-1] == ' ' && i >= 2 && tail[i-2] == '.' {
				return true // "… lundi matin. | Ouest Littoral"
			}
			break
		}
	}
	if len(seg) > 0 && len(seg) < len(t) && (seg[0] == 'p' || seg[0] == 'c' || seg[0] == 'i') { // the first letters of the prefixes
		for _, p := range []string{"photo ", "photo:", "photos ", "photo d'archives", "photo archives", "credit :", "credit:", "credits :", "credits:", "credit photo", "credits photo", "illustration :", "illustration:", "image:", "image :", "capture d'ecran"} {
			if bytes.HasPrefix(seg, []byte(p)) && bytes.Count(seg, []byte(" ")) <= 7 {
				return true
			}
		}
	}
	// "Belga / Nicolas Lambert", "Photo Le PR /Sylvie BRUN": an agency or
	// "photo" before a slash near the end.
	if j := bytes.LastIndexByte(tail, '/'); j > 0 && len(tail)-j <= 40 {
		before := bytes.TrimRight(tail[:j], " ")
		k := len(before)
		for k > 0 && isAlnumByte(before[k-1]) {
			k--
		}
		w := before[k:]
		if agencies[string(w)] && !bytes.Contains(tail[j:], []byte(".")) {
			return true
		}
		if s := bytes.LastIndex(tail[:j], []byte(". photo ")); s >= 0 {
			return true
		}
	}
	return false
}

// hasDuration reports whether f holds m:ss, mm:ss or m'ss.
func hasDuration(f []byte) bool {
	for i := 1; i+2 < len(f); i++ {
		if (f[i] == ':' || f[i] == '\'') && f[i-1] >= '0' && f[i-1] <= '9' && f[i+1] >= '0' && f[i+1] <= '5' && f[i+2] >= '0' && f[i+2] <= '9' {
			return true
		}
	}
	return false
}

// phrases are folded phrases that mark a line as boilerplate wherever
// they occur in it, for lines up to max bytes.
var phrases = []struct {
	text, reason string
	max          int
}{
	{"inscrivez-vous a notre newsletter", ReasonSubscription, 300},
	{"inscrivez-vous gratuitement", ReasonSubscription, 300},
	{"recevoir gratuitement notre newsletter", ReasonSubscription, 300},
	{"inscrivez-vous maintenant", ReasonSubscription, 300},
	{"abonnez-vous", ReasonSubscription, 200},
	{"reserve aux abonnes", ReasonSubscription, 250},
	{"deja abonne", ReasonSubscription, 200},
	{"sur un seul appareil", ReasonSubscription, 200},
	{"subscribe to our newsletter", ReasonSubscription, 250},
	{"sign up for our newsletter", ReasonSubscription, 250},
	{"€ par mois", ReasonSubscription, 160},
	{"€/mois", ReasonSubscription, 160},
	{"euros par mois", ReasonSubscription, 160},
	{"€ pendant", ReasonSubscription, 160},
	{"€ le premier mois", ReasonSubscription, 160},
	{"sans engagement", ReasonSubscription, 160},
	{"per month", ReasonSubscription, 160},
	{"/month", ReasonSubscription, 160},
	{"pourraient vous interesser", ReasonRelated, 70},
	{"pourrait vous interesser", ReasonRelated, 70},
	{"might also like", ReasonRelated, 70},
	{"may also like", ReasonRelated, 70},
	{"lien sponsorise", ReasonAdvert, 300},
	{"contenu sponsorise", ReasonAdvert, 300},
	{"(sponsorise)", ReasonAdvert, 300},
	{"(publicite)", ReasonAdvert, 300},
	{"(sponsored)", ReasonAdvert, 300},
	{"jouer comporte des risques", ReasonAdvert, 400},
	{"l'abus d'alcool est dangereux", ReasonAdvert, 400},
	{"a consommer avec moderation", ReasonAdvert, 400},
	{"(ouvre dans une nouvelle fenetre)", ReasonShare, 200},
	{"(s'ouvre dans une nouvelle fenetre)", ReasonShare, 200},
	{"(opens in new window)", ReasonShare, 200},
	{"une erreur est survenue", ReasonOther, 200},
	{"une erreur s'est produite", ReasonOther, 200},
	{"veuillez reessayer", ReasonOther, 200},
	{"javascript est desactive", ReasonOther, 300},
	{"activer javascript", ReasonOther, 300},
	{"activez javascript", ReasonOther, 300},
	{"enable javascript", ReasonOther, 300},
	{"nous avons mis a jour nos conditions", ReasonOther, 300},
	{"en vous inscrivant, vous acceptez", ReasonOther, 400},
	{"en poursuivant votre navigation", ReasonOther, 600},
	{"we use cookies", ReasonOther, 600},
	{"this site uses cookies", ReasonOther, 600},
	{"this website uses cookies", ReasonOther, 600},
	{"ce site utilise des cookies", ReasonOther, 600},
	{"tous droits reserves", ReasonCopyright, 300},
	{"all rights reserved", ReasonCopyright, 300},
	{"reproduction interdite", ReasonCopyright, 300},
	{"copyright ©", ReasonCopyright, 300},
	{"© copyright", ReasonCopyright, 300},
}

// phraseMatcher finds the phrases.
var phraseMatcher = func() *matcher {
	texts := make([]string, len(phrases))
	for i, p := range phrases {
		texts[i] = p.text
	}
	return newMatcher(texts)
}()

// phraseReason returns the reason of the first phrase found in the
// folded line f, whose cue words are cues.
func phraseReason(f []byte, cues uint8) string {
	if len(f) > 600 || cues&(cuePhrase|cueConsent) == 0 {
		return ""
	}
	if cues&cueConsent != 0 && isConsentNotice(f) {
		return ReasonOther
	}
	if len(f) > 400 || cues&cuePhrase == 0 {
		return ""
	}
	sentence := len(f) > 0 && f[len(f)-1] == '.'
	reason := ""
	phraseMatcher.scan(f, 0, func(i, _ int) bool {
		p := &phrases[i]
		switch {
		case len(f) > p.max:
			return true
		case sentence && p.max <= 160 && p.reason == ReasonSubscription:
			return true // "l'offre est passée à 15,49 euros par mois.": news
		default:
			reason = p.reason
		}
		return false
	})
	return reason
}

// consentTerms are the folded words of cookie and consent notices.
var consentTerms = []string{
	"cookie", "consentement", "partenaires", "donnees personnelles", "traceurs",
	"confidentialite", "conditions d'utilisation", "conditions generales", "accepter",
	"refuser", "parametrer", "consent", "privacy", "personal data", "partners",
}

// isConsentNotice reports whether f addresses the reader ("vous", "nous",
// "you", "we") about cookies or consent, with another consent term.
func isConsentNotice(f []byte) bool {
	if !(bytes.Contains(f, []byte("cookie")) || bytes.Contains(f, []byte("consent"))) {
		return false
	}
	if !(hasWord(f, "vous") || hasWord(f, "nous") || hasWord(f, "you") || hasWord(f, "we") || hasWord(f, "our") || hasWord(f, "votre") || hasWord(f, "nos")) {
		return false
	}
	n := 0
	for _, t := range consentTerms {
		if bytes.Contains(f, []byte(t)) {
			n++
		}
	}
	return n >= 2
}

// hasWord reports whether the folded text f holds w as a whole word.
func hasWord(f []byte, w string) bool {
	for i := 0; i+len(w) <= len(f); {
		j := bytes.Index(f[i:], []byte(w))
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		if (j == 0 || !isAlnumByte(f[j-1])) && (end == len(f) || !isAlnumByte(f[end])) {
			return true
		}
		i = j + 1
	}
	return false
}

// shareWords are the folded names of share buttons.
var shareWords = map[string]bool{
	"facebook": true, "twitter": true, "linkedin": true, "whatsapp": true, "email": true,
	"e": true, "mail": true, "pinterest": true, "messenger": true, "reddit": true, "flipboard": true,
	"partager": true, "share": true, "imprimer": true, "print": true, "tweet": true,
	"tweeter": true, "copier": true, "le": true, "lien": true, "copy": true, "link": true,
	"x": true, "telegram": true, "sms": true, "envoyer": true, "bluesky": true, "threads": true,
	"mastodon": true, "google": true, "instagram": true, "youtube": true, "tiktok": true,
	"snapchat": true, "commenter": true, "sur": true, "on": true, "par": true, "via": true,
}

// isShareList reports whether f is only the names of share buttons.
func isShareList(f []byte) bool {
	if len(f) > 160 {
		return false
	}
	n := 0
	start := -1
	for i := 0; i <= len(f); i++ {
		if i < len(f) && isAlnumByte(f[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if !shareWords[string(f[start:i])] {
				return false
			}
			n++
			start = -1
		}
	}
	return n >= 2
}

// isBreadcrumb reports whether the line is a breadcrumb or a menu: three
// or more short segments joined by separators (> › » | • · /, a slash
// not between digits), with no sentence punctuation at its end.
func isBreadcrumb(f []byte, li *lineInfo) bool {
	// "Accueil » Monde » Europe": a closing guillemet with no opening one
	// is a separator (folding made both guillemets '"').
	guillemetSep := strings.Contains(li.raw, "»") && !strings.Contains(li.raw, "«")
	seps := li.seps
	if guillemetSep {
		seps += strings.Count(li.raw, "»")
	}
	if seps < 2 || len(f) > 250 || li.last == '.' {
		return false
	}
	segWords, maxWords, segs := 0, 0, 1
	inWord := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		sep := 0
		switch {
		case c == '>' || c == '|' || c == '"' && guillemetSep:
			sep = 1
		case c == '/':
			if i > 0 && f[i-1] == ' ' && i+1 < len(f) && f[i+1] == ' ' {
				sep = 1 // only a spaced slash: "a/b" is a word, a date or a URL
			}
		case c == 0xe2 && i+2 < len(f) && f[i+1] == 0x80 && (f[i+2] == 0xba || f[i+2] == 0xa2):
			sep = 3 // › •
		case c == 0xc2 && i+1 < len(f) && f[i+1] == 0xb7:
			sep = 2 // ·
		}
		if sep > 0 {
			segs++
			segWords = 0
			inWord = false
			i += sep - 1
			continue
		}
		if isAlnumByte(c) {
			if !inWord {
				segWords++
				if segWords > maxWords {
					maxWords = segWords
				}
			}
			inWord = true
		} else {
			inWord = false
		}
	}
	return segs >= 3 && maxWords <= 5
}

// bioRoles are the folded job words of an author's bio.
var bioRoles = []string{
	"journaliste", "redacteur", "redactrice", "reporter", "correspondant", "correspondante",
	"chroniqueur", "chroniqueuse", "editorialiste", "auteur", "auteure", "autrice",
	"blogueur", "blogueuse", "passionne", "passionnee", "diplome", "diplomee", "specialiste",
	"pigiste", "fondateur", "fondatrice", "writer", "journalist", "correspondent", "editor",
	"columnist", "contributor", "author", "freelance", "blogger", "redac",
}

// isBio reports whether the folded line f reads like an author's bio:
// "Jean Dupont est journaliste au service politique", "Jane Doe is a
// reporter for …", "Suivez-la sur Twitter @…".
func isBio(f []byte, raw string) bool {
	if len(f) > 500 {
		return false
	}
	// Each pair of phrases is looked for only where what they share is.
	if bytes.IndexByte(f, '@') >= 0 && (bytes.Contains(f, []byte("sur twitter @")) || bytes.Contains(f, []byte("on twitter @"))) ||
		bytes.Contains(f, []byte("suivez-l")) && (bytes.Contains(f, []byte("suivez-le sur")) || bytes.Contains(f, []byte("suivez-la sur"))) ||
		bytes.Contains(f, []byte("follow h")) && (bytes.Contains(f, []byte("follow him on")) || bytes.Contains(f, []byte("follow her on"))) {
		return true
	}
	// "<Name> est …/ is a …" with a role soon after.
	// The verb must start in the first 40 bytes: only those are searched
	// (with room for the verb), which finds the line's first instance if
	// it starts there.
	var i int
	if j := bytes.Index(f[:min(len(f), 40+len(" est "))], []byte(" est ")); j > 0 && j < 40 {
		i = j + 5
	} else if j := bytes.Index(f[:min(len(f), 40+len(" is "))], []byte(" is ")); j > 0 && j < 40 {
		i = j + 4
	} else {
		return false
	}
	// The subject is one to four capitalised words.
	subj := strings.Fields(raw)
	n := 0
	for _, w := range subj {
		if strings.HasPrefix(strings.ToLower(w), "est") || w == "is" {
			break
		}
		if firstRune(w) < 'A' || firstRune(w) > 'Z' && firstRune(w) < 0xC0 {
			return false
		}
		n++
	}
	if n == 0 || n > 4 {
		return false
	}
	end := i + 60
	if end > len(f) {
		end = len(f)
	}
	win := f[i:end]
	for _, r := range bioRoles {
		if bytes.Contains(win, []byte(r)) {
			return true
		}
	}
	return false
}
