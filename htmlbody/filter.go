package htmlbody

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/recoupe/recoupe/article"
)

// furniturePatterns recognise, by their text, the short paragraphs that
// are page furniture rather than article text. Each is tried on
// paragraphs of at most maxFurnitureWords words.
var furniturePatterns = []struct {
	reason string
	re     *regexp.Regexp
}{
	{"advert", regexp.MustCompile(`(?i)^\W*(advertisement|advertising|advertisement - scroll to continue|sponsored( content)?|publicité|anzeige|werbung|pubblicità|publicidad|publicidade|continue reading (below|the main story)|(the )?(story|article) continues (below|after)( (this |the )?(advertisement|ad))?|la suite (de l'article )?après (cette )?(la )?publicité|lire la suite après (cette )?publicité)\W*$`)},
	{"read-more", regexp.MustCompile(`(?i)^\W*(related|more|also|watch|listen|video|videos|photos|gallery|read|lire|voir|à lire|a lire|à voir|leggi|lesen|lee|leia|veja|mehr|plus)(\s+(also|more|aussi|anche|auch|también|também|stories|articles|coverage|content|links|reading|on this|next|videos?|photos?))?\s*:`)},
	{"read-more", regexp.MustCompile(`(?i)^\W*(read more|read also|read next|also read|see more|see also|click here|explore further|you may also like|you might also like|you may be interested|most read|most popular|popular on|don'?t miss|trending( now)?|top stories|more from|more on this|more stories|further reading|related (articles|stories|coverage|content|links|topics)|recommended( for you| stories)?|lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|à voir aussi|sur le même sujet|dans la même rubrique|les plus lus|leggi anche|lesen sie auch|mehr zum thema|lee también|lea también|vea también|leia também|veja também|saiba mais)\b`)},
	{"share", regexp.MustCompile(`(?i)^\W*(share (this|on|via|the|article|story)|share:|like this (story|article)|partager|partagez|teilen|condividi|compartir|compartilhe|tweet this|email this|print this|print article|text size|order reprints|reprints?( & permissions)?$|post comment|leave a (comment|reply)|you must (be )?log(ged)? in|view comments|add comment|\d+ comments?\W*$|comments?\W*$|commentaires?\W*$)`)},
	{"share", regexp.MustCompile(`\b[Ff]ollow ([Uu]s|him|her|me|them|\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,2}) (on|at|On|At|@)\b|\b[Ss]uivez[- ]nous\b|\b[Ff]ollow @\w+`)},
	{"subscription", regexp.MustCompile(`(?i)^\W*(sign up|subscribe|join (us|now|our|today)|register (now|today|for)|get (the|our) (latest|best|top|day'?s)|thanks for (signing up|subscribing)|thank you for (signing up|subscribing)|keep an eye on your inbox|there was an error processing|sorry!?\W*$|inscrivez-vous|abonnez-vous|je m'abonne|s'abonner|abonnieren|iscriviti|suscríbete|assine)`)},
	{"subscription", regexp.MustCompile(`(?i)\b(newsletters?|delivered (straight |right |directly )?to your inbox|in your inbox|sign up (for|to|now)|subscribe (to|now|today)|already a subscriber|subscribers? only|log ?in to (read|continue)|lettre d'information|abonnez-vous|réservé aux abonnés)\b`)},
	{"copyright", regexp.MustCompile(`(?i)^\W*(copyright|©|\(c\) ?\d{4})|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|for your personal,? non-commercial use only|무단전재|版权所有|禁止转载|無断転載`)},
	{"editorial", regexp.MustCompile(`(?i)^\W*((additional |with )?(reporting|writing|editing|edited|compiled|produced|research) by\b|(additional reporting|contributing|contributors?|sources?|with (post )?wires|avec (l')?(afp|ap|reuters|agences))\b\W*|(write|email|e-mail|reach|contact|tweet) (to )?[\p{L} .'-]{2,40} at\b)|\bcontributed (to )?(this |the )?(report|reporting|story|article)\b|\bmay be reached at\b|\(avec (afp|ap|reuters)\)`)},
	{"caption", regexp.MustCompile(`(?i)^\W*(photo|photos|image|images|picture|pictures|credit|credits|crédit|crédits|photo credit|image credit|image source|illustration|foto|fotos|bild|sources? photo)s?\s*:|^\W*\(?(photo|image|picture)s? (by|courtesy|credit)\b|\b(getty images|afp photo|ap photo|reuters/|shutterstock|istock|\(photo:|photo: )|^\W*©\s*\S|^\[(사진|写真|图|photo)|\((image|photo|picture|credit|crédit|photo credit|source)s?\s*:[^)]*\)\W*$`)},
	{"stamp", regexp.MustCompile(`(?i)^\W*(reading time|read time|temps de lecture|lesezeit|tempo de leitura|tiempo de lectura|\d+ ?(min|minutes?) (read|de lecture|lesezeit|de leitura|de lectura))\b`)},
}

