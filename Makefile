# Caitien: every target installs what it needs first (uv, .venv, system packages).
# After any target, .venv/bin/caitien is the CLI.

VENV := .venv
BIN := $(VENV)/bin
UV := scripts/uv.sh

.PHONY: run test lint fmt types bench golden messages venv system-deps clean

venv: $(BIN)/caitien

$(BIN)/caitien: pyproject.toml uv.lock
	$(UV) sync --locked
	@touch $@

system-deps:
	scripts/system-deps.sh

run: venv
	scripts/run.sh

test: venv system-deps lint types
	scripts/test.sh

lint: venv
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/ruff check src tests benchmarks scripts

fmt: venv
	$(BIN)/ruff format src tests benchmarks scripts
	$(BIN)/ruff check --fix src tests benchmarks scripts

types: venv
	$(BIN)/mypy
	$(BIN)/mypy --config-file src/caitien_web/mypy.ini

bench: venv system-deps
	$(BIN)/python benchmarks/run.py

# Extract the marked strings into locale/vi (new ones come out untranslated), compile the .mo.
# Both files are committed; tests/web/test_catalogue.py checks they match the code.
messages: venv system-deps
	cd src/caitien_web && ../../$(BIN)/python -m caitien_web makemessages -l vi --add-location file --no-obsolete
	cd src/caitien_web && ../../$(BIN)/python -m caitien_web compilemessages -l vi

golden: venv
	UPDATE_GOLDEN=1 $(BIN)/pytest -q tests -k golden

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
