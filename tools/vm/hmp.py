#!/usr/bin/env python3
"""Run one human-monitor command in a running QEMU through its QMP socket.

usage: hmp.py SOCKET COMMAND...

run.sh starts QEMU with "-qmp unix:SOCKET,server=on,wait=off" and uses this
to record where every vCPU is ("info registers -a") before it kills a VM that
outlived its time limit.  The command's text goes to stdout; exit status 1 if
QEMU could not be reached or refused the command.
"""
import json
import socket
import sys


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(10)
    try:
        sock.connect(sys.argv[1])
        stream = sock.makefile("rw", encoding="utf-8", newline="\n")

        def reply():
            # Skip the greeting's and asynchronous events' lines.
            while True:
                line = stream.readline()
                if not line:
                    raise OSError("QMP connection closed")
                msg = json.loads(line)
                if "return" in msg or "error" in msg:
                    return msg

        stream.readline()  # the QMP greeting
        for cmd in ({"execute": "qmp_capabilities"},
                    {"execute": "human-monitor-command",
                     "arguments": {"command-line": " ".join(sys.argv[2:])}}):
            stream.write(json.dumps(cmd) + "\n")
            stream.flush()
            msg = reply()
            if "error" in msg:
                print("hmp.py: " + msg["error"].get("desc", "error"),
                      file=sys.stderr)
                return 1
        sys.stdout.write(msg["return"])
        return 0
    except (OSError, ValueError) as err:
        print("hmp.py: %s: %s" % (sys.argv[1], err), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