// maxFurnitureWords is the longest paragraph furniturePatterns are tried on.
const maxFurnitureWords = 40

// furniture returns the reason a paragraph is page furniture by its text,
// "" when it is not.
func furniture(text string) string {
	if wordCount(text) > maxFurnitureWords || !mayBeFurniture(text) {
		return ""
	}
	for _, p := range furniturePatterns {
		if p.re.MatchString(text) {
			return p.reason
		}
	}
	return ""
}

// furnitureCues are lower-case strings one of which occurs in any text
// furniturePatterns match: a cheap test before the regular expressions.
var furnitureCues = []string{
	"advert", "sponsor", "publicit", "publicid", "anzeige", "werbung", "pubblicit", "continue",
	"suite", "related", "more", "also", "watch", "listen", "video", "photo", "galler",
	"read", "lire", "voir", "leggi", "lesen", "lee", "leia", "veja", "mehr", "plus",
	"click", "explore", "like", "interest", "popular", "miss", "trend", "top ",
	"recommend", "aussi", "sujet", "rubrique", "anche", "auch", "tambi", "saiba",
	"share", "partag", "teilen", "condividi", "compartir", "compartilhe", "tweet",
	"email", "print", "text size", "reprint", "comment", "leave a", "log", "follow",
	"suivez", "sign", "subscri", "join", "register", "get ", "thank", "inbox",
	"error", "sorry", "inscri", "abonn", "iscriviti", "suscr", "assine", "newsletter",
	"lettre", "copyright", "©", "(c)", "reserv", "réserv", "vorbehalten", "derechos", "diritti",
	"direitos", "non-commercial", "무단", "版权", "禁止", "無断", "report", "writ", "edit",
	"compil", "produc", "research", "contribut", "source", "wire", "avec", "reach",
	"contact", "image", "picture", "credit", "crédit", "illustration", "foto", "bild",
	"getty", "reuters", "shutterstock", "istock", "사진", "写真", "图", "time", "temps",
	"lesezeit", "tempo", "tiempo", "min",
}

// mayBeFurniture reports whether text holds one of the furnitureCues.
func mayBeFurniture(text string) bool {
	low := strings.ToLower(text)
	for _, c := range furnitureCues {
		if strings.Contains(low, c) {
			return true
		}
	}
	return false
}

// clean turns candidate paragraphs into the article's paragraphs, dropping
// the headline and page furniture; what it drops is returned with a reason.
func clean(ps []para, titles []string, authors []string) (keep []string, dropped []article.Boilerplate) {
	drop := func(text, reason string) {
		dropped = append(dropped, article.Boilerplate{Text: text, Reason: reason, Line: -1})
	}
	first, last := proseSpan(ps)
	// The paragraphs found inside the page element holding the article.
	firstIn, lastIn := len(ps), -1
	for i := range ps {
		if ps[i].src != nil && !ps[i].outside {
			firstIn, lastIn = min(firstIn, i), i
		}
	}
	keep = make([]string, 0, len(ps))
	for i := range ps {
		p := &ps[i]
		t := p.text
		furn := furniture(t)
		switch {
		case !hasWordChar(t):
			drop(t, "short")
		case i <= first && isTitle(t, titles):
			drop(t, "headline")
		case len(keep) > 0 && keep[len(keep)-1] == t:
			drop(t, "duplicate")
		case p.boiler != "":
			drop(t, p.boiler)
		case furn != "":
			drop(t, furn)
		case !p.recovered && p.linkDensity() >= 0.6 && wordCount(t) < 25 && !isProse(t):
			drop(t, "related")
		case (i < first || i > last) && isStamp(t):
			drop(t, "stamp")
		case (i < first || i > last) && isByline(t, authors):
			drop(t, "byline")
		case i < firstIn && p.outside && !isProse(t):
			// Kickers, navigation and teasers above the article.
			drop(t, "header")
		case i > lastIn && p.outside && !isProse(t):
			// Lists of links, teasers and widgets below it.
			drop(t, "footer")
		default:
			keep = append(keep, t)
		}
	}
	return keep, dropped
}

// proseSpan returns the indexes of the first and last paragraphs that are
// prose (a sentence of some length); -1, -1 when there is none.
func proseSpan(ps []para) (first, last int) {
	first, last = -1, -1
	for i := range ps {
		if isProse(ps[i].text) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return len(ps), -1
	}
	return first, last
}

