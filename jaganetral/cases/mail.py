"""E-mail for notifications, over a configured SMTP server only (air-gapped by default: without
``--smtp-host`` nothing is ever sent). Standard library ``smtplib``; STARTTLS when asked."""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str
    port: int = 587
    sender: str = "jaganetral@localhost"
    user: str | None = None
    password: str | None = None
    starttls: bool = True
    timeout: float = 10.0


def smtp_mailer(cfg: SmtpConfig) -> object:
    """A ``send(to, subject, body)`` for :attr:`jaganetral.cases.work.Work.mailer`."""

    def send(to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = cfg.sender, to, subject
        msg.set_content(body)
        with smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout) as s:
            if cfg.starttls:
                s.starttls()
            if cfg.user:
                s.login(cfg.user, cfg.password or "")
            s.send_message(msg)

    return send
