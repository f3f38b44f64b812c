"""Drive the kernel through jupyter_client the way notebook frontends do: interrupt
(message and SIGINT, sleeping and busy cells), restart, stdin, stop_on_error,
update_display_data, clear_output, rich results, tracebacks, user_expressions, silent, a
100k-line burst and badly signed or unsigned messages.

    JUPYTER_PATH=... /usr/bin/python3 kernel/testdata/jupyter/client_script.py

Prints one line per check and ends with 'N passed, N failed'; exits non-zero on failure.
LUMEN_KERNEL_NAME picks the kernelspec ("lumen" by default, "echolang" for the toy kernel).
"""
import os
import queue
import sys
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jupyter_client.manager import start_new_kernel  # noqa: E402
from snippets import KERNEL_NAME, S  # noqa: E402

TIMEOUT = 20
results = []


def check(fn):
    t0 = time.time()
    try:
        fn()
        results.append(True)
        print("ok   %-28s %.2fs" % (fn.__name__, time.time() - t0), flush=True)
    except Exception:
        results.append(False)
        print("FAIL %s\n%s" % (fn.__name__, traceback.format_exc()), flush=True)
    return fn


def iopub_until_idle(kc, msg_id, timeout=TIMEOUT):
    out = []
    deadline = time.time() + timeout
    while True:
        m = kc.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
        if m["parent_header"].get("msg_id") != msg_id:
            continue
        out.append(m)
        if m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
            return out


def run(kc, code, **kw):
    msg_id = kc.execute(code, **kw)
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert reply["parent_header"]["msg_id"] == msg_id
    return reply, iopub_until_idle(kc, msg_id)


def types(msgs):
    return [m["msg_type"] for m in msgs]


km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=60)


@check
def kernel_info():
    kc.kernel_info()
    r = kc.get_shell_msg(timeout=TIMEOUT)
    assert r["content"]["protocol_version"].startswith("5."), r["content"]
    assert r["content"]["language_info"]["name"] == KERNEL_NAME, r["content"]
    for key in ("status", "implementation", "implementation_version", "banner", "help_links"):
        assert key in r["content"], (key, r["content"])
    if KERNEL_NAME == "lumen":
        li = r["content"]["language_info"]
        assert li["codemirror_mode"] == {"name": "python", "version": 3}, li
        assert li["pygments_lexer"] in ("python", "python3") and li["file_extension"] == ".py", li
        assert li["mimetype"] == "text/x-python" and li["nbconvert_exporter"] == "python", li


@check
def execute_sequence():
    reply, msgs = run(kc, S["hello"])
    assert reply["content"]["status"] == "ok", reply["content"]
    t = types(msgs)
    assert t[0] == "status" and t[1] == "execute_input" and t[-1] == "status", t
    assert "stream" in t, t


@check
def silent_publishes_no_output():
    reply, msgs = run(kc, S["hello"], silent=True)
    assert reply["content"]["status"] == "ok"
    assert types(msgs) == ["status", "status"], types(msgs)


@check
def execution_count_counts_stored_runs():
    r1, _ = run(kc, S["hello"])
    r2, _ = run(kc, S["hello"], silent=True)
    r3, _ = run(kc, S["hello"], store_history=False)
    r4, _ = run(kc, S["hello"])
    c = [r["content"]["execution_count"] for r in (r1, r2, r3, r4)]
    assert c[1] == c[0] and c[2] == c[0] and c[3] == c[0] + 1, c


@check
def update_display_data():
    _, msgs = run(kc, S["display"] + "\n" + S["update"])
    disp = [m for m in msgs if m["msg_type"] == "display_data"]
    upd = [m for m in msgs if m["msg_type"] == "update_display_data"]
    assert disp and upd, types(msgs)
    did = disp[0]["content"]["transient"]["display_id"]
    assert did and upd[0]["content"]["transient"]["display_id"] == did, (disp, upd)
    assert "two" in upd[0]["content"]["data"]["text/plain"], upd[0]["content"]


