import { describe, expect, it } from 'vitest';
import { apiErrorText } from './errorMessage';
import { ApiRequestError } from './http';
import { apiErrorLocales } from './locales';

describe('apiErrorText', () => {
  it('gives each refusal of the join flow a sentence of its own', () => {
    const keys = ['unknown_code', 'workshop_ended', 'table_full', 'workshop_full'].map(
      (code) => apiErrorText(new ApiRequestError(code, 409, 'x')).key,
    );
    expect(new Set(keys).size).toBe(4);
    for (const key of keys) expect(apiErrorLocales.nb[key]).toMatch(/\S/);
  });

  it('names the bound when a display name is too long', () => {
    expect(apiErrorText(new ApiRequestError('invalid_input', 400, 'x', 'displayName'))).toEqual({
      key: 'displayName',
      values: { max: 60 },
    });
  });

  it('names the phase when a setup change is refused for a begun or running phase', () => {
    expect(apiErrorText(new ApiRequestError('phase_started', 409, 'x', 'agenda.0'))).toEqual({
      key: 'phase_started',
      values: { number: 1 },
    });
    expect(
      apiErrorText(new ApiRequestError('phase_running', 409, 'x', 'agenda.2.activity')),
    ).toEqual({ key: 'phase_running', values: { number: 3 } });
  });

  it('names the activity whose stored work a setup change would hide', () => {
    const text = apiErrorText(new ApiRequestError('activity_in_use', 409, 'x', 'planbehov'));
    expect(text.key).toBe('activity_in_use_planbehov');
    expect(apiErrorLocales.en[text.key]).toContain('Planning needs');
    // An activity the screen has no sentence for still gets the general rule, not "unexpected".
    expect(apiErrorText(new ApiRequestError('activity_in_use', 409, 'x', 'free')).key).toBe(
      'activity_in_use',
    );
  });

  it('falls back to the field name for other invalid input', () => {
    expect(apiErrorText(new ApiRequestError('invalid_input', 400, 'x', 'period.end'))).toEqual({
      key: 'invalid_input',
      values: { field: 'period.end' },
    });
  });

  it('[M1] words a refused export file with the field the server names, not its English', () => {
    const error = new ApiRequestError('import_invalid', 400, 'checksum mismatch', 'checksum');
    expect(apiErrorText(error)).toEqual({ key: 'import_invalid', values: { field: 'checksum' } });
    expect(apiErrorLocales.nn.import_invalid).toContain('{{field}}');
  });

  it('[X2] fills in the parameters the server sent with its code', () => {
    const error = new ApiRequestError('file_too_large', 413, 'x', 'file', { mib: 8 });
    expect(apiErrorText(error)).toEqual({ key: 'file_too_large', values: { mib: 8 } });
    for (const lang of ['nb', 'nn', 'en'] as const) {
      expect(apiErrorLocales[lang].file_too_large).toContain('{{mib}}');
    }
  });

  it('says "unexpected" for codes it does not know and for non-API errors', () => {
    expect(apiErrorText(new ApiRequestError('teapot', 418, 'x')).key).toBe('unexpected');
    expect(apiErrorText(new Error('boom')).key).toBe('unexpected');
  });
});
