"""The build script's pieces, each on its own: fast, no PyInstaller run (that is test_installer.py)."""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import tarfile
from pathlib import Path

import pytest
from packaging.version import Version

import build_installer as bi

GUI = bi.ROOT / "astra_desktop" / "gui"


def test_every_qt_module_the_gui_imports_is_kept_and_installed() -> None:
    imported: set[str] = set()
    for path in GUI.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        imported |= set(re.findall(r"\bPySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import ([\w, ()\n]+)", text):
            imported |= {n for n in re.findall(r"\w+", names) if n.startswith("Qt")}
    assert imported, "no PySide6 imports found in astra_desktop/gui"
    assert imported <= set(bi.QT_MODULES_USED), "add it to QT_MODULES_USED or the build drops it"
    assert set(bi.QT_MODULES_USED) <= set(bi.installed_qt_modules())


def test_qt_excludes_leave_out_everything_unused() -> None:
    installed = ["QtCore", "QtGui", "QtNetwork", "QtPdf", "QtQml", "QtWebEngineCore", "QtWidgets"]
    assert bi.qt_excludes(installed) == [
        "PySide6.QtNetwork",
        "PySide6.QtQml",
        "PySide6.QtWebEngineCore",
    ]
    real = bi.qt_excludes(bi.installed_qt_modules())
    assert "PySide6.QtNetwork" in real and "PySide6.QtQuick" in real
    assert not {f"PySide6.{m}" for m in bi.QT_MODULES_USED} & set(real)


@pytest.mark.parametrize(
    ("describe", "stamp"),
    [
        (None, "0.1.0"),
        ("v0.1.0", "0.1.0"),
        ("ee37ca8", "0.1.0+ee37ca8"),
        ("ee37ca8-dirty", "0.1.0+ee37ca8.dirty"),
        ("v0.1.0-3-gabc1234-dirty", "0.1.0+3.gabc1234.dirty"),
    ],
)
def test_version_stamp_is_a_pep440_local_version(describe: str | None, stamp: str) -> None:
    assert bi.version_stamp("0.1.0", describe) == stamp
    assert str(Version(stamp)) == stamp


def test_git_describe_outside_a_repository_is_none(tmp_path: Path) -> None:
    assert bi.git_describe(tmp_path) is None


@pytest.mark.parametrize(
    ("system", "machine", "name"),
    [
        ("Linux", "x86_64", "astra-desktop-0.2.0-linux-x86_64.tar.gz"),
        ("Linux", "aarch64", "astra-desktop-0.2.0-linux-arm64.tar.gz"),
        ("Windows", "AMD64", "astra-desktop-0.2.0-windows-x86_64-setup.exe"),
        ("Darwin", "arm64", "astra-desktop-0.2.0-macos-arm64.tar.gz"),
    ],
)
def test_archive_names(system: str, machine: str, name: str) -> None:
    assert bi.archive_name("0.2.0", system, machine) == name


def test_frozen_executable_per_platform(tmp_path: Path) -> None:
    assert bi.frozen_executable(tmp_path, "Linux") == tmp_path / "astra-desktop" / "astra-desktop"
    assert bi.frozen_executable(tmp_path, "Windows").name == "astra-desktop.exe"
    mac = bi.frozen_executable(tmp_path, "Darwin")
    assert mac == tmp_path / "ASTRA Desktop.app" / "Contents" / "MacOS" / "ASTRA Desktop"


def _args(system: str, tmp_path: Path) -> list[str]:
    return bi.pyinstaller_args(
        entry=tmp_path / "entry.py",
        system=system,
        dist=tmp_path / "dist",
        work=tmp_path / "work",
        data=[(tmp_path / "fonts", "resources/fonts")],
        excludes=["PySide6.QtNetwork", "sqlite3"],
    )


def test_pyinstaller_args_linux(tmp_path: Path) -> None:
    args = _args("Linux", tmp_path)
    assert args[-1] == str(tmp_path / "entry.py")
    for flag in ("--onedir", "--noupx", "--noconfirm", "--name=astra-desktop"):
        assert flag in args
    assert f"--add-data={tmp_path / 'fonts'}{os.pathsep}resources/fonts" in args
    assert "--exclude-module=PySide6.QtNetwork" in args and "--exclude-module=sqlite3" in args
    assert "--collect-data=astra_desktop" in args  # the SQL migrations
    assert not [a for a in args if a.startswith(("--onefile", "--windowed", "--icon"))]


def test_pyinstaller_args_windows_and_macos(tmp_path: Path) -> None:
    windows = _args("Windows", tmp_path)
    assert "--hide-console=hide-early" in windows and "--windowed" not in windows
    assert f"--icon={bi.ICON_PNG}" in windows
    mac = _args("Darwin", tmp_path)
    assert "--windowed" in mac and "--name=ASTRA Desktop" in mac


def test_resource_data_ships_resources_and_qm_but_not_ts(tmp_path: Path) -> None:
    resources, qm, stamp = tmp_path / "resources", tmp_path / "qm", tmp_path / "VERSION"
    for folder in ("fonts", "i18n", "templates"):
        (resources / folder).mkdir(parents=True)
    (resources / "i18n" / "astra_sr.ts").write_text("<TS/>")
    qm.mkdir()
    stamp.write_text("0.1.0\n")
    data = bi.resource_data(resources, qm, stamp)
    assert (resources / "i18n", "resources/i18n") not in data
    assert (qm, "resources/i18n") not in data  # no .qm compiled: nothing to ship
    assert (resources / "fonts", "resources/fonts") in data
    assert (stamp, "resources") in data
    (qm / "astra_sr.qm").write_bytes(b"qm")
    assert (qm, "resources/i18n") in bi.resource_data(resources, qm, stamp)


def test_real_resources_ship_fonts_with_licence_and_the_icon_with_its_note() -> None:
    fonts = bi.RESOURCES_DIR / "fonts"
    assert (fonts / "LICENSE-DejaVu.txt").exists() and any(fonts.glob("*.ttf"))
    assert bi.ICON_PNG.read_bytes().startswith(b"\x89PNG")
    assert "project's own work" in (bi.ICON_PNG.parent / "LICENSE.txt").read_text()


def test_prune_list_drops_unused_plugins_only() -> None:
    files = [
        "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
        "_internal/PySide6/Qt/plugins/platforms/libqwayland.so",
        "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "_internal/PySide6/Qt/plugins/platforms/libqvnc.so",
        "_internal/PySide6/Qt/plugins/platforms/libqeglfs.so",
        "_internal/PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
        "_internal/PySide6/Qt/translations/qt_help_de.qm",
        "_internal/PySide6/Qt/translations/qtbase_de.qm",
        "_internal/PySide6/Qt/plugins/platforms/qwindows.dll",
    ]
    assert bi.prune_list(files) == sorted(files[3:7])


def test_desktop_entry_is_a_valid_menu_entry() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(bi.desktop_entry())
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "ASTRA Desktop"
    assert entry["Exec"] == "astra-desktop" and entry["Icon"] == "astra-desktop"
    assert entry["Terminal"] == "false" and entry["Categories"].endswith(";")


def test_install_sh_adds_the_menu_entry_for_the_unpacked_folder(tmp_path: Path) -> None:
    folder = tmp_path / "astra desktop 0.1.0"
    folder.mkdir()
    for name, (content, mode) in bi.linux_extras().items():
        (folder / name).write_bytes(content)
        (folder / name).chmod(mode)
    data = tmp_path / "data"
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(data))
    subprocess.run(["sh", str(folder / "install.sh")], check=True, env=env, capture_output=True)
    entry = (data / "applications" / "astra-desktop.desktop").read_text()
    assert f'Exec="{folder}/astra-desktop"' in entry
    assert (data / "icons/hicolor/256x256/apps/astra-desktop.png").exists()


