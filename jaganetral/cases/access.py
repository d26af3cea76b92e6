"""People and access: users with roles, argon2 passwords, sessions, API tokens and the audit log.

Secrets (session cookies, API tokens) are stored only as SHA-256 digests. Every view of personal data
and every export goes to ``audit_log`` through :func:`audit`.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, insert, select, update

from jaganetral.cases.workflow import ROLES, PermissionDenied
from jaganetral.errors import InvalidInput
from jaganetral.store import case_tables as ct
from jaganetral.store.db import write
from jaganetral.store.integrity import audited

_hasher = PasswordHasher()  # argon2id, library defaults (RFC 9106 recommended parameters)
SESSION_HOURS = 12
MIN_PASSWORD = 10


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    full_name: str
    role: str
    instansi: str | None

    @property
    def is_agency(self) -> bool:
        return self.role == "instansi"

    def may_see_reporter(self) -> bool:
        """Only those who must contact a reporter see who they are."""
        return self.role in ("admin", "analis", "pemeriksa")

    def may_see_instansi(self, instansi: str | None) -> bool:
        return not self.is_agency or (instansi is not None and instansi == self.instansi)


def now_utc() -> datetime:
    return datetime.now(UTC)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user(row: Any) -> User:
    return User(row.id, row.username, row.full_name, row.role, row.instansi)


def add_user(
    engine: Engine, username: str, full_name: str, role: str, password: str, instansi: str | None = None
) -> User:
    """Create a user; the password is stored as an argon2id hash."""
    username = username.strip()
    if not username or any(c.isspace() for c in username):
        raise InvalidInput("username must be one word", field="username")
    if role not in ROLES:
        raise InvalidInput(f"unknown role {role!r} (one of {', '.join(ROLES)})", field="role")
    if role == "instansi" and not (instansi or "").strip():
        raise InvalidInput(
            "an instansi user needs --instansi (the agency whose cases they see)", field="instansi"
        )
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"password must have at least {MIN_PASSWORD} characters", field="password")
    with write(engine) as conn:
        if conn.execute(select(ct.users.c.id).where(ct.users.c.username == username)).first():
            raise InvalidInput(f"user {username!r} already exists", field="username")
        uid = conn.execute(
            insert(ct.users).values(
                username=username,
                full_name=full_name or username,
                role=role,
                instansi=instansi if role == "instansi" else None,
                password_hash=_hasher.hash(password),
                active=True,
                created_at=now_utc(),
            )
        ).inserted_primary_key
        audit(conn, "system", "user_created", f"user:{username}", {"role": role})
    assert uid is not None
    return User(int(uid[0]), username, full_name or username, role, instansi if role == "instansi" else None)


def authenticate(engine: Engine, username: str, password: str) -> User | None:
    """The user when the password is right, else ``None`` (the same answer for unknown users)."""
    with engine.connect() as conn:
        row = conn.execute(
            select(ct.users).where(ct.users.c.username == username, ct.users.c.active.is_(True))
        ).first()
    if row is None:
        _hasher.hash(password)  # same work either way: no user enumeration by timing
        return None
    try:
        _hasher.verify(row.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(row.password_hash):
        with write(engine) as conn:
            conn.execute(
                update(ct.users).where(ct.users.c.id == row.id).values(password_hash=_hasher.hash(password))
            )
    return _user(row)


def create_session(engine: Engine, user: User) -> tuple[str, str]:
    """A new session: returns (cookie token, CSRF token)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = now_utc()
    with write(engine) as conn:
        conn.execute(
            insert(ct.sessions).values(
                token_sha256=_digest(token),
                user_id=user.id,
                csrf=csrf,
                created_at=now,
                expires_at=now + timedelta(hours=SESSION_HOURS),
            )
        )
        audit(conn, user.username, "login", f"user:{user.username}", {})
    return token, csrf


def session_user(engine: Engine, token: str) -> tuple[User, str] | None:
    """The user and CSRF token of a live session."""
    with engine.connect() as conn:
        row = conn.execute(
            select(ct.users, ct.sessions.c.csrf, ct.sessions.c.expires_at)
            .join(ct.sessions, ct.sessions.c.user_id == ct.users.c.id)
            .where(ct.sessions.c.token_sha256 == _digest(token), ct.users.c.active.is_(True))
        ).first()
    if row is None:
        return None
    exp = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
    if exp < now_utc():
        return None
    return _user(row), str(row.csrf)


def end_session(engine: Engine, token: str) -> None:
    with write(engine) as conn:
        conn.execute(ct.sessions.delete().where(ct.sessions.c.token_sha256 == _digest(token)))


def create_api_token(engine: Engine, user: User, name: str) -> str:
    """A bearer token for machine clients; shown once, stored hashed."""
    token = "jn_" + secrets.token_urlsafe(32)
    with write(engine) as conn:
        conn.execute(
            insert(ct.api_tokens).values(
                token_sha256=_digest(token), user_id=user.id, name=name, created_at=now_utc()
            )
        )
        audit(conn, user.username, "api_token_created", f"user:{user.username}", {"name": name})
    return token


def token_user(engine: Engine, token: str) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(
            select(ct.users)
            .join(ct.api_tokens, ct.api_tokens.c.user_id == ct.users.c.id)
            .where(
                ct.api_tokens.c.token_sha256 == _digest(token),
                ct.api_tokens.c.revoked_at.is_(None),
                ct.users.c.active.is_(True),
            )
        ).first()
    return _user(row) if row else None


def get_user(engine: Engine, username: str) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(select(ct.users).where(ct.users.c.username == username)).first()
    return _user(row) if row else None


def require_role(user: User, *roles: str) -> None:
    if user.role not in roles and user.role != "admin":
        raise PermissionDenied(f"peran {user.role} tidak berwenang untuk tindakan ini")


def audit(conn: Connection, actor: str, action: str, obj: str, detail: dict[str, Any]) -> None:
    """Append one audit entry (inside the caller's transaction)."""
    res = conn.execute(
        insert(ct.audit_log).values(at=now_utc(), actor=actor[:80], action=action, object=obj, detail=detail)
    )
    pk = res.inserted_primary_key
    assert pk is not None
    audited(conn, int(pk[0]))  # the audit log is in the signed custody chain too


def audit_now(
    engine: Engine, actor: str, action: str, obj: str, detail: dict[str, Any] | None = None
) -> None:
    with write(engine) as conn:
        audit(conn, actor, action, obj, detail or {})
