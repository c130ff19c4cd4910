import { apiErrorSchema } from '@samskap/shared/workshop';
import { ApiRequestError } from '../../api/http';

/** The name the server gave the file, from its Content-Disposition. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="([^"]+)"/);
  return match ? match[1]! : fallback;
}

/**
 * Fetches a file that needs the facilitator's token (so it cannot be a plain link) and hands it
 * to the browser as a download. Returns the file name.
 */
export async function downloadWithToken(
  path: string,
  token: string,
  fallbackName: string,
): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiRequestError('network', 0, 'The server could not be reached.');
  }
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(await response.json().catch(() => null));
    if (parsed.success) {
      const { code, message, field } = parsed.data.error;
      throw new ApiRequestError(code, response.status, message, field);
    }
    throw new ApiRequestError('bad_response', response.status, `HTTP ${response.status}`);
  }
  const name = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser the click's turn to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
