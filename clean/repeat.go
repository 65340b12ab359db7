package clean

import (
	"slices"

	"github.com/recoupe/recoupe/article"
)

// Lines repeated across articles. A line (normalised: folded, punctuation
// dropped, runs of digits folded) that appears in at least MinOutletDocs
// different stories of one outlet is the outlet's boilerplate; one that
// appears in at least MinCorpusDocs different stories of the whole batch
// is boilerplate when it also looks like it (no sentence, or a very short
// one). Copies of one wire dispatch share their lines too, so documents
// are first grouped into stories: two documents are the same story when
// they share long lines.

// maxCommonDF is the document frequency above which a long line is not
// taken as evidence that two documents tell the same story.
const maxCommonDF = 50

// longLine is the folded length from which a line counts as long.
const longLine = 80

type keyDoc struct {
	key uint64
	doc int32
}

// repeatIndex holds what CleanAll learnt from the batch.
type repeatIndex struct {
	groups    []int32
	long      [][]uint64 // per doc: sorted distinct keys of its long lines, common ones removed
	all       [][]uint64 // per doc: sorted distinct keys of all its lines
	outletRep map[outletLine]struct{}
	corpusRep map[uint64]struct{}
}

type outletLine struct {
	group int32
	key   uint64
}

// CleanAll cleans a batch of documents, also removing lines repeated across
// articles of one outlet; result i belongs to docs[i].
func (c *Cleaner) CleanAll(docs []*article.Doc) []article.Cleaned {
	out := make([]article.Cleaned, len(docs))
	if len(docs) < c.opt.MinOutletDocs {
		for i, d := range docs {
			out[i] = c.clean(d, nil)
		}
		return out
	}
	ix := c.buildIndex(docs)
	for i, d := range docs {
		if d == nil {
			out[i] = article.Cleaned{Headline: -1}
			continue
		}
		g := ix.groups[i]
		out[i] = c.clean(d, func(f []byte, li *lineInfo) bool {
			nkey := normKey(f)
			if _, ok := ix.outletRep[outletLine{g, nkey}]; ok {
				return true
			}
			if _, ok := ix.corpusRep[nkey]; ok {
				return !isSentence(li) || li.hi-li.lo < 50
			}
			return false
		})
	}
	return out
}

func (c *Cleaner) buildIndex(docs []*article.Doc) *repeatIndex {
	ix := &repeatIndex{
		groups:    make([]int32, len(docs)),
		long:      make([][]uint64, len(docs)),
		all:       make([][]uint64, len(docs)),
		outletRep: make(map[outletLine]struct{}),
		corpusRep: make(map[uint64]struct{}),
	}
	groupID := make(map[string]int32)
	var pairs []keyDoc
	s := c.pool.Get().(*scratch)
	defer c.pool.Put(s)
	for i, d := range docs {
		if d == nil {
			ix.groups[i] = -1
			continue
		}
		k := outletKey(d)
		g, ok := groupID[k]
		if !ok {
			g = int32(len(groupID))
			groupID[k] = g
		}
		ix.groups[i] = g
		s.load(d)
		var all, long []uint64
		for j := range s.lines {
			li := &s.lines[j]
			if li.words == 0 {
				continue
			}
			nkey := normKey(s.buf[li.lo:li.hi])
			all = append(all, nkey)
			if li.hi-li.lo >= longLine {
				long = append(long, nkey)
			}
		}
		slices.Sort(all)
		all = slices.Compact(all)
		slices.Sort(long)
		long = slices.Compact(long)
		ix.all[i], ix.long[i] = all, long
		for _, key := range all {
			pairs = append(pairs, keyDoc{key, int32(i)})
		}
	}
	slices.SortFunc(pairs, func(a, b keyDoc) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return int(a.doc - b.doc)
	})
	// Keys too common to tell stories apart.
	common := make(map[uint64]bool)
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j].key == pairs[i].key {
			j++
		}
		if j-i > maxCommonDF {
			common[pairs[i].key] = true
		}
		i = j
	}
	if len(common) > 0 {
		for d, long := range ix.long {
			ix.long[d] = slices.DeleteFunc(long, func(k uint64) bool { return common[k] })
		}
		for d, all := range ix.all {
			ix.all[d] = slices.DeleteFunc(all, func(k uint64) bool { return common[k] })
		}
	}
	// Candidates.
	minOut, minCorpus := c.opt.MinOutletDocs, c.opt.MinCorpusDocs
	var byGroup []int32
	var reps []int32
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j].key == pairs[i].key {
			j++
		}
		run := pairs[i:j]
		key := pairs[i].key
		i = j
		if len(run) < minOut {
			continue
		}
		if len(run) >= minCorpus {
			reps = reps[:0]
			for _, p := range run {
				reps = ix.addStory(reps, p.doc)
				if len(reps) >= minCorpus {
					break
				}
			}
			if len(reps) >= minCorpus {
				ix.corpusRep[key] = struct{}{}
			}
		}
		byGroup = byGroup[:0]
		for _, p := range run {
			byGroup = append(byGroup, p.doc)
		}
		slices.SortFunc(byGroup, func(a, b int32) int {
			if ga, gb := ix.groups[a], ix.groups[b]; ga != gb {
				return int(ga - gb)
			}
			return int(a - b)
		})
		for a := 0; a < len(byGroup); {
			b := a
			g := ix.groups[byGroup[a]]
			for b < len(byGroup) && ix.groups[byGroup[b]] == g {
				b++
			}
			if b-a >= minOut {
				reps = reps[:0]
				for _, d := range byGroup[a:b] {
					reps = ix.addStory(reps, d)
					if len(reps) >= minOut {
						break
					}
				}
				if len(reps) >= minOut {
					ix.outletRep[outletLine{g, key}] = struct{}{}
				}
			}
			a = b
		}
	}
	return ix
}

// addStory adds doc d to the list of story representatives unless it is
// the same story as one of them.
func (ix *repeatIndex) addStory(reps []int32, d int32) []int32 {
	for _, r := range reps {
		if ix.sameStory(r, d) {
			return reps
		}
	}
	return append(reps, d)
}

// sameStory reports whether documents a and b tell the same story: they
// share two long lines (one when either has only one), or, lacking long
// lines, half the lines of the shorter.
func (ix *repeatIndex) sameStory(a, b int32) bool {
	la, lb := ix.long[a], ix.long[b]
	if len(la) > 0 && len(lb) > 0 {
		n := shared(la, lb)
		return n >= 2 || n >= 1 && min(len(la), len(lb)) == 1
	}
	aa, ab := ix.all[a], ix.all[b]
	n := shared(aa, ab)
	return n >= 2 && 2*n >= min(len(aa), len(ab))
}

// shared counts the keys two sorted lists have in common.
func shared(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}
