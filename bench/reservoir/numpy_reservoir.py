"""numpy implementation of the lib/reservoir model (docs/reservoir.md), for
bench/reservoir: the same device arrays (read from the directory that
`go run ./bench/reservoir -out DIR` wrote: aperture, neuron map, input beam,
fibre modes and transmission matrix, diffusion kernel), the same equations,
the same damped fixed-point iteration with the same convergence test,
tolerance and iteration cap, and the same readout and in-situ learning rule.
Vectorised over images: a batch of images is iterated together, each image
leaving the batch when it has converged (so every image takes exactly the
iterations the Go solver takes). Global coupling by diffraction is not
implemented (the benchmark device has none).

Prints `key value` lines: timings, mean iterations, and the largest relative
difference of the features from Lumen's.

Run mode writes the figures also to --save FILE (JSON). Report mode
(--report ROUND_DIR...) prints the side-by-side table from rounds that each
hold Lumen's meta.json (two workers), w1/meta.json (one worker) and the numpy
run's numpy.json, taking each side's best over the rounds (run.sh alternates
the two, so both sample the same machine load).

Usage: python3 numpy_reservoir.py DIR [--batch 10] [--epochs 2000] [--reps 1] [--save FILE]
       python3 numpy_reservoir.py --report ROUND_DIR [ROUND_DIR...]
"""
import argparse
import json
import math
import os
import time

import numpy as np


def load(d):
    meta = json.load(open(os.path.join(d, "meta.json")))
    f = lambda name, dt: np.fromfile(os.path.join(d, name), dtype=dt)
    g, s = meta["grid"], meta["input_side"]
    m = dict(meta=meta,
             aper=f("aperture.u8", np.uint8).astype(bool).reshape(g, g),
             neuron=f("neuron.i32", "<i4"),
             beam=f("beam.f64", "<f8"),
             modecell=f("modecell.i64", "<i8"),
             tm=f("tm.c128", "<c16").reshape(s * s, meta["modes"]),
             kernel=f("kernel.f64", "<f8"),
             images=f("images.u8", np.uint8).reshape(meta["n"], meta["height"] * meta["width"]),
             targets=f("targets.f64", "<f8"),
             feats_go=f("feats_go.f64", "<f8").reshape(meta["n"], meta["neurons"]))
    return m


