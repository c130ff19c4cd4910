import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { runDemoWorkshop } from '../testing/demoWorkshop';
import { inProcessApp } from '../testing/inProcessApp';

async function download(
  t: ReturnType<typeof inProcessApp>,
  id: string,
  token: string,
  format: string,
) {
  const res = await t.app.request(`/api/workshops/${id}/outcome/${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function pdfText(
  bytes: Uint8Array,
): Promise<{ text: string; info: Record<string, unknown>; tagged: boolean }> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ') + '\n';
  }
  const meta = await pdf.getMetadata();
  const markInfo = await pdf.getMarkInfo();
  return { text, info: meta.info as Record<string, unknown>, tagged: markInfo?.Marked === true };
}

describe('the outcome of the demo workshop', () => {
  it('as Markdown: every part, in the workshop’s language, with nothing individual or hidden in it', async () => {
    const t = inProcessApp();
    const { id, f, people } = await runDemoWorkshop(t);
    const { res, bytes } = await download(t, id, f, 'md');
    expect(res.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="planstrategi-seminar-2025-01-20.md"/,
    );
    const md = new TextDecoder().decode(bytes);
    for (const expected of [
      '# Planstrategi-seminar – Fjordvik kommune',
      'rådgivende innspill',
      '## Hvem deltok',
      '| Folkevalgte | 3 |',
      '## Agenda slik den gikk',
      '## Politiske ambisjoner',
      'Alle barn skal ha en trygg skolevei innen 2028. (fra Bord 1)',
      'Flere møteplasser for eldre. (mål: 1.4)',
      '| 1.4 Vi har et helsefremmende',
      '## Planbehov',
      '### Runde 1',
      '### Runde 2',
      'Oppmøte: 6 av 6 stemmeberettigede stemte.',
      'Kommuneplanens arealdel 2019–2031 | Revidere | Revidere 6',
      '### Tidslinje for perioden',
      '## Argumenter',
      'Hvor skal den nye skolen ligge? (Type problem: Gjenstridig)',
      'Standpunkter:',
      'I sentrum (Folkevalgte; 1 støtter)',
      '### Konfliktregister',
      '| I sentrum / I bydelen | Lokalisering | – | Åpen |',
    ]) {
      expect(md).toContain(expected);
    }
    expect(md).not.toContain('UPASSENDE-TEKST');
    for (const p of people) expect(md).not.toContain(p.participant.id);
  });

  it('as DOCX: real Word headings, lists and tables that hold the content', async () => {
    const t = inProcessApp();
    const { id, f } = await runDemoWorkshop(t);
    const { res, bytes } = await download(t, id, f, 'docx');
    expect(res.headers.get('content-type')).toMatch(/wordprocessingml/);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:numPr>');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Planstrategi-seminar – Fjordvik kommune');
    expect(text).toContain('Kommuneplanens arealdel 2019–2031');
    expect(text).toContain('Flere møteplasser for eldre.');
    expect(text).not.toContain('UPASSENDE-TEKST');
  });

  it('as PDF: tagged, titled, PDF/A, with the content as text', async () => {
    const t = inProcessApp();
    const { id, f } = await runDemoWorkshop(t);
    const { res, bytes } = await download(t, id, f, 'pdf');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(raw).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/Lang \(nb\)/);
    const pdf = await pdfText(bytes);
    expect(pdf.tagged).toBe(true);
    expect(pdf.info.Title).toBe('Planstrategi-seminar – Fjordvik kommune');
    expect(pdf.text).toContain('Politiske ambisjoner');
    expect(pdf.text).toContain('Kommuneplanens arealdel');
    expect(pdf.text).not.toContain('UPASSENDE-TEKST');
  });

  it('is for the facilitator only', async () => {
    const t = inProcessApp();
    const { id, w, people } = await runDemoWorkshop(t);
    expect((await download(t, id, w.projectorToken, 'md')).res.status).toBe(403);
    expect((await download(t, id, people[0]!.participantToken, 'pdf')).res.status).toBe(403);
    expect((await download(t, id, w.facilitatorToken, 'odt')).res.status).toBe(400);
  });
});
