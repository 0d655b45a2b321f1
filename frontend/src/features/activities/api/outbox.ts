import type { components } from '@/types/api';
import { newKey } from '@/utils/id';

export type ActivityInput = components['schemas']['ActivityInput'];

/** What the server said when it refused a kept record (a 4xx problem): shown beside it until the user acts. */
export type OutboxError = {
  status: number;
  title: string;
  detail?: string;
  errors?: { field: string; message: string }[];
};

/** A new activity record kept on the device until it is sent, with the Idempotency-Key made when it was saved. */
export type PendingActivity = {
  key: string;
  body: ActivityInput;
  savedAt: string;
  error?: OutboxError;
};

/** Where the waiting records live between visits (localStorage in the app; a map in tests). */
export interface OutboxStorage {
  load(): PendingActivity[];
  save(items: PendingActivity[]): void;
}

/**
 * The result of one attempt: 'sent' (2xx, also a replay of an earlier attempt with the same key), 'refused' (4xx
 * with the problem), or it throws when there is no connection or the server is unavailable (5xx) — kept for later.
 */
export type SendResult = { outcome: 'sent'; id: number } | { outcome: 'refused'; error: OutboxError };
export type Sender = (item: PendingActivity) => Promise<SendResult>;

/**
 * localStorage is enough for this queue: a few small JSON records (a summary of at most 8,000 characters each, no
 * files), read and written whole, surviving a closed tab and a restarted phone. IndexedDB would add an asynchronous
 * API and a package for nothing the queue needs.
 */
export function localStorageOutbox(storageKey: string): OutboxStorage {
  return {
    load() {
      try {
        const raw = window.localStorage.getItem(storageKey);
        const parsed: unknown = raw ? JSON.parse(raw) : [];
        return Array.isArray(parsed) ? (parsed as PendingActivity[]) : [];
      } catch {
        return [];
      }
    },
    save(items) {
      window.localStorage.setItem(storageKey, JSON.stringify(items));
    },
  };
}

export function memoryOutbox(initial: PendingActivity[] = []): OutboxStorage & { items: PendingActivity[] } {
  const s = {
    items: initial,
    load: () => s.items.map((i) => ({ ...i })),
    save: (items: PendingActivity[]) => {
      s.items = items.map((i) => ({ ...i }));
    },
  };
  return s;
}

/**
 * 送信待ち: new activity records saved without a connection. Each keeps the Idempotency-Key made when the user saved
 * it, so however often it is sent (a lost answer, two tabs, a restart) the server records it once. A 2xx (or a replay)
 * removes it; a 4xx keeps it with the server's words, not sent again until the user changes or discards it; no
 * connection (or a 5xx) keeps it for the next attempt.
 */
export class Outbox {
  private listeners = new Set<() => void>();
  private flushing: Promise<{ sent: number; refused: number }> | undefined;
  private snapshot: PendingActivity[];

  constructor(
    private readonly storage: OutboxStorage,
    private readonly send: Sender,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.snapshot = storage.load();
  }

  /** The waiting records, oldest first (a stable array between changes, for useSyncExternalStore). */
  items = (): PendingActivity[] => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private write(items: PendingActivity[]) {
    this.storage.save(items);
    this.snapshot = this.storage.load();
    this.listeners.forEach((l) => l());
  }

  /** Keeps a new record with a fresh Idempotency-Key; returns it. */
  add(body: ActivityInput): PendingActivity {
    const item: PendingActivity = { key: newKey(), body, savedAt: this.now().toISOString() };
    this.write([...this.storage.load(), item]);
    return item;
  }

  /** Forgets a record (the user discards it, or takes it back into the form to correct it). */
  remove(key: string): void {
    this.write(this.storage.load().filter((i) => i.key !== key));
  }

  /**
   * Sends every waiting record not refused before, one after the other, each with its own key; one call at a time
   * (a second call while sending gets the same promise). Stops at the first lost connection.
   */
  flush(): Promise<{ sent: number; refused: number }> {
    this.flushing ??= this.run().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async run() {
    let sent = 0;
    let refused = 0;
    for (const item of this.storage.load()) {
      if (item.error) continue;
      let result: SendResult;
      try {
        result = await this.send(item);
      } catch {
        break; // offline or unavailable: everything stays for the next attempt
      }
      if (result.outcome === 'sent') {
        sent++;
        this.write(this.storage.load().filter((i) => i.key !== item.key));
      } else {
        refused++;
        this.write(this.storage.load().map((i) => (i.key === item.key ? { ...i, error: result.error } : i)));
      }
    }
    return { sent, refused };
  }
}
