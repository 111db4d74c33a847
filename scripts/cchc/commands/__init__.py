"""The subcommands of `cchc`, one module each, in the order `cchc --help` lists them.

A command module has ``NAME`` and ``HELP`` (its line in `cchc --help`), ``SHARED`` (the options it
takes of those several subcommands share, declared once in ``cliargs.SHARED``) and, if it words one
of them its own way, ``SHARED_HELP``; ``add_arguments(parser)`` declares its own options and
``main(args) -> int`` runs it and returns its exit code (``cliargs.EXIT_*``).
"""
from __future__ import annotations

import argparse

from ..cliargs import name_values, shared_options
from . import build, check, consolidate, init, new, render, schema, serve, status

COMMANDS = {module.NAME: module for module in (check, status, schema, init, new, consolidate, render, build, serve)}


def add_to(subparsers, module) -> argparse.ArgumentParser:
    """The subcommand ``module`` added to ``cchc``'s subparsers."""
    parser = subparsers.add_parser(module.NAME, help=module.HELP, parents=[_parent(module)])
    module.add_arguments(parser)
    parser.set_defaults(func=module.main)
    return parser


def parser_of(name: str, prog: str | None = None) -> argparse.ArgumentParser:
    """The parser of one subcommand on its own (tests, benchmarks): `cchc NAME` without `cchc`."""
    module = COMMANDS[name]
    parser = argparse.ArgumentParser(prog=prog or f"cchc {name}", description=module.HELP, parents=[_parent(module)])
    module.add_arguments(parser)
    parser.set_defaults(func=module.main)
    return name_values(parser)


def _parent(module) -> argparse.ArgumentParser:
    return shared_options(module.SHARED, getattr(module, "SHARED_HELP", None))
