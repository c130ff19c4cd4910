import type { AppendMeta, DocStore, LoadedDoc, QuarantinedUpdate, StoredUpdate } from './docStore';

interface MemoryDoc {
  snapshot: Uint8Array | null;
  snapshotSeq: number;
  rows: StoredUpdate[];
  quarantined: QuarantinedUpdate[];
}

/** A `DocStore` that keeps everything in this process: for tests and throwaway demos. */
export class MemoryDocStore implements DocStore {
  private readonly docs = new Map<string, MemoryDoc>();
  private seq = 0;

  private doc(name: string): MemoryDoc {
    let d = this.docs.get(name);
    if (!d) {
      d = { snapshot: null, snapshotSeq: 0, rows: [], quarantined: [] };
      this.docs.set(name, d);
    }
    return d;
  }

  async load(docName: string): Promise<LoadedDoc> {
    const d = this.docs.get(docName);
    if (!d) return { snapshot: null, updates: [], seqs: [], lastSeq: 0 };
    const last = d.rows.at(-1);
    return {
      snapshot: d.snapshot,
      updates: d.rows.map((r) => r.update),
      seqs: d.rows.map((r) => r.seq),
      lastSeq: last ? last.seq : d.snapshotSeq,
    };
  }

  append(docName: string, update: Uint8Array, meta: AppendMeta): number {
    const seq = ++this.seq;
    this.doc(docName).rows.push({ seq, update: update.slice(), ...meta });
    return seq;
  }

  async compact(docName: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const d = this.doc(docName);
    d.snapshot = snapshot.slice();
    d.snapshotSeq = Math.max(d.snapshotSeq, throughSeq);
    d.rows = d.rows.filter((r) => r.seq > throughSeq);
  }

  async listUpdates(docName: string): Promise<StoredUpdate[]> {
    return (this.docs.get(docName)?.rows ?? []).map((r) => ({ ...r }));
  }

  async quarantine(docName: string, seq: number, reason: string): Promise<void> {
    const d = this.docs.get(docName);
    const row = d?.rows.find((r) => r.seq === seq);
    if (!d || !row) return;
    d.rows = d.rows.filter((r) => r !== row);
    d.quarantined.push({ ...row, reason, quarantinedAt: Date.now() });
  }

  async listQuarantined(docName: string): Promise<QuarantinedUpdate[]> {
    return (this.docs.get(docName)?.quarantined ?? []).map((r) => ({ ...r }));
  }

  async delete(docName: string): Promise<void> {
    this.docs.delete(docName);
  }

  async close(): Promise<void> {}
}
