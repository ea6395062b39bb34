"""`python -m codegen check [SPEC]`: check the spec's `x-kohortpay` (make spec).
`python -m codegen generate PACKAGE [SPEC]`: write the resources, facts and records into PACKAGE, a
package openapi-python-client has just generated from SPEC (make generate)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import generate, python, spec

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="check the spec's x-kohortpay extension")
    check.add_argument("spec", nargs="?", type=Path, default=ROOT / "openapi.yaml")
    run = commands.add_parser("generate", help="write the resources, facts and records")
    run.add_argument("package", type=Path)
    run.add_argument("spec", nargs="?", type=Path, default=ROOT / "openapi.yaml")
    run.add_argument("--config", type=Path, default=ROOT / "generator-config.yml")
    args = parser.parse_args(argv)
    document = spec.load(args.spec)
    try:
        api = spec.read(document)
    except spec.SpecError as error:
        print(f"{args.spec}: x-kohortpay does not hold:", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    if args.command == "check":
        print(f"{args.spec}: x-kohortpay OK")
        return 0
    files = generate.Generator(api, python.names(document, args.spec, args.config)).files()
    generate.write(files, args.package)
    return 0


sys.exit(main())
