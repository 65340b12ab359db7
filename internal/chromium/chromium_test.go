package chromium

import (
	"strings"
	"testing"
)

func TestConsoleMessages(t *testing.T) {
	log := `[7977:7977:1122/044141.415212:WARNING:ui/base/idle/idle_linux.cc:111] None of the known D-Bus ScreenSaver services could be used.
[7977:7977:1122/044141.876059:INFO:CONSOLE:1] "boom", source: file:///tmp/bad.html (1)
[7977:7977:1122/044141.879029:INFO:CONSOLE:1] "Uncaught ReferenceError: nonexistent is not defined", source: file:///tmp/bad.html (1)
[28437:28487:1122/043446.473842:ERROR:dbus/bus.cc:405] Failed to connect to the bus`
	got := ConsoleMessages(log)
	if len(got) != 2 || !strings.Contains(got[0], `"boom"`) || !strings.Contains(got[1], "Uncaught ReferenceError") {
		t.Errorf("ConsoleMessages = %q", got)
	}
}
