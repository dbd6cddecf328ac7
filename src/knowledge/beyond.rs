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
    /// Further references, each with its own address: (name, URL).
    pub also: &'static [(&'static str, &'static str)],
}

/// Flask's async support: async views, but still one worker per request (WSGI).
pub const FLASK_ASYNC: Beyond = Beyond {
    id: "flask_async",
    claim: "Flask has async views and runs well behind an ASGI server such as Uvicorn; one article adds that it can be paired with asynchronous servers to absorb traffic spikes.",
    claimed_by: &[A000, A001],
    truth: "Flask stays a WSGI framework: an async view runs in an event loop started for that request, so each request still occupies a worker and the number of requests served at once does not grow. Running it under an ASGI server such as Uvicorn needs a WSGI-to-ASGI adapter and adds no concurrency; for many open connections Flask's documentation describes gevent-based serving, and it suggests Quart for code that is mostly async.",
    reference: "Flask documentation: Using async and await",
    url: "https://flask.palletsprojects.com/en/stable/async-await/",
    also: &[],
};

/// Connection pooling: SQLAlchemy pools by default; Django reuses connections only when asked to.
pub const POOLING: Beyond = Beyond {
    id: "pooling",
    claim: "Django provides connection pooling by default, while a Flask team must build pooling itself.",
    claimed_by: &[A000],
    truth: "SQLAlchemy, which Flask-SQLAlchemy wraps, keeps a connection pool for every engine by default. Django does not: CONN_MAX_AGE defaults to 0, so each request that touches the database opens a fresh connection and closes it when the request ends. Both of Django's ways to reuse connections are opt-in: persistent connections (CONN_MAX_AGE above 0) and the native pools added in 5.1 for PostgreSQL and in 5.2 for Oracle, switched on through the \"pool\" key of a database's OPTIONS.",
    reference: "SQLAlchemy documentation: Connection Pooling",
    url: "https://docs.sqlalchemy.org/en/20/core/pooling.html",
    also: &[
        ("Django documentation: Databases (persistent connections and connection pools)", "https://docs.djangoproject.com/en/stable/ref/databases/"),
        ("Django 5.1 release notes", "https://docs.djangoproject.com/en/stable/releases/5.1/"),
        ("Django 5.2 release notes", "https://docs.djangoproject.com/en/stable/releases/5.2/"),
    ],
};

/// Django's officially supported databases include MariaDB.
pub const DJANGO_DATABASES: Beyond = Beyond {
    id: "django_databases",
    claim: "The Django ORM supports PostgreSQL, MySQL, SQLite and Oracle.",
    claimed_by: &[A002],
    truth: "Django officially supports five databases: PostgreSQL, MariaDB, MySQL, Oracle and SQLite; other engines rely on third-party back ends. SQLAlchemy supports the same mainstream engines, so an ordinary SQL database is not by itself a reason to pick either framework.",
    reference: "Django documentation: Databases",
    url: "https://docs.djangoproject.com/en/stable/ref/databases/",
    also: &[],
};

/// Long-term support: Django has LTS releases, Flask supports only its latest release.
pub const LTS: Beyond = Beyond {
    id: "lts",
    claim: "Django centralises security updates on an established maintenance schedule.",
    claimed_by: &[A001],
    truth: "Every third Django feature release (the x.2 releases) is a long-term support release that receives security and data-loss fixes for about three years, on a published schedule. Flask publishes no such schedule: the Pallets projects support only their latest feature release, so a Flask system and each of its extensions must keep up with new versions.",
    reference: "Django download page: Supported versions",
    url: "https://www.djangoproject.com/download/#supported-versions",
    also: &[("Pallets security policy (Flask's maintainers)", "https://github.com/pallets/.github/blob/main/SECURITY.md")],
};

/// Django's async support: ASGI since 3.0, async views since 3.1, an ORM that is async only at its surface.
pub const DJANGO_ASYNC: Beyond = Beyond {
    id: "django_async",
    claim: "Django's async support runs across its whole stack, the ORM included; another article dates its ASGI support to version 3.1.",
    claimed_by: &[A000, A002],
    truth: "Django added ASGI serving in 3.0 and async views and middleware in 3.1. Its ORM offers async query methods, but underneath they still run synchronous database code in a thread, so async in Django helps most with many slow external calls rather than with database-bound work.",
    reference: "Django documentation: Asynchronous support",
    url: "https://docs.djangoproject.com/en/stable/topics/async/",
    also: &[],
};

/// Flask is not without security features: Jinja2 autoescaping and signed session cookies.
pub const FLASK_SECURITY_BASICS: Beyond = Beyond {
    id: "flask_security_basics",
    claim: "Flask provides no built-in security features.",
    claimed_by: &[A000],
    truth: "Flask does ship a few: Jinja2 escapes HTML templates by default and the session cookie is signed. CSRF protection, security headers, account handling and the rest still have to be added, so the articles' conclusion (most protections are the team's job) stands.",
    reference: "Flask documentation: Security Considerations",
    url: "https://flask.palletsprojects.com/en/stable/web-security/",
    also: &[],
};

