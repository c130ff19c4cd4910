import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ambitionFragment, ambitionText } from './ambitions';
import { richJsonToYXml } from './richText';

/**
 * Two tablets editing one ambition paragraph, over a simulated network that delivers updates
 * late and out of order (as Yjs' own tests do). What each writes must survive on both.
 */

function twoClients() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const seed = ambitionFragment(a, 'area', 'table-1');
  seed.insert(0, richJsonToYXml([{ type: 'paragraph', content: [{ type: 'text', text: '|' }] }]));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b };
}

function paragraphText(doc: Y.Doc): Y.XmlText {
  const paragraph = ambitionFragment(doc, 'area', 'table-1').get(0) as Y.XmlElement;
  return paragraph.get(0) as Y.XmlText;
}

/** Collects each doc's updates so a test decides when (and in which order) they arrive. */
function outbox(doc: Y.Doc): Uint8Array[] {
  const queue: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') queue.push(update);
  });
  return queue;
}

function deliver(queue: Uint8Array[], to: Y.Doc, order: (n: number) => number[]): void {
  for (const i of order(queue.length)) Y.applyUpdate(to, queue[i]!, 'remote');
  queue.length = 0;
}

// A deterministic shuffle, so a failure can be replayed.
function shuffled(seed: number): (n: number) => number[] {
  return (n) => {
    const order = [...Array(n).keys()];
    let s = seed;
    for (let i = n - 1; i > 0; i--) {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      const j = s % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
}

describe('two clients typing in the same paragraph', () => {
  it.each([1, 2, 3, 42, 1234])(
    'converge to the same text with every character of both (network seed %i)',
    (seed) => {
      const { a, b } = twoClients();
      const fromA = outbox(a);
      const fromB = outbox(b);
      const wordsA = 'vekst for alle ';
      const wordsB = 'grønt samfunn ';
      // Interleaved keystrokes, each one a transaction, as an editor makes them.
      for (let i = 0; i < Math.max(wordsA.length, wordsB.length); i++) {
        const ta = paragraphText(a);
        const tb = paragraphText(b);
        if (i < wordsA.length) ta.insert(ta.length, wordsA[i]!);
        if (i < wordsB.length) tb.insert(0, wordsB[i]!);
        if (i % 5 === 4) {
          deliver(fromA, b, shuffled(seed + i));
          deliver(fromB, a, shuffled(seed * 7 + i));
        }
      }
      deliver(fromA, b, shuffled(seed));
      deliver(fromB, a, shuffled(seed + 1));
      const textA = ambitionText(a, 'area', 'table-1');
      expect(textA).toBe(ambitionText(b, 'area', 'table-1'));
      expect(textA.replace(/[^a-zøæå]/g, '').length).toBe(
        (wordsA + wordsB).replace(/[^a-zøæå]/g, '').length,
      );
      expect(textA).toContain('vekst for alle');
    },
  );
});

describe('offline edits', () => {
  it('merge on reconnect without losing a character', () => {
    const { a, b } = twoClients();
    // Both go offline (no exchange) and keep editing, including formatting and a new block.
    const ta = paragraphText(a);
    ta.insert(1, 'Tablet A skriver uten nett. ');
    ta.format(1, 6, { bold: {} });
    const fragmentB = ambitionFragment(b, 'area', 'table-1');
    paragraphText(b).insert(0, 'Tablet B også. ');
    fragmentB.insert(
      1,
      richJsonToYXml([
        { type: 'paragraph', content: [{ type: 'text', text: 'Nytt avsnitt fra B' }] },
      ]),
    );
    // Reconnect: each sends what the other lacks, from the other's state vector.
    const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    Y.applyUpdate(b, toB);
    Y.applyUpdate(a, toA);
    const text = ambitionText(a, 'area', 'table-1');
    expect(text).toBe(ambitionText(b, 'area', 'table-1'));
    expect(text).toContain('Tablet A skriver uten nett.');
    expect(text).toContain('Tablet B også.');
    expect(text).toContain('Nytt avsnitt fra B');
    expect(paragraphText(b).toDelta()).toContainEqual({
      insert: 'Tablet',
      attributes: { bold: {} },
    });
  });
});
