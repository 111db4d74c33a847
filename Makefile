# Front door: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
AS_OF ?= 2026-11-23

.PHONY: install system-deps demo check test bench bench-site schemas clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

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
	rm -rf $(VENV) site build .cchc-cache bench/work
