"""Kernel latency benchmark (see run.sh): startup and execute round trips, per kernelspec.

    /usr/bin/python3 bench/kernel/bench.py [--runs N] [--starts M] KERNEL [KERNEL...]

The first kernel is the one compared: the table's ratio column is first / other.
"""
import argparse
import statistics
import time

from jupyter_client.manager import KernelManager

CELLS = {
    "1+1": "1+1",
    "print 100 lines": "for i in range(100):\n    print(i)",
}


def startup(name):
    """Seconds from launching the kernel process to its first kernel_info_reply."""
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.kernel_info()
    kc.get_shell_msg(timeout=60)
    dt = time.perf_counter() - t0
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return dt


def roundtrip(kc, code):
    """Seconds from sending execute_request to having its reply and iopub idle."""
    t0 = time.perf_counter()
    msg_id = kc.execute(code)
    got_reply = got_idle = False
    while not (got_reply and got_idle):
        if not got_reply:
            r = kc.get_shell_msg(timeout=30)
            if r["parent_header"].get("msg_id") == msg_id:
                got_reply = True
            continue
        m = kc.get_iopub_msg(timeout=30)
        if (m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "status"
                and m["content"]["execution_state"] == "idle"):
            got_idle = True
    return time.perf_counter() - t0


def pct(xs, p):
    xs = sorted(xs)
    k = (len(xs) - 1) * p
    f = int(k)
    c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)


def measure(name, runs, starts):
    res = {}
    startup(name)  # warm up: jupyter_client's first launch loads its provisioners
    st = [startup(name) for _ in range(starts)]
    res["startup median"] = statistics.median(st)
    res["startup p95"] = pct(st, 0.95)
    km = KernelManager(kernel_name=name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=60)
    for label, code in CELLS.items():
        for _ in range(10):  # warm up
            roundtrip(kc, code)
        ts = [roundtrip(kc, code) for _ in range(runs)]
        res[label + " median"] = statistics.median(ts)
        res[label + " p95"] = pct(ts, 0.95)
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return res


def fmt(v):
    return "%8.1f ms" % (v * 1e3) if v < 1 else "%8.3f s " % v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--starts", type=int, default=20)
    ap.add_argument("kernels", nargs="+")
    a = ap.parse_args()
    results = {k: measure(k, a.runs, a.starts) for k in a.kernels}
    first = a.kernels[0]
    print("runs: %d round trips per cell, %d startups" % (a.runs, a.starts))
    head = "%-24s" % "metric" + "".join("%14s" % k[:13] for k in a.kernels)
    if len(a.kernels) > 1:
        head += "".join("%12s" % ("ratio/" + k[:5]) for k in a.kernels[1:])
    print(head)
    for metric in results[first]:
        row = "%-24s" % metric + "".join("%14s" % fmt(results[k][metric]) for k in a.kernels)
        for k in a.kernels[1:]:
            row += "%12.3f" % (results[first][metric] / results[k][metric])
        print(row)


if __name__ == "__main__":
    main()
