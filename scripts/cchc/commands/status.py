"""`cchc status --as-of DATE [--year N] [--unit ID] [--due-within DAYS] [--format text|json|csv]`: who met
which duty of a year, on time or late, as of the day given (never today by default)."""
from __future__ import annotations

import datetime as dt

from .. import status
from ..cliargs import EXIT_OK, EXIT_USAGE, integer, usage, workspace_root
from ..loader import load_workspace
from ..model import Model
from ..reporters.status import STATUS, Situation

NAME = "status"
HELP = "tình hình nộp kế hoạch, báo cáo của các đơn vị"
SHARED = ("as_of", "lang", "jobs", "workspace")
SHARED_HELP = {"as_of": "ngày xét (YYYY-MM-DD), bắt buộc"}


def add_arguments(parser) -> None:
    parser.add_argument("--year", type=integer, help="năm (mặc định: năm của ngày xét)")
    parser.add_argument("--unit", help="chỉ một đơn vị (mã thư mục)")
    parser.add_argument("--due-within", type=integer, help="chỉ các văn bản sắp đến hạn trong số ngày này")
    parser.add_argument("--format", choices=STATUS.names, default=STATUS.default, help=STATUS.help())


def main(args) -> int:
    root = workspace_root(args)
    if root is None:
        return EXIT_USAGE
    if args.as_of is None:
        return usage("cần --as-of YYYY-MM-DD: trạng thái luôn tính tại một ngày được chỉ rõ.")
    year = args.year or args.as_of.year
    ws = load_workspace(root, jobs=args.jobs)
    model = Model(ws, args.as_of)
    _, rules = model.book.for_year(year)
    if rules is None:
        return usage(f"không có bộ quy tắc cho năm {year}.")
    duties = status.compute(model, year, args.as_of)
    if args.unit:
        if args.unit not in model.units:
            return usage(f"không có đơn vị \"{args.unit}\" (xem thư mục units/).")
        duties = [d for d in duties if d.unit == args.unit]
    if args.due_within is not None:
        horizon = args.as_of + dt.timedelta(days=args.due_within)
        duties = [d for d in duties if d.state == status.NOT_DUE and d.due <= horizon]
    situation = Situation(args.as_of, year, duties, model.valid_units(), rules)
    print(STATUS[args.format].write(situation, args.lang))
    return EXIT_OK
