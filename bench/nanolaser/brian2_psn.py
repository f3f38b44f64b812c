"""Brian2 side of bench/nanolaser: the network written by `go run ./bench/nanolaser`
(100 photonic spiking neurons, Yamada rate equations in particle numbers, spontaneous-
emission Langevin noise, receiver RC filter, event-driven delayed pulse delivery),
integrated with exactly the scheme of lib/nanolaser (linear-implicit Euler for the
carriers, exponential Euler-Maruyama for the photons, dt = 0.25 ps).

Usage: python3 brian2_psn.py NET.json [target]   (target: cython, numpy; default: the
fastest that works). Prints key/value lines: brian2_target, brian2_seconds (the timed run,
code generation and compilation excluded), brian2_build_seconds, brian2_spikes,
brian2_rate_per_ns.
"""
import json
import sys
import time
import warnings

warnings.filterwarnings("ignore")
import numpy as np  # noqa: E402
from brian2 import (NeuronGroup, Synapses, SpikeMonitor, Network, defaultclock, prefs,  # noqa: E402
                    second, seed as bseed)
import brian2  # noqa: E402


def build(p, target):
    prefs.codegen.target = target
    dt = p["dt_ns"]
    defaultclock.dt = dt * 1e-9 * second
    n = p["n"]
    ns = {
        "ag": dt / p["tau_g_ns"], "aa": dt / p["tau_a_ns"],
        "bg": dt / p["tau_g_ns"] / p["S_g"], "ba": dt / p["tau_a_ns"] / p["S_a"],
        "lp": dt / p["tau_p_ns"], "inv_taup": 1 / p["tau_p_ns"], "dt_ns": dt,
        "sqdt": np.sqrt(dt), "cg": p["C_g"] * dt, "Bq": p["B"],
        "rsp0": p["R_sp0"], "rsp1": p["R_sp1"],
        "syn_decay": np.exp(-dt / p["tau_syn_ns"]),
        "th": p["spike_threshold"], "lo2": p["spike_release"],
    }
    eqs = """
    g : 1
    q : 1
    S : 1
    isyn : 1
    spiking : 1
    A : 1 (constant)
    """
    G = NeuronGroup(n, eqs, threshold="S > th and spiking < 0.5", reset="spiking = 1",
                    namespace=ns, name="psn")
    G.A = p["A"]
    G.g = p["A"]
    G.q = p["B"]
    # one step of lib/nanolaser's integrator (engine.run)
    G.run_regularly("""
    isyn = isyn * syn_decay
    gi = g
    qi = q
    si = S
    g = (gi + ag*A + cg*isyn) / (1 + ag + bg*si)
    q = (qi + aa*Bq) / (1 + aa + ba*si)
    x = (gi - qi - 1) * lp
    rsp = clip(rsp0 + rsp1*gi, 0, 1e300)
    D = rsp + si*(abs(gi) + abs(qi) + 1)*inv_taup
    S = abs(si*exp(x) + rsp*dt_ns*exprel(x) + sqrt(D)*sqdt*randn())
    spiking = spiking * int(S >= lo2)
    """, when="start", name="psn_step")
    # a pulse of pulse_photons photons, attenuated to w, lands on the receiver:
    # charge w·n_pulse into the RC filter (isyn jumps by w·n_pulse/τ_syn); the
    # receiver saturates at one pulse per link, so a pulse tops the link's
    # current up to its one-pulse value instead of adding to it
    syn = Synapses(G, G, "wq : 1\ntlast : second", namespace={"tau_syn_s": p["tau_syn_ns"] * 1e-9 * second},
                   on_pre="isyn_post += wq * (1 - exp(-(t - tlast) / tau_syn_s))\ntlast = t", name="links")
    syn.connect(i=np.array(p["pre"]), j=np.array(p["post"]))
    syn.wq = np.array(p["weight"]) * p["pulse_photons"] / p["tau_syn_ns"]
    syn.delay = np.array(p["delay_ns"]) * 1e-9 * second
    syn.tlast = -1 * second
    mon = SpikeMonitor(G, record=False)
    return Network(G, syn, mon), mon


def main():
    p = json.load(open(sys.argv[1]))
    targets = [sys.argv[2]] if len(sys.argv) > 2 else ["cython", "numpy"]
    err = None
    for target in targets:
        try:
            bseed(1)
            t0 = time.perf_counter()
            net, mon = build(p, target)
            net.run(100 * p["dt_ns"] * 1e-9 * second)  # code generation + compilation
            build_s = time.perf_counter() - t0
            c0 = mon.num_spikes
            t0 = time.perf_counter()
            net.run(p["duration_ns"] * 1e-9 * second)
            run_s = time.perf_counter() - t0
        except Exception as e:  # target unavailable: try the next one
            err = e
            print(f"# target {target} failed: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        spikes = mon.num_spikes - c0
        print(f"brian2_version {brian2.__version__}")
        print(f"brian2_target {target}")
        print(f"brian2_seconds {run_s:.3f}")
        print(f"brian2_build_seconds {build_s:.3f}")
        print(f"brian2_spikes {spikes}")
        print(f"brian2_rate_per_ns {spikes / p['n'] / p['duration_ns']:.4f}")
        return
    raise SystemExit(f"no Brian2 target worked: {err}")


if __name__ == "__main__":
    main()
