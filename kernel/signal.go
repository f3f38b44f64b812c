package kernel

import (
	"os"
	"os/signal"
)

// HandleSignals turns SIGINT into Interrupt (the running cell's context is cancelled)
// instead of ending the process: Jupyter servers and terminals send SIGINT to the whole
// process group on Ctrl-C. Call the returned stop to restore the default behaviour.
func (k *Kernel) HandleSignals() (stop func()) {
	ch := make(chan os.Signal, 4)
	signal.Notify(ch, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				k.Interrupt()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
