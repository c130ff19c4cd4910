import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ambitionFragment, ambitionRootName, PLENARY, writeAmbitionsDisplay } from './ambitions';
import { docPartOf, mayWriteRoot } from './rights';
import type { ContentScope, ContentWriter } from './rights';

const scope: ContentScope = { focusAreaIds: new Set(['a', 'b']), tableIds: new Set(['t1', 't2']) };
const facilitator: ContentWriter = { kind: 'facilitator' };
const atTable1: ContentWriter = { kind: 'participant', tableId: 't1' };
const unseated: ContentWriter = { kind: 'participant', tableId: null };

/** The top-level names a doc model write touches, as the server sees them. */
function rootsWrittenBy(write: (doc: Y.Doc) => void): string[] {
  const doc = new Y.Doc();
  write(doc);
  return [...doc.share.entries()]
    .filter(([, type]) => type._start || type._map.size)
    .map(([k]) => k);
}

describe('write rights per part of the content document', () => {
  it("[W1] a participant writes its own table's drafts in every focus area, and no other table's", () => {
    const own = rootsWrittenBy((doc) => {
      ambitionFragment(doc, 'a', 't1').insert(0, [new Y.XmlText('x')]);
      ambitionFragment(doc, 'b', 't1').insert(0, [new Y.XmlText('x')]);
    });
    expect(own.every((name) => mayWriteRoot(atTable1, name, scope))).toBe(true);
    expect(mayWriteRoot(atTable1, ambitionRootName('a', 't2'), scope)).toBe(false);
    expect(mayWriteRoot(unseated, ambitionRootName('a', 't1'), scope)).toBe(false);
  });

  it('[W2] the plenary and the display choice are written by the facilitator only', () => {
    const [display] = rootsWrittenBy((doc) =>
      writeAmbitionsDisplay(doc, { focusAreaId: 'a', show: 'plenary' }),
    );
    const plenary = ambitionRootName('a', PLENARY);
    expect(mayWriteRoot(atTable1, plenary, scope)).toBe(false);
    expect(mayWriteRoot(atTable1, display!, scope)).toBe(false);
    expect(mayWriteRoot(facilitator, plenary, scope)).toBe(true);
    expect(mayWriteRoot(facilitator, display!, scope)).toBe(true);
    expect(mayWriteRoot(facilitator, ambitionRootName('b', 't2'), scope)).toBe(true);
  });

  it('[W3] names the model does not define are nobody’s: unknown names, focus areas and tables', () => {
    for (const name of [
      'body',
      '',
      'ambition/a',
      'ambition/a/t1/x',
      'ambition//t1',
      ambitionRootName('c', PLENARY),
      ambitionRootName('a', 't9'),
    ]) {
      expect(docPartOf(name, scope)).toBeNull();
      expect(mayWriteRoot(facilitator, name, scope)).toBe(false);
      expect(mayWriteRoot(atTable1, name, scope)).toBe(false);
    }
    expect(docPartOf(ambitionRootName('a', 't2'), scope)).toEqual({
      kind: 'tableDraft',
      focusAreaId: 'a',
      tableId: 't2',
    });
  });
});
