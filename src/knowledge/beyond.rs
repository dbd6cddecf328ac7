//! Corrections from beyond the articles: where an article's claim about
//! Django or Flask is wrong or outdated for today's frameworks, what it
//! claims, what is true, and the public reference (the framework's own
//! documentation or release notes) that says so.
//!
//! The advisor scores on the truth. Every text here is marked "beyond the
//! articles" wherever it is shown, with its reference, so a reader can tell
//! the articles' evidence from ours.

use super::sources::{SourceId, A000, A001, A002};

/// A correction of an article's claim from a public reference.
#[derive(Clone, Copy, Debug)]
pub struct Beyond {
    /// Stable id, e.g. `"flask_async"`.
    pub id: &'static str,
    /// What the article (or articles) claim, paraphrased.
    pub claim: &'static str,
    /// Who claims it.
    pub claimed_by: &'static [SourceId],
    /// What is true today, in our words.
    pub truth: &'static str,
    /// Name of the public reference, e.g. "Flask documentation: Using async and await".
    pub reference: &'static str,
    /// Its address (an `https://` URL on the framework's own site where possible).
    pub url: &'static str,
}

/// Flask's async support: async views, but still one worker per request (WSGI).
pub const FLASK_ASYNC: Beyond = Beyond {
    id: "flask_async",
    claim: "Flask has async views and runs well behind an ASGI server such as Uvicorn; one article adds that it can be paired with asynchronous servers to absorb traffic spikes.",
    claimed_by: &[A000, A001],
    truth: "Flask stays a WSGI framework: an async view runs in an event loop started for that request, so each request still occupies a worker and the number of requests served at once does not grow. Running it under an ASGI server such as Uvicorn needs a WSGI-to-ASGI adapter and adds no concurrency; for many open connections Flask's documentation describes gevent-based serving, and it suggests Quart for code that is mostly async.",
    reference: "Flask documentation: Using async and await",
    url: "https://flask.palletsprojects.com/en/stable/async-await/",
};

/// Connection pooling: SQLAlchemy pools by default; Django's native pool is new.
pub const POOLING: Beyond = Beyond {
    id: "pooling",
    claim: "Django provides connection pooling by default, while a Flask team must build pooling itself.",
    claimed_by: &[A000],
    truth: "SQLAlchemy, which Flask-SQLAlchemy wraps, keeps a connection pool for every engine by default. Django long reused connections only through persistent connections (CONN_MAX_AGE); it added native pools in version 5.1 for PostgreSQL and in 5.2 for Oracle.",
    reference: "SQLAlchemy documentation: Connection Pooling; Django 5.1 and 5.2 release notes",
    url: "https://docs.sqlalchemy.org/en/20/core/pooling.html",
};

/// Django's officially supported databases include MariaDB.
pub const DJANGO_DATABASES: Beyond = Beyond {
    id: "django_databases",
    claim: "The Django ORM supports PostgreSQL, MySQL, SQLite and Oracle.",
    claimed_by: &[A002],
    truth: "Django officially supports five databases: PostgreSQL, MariaDB, MySQL, Oracle and SQLite; other engines rely on third-party back ends. SQLAlchemy supports the same mainstream engines, so an ordinary SQL database is not by itself a reason to pick either framework.",
    reference: "Django documentation: Databases",
    url: "https://docs.djangoproject.com/en/stable/ref/databases/",
};

/// Long-term support: Django has LTS releases, Flask supports only its latest release.
pub const LTS: Beyond = Beyond {
    id: "lts",
    claim: "Django centralises security updates on an established maintenance schedule.",
    claimed_by: &[A001],
    truth: "Every third Django feature release (the x.2 releases) is a long-term support release that receives security and data-loss fixes for about three years, on a published schedule. Flask publishes no such schedule: the Pallets projects support only their latest feature release, so a Flask system and each of its extensions must keep up with new versions.",
    reference: "Django download page: Supported versions; Pallets (Flask's maintainers): only the latest release is supported",
    url: "https://www.djangoproject.com/download/#supported-versions",
};

/// Django's async support: ASGI since 3.0, async views since 3.1, an ORM that is async only at its surface.
pub const DJANGO_ASYNC: Beyond = Beyond {
    id: "django_async",
    claim: "Django's async support runs across its whole stack, the ORM included; another article dates its ASGI support to version 3.1.",
    claimed_by: &[A000, A002],
    truth: "Django added ASGI serving in 3.0 and async views and middleware in 3.1. Its ORM offers async query methods, but underneath they still run synchronous database code in a thread, so async in Django helps most with many slow external calls rather than with database-bound work.",
    reference: "Django documentation: Asynchronous support",
    url: "https://docs.djangoproject.com/en/stable/topics/async/",
};

/// Flask is not without security features: Jinja2 autoescaping and signed session cookies.
pub const FLASK_SECURITY_BASICS: Beyond = Beyond {
    id: "flask_security_basics",
    claim: "Flask provides no built-in security features.",
    claimed_by: &[A000],
    truth: "Flask does ship a few: Jinja2 escapes HTML templates by default and the session cookie is signed. CSRF protection, security headers, account handling and the rest still have to be added, so the articles' conclusion (most protections are the team's job) stands.",
    reference: "Flask documentation: Security Considerations",
    url: "https://flask.palletsprojects.com/en/stable/web-security/",
};

/// pip does not update anything by itself.
pub const PIP_UPDATES: Beyond = Beyond {
    id: "pip_updates",
    claim: "Django benefits from automated security updates through pip.",
    claimed_by: &[A001],
    truth: "pip installs only what it is asked to install; nothing is updated automatically. The real advantage is that one centrally patched package covers most of a Django stack, so an upgrade is one pinned version to raise and test rather than one per extension.",
    reference: "pip documentation: pip install",
    url: "https://pip.pypa.io/en/stable/cli/pip_install/",
};

/// Every correction, for listing on the Sources tab.
pub const ALL_BEYOND: [&Beyond; 7] = [&FLASK_ASYNC, &DJANGO_ASYNC, &POOLING, &DJANGO_DATABASES, &LTS, &FLASK_SECURITY_BASICS, &PIP_UPDATES];
