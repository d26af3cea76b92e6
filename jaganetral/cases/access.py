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


#: Roles whose login needs a second factor (RFC 6238 TOTP).
TOTP_ROLES = ("pimpinan", "admin")
#: Failed logins of one user name within the window before a temporary lockout; of one address.
MAX_FAILURES = 5
MAX_FAILURES_IP = 20
WINDOW = timedelta(minutes=15)
LOCKOUT = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    full_name: str
    role: str
    instansi: str | None
    has_totp: bool = False
    must_change_password: bool = False
    email: str | None = None

    @property
    def needs_totp(self) -> bool:
        """A pimpinan or admin who has not enrolled a second factor yet (may do nothing else)."""
        return self.role in TOTP_ROLES and not self.has_totp

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
    m = row._mapping
    return User(
        row.id, row.username, row.full_name, row.role, row.instansi,
        has_totp=bool(m.get("totp_secret")), must_change_password=bool(m.get("must_change_password")),
        email=m.get("email"),
    )  # fmt: skip


def add_user(
    engine: Engine,
    username: str,
    full_name: str,
    role: str,
    password: str,
    instansi: str | None = None,
    *,
    totp_secret: str | None = None,
    email: str | None = None,
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
                totp_secret=totp_secret,
                email=(email or "").strip() or None,
            )
        ).inserted_primary_key
        audit(conn, "system", "user_created", f"user:{username}", {"role": role})
        assert uid is not None
        if role == "instansi" and instansi:
            from jaganetral.cases.agencies import add_scope

            add_scope(conn, int(uid[0]), agency=instansi)
    return User(
        int(uid[0]), username, full_name or username, role, instansi if role == "instansi" else None,
        has_totp=bool(totp_secret), email=email,
    )  # fmt: skip


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


@dataclass(frozen=True, slots=True)
class LoginResult:
    """What a login attempt came to: ``ok``, ``bad`` (wrong name or password), ``locked``,
    ``code_needed`` / ``code_wrong`` (the second factor)."""

    user: User | None
    reason: str
    locked_until: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.reason == "ok"


def _throttle_keys(username: str, ip: str | None) -> list[str]:
    keys = [f"user:{username.strip().lower()[:80]}"]
    if ip:
        keys.append(f"ip:{ip[:100]}")
    return keys


def locked_until(engine: Engine, keys: list[str], now: datetime) -> datetime | None:
    with engine.connect() as conn:
        rows = conn.execute(select(ct.login_throttle.c.locked_until).where(ct.login_throttle.c.key.in_(keys)))
        until = [r for (r,) in rows if r is not None and r > now]
    return max(until) if until else None


def _failed(engine: Engine, keys: list[str], now: datetime, username: str, why: str) -> datetime | None:
    """Count a failure against the user name and the address; lock them out past the limit."""
    lock: datetime | None = None
    with write(engine) as conn:
        for key in keys:
            lt = ct.login_throttle
            row = conn.execute(select(lt).where(lt.c.key == key)).first()
            limit = MAX_FAILURES if key.startswith("user:") else MAX_FAILURES_IP
            if row is None or row.first_at < now - WINDOW:
                failures, first = 1, now
            else:
                failures, first = int(row.failures) + 1, row.first_at
            until = now + LOCKOUT if failures >= limit else None
            values = {"failures": failures if until is None else 0, "first_at": first, "locked_until": until}
            if row is None:
                conn.execute(insert(lt).values(key=key, **values))
            else:
                conn.execute(update(lt).where(lt.c.key == key).values(**values))
            if until is not None:
                lock = until
        audit(
            conn, username.strip()[:80] or "?", "login_failed", "login",
            {"why": why, **({"locked_until": lock.isoformat()} if lock else {})},
        )  # fmt: skip
    return lock


def login(
    engine: Engine, username: str, password: str, code: str = "", *, ip: str | None = None,
    now: datetime | None = None,
) -> LoginResult:  # fmt: skip
    """Password, then (for users who have one) the TOTP code; throttled per user name and address.

    Past :data:`MAX_FAILURES` failures within :data:`WINDOW` the name is locked for :data:`LOCKOUT`:
    even the right password is refused then (and audited), so guessing gets nowhere."""
    at = now or now_utc()
    keys = _throttle_keys(username, ip)
    until = locked_until(engine, keys, at)
    if until is not None:
        audit_now(engine, username.strip()[:80] or "?", "login_locked", "login", {"until": until.isoformat()})
        return LoginResult(None, "locked", until)
    user = authenticate(engine, username.strip(), password)
    if user is None:
        lock = _failed(engine, keys, at, username, "password")
        return LoginResult(None, "locked" if lock else "bad", lock)
    if user.has_totp:
        with engine.connect() as conn:
            secret = conn.execute(select(ct.users.c.totp_secret).where(ct.users.c.id == user.id)).scalar_one()
        from jaganetral.cases.totp import verify

        if verify(str(secret), code, at.timestamp()) is None:
            lock = _failed(engine, keys, at, username, "totp" if code.strip() else "totp_missing")
            if lock:
                return LoginResult(None, "locked", lock)
            return LoginResult(None, "code_wrong" if code.strip() else "code_needed")
    with write(engine) as conn:
        conn.execute(ct.login_throttle.delete().where(ct.login_throttle.c.key == keys[0]))
    return LoginResult(user, "ok")


