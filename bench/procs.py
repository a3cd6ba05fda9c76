"""Processes: cold training runs, the two servers, and their memory as read from /proc."""

import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

from serving import action_server
from serving.endpoints import endpoints_yaml

ROOT = Path(__file__).resolve().parents[1]

from serving.readiness import free_port, wait_until_up  # noqa: E402
BIN = Path(sys.executable).parent

# What scripts/run.sh and the Makefile set for every Rasa command, and the secret the Rasa server
# sends to the action server (one per benchmark run).
BASE_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
    action_server.TOKEN_VAR: action_server.new_token(),
}


# --- memory ------------------------------------------------------------------------

def _parents() -> Dict[int, int]:
    out = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            # the command name may contain spaces and parentheses: split after the last ')'
            out[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    return out


def process_tree(pid: int) -> List[int]:
    """pid and all its descendants."""
    parents = _parents()
    tree, frontier = [pid], [pid]
    while frontier:
        frontier = [child for child, parent in parents.items() if parent in frontier]
        tree += frontier
    return tree


def _status_kb(pid: int) -> Dict[str, int]:
    values = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    key, number = line.split()[:2]
                    values[key[:-1]] = int(number)
    except OSError:
        pass
    return values


def memory_mb(pid: int) -> Dict[str, float]:
    """RSS now (VmRSS) and peak (VmHWM) in MB, each summed over the process and its children."""
    rss = hwm = 0
    pids = process_tree(pid)
    for p in pids:
        s = _status_kb(p)
        rss += s.get("VmRSS", 0)
        hwm += s.get("VmHWM", 0)
    return {"rss_mb": rss / 1024, "hwm_mb": hwm / 1024, "processes": len(pids)}


_TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process and its children so far (/proc/<pid>/stat)."""
    total = 0
    for p in process_tree(pid):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])      # utime, stime (fields 14 and 15)
    return total / _TICK


class Sampler(threading.Thread):
    """Samples the summed RSS of a process tree every `interval` seconds; keeps the maximum."""

    def __init__(self, pid: int, interval: float = 0.25):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.max_rss_mb = 0.0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.max_rss_mb = max(self.max_rss_mb, memory_mb(self.pid)["rss_mb"])
            self._halt.wait(self.interval)

    def stop(self) -> float:
        self._halt.set()
        self.join()
        return self.max_rss_mb


# --- training ----------------------------------------------------------------------

@dataclass
class TrainResult:
    seconds: float
    peak_rss_mb: float
    model: Path
    model_mb: float


def train(config: Path, project: Path, out: Path, name: str, cache: Path, env: Dict[str, str],
          log: Path, progress: Optional[Callable[[str], None]] = None, every: float = 30.0) -> TrainResult:
    """`rasa train --force` with an empty cache directory: a cold training run.

    `progress`, if given, gets a line every `every` seconds saying what the training is doing."""
    cache.mkdir(parents=True, exist_ok=True)
    cmd = [*rasa_command(), "train", "--config", str(config), "--domain", str(project / "domain.yml"),
           "--data", str(project / "data"), "--out", str(out), "--fixed-model-name", name, "--force"]
    run_env = {**os.environ, **BASE_ENV, **env, "RASA_CACHE_DIRECTORY": str(cache)}
    start = time.perf_counter()
    last_report = start
    with log.open("w") as f:
        proc = subprocess.Popen(cmd, cwd=project, env=run_env, stdout=f, stderr=subprocess.STDOUT)
        while True:
            # wait4 gives this child's own peak RSS (ru_maxrss, in kB on Linux)
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            time.sleep(0.2)
            if progress and time.perf_counter() - last_report >= every:
                last_report = time.perf_counter()
                progress(f"{name}: still training after {last_report - start:.0f} s: {training_status(log)}")
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    model = out / f"{name}.tar.gz"
    if proc.returncode != 0 or not model.exists():
        raise RuntimeError(f"training {config.name} failed ({proc.returncode}); log {log}:\n"
                           + log.read_text()[-3000:])
    return TrainResult(seconds, usage.ru_maxrss / 1024, model, model.stat().st_size / 2 ** 20)


_COMPONENT = re.compile(r"Starting to train component '([^']+)'")
_EPOCH = re.compile(r"Epochs:\s+\d+%\|[^|]*\|\s*(\d+)/(\d+)")


def training_status(log: Path) -> str:
    """The component being trained and, for DIET/TED, the epoch, from the tail of the log."""
    try:
        with log.open("rb") as f:
            f.seek(max(0, log.stat().st_size - 20000))
            tail = f.read().decode("utf-8", "replace")
    except OSError:
        return "starting"
    components = _COMPONENT.findall(tail)
    status = components[-1] if components else "loading data and building the graph"
    epochs = _EPOCH.findall(tail.split(f"component '{components[-1]}'")[-1]) if components else []
    if epochs:
        status += f", epoch {epochs[-1][0]}/{epochs[-1][1]}"
    return status


# --- servers -----------------------------------------------------------------------

@dataclass
class Server:
    name: str
    proc: subprocess.Popen
    url: str
    log: Path
    ready_s: float = 0.0
    sampler: Optional[Sampler] = field(default=None, repr=False)

    def memory(self) -> Dict[str, float]:
        return memory_mb(self.proc.pid)

    def cpu(self) -> float:
        return cpu_seconds(self.proc.pid)

    def stop(self) -> None:
        try:
            if self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait()
        finally:
            if self.sampler:
                self.sampler.stop()


def start_server(name: str, cmd: List[str], cwd: Path, env: Dict[str, str], url: str, ready_path: str,
                 log: Path, timeout: float = 240) -> Server:
    """Start a server and poll `ready_path` every 20 ms; ready_s is the time to the first 200."""
    handle = log.open("w")
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env={**os.environ, **BASE_ENV, **env},
                            stdout=handle, stderr=subprocess.STDOUT)
    server = Server(name, proc, url, log)
    server.sampler = Sampler(proc.pid)
    server.sampler.start()
    try:
        wait_until_up(url + ready_path, proc, log, f"the {name}", timeout, interval=0.02)
    except BaseException:
        server.stop()
        raise
    server.ready_s = time.perf_counter() - start
    return server


def start_action_server(env: Dict[str, str], log: Path) -> Server:
    port = free_port()
    return start_server("action server", action_server.command(port), ROOT, {"SANIC_HOST": "127.0.0.1", **env},
                        f"http://127.0.0.1:{port}", "/health", log)


def start_rasa_server(model: Path, project: Path, action_url: str, tracker_db: Optional[Path], token: str,
                      env: Dict[str, str], log: Path) -> Server:
    """`rasa run` as scripts/run.sh starts it, with endpoints.yml's settings and its tracker store in
    a scratch file, or Rasa's in-memory tracker store when tracker_db is None."""
    port = free_port()
    endpoints = log.with_suffix(".endpoints.yml")
    endpoints.write_text(endpoints_yaml(f"{action_url}/webhook", tracker_db))
    cmd = rasa_command() + [
        "run", "--model", str(model), "--endpoints", str(endpoints),
        "--credentials", str(project / "credentials.yml"), "--interface", "127.0.0.1",
        "--port", str(port), "--enable-api", "--auth-token", token]
    # From the project root, like `make serve`: credentials.yml may name channels in the project.
    return start_server("Rasa server", cmd, ROOT, env, f"http://127.0.0.1:{port}",
                        f"/status?token={token}", log)


def rasa_command() -> List[str]:
    """How `make serve` starts Rasa: the project's launcher (Rasa plus its patches)."""
    return [sys.executable, "-m", "serving"]
