"""The `cchc` command: one function per subcommand, each main-like (args -> exit code)."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from . import __version__
from .cliargs import (integer as _int, iso_date as _date, name_values, output_folder, unexpected,
                      vietnamese_argparse, workspace_root)

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
LANG_HELP = "ngôn ngữ của thông báo: vi (mặc định) hoặc en"


def _formats(text: str) -> tuple[str, ...]:
    if text.strip().lower() == "none":
        return ()
    from .render.command import parse_formats as parse
    return parse(text)


def _workspace(args) -> Path:
    root = workspace_root(args)
    if root is None:
        raise SystemExit(EXIT_USAGE)
    return root


def _usage(message: str) -> int:
    print(f"cchc: {message}", file=sys.stderr)
    return EXIT_USAGE


def cmd_check(args) -> int:
    from . import check, output
    root = _workspace(args)
    findings, files, waived = check.run(root, [Path(p) for p in args.paths], use_cache=not args.no_cache,
                                        jobs=args.jobs, as_of=args.as_of)
    print(output.REPORTERS[args.format](findings, files, args.lang, waived))
    blocking = {"error", "warning"} if args.strict else {"error"}
    return EXIT_FINDINGS if any(f.severity in blocking for f in findings) else EXIT_OK


def cmd_status(args) -> int:
    import csv
    import io
    import json

    from . import output, status
    from .loader import load_workspace
    from .model import Model
    root = _workspace(args)
    if args.as_of is None:
        return _usage("cần --as-of YYYY-MM-DD: trạng thái luôn tính tại một ngày được chỉ rõ.")
    year = args.year or args.as_of.year
    ws = load_workspace(root, jobs=args.jobs)
    model = Model(ws, args.as_of)
    _, rules = model.book.for_year(year)
    if rules is None:
        return _usage(f"không có bộ quy tắc cho năm {year}.")
    duties = status.compute(model, year, args.as_of)
    if args.unit:
        if args.unit not in model.units:
            return _usage(f"không có đơn vị \"{args.unit}\" (xem thư mục units/).")
        duties = [d for d in duties if d.unit == args.unit]
    if args.due_within is not None:
        horizon = args.as_of + dt.timedelta(days=args.due_within)
        duties = [d for d in duties if d.state == status.NOT_DUE and d.due <= horizon]
    if args.format == "json":
        print(json.dumps({"as_of": args.as_of.isoformat(), "year": year, "summary": status.summary(duties),
                          "duties": [d.as_dict() for d in duties]}, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(status.Duty.__dataclass_fields__), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: output.safe_csv_cell(v) for k, v in d.as_dict().items()} for d in duties)
        print(buffer.getvalue(), end="")
    else:
        print(output.visible(status.as_text(duties, model.valid_units(), rules, args.lang), keep="\n"))
    return EXIT_OK


def cmd_schema(args) -> int:
    from . import jsonschema
    written = jsonschema.write_all(Path(args.out))
    print("\n".join(str(p) for p in written))
    return EXIT_OK


def cmd_init(args) -> int:
    from . import init
    try:
        created = init.create(Path(args.dir), args.province, args.year)
    except init.InitError as exc:
        return _usage(str(exc))
    print(f"Đã tạo kho CCHC của tỉnh {args.province} tại {args.dir} ({len(created)} tệp).")
    print("Tiếp theo: thêm các đơn vị vào units/<mã đơn vị>/unit.yml rồi chạy \"cchc check\".")
    return EXIT_OK


def cmd_new(args) -> int:
    from . import newdoc
    root = _workspace(args)
    kind = newdoc.KINDS[args.kind]
    try:
        path = newdoc.write(root, kind, args.unit, args.year, args.period or "")
    except newdoc.Refused as exc:
        return _usage(str(exc))
    print(f"Đã tạo {path.relative_to(root)}. Điền các chỗ còn trống rồi chạy \"cchc check {path.relative_to(root)}\".")
    return EXIT_OK


def _period(text: str, year: int) -> tuple[int, str]:
    """"quy_3" or "2026-quy_3" -> (year, period id)."""
    head, sep, tail = text.partition("-")
    if sep and head.isdigit() and len(head) == 4:
        return int(head), tail
    return year, text


def cmd_consolidate(args) -> int:
    from . import consolidate, document, output
    from .loader import load_workspace
    from .model import Model
    root = _workspace(args)
    if args.as_of is None:
        return _usage("cần --as-of YYYY-MM-DD: báo cáo tổng hợp tình hình tại một ngày được chỉ rõ.")
    if args.format and not args.so_ky_hieu:
        return _usage("cần --so-ky-hieu (ví dụ 215/BC-SNV): văn bản in ra phải có số, ký hiệu; "
                      "hoặc --format none để chỉ lập bản Markdown.")
    year, period = _period(args.period, args.year or args.as_of.year)
    ws = load_workspace(root, jobs=args.jobs)
    model = Model(ws, args.as_of)
    _, rules = model.book.for_year(year)
    periods = (rules or {}).get("ky_bao_cao") or {}
    if period not in periods:
        return _usage(f"kỳ \"{period}\" không có trong bộ quy tắc năm {year} (có: {', '.join(periods) or 'không có'}).")
    result = consolidate.build(model, year, period, args.as_of, number=args.so_ky_hieu or "", issued=args.ngay)
    out_dir = output_folder(args, root, Path("build") / "tong-hop")
    if out_dir is None:
        return EXIT_FINDINGS
    source = out_dir.joinpath(*Path(result.rel).parts[1:])
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_text(result.text, encoding="utf-8")
    name = periods[period]['ten']
    print(f"Đã tổng hợp báo cáo {name[:1].lower() + name[1:]} năm {year}: {source}")
    for uid, code in result.broken:
        print(f"  Lưu ý: phụ lục {code} của {uid} có số liệu chưa khớp công thức (đánh dấu (*) trong bảng tổng hợp).")
    if not args.format:
        return EXIT_OK
    from .render.engine import Engine
    doc = document.load(root, result.rel, "document", raw=result.text.encode("utf-8"))
    outcome = Engine(root, ws, args.format, out_dir, jobs=args.jobs or 1, model=model).run([doc])
    if outcome.findings:
        print(output.text(outcome.findings, 1, args.lang).rsplit("\n", 1)[0], file=sys.stderr)
    for fmt in args.format:
        if source.with_suffix("." + fmt).exists():
            print(f"  {fmt.upper()}: {source.with_suffix('.' + fmt)}")
    return EXIT_FINDINGS if outcome.failed else EXIT_OK


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="cchc", description="Kế hoạch, báo cáo và Chỉ số cải cách hành chính của tỉnh.",
                                  epilog="Xem hướng dẫn của từng lệnh: cchc LỆNH --help")
    top.add_argument("--version", action="version", version=f"cchc {__version__}",
                     help="in phiên bản của chương trình rồi thoát")
    sub = top.add_subparsers(dest="command", required=True, metavar="LỆNH", title="các lệnh")

    check = sub.add_parser("check", help="kiểm tra các tệp của kho")
    check.add_argument("paths", nargs="*", help="tệp hoặc thư mục cần kiểm tra (mặc định: cả kho)")
    check.add_argument("--as-of", type=_date, help="ngày xét (YYYY-MM-DD)")
    check.add_argument("--format", choices=("text", "json", "github"), default="text",
                       help="text: cho người đọc (mặc định); json: cho chương trình khác; github: chú thích GitHub Actions")
    check.add_argument("--lang", choices=("vi", "en"), default="vi", help=LANG_HELP)
    check.add_argument("--strict", action="store_true", help="coi cảnh báo là lỗi")
    check.add_argument("--no-cache", action="store_true", help="không dùng kết quả đã lưu")
    check.add_argument("--jobs", type=_int, help="số tiến trình song song")
    check.add_argument("--workspace", help="thư mục của kho (mặc định: thư mục hiện tại)")
    check.set_defaults(func=cmd_check)

    state = sub.add_parser("status", help="tình hình nộp kế hoạch, báo cáo của các đơn vị")
    state.add_argument("--as-of", type=_date, help="ngày xét (YYYY-MM-DD), bắt buộc")
    state.add_argument("--year", type=_int, help="năm (mặc định: năm của ngày xét)")
    state.add_argument("--unit", help="chỉ một đơn vị (mã thư mục)")
    state.add_argument("--due-within", type=_int, help="chỉ các văn bản sắp đến hạn trong số ngày này")
    state.add_argument("--format", choices=("text", "json", "csv"), default="text",
                       help="text: bảng cho người đọc (mặc định); json, csv: dữ liệu")
    state.add_argument("--lang", choices=("vi", "en"), default="vi", help=LANG_HELP)
    state.add_argument("--jobs", type=_int, help="số tiến trình song song")
    state.add_argument("--workspace", help="thư mục của kho (mặc định: thư mục hiện tại)")
    state.set_defaults(func=cmd_status)

    schema = sub.add_parser("schema", help="xuất JSON Schema cho trình soạn thảo")
    schema.add_argument("--out", required=True, help="thư mục ghi các tệp *.schema.json")
    schema.set_defaults(func=cmd_schema)

    init = sub.add_parser("init", help="tạo kho CCHC mới cho một tỉnh")
    init.add_argument("dir", help="thư mục của kho mới (trống hoặc chưa có)")
    init.add_argument("--province", required=True, help="tên tỉnh, ví dụ \"Hòa Lâm\"")
    init.add_argument("--year", type=_int, default=2026, help="năm của bộ quy tắc đầu tiên")
    init.set_defaults(func=cmd_init)

    new = sub.add_parser("new", help="tạo khung văn bản đơn vị phải ban hành (không ghi đè tệp đã có)")
    new.add_argument("kind", choices=("plan", "report", "par"), help="plan: kế hoạch; report: báo cáo; par: tự đánh giá")
    new.add_argument("--unit", required=True, help="mã đơn vị (tên thư mục trong units/)")
    new.add_argument("--year", type=_int, required=True, help="năm của văn bản")
    new.add_argument("--period", help="kỳ báo cáo (quy_1, 6_thang, quy_3, nam...), chỉ cho report")
    new.add_argument("--workspace", help="thư mục của kho (mặc định: thư mục hiện tại)")
    new.set_defaults(func=cmd_new)

    merged = sub.add_parser("consolidate", help="báo cáo tổng hợp của cơ quan thường trực cho một kỳ")
    merged.add_argument("--period", required=True, help="kỳ báo cáo: quy_1, 6_thang, quy_3, nam (hoặc 2026-quy_3)")
    merged.add_argument("--year", type=_int, help="năm (mặc định: năm của ngày xét)")
    merged.add_argument("--as-of", type=_date, help="ngày xét (YYYY-MM-DD), bắt buộc")
    merged.add_argument("--so-ky-hieu", help="số, ký hiệu của báo cáo tổng hợp, ví dụ 215/BC-SNV (cần khi in)")
    merged.add_argument("--ngay", type=_date, help="ngày ban hành (mặc định: ngày xét)")
    merged.add_argument("--format", type=_formats, default=("docx", "pdf"),
                        help="định dạng in: docx,pdf,html; \"none\" để chỉ ghi tệp Markdown")
    merged.add_argument("--out", help="thư mục kết quả (mặc định: build/tong-hop)")
    merged.add_argument("--jobs", type=_int, help="số tiến trình song song")
    merged.add_argument("--lang", choices=("vi", "en"), default="vi", help=LANG_HELP)
    merged.add_argument("--workspace", help="thư mục của kho (mặc định: thư mục hiện tại)")
    merged.set_defaults(func=cmd_consolidate)

    render = sub.add_parser("render", help="in văn bản theo thể thức Nghị định 30/2020/NĐ-CP (DOCX, PDF, HTML)")
    from .render import command as render_command
    render_command.add_arguments(render)
    render.set_defaults(func=render_command.main)

    from .site import command as site_command
    build = sub.add_parser("build", help="dựng trang công khai: kiểm tra, tình hình nộp, in văn bản, MkDocs")
    site_command.add_build_arguments(build)
    build.set_defaults(func=site_command.build_main)
    serve = sub.add_parser("serve", help="xem trước trang công khai trên máy")
    site_command.add_serve_arguments(serve)
    serve.set_defaults(func=site_command.serve_main)
    return name_values(top)


def main(argv: list[str] | None = None) -> int:
    try:
        with vietnamese_argparse():
            args = parser().parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    try:
        return args.func(args)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader (head, less) stopped early: nothing to report
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # the last guard: one sentence and a log with the details, never a traceback
        print(unexpected(exc, args.command), file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