/// pip does not update anything by itself.
pub const PIP_UPDATES: Beyond = Beyond {
    id: "pip_updates",
    claim: "Django benefits from automated security updates through pip.",
    claimed_by: &[A001],
    truth: "pip installs only what it is asked to install; nothing is updated automatically. The real advantage is that one centrally patched package covers most of a Django stack, so an upgrade is one pinned version to raise and test rather than one per extension.",
    reference: "pip documentation: pip install",
    url: "https://pip.pypa.io/en/stable/cli/pip_install/",
    also: &[],
};

/// Django's page defences matter for cookie-session pages; regulated work is the same in both.
pub const DEFAULTS_FOR_PAGES: Beyond = Beyond {
    id: "defaults_for_pages",
    claim: "Django's built-in protections make it the safer pick where data is sensitive: lower risk, and less effort for compliance and audits in regulated sectors.",
    claimed_by: &[A000, A001],
    truth: "Django's CSRF tokens, autoescaping templates and clickjacking header guard server-rendered pages whose users stay logged in through session cookies. An API that authenticates every request with a token sent in a header is not open to CSRF in the same way: Django REST framework checks CSRF only for requests authenticated by session. The regulated work itself (authorisation rules, audit logs, encryption, secrets management) is largely the team's own in either framework, though a Flask stack has more packages to watch.",
    reference: "Django REST framework documentation: Authentication (SessionAuthentication and CSRF)",
    url: "https://www.django-rest-framework.org/api-guide/authentication/",
    also: &[],
};

/// Real-time connections (WebSockets, server-sent events) are outside both cores.
pub const REAL_TIME: Beyond = Beyond {
    id: "real_time",
    claim: "Django and Flask both have excellent async support, which suits applications that hold many concurrent connections.",
    claimed_by: &[A000],
    truth: "Long-lived connections such as WebSockets fall outside both cores. Django needs Channels, served over ASGI, with a channel layer (usually Redis) to pass messages between connections; Flask needs Flask-SocketIO or flask-sock, served with gevent or threads (Flask-SocketIO across several workers also needs a message queue such as Redis and sticky sessions), or a separate async service. Server-sent events can stream from either core, but on thread or process workers each open stream ties up a worker; Django avoids that with async views served by an ASGI server, Flask with gevent workers. Async-first frameworks (Starlette, FastAPI, Quart) suit this work and are outside this comparison.",
    reference: "Channels documentation (Django's WebSocket and channel layer project)",
    url: "https://channels.readthedocs.io/en/latest/",
    also: &[],
};

/// SQLAlchemy 2 with Alembic matches the Django ORM and migrations for typical models.
pub const SQLALCHEMY_PAR: Beyond = Beyond {
    id: "sqlalchemy_par",
    claim: "Django's ORM brings schema generation, relations, transactions and versioned migrations with nothing to assemble, whereas a Flask project must add and configure its ORM and migrations itself.",
    claimed_by: &[A001, A002],
    truth: "SQLAlchemy 2 with Alembic, usually through Flask-SQLAlchemy and Flask-Migrate, covers the same ground for typical entities, relations, transactions and versioned migrations once it is set up, though Alembic's autogenerate does not detect renames (it writes a drop and an add), so its scripts need more review than Django's migrations. What Django adds is integration: its models feed the admin, model forms and the auth system with no wiring.",
    reference: "SQLAlchemy 2.0 documentation: ORM Quick Start",
    url: "https://docs.sqlalchemy.org/en/20/orm/quickstart.html",
    also: &[],
};

/// What Django's auth covers in core, and what needs packages on either side.
pub const DJANGO_AUTH_SCOPE: Beyond = Beyond {
    id: "django_auth_scope",
    claim: "Django's authentication covers users, sessions, groups and permissions; one article adds granular access rules and two-factor authentication plugged into it.",
    claimed_by: &[A001, A002],
    truth: "Django's core ships users, sessions, groups and per-model permissions. Permissions on individual objects need a package such as django-guardian or rules, and two-factor or social login need packages too (django-otp, django-allauth). On Flask, the Flask-Security-Too extension covers roles, two-factor authentication and more in one place.",
    reference: "Django documentation: Using the Django authentication system",
    url: "https://docs.djangoproject.com/en/stable/topics/auth/default/",
    also: &[],
};

/// Django Ninja is a Django package, an alternative to DRF rather than to Django.
pub const DJANGO_NINJA: Beyond = Beyond {
    id: "django_ninja",
    claim: "Django REST framework is the standard toolkit for APIs on Django, and the API choice is framed as DRF against Flask.",
    claimed_by: &[A000, A002],
    truth: "Django Ninja is a Django package, not a separate framework: it runs on Django's ORM, auth and settings and offers a typed alternative to DRF, so an API-first project that picks Django can use either. FastAPI and Quart are the separate frameworks, and this comparison does not assess them.",
    reference: "Django Ninja documentation",
    url: "https://django-ninja.dev/",
    also: &[],
};

