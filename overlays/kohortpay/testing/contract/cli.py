"""``kohortpay-contract``: the whole contract (every phase, every check) against a KohortPay server.

::

    kohortpay-contract --url http://127.0.0.1:12111 --api-key sk_test_…        # the mock
    kohortpay-contract --url https://sandbox.example --api-key sk_test_… --live # a real server

Runs the schemathesis CLI with the shipped spec, settings and hooks. Against the mock, exits with
its status (0: no failure). With ``--live``, every failure is then judged by the ledger of known
divergences between KohortPay's server and the spec, which ships with the package, plus your own
(``--divergences FILE``, see :mod:`kohortpay.testing.contract.ledger`): known ones are listed apart,
and the exit status is 0 when every failure is known, 1 when one is new. ``--strict`` judges without
the shipped ledger. The key reaches schemathesis through the environment, never the command line.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kohortpay.testing import version_line

from . import HOOKS, KEY_VARIABLE, SPEC_FILE, check_key, config_text, ledger


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kohortpay-contract", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=version_line())
    parser.add_argument("--url", required=True, help="the server's base URL")
    parser.add_argument(
        "--api-key", default=os.environ.get("KOHORTPAY_API_KEY"), help="a secret test key (default: $KOHORTPAY_API_KEY)"
    )
    parser.add_argument("--max-examples", type=int, default=100, help="examples per operation and phase (100)")
    parser.add_argument("--stateful-only", action="store_true", help="only the stateful phase (link-following)")
    parser.add_argument("--live", action="store_true", help="a real server: failures judged by the divergence ledger")
    parser.add_argument(
        "--divergences", type=Path, action="append", default=[], metavar="FILE", help="your own ledger entries (YAML)"
    )
    parser.add_argument("--strict", action="store_true", help="leave the shipped ledger out: every failure counts")
    parser.add_argument("--allow-livemode", action="store_true", help="accept an sk_live_ key (it changes objects)")
    parser.add_argument("--seed", type=int, help="hypothesis seed, for a run to repeat")
    parser.add_argument("--request-timeout", type=float, default=30.0, help="seconds per request (30)")
    parser.add_argument("--report", type=Path, help="also write schemathesis's NDJSON report there")
    return parser.parse_args(argv)


def command(args: argparse.Namespace, config_file: Path, report: Path | None) -> list[str]:
    run = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(config_file), "run", str(SPEC_FILE)]
    run += ["--url", args.url.rstrip("/"), "--checks", "all", "--max-examples", str(args.max_examples)]
    run += ["--request-timeout", str(args.request_timeout)]
    run += ["--workers", "1"]  # hypothesis's source introspection is not thread-safe on 3.11
    if args.live:  # `--checks all` overrides the configuration's disabled check
        run += ["--exclude-checks", "unsupported_method"]
    if args.stateful_only:
        run += ["--phases", "stateful"]
    if args.seed is not None:
        run += ["--seed", str(args.seed)]
    if report is not None:
        run += ["--report", "ndjson", "--report-ndjson-path", str(report.resolve())]
    return run


def judge(report: Path, status: int, divergences: list[ledger.Divergence]) -> int:
    """The exit status of a run whose failures are judged by `divergences`."""
    if not report.exists():
        print(f"kohortpay-contract: schemathesis wrote no report (exit {status})", file=sys.stderr)
        return status or 1
    verdict = ledger.report(list(ledger.failures(report)), divergences, sys.stdout)
    errors = ledger.errors(report)
    if errors:
        print(f"\nkohortpay-contract: {errors} errors (not failed checks) — no ledger excuses them", file=sys.stderr)
        return status or 1
    return verdict


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.api_key:
        print("kohortpay-contract: pass --api-key or set KOHORTPAY_API_KEY", file=sys.stderr)
        return 2
    try:
        check_key(args.api_key, allow_livemode=args.allow_livemode)
        shipped = [ledger.SHIPPED] if args.live and not args.strict else []
        divergences = ledger.load(*shipped, *args.divergences) if shipped or args.divergences else None
    except (ValueError, OSError) as exc:
        print(f"kohortpay-contract: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        config_file = Path(scratch) / "schemathesis.toml"
        config_file.write_text(config_text(live=args.live))
        report = args.report or (Path(scratch) / "run.ndjson" if divergences is not None else None)
        env = {**os.environ, KEY_VARIABLE: args.api_key, "SCHEMATHESIS_HOOKS": HOOKS}
        status = subprocess.run(command(args, config_file, report), env=env, cwd=scratch, check=False).returncode
        if divergences is None or report is None:
            return status
        return judge(report, status, divergences)


if __name__ == "__main__":
    sys.exit(main())
