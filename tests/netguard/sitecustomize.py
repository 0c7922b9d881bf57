"""Refuse network connections in this process and every Python process it starts.

Put ``tests/netguard`` first on ``PYTHONPATH`` and Python imports this module at
start-up (``site`` imports any ``sitecustomize`` it finds).  Connections to
loopback addresses and Unix sockets still work (Jupyter kernels talk to
papermill over 127.0.0.1); anything else raises ``OSError`` and is noted on
standard error and, if ``FOLLOWUP_KIT_NETGUARD_LOG`` names a file, in that file,
so a test can assert that nothing even tried.  Name lookups of anything but
``localhost`` and loopback addresses are refused the same way.

Child processes inherit ``PYTHONPATH``, so a papermill kernel is guarded too.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", ""}


def _is_local_host(host) -> bool:
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").split("%", 1)[0].lower()
    if host in _LOCAL_NAMES:
        return True
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return False
    return addr.is_loopback or addr.is_unspecified


def _refuse(what: str):
    message = f"netguard: refused {what} (tests run with the network off)"
    log = os.environ.get("FOLLOWUP_KIT_NETGUARD_LOG")
    if log:
        try:
            with open(log, "a", encoding="utf-8") as fh:
                fh.write(f"{os.getpid()} {what}\n")
        except OSError:
            pass
    print(message, file=sys.stderr)
    raise ConnectionRefusedError(message)


def _allowed(sock, address) -> bool:
    family = getattr(sock, "family", None)
    if family == getattr(socket, "AF_UNIX", object()):
        return True
    if isinstance(address, tuple) and address:
        return _is_local_host(address[0])
    return False


_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex
_getaddrinfo = socket.getaddrinfo


def connect(self, address):
    if not _allowed(self, address):
        _refuse(f"connect to {address!r}")
    return _connect(self, address)


def connect_ex(self, address):
    if not _allowed(self, address):
        _refuse(f"connect_ex to {address!r}")
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    if not _is_local_host(host):
        _refuse(f"name lookup of {host!r}")
    return _getaddrinfo(host, *args, **kwargs)


socket.socket.connect = connect
socket.socket.connect_ex = connect_ex
socket.getaddrinfo = getaddrinfo
os.environ.setdefault("FOLLOWUP_KIT_NETGUARD", "1")