/// Django 6.0: built-in Content Security Policy and a tasks framework without a worker.
pub const DJANGO_6: Beyond = Beyond {
    id: "django_6",
    claim: "Django generates its security headers automatically (X-Frame-Options against clickjacking), while heavy work goes to a queue such as Celery or to worker modules from third parties.",
    claimed_by: &[A000, A001, A002],
    truth: "Django 6.0 (December 2025) adds built-in Content Security Policy support, a middleware and settings that a project switches on and tunes itself. It also adds a background tasks framework (django.tasks) that defines and queues tasks but ships no production worker: a backend package that brings one (django-tasks, for one) is needed, or a separate queue such as Celery used instead.",
    reference: "Django 6.0 release notes",
    url: "https://docs.djangoproject.com/en/6.0/releases/6.0/",
    also: &[],
};

/// Flask ships password hashing (through Werkzeug) and a test client.
pub const FLASK_SHIPS: Beyond = Beyond {
    id: "flask_ships",
    claim: "Flask's core is only routing, the Werkzeug toolkit and Jinja2, so everything else comes from extensions; a test runner is mentioned only on Django's side.",
    claimed_by: &[A001, A002],
    truth: "Werkzeug, which every Flask install requires, provides password hashing (generate_password_hash and check_password_hash, scrypt by default in current releases), and Flask itself provides a test client and a CLI runner (app.test_client(), app.test_cli_runner()). Tests run with unittest or, more often, pytest, which is just as usual on Django projects (pytest-django).",
    reference: "Flask documentation: Testing Flask Applications",
    url: "https://flask.palletsprojects.com/en/stable/testing/",
    also: &[("Werkzeug documentation: Utilities (password hashing)", "https://werkzeug.palletsprojects.com/en/stable/utils/#module-werkzeug.security")],
};

/// Django ships email sending; Flask adds an extension.
pub const DJANGO_EMAIL: Beyond = Beyond {
    id: "django_email",
    claim: "Email handling is among the pieces a Flask project adds by hand; Django's side of it is not discussed.",
    claimed_by: &[A002],
    truth: "Django ships email sending in its core (django.core.mail, with SMTP, console and file back ends), and its password-reset views use it. Flask's core sends no email, so a Flask team adds an extension such as Flask-Mail or Flask-Mailman.",
    reference: "Django documentation: Sending email",
    url: "https://docs.djangoproject.com/en/stable/topics/email/",
    also: &[],
};

/// Django's admin suits trusted staff once configured; it is no full front end.
pub const DJANGO_ADMIN_SCOPE: Beyond = Beyond {
    id: "django_admin_scope",
    claim: "Django's admin gives a ready back office for managing data and users with no extra development.",
    claimed_by: &[A001],
    truth: "Django generates the admin from the models, and it serves trusted internal staff well once its lists, forms, filters and permissions are configured (ModelAdmin classes). Django's own documentation limits its recommended use to an organisation's internal management tool, not a whole front end.",
    reference: "Django documentation: The Django admin site",
    url: "https://docs.djangoproject.com/en/stable/ref/contrib/admin/",
    also: &[],
};

/// Flask's REST extensions named by the articles are barely developed today.
pub const FLASK_REST: Beyond = Beyond {
    id: "flask_rest",
    claim: "Flask's REST options are extensions such as Flask-RESTful and Flask-RESTX.",
    claimed_by: &[A002],
    truth: "Flask-RESTful has had no feature release for years and gets only compatibility fixes, and Flask-RESTX releases rarely; the actively developed Flask API toolkits today are flask-smorest and APIFlask, both with schema validation and OpenAPI documentation.",
    reference: "Flask-RESTful release history on PyPI",
    url: "https://pypi.org/project/Flask-RESTful/#history",
    also: &[("APIFlask documentation", "https://apiflask.com/")],
};

/// Every correction, for listing on the Sources tab.
pub const ALL_BEYOND: [&Beyond; 17] = [
    &FLASK_ASYNC,
    &DJANGO_ASYNC,
    &POOLING,
    &DJANGO_DATABASES,
    &LTS,
    &FLASK_SECURITY_BASICS,
    &PIP_UPDATES,
    &DEFAULTS_FOR_PAGES,
    &REAL_TIME,
    &SQLALCHEMY_PAR,
    &DJANGO_AUTH_SCOPE,
    &DJANGO_NINJA,
    &DJANGO_6,
    &FLASK_SHIPS,
    &DJANGO_EMAIL,
    &DJANGO_ADMIN_SCOPE,
    &FLASK_REST,
];
