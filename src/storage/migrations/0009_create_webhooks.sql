-- Webhook subscriptions and their deliveries (Standard Webhooks, sent through a Queue).
-- A subscription receives the change-feed events written after it was created (`from_seq`). The
-- dispatcher turns change-log events into delivery rows (one per event and matching subscription,
-- UNIQUE so no event is dispatched twice) and advances `webhooks_dispatched` in the same batch.
-- `secret` is the whsec_ signing key: it must be readable to sign, so it is stored as given.

CREATE TABLE webhook_subscriptions (
  id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  events TEXT NOT NULL,
  description TEXT,
  include_drafts INTEGER NOT NULL DEFAULT 0,
  secret TEXT NOT NULL,
  from_seq INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE webhook_deliveries (
  id TEXT PRIMARY KEY,
  subscription_id TEXT NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  change_seq INTEGER NOT NULL,
  article_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_status INTEGER,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  next_attempt_at TEXT NOT NULL,
  delivered_at TEXT,
  UNIQUE (subscription_id, change_seq)
);

CREATE INDEX webhook_deliveries_chain ON webhook_deliveries (subscription_id, article_id, change_seq);
CREATE INDEX webhook_deliveries_recent ON webhook_deliveries (subscription_id, created_at DESC);
CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

INSERT OR IGNORE INTO site_state (key, value)
  VALUES ('webhooks_dispatched', (SELECT COALESCE(max(seq), 0) FROM article_changes));
