package htmlbody

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// body is filler prose long enough for the extractor to take a page for
// an article.
var body = []string{
	"The city council voted on Tuesday to approve the new transport plan, which will add three bus lines and extend the tramway to the northern districts by 2026.",
	"The plan, debated for more than two years, was adopted by 31 votes to 12, with the opposition arguing that its cost of 240 million euros had been underestimated.",
	"Residents of the northern districts, who have long complained of being cut off from the centre, welcomed the decision at a public meeting on Wednesday evening.",
	"Work on the first section of the tramway is due to start next spring, the council said in a statement, and the new bus lines should open in September.",
}

func paras(ps ...string) string {
	var sb strings.Builder
	for _, p := range ps {
		sb.WriteString("<p>" + p + "</p>\n")
	}
	return sb.String()
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		html string
		url  string
		want Page
		// absent are texts that must not be in any paragraph.
		absent []string
	}{
		{
			name: "metadata and headline",
			html: `<html lang="en-GB"><head><title>Council backs transport plan | The Daily Example</title>
<meta property="og:title" content="Council backs transport plan">
<meta property="og:site_name" content="The Daily Example">
<meta property="article:published_time" content="2019-11-19T10:00:00Z">
<meta name="author" content="Jane Doe">
<link rel="canonical" href="/news/transport-plan">
</head><body><nav><a href="/">Home</a><a href="/news">News</a></nav>
<article><h1>Council backs transport plan</h1>` + paras(body...) + `</article></body></html>`,
			url: "https://example.com/news/transport-plan?utm=x",
			want: Page{
				Title: "Council backs transport plan", Outlet: "The Daily Example",
				Authors: []string{"Jane Doe"}, Published: "2019-11-19T10:00:00Z",
				Lang: "en-GB", URL: "https://example.com/news/transport-plan",
				Paragraphs: body,
			},
		},
		{
			name: "json-ld, headings and list items as paragraphs",
			html: `<html lang="fr"><head><title>Le plan adopté - Exemple</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Exemple"},
 {"@type":"NewsArticle","headline":"Le plan adopté","datePublished":"2019-11-20T08:00:00+01:00",
  "author":[{"@type":"Person","name":"Marie Curie"},{"@type":"Person","name":"Paul Durand"}],
  "publisher":{"@type":"Organization","name":"Exemple Matin"}}]}</script>
</head><body><article><h1>Le plan adopté</h1>` + paras(body[:2]...) +
				`<h2>What comes next</h2><ul><li>Three new bus lines will open in September next year.</li><li>The tramway will reach the northern districts by 2026.</li></ul>` +
				paras(body[2:]...) + `</article></body></html>`,
			want: Page{
				Title: "Le plan adopté", Outlet: "Exemple Matin",
				Authors: []string{"Marie Curie", "Paul Durand"}, Published: "2019-11-20T08:00:00+01:00",
				Lang: "fr",
				Paragraphs: []string{body[0], body[1], "What comes next",
					"Three new bus lines will open in September next year.",
					"The tramway will reach the northern districts by 2026.", body[2], body[3]},
			},
		},
		{
			name: "furniture dropped",
			html: `<html><head><title>Council backs transport plan - Example News</title></head><body><article>
<h1>Council backs transport plan</h1><p>By Jane Doe</p><p>Updated: Tue., Nov. 19, 2019 10:43 a.m.</p>` +
				paras(body[0], body[1]) + `<p>Advertisement</p>` + paras(body[2], body[3]) +
				`<p>Sign up for our daily newsletter to get the top headlines in your inbox.</p>
<p>Copyright 2019 Example News. All rights reserved.</p></article></body></html>`,
			want: Page{
				Title: "Council backs transport plan", Paragraphs: body,
			},
			absent: []string{"Advertisement", "newsletter", "Copyright", "By Jane Doe", "Updated"},
		},
		{
			name: "article split by an advertisement",
			html: `<html><head><title>Council backs transport plan</title></head><body>
<div class="grid"><div class="story-body">` + paras(body[0], body[1]) + `</div></div>
<div class="ad-row"><div class="ad">Advertisement</div></div>
<div class="grid"><div class="story-body">` + paras(body[2], body[3]) + `</div></div>
<div class="related"><h3><a href="/x">Another story about buses</a></h3></div>
</body></html>`,
			want:   Page{Title: "Council backs transport plan", Paragraphs: body},
			absent: []string{"Another story"},
		},
		{
			name: "inline elements keep word boundaries",
			html: `<html><body><article>` + paras(body...) +
				`<p>The mayor, <a href="/m">Anne Martin</a>, said the vote was <em>historic</em>, and <span>T</span>he deputy agreed with her at length on Wednesday.</p></article></body></html>`,
			want: Page{Paragraphs: append(append([]string{}, body...),
				"The mayor, Anne Martin, said the vote was historic, and The deputy agreed with her at length on Wednesday.")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Extract(strings.NewReader(tt.html), tt.url)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			check := func(field string, got, want any) {
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s = %#v, want %#v", field, got, want)
				}
			}
			check("Title", got.Title, tt.want.Title)
			if tt.want.Outlet != "" {
				check("Outlet", got.Outlet, tt.want.Outlet)
			}
			if tt.want.Authors != nil {
				check("Authors", got.Authors, tt.want.Authors)
			}
			check("Published", got.Published, tt.want.Published)
			check("Lang", got.Lang, tt.want.Lang)
			check("URL", got.URL, tt.want.URL)
			check("Paragraphs", got.Paragraphs, tt.want.Paragraphs)
			for _, a := range tt.absent {
				for _, p := range got.Paragraphs {
					if strings.Contains(p, a) {
						t.Errorf("paragraph %q holds %q", p, a)
					}
				}
			}
		})
	}
}

