"""The xcb check before Qt starts: which desktops it looks at, and the one line it prints."""

from __future__ import annotations

import pytest

from desktop_crm.ui import platform_check as pc


@pytest.mark.parametrize(("env", "platform", "expected"), [
    ({}, "linux", True),  # X11 session, Qt's default: xcb
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
    ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"XDG_SESSION_TYPE": "wayland", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_only_linux_with_xcb_is_checked(env: dict[str, str], platform: str, expected: bool) -> None:
    assert pc.needs_xcb(env, platform) is expected


def test_missing_libraries_name_their_packages(capsys: pytest.CaptureFixture[str]) -> None:
    absent = {"libxcb-cursor.so.0", "libxcb-icccm.so.4"}
    with pytest.raises(SystemExit) as exited:
        pc.check_or_exit(load=lambda soname: soname not in absent, environ={"DISPLAY": ":0"})
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1  # one line
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 " in err
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4 are missing" in err


def test_nothing_happens_when_all_load_or_qt_runs_offscreen() -> None:
    pc.check_or_exit(load=lambda soname: True, environ={})
    pc.check_or_exit(load=lambda soname: False, environ={"QT_QPA_PLATFORM": "offscreen"})


def test_the_real_loader_finds_the_c_library_and_not_a_made_up_one() -> None:
    if not pc.needs_xcb({}, None) and not pc.sys.platform.startswith("linux"):
        pytest.skip("dlopen names are Linux's")
    assert pc.can_load("libc.so.6")
    assert not pc.can_load("libdesktop-crm-does-not-exist.so.0")


def test_every_library_has_a_debian_package_name() -> None:
    assert pc.XCB_LIBRARIES["libxcb-cursor.so.0"] == "libxcb-cursor0"
    for soname, package in pc.XCB_LIBRARIES.items():
        assert soname.startswith("lib") and ".so." in soname
        assert package == package.lower() and " " not in package
