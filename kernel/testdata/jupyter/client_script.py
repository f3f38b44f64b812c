"""Drive the kernel through jupyter_client the way notebook frontends do: interrupt,
restart, stdin, stop_on_error, update_display_data, silent, a 100k-line burst and badly
signed messages.

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
    upd = [m for m in msgs if m["msg_type"] == "update_display_data"]
    assert upd and upd[0]["content"]["transient"]["display_id"] == "d1", types(msgs)


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
    reply, _ = run(kc, S["hello"])
    assert reply["content"]["status"] == "ok"
    assert evil


@check
def heartbeat():
    assert kc.hb_channel.is_beating() or km.is_alive()


@check
def restart():
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=60)
    reply, _ = run(kc, S["hello"])
    assert reply["content"]["execution_count"] == 1, reply["content"]


@check
def shutdown():
    kc.stop_channels()
    km.shutdown_kernel(now=False)
    assert not km.is_alive()


passed, failed = results.count(True), results.count(False)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
