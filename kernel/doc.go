// Package kernel is Lumen's Jupyter kernel: the wire protocol (messaging spec 5.3) over
// ZeroMQ, independent of the language it serves. It is modelled on xeus.
//
// # Pieces
//
// The language sits behind one small interface, Language (language.go), the counterpart
// of xeus's interpreter *_impl methods: Execute, Complete, Inspect, IsComplete,
// EvalExpression and Info. A running cell talks back through ExecIO: stdout/stderr
// writers, Display (display_data and update_display_data), ClearOutput and Input.
// Everything else is here, one idea per file:
//
//	connection.go  connection files (ReadConnectionFile): clear errors, defaults
//	signer.go      HMAC signatures (signature_scheme, constant-time check, empty key = off)
//	message.go     the wire codec: [ids…, <IDS|MSG>, hmac, header, parent, metadata, content, buffers…]
//	kernel.go      transport: sockets and one goroutine per channel; New, Serve, Run
//	dispatch.go    the dispatcher (xeus's xkernel_core): busy/idle wrapping, panics → error replies
//	execute.go     execute_request and the ExecIO of a cell
//	publisher.go   iopub: ordered publishing and stream buffering
//	history.go     history_request over this and earlier sessions (JSON lines)
//	comm.go        the comm registry (empty is fine)
//	signal.go      SIGINT → interrupt
//	kernelspec.go  kernel.json and generated logos
//	prebound.go    takes over the TCP ports package prebind bound during init
//
// Subpackages: lumenlang is the Language of Lumen's Python dialect (package scripting;
// kernel itself does not import it); prebind binds the ports from the connection file
// while the program initialises, so jupyter_client's first connection is not refused and
// retried 100 ms later (startup ≈ 30 ms instead of ≈ 130 ms); internal/echolang is a toy
// language for protocol tests.
//
// # Concurrency
//
// Each of shell, control, stdin, iopub and heartbeat has its own goroutine. The shell
// goroutine only receives: it stamps each request with a sequence number and queues it
// for the shell worker, which runs requests one at a time (so the Language is never
// called concurrently). Control requests — kernel_info, interrupt, shutdown, comm_info,
// history — are answered on the control goroutine itself, so an interrupt or a shutdown
// never waits behind a running cell; other requests that arrive on control are queued
// for the shell worker and answered on control. interrupt_request (and SIGINT, through
// HandleSignals) cancels the running cell's context; the language must then stop within
// a second and report KeyboardInterrupt. A pending Input also ends on interrupt.
//
// All iopub traffic goes through one publisher, which keeps order: stream text is
// buffered and published when 64 KiB accumulate, 50 ms after the first buffered byte,
// when the stream or the parent request changes, and before any other iopub message, so
// a burst of 100,000 prints arrives complete, in order, in a few dozen messages.
//
// # Protocol choices
//
//   - Every request is wrapped in iopub status busy … idle, kernel_info included
//     (jupyter_client waits for an iopub message after the first kernel_info reply).
//   - execute_request: busy → execute_input → output → execute_result or error →
//     execute_reply → idle. A silent request publishes no execute_input and no output,
//     but it still gets busy/idle: ipykernel does the same, and clients such as
//     jupyter_client's execute_interactive wait for idle. execution_count grows only for
//     stored (store_history true), non-silent runs.
//   - stop_on_error (default true, as in ipykernel): after an error, execute requests
//     received before the error reply went out are answered status "aborted" without
//     running; later ones run normally.
//   - Messages with a bad or missing signature, or malformed frames, are logged and
//     dropped without a reply. A panic in any handler (including inside the Language)
//     becomes an error reply with ename "KernelPanic"; the kernel keeps serving.
//   - shutdown_request (with or without restart) is answered on its channel and on iopub,
//     then the kernel interrupts the running cell, flushes iopub, closes every socket
//     (freeing the ports) and Serve returns. Restarting is the kernel manager's job.
//   - The heartbeat is a ROUTER socket echoing each message (a REP without the state).
//   - comm_open for a target nobody registered is answered with comm_close, as ipykernel
//     does; comm_msg/comm_close for unknown ids are ignored.
//   - History is kept as JSON lines in $JUPYTER_DATA_DIR/lumen/history.jsonl (default
//     ~/.local/share/jupyter/lumen/history.jsonl); each kernel start is a new session.
//     Search patterns are globs (* ? [...]) matched against whole inputs, like IPython.
//
// Limits of the transport (github.com/go-zeromq/zmq4, pure Go): a ROUTER routes by the
// identity the peer announces. jupyter_client, JupyterLab and VS Code set one on
// shell/control/stdin; two anonymous peers on one socket would share replies.
//
// # The name: "lumen", not "python"
//
// The kernelspec is named "lumen" and its kernel.json says "language": "lumen"; the
// interpreter reports language_info.name "lumen". Lumen's language is a Python dialect,
// so calling it "python" is tempting, but frontends key Python-only behaviour on that
// word: VS Code's Jupyter extension treats a kernel whose language is "python" as an
// ipykernel and sends it hidden IPython code (variable explorer, sys.executable and
// ipywidgets probes, %config/get_ipython calls) that a non-IPython interpreter answers
// with errors, and it tries to match the kernel to a Python environment. Calling it
// "lumen" avoids all of that. Syntax highlighting is kept by the other fields, which
// the interpreter should set to: codemirror_mode {"name": "python", "version": 3} (Classic
// Notebook, JupyterLab), pygments_lexer "python3" (nbconvert HTML, Sphinx), mimetype
// "text/x-python", file_extension ".py" and nbconvert_exporter "python" (so "download as
// script" gives a .py file). The cost: VS Code, which takes the cell language from
// language_info.name, shows cells as plain text unless an extension registers "lumen".
// kernel.json also declares interrupt_mode "message" (interrupts arrive as
// interrupt_request on control; SIGINT is handled as well) and metadata.debugger false.
package kernel

/*
Docs section (for the lead to merge into the user docs):

## The Jupyter kernel

Lumen runs in Jupyter (Classic Notebook, JupyterLab, VS Code, nbclient/nbconvert) as its
own kernel. Install the kernelspec once:

    lumen install                   # writes ~/.local/share/jupyter/kernels/lumen

and pick "Lumen" as the notebook's kernel. The kernelspec runs
`lumen kernel --connection-file {connection_file}`; you never start it by hand.

What to expect:

- The last expression of a cell is displayed (`execute_result`); `print` output streams
  live, in order, even for very chatty loops; rich objects (charts, tables, weight
  images) display themselves, and `lm.display(obj, display_id=...)` can update an output
  in place.
- Interrupt (the ■ button, or `I, I` in Jupyter) stops the running cell within a second
  with `KeyboardInterrupt`; the kernel and its variables survive. Restart starts fresh.
- `input()` works in frontends that support it (Notebook, Lab, VS Code).
- Tab completion, Shift-Tab help (docstrings), and "is this cell complete" for the
  console are served by the interpreter.
- After an error, cells you had already queued with "Run all" are skipped (shown as
  aborted), as in IPython.
- History (`%history`-style requests from consoles, up-arrow in jupyter console) is kept
  across sessions in `~/.local/share/jupyter/lumen/history.jsonl` (or under
  `$JUPYTER_DATA_DIR`). Delete the file to forget it.
- The kernel calls its language "lumen", not "python", so VS Code does not send it
  IPython-only code; notebooks still get Python syntax highlighting in Jupyter and in
  nbconvert HTML. In VS Code cells show as plain text.
*/