def enrol_totp(engine: Engine, user: User, secret: str, code: str) -> None:
    """Store the second factor once the user proved their app shows the right code."""
    from jaganetral.cases.totp import verify

    if verify(secret, code) is None:
        raise InvalidInput("kode dari aplikasi autentikator tidak cocok; coba lagi", field="code")
    with write(engine) as conn:
        conn.execute(update(ct.users).where(ct.users.c.id == user.id).values(totp_secret=secret))
        audit(conn, user.username, "totp_enrolled", f"user:{user.username}", {})


def change_password(engine: Engine, user: User, old: str, new: str) -> None:
    if authenticate(engine, user.username, old) is None:
        raise InvalidInput("kata sandi lama salah", field="old")
    if len(new) < MIN_PASSWORD:
        raise InvalidInput(f"kata sandi baru minimal {MIN_PASSWORD} karakter", field="new")
    with write(engine) as conn:
        conn.execute(
            update(ct.users)
            .where(ct.users.c.id == user.id)
            .values(password_hash=_hasher.hash(new), must_change_password=False)
        )
        audit(conn, user.username, "password_changed", f"user:{user.username}", {})


class NotFound(InvalidInput):
    """What the request names does not exist (a user, an election): 404."""

    http_status = 404


def _target(conn: Connection, username: str) -> Any:
    row = conn.execute(select(ct.users).where(ct.users.c.username == username)).first()
    if row is None:
        raise NotFound(f"pengguna {username!r} tidak ada", field="username")
    return row


def _end_all(conn: Connection, uid: int) -> None:
    conn.execute(ct.sessions.delete().where(ct.sessions.c.user_id == uid))


def set_active(engine: Engine, admin: User, username: str, active: bool) -> None:
    """Deactivate (sessions ended, tokens revoked) or reactivate a user; admins only, audited."""
    require_role(admin, "admin")
    if username == admin.username and not active:
        raise InvalidInput("admin tidak dapat menonaktifkan dirinya sendiri", field="username")
    now = now_utc()
    with write(engine) as conn:
        row = _target(conn, username)
        conn.execute(
            update(ct.users)
            .where(ct.users.c.id == row.id)
            .values(active=active, deactivated_at=None if active else now)
        )
        if not active:
            _end_all(conn, row.id)
            conn.execute(
                update(ct.api_tokens)
                .where(ct.api_tokens.c.user_id == row.id, ct.api_tokens.c.revoked_at.is_(None))
                .values(revoked_at=now)
            )
        audit(
            conn, admin.username, "user_activated" if active else "user_deactivated", f"user:{username}", {}
        )


def reset_password(engine: Engine, admin: User, username: str) -> str:
    """A one-time password for the user (shown once to the admin); it must be changed at login."""
    require_role(admin, "admin")
    temp = secrets.token_urlsafe(9)
    with write(engine) as conn:
        row = _target(conn, username)
        conn.execute(
            update(ct.users)
            .where(ct.users.c.id == row.id)
            .values(password_hash=_hasher.hash(temp), must_change_password=True)
        )
        _end_all(conn, row.id)
        conn.execute(ct.login_throttle.delete().where(ct.login_throttle.c.key == f"user:{username.lower()}"))
        audit(conn, admin.username, "password_reset", f"user:{username}", {})
    return temp


def reset_totp(engine: Engine, admin: User, username: str) -> None:
    """Forget a user's second factor (a lost phone): they enrol a new one at their next login."""
    require_role(admin, "admin")
    with write(engine) as conn:
        row = _target(conn, username)
        conn.execute(update(ct.users).where(ct.users.c.id == row.id).values(totp_secret=None))
        _end_all(conn, row.id)
        audit(conn, admin.username, "totp_reset", f"user:{username}", {})


def set_email(engine: Engine, user: User, email: str) -> None:
    email = email.strip()
    if email and ("@" not in email or any(c.isspace() for c in email)):
        raise InvalidInput("alamat e-mail tidak valid", field="email")
    with write(engine) as conn:
        conn.execute(update(ct.users).where(ct.users.c.id == user.id).values(email=email or None))
        audit(conn, user.username, "email_set", f"user:{user.username}", {})


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


def require(user: User, action: str) -> None:
    """The role matrix of ``workflow.yaml`` (``permissions``): refuse what the role may not do."""
    from jaganetral.cases.workflow import load_workflow

    if not load_workflow().may(user.role, action):
        raise PermissionDenied(f"peran {user.role} tidak berwenang untuk tindakan ini ({action})")


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
