# The two commands people need: `make run` and `make test`. Everything else is
# a detail of those two. Targets install what is missing (Debian packages,
# npm packages for the browser tests) before they build.
BUILD ?= build
BUILD_TYPE ?= Release
DATA ?= var
LISTEN ?= 127.0.0.1:8080
JOBS ?= $(shell nproc)

.PHONY: run test build deps test-deps bench clean format

run: deps build
	$(BUILD)/src/meldpunt serve --data $(DATA) --listen $(LISTEN)

build:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DMELDPUNT_BENCH=OFF >/dev/null
	cmake --build $(BUILD) -j $(JOBS)

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

test: test-deps build
	cd $(BUILD) && ctest --output-on-failure --timeout 900 -j 2

bench: test-deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DMELDPUNT_BENCH=ON >/dev/null
	cmake --build $(BUILD) -j $(JOBS)
	bench/run.sh $(BUILD)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.hpp')

clean:
	rm -rf $(BUILD)
