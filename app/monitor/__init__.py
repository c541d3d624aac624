"""Monitoring on this computer: how fast, how often it fails, whether splits are used.

Nothing is sent anywhere. Measurements, counted errors, check results and feedback
notes live in a state database in the user data folder (`app.paths.state_db()`), not
in the book; logs are JSON lines in the user log folder, without financial values.

- `metrics`   `timed("split.save")` and `count(...)`: buffered, flushed in batches,
              kept 90 days. A leaf (imports only `app.paths` and `app.errors`), so the
              services below this layer may call it;
- `logs`      the JSON-lines rotating log and the scrubbing of free text;
- `errors`    counting and describing unexpected errors (the exception hook's half in app);
- `thresholds` what "too slow" means, set in Settings ▸ Monitoring (local settings);
- `adoption`  split usage computed from the book (read queries only);
- `health`    every figure of the health view and `cuentas health --json`, and alerts;
- `feedback`  notes (and screenshots) from Help ▸ Send feedback;
- `bundle`    the diagnostics zip for support;
- `report`    the post-deployment report PDF.

This package reads books (store, ledger, admin, backup) and never writes one.
Keep this file free of imports: the services import `app.monitor.metrics`.
"""
