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

  it('maps /new to the create page', () => {
    expect(route('/new')).toEqual({ name: 'create' });
  });

  it('maps /w, /f and /p with a workshop id to tablet, console and projector', () => {
    expect(route('/w/abc_123')).toEqual({ name: 'tablet', workshopId: 'abc_123' });
    expect(route('/f/abc-123/')).toEqual({ name: 'console', workshopId: 'abc-123' });
    expect(route('/f/abc-123/setup')).toEqual({ name: 'setup', workshopId: 'abc-123' });
    expect(route('/p/x')).toEqual({ name: 'projector', workshopId: 'x' });
  });

  it('refuses workshop ids with characters ids never have', () => {
    expect(route('/f/a.b')).toEqual({ name: 'notFound', path: '/f/a.b' });
    expect(route('/w/')).toEqual({ name: 'notFound', path: '/w/' });
  });

  it('maps anything else to not found', () => {
    expect(route('/j/')).toEqual({ name: 'notFound', path: '/j/' });
    expect(route('/admin')).toEqual({ name: 'notFound', path: '/admin' });
  });
});
