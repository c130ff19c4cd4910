import type { AmbitionBlock } from '@samskap/shared/doc-model';

/*
 * [G6] A draft on the projector never runs off its page: a table's text is cut into parts small
 * enough for one card on the smallest stage (1280×720), each part a card of its own that the
 * stage pager places like any other; the plenary text pages block by block.
 */

/** Characters of one card part until a card has been measured (`partBudget`). */
export const PART_CHARS = 160;
/** Share of a card's lines that text fills: words wrap, and blocks end mid-line. */
const FILL = 0.85;
/** Average width of a character, as a share of the font size (Inter). */
const CHAR_WIDTH = 0.47;
/** What a block costs beyond its characters: the rest of its last line and the gap below it. */
const BLOCK_COST = 30;

/**
 * Splits a text longer than `max` at the last sentence end (or else the last space) that keeps
 * each piece within `max`; a word longer than `max` is cut.
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    const sentence = Math.max(
      window.lastIndexOf('. '),
      window.lastIndexOf('? '),
      window.lastIndexOf('! '),
    );
    const space = window.lastIndexOf(' ');
    const cut = sentence > max / 3 ? sentence + 1 : space > 0 ? space : max;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/**
 * A draft's blocks in parts of at most `budget` characters (blocks counted with their cost),
 * in order and whole where they fit; a longer block is split between parts, its goals kept on
 * its first piece. No blocks: one empty part.
 */
export function draftParts(
  blocks: readonly AmbitionBlock[],
  budget: number = PART_CHARS,
): AmbitionBlock[][] {
  const parts: AmbitionBlock[][] = [];
  let part: AmbitionBlock[] = [];
  let used = 0;
  for (const block of blocks) {
    const pieces = splitText(block.text, budget - BLOCK_COST);
    pieces.forEach((text, i) => {
      const cost = text.length + BLOCK_COST;
      if (part.length > 0 && used + cost > budget) {
        parts.push(part);
        part = [];
        used = 0;
      }
      part.push({ ...block, text, goalIds: i === 0 ? block.goalIds : [] });
      used += cost;
    });
  }
  parts.push(part);
  return parts;
}

/**
 * How many characters one part may hold: the lines of text a card's box leaves below its heading
 * on this stage, times the characters a line holds, less what wrapping wastes.
 */
export function partBudget(card: HTMLElement, box: HTMLElement): number {
  const style = getComputedStyle(card);
  const px = (v: string) => parseFloat(v) || 0;
  const font = px(style.fontSize) || 28;
  const line = px(style.lineHeight) || font * 1.5;
  const heading = card.previousElementSibling?.getBoundingClientRect().height ?? line;
  const chrome =
    px(style.paddingTop) + px(style.paddingBottom) + px(style.borderTopWidth) * 2 + line / 2;
  const lines = Math.floor((box.clientHeight - heading - chrome) / line);
  const width = card.clientWidth - px(style.paddingLeft) - px(style.paddingRight);
  const perLine = Math.floor(width / (font * CHAR_WIDTH));
  return Math.max(80, Math.floor(Math.max(2, lines) * Math.max(8, perLine) * FILL));
}
