package lang

import (
	"github.com/recoupe/recoupe/internal/cputime"

	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/recoupe/recoupe/shareddata"
)

// Paragraphs written for these tests, in the style of news copy.
var paragraphs = []struct {
	want, text string
}{
	{"fr", "Le gouvernement a annoncé mardi qu'il reporterait d'un an l'entrée en vigueur de la réforme, après plusieurs semaines de contestation dans les hôpitaux et les écoles."},
	{"fr", "« Nous ne céderons pas », a déclaré le ministre devant les députés, tandis que les syndicats appelaient à une nouvelle journée de grève jeudi à Paris et en province."},
	{"fr", "L'incendie, qui s'est déclaré vers 3 heures du matin dans un entrepôt de la zone industrielle, n'a fait aucune victime, selon les pompiers du département."},
	{"en", "The government said on Tuesday it would delay the reform by a year, after weeks of protests in hospitals and schools across the country."},
	{"en", "\"We will not back down,\" the minister told lawmakers, while unions called for another day of strikes on Thursday in the capital and in several other cities."},
	{"en", "The fire, which broke out at around 3 a.m. in a warehouse of the industrial zone, caused no casualties, according to the local fire brigade."},
	{"de", "Die Regierung kündigte am Dienstag an, die Reform um ein Jahr zu verschieben, nachdem es wochenlang Proteste in Krankenhäusern und Schulen gegeben hatte."},
	{"de", "„Wir werden nicht nachgeben“, sagte der Minister vor den Abgeordneten, während die Gewerkschaften für Donnerstag zu einem weiteren Streiktag aufriefen."},
	{"de", "Das Feuer brach gegen drei Uhr morgens in einer Lagerhalle im Industriegebiet aus und forderte nach Angaben der Feuerwehr keine Opfer."},
	{"es", "El Gobierno anunció el martes que aplazará un año la entrada en vigor de la reforma, tras varias semanas de protestas en hospitales y escuelas de todo el país."},
	{"es", "«No vamos a ceder», declaró el ministro ante los diputados, mientras los sindicatos convocaban una nueva jornada de huelga para el jueves en la capital."},
	{"es", "El incendio, que se declaró hacia las tres de la madrugada en una nave del polígono industrial, no causó víctimas, según los bomberos de la provincia."},
	{"it", "Il governo ha annunciato martedì che rinvierà di un anno l'entrata in vigore della riforma, dopo diverse settimane di proteste negli ospedali e nelle scuole."},
	{"it", "«Non cederemo», ha dichiarato il ministro davanti ai deputati, mentre i sindacati hanno indetto una nuova giornata di sciopero per giovedì nella capitale."},
	{"it", "L'incendio, scoppiato verso le tre del mattino in un capannone della zona industriale, non ha causato vittime, secondo i vigili del fuoco della provincia."},
	{"pt", "O governo anunciou na terça-feira que vai adiar por um ano a entrada em vigor da reforma, depois de várias semanas de protestos nos hospitais e nas escolas."},
	{"pt", "“Não vamos ceder”, declarou o ministro perante os deputados, enquanto os sindicatos convocaram um novo dia de greve para quinta-feira na capital do país."},
	{"pt", "O incêndio, que começou por volta das três da manhã num armazém da zona industrial, não causou vítimas, segundo os bombeiros que estiveram no local."},
	{"nl", "De regering heeft dinsdag aangekondigd dat de hervorming een jaar wordt uitgesteld, na weken van protesten in ziekenhuizen en scholen in het hele land."},
	{"nl", "‘Wij geven niet toe’, zei de minister tegen de Kamerleden, terwijl de vakbonden voor donderdag opriepen tot een nieuwe stakingsdag in de hoofdstad."},
	{"nl", "De brand, die rond drie uur 's nachts uitbrak in een loods op het industrieterrein, heeft volgens de brandweer geen slachtoffers geëist."},
}

func TestDetectParagraphs(t *testing.T) {
	for _, p := range paragraphs {
		got, conf := Detect(p.text)
		if got != p.want {
			t.Errorf("Detect(%.40q...) = %q (%.2f), want %q", p.text, got, conf, p.want)
		}
		if conf <= 0 || conf > 1 {
			t.Errorf("Detect(%.40q...) confidence %.2f out of (0,1]", p.text, conf)
		}
	}
}

func TestDetectNoEvidence(t *testing.T) {
	for _, text := range []string{
		"",
		"   \n\t ",
		"Paris",
		"12/03/2019 14:05",
		"© AFP",
		// Unsupported languages and scripts.
		"Правительство во вторник объявило о переносе реформы на год после нескольких недель протестов в больницах и школах.",
		"政府は火曜日、病院や学校での数週間にわたる抗議を受けて、改革を1年延期すると発表した。",
		"Pemerintah mengumumkan pada hari Selasa bahwa reformasi akan ditunda selama satu tahun setelah berminggu-minggu protes di rumah sakit dan sekolah.",
	} {
		if got, conf := Detect(text); got != "" || conf != 0 {
			t.Errorf("Detect(%q) = %q (%.2f), want \"\"", text, got, conf)
		}
	}
}

