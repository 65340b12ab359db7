package store

import "context"

// EntityPage is one entity as the stories name it: its kinds, all its
// spellings and the stories it appears in, most recently updated first.
type EntityPage struct {
	Name     string      `json:"name"`
	Kinds    []string    `json:"kinds"`
	Variants []string    `json:"variants"`
	Stories  []StoryItem `json:"stories"`
}

// EntityReader is implemented by stores that index the stories' entities
// (store/sqlite does). It is separate from Reader so that Reader's
// implementations stay valid.
type EntityReader interface {
	// Entity returns the entity named name (its merged name or one of
	// its variants, compared exactly), with at most limit stories;
	// ErrNotFound when no story names it.
	Entity(ctx context.Context, name string, limit int) (*EntityPage, error)
}
