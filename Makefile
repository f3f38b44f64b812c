# Lumen build, test and benchmark entry points. `make test` is what CI runs
# (via .ci/run); `make demo` is the main job.
SHELL := /bin/bash
GO ?= go
BIN := bin/lumen
PY := /usr/bin/python3
# Debian packages the tests drive the kernel with (real Jupyter clients).
DEB_TEST := python3-jupyter-client python3-jupyter-kernel-test python3-nbclient python3-ipykernel python3-numpy jupyter-nbconvert
DEB_BENCH := python3-sklearn python3-torch python3-brian

.PHONY: setup build test test-go test-fast conformance-refresh bench demo clean

setup:
	@missing=""; for p in $(DEB_TEST); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		(apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	$(GO) mod download

build:
	$(GO) build -o $(BIN) ./cmd/lumen

test: setup build
	$(GO) vet ./...
	$(GO) test -p 1 -timeout 20m ./...

test-fast: build
	$(GO) test -short ./...

# Regenerate the conformance expectations with CPython 3.11 (python3 on PATH).
conformance-refresh:
	cd scripting/testdata/conformance && for f in *.py; do python3 $$f > $${f%.py}.out; done

bench: build
	bash bench/pybench/run.sh $(BIN)

demo: build
	./$(BIN) run examples/tour.py

clean:
	rm -rf bin out
