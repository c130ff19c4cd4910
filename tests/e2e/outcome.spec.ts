import { readFileSync } from 'node:fs';
import { expectNoA11yViolations } from '../support/a11y';
import { expect, test } from '../support/fixtures';
import { createWorkshop, endWorkshop, joinByApi } from '../support/workshops';

test('the facilitator files the outcome as DOCX, PDF/A and Markdown, exports the workshop and restores it as an archive', async ({
  facilitator,
  request,
}) => {
  test.setTimeout(90_000);
  const created = await createWorkshop(request, { title: 'Seminar om planstrategien' });
  await joinByApi(request, {
    code: created.workshop.joinCode,
    role: 'folkevalgt',
    tableId: 'table-1',
  });
  await joinByApi(request, {
    code: created.workshop.joinCode,
    role: 'administrasjon',
    tableId: 'table-2',
  });
  await endWorkshop(request, created);
  const f = facilitator.page;
  await f.goto(created.links.console);
  const panel = f.getByRole('region', { name: 'Resultat og arkiv' });
  await expect(panel).toBeVisible();
  await expectNoA11yViolations(f);

  const fetchDownload = async (testId: string) => {
    const [download] = await Promise.all([
      f.waitForEvent('download'),
      panel.getByTestId(testId).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
  };

  const pdf = await fetchDownload('download-pdf');
  expect(pdf.name).toBe(`seminar-om-planstrategien-${created.workshop.date}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.bytes.toString('latin1')).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
  await expect(panel.getByRole('status')).toContainText(pdf.name);

  const docx = await fetchDownload('download-docx');
  expect(docx.name.endsWith('.docx')).toBe(true);
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  const md = await fetchDownload('download-md');
  const markdown = md.bytes.toString('utf8');
  expect(markdown).toContain('# Seminar om planstrategien – Fjordvik kommune');
  expect(markdown).toContain('| Folkevalgte | 1 |');
  expect(markdown).toContain('rådgivende innspill');

  const exported = await fetchDownload('download-export');
  expect(JSON.parse(exported.bytes.toString('utf8'))).toMatchObject({
    format: 'samskap.workshop',
    version: 1,
  });

  // A tampered copy is refused whole, and the page says so.
  await f.goto('/new');
  await f.getByText('Gjenopprett et verksted fra en eksportfil').click();
  const tampered = exported.bytes
    .toString('utf8')
    .replace('Seminar om planstrategien', 'Forfalsket seminar');
  await f.getByTestId('restore-file').setInputFiles({
    name: 'tampered.json',
    mimeType: 'application/json',
    buffer: Buffer.from(tampered),
  });
  await expect(f.getByRole('alert')).toContainText('ingenting er endret');
  await expect(f.getByRole('alert')).toContainText('checksum');
  await expectNoA11yViolations(f);

  await f
    .getByTestId('restore-file')
    .setInputFiles({ name: exported.name, mimeType: 'application/json', buffer: exported.bytes });
  await expect(f.getByRole('heading', { level: 1, name: 'Verkstedet er opprettet' })).toBeVisible();
  await expectNoA11yViolations(f);
  const consoleLink = await f.getByTestId('created-console-link').inputValue();
  expect(consoleLink).not.toContain(created.workshop.id);
  await f.goto(consoleLink);
  await expect(
    f.getByRole('heading', { level: 1, name: 'Seminar om planstrategien' }),
  ).toBeVisible();
  await expect(f.getByText('Verkstedet er avsluttet').first()).toBeVisible();
});
