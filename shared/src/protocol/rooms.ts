/** What a content room's name starts with; the workshop id follows. */
const CONTENT_ROOM_PREFIX = 'w/';

/** A workshop id as the server makes them (12 base64url characters), with room to spare. */
const contentRoomPattern = /^w\/([A-Za-z0-9_-]{1,40})$/;

/**
 * [RL1] The room of a workshop's shared content document, `w/<workshopId>`: the name the
 * tablet connects to and the one the server stores the document under.
 */
export function contentRoom(workshopId: string): string {
  return `${CONTENT_ROOM_PREFIX}${workshopId}`;
}

/**
 * [RL1] The workshop whose content room this is, or null when the name is not a content room
 * (another prefix, an empty or over-long id, a character a workshop id never has).
 */
export function workshopOfContentRoom(room: string): string | null {
  return contentRoomPattern.exec(room)?.[1] ?? null;
}
