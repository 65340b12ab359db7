package meta

import (
	"net/url"
	"strings"
)

// wireNames maps the lower-case ways of writing a news agency to its
// normalised name.
var wireNames = map[string]string{
	"reuters": "Reuters", "thomson reuters": "Reuters",
	"afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "france-presse": "AFP",
	"ap": "AP", "associated press": "AP", "the associated press": "AP",
	"dpa": "DPA", "ansa": "ANSA", "efe": "EFE", "agencia efe": "EFE", "belga": "Belga",
	"ats": "ATS", "keystone-ats": "Keystone-ATS", "ats-keystone": "Keystone-ATS", "keystone ats": "Keystone-ATS",
	"sda": "SDA", "apa": "APA", "anp": "ANP", "xinhua": "Xinhua", "chine nouvelle": "Xinhua",
	"tass": "TASS", "itar-tass": "TASS", "ria novosti": "RIA Novosti", "ria": "RIA Novosti",
	"anadolu": "Anadolu", "anadolu agency": "Anadolu", "aa": "Anadolu",
	"kyodo": "Kyodo", "jiji": "Jiji", "yonhap": "Yonhap",
	"pa": "PA", "pa media": "PA", "press association": "PA",
	"bloomberg": "Bloomberg", "interfax": "Interfax", "interfax-ukraine": "Interfax",
	"unian": "UNIAN", "ukrinform": "Ukrinform", "europa press": "Europa Press",
	"lusa": "Lusa", "upi": "UPI", "pti": "PTI", "ians": "IANS", "aps": "APS", "map": "MAP",
	"ani": "ANI", "mena": "MENA", "irna": "IRNA", "sana": "SANA", "wafa": "WAFA",
	"ntb": "NTB", "tt": "TT", "ritzau": "Ritzau", "stt": "STT", "ctk": "ČTK", "čtk": "ČTK",
	"pap": "PAP", "mti": "MTI", "hina": "HINA", "ana": "ANA", "ana-mpa": "ANA-MPA",
}

// ambiguousWire lists the lower-case agency names that are also common
// initials or words: in a slash credit ("afp/pa") they may be an editor's
// initials, so they count only in the first place.
var ambiguousWire = map[string]bool{
	"ap": true, "pa": true, "aa": true, "ria": true, "map": true, "ana": true,
	"tt": true, "ani": true, "aps": true, "sana": true, "ats": true, "apa": true,
	"sda": true, "pap": true, "stt": true, "mena": true, "wafa": true,
}

// wireName returns the normalised agency name of s ("afp", "Agence
// France-Presse", "(Reuters)"), or "".
func wireName(s string) string {
	s = strings.TrimFunc(s, isNameEdge)
	if s == "" || len(s) > 30 {
		return ""
	}
	var buf [30]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return wireNames[string(buf[:len(s)])]
}

// isNameEdge reports whether r is trimmed off the ends of an agency's name:
// brackets, punctuation, dashes and spaces.
func isNameEdge(r rune) bool {
	switch r {
	case '(', ')', '[', ']', '.', ',', ';', ':', '-', '–', '—', ' ', '\t':
		return true
	}
	return false
}

