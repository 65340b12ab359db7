package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/recoupe/recoupe/article"
	"github.com/recoupe/recoupe/internal/cputime"
)

// frenchArticle is about 3 KB of French news text (invented for the test).
var frenchArticle = func() string {
	paras := []string{
		"Réforme des retraites : le gouvernement présente son projet de loi",
		"PARIS, 10 janvier (Reuters) - La Première ministre a présenté mardi le projet de réforme des retraites, qui prévoit de reporter l’âge légal de départ de 62 à 64 ans d’ici à 2030, une mesure contestée par l’ensemble des syndicats.",
		"« Nous avons fait le choix du dialogue et de la responsabilité », a déclaré la cheffe du gouvernement lors d’une conférence de presse à Matignon, ajoutant que le texte serait présenté en Conseil des ministres le 23 janvier.",
		"Les organisations syndicales, réunies en intersyndicale, ont annoncé une première journée de grève et de manifestations le 19 janvier. Selon elles, près de deux Français sur trois sont opposés au recul de l’âge de départ.",
		"Le projet prévoit également une accélération de l’allongement de la durée de cotisation, qui passera à 43 ans dès 2027, ainsi qu’une revalorisation de la pension minimale à environ 1 200 euros bruts par mois pour une carrière complète.",
		"Le ministre du Travail a estimé que la réforme permettrait de dégager 17,7 milliards d’euros d’économies par an à l’horizon 2030 et d’équilibrer le système. L’opposition de gauche a dénoncé « une réforme injuste et brutale ».",
		"Au Parlement, où le gouvernement ne dispose que d’une majorité relative, l’exécutif devra trouver des appuis chez Les Républicains, dont plusieurs responsables ont posé leurs conditions, notamment sur les carrières longues.",
		"Les régimes spéciaux, dont ceux de la RATP et des industries électriques et gazières, seront fermés pour les nouveaux embauchés à partir de septembre 2023, a précisé le gouvernement.",
		"Dans plusieurs villes, dont Marseille, Lyon et Toulouse, des rassemblements spontanés ont eu lieu dès mardi soir devant les préfectures. À Paris, quelques centaines de personnes se sont réunies place de la République à l’appel de collectifs étudiants.",
		"Selon un sondage publié mercredi, 68 % des personnes interrogées jugent la réforme « injuste », contre 61 % une semaine plus tôt. Le chef de l’État, en déplacement à Bruxelles, n’a pas souhaité commenter ces chiffres.",
		"Les économistes restent partagés sur l’effet de la mesure sur l’emploi des seniors, qui reste en France inférieur à la moyenne européenne : 56 % des 55-64 ans occupent un emploi, contre 60,5 % dans l’Union.",
		"Le Conseil d’orientation des retraites (COR) avait estimé en septembre que le système resterait déficitaire pendant au moins vingt-cinq ans dans la plupart de ses scénarios, sans pour autant parler de dérive incontrôlée des dépenses.",
		"(Reportage de Jean Dupont, avec Marie Martin ; édité par Pierre Durand)",
	}
	return strings.Join(paras, "\n\n") + "\n"
}()

func BenchmarkReadText(b *testing.B) {
	data := []byte(frenchArticle)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start := cputime.Now()
	for b.Loop() {
		docs, err := Bytes("a.txt", data, Options{})
		if err != nil || len(docs) != 1 {
			b.Fatal(err)
		}
	}
	cputime.Report(b, start)
}

// BenchmarkReadTextFile includes opening, reading and closing the file.
func BenchmarkReadTextFile(b *testing.B) {
	p := filepath.Join(b.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte(frenchArticle), 0o644); err != nil {
		b.Fatal(err)
	}
	paths := []string{p}
	n := 0
	emit := func(*article.Doc) { n++ }
	b.SetBytes(int64(len(frenchArticle)))
	b.ReportAllocs()
	start := cputime.Now()
	for b.Loop() {
		if errs := Paths(paths, nil, Options{}, emit); len(errs) > 0 {
			b.Fatal(errs[0])
		}
	}
	cputime.Report(b, start)
}
