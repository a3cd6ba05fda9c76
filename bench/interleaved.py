"""Interleaved A/B of launcher fixes, in one process: `python -m bench.interleaved --fix MODULE.FUNCTION ...`.

Separate benchmark runs on a shared two-core VM differ by up to a quarter in CPU per turn, more
than most single fixes save. Here one Rasa agent is loaded in-process (with the real action
server and the cached SQL tracker store, as `make serve` runs them) and plays the benchmark's
8-turn script; conversations alternate between Rasa's own methods and the fixes under test, so
both sides see the same machine. Reported per turn type: the Rasa side's CPU time (thread time:
the action server is another process) and wall time. Both sides run with the launcher's other
fixes (`serving.patches`), less those named with `--without`. Used for bench/PROFILING.md,
section 9; nothing here runs in production.
"""

import argparse
import asyncio
import inspect
import logging
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Callable, Dict, List, Tuple

from bench import load, procs
from bench.procs import ROOT
from serving import action_server, patches, speedups



def fix_function(name: str) -> Callable[[], None]:
    try:
        return patches.named([name])[0].function
    except patches.PatchError as e:
        raise SystemExit(f"error: --fix/--without: {e}")


def both_sides(under_test: List[str], without: List[str]) -> List[str]:
    """The launcher's speed fixes that both sides run with."""
    launcher = [patch.name for patch in patches.for_command("run") if patch.kind == patches.SPEED]
    unknown = [name for name in without if name not in launcher]
    if unknown:
        raise SystemExit(f"error: --without takes the launcher's fixes ({', '.join(launcher)}), got "
                         f"{', '.join(unknown)}")
    return [name for name in launcher if name not in under_test and name not in without]


def rasa_namespaces() -> Dict[Tuple[str, str], object]:
    """Rasa's loaded modules and the classes defined in them: where the fixes replace things."""
    found: Dict[Tuple[str, str], object] = {}
    for module_name, module in list(sys.modules.items()):
        if module is None or module_name.split(".")[0] not in ("rasa", "rasa_sdk"):
            continue
        found[(module_name, "")] = module
        for value in list(vars(module).values()):
            if inspect.isclass(value) and value.__module__ == module_name:
                found[(module_name, value.__qualname__)] = value
    return found


_ABSENT = object()


class Switch:
    """Records which attributes of Rasa's modules and classes the fixes replace, to flip between
    Rasa's and theirs."""

    def __init__(self, fixes: List[Callable[[], None]]) -> None:
        namespaces = rasa_namespaces()
        before = {key: dict(vars(owner)) for key, owner in namespaces.items()}
        for fix in fixes:
            fix()
        self.changes = [(owner, name, before[key].get(name, _ABSENT), value)
                        for key, owner in namespaces.items() for name, value in list(vars(owner).items())
                        if before[key].get(name, _ABSENT) is not value]
        if fixes and not self.changes:
            raise SystemExit("error: the fixes changed nothing in Rasa's loaded modules and classes")

    def use(self, fixed: bool) -> None:
        for owner, name, stock, ours in self.changes:
            if (ours if fixed else stock) is _ABSENT:
                delattr(owner, name)
            else:
                setattr(owner, name, ours if fixed else stock)


async def play(model: Path, action_url: str, tracker_db: Path, conversations: int, switch: Switch) -> Dict:
    from rasa.core.agent import load_agent
    from rasa.core.utils import AvailableEndpoints
    from serving.endpoints import endpoints_yaml

    endpoints_file = tracker_db.with_suffix(".yml")
    endpoints_file.write_text(endpoints_yaml(f"{action_url}/webhook", tracker_db))
    # This in-process Rasa reads endpoints.yml's ${ACTION_TOKEN}: the one the action server was given.
    os.environ[action_server.TOKEN_VAR] = procs.BASE_ENV[action_server.TOKEN_VAR]
    agent = await load_agent(model_path=str(model), endpoints=AvailableEndpoints.read_endpoints(str(endpoints_file)))
    times: Dict[Tuple[str, str], List[Tuple[float, float]]] = {}
    for i in range(conversations):
        fixed = i % 2 == 1
        switch.use(fixed)
        sender = f"ab-{i}-{uuid.uuid4().hex[:8]}"
        for turn in load.SCRIPT:
            wall, cpu = time.perf_counter(), time.thread_time()
            replies = await agent.handle_text(turn.text, sender_id=sender)
            cpu, wall = (time.thread_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000
            text = load.reply_text(replies)
            if not all(word in text for word in turn.expect):
                raise SystemExit(f"error: {'fixed' if fixed else 'stock'} side answered {turn.text!r} with "
                                 f"{text[:200]!r}")
            if i >= 10:     # the first conversations warm caches up
                times.setdefault(("fixed" if fixed else "stock", turn.kind), []).append((cpu, wall))
    kept = agent.action_endpoint.__dict__.get("_kept_session")    # speedups.reuse_action_server_connections
    if kept:
        await kept[1].close()
    return times


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.interleaved", description=__doc__.split("\n\n")[0])
    parser.add_argument("--fix", action="append", default=[], help="MODULE.FUNCTION under test (repeatable)")
    parser.add_argument("--without", action="append", default=[],
                        help="a launcher fix left off on both sides (repeatable)")
    parser.add_argument("--model", default=str(ROOT / "models" / "cable.tar.gz"))
    parser.add_argument("--conversations", type=int, default=200)
    args = parser.parse_args(argv)
    if args.conversations < 12:
        parser.error("--conversations must be at least 12 (the first 10 only warm up)")
    if not Path(args.model).is_file():
        parser.error(f"no model at {args.model} (`make train` makes one)")
    speedups.import_skops_first()
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog
    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)
    import rasa.core.agent  # noqa: F401  (loads the classes the fixes patch)
    import rasa.core.policies.rule_policy  # noqa: F401
    import rasa.nlu.classifiers.logistic_regression_classifier  # noqa: F401
    for name in both_sides(args.fix, args.without):
        fix_function(name)()
    switch = Switch([fix_function(name) for name in args.fix])
    with tempfile.TemporaryDirectory() as scratch:
        action = procs.start_action_server({}, Path(scratch) / "action.log")
        try:
            times = asyncio.run(play(Path(args.model), action.url, Path(scratch) / "tracker.db",
                                     args.conversations, switch))
        finally:
            action.stop()
    print(table(times))
    return 0


def table(times: Dict[Tuple[str, str], List[Tuple[float, float]]]) -> str:
    lines = [f"{'turn type':<18} {'side':<6} {'CPU mean':>9} {'CPU p50':>8} {'wall p50':>9}   (ms, Rasa side)"]
    for kind in load.KINDS + [load.OPENING]:
        for side in ("stock", "fixed"):
            samples = times.get((side, kind), [])
            if samples:
                cpu = [c for c, _ in samples]
                lines.append(f"{kind:<18} {side:<6} {statistics.mean(cpu):9.2f} {statistics.median(cpu):8.2f} "
                             f"{statistics.median([w for _, w in samples]):9.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
