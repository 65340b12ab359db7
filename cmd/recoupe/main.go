// Command recoupe cross-checks the news: it groups articles into stories,
// finds copies of the same dispatch, extracts who, when, how many and who
// said what, and reports where independent sources agree and disagree.
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := rootCmd.Execute(); err != nil {
		var ec exitCoder
		code := 1
		if asExitCoder(err, &ec) {
			code = ec.ExitCode()
		} else {
			fmt.Fprintln(os.Stderr, "recoupe:", err)
		}
		os.Exit(code)
	}
}