def test_inno_script(tmp_path: Path) -> None:
    name = bi.archive_name("0.1.0+abc", "Windows", "AMD64")
    script = bi.inno_script("0.1.0+abc", Path(r"C:\b\dist\astra-desktop"), Path(r"C:\b\dist"), name)
    sections = re.findall(r"^\[(\w+)\]$", script, re.MULTILINE)
    assert sections == ["Setup", "Languages", "Tasks", "Files", "Icons", "Run"]
    assert "AppId={{6B0E2C7A-" in script  # "{{" is Inno's escaped brace
    assert "AppVersion=0.1.0+abc" in script
    assert "OutputBaseFilename=astra-desktop-0.1.0+abc-windows-x86_64-setup\n" in script
    assert 'Source: "C:\\b\\dist\\astra-desktop\\*"; DestDir: "{app}"' in script
    assert "PrivilegesRequired=lowest" in script  # no administrator needed
    assert "UninstallDelete" not in script  # never removes the data folder (the vault)
    assert '"{group}\\ASTRA Desktop"; Filename: "{app}\\astra-desktop.exe"' in script


def test_pack_tarball_has_one_top_folder_and_no_build_user(tmp_path: Path) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "astra-desktop").write_text("#!/bin/sh\n")
    (bundle / "astra-desktop").chmod(0o755)
    (bundle / "_internal" / "lib.so").write_bytes(b"\0" * 10)
    archive = bi.pack_tarball(
        bundle.iterdir(),
        tmp_path / "astra-desktop-0.1.0-linux-x86_64.tar.gz",
        {"install.sh": (b"#!/bin/sh\n", 0o755)},
    )
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    top = "astra-desktop-0.1.0-linux-x86_64"
    assert set(members) == {
        f"{top}/astra-desktop",
        f"{top}/_internal",
        f"{top}/_internal/lib.so",
        f"{top}/install.sh",
    }
    assert members[f"{top}/astra-desktop"].mode & 0o111
    assert members[f"{top}/install.sh"].mode == 0o755
    assert {(m.uid, m.uname) for m in members.values()} == {(0, "")}