@check
def progress_updates_in_place():
    if KERNEL_NAME != "lumen":
        return
    _, msgs = run(kc, "import lumen as lm, time\nfor i in lm.progress(range(12), desc='fit'):\n    time.sleep(0.03)")
    disp = [m for m in msgs if m["msg_type"] == "display_data"]
    upd = [m for m in msgs if m["msg_type"] == "update_display_data"]
    assert len(disp) == 1 and upd, types(msgs)
    did = disp[0]["content"]["transient"]["display_id"]
    assert all(u["content"]["transient"]["display_id"] == did for u in upd), upd
    assert len(upd) <= 12 * 0.03 * 10 + 3, "progress updates not throttled: %d" % len(upd)
    last = upd[-1]["content"]["data"]
    assert "12/12" in last["text/plain"] and "text/html" in last, last


@check
def clear_output_wait():
    if KERNEL_NAME != "lumen":
        return
    _, msgs = run(kc, "clear_output(wait=True)")
    clr = [m for m in msgs if m["msg_type"] == "clear_output"]
    assert clr and clr[0]["content"]["wait"] is True, types(msgs)


@check
def execute_result_rich():
    if "rich_result" not in S:
        return
    reply, msgs = run(kc, S["rich_result"])
    res = [m for m in msgs if m["msg_type"] == "execute_result"]
    assert res, types(msgs)
    data = res[0]["content"]["data"]
    assert data.get("text/html") == "<b>card</b>" and "text/plain" in data, data
    assert res[0]["content"]["execution_count"] == reply["content"]["execution_count"]


@check
def error_traceback():
    reply, msgs = run(kc, S["error"])
    c = reply["content"]
    assert c["status"] == "error" and c["ename"] == S["error_name"], c
    err = [m for m in msgs if m["msg_type"] == "error"]
    assert err and err[0]["content"]["ename"] == S["error_name"], types(msgs)
    if KERNEL_NAME == "lumen":
        tb = "\n".join(err[0]["content"]["traceback"])
        n = c["execution_count"]
        assert 'File "<cell-%d>", line 1, in <module>' % n in tb, tb
        assert "ValueError: boom" in tb, tb


@check
def user_expressions():
    reply, _ = run(kc, S["hello"], user_expressions={"a": "6*7", "bad": "1/0"} if KERNEL_NAME == "lumen" else {"a": "x"})
    ue = reply["content"]["user_expressions"]
    assert ue["a"]["status"] == "ok", ue
    if KERNEL_NAME == "lumen":
        assert ue["a"]["data"]["text/plain"] == "42", ue
        assert ue["bad"]["status"] == "error" and ue["bad"]["ename"] == "ZeroDivisionError", ue


@check
def stdin_input():
    msg_id = kc.execute(S["input"], allow_stdin=True)
    req = kc.get_stdin_msg(timeout=TIMEOUT)
    assert req["msg_type"] == "input_request", req
    kc.input("Ada")
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert reply["content"]["status"] == "ok", reply["content"]
    text = "".join(m["content"].get("text", "") for m in iopub_until_idle(kc, msg_id))
    assert "got: Ada" in text, text


@check
def stdin_not_allowed():
    reply, _ = run(kc, S["input"], allow_stdin=False)
    assert reply["content"]["status"] == "error", reply["content"]


@check
def stdin_interrupted_while_waiting():
    if KERNEL_NAME != "lumen":
        return
    msg_id = kc.execute(S["input"], allow_stdin=True)
    req = kc.get_stdin_msg(timeout=TIMEOUT)
    assert req["msg_type"] == "input_request", req
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert reply["content"]["status"] == "error", reply["content"]
    assert reply["content"]["ename"] == "KeyboardInterrupt", reply["content"]
    iopub_until_idle(kc, msg_id)


