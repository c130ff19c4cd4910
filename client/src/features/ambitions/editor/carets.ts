import { i18n } from '../../../i18n/i18n';
import { ambitionsText } from '../text';

/** The identity the server writes into each connection's awareness `user` field. */
interface ServerUser {
  readonly kind?: unknown;
  readonly name?: unknown;
  readonly role?: unknown;
  readonly colour?: unknown;
}

const ROLES = new Set(['folkevalgt', 'administrasjon', 'annen']);

function colourOf(user: ServerUser): string {
  // Only a plain hex colour reaches a style attribute.
  return typeof user.colour === 'string' && /^#[0-9a-fA-F]{6}$/.test(user.colour)
    ? user.colour
    : '#595959';
}

/**
 * The writer's name, or their role where the workshop does not show names. y-prosemirror fills
 * a missing name with "User: <client id>" before we see it; that counts as no name.
 */
export function caretName(user: ServerUser): string {
  const placeholder = /^User: \d+$/;
  if (typeof user.name === 'string' && user.name.trim() !== '' && !placeholder.test(user.name)) {
    return user.name;
  }
  if (user.role === 'facilitator' || user.kind === 'facilitator') {
    return ambitionsText('caret.facilitator');
  }
  if (typeof user.role === 'string' && ROLES.has(user.role)) {
    return i18n.t(`workshop.roles.${user.role as 'folkevalgt' | 'administrasjon' | 'annen'}`);
  }
  return ambitionsText('caret.participant');
}

// Black or white, whichever reads better on the writer's colour (WCAG contrast).
function labelTextColour(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/** A remote writer's caret with a label in their colour. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const colour = colourOf(user);
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = colour;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = colour;
  label.style.color = labelTextColour(colour);
  label.textContent = caretName(user);
  caret.append(label);
  return caret;
}

/** A remote writer's selection, tinted with their colour. */
export function renderSelection(user: Record<string, unknown>) {
  return {
    style: `background-color: ${colourOf(user)}40`,
    class: 'collaboration-carets__selection',
    nodeName: 'span',
  };
}
