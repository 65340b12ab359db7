package htmlbody

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzExtract(f *testing.F) {
	seeds := []string{
		"",
		"   ",
		"<html></html>",
		"<p>One short paragraph.</p>",
		"<html><head><title>T - Site</title></head><body><h1>T</h1><p>" + strings.Repeat("Some words here. ", 40) + "</p></body></html>",
		"<div><p>unclosed <b>bold <i>italic</p><li>item<table><tr><td>cell",
		"<html lang=fr><meta charset=latin1><body><article><p>" + strings.Repeat("Un été à Paris. ", 30) + "</article>",
		"<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[{\"name\":\"A\"},\"B\"]}]}</script><p>x</p>",
		"<script type=\"application/ld+json\">[[[[[[{}]]]]]]</script>",
		"<pre>line one\nline two</pre><br><hr><p>\x00\xff\xfe</p>",
		"\xef\xbb\xbf<p>BOM page</p>",
		"<svg><title>not a title</title></svg><time datetime=\"2019-11-19\">x</time>",
	}
	for _, s := range seeds {
		f.Add([]byte(s), "https://example.com/a/b.html")
	}
	f.Add([]byte("<p>x</p>"), "::not a url")
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		p, err := Extract(bytes.NewReader(page), pageURL)
		if err != nil {
			if len(p.Paragraphs) != 0 {
				t.Errorf("error %v with %d paragraphs", err, len(p.Paragraphs))
			}
			return
		}
		if len(p.Paragraphs) == 0 {
			t.Errorf("no error and no paragraph")
		}
		for _, para := range p.Paragraphs {
			if strings.TrimSpace(para) != para || para == "" {
				t.Errorf("paragraph not trimmed: %q", para)
			}
			if strings.Contains(para, "\n") {
				t.Errorf("paragraph holds a newline: %q", para)
			}
		}
		if utf8.Valid(page) {
			for _, para := range p.Paragraphs {
				if !utf8.ValidString(para) {
					t.Errorf("invalid UTF-8 from valid input: %q", para)
				}
			}
		}
	})
}