@check
def stop_on_error_aborts_queue():
    ids = [kc.execute(S["short_sleep"] + "\n" + S["error"]),
           kc.execute(S["hello"]), kc.execute(S["hello"])]
    replies = {}
    while len(replies) < 3:
        r = kc.get_shell_msg(timeout=TIMEOUT)
        replies[r["parent_header"]["msg_id"]] = r["content"]["status"]
    assert [replies[i] for i in ids] == ["error", "aborted", "aborted"], replies
    reply, _ = run(kc, S["hello"])
    assert reply["content"]["status"] == "ok"


@check
def interrupt_running_cell():
    msg_id = kc.execute(S["sleep"])
    time.sleep(0.5)
    t0 = time.time()
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error", reply["content"]
    assert time.time() - t0 < 2, time.time() - t0
    iopub_until_idle(kc, msg_id)


@check
def interrupt_busy_loop_keeps_variables():
    if "spin" not in S:
        return
    for how in ("message", "signal"):
        msg_id = kc.execute(S["spin"])
        time.sleep(0.3)
        t0 = time.time()
        if how == "message":
            km.interrupt_kernel()  # interrupt_mode "message": interrupt_request on control
        else:
            import signal
            km.signal_kernel(signal.SIGINT)
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        dt = time.time() - t0
        assert reply["parent_header"]["msg_id"] == msg_id
        assert reply["content"]["status"] == "error", reply["content"]
        assert reply["content"]["ename"] == "KeyboardInterrupt", (how, reply["content"])
        assert dt < 1.0, (how, dt)
        iopub_until_idle(kc, msg_id)
        reply, msgs = run(kc, S["spin_check"])
        res = [m for m in msgs if m["msg_type"] == "execute_result"]
        assert res and res[0]["content"]["data"]["text/plain"] == S["spin_check_text"], (how, types(msgs))


@check
def stop_on_error_false_runs_queue():
    ids = [kc.execute(S["short_sleep"] + "\n" + S["error"], stop_on_error=False),
           kc.execute(S["hello"]), kc.execute(S["hello"])]
    replies = {}
    while len(replies) < 3:
        r = kc.get_shell_msg(timeout=TIMEOUT)
        replies[r["parent_header"]["msg_id"]] = r["content"]["status"]
    assert [replies[i] for i in ids] == ["error", "ok", "ok"], replies


@check
def output_burst_in_order():
    _, msgs = run(kc, S["burst"])
    text = "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream")
    assert text == S["burst_text"], (len(text), len(S["burst_text"]))


@check
def bad_signatures_dropped():
    good_key = kc.session.key
    kc.session.key = b"not-the-key"
    kc.session.auth = None
    kc.session._new_auth()
    evil = kc.execute(S["hello"])
    kc.session.key = good_key
    kc.session._new_auth()
    try:
        r = kc.get_shell_msg(timeout=1)
        raise AssertionError("badly signed request was answered: %s" % r["msg_type"])
    except queue.Empty:
        pass
    # and with no signature at all
    kc.session.key = b""
    kc.session._new_auth()
    unsigned = kc.execute(S["hello"])
    kc.session.key = good_key
    kc.session._new_auth()
    try:
        r = kc.get_shell_msg(timeout=1)
        raise AssertionError("unsigned request was answered: %s" % r["msg_type"])
    except queue.Empty:
        pass
    reply, _ = run(kc, S["hello"])
    assert reply["content"]["status"] == "ok"
    assert evil and unsigned


@check
def heartbeat():
    assert kc.hb_channel.is_beating() or km.is_alive()


@check
def restart():
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=60)
    reply, _ = run(kc, S["hello"])
    assert reply["content"]["execution_count"] == 1, reply["content"]
    if "spin_check" in S:  # a fresh interpreter: earlier variables are gone
        reply, _ = run(kc, S["spin_check"])
        assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "NameError", reply["content"]


@check
def shutdown():
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    assert not km.is_alive()


del kc, km  # before interpreter teardown, where KernelClient.__del__ cannot log
passed, failed = results.count(True), results.count(False)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
