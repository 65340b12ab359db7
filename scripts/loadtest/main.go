// Command loadtest sends HTTP GET requests at a fixed rate to a list of
// URLs, for a fixed time, and reports the latency percentiles, the status
// codes and the errors. The rate is held whatever the answers' speed (an
// open loop): a latency is counted from the moment a request was due, so a
// stalled server shows in the figures instead of slowing the test down.
//
// Against a running server (recoupe serve), URLs on the command line or
// one a line in a file:
//
//	go run ./scripts/loadtest -rate 300 -d 30s http://127.0.0.1:8080/ http://127.0.0.1:8080/stories/ID
//	go run ./scripts/loadtest -rate 300 -d 30s -urls urls.txt
//
// A synthetic report for `recoupe serve --report` (the server in its own
// process, as in production):
//
//	go run ./scripts/loadtest -selftest 100000 -write-report /tmp/synth.json
//
// Or against an in-process server over a synthetic report (-selftest N
// articles), its story list and its newest story pages, with stories being
// updated while it runs (-churn) as they are during ingestion:
//
//	go run ./scripts/loadtest -selftest 100000 -rate 300 -d 20s
//
// With -max-p99, the exit status is 1 when the 99th percentile is above it
// or when any request failed.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"runtime/pprof"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/recoupe/recoupe/report"
	"github.com/recoupe/recoupe/server"
	"github.com/recoupe/recoupe/store"
)

