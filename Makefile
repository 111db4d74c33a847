# Front door: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
AS_OF ?= 2026-11-23

.PHONY: install lock system-deps demo check test bench bench-site schemas clean

LOCK := requirements.txt
LOCK_VENV := $(VENV)-lock
LOCK_TOOL := uv==0.13.8
# `make lock` moves every package to its newest release; `make lock LOCK_UPGRADE=` only adds
# what pyproject.toml gained and keeps the other pins.
LOCK_UPGRADE ?= --upgrade


# The environment is exactly the lock: every package at its pinned version, checked against the
# hashes it was locked with, nothing resolved at install time. When the lock or pyproject.toml
# changes, the environment is made anew so it never keeps a package the lock dropped.
$(STAMP): pyproject.toml $(LOCK)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/pip check
	touch $(STAMP)

install: $(STAMP)

# Resolve pyproject.toml (with the test extra and the build backend) for every platform and
# Python >= 3.11, with the hashes of every file, into the lock. Commit the lock with the change.
lock:
	test -x $(LOCK_VENV)/bin/uv || { $(PYTHON) -m venv $(LOCK_VENV) && $(LOCK_VENV)/bin/pip install --quiet $(LOCK_TOOL); }
	printf 'setuptools>=77\n' | $(LOCK_VENV)/bin/uv pip compile pyproject.toml - --extra test \
	  --universal --python-version 3.11 --generate-hashes --no-emit-index-url $(LOCK_UPGRADE) \
	  --custom-compile-command "make lock" --quiet -o $(LOCK)

# Fonts with Vietnamese (Times New Roman metrics), poppler and chromium, from Debian; a no-op when present.
system-deps:
	@scripts/ci/system-deps.sh

demo: system-deps install
	@echo "== Kiểm tra kho mẫu của tỉnh Hòa Lâm (ngày xét $(AS_OF)) =="
	$(BIN)/cchc check --as-of $(AS_OF)
	@echo
	@echo "== Tình hình nộp văn bản năm 2026 (ngày xét $(AS_OF)) =="
	$(BIN)/cchc status --as-of $(AS_OF) | tail -n 25
	@echo
	@echo "== In văn bản theo thể thức Nghị định 30/2020/NĐ-CP (DOCX, PDF) =="
	$(BIN)/cchc render --as-of $(AS_OF)
	@echo
	@echo "== Báo cáo tổng hợp quý III năm 2026 của Sở Nội vụ =="
	$(BIN)/cchc consolidate --period 2026-quy_3 --as-of $(AS_OF) --so-ky-hieu 215/BC-SNV
	@echo
	@echo "== Trang công khai (MkDocs Material) =="
	$(BIN)/cchc build --as-of $(AS_OF)
	@echo
	@echo "Xong. Trang công khai: site/ (mở site/index.html, hoặc chạy '$(BIN)/cchc serve' rồi vào http://127.0.0.1:8000)."
	@echo "Văn bản đã in: build/documents/<đơn vị>/<năm>/; báo cáo tổng hợp: build/tong-hop/."
	@echo "Xem các tệp mẫu trong units/ và content/, hướng dẫn soạn thảo trong content/huong-dan/."
	@echo "Bảng đầy đủ: '$(BIN)/cchc status --as-of $(AS_OF)' (thêm --format csv hoặc json)."
	@echo "Thử một lỗi: sửa một tệp trong units/ rồi chạy lại '$(BIN)/cchc check'."

check: install
	$(BIN)/cchc check --as-of $(AS_OF)

test: system-deps install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python scripts/bench/check_bench.py
	$(BIN)/python scripts/bench/render_bench.py

# The site at 500, 2,000 and 5,000 documents against a plain MkDocs build (long: about 15 minutes).
bench-site: install
	$(BIN)/python scripts/bench/site_bench.py

schemas: install
	$(BIN)/cchc schema --out content/schemas

clean:
	rm -rf $(VENV) $(LOCK_VENV) site build bench/work