func TestExtractDropped(t *testing.T) {
	html := `<html><head><title>Council backs transport plan</title></head><body><article>
<h1>Council backs transport plan</h1>` + paras(body...) + `<p>Follow us on Twitter and Facebook.</p></article></body></html>`
	got, err := Extract(strings.NewReader(html), "")
	if err != nil {
		t.Fatal(err)
	}
	reasons := map[string]string{}
	for _, d := range got.Dropped {
		reasons[d.Text] = d.Reason
		if d.Line != -1 {
			t.Errorf("dropped %q has Line %d, want -1", d.Text, d.Line)
		}
	}
	want := map[string]string{
		"Council backs transport plan":       "headline",
		"Follow us on Twitter and Facebook.": "share",
	}
	for text, reason := range want {
		if reasons[text] != reason {
			t.Errorf("dropped %q: reason %q, want %q (all: %v)", text, reasons[text], reason, reasons)
		}
	}
}

func TestExtractNoText(t *testing.T) {
	for _, in := range []string{
		"",
		"   \n",
		"<html><head><title>Nothing</title></head><body></body></html>",
		"<html><body><script>var x = 1;</script><style>p{}</style></body></html>",
	} {
		_, err := Extract(strings.NewReader(in), "")
		if !errors.Is(err, ErrNoText) {
			t.Errorf("Extract(%q) error = %v, want ErrNoText", in, err)
		}
	}
}

func TestExtractLatin1(t *testing.T) {
	text := "L'été dernier, la municipalité a annoncé un vaste programme de rénovation des écoles, qui doit durer cinq ans et coûter près de 80 millions d'euros."
	src := `<html><head><meta charset="iso-8859-1"><title>Écoles</title></head><body><article>` +
		strings.Repeat("<p>"+text+"</p>", 3) + "</article></body></html>"
	var page []byte
	for _, r := range src {
		page = append(page, byte(r)) // Latin-1: one byte per rune below 256
	}
	got, err := Extract(strings.NewReader(string(page)), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Paragraphs) == 0 || got.Paragraphs[0] != text {
		t.Errorf("Paragraphs = %q, want %q first", got.Paragraphs, text)
	}
	if got.Title != "Écoles" {
		t.Errorf("Title = %q, want %q", got.Title, "Écoles")
	}
}

