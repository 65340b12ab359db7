// Package lang identifies the language of a text among the languages
// recoupe supports.
package lang

// Detect returns the ISO 639-1 code of text's language and a confidence in
// [0,1]; "" when the text is too short or in no supported language.
func Detect(text string) (code string, confidence float64) {
	return "", 0
}
