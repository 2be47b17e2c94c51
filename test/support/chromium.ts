/**
 * @module The system Chromium the browser tests drive through playwright-core, and its flags.
 */

/** The browser binary (Debian's `chromium` package; `EDGEWIRE_CHROMIUM` overrides it). */
export const CHROMIUM = process.env.EDGEWIRE_CHROMIUM ?? '/usr/bin/chromium'

/** Headless, no sandbox (containers), and nothing that reaches the network on its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
]
