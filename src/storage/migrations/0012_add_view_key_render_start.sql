-- When the render that recorded a dependency began (Worker clock, ms). A flush used to forget every
-- dependency row of the keys it dropped; a render that began after the write, recorded its rows
-- before the flush finished and stored its view then lost them, and a later write to what it shows
-- could no longer find it. A flush now forgets only rows recorded by renders that began before the
-- earliest write it applies (they showed the old state); later renders keep theirs.
ALTER TABLE view_keys ADD COLUMN started_ms INTEGER NOT NULL DEFAULT 0;