class Reservoir:
    def __init__(self, m):
        meta = m["meta"]
        self.g = g = meta["grid"]
        self.d = meta["input_side"]
        self.w, self.h = meta["width"], meta["height"]
        self.N = meta["neurons"]
        self.aper = m["aper"]
        self.ap = np.flatnonzero(self.aper.ravel())          # aperture cells
        self.modecell = m["modecell"]
        bt = m["beam"][:, None] * m["tm"]                    # b_k T_mk, d² × M
        self.btr, self.bti = np.ascontiguousarray(bt.real), np.ascontiguousarray(bt.imag)
        self.scale = meta["field_scale"]
        # Input DMD: nearest-neighbour resize indices (the same integer rule as Go).
        d, w, h = self.d, self.w, self.h
        sy = (2 * np.arange(d) + 1) * h // (2 * d)
        sx = (2 * np.arange(d) + 1) * w // (2 * d)
        self.rs = (sy[:, None] * w + sx[None, :]).ravel()
        # Diffusion: the zero-padded separable Gaussian blur as a banded g×g matrix K (blur = K X K).
        k = m["kernel"]
        r = len(k) // 2
        K = np.zeros((g, g))
        for i in range(g):
            for j in range(max(0, i - r), min(g, i + r + 1)):
                K[i, j] = k[j - i + r]
        self.K = K if len(k) else None
        # Readout: the grid cells of each neuron's super-pixel, grouped by
        # neuron (oversample² each; cells outside the aperture carry no field).
        nr = m["neuron"]
        inn = np.flatnonzero(nr >= 0)
        order = inn[np.argsort(nr[inn], kind="stable")]
        self.cells_per = len(order) // self.N
        assert self.cells_per * self.N == len(order)
        self.order = order
        self.J = meta["pump_j"]
        self.gam = meta["loss"]
        self.eps = meta["gain_compression"]
        self.alpha = meta["alpha_h"]
        self.rot = np.exp(-1j * meta["detuning"])
        self.hmax = meta["max_net_gain"]
        self.sw = meta["soft_width"]
        self.beta = meta["damping"]
        self.tol = meta["tol"]
        self.max_iter = meta["max_iter"]

    def gamma(self, n, s):
        """Round-trip factor Γ(N, S) (eqs. 3-4)."""
        h = (n - 1) / (1 + self.eps * s) - self.gam
        hc = self.hmax - self.sw * np.logaddexp(0.0, (self.hmax - h) / self.sw)
        return np.exp((0.5 - 0.5j * self.alpha) * hc) * self.rot

    def field(self, imgs):
        """Injected field κE on the aperture cells for a batch of images (eqs. 1-2)."""
        u = (imgs[:, self.rs] > 0.5).astype(np.float64)      # B × d²
        c = u @ self.btr + 1j * (u @ self.bti)               # fibre mode amplitudes, B × M
        B, g = len(imgs), self.g
        e = np.zeros((B, g * g), complex)
        e[:, self.modecell] = c
        e = np.fft.ifft2(e.reshape(B, g, g)).reshape(B, g * g) * (g * g)   # unnormalised inverse FFT
        return e[:, self.ap] * self.scale

    def blur(self, nloc):
        if self.K is None:
            return nloc
        B, g = len(nloc), self.g
        x = np.zeros((B, g * g))
        x[:, self.ap] = nloc
        x = x.reshape(B, g, g) @ self.K                      # along x (K symmetric)
        x = np.matmul(self.K, x)                             # along y
        return x.reshape(B, g * g)[:, self.ap]

    def steady(self, e):
        """Damped fixed point (eqs. 5-6), per image until its relative change < tol."""
        B = len(e)
        J, eps, beta = self.J, self.eps, self.beta
        n = np.full(e.shape, J)
        a = e / (1 - self.gamma(J, 0.0))
        out = np.empty(e.shape, complex)
        iters = np.zeros(B, int)
        live = np.arange(B)
        for it in range(1, self.max_iter + 1):
            s = a.real ** 2 + a.imag ** 2
            sp = s / (1 + eps * s)
            nloc = self.blur((J + sp) / (1 + sp))
            nn = (1 - beta) * n + beta * nloc
            dn = np.abs(nn - n).max(axis=1)
            nmax = np.abs(nn).max(axis=1)
            an = (1 - beta) * a + beta * (e / (1 - self.gamma(nn, s)))
            d = an - a
            da = (d.real ** 2 + d.imag ** 2).max(axis=1)
            amax = (an.real ** 2 + an.imag ** 2).max(axis=1)
            res = np.maximum(dn / np.maximum(nmax, 1e-300), np.sqrt(da / np.maximum(amax, 1e-300)))
            n, a = nn, an
            done = res < self.tol
            if it == self.max_iter:
                done[:] = True
            if done.any():
                out[live[done]] = a[done]
                iters[live[done]] = it
                keep = ~done
                live, n, a, e = live[keep], n[keep], a[keep], e[keep]
                if len(live) == 0:
                    break
        return out, iters

    def features(self, imgs, batch):
        feats = np.empty((len(imgs), self.N))
        iters = np.empty(len(imgs), int)
        for i in range(0, len(imgs), batch):
            a, it = self.steady(self.field(imgs[i:i + batch]))
            s = np.zeros((len(a), self.g * self.g))
            s[:, self.ap] = a.real ** 2 + a.imag ** 2
            s = s[:, self.order]
            feats[i:i + batch] = s.reshape(len(s), self.N, self.cells_per).sum(axis=2)
            iters[i:i + batch] = it
        return feats, iters


def self_score(y, t, tm, ts):
    ym, ys = y.mean(), y.std()
    yh = (y - ym) / ys * ts + tm if ys > 0 else np.full_like(y, tm)
    return np.mean((yh - t) ** 2) / ts ** 2


def train(F, t, meta, epochs, incremental, seed=2):
    """The in-situ loop of lib/reservoir (ONN.Train, adaptive rule): ternary
    weights by two sequential exposures of one detector, detector noise and
    offset per exposure (eq. 8), k = ⌈α·NMSE·N⌉ weights re-drawn per epoch,
    kept only if the self-calibrated NMSE falls. incremental: update the
    noise-free signal by the changed columns (as lib/reservoir does) instead
    of a full matrix-vector product per epoch."""
    rng = np.random.default_rng(seed)
    n, N = F.shape
    sigma = meta["noise"] * meta["s_ref"]
    off = (meta["offset"] - meta["offset"]) * meta["s_ref"]   # one detector: W⁺ and W⁻ offsets cancel
    alpha = meta["train_alpha"]
    tm, ts = t.mean(), t.std()
    W = rng.integers(-1, 2, N).astype(np.float64)
    Fc = np.asfortranarray(F)
    sig = F @ W

    def measure(s):
        z = rng.standard_normal((2, n))
        return s + off + sigma * (z[0] - z[1])

    cur = self_score(measure(sig), t, tm, ts)
    for _ in range(epochs):
        k = max(1, min(N, math.ceil(alpha * cur * N - 1e-12)))
        idx = rng.choice(N, k, replace=False)
        old = W[idx].copy()
        W[idx] = rng.integers(-1, 2, k)
        trial_sig = sig + Fc[:, idx] @ (W[idx] - old) if incremental else F @ W
        trial = self_score(measure(trial_sig), t, tm, ts)
        if trial < cur:
            cur, sig = trial, trial_sig
        else:
            W[idx] = old
    return cur


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="*")
    ap.add_argument("--batch", type=int, default=10,
                    help="images iterated together (10 was fastest per CPU second of 10/25/50/100/200 here: cache-sized arrays)")
    ap.add_argument("--epochs", type=int, default=2000)
    ap.add_argument("--reps", type=int, default=1)
    ap.add_argument("--save")
    ap.add_argument("--report", action="store_true")
    args = ap.parse_args()
    if args.report:
        report(args.dir)
        return
    m = load(args.dir[0])
    meta = m["meta"]
    res = Reservoir(m)
    imgs = m["images"].astype(np.float64)
    best, feats, iters = math.inf, None, None
    for _ in range(args.reps):
        t0 = time.perf_counter()
        c0 = time.process_time()
        f, it = res.features(imgs, args.batch)
        dt = time.perf_counter() - t0
        if dt < best:
            best, cpu, feats, iters = dt, time.process_time() - c0, f, it
    ref = m["feats_go"]
    rel = np.max(np.abs(feats - ref)) / np.max(np.abs(ref))
    r = dict(forward_s=best, forward_cpu_s=cpu, images_per_s=len(imgs) / best, mean_iter=float(iters.mean()),
             max_iter=int(iters.max()), max_rel_feature_diff=float(rel), batch=args.batch)
    t = m["targets"]
    for name, inc in [("full", False), ("incremental", True)]:
        train(feats, t, meta, 10, inc)                         # warm-up
        t0 = time.perf_counter()
        r[f"final_nmse_{name}"] = float(train(feats, t, meta, args.epochs, inc))
        r[f"epoch_{name}_s"] = (time.perf_counter() - t0) / args.epochs
    for k, v in r.items():
        print("numpy_" + k, v)
    if args.save:
        json.dump(r, open(args.save, "w"))


