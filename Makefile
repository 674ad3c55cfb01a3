# `make chat` and `make test` are the README's quick start: each sets up a local virtual environment first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: chat test check bench bench-scale bench-startup eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

chat: $(STAMP)
	$(BIN)/qa

test: $(STAMP)
	$(BIN)/ruff check qa tests
	$(BIN)/ruff format --check qa tests
	$(BIN)/mypy
	$(BIN)/qa check
	$(BIN)/pytest

check: $(STAMP)
	$(BIN)/qa check

eval: $(STAMP)
	$(BIN)/python tests/evaluate.py tests/eval/questions.toml tests/eval/holdout.toml tests/eval/blind.toml \
		tests/eval/blind2.toml tests/eval/blind3.toml tests/eval/blind4.toml tests/eval/blind5.toml \
		tests/eval/blind6.toml tests/eval/blind7.toml \
		tests/eval/blind8.toml tests/eval/blind9.toml tests/eval/blind10.toml \
		tests/eval/blind11.toml tests/eval/blind12.toml tests/eval/blind13.toml tests/eval/blind14.toml \
		tests/eval/blind15.toml tests/eval/blind16.toml \
		tests/eval/blind17.toml tests/eval/blind18.toml tests/eval/blind19.toml \
		tests/eval/blind20.toml tests/eval/blind21.toml tests/eval/blind22.toml tests/eval/blind23.toml \
		tests/eval/blind24.toml tests/eval/blind25.toml tests/eval/blind26.toml tests/eval/blind27.toml \
		tests/eval/blind28.toml tests/eval/blind29.toml tests/eval/blind30.toml tests/eval/blind31.toml \
		tests/eval/blind32.toml tests/eval/blind33.toml tests/eval/blind34.toml tests/eval/blind35.toml \
		tests/eval/blind36.toml tests/eval/blind37.toml \
		tests/eval/blind38.toml tests/eval/blind39.toml tests/eval/blind40.toml tests/eval/blind41.toml \
		tests/eval/blind42.toml tests/eval/blind43.toml tests/eval/blind44.toml tests/eval/blind45.toml \
		tests/eval/blind46.toml tests/eval/blind47.toml tests/eval/blind48.toml tests/eval/blind49.toml \
		tests/eval/blind50.toml tests/eval/blind51.toml \
		tests/eval/blind52.toml tests/eval/blind53.toml \
		tests/eval/blind54.toml tests/eval/blind55.toml \
		tests/eval/blind56.toml tests/eval/blind57.toml \
		tests/eval/blind58.toml tests/eval/blind59.toml \
		tests/eval/blind60.toml tests/eval/blind61.toml \
		tests/eval/blind62.toml tests/eval/blind63.toml \
		tests/eval/blind64.toml tests/eval/blind65.toml \
		tests/eval/blind66.toml tests/eval/blind67.toml \
		tests/eval/blind68.toml tests/eval/blind69.toml \
		tests/eval/blind70.toml tests/eval/blind71.toml \
		tests/eval/blind72.toml tests/eval/blind73.toml \
		tests/eval/blind74.toml tests/eval/blind75.toml \
		tests/eval/blind76.toml tests/eval/blind77.toml \
		tests/eval/blind78.toml tests/eval/blind79.toml \
		tests/eval/blind80.toml tests/eval/blind81.toml \
		tests/eval/blind82.toml tests/eval/blind83.toml \
		tests/eval/blind84.toml tests/eval/blind85.toml \
		tests/eval/blind86.toml tests/eval/blind87.toml \
		tests/eval/blind88.toml tests/eval/blind89.toml \
		tests/eval/blind90.toml tests/eval/blind91.toml \
		tests/eval/blind92.toml tests/eval/blind93.toml \
		tests/eval/blind94.toml tests/eval/blind95.toml \
		tests/eval/blind96.toml tests/eval/blind97.toml \
		tests/eval/blind98.toml tests/eval/blind99.toml \
		tests/eval/blind100.toml tests/eval/blind101.toml \
		tests/eval/blind102.toml tests/eval/blind103.toml \
		tests/eval/blind104.toml tests/eval/blind105.toml \
		tests/eval/blind106.toml tests/eval/blind107.toml \
		tests/eval/blind108.toml tests/eval/blind109.toml \
		tests/eval/blind110.toml tests/eval/blind111.toml \
		tests/eval/blind112.toml tests/eval/blind113.toml \
		tests/eval/blind114.toml tests/eval/blind115.toml \
		tests/eval/blind116.toml tests/eval/blind117.toml \
		tests/eval/blind118.toml tests/eval/blind119.toml \
		tests/eval/blind120.toml tests/eval/blind121.toml \
		tests/eval/blind122.toml tests/eval/blind123.toml \
		tests/eval/blind124.toml tests/eval/blind125.toml \
		tests/eval/blind126.toml tests/eval/blind127.toml \
		tests/eval/blind128.toml tests/eval/blind129.toml \
		tests/eval/blind130.toml tests/eval/blind131.toml \
		tests/eval/blind132.toml tests/eval/blind133.toml \
		tests/eval/blind134.toml tests/eval/blind135.toml \
		tests/eval/blind136.toml tests/eval/blind137.toml \
		tests/eval/blind138.toml tests/eval/blind139.toml \
		tests/eval/blind140.toml tests/eval/blind141.toml \
		tests/eval/blind142.toml tests/eval/blind143.toml \
		tests/eval/blind144.toml tests/eval/blind145.toml \
		tests/eval/blind146.toml tests/eval/blind147.toml \
		tests/eval/blind148.toml tests/eval/blind149.toml \
		tests/eval/blind150.toml tests/eval/blind151.toml \
		tests/eval/blind152.toml tests/eval/blind153.toml \
		tests/eval/blind154.toml tests/eval/blind155.toml \
		tests/eval/blind156.toml tests/eval/blind157.toml \
		tests/eval/blind158.toml tests/eval/blind159.toml \
		tests/eval/blind160.toml tests/eval/blind161.toml \
		tests/eval/blind162.toml tests/eval/blind163.toml \
		tests/eval/blind164.toml tests/eval/blind165.toml \
		tests/eval/blind166.toml tests/eval/blind167.toml \
		tests/eval/blind168.toml tests/eval/blind169.toml \
		tests/eval/blind170.toml tests/eval/blind171.toml \
		tests/eval/blind172.toml tests/eval/blind173.toml \
		tests/eval/blind174.toml tests/eval/blind175.toml \
		tests/eval/blind176.toml tests/eval/blind177.toml \
		tests/eval/blind178.toml tests/eval/blind179.toml \
		tests/eval/blind180.toml tests/eval/blind181.toml \
		tests/eval/blind182.toml tests/eval/blind183.toml \
		tests/eval/blind184.toml tests/eval/blind185.toml \
		tests/eval/blind186.toml tests/eval/blind187.toml \
		tests/eval/blind188.toml tests/eval/blind189.toml \
		tests/eval/blind190.toml tests/eval/blind191.toml \
		tests/eval/blind192.toml tests/eval/blind193.toml \
		tests/eval/blind194.toml tests/eval/blind195.toml \
		tests/eval/blind196.toml tests/eval/blind197.toml \
		tests/eval/blind198.toml tests/eval/blind199.toml \
		tests/eval/blind200.toml tests/eval/blind201.toml \
		tests/eval/blind202.toml tests/eval/blind203.toml \
		tests/eval/blind204.toml tests/eval/blind205.toml \
		tests/eval/blind206.toml tests/eval/blind207.toml \
		tests/eval/blind208.toml tests/eval/blind209.toml \
		tests/eval/blind210.toml tests/eval/blind211.toml \
		tests/eval/blind212.toml tests/eval/blind213.toml \
		tests/eval/blind214.toml tests/eval/blind215.toml \
		tests/eval/blind216.toml tests/eval/blind217.toml \
		tests/eval/blind218.toml tests/eval/blind219.toml \
		tests/eval/blind220.toml tests/eval/blind221.toml \
		tests/eval/blind222.toml tests/eval/blind223.toml \
		tests/eval/blind224.toml tests/eval/blind225.toml \
		tests/eval/blind226.toml tests/eval/blind227.toml \
		tests/eval/typo_generated.toml

bench: $(STAMP)
	$(BIN)/python -m tests.bench

bench-scale: $(STAMP)
	$(BIN)/python -m tests.bench_scale

bench-startup: $(STAMP)
	$(BIN)/python -m tests.bench_startup

clean:
	rm -rf $(VENV) dist build .mypy_cache .ruff_cache .pytest_cache
