package quote

import (
	"strings"
	"testing"

	"github.com/recoupe/recoupe/internal/cputime"
)

// benchArticle is a made-up news article of about 3 KB with the usual
// kinds of quotes.
var benchArticle = strings.Join([]string{
	"Réforme des retraites : le gouvernement maintient le cap malgré la grogne",
	"Le Premier ministre Jean Castex a défendu mardi devant l'Assemblée nationale une réforme « juste et nécessaire », au lendemain d'une nouvelle journée de mobilisation.",
	"« Nous ne reculerons pas sur l'essentiel. Le système doit être financé », a déclaré le chef du gouvernement, sous les huées d'une partie de l'opposition.",
	"Selon la secrétaire générale de la CGT, Sophie Binet, « le gouvernement joue avec le feu ». Elle a appelé à « amplifier le mouvement » dès la semaine prochaine.",
	"« Les Français ont compris que cette réforme est injuste », a estimé le député Éric Coquerel. « Ils seront encore plus nombreux jeudi », a-t-il ajouté.",
	"Le ministre du Travail, Olivier Dussopt, s'est montré plus prudent. Interrogé par France Info, il a reconnu que « des ajustements restent possibles » sur les carrières longues.",
	"« Nous sommes ouverts au dialogue, mais pas à n'importe quel prix »",
	"Élisabeth Borne",
	"Du côté du patronat, le président du Medef, Geoffroy Roux de Bézieux, a salué « un texte courageux ». « Il faut aller au bout », a-t-il insisté.",
	"Dans les cortèges, le ton était tout autre. « On travaille déjà trop longtemps, nos corps sont usés », témoigne une aide-soignante de 58 ans venue de Rouen.",
	"Pour Laurent Berger, « la colère est profonde et durable ». Le responsable syndical a ajouté : « Le gouvernement devrait écouter la rue plutôt que de la mépriser. »",
	"La Première ministre Élisabeth Borne, en déplacement à Lyon, a répété que le texte serait voté. « Nous sommes ouverts au dialogue, mais pas à n'importe quel prix », a-t-elle affirmé.",
	"« Je le dis clairement :",
	"« Il n'y aura pas de retrait.",
	"« Le pays a besoin de cette réforme », a conclu la cheffe du gouvernement.",
	"Le vote est prévu le 16 mars au Sénat, où la droite, majoritaire, a déjà annoncé qu'elle soutiendrait le texte « dans ses grandes lignes ».",
}, "\n\n")

// BenchmarkFind reports, besides the wall time, cpu-ns/op: the process's
// CPU time per call, which other work on a shared machine does not
// inflate (the benchmark runs on one goroutine).
func BenchmarkFind(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	c0 := cputime.Now()
	for b.Loop() {
		Find(benchArticle, "fr", nil)
	}
	cputime.Report(b, c0)
}

func BenchmarkFindMentions(b *testing.B) {
	var ms []Mention
	for _, name := range []string{"Jean Castex", "Sophie Binet", "Éric Coquerel", "Olivier Dussopt", "Geoffroy Roux de Bézieux", "Laurent Berger", "Élisabeth Borne"} {
		ms = append(ms, mention(benchArticle, name, "person", "", ""))
	}
	b.SetBytes(int64(len(benchArticle)))
	c0 := cputime.Now()
	for b.Loop() {
		Find(benchArticle, "fr", ms)
	}
	cputime.Report(b, c0)
}

func TestBenchArticle(t *testing.T) {
	got := Find(benchArticle, "fr", nil)
	for _, q := range got {
		t.Logf("%-70.70q <- %s", q.Text, q.Speaker)
	}
	if len(got) < 12 {
		t.Errorf("found %d quotes in the bench article", len(got))
	}
}