def test_compile_translations_makes_qm_files(tmp_path: Path) -> None:
    ts = tmp_path / "ts"
    ts.mkdir()
    (ts / "astra_sr_Latn.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="sr_Latn">'
        "<context><name>Unlock</name><message><source>Unlock</source>"
        "<translation>Otključaj</translation></message></context></TS>",
        encoding="utf-8",
    )
    out = bi.compile_translations(ts, tmp_path / "qm")
    qm = out / "astra_sr_Latn.qm"
    assert qm.read_bytes().startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))


def test_the_project_commits_no_translations_build_output() -> None:
    assert "*.qm" in (bi.ROOT / ".gitignore").read_text().split()


def _fake_dist(tmp_path: Path) -> Path:
    bundle = tmp_path / "dist" / "astra-desktop"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "astra-desktop").write_text("#!/bin/sh\n")
    return tmp_path / "dist"


def test_linux_release_is_a_tarball_with_menu_entry_icon_and_installer(tmp_path: Path) -> None:
    release = bi.package("0.1.0", _fake_dist(tmp_path), "Linux", "x86_64")
    assert release is not None
    with tarfile.open(release) as tar:
        names = set(tar.getnames())
    top = "astra-desktop-0.1.0-linux-x86_64"
    for name in ("astra-desktop", "_internal", "astra-desktop.desktop", "astra-desktop.png"):
        assert f"{top}/{name}" in names
    assert f"{top}/install.sh" in names


def test_windows_release_writes_the_inno_script_next_to_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bi.shutil, "which", lambda name: None)  # no Inno Setup here
    dist = _fake_dist(tmp_path)
    assert bi.package("0.1.0", dist, "Windows", "AMD64") is None
    script = (dist / "astra-desktop.iss").read_text(encoding="utf-8")
    assert f'Source: "{dist / "astra-desktop"}\\*"' in script