def report(dirs):
    metas = [json.load(open(os.path.join(d, "meta.json"))) for d in dirs]
    meta = metas[0]
    gs = [x["go"] for x in metas]
    g1s = [json.load(open(os.path.join(d, "w1", "meta.json")))["go"] for d in dirs if os.path.exists(os.path.join(d, "w1", "meta.json"))]
    rs = [json.load(open(os.path.join(d, "numpy.json"))) for d in dirs]
    n = meta["n"]
    print()
    print(f"data: {meta['data']}; {n} images; best of {len(dirs)} alternating rounds per side")
    print(f"device: {meta['neurons']} neurons, {meta['grid']}x{meta['grid']} VCSEL grid, {meta['modes']} fibre modes, "
          f"{meta['input_side']}x{meta['input_side']} input DMD; tol {meta['tol']:g}, damping {meta['damping']:g}")
    r0, g0 = rs[0], gs[0]
    ok = all(r["max_rel_feature_diff"] < 1e-6 and abs(r["mean_iter"] - g0["mean_iter"]) < 0.05 for r in rs)
    print(f"same model: features agree to {max(r['max_rel_feature_diff'] for r in rs):.1e} (max relative), mean iterations "
          f"lumen {g0['mean_iter']:.2f} / numpy {r0['mean_iter']:.2f} -> {'OK' if ok else 'MISMATCH'}")
    gips = max(g["images_per_s"] for g in gs)
    nips = max(r["images_per_s"] for r in rs)
    gcpu = min(g["forward_cpu_s"] for g in gs)
    ncpu = min(r["forward_cpu_s"] for r in rs)
    gep = min(g["epoch_s"] for g in gs)
    nep = min(min(r["epoch_full_s"], r["epoch_incremental_s"]) for r in rs)
    rows = [("forward pass, images/s (wall)", gips, nips, gips / nips),
            ("forward pass, CPU ms per image", 1e3 * gcpu / n, 1e3 * ncpu / n, ncpu / gcpu)]
    if g1s:
        g1 = max(g["images_per_s"] for g in g1s)
        rows.append(("forward pass, 1 worker, images/s", g1, nips, g1 / nips))
    rows.append((f"training epoch on {n} images, ms", 1e3 * gep, 1e3 * nep, nep / gep))
    rows.append(("forward + 1 epoch, s", n / gips + gep, n / nips + nep, (n / nips + nep) / (n / gips + gep)))
    print(f"{'measurement':<36} {'lumen':>10} {'numpy':>10} {'lumen speed-up':>15}")
    for name, a, b, q in rows:
        print(f"{name:<36} {a:>10.4g} {b:>10.4g} {q:>14.2f}x")
    print("per round (lumen 2 workers / 1 worker / numpy images/s; lumen / numpy epoch ms): " + "; ".join(
        f"{g['images_per_s']:.0f} / {(g1s[i]['images_per_s'] if i < len(g1s) else float('nan')):.0f} / {r['images_per_s']:.0f}, "
        f"{1e3 * g['epoch_s']:.3f} / {1e3 * min(r['epoch_full_s'], r['epoch_incremental_s']):.3f}"
        for i, (g, r) in enumerate(zip(gs, rs))))
    print(f"(lumen: {g0['workers']} workers; numpy: batches of {r0['batch']} images, epoch = best of a full "
          f"matrix-vector product per epoch and an incremental update; target: lumen >= 2x numpy's throughput)")
    print(f"forward-pass target: {'met' if rows[0][3] >= 2 else 'NOT met'}; "
          f"training-epoch target: {'met' if nep / gep >= 2 else 'NOT met'}")

if __name__ == "__main__":
    main()
