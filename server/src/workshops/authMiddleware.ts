import type { Context, Next } from 'hono';
import { ApiProblem } from '../errors';
import type { Principal, WorkshopService } from './service';

/** Routes behind a capability check have the caller in `c.get('principal')`. */
export interface Env {
  Variables: { principal: Principal };
}

function bearer(c: Context): string | null {
  const header = c.req.header('authorization');
  const match = header?.match(/^Bearer ([A-Za-z0-9_-]{20,200})$/);
  return match ? match[1]! : null;
}

/** The API's answer to a token that opens nothing. */
function refusalOf(refusal: 'unknown_token' | 'participant_removed'): ApiProblem {
  return refusal === 'participant_removed'
    ? new ApiProblem(403, 'participant_removed', 'The facilitator has removed this participant.')
    : new ApiProblem(401, 'unknown_token', 'This access link is not valid (any more).');
}

/**
 * Middleware factory: the request must carry a token of the workshop named in the path (`:id`)
 * with one of the allowed capabilities. Checked on every call, whatever the UI shows.
 */
export function capabilityCheck(service: WorkshopService) {
  return (...allowed: Principal['capability'][]) =>
    async (c: Context<Env>, next: Next): Promise<void> => {
      const token = bearer(c);
      if (!token) throw new ApiProblem(401, 'unauthenticated', 'A valid access token is required.');
      const auth = await service.authenticate(token);
      if (!auth.ok) throw refusalOf(auth.refusal);
      const { principal } = auth;
      const workshopId = c.req.param('id');
      if (workshopId !== undefined && principal.workshopId !== workshopId) {
        throw new ApiProblem(403, 'forbidden', 'This access token belongs to another workshop.');
      }
      if (!allowed.includes(principal.capability)) {
        throw new ApiProblem(403, 'forbidden', `This needs the ${allowed.join(' or ')} link.`);
      }
      c.set('principal', principal);
      await next();
    };
}

/** The participant behind a route that only participants reach. */
export function participantOf(c: Context<Env>) {
  const principal = c.get('principal');
  if (principal.capability !== 'participant')
    throw new ApiProblem(403, 'forbidden', 'Participants only.');
  return principal.participant;
}