func main() {
	var cfg config
	flag.Float64Var(&cfg.rate, "rate", 300, "requests per second")
	flag.DurationVar(&cfg.duration, "d", 20*time.Second, "how long to send requests")
	flag.DurationVar(&cfg.timeout, "timeout", 5*time.Second, "timeout of one request")
	flag.IntVar(&cfg.maxInflight, "max-inflight", 512, "requests in flight at most; a request due beyond it is counted as dropped")
	flag.StringVar(&cfg.urlFile, "urls", "", "file of URLs, one a line (# comments)")
	flag.IntVar(&cfg.selftest, "selftest", 0, "serve a synthetic report of this many articles in-process and load it")
	flag.IntVar(&cfg.perStory, "per-story", 10, "articles per story of the synthetic report")
	flag.IntVar(&cfg.storyPages, "story-pages", 20, "with -selftest: how many of the newest story pages to ask for")
	flag.DurationVar(&cfg.churn, "churn", 100*time.Millisecond, "with -selftest: mark one of the asked stories updated this often (0: never)")
	flag.DurationVar(&cfg.maxP99, "max-p99", 0, "exit with status 1 when the 99th percentile is above this, or on any error")
	writeReport := flag.String("write-report", "", "write the synthetic report of -selftest N articles to this JSON file (for recoupe serve --report) and exit")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the whole process (with -selftest, the server's too) to this file")
	flag.Parse()
	cfg.urls = flag.Args()
	if *writeReport != "" {
		if err := writeSynth(*writeReport, cfg.selftest, max(cfg.perStory, 1)); err != nil {
			log.Fatal("loadtest: ", err)
		}
		return
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(cfg); err != nil {
		pprof.StopCPUProfile()
		log.SetFlags(0)
		log.Fatal("loadtest: ", err)
	}
}

type config struct {
	rate               float64
	duration, timeout  time.Duration
	maxInflight        int
	urlFile            string
	urls               []string
	selftest, perStory int
	storyPages         int
	churn, maxP99      time.Duration
}

func run(cfg config) error {
	if cfg.rate <= 0 || cfg.duration <= 0 || cfg.maxInflight < 1 {
		return errors.New("-rate, -d and -max-inflight must be positive")
	}
	if cfg.urlFile != "" {
		more, err := readURLs(cfg.urlFile)
		if err != nil {
			return err
		}
		cfg.urls = append(cfg.urls, more...)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if cfg.selftest > 0 {
		urls, err := selftest(ctx, cfg)
		if err != nil {
			return err
		}
		cfg.urls = append(cfg.urls, urls...)
	}
	if len(cfg.urls) == 0 {
		return errors.New("no URLs: give them as arguments, with -urls FILE, or use -selftest N")
	}
	res := load(ctx, cfg)
	res.print(os.Stdout, cfg)
	if cfg.maxP99 > 0 {
		if p := res.percentile(99); p > cfg.maxP99 || res.failed() > 0 {
			return fmt.Errorf("p99 %v (limit %v), %d failed requests", p.Round(10*time.Microsecond), cfg.maxP99, res.failed())
		}
	}
	return nil
}

func readURLs(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var urls []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			urls = append(urls, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return urls, nil
}

// results gathers what the requests gave.
type results struct {
	mu        sync.Mutex
	latencies []time.Duration // from due time to the end of the body
	statuses  map[int]int
	errs      map[string]int
	dropped   atomic.Int64
	bytes     atomic.Int64
	sent      int
	elapsed   time.Duration
}

func (r *results) failed() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	n := int(r.dropped.Load())
	for code, c := range r.statuses {
		if code >= 400 {
			n += c
		}
	}
	for _, c := range r.errs {
		n += c
	}
	return n
}

func (r *results) percentile(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(float64(len(r.latencies))*p/100+0.5) - 1
	return r.latencies[min(max(i, 0), len(r.latencies)-1)]
}

func (r *results) print(w io.Writer, cfg config) {
	slices.Sort(r.latencies)
	fmt.Fprintf(w, "%d requests in %v (%.1f req/s asked, %.1f sent), %d URLs, %.1f MB read\n",
		r.sent, r.elapsed.Round(time.Millisecond), cfg.rate, float64(r.sent)/r.elapsed.Seconds(), len(cfg.urls), float64(r.bytes.Load())/1e6)
	if len(r.latencies) > 0 {
		ms := func(d time.Duration) string { return strconv.FormatFloat(float64(d)/1e6, 'f', 2, 64) + " ms" }
		fmt.Fprintf(w, "latency  p50 %s  p90 %s  p99 %s  max %s\n",
			ms(r.percentile(50)), ms(r.percentile(90)), ms(r.percentile(99)), ms(r.latencies[len(r.latencies)-1]))
	}
	codes := make([]int, 0, len(r.statuses))
	for c := range r.statuses {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	var parts []string
	for _, c := range codes {
		parts = append(parts, fmt.Sprintf("%d×%d", c, r.statuses[c]))
	}
	fmt.Fprintf(w, "status   %s\n", strings.Join(parts, "  "))
	fmt.Fprintf(w, "errors   %d", r.failed())
	if d := r.dropped.Load(); d > 0 {
		fmt.Fprintf(w, " (%d dropped: more than %d in flight)", d, cfg.maxInflight)
	}
	fmt.Fprintln(w)
	for e, c := range r.errs {
		fmt.Fprintf(w, "  %d× %s\n", c, e)
	}
}

// load sends the requests: request i is due at start + i/rate, on URL
// i mod len(urls).
func load(ctx context.Context, cfg config) *results {
	client := &http.Client{
		Timeout: cfg.timeout,
		Transport: &http.Transport{
			Proxy:               nil,
			DialContext:         (&net.Dialer{Timeout: cfg.timeout}).DialContext,
			MaxIdleConns:        cfg.maxInflight,
			MaxIdleConnsPerHost: cfg.maxInflight,
			IdleConnTimeout:     30 * time.Second,
		},
	}
	res := &results{statuses: make(map[int]int), errs: make(map[string]int)}
	interval := time.Duration(float64(time.Second) / cfg.rate)
	sem := make(chan struct{}, cfg.maxInflight)
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; ; i++ {
		due := start.Add(time.Duration(i) * interval)
		if due.Sub(start) >= cfg.duration {
			break
		}
		if d := time.Until(due); d > 0 {
			time.Sleep(d)
		}
		res.sent++
		select {
		case sem <- struct{}{}:
		default:
			res.dropped.Add(1)
			continue
		}
		wg.Add(1)
		go func(url string, due time.Time) {
			defer wg.Done()
			defer func() { <-sem }()
			status, n, err := get(ctx, client, url)
			lat := time.Since(due)
			res.bytes.Add(n)
			res.mu.Lock()
			defer res.mu.Unlock()
			if err != nil {
				res.errs[errKind(err)]++
				return
			}
			res.statuses[status]++
			res.latencies = append(res.latencies, lat)
		}(cfg.urls[i%len(cfg.urls)], due)
	}
	wg.Wait()
	res.elapsed = time.Since(start)
	return res
}

func get(ctx context.Context, c *http.Client, url string) (status int, n int64, err error) {
	req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
	if err != nil {
		return 0, 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, 0, err
	}
	defer resp.Body.Close()
	n, err = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, n, err
}

// errKind shortens an error to its kind, so that errors can be counted.
func errKind(err error) string {
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return "timeout"
	}
	s := err.Error()
	if i := strings.LastIndex(s, ": "); i >= 0 {
		s = s[i+2:]
	}
	return s
}

// selftest starts a server over a synthetic report on 127.0.0.1 and
// returns the URLs to load: the story list, the first page of the API's
// list, and the newest story pages.
func selftest(ctx context.Context, cfg config) ([]string, error) {
	t0 := time.Now()
	rep := synthReport(cfg.selftest, max(cfg.perStory, 1))
	base := server.NewReportReader(rep, time.Now())
	cr := &churnReader{Reader: base, updated: make(map[string]time.Time)}
	srv, err := server.New(cr, server.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	go func() {
		if err := srv.Serve(ctx, l); err != nil {
			log.Print("loadtest: server: ", err)
		}
	}()
	root := "http://" + l.Addr().String()
	n := min(cfg.storyPages, len(rep.Stories))
	urls := []string{root + "/", root + "/api/stories?limit=50"}
	var ids []string
	for _, s := range rep.Stories[:n] {
		ids = append(ids, s.ID)
		urls = append(urls, root+"/stories/"+s.ID)
	}
	// Half the requests for the story list, half for story pages.
	mixed := make([]string, 0, 2*n)
	for i := range n {
		mixed = append(mixed, urls[i%2], urls[2+i])
	}
	if cfg.churn > 0 && n > 0 {
		go func() {
			tick := time.NewTicker(cfg.churn)
			defer tick.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case now := <-tick.C:
					cr.touch(ids[rand.IntN(len(ids))], now)
				}
			}
		}()
	}
	fmt.Printf("selftest: %d articles, %d stories built in %v; server on %s; %d story pages asked, one updated every %v\n",
		len(rep.Articles), len(rep.Stories), time.Since(t0).Round(time.Millisecond), root, n, cfg.churn)
	// Warm up: render each asked page once, as a running server would have.
	for _, u := range urls {
		if _, _, err := get(ctx, http.DefaultClient, u); err != nil {
			return nil, err
		}
	}
	return mixed, nil
}

// writeSynth writes the synthetic report of n articles as JSON.
func writeSynth(path string, n, perStory int) error {
	if n <= 0 {
		return errors.New("-write-report needs -selftest N, the number of articles")
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := json.NewEncoder(w).Encode(synthReport(n, perStory)); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// churnReader is a store that says a story changed when touched, as
// ingestion does: its page must then be rendered again.
type churnReader struct {
	store.Reader
	mu      sync.Mutex
	updated map[string]time.Time
}

func (c *churnReader) touch(id string, t time.Time) {
	c.mu.Lock()
	c.updated[id] = t
	c.mu.Unlock()
}

func (c *churnReader) Story(ctx context.Context, id string) (*store.StoryPage, error) {
	p, err := c.Reader.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if t, ok := c.updated[id]; ok {
		p.Updated = t
	}
	c.mu.Unlock()
	return p, nil
}

// synthReport builds a report of n articles in stories of perStory
// articles, each story with the parts the story page draws: claims (one in
// conflict in every third story), a timeline, quotes, entities, a copy
// group and a summary.
func synthReport(n, perStory int) *report.Report {
	rng := rand.New(rand.NewPCG(1, 2))
	outlets := []string{"Reuters", "AFP", "Le Monde", "Libération", "Ouest-France", "France Info", "Le Figaro", "La Croix"}
	places := []string{"Lyon", "Marseille", "Lille", "Nantes", "Toulouse", "Bordeaux", "Strasbourg", "Rennes"}
	rep := &report.Report{Version: report.Version}
	day0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for s := 0; s*perStory < n; s++ {
		place := places[s%len(places)]
		st := report.Story{ID: fmt.Sprintf("s%d", s+1), Thread: fmt.Sprintf("t%d", s/3+1),
			Title: fmt.Sprintf("Inondations à %s : le bilan s'alourdit (épisode %d)", place, s+1)}
		base := 5 + rng.IntN(50)
		measures := []string{"morts", "blessés", "évacués", "disparus"}
		claims := make([]report.Claim, len(measures))
		for m, name := range measures {
			claims[m] = report.Claim{Measure: name, Unit: "personnes", Status: "agree"}
		}
		for a := 0; a < perStory && s*perStory+a < n; a++ {
			id := fmt.Sprintf("a%07d", s*perStory+a+1)
			day := day0.AddDate(0, 0, s%300+a/3).Format("2006-01-02")
			outlet := outlets[(s+a)%len(outlets)]
			text := fmt.Sprintf("%s, %s (%s) - Au moins %d personnes sont mortes et %d ont été blessées dans les inondations qui frappent la région de %s depuis lundi, selon la préfecture.\n\n"+
				"« Nous n'avions jamais vu cela », a déclaré le maire, Jean Martin, lors d'une conférence de presse. Les secours ont évacué %d habitants.\n\n"+
				"La sécurité civile a déployé des renforts. Un nouveau bilan est attendu dans la soirée, a indiqué la préfecture dans un communiqué.",
				strings.ToUpper(place), day, outlet, base+a/2, 2*base+a, place, 100*base+10*a)
			pub := day
			rep.Articles = append(rep.Articles, report.Article{ID: id, File: "synth.jsonl#" + id, Title: st.Title + " — " + outlet,
				Outlet: outlet, Published: &pub, PublishedBasis: "metadata:published", Language: "fr", Text: text,
				Wires: []string{"AFP"}, Dateline: place})
			st.Articles = append(st.Articles, id)
			src := fmt.Sprintf("src%d", a/2)
			for m := range claims {
				v := float64((m + 1) * (base + a/2))
				claims[m].Values = append(claims[m].Values, report.Value{Value: v, Article: id, Source: src,
					Sentence: fmt.Sprintf("Au moins %d %s selon la préfecture.", int(v), measures[m]), AsOf: &pub})
			}
			st.Timeline = append(st.Timeline, report.Event{Date: day, Text: fmt.Sprintf("Nouveau bilan : %d morts à %s.", base+a/2, place), Articles: []string{id}})
			if a%3 == 0 {
				st.Quotes = append(st.Quotes, report.Quote{Speaker: "Jean Martin", Text: "Nous n'avions jamais vu cela", Articles: []string{id}})
			}
		}
		for m := range claims {
			claims[m].Sources = (len(st.Articles) + 1) / 2
			if claims[m].Sources > 1 {
				claims[m].Status = "evolving"
			}
		}
		if s%3 == 0 && len(claims[2].Values) > 1 {
			claims[2].Status = "conflict"
			claims[2].Values[1].Value *= 2
		}
		st.Claims = claims
		st.Sources = (len(st.Articles) + 1) / 2
		st.Entities = []report.Entity{{Name: place, Kind: "place", Variants: []string{place, strings.ToUpper(place)}, Articles: st.Articles},
			{Name: "Jean Martin", Kind: "person", Variants: []string{"Jean Martin", "J. Martin"}, Articles: st.Articles}}
		if len(st.Articles) > 1 {
			st.Copies = []report.Copy{{Articles: st.Articles[:2], Kind: "wire", Score: 0.93, Original: st.Articles[0], Evidence: []string{"same wire credit 'AFP'"}}}
		}
		st.Summary = []report.Sentence{{Text: "Au moins " + strconv.Itoa(base) + " personnes sont mortes dans les inondations à " + place + ".", Article: st.Articles[0]}}
		rep.Stories = append(rep.Stories, st)
	}
	return rep
}