func TestFurniture(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"Advertisement", "advert"},
		{"Publicité", "advert"},
		{"Story continues below advertisement", "advert"},
		{"Read more: Alibaba poised to launch record-breaking listing", "read-more"},
		{"Related: The 15 Weirdest Galaxies in Our Universe", "read-more"},
		{"Lire aussi : la réforme des retraites adoptée", "read-more"},
		{"You may also like...", "read-more"},
		{"Like this story? Share it with a friend!", "share"},
		{"Follow her on Twitter @AmyKup or on Facebook.", "share"},
		{"Suivez-nous sur Facebook", "share"},
		{"Sign up for our Email Newsletters here.", "subscription"},
		{"Abonnez-vous à notre newsletter", "subscription"},
		{"Copyright ©2019 Dow Jones & Company, Inc. All Rights Reserved.", "copyright"},
		{"© 2019 Associated Press. All Rights Reserved.", "copyright"},
		{"(Reporting by Greg Roumeliotis; editing by Martin Howell.)", "editorial"},
		{"Keith Bradsher contributed reporting from Hong Kong.", "editorial"},
		{"Photo: Getty Images", "caption"},
		{"The protests kicked off in June (Image: GETTY)", "caption"},
		{"Temps de lecture : 3 minutes", "stamp"},
		// Article sentences.
		{"Netflix said its subscription price would rise by a dollar next month.", ""},
		{"Morrison testified that he didn't always follow through on suggestions from Sondland.", ""},
		{"See it now: the new model is on sale in all stores.", ""},
		{"More than 100 people were evacuated from the building on Monday.", ""},
		{"The council will share the cost with the region, the mayor said.", ""},
	}
	for _, tt := range tests {
		if got := furniture(tt.text); got != tt.want {
			t.Errorf("furniture(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestIsStamp(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"October 12, 2017", true},
		{"UPDATED: Tue., Nov. 19, 2019", true},
		{"First Published: Tuesday, November 19, 2019 08:38 AM", true},
		{"5:45 AM PST 11/19/2019 by Patrick Shanley", true},
		{"sexta-feira, 22 de outubro de 2010 às 20:13", true},
		{"Publié le 19 novembre 2019 à 10h43", true},
		{"Rockledge 14 11 6 15 — 44", false},
		{"The vote took place on November 19, 2019 in the city hall.", false},
		{"Chapter 12", false},
	}
	for _, tt := range tests {
		if got := isStamp(tt.text); got != tt.want {
			t.Errorf("isStamp(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestIsByline(t *testing.T) {
	authors := []string{"Patrick Shanley"}
	tests := []struct {
		text string
		want bool
	}{
		{"By Jane Doe", true},
		{"Par Jean-Pierre Dupont", true},
		{"Staff Reports", true},
		{"Patrick Shanley", true},
		{"patrick.shanley@example.com @pshanley88", true},
		{"By the river, the crowd waited for the results.", false},
		{"Thanks Junior!", false},
	}
	for _, tt := range tests {
		if got := isByline(tt.text, authors); got != tt.want {
			t.Errorf("isByline(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestStripSiteName(t *testing.T) {
	tests := []struct {
		title, outlet string
		h1            []string
		want          string
	}{
		{"Council backs plan | The Daily Example", "The Daily Example", nil, "Council backs plan"},
		{"Council backs plan - lemonde.fr", "", nil, "Council backs plan"},
		{"Example News: Council backs plan", "Example News", nil, "Example News: Council backs plan"},
		{"Opinion | Republicans Are Following Trump to Nowhere", "NYTimes", []string{"Republicans Are Following Trump to Nowhere"}, "Republicans Are Following Trump to Nowhere"},
		{"Le Monde | Le gouvernement présente son plan", "Le Monde", nil, "Le gouvernement présente son plan"},
		{"Rock - Paper - Scissors wins award", "", nil, "Rock - Paper - Scissors wins award"},
	}
	for _, tt := range tests {
		if got := stripSiteName(tt.title, tt.outlet, tt.h1); got != tt.want {
			t.Errorf("stripSiteName(%q, %q) = %q, want %q", tt.title, tt.outlet, got, tt.want)
		}
	}
}

func TestCleanAuthors(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
	}{
		{[]string{"By TOM KRISHER, AP Auto Writer"}, []string{"TOM KRISHER"}},
		{[]string{"Bryan DeArdo @BryanDeArdo Nov 18", "2019 at 9:24 pm ET"}, []string{"Bryan DeArdo"}},
		{[]string{"Marie Curie and Paul Durand", "marie curie"}, []string{"Marie Curie", "Paul Durand"}},
		{[]string{"https://example.com/author/x"}, nil},
	}
	for _, tt := range tests {
		if got := cleanAuthors(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("cleanAuthors(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBoilerClass(t *testing.T) {
	tests := []struct{ v, want string }{
		{"related-articles", "related"},
		{"article__read-more", "read-more"},
		{"social-share-bar", "share"},
		{"ad ad--mid-content", "advert"},
		{"article-body body__container", ""},
		{"shared-content loaded", ""},
		{"header", ""},
	}
	for _, tt := range tests {
		if got := boilerClass(tt.v); got != tt.want {
			t.Errorf("boilerClass(%q) = %q, want %q", tt.v, got, tt.want)
		}
	}
}