// TestDetectApostrophes checks that one-letter words are read in context:
// English possessives and initials are no French elisions.
func TestDetectApostrophes(t *testing.T) {
	for _, p := range []struct{ want, text string }{
		{"en", "Rep. J. D. Smith (D-N.Y.) shortly after the arrest linked the incident to Fox News host's comments on Omar's hijab."},
		{"fr", "L'homme s'est rendu à la police d'Angers, qu'il n'avait jamais quittée."},
	} {
		if got, conf := Detect(p.text); got != p.want {
			t.Errorf("Detect(%q) = %q (%.2f), want %q", p.text, got, conf, p.want)
		}
	}
}

func TestDetectReadsOnlyTheStart(t *testing.T) {
	fr := strings.Repeat(paragraphs[0].text+" ", 200)
	en := strings.Repeat(paragraphs[3].text+" ", 200)
	if got, _ := Detect(fr + en); got != "fr" {
		t.Errorf("French then English: %q, want fr (the start decides)", got)
	}
}

// TestDetectRPM2 runs Detect on the RPM2 corpus, all French news.
func TestDetectRPM2(t *testing.T) {
	dir, err := shareddata.Path("rpm2")
	if err != nil {
		t.Skipf("shared data: %v", err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "documents", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no RPM2 documents in %s", dir)
	}
	docs, docOK, paras, paraOK := 0, 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs++
		if got, _ := Detect(string(b)); got == "fr" {
			docOK++
		} else {
			t.Errorf("%s: %q, want fr", filepath.Base(f), got)
		}
		for _, p := range strings.Split(string(b), "\n") {
			if len(strings.Fields(p)) < 20 {
				continue
			}
			paras++
			if got, _ := Detect(p); got == "fr" {
				paraOK++
			} else {
				t.Logf("paragraph %q -> %q", p, got)
			}
		}
	}
	rate := float64(paraOK) / float64(paras)
	t.Logf("RPM2: documents %d/%d fr; paragraphs of 20+ words %d/%d fr (%.2f%%)", docOK, docs, paraOK, paras, 100*rate)
	if rate < 0.99 {
		t.Errorf("paragraph accuracy %.2f%% < 99%%", 100*rate)
	}
}

// TestDetectExtractionBenchmark reports the languages of the extraction
// benchmark's ground-truth bodies (mostly English web pages) and checks
// that the English ones' paragraphs agree with their page.
func TestDetectExtractionBenchmark(t *testing.T) {
	dir, err := shareddata.Path("extraction-benchmark")
	if err != nil {
		t.Skipf("shared data: %v", err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skipf("ground truth: %v", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(b, &gt); err != nil {
		t.Fatalf("decoding ground truth: %v", err)
	}
	keys := make([]string, 0, len(gt))
	for k := range gt {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	dist := map[string]int{}
	paras, agree, abstain := 0, 0, 0
	for _, k := range keys {
		page := gt[k]
		code, conf := Detect(page.ArticleBody)
		dist[code]++
		if code != "en" {
			t.Logf("%-3q %.2f %s: %.70q", code, conf, page.URL, page.ArticleBody)
		}
		if code != "en" {
			continue
		}
		for _, p := range strings.Split(page.ArticleBody, "\n") {
			if len(strings.Fields(p)) < 20 {
				continue
			}
			paras++
			switch got, _ := Detect(p); got {
			case "en":
				agree++
			case "":
				abstain++
				t.Logf("paragraph of an English page -> no answer: %.90q", p)
			default:
				t.Errorf("paragraph of an English page -> %q: %.90q", got, p)
			}
		}
	}
	wrong := paras - agree - abstain
	t.Logf("extraction benchmark: %d pages, languages %v; English pages' paragraphs of 20+ words: %d/%d en (%.2f%%), %d no answer, %d other language",
		len(keys), dist, agree, paras, 100*float64(agree)/float64(paras), abstain, wrong)
	if dist["en"] < len(keys)*3/4 {
		t.Errorf("only %d of %d pages detected as English", dist["en"], len(keys))
	}
	// Abstaining is allowed on non-prose (recipes, score tables), but
	// rarely.
	if float64(abstain) > 0.02*float64(paras) {
		t.Errorf("no answer for %d of %d paragraphs (> 2%%)", abstain, paras)
	}
}

func FuzzDetect(f *testing.F) {
	for _, p := range paragraphs {
		f.Add(p.text)
	}
	f.Add("l'a d'où qu’il À É Ÿ ß œ ŒUVRE \xc3 \xc3\x28 \xff")
	f.Fuzz(func(t *testing.T, text string) {
		code, conf := Detect(text)
		if code == "" && conf != 0 || conf < 0 || conf > 1 {
			t.Fatalf("Detect(%q) = %q, %v", text, code, conf)
		}
		if code != "" && !utf8.ValidString(code) {
			t.Fatalf("bad code %q", code)
		}
	})
}

func BenchmarkDetect3KB(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 3000; i++ {
		sb.WriteString(paragraphs[i%3].text)
		sb.WriteString("\n\n")
	}
	text := sb.String()[:3000]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cputime.Now()
	for b.Loop() {
		Detect(text)
	}
	cputime.Report(b, start)
}
