import { describe, expect, it } from 'vitest';
import { foldsForWriting, KeyboardJudge, scrollToShow } from './writersPlace';

describe('the writer’s place with the on-screen keyboard', () => {
  it('[K1] judges the keyboard up when the visible height drops well below the tallest at that width, while writing', () => {
    const judge = new KeyboardJudge();
    expect(judge.judge({ top: 0, height: 1024, width: 768 }, true)).toBe(false);
    expect(judge.judge({ top: 0, height: 620, width: 768 }, true)).toBe(true);
    // Not writing: a smaller window is only a smaller window.
    expect(judge.judge({ top: 0, height: 620, width: 768 }, false)).toBe(false);
    // Turned to landscape: its own tallest height.
    expect(judge.judge({ top: 0, height: 768, width: 1024 }, true)).toBe(false);
    expect(judge.judge({ top: 0, height: 420, width: 1024 }, true)).toBe(true);
    expect(judge.judge({ top: 0, height: 1024, width: 768 }, true)).toBe(false);
  });

  it('[K1] scrolls just enough to bring the caret above the keyboard or below the sticky bar', () => {
    const box = { top: 0, height: 600, width: 768 };
    expect(scrollToShow({ top: 300, bottom: 320 }, box, 60)).toBe(0);
    expect(scrollToShow({ top: 700, bottom: 720 }, box, 60)).toBe(720 - 576);
    expect(scrollToShow({ top: 40, bottom: 60 }, box, 60)).toBe(40 - 84);
    // iPadOS: the visual viewport has panned down by 200 px.
    expect(scrollToShow({ top: 500, bottom: 520 }, { ...box, top: 200 }, 60)).toBe(0);
  });

  it('[K1] folds the chrome for a writer on a short screen, keyboard or not, and only while writing', () => {
    expect(foldsForWriting({ top: 0, height: 768, width: 1024 }, true)).toBe(true);
    expect(foldsForWriting({ top: 0, height: 800, width: 1280 }, true)).toBe(true);
    expect(foldsForWriting({ top: 0, height: 768, width: 1024 }, false)).toBe(false);
    // Upright, the editor has room below the chrome.
    expect(foldsForWriting({ top: 0, height: 1024, width: 768 }, true)).toBe(false);
  });
});
