import { describe, expect, it } from 'vitest';
import { route } from './router';

describe('route', () => {
  it('maps the root to the start page', () => {
    expect(route('/')).toEqual({ name: 'start' });
  });

  it('maps /j/CODE to the join page with the code as typed', () => {
    expect(route('/j/ABC234')).toEqual({ name: 'join', code: 'ABC234' });
    expect(route('/j/abc234/')).toEqual({ name: 'join', code: 'abc234' });
  });

  it('decodes the code segment and survives a malformed escape', () => {
    expect(route('/j/AB%20C')).toEqual({ name: 'join', code: 'AB C' });
    expect(route('/j/%E0%A4%A')).toEqual({ name: 'join', code: '%E0%A4%A' });
  });

  it('maps anything else to not found', () => {
    expect(route('/j/')).toEqual({ name: 'notFound', path: '/j/' });
    expect(route('/admin')).toEqual({ name: 'notFound', path: '/admin' });
  });
});
