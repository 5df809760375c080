"""Two real Syncthing instances on 127.0.0.1 sharing one folder, for the team-sync test.

Each instance gets its own home under tmp, its own GUI/REST and sync ports on the loopback
address, and every way of reaching beyond this machine switched off before it starts: global and
local discovery, relays, NAT traversal, usage and crash reporting, upgrades. The two are then
introduced to each other and given the folder through the REST API, as a person's set-up would
be, and stopped (and waited for) when the test ends. Syncthing itself comes from Debian's
`syncthing` package (`.ci/run` installs it).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

FOLDER_ID = "astra-office"
STARTUP_SECONDS = 60
# Options that keep an instance on this machine (names as in Syncthing's config.xml <options>).
_LOCAL_ONLY = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "urSeen": "3",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
    "reconnectionIntervalS": "1",
}


# No proxy from the environment: the requests go to 127.0.0.1 and nowhere else.
_LOOPBACK = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def available() -> bool:
    return shutil.which("syncthing") is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ST")}
    env.update(STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1", HOME=str(home))
    return env


@dataclass
class Instance:
    home: Path
    gui_port: int
    sync_port: int
    api_key: str
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None
    log: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log = self.home / "syncthing.log"

    # --- set-up -----------------------------------------------------------------------------------
    def generate(self) -> None:
        subprocess.run(
            ["syncthing", "generate", f"--home={self.home}", "--no-default-folder"],
            check=True, capture_output=True, env=_env(self.home), timeout=60,
        )  # fmt: skip
        config = self.home / "config.xml"
        tree = ET.parse(config)
        root = tree.getroot()
        gui = root.find("gui")
        assert gui is not None
        gui.set("tls", "false")
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        options = root.find("options")
        assert options is not None
        for name, value in _LOCAL_ONLY.items():
            _set(options, name, value)
        for old in options.findall("listenAddress"):
            options.remove(old)
        ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{self.sync_port}"
        tree.write(config)
        found = subprocess.run(
            ["syncthing", "serve", f"--home={self.home}", "--device-id"],
            check=True, capture_output=True, env=_env(self.home), timeout=60,
        )  # fmt: skip
        self.device_id = found.stdout.decode().strip()

    def start(self) -> None:
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                ["syncthing", "serve", f"--home={self.home}", "--no-browser", "--no-restart",
                 "--no-upgrade"],
                stdout=log, stderr=subprocess.STDOUT, env=_env(self.home),
            )  # fmt: skip
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"syncthing stopped at start:\n{self.log.read_text()[-2000:]}")
            try:
                if self.rest("GET", "/rest/system/ping").get("ping") == "pong":
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"syncthing did not answer in {STARTUP_SECONDS} s")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            self.rest("POST", "/rest/system/shutdown")
            self.process.wait(timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait(timeout=20)

    # --- REST ---------------------------------------------------------------------------------------
    def rest(self, method: str, path: str, body: object | None = None) -> dict:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", data=data, method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"},
        )  # fmt: skip
        with _LOOPBACK.open(request, timeout=10) as answer:
            text = answer.read().decode() or "{}"
        loaded = json.loads(text)
        return loaded if isinstance(loaded, dict) else {"items": loaded}

    def introduce(self, other: Instance) -> None:
        """Add `other` as a device, reached only at its loopback address."""
        self.rest("PUT", f"/rest/config/devices/{other.device_id}", {
            "deviceID": other.device_id, "name": other.home.name,
            "addresses": [f"tcp://127.0.0.1:{other.sync_port}"], "autoAcceptFolders": False,
        })  # fmt: skip

    def share(self, path: Path, *others: Instance) -> None:
        """The office folder at `path`, shared with `others` (watched, rescanned every 2 s)."""
        devices = [{"deviceID": d.device_id} for d in (self, *others)]
        self.rest("PUT", f"/rest/config/folders/{FOLDER_ID}", {
            "id": FOLDER_ID, "label": "ASTRA office", "path": str(path), "type": "sendreceive",
            "devices": devices, "rescanIntervalS": 2, "fsWatcherEnabled": True,
            "fsWatcherDelayS": 1,
        })  # fmt: skip


def _set(parent: ET.Element, name: str, value: str) -> None:
    node = parent.find(name)
    if node is None:
        node = ET.SubElement(parent, name)
    node.text = value


def pair(base: Path, folder_a: Path, folder_b: Path) -> tuple[Instance, Instance]:
    """Two started instances that share the office folder (at `folder_a` on one, `folder_b`
    on the other). The caller stops them."""
    a = Instance(base / "st-a", free_port(), free_port(), "astra-test-key-a")
    b = Instance(base / "st-b", free_port(), free_port(), "astra-test-key-b")
    started: list[Instance] = []
    try:
        for inst, folder in ((a, folder_a), (b, folder_b)):
            inst.home.mkdir(parents=True)
            folder.mkdir(parents=True, exist_ok=True)
            inst.generate()
        for inst in (a, b):
            started.append(inst)
            inst.start()
        a.introduce(b)
        b.introduce(a)
        a.share(folder_a, b)
        b.share(folder_b, a)
    except BaseException:
        for inst in started:
            inst.stop()
        raise
    return a, b


def wait_for(path: Path, seconds: float = 90) -> bool:
    """Whether `path` arrives (complete, not as Syncthing's temporary file) within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists():
            return True
        time.sleep(0.25)
    return False
