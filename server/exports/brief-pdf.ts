/**
 * A brief as a PDF (pdfmake over pdfkit): the same pack the client's page shows, footnotes at the
 * end. Roboto (pdfmake's bundled font, Apache License 2.0) is embedded, so £, é, ô and typographic
 * quotes print and extract as text. pdfmake may read only its own font files and no URL.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { BriefPack } from '../../core/briefs/assemble.ts';
import type { BriefLine } from '../../core/briefs/footnotes.ts';
import { dateWords } from '../../core/briefs/words.ts';
import type { BriefRow } from '../repositories/briefs.ts';

const require = createRequire(import.meta.url);
const FONTS = require('pdfmake/fonts/Roboto.js') as Record<string, Record<string, string>>;
const FONT_DIR = dirname(FONTS.Roboto!.normal!);

pdfmake.setFonts(FONTS);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(FONT_DIR));

const GREY = '#555555';

function line(fact: BriefLine): Content {
  const marks = fact.notes.length > 0 ? ` [${fact.notes.join(', ')}]` : '';
  return {
    text: [
      { text: fact.text },
      marks ? { text: marks, color: GREY, fontSize: 8 } : '',
      fact.uncited ? { text: `  (uncited: ${fact.uncited})`, italics: true, color: GREY, fontSize: 8 } : '',
    ],
    margin: [0, 0, 0, 2],
  };
}

function ourText(heading: string, text: string): Content[] {
  return [
    { text: heading, style: 'section' },
    { text: text || '—', margin: [0, 0, 0, 4] },
  ];
}

export function briefDocument(brief: BriefRow, pack: BriefPack, generatedAt: Date): TDocumentDefinitions {
  const names = pack.stakeholders.map((stakeholder) => stakeholder.name).join(', ');
  const content: Content[] = [
    { text: brief.title, style: 'title' },
    { text: `Meeting on ${dateWords(brief.meetingDate)} with ${names}`, margin: [0, 0, 0, 2] },
    {
      text: `Written by ${brief.createdBy}; last edited by ${brief.updatedBy}. Facts as on the meeting day, each with its footnote.`,
      color: GREY,
      fontSize: 8,
      margin: [0, 0, 0, 6],
    },
    ...ourText('Our objectives', brief.objectives),
    ...ourText('Lines to take', brief.linesToTake),
  ];
  for (const stakeholder of pack.stakeholders) {
    content.push({ text: stakeholder.name, style: 'stakeholder' });
    for (const section of stakeholder.sections) {
      content.push({ text: section.heading, style: 'section' });
      content.push(...section.lines.map(line));
      if (section.note) content.push({ text: section.note, italics: true, color: GREY, margin: [0, 0, 0, 2] });
    }
  }
  content.push({ text: 'Footnotes', style: 'stakeholder' });
  content.push(
    ...pack.footnotes.map((note): Content => ({
      text: `[${note.number}] ${note.title}${note.publisher ? ` (${note.publisher})` : ''}, ${dateWords(note.date)}: “${note.quote}”`,
      fontSize: 8,
      margin: [0, 0, 0, 2],
    })),
  );
  return {
    info: { title: brief.title, subject: `Briefing pack, ${brief.meetingDate}`, creator: 'Stakeholder Atlas' },
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 0, 0, 4] },
      stakeholder: { fontSize: 12.5, bold: true, margin: [0, 10, 0, 2] },
      section: { fontSize: 10, bold: true, margin: [0, 5, 0, 2] },
    },
    footer: (page, pages) => ({
      text: `${brief.title} · ${dateWords(brief.meetingDate)} · page ${page} of ${pages} · made ${generatedAt.toISOString().slice(0, 10)}`,
      fontSize: 7,
      color: GREY,
      margin: [40, 10, 40, 0],
    }),
    content,
  };
}

export async function briefPdf(brief: BriefRow, pack: BriefPack, generatedAt = new Date()): Promise<Buffer> {
  return pdfmake.createPdf(briefDocument(brief, pack, generatedAt)).getBuffer();
}

/** "socitm-quarterly-2026-12-10.pdf" */
export function briefFileName(brief: BriefRow): string {
  const slug = brief.title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'brief'}-${brief.meetingDate}.pdf`;
}
