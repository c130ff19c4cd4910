import { apiDownload } from '../../api/http';

export { fileNameFrom } from '../../api/http';

/**
 * Fetches a file that needs the facilitator's token (so it cannot be a plain link) and hands it
 * to the browser as a download. Returns the file name.
 */
export async function downloadWithToken(
  path: string,
  token: string,
  fallbackName: string,
): Promise<string> {
  const { blob, fileName } = await apiDownload(path, fallbackName, { token });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser the click's turn to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
