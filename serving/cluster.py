"""N Rasa replicas and M action servers on consecutive ports, sharing PostgreSQL and Redis.

Replica i listens on rasa_port + i and calls action server i % M (action_port + i % M).
Used by `make replicas` (scripts/replicas.py) and by tests/scale, which kill and restart
single processes. Every process gets its own log file, named by role and port as scripts/run.sh
names them (rasa-server-5005.log), appended to across restarts.
"""

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Sequence

from serving import action_server
from serving.readiness import ServerFailed, wait_until_up
from serving.scale_env import scale_env

__all__ = ["Cluster", "ServerFailed"]

ROOT = Path(__file__).resolve().parents[1]
QUIET = {"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "2",
         "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}


class Cluster:
    def __init__(self, replicas: int = 2, actions: Optional[int] = None, rasa_port: int = 5005,
                 action_port: int = 5055, host: str = "127.0.0.1", token: str = "",
                 environ: Optional[Mapping[str, str]] = None, log_dir: Path = ROOT / "var" / "logs",
                 endpoints: Path = ROOT / "endpoints-scale.yml",
                 credentials: Path = ROOT / "credentials.yml", cors: Sequence[str] = (),
                 model: Path = ROOT / "models" / "cable.tar.gz", python: str = sys.executable):
        if replicas < 1 or (actions is not None and actions < 1):
            raise ValueError("N and M must be at least 1")
        self.n, self.m = replicas, actions or replicas
        self.rasa_port, self.action_port, self.host = rasa_port, action_port, host
        base = dict(os.environ if environ is None else environ)
        # Every replica sends, and every action server expects, the same action token.
        self.action_token = base.get(action_server.TOKEN_VAR, "").strip() or action_server.new_token()
        self.env: Dict[str, str] = {**base, **QUIET, **scale_env(base), "RASA_TOKEN": token,
                                    action_server.TOKEN_VAR: self.action_token}
        self.token, self.log_dir, self.python = token, Path(log_dir), python
        self.endpoints, self.credentials, self.cors, self.model = endpoints, credentials, list(cors), model
        self.rasa: List[Optional[subprocess.Popen]] = [None] * self.n
        self.actions: List[Optional[subprocess.Popen]] = [None] * self.m

    def rasa_url(self, i: int) -> str:
        return f"http://{self.host}:{self.rasa_port + i}"

    def action_url(self, j: int) -> str:
        return f"http://{self.host}:{self.action_port + j}"

    def _spawn(self, args: List[str], env: Dict[str, str], log: Path) -> subprocess.Popen:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        with log.open("a") as out:
            return subprocess.Popen(args, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)

    def prepare(self) -> None:
        """Knowledge base and records table, created once before any action server starts."""
        subprocess.run([self.python, "-m", "serving.scale_env", "--prepare", "--no-connect"], cwd=ROOT,
                       env=self.env, check=True)

    def start_action(self, j: int, wait: bool = True) -> None:
        env = {**self.env, "SANIC_HOST": self.host}
        self.actions[j] = self._spawn(action_server.command(self.action_port + j, self.python),
                                      env, self.log_dir / f"action-server-{self.action_port + j}.log")
        if wait:
            self.wait(self.actions[j], f"{self.action_url(j)}/health", f"action-server-{self.action_port + j}")

    def start_replica(self, i: int, wait: bool = True) -> None:
        env = {**self.env, "ACTION_HOST": self.host, "ACTION_PORT": str(self.action_port + i % self.m)}
        args = [self.python, "-m", "serving", "run", "--model", str(self.model),
                "--endpoints", str(self.endpoints), "--credentials", str(self.credentials),
                "--interface", self.host, "--port", str(self.rasa_port + i), "--enable-api"]
        if self.cors:
            args += ["--cors", *self.cors]
        self.rasa[i] = self._spawn(args, env, self.log_dir / f"rasa-server-{self.rasa_port + i}.log")
        if wait:
            self.wait(self.rasa[i], f"{self.rasa_url(i)}/", f"rasa-server-{self.rasa_port + i}")

    def wait(self, proc: subprocess.Popen, url: str, name: str, seconds: float = 180) -> None:
        wait_until_up(url, proc, self.log_dir / f"{name}.log", name, seconds, log_tail=False)

    def start(self) -> None:
        """Everything, started in parallel, then waited for (model loading dominates)."""
        self.prepare()
        for j in range(self.m):
            self.start_action(j, wait=False)
        for i in range(self.n):
            self.start_replica(i, wait=False)
        for j in range(self.m):
            self.wait(self.actions[j], f"{self.action_url(j)}/health", f"action-server-{self.action_port + j}")
        for i in range(self.n):
            self.wait(self.rasa[i], f"{self.rasa_url(i)}/", f"rasa-server-{self.rasa_port + i}")

    def kill_replica(self, i: int, sig: int = signal.SIGKILL) -> None:
        self._kill(self.rasa[i], sig)

    def kill_action(self, j: int, sig: int = signal.SIGKILL) -> None:
        self._kill(self.actions[j], sig)

    @staticmethod
    def _kill(proc: Optional[subprocess.Popen], sig: int) -> None:
        if proc is not None and proc.poll() is None:
            proc.send_signal(sig)
            proc.wait(timeout=30)

    def processes(self) -> List[subprocess.Popen]:
        return [p for p in self.rasa + self.actions if p is not None]

    def stop(self) -> None:
        live = [p for p in self.processes() if p.poll() is None]
        for p in live:
            p.terminate()
        for p in live:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
