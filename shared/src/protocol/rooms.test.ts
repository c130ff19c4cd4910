import { describe, expect, it } from 'vitest';
import { ROOM_NAME_PATTERN } from './messages';
import { contentRoom, workshopOfContentRoom } from './rooms';

describe('content room names', () => {
  it('[RL1] names a workshop’s room w/<id>, and reads the id back from it', () => {
    expect(contentRoom('Ab3_-x9QzZ0k')).toBe('w/Ab3_-x9QzZ0k');
    expect(workshopOfContentRoom(contentRoom('Ab3_-x9QzZ0k'))).toBe('Ab3_-x9QzZ0k');
  });

  it('[RL1] gives a name the sync path accepts', () => {
    expect(ROOM_NAME_PATTERN.test(contentRoom('Ab3_-x9QzZ0k'))).toBe(true);
  });

  it.each(['', 'w/', 'x/abc', 'w/abc/def', 'w/../abc', 'w/a b', 'W/abc', `w/${'a'.repeat(41)}`])(
    '[RL1] reads no workshop from %j',
    (room) => {
      expect(workshopOfContentRoom(room)).toBeNull();
    },
  );
});
