package quantity

import "testing"

func TestMeasureFromContextFrench(t *testing.T) {
	checkMeasures(t, "fr", []measureCase{
		// the subject of a value verb
		{"Le nombre de cas de dengue a atteint 3 400 samedi.", "3 400", "cas", ""},
		{"Le nombre de réfugiés est passé à 12 000 en une semaine.", "12 000", "réfugiés", ""},
		{"Le nombre de personnes hospitalisées s'élève désormais à 57.", "57", "hospitalisés", ""},
		{"Le taux de chômage s'est établi à 7,4 % au troisième trimestre.", "7,4 %", "chômage", "percent"},
		{"La facture des réparations est estimée à 12 millions d'euros.", "12 millions d'euros", "coût", "money"},
		{"Son coût, évalué à 40 millions d'euros, sera partagé.", "40 millions d'euros", "coût", "money"},
		{"La dette de la ville s'élève à 800 millions d'euros.", "800 millions d'euros", "dette", "money"},
		{"Le montant de l'amende serait de 2 millions d'euros.", "2 millions d'euros", "amende", "money"},
		// an estimate verb and its object
		{"Les experts évaluent le coût des dommages dans la région à 90 millions d'euros.", "90 millions d'euros", "coût", "money"},
		// "le nombre de X" after the figure
		{"Kiev estime à 3 000 le nombre de soldats engagés.", "3 000", "soldats", ""},
		// the noun before "de", not its adjective
		{"Paris a débloqué une aide exceptionnelle de 5 millions d'euros.", "5 millions d'euros", "aide", "money"},
		{"L'enveloppe régionale de 3 millions d'euros est épuisée.", "3 millions d'euros", "aide", "money"},
		// the verb an amount is the object of, else a bare amount
		{"Chaque jour d'arrêt coûte près de 2 millions d'euros à l'entreprise.", "2 millions d'euros", "coût", "money"},
		{"Il a reçu 3 000 euros.", "3 000 euros", "montant", "money"},
		// percentages of people
		{"Selon le rectorat, 28 % des professeurs étaient en grève mardi.", "28 %", "grévistes", "percent"},
		{"Le syndicat revendique 55 % de grévistes.", "55 %", "grévistes", "percent"},
		{"Environ 40 % des agents hospitaliers ont cessé le travail.", "40 %", "grévistes", "percent"},
		{"Le taux de grévistes atteint 21 % selon la direction, 48 % selon FO.", "48 %", "grévistes", "percent"},
		// strikers, jobs, police
		{"Quelque 2 000 salariés en grève ont défilé.", "2 000", "grévistes", ""},
		{"Le plan prévoit 640 suppressions de postes.", "640", "emplois", ""},
		{"L'usine va supprimer 300 emplois.", "300", "emplois", ""},
		{"Le préfet a mobilisé 800 agents anti-émeutes.", "800", "policiers", ""},
		// refugees abroad, displaced at home
		{"Plus de 8 000 personnes ont fui vers le Tchad voisin.", "8 000", "réfugiés", ""},
		{"Quelque 5 000 habitants ont trouvé refuge en Ouganda.", "5 000", "réfugiés", ""},
		{"Plus de 8 000 personnes ont dû fuir leurs villages.", "8 000", "déplacés", ""},
		// a figure rejected after "et non" counts what the figure before counts
		{"Six personnes sont mortes, et non huit comme annoncé d'abord.", "huit", "morts", ""},
		// a total, a threshold and a weekday are not what a count counts
		{"La liste a obtenu 23 des 69 sièges.", "23", "siège", ""},
		{"La liste a obtenu 23 des 69 sièges.", "69", "", "number"},
		{"Il faut atteindre la barre de 35 sièges.", "35", "barre", ""},
		{"Le bilan est monté à 19 jeudi.", "19", "morts", ""},
	})
}

func TestMeasureFromContextEnglish(t *testing.T) {
	checkMeasures(t, "en", []measureCase{
		{"The death toll rose to 64 on Friday.", "64", "morts", ""},
		{"The number of people injured climbed to 210, officials said.", "210", "blessés", ""},
		{"A blast killed three miners and injured 14 others.", "14", "blessés", ""},
		{"Two workers were reported killed.", "Two", "morts", ""},
		{"Some 900 residents living near the dam were ordered to evacuate.", "900", "évacués", ""},
		{"More than 2,000 families have been forced from their homes.", "2,000", "évacués", ""},
		{"Rescuers are still searching as 11 remain missing.", "11", "disparus", ""},
		{"The repairs will cost about $40 million.", "$40 million", "coût", "money"},
	})
}