// isProse reports whether t reads as a sentence of the article.
func isProse(t string) bool {
	if wordCount(t) < proseWords {
		return false
	}
	t = strings.TrimRight(t, " \"'”’»)")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") ||
		strings.HasSuffix(t, "…") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "。") || wordCount(t) >= 25
}

// hasWordChar reports whether s holds a letter or a digit.
func hasWordChar(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isTitle reports whether t repeats one of the page's titles (compared on
// letters and digits only; a title may carry a site suffix or a kicker).
func isTitle(t string, titles []string) bool {
	k := squash(t)
	if len(k) < 4 {
		return false
	}
	for _, title := range titles {
		tk := squash(title)
		if tk == "" {
			continue
		}
		if k == tk || len(k)*10 >= len(tk)*7 && strings.HasPrefix(tk, k) ||
			len(tk)*10 >= len(k)*7 && strings.HasPrefix(k, tk) {
			return true
		}
	}
	return false
}

// stampWords are the words that may sit beside a date in a time stamp
// line ("Updated: Tue., Nov. 19, 2019 10:43 a.m. ET"); dateWords, a subset,
// are the names of months and days.
var stampWords, dateWords = map[string]bool{}, map[string]bool{}

func init() {
	for _, w := range strings.Fields(`updated published posted first last modified created
		on at am pm a m p m et pt gmt utc bst cet cest est edt pst pdt cst cdt ist jst
		mis à a jour publié publiée modifié le la les du de des h à às em el en actualizado
		publicado actualisé aktualisiert veröffentlicht um uhr am vom pubblicato aggiornato
		il alle ore hours hour ago minutes minute min mins heures heure il y a hace
		date time by par`) {
		stampWords[w] = true
	}
	for _, w := range strings.Fields(`jan january feb february mar march apr april may jun
		june jul july aug august sep sept september oct october nov november dec december
		janvier février mars avril mai juin juillet août septembre octobre novembre
		décembre januar februar märz juni juli oktober dezember enero febrero marzo abril
		mayo junio julio agosto septiembre octubre noviembre diciembre gennaio febbraio
		aprile maggio giugno luglio settembre ottobre dicembre janeiro fevereiro março
		maio junho julho setembro outubro novembro dezembro mon monday tue tues tuesday
		wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday lundi
		mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag
		freitag samstag sonntag lunes martes miércoles jueves viernes sábado domingo
		segunda terça quarta quinta sexta feira lunedì martedì mercoledì giovedì venerdì
		sabato domenica`) {
		stampWords[w] = true
		dateWords[w] = true
	}
}

// numericDateRe matches a numeric date or a clock time.
var numericDateRe = regexp.MustCompile(`\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b|\b\d{1,2}[:h]\d{2}\b`)

// isStamp reports whether t is a date or time stamp line: a few words,
// a date, and nothing but date words besides (a byline may follow).
func isStamp(t string) bool {
	if wordCount(t) > 16 {
		return false
	}
	dated := numericDateRe.MatchString(t)
	hasDigit := false
	other := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if w[0] >= '0' && w[0] <= '9' {
			hasDigit = true
			continue
		}
		if dateWords[w] {
			dated = true
		} else if !stampWords[w] {
			other++
		}
	}
	if !hasDigit || !dated {
		return false
	}
	// "5:45 AM PST 11/19/2019 by Patrick Shanley": a name may follow "by".
	low := strings.ToLower(t)
	if i := strings.LastIndex(low, " by "); i >= 0 {
		return other <= 4 && wordCount(low[i+4:]) <= 4
	}
	return other <= 1
}

// bylineRe matches a byline: "By Jane Doe", "Par Jean Dupont", "Staff Reports".
var bylineRe = regexp.MustCompile(`(?i)^\W*(by|par|von|por|di|door|av|af|de)\s+[\p{Lu}\p{Lt}][\p{L}.'’-]*(\s+[\p{L}.'’-]+){0,5}\W*$|^\W*(by\s+)?(staff reports?|staff writers?|from staff reports|the associated press|associated press|ap|afp|reuters|staff)\W*$`)

// isByline reports whether t is a byline: "By Name", a line naming only
// one of the authors, or an author's e-mail address or handle.
func isByline(t string, authors []string) bool {
	if wordCount(t) > 8 {
		return false
	}
	if bylineRe.MatchString(t) {
		return true
	}
	k := squash(t)
	for _, a := range authors {
		ak := squash(a)
		if ak != "" && (k == ak || strings.HasPrefix(k, "by"+ak)) {
			return true
		}
	}
	// An e-mail address or social handle on its own.
	f := strings.Fields(t)
	for _, w := range f {
		if !(strings.Contains(w, "@") || strings.HasPrefix(w, "twitter.com/") || strings.HasPrefix(w, "http")) {
			return false
		}
	}
	return true
}
