// While the app is open, one long poll per account (`GET /app/v1/push?wait=25`, each with a
// fresh device signature) tells the app of sign-in requests without the user doing anything.
// The provider answers at once while a request waits; a poll that brings nothing new is
// followed by a short pause so that a waiting request does not make the app spin.

import * as api from "./api.js";

export const WAIT_SECONDS = 25;
const PAUSE_MS = 2000;
const BACKOFF_MS = [2000, 5000, 10000, 20000, 30000, 60000];

/**
 * `handlers`: `onRequests(account, requests)` -> true if something was new;
 * `onStopped(account, refused)` when the provider refuses the device for good (removed,
 * locked); `onTrouble(account, error)` / `onHealthy(account)` for passing failures.
 */
export class Poller {
  constructor(handlers) {
    this.handlers = handlers;
    this.loops = new Map();
  }

  /** Starts the loops of `accounts` not yet running; stops those of accounts gone. */
  sync(accounts) {
    const ids = new Set(accounts.map((a) => a.device_id));
    for (const id of [...this.loops.keys()]) if (!ids.has(id)) this.stop(id);
    for (const account of accounts) if (!this.loops.has(account.device_id) && !account.stopped) this.start(account);
  }

  start(account) {
    const loop = { controller: new AbortController(), wake: null };
    this.loops.set(account.device_id, loop);
    this.run(account, loop);
  }

  stop(deviceId) {
    const loop = this.loops.get(deviceId);
    if (loop) {
      loop.controller.abort();
      loop.wake?.();
      this.loops.delete(deviceId);
    }
  }

  /** Ends the pauses (back online, app shown again, a notification came). */
  wakeAll() {
    for (const loop of this.loops.values()) loop.wake?.();
  }

  sleep(loop, ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        loop.wake = null;
        resolve();
      }
      loop.wake = done;
    });
  }

  async run(account, loop) {
    const signal = loop.controller.signal;
    let failures = 0;
    while (!signal.aborted) {
      try {
        const requests = await api.pendingRequests(account, WAIT_SECONDS, signal);
        if (signal.aborted) break;
        failures = 0;
        this.handlers.onHealthy?.(account);
        const fresh = this.handlers.onRequests(account, requests);
        if (requests.length && !fresh) await this.sleep(loop, PAUSE_MS);
      } catch (error) {
        if (signal.aborted || error?.name === "AbortError") break;
        if (error instanceof api.Refused && (error.code === "unknown_device" || error.code === "device_locked")) {
          this.loops.delete(account.device_id);
          this.handlers.onStopped?.(account, error);
          return;
        }
        this.handlers.onTrouble?.(account, error);
        await this.sleep(loop, BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)]);
        failures += 1;
      }
    }
  }
}
