import { describe, expect, it, vi } from 'vitest';
import { memoryOutbox, Outbox, type ActivityInput, type PendingActivity, type SendResult } from './outbox';

const body = (summary: string): ActivityInput => ({
  type: 'VISIT',
  occurredOn: '2026-12-04',
  districtIds: [1],
  summary,
});

describe('Outbox (送信待ち)', () => {
  it('keeps a record with a key made when it was saved, and sends it with the same key on every attempt', async () => {
    const storage = memoryOutbox();
    const keys: string[] = [];
    let online = false;
    const outbox = new Outbox(storage, async (item) => {
      keys.push(item.key);
      if (!online) throw new TypeError('Failed to fetch');
      return { outcome: 'sent', id: 7 };
    });
    const kept = outbox.add(body('訪問'));
    expect(outbox.items()).toHaveLength(1);
    expect(await outbox.flush()).toEqual({ sent: 0, refused: 0 });
    expect(await outbox.flush()).toEqual({ sent: 0, refused: 0 });
    expect(storage.items).toHaveLength(1);
    online = true;
    expect(await outbox.flush()).toEqual({ sent: 1, refused: 0 });
    expect(keys).toEqual([kept.key, kept.key, kept.key]);
    expect(outbox.items()).toEqual([]);
    expect(storage.items).toEqual([]);
  });

  it('survives a restart: what was kept is read back from storage', async () => {
    const storage = memoryOutbox();
    new Outbox(storage, () => Promise.reject(new Error('offline'))).add(body('再起動前'));
    const sent: PendingActivity[] = [];
    const again = new Outbox(storage, async (item) => {
      sent.push(item);
      return { outcome: 'sent', id: 1 };
    });
    expect(again.items().map((i) => i.body.summary)).toEqual(['再起動前']);
    await again.flush();
    expect(sent.map((i) => i.body.summary)).toEqual(['再起動前']);
  });

  it('keeps a refused record with the server’s words and does not send it again', async () => {
    const storage = memoryOutbox();
    const send = vi.fn(async (item: PendingActivity): Promise<SendResult> =>
      item.body.summary === '誤り'
        ? { outcome: 'refused', error: { status: 400, title: 'Invalid request', errors: [{ field: 'occurredOn', message: 'must not be in the future' }] } }
        : { outcome: 'sent', id: 2 },
    );
    const outbox = new Outbox(storage, send);
    outbox.add(body('誤り'));
    outbox.add(body('正しい'));
    expect(await outbox.flush()).toEqual({ sent: 1, refused: 1 });
    expect(outbox.items()).toHaveLength(1);
    expect(outbox.items()[0]!.error?.errors?.[0]?.field).toBe('occurredOn');
    await outbox.flush();
    expect(send).toHaveBeenCalledTimes(2);
    outbox.remove(outbox.items()[0]!.key);
    expect(storage.items).toEqual([]);
  });

  it('sends once when the online event and the app start flush at the same time', async () => {
    const storage = memoryOutbox();
    let calls = 0;
    const outbox = new Outbox(storage, async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 5));
      return { outcome: 'sent', id: 3 };
    });
    outbox.add(body('一度だけ'));
    await Promise.all([outbox.flush(), outbox.flush()]);
    expect(calls).toBe(1);
  });

  it('tells subscribers about every change', () => {
    const outbox = new Outbox(memoryOutbox(), () => Promise.reject(new Error('offline')));
    const listener = vi.fn();
    const unsubscribe = outbox.subscribe(listener);
    const item = outbox.add(body('通知'));
    outbox.remove(item.key);
    unsubscribe();
    outbox.add(body('後'));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
