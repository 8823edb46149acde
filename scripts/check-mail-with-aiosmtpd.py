#!/usr/bin/env python3
"""Send from the Mail module to a real outside SMTP server and read what arrived.

Starts aiosmtpd (pip install aiosmtpd) in this process on two loopback ports, one plain and
one that requires STARTTLS with the test certificate, runs the opt-in AiosmtpdTests suite
against them (after `swift build --build-tests`), then parses each received message with
Python's `email` module and prints its headers, structure and calendar part.

    python3 -m venv /tmp/mail-venv && /tmp/mail-venv/bin/pip install aiosmtpd
    /tmp/mail-venv/bin/python scripts/check-mail-with-aiosmtpd.py
"""
import email
import email.policy
import os
import ssl
import subprocess
import sys

from aiosmtpd.controller import Controller

FIXTURES = os.path.join(os.path.dirname(__file__), "..", "Tests", "MailTests", "Fixtures")


class Keep:
    def __init__(self):
        self.received = []

    async def handle_DATA(self, server, session, envelope):
        self.received.append((session.ssl is not None, envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 2.0.0 Kept by aiosmtpd"


def main():
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(os.path.join(FIXTURES, "server.pem"), os.path.join(FIXTURES, "server-key.pem"))
    keep = Keep()
    plain = Controller(keep, hostname="127.0.0.1", port=8025)
    tls = Controller(keep, hostname="127.0.0.1", port=8026, tls_context=context, require_starttls=True)
    plain.start()
    tls.start()
    try:
        env = dict(os.environ, CROSSWISE_TEST_AIOSMTPD="127.0.0.1:8025", CROSSWISE_TEST_AIOSMTPD_STARTTLS="127.0.0.1:8026")
        run = subprocess.run(["swift", "test", "--skip-build", "--filter", "AiosmtpdTests"], env=env,
                             capture_output=True, text=True)
        print("\n".join(line for line in run.stdout.splitlines() if "AiosmtpdTests" in line or "passed" in line or "failed" in line))
    finally:
        plain.stop()
        tls.stop()
    problems = 0 if run.returncode == 0 else 1
    for over_tls, sender, recipients, raw in keep.received:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        print(f"--- message over {'TLS' if over_tls else 'plain text'}: envelope {sender} -> {recipients}")
        bare = b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b"")
        print(f"  bare CR or LF: {bare}, non-ASCII bytes: {any(b > 127 for b in raw)}")
        for name in ("From", "To", "Subject", "Message-ID", "Date"):
            print(f"  {name}: {message[name]}")
        print(f"  defects: {[type(d).__name__ for part in message.walk() for d in part.defects]}")
        for part in message.walk():
            print(f"  part {part.get_content_type()} {dict(part.get_params() or [])} disposition={part.get_content_disposition()}"
                  f" filename={part.get_filename()}")
        text = message.get_body(preferencelist=("plain",)).get_content()
        print(f"  text: {text!r}")
        calendars = [part for part in message.walk() if part.get_content_type() == "text/calendar"]
        for part in calendars:
            content = part.get_content()
            print(f"  calendar method param={part.get_param('method')}, METHOD line={'METHOD:REQUEST' in content},"
                  f" SUMMARY={[l for l in content.splitlines() if l.startswith('SUMMARY')]}")
        if not calendars or "\n.a line with a dot\n" not in text.replace("\r\n", "\n") or "東京" not in str(message["Subject"]):
            problems += 1
    if len(keep.received) != 2:
        problems += 1
    print(f"{len(keep.received)} messages received, {problems} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
