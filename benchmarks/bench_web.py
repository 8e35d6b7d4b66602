"""Web: p50/p95 of the plan editor (30 rows) under 20 concurrent users, against a trivial page.

Starts ``scripts/run.sh`` itself, the server ``make run`` starts (SQLite, demo data),
on a free loopback port with its own data folder, logs in over HTTP, then runs a
bounded thread pool of http.client sessions. Also prints the first-load weight
(HTML + CSS + JS as transferred, gzip accepted) and the repeat-load weight
(HTML only: static files are cached for a year), and stops the server with Ctrl+C.
"""

from __future__ import annotations

import gzip
import http.client
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
USERS, REQUESTS_PER_USER, TIME_LIMIT_S = 20, 15, 60.0
SETUP = """
from caitien_web.plans.models import Plan
plan = Plan.objects.get(school__name="Trường Mầm non An Lộc")
while plan.items.count() < 30:
    plan.add_item(None, {"content": "Dòng thêm cho phép đo", "criterion": "1.1"})
print(plan.pk)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _manage(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [str(PYTHON), "-m", "caitien_web", *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return done.stdout


class Session:
    """One user: a keep-alive connection with the session cookie."""

    def __init__(self, port: int, cookie: str = "") -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookie = cookie

    def get(self, path: str, gzip_ok: bool = False) -> tuple[int, bytes, dict[str, str]]:
        headers = {"Cookie": self.cookie}
        if gzip_ok:
            headers["Accept-Encoding"] = "gzip"
        self.conn.request("GET", path, headers=headers)
        response = self.conn.getresponse()
        return response.status, response.read(), dict(response.getheaders())


def _login(port: int) -> str:
    session = Session(port)
    _, body, headers = session.get("/dang-nhap/")
    csrf = re.search(r"csrftoken=([^;]+)", headers.get("Set-Cookie", ""))
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    assert csrf and token
    form = f"username=hieutruong&password=caitien-demo-2026&csrfmiddlewaretoken={token[1].decode()}"
    session.conn.request(
        "POST",
        "/dang-nhap/",
        body=form,
        headers={
            "Cookie": f"csrftoken={csrf[1]}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Referer": f"http://127.0.0.1:{port}/dang-nhap/",
        },
    )
    response = session.conn.getresponse()
    response.read()
    sessionid = re.search(r"sessionid=([^;]+)", response.getheader("Set-Cookie") or "")
    assert sessionid, "đăng nhập thất bại"
    return f"sessionid={sessionid[1]}; csrftoken={csrf[1]}"


def _measure(port: int, cookie: str, path: str) -> list[float]:
    deadline = time.monotonic() + TIME_LIMIT_S

    def user(_: int) -> list[float]:
        session, times = Session(port, cookie), []
        for _ in range(REQUESTS_PER_USER):
            if time.monotonic() > deadline:
                break
            started = time.perf_counter()
            status, _, _ = session.get(path)
            assert status == 200, status
            times.append((time.perf_counter() - started) * 1000)
        return times

    with ThreadPoolExecutor(max_workers=USERS) as pool:
        return [t for times in pool.map(user, range(USERS)) for t in times]


def _p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1]


def _weights(port: int, cookie: str, path: str) -> tuple[int, int]:
    session = Session(port, cookie)
    _, html, _ = session.get(path, gzip_ok=True)
    assets = re.findall(
        rb'(?:href|src)="(/static/[^"]+)"',
        gzip.decompress(html) if html[:2] == b"\x1f\x8b" else html,
    )
    static = sum(
        len(session.get(a.decode().replace("&amp;", "&"), gzip_ok=True)[1]) for a in assets
    )
    return len(html) + static, len(html)


def run() -> None:
    """Start ``scripts/run.sh`` (what ``make run`` serves), measure, print, stop it with Ctrl+C."""
    with tempfile.TemporaryDirectory(prefix="caitien-bench-") as folder:
        port = _free_port()
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "caitien_web.settings",
            "CAITIEN_DATA_DIR": folder,
            "PORT": str(port),
        }
        env.pop("DATABASE_URL", None)
        # A session of its own, so that Ctrl+C can be sent to the whole group as a terminal does.
        server = subprocess.Popen(
            [str(ROOT / "scripts" / "run.sh")],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            _wait_for(port)
            plan_pk = _manage(env, "shell", "-c", SETUP).strip().splitlines()[-1]
            print(f"-- scripts/run.sh: {_server_line(server.pid)}")
            _report(port, f"/plans/{plan_pk}/")
        finally:
            _stop(server)


def _server_line(pid: int) -> str:
    """What run.sh runs (gunicorn and its options), read from the process table."""
    with open(f"/proc/{pid}/cmdline", "rb") as handle:  # noqa: PTH123
        words = handle.read().decode().split("\0")
    return " ".join(w for w in words[1:] if w and "/" not in w)


def _stop(server: subprocess.Popen[bytes]) -> None:
    started = time.perf_counter()
    os.killpg(server.pid, signal.SIGINT)
    try:
        code = server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        code = server.wait()
    print(f"Ctrl+C: server stopped in {time.perf_counter() - started:.1f} s (exit code {code})")


def _wait_for(port: int) -> None:
    for _ in range(1800):  # run.sh migrates and loads the demo plans first
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("máy chủ không khởi động")


def _report(port: int, editor: str) -> None:
    cookie = _login(port)
    for path in (editor, "/dang-nhap/"):  # warm every worker: templates, frameworks, caches
        _measure(port, cookie, path)
    trivial = _measure(port, cookie, "/dang-nhap/")
    page = _measure(port, cookie, editor)
    first, repeat = _weights(port, cookie, editor)
    print(f"{'page':<34}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}")
    print(
        f"{'plan editor (30 rows), 20 users':<34}{len(page):>9}{_p(page, 50):>9.1f}"
        f"{_p(page, 95):>9.1f}   target p95 < 150 ms"
    )
    print(
        f"{'trivial page (login), 20 users':<34}{len(trivial):>9}{_p(trivial, 50):>9.1f}"
        f"{_p(trivial, 95):>9.1f}"
    )
    print(f"p95 ratio editor/trivial: {_p(page, 95) / _p(trivial, 95):.1f}×")
    print(
        f"first load {first / 1024:.1f} KB (target < 300 KB), "
        f"repeat load {repeat / 1024:.1f} KB (target < 50 KB)"
    )


if __name__ == "__main__":
    run()
    sys.exit(0)