// outlets maps well-known news sites (registered domain) to their name.
var outlets = map[string]string{
	"lemonde.fr": "Le Monde", "lefigaro.fr": "Le Figaro", "liberation.fr": "Libération",
	"france24.com": "France 24", "francetvinfo.fr": "Franceinfo", "leparisien.fr": "Le Parisien",
	"20minutes.fr": "20 Minutes", "ouest-france.fr": "Ouest-France", "lepoint.fr": "Le Point",
	"lexpress.fr": "L'Express", "nouvelobs.com": "L'Obs", "la-croix.com": "La Croix",
	"humanite.fr": "L'Humanité", "lesechos.fr": "Les Echos", "bfmtv.com": "BFMTV",
	"rfi.fr": "RFI", "europe1.fr": "Europe 1", "rtl.fr": "RTL", "tf1info.fr": "TF1 Info",
	"lci.fr": "LCI", "huffingtonpost.fr": "HuffPost", "mediapart.fr": "Mediapart",
	"marianne.net": "Marianne", "challenges.fr": "Challenges", "latribune.fr": "La Tribune",
	"courrierinternational.com": "Courrier international", "ladepeche.fr": "La Dépêche",
	"sudouest.fr": "Sud Ouest", "lavoixdunord.fr": "La Voix du Nord", "ledauphine.com": "Le Dauphiné libéré",
	"nicematin.com": "Nice-Matin", "laprovence.com": "La Provence", "letelegramme.fr": "Le Télégramme",
	"lindependant.fr": "L'Indépendant", "midilibre.fr": "Midi Libre", "lamontagne.fr": "La Montagne",
	"estrepublicain.fr": "L'Est Républicain", "dna.fr": "DNA", "leprogres.fr": "Le Progrès",
	"lalibre.be": "La Libre Belgique", "lesoir.be": "Le Soir", "rtbf.be": "RTBF", "dhnet.be": "La DH",
	"7sur7.be": "7sur7", "rts.ch": "RTS", "letemps.ch": "Le Temps", "24heures.ch": "24 heures",
	"tdg.ch": "Tribune de Genève", "lematin.ch": "Le Matin", "ledevoir.com": "Le Devoir",
	"lapresse.ca": "La Presse", "radio-canada.ca": "Radio-Canada", "journaldemontreal.com": "Le Journal de Montréal",
	"jeuneafrique.com": "Jeune Afrique", "tv5monde.com": "TV5Monde", "arte.tv": "Arte",
	"reuters.com": "Reuters", "apnews.com": "AP", "afp.com": "AFP",
	"bbc.co.uk": "BBC", "bbc.com": "BBC", "theguardian.com": "The Guardian", "nytimes.com": "The New York Times",
	"washingtonpost.com": "The Washington Post", "wsj.com": "The Wall Street Journal", "cnn.com": "CNN",
	"bloomberg.com": "Bloomberg", "ft.com": "Financial Times", "economist.com": "The Economist",
	"aljazeera.com": "Al Jazeera", "dw.com": "DW", "euronews.com": "Euronews", "politico.eu": "Politico",
	"politico.com": "Politico", "npr.org": "NPR", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News",
	"abcnews.go.com": "ABC News", "foxnews.com": "Fox News", "usatoday.com": "USA Today",
	"latimes.com": "Los Angeles Times", "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph",
	"thetimes.co.uk": "The Times", "spiegel.de": "Der Spiegel", "zeit.de": "Die Zeit", "faz.net": "FAZ",
	"sueddeutsche.de": "Süddeutsche Zeitung", "elpais.com": "El País", "elmundo.es": "El Mundo",
	"corriere.it": "Corriere della Sera", "repubblica.it": "la Repubblica", "ansa.it": "ANSA",
	"publico.pt": "Público", "nos.nl": "NOS", "kyivindependent.com": "The Kyiv Independent",
	"kyivpost.com": "Kyiv Post", "ukrinform.net": "Ukrinform", "ukrinform.fr": "Ukrinform",
	"unian.info": "UNIAN", "tass.com": "TASS", "tass.ru": "TASS", "interfax.com": "Interfax",
	"xinhuanet.com": "Xinhua", "news.cn": "Xinhua", "swissinfo.ch": "Swissinfo",
}

// outletKeys holds the squashed names of the outlets table.
var outletKeys = func() map[string]bool {
	m := make(map[string]bool, len(outlets))
	for _, name := range outlets {
		m[squash(name)] = true
	}
	return m
}()

// knownOutlet reports whether s is the name of a well-known outlet.
func knownOutlet(s string) bool {
	var buf [squashMax]byte
	return outletKeys[string(squashTo(&buf, s))]
}

// squashMax bounds the names squash compares; longer ones are no names.
const squashMax = 64

// squash lower-cases s and drops everything but letters and digits, to
// compare names: "Le Monde" and "LEMONDE.fr" share "lemonde".
func squash(s string) string {
	var buf [squashMax]byte
	return string(squashTo(&buf, s))
}

// squashTo writes squash(s) into buf, without allocating; a name too long
// gives an empty result.
func squashTo(buf *[squashMax]byte, s string) []byte {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC3 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9E:
			if n+2 > len(buf) {
				return nil
			}
			buf[n], buf[n+1] = c, s[i+1]+0x20
			n += 2
			i++
			continue
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9', c >= 0x80:
		default:
			continue
		}
		if n == len(buf) {
			return nil
		}
		buf[n] = c
		n++
	}
	return buf[:n]
}

// hostOf returns the lower-case host of a URL without "www.", or "".
func hostOf(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	h := strings.ToLower(u.Hostname())
	return strings.TrimPrefix(h, "www.")
}

// outletOfHost names the outlet of a host from the table of well-known
// sites (subdomains included), else returns the host itself.
func outletOfHost(host string) string {
	for h := host; h != ""; {
		if name, ok := outlets[h]; ok {
			return name
		}
		i := strings.IndexByte(h, '.')
		if i < 0 {
			break
		}
		h = h[i+1:]
	}
	return host
}
