/**
 * The source picker's choices in groups: by kind, in the vocabulary's order, with the files people
 * imported last (each import makes a source, and they would crowd out the documents); newest first
 * within a group.
 */
import { IMPORTED_FILE_SOURCE_PREFIX, SOURCE_KINDS } from '../../../core/vocabulary.ts';

export interface SourceChoice {
  id: string;
  title: string;
  date: string;
  kind: string;
}

export interface SourceGroup<S extends SourceChoice> {
  label: string;
  sources: S[];
}

const GROUP_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  'web page': 'Web pages',
  'news item': 'News items',
  article: 'Articles',
  'blog post': 'Blog posts',
  'press release': 'Press releases',
  report: 'Reports',
  minutes: 'Minutes',
  'meeting note': 'Meeting notes',
  dataset: 'Datasets',
  'e-mail': 'E-mails',
  other: 'Other sources',
};
const IMPORTED = 'Imported files';
const ORDER = [...SOURCE_KINDS.map((kind) => GROUP_LABELS[kind]), IMPORTED];

function groupOf(source: SourceChoice): string {
  if (source.id.startsWith(IMPORTED_FILE_SOURCE_PREFIX)) return IMPORTED;
  return GROUP_LABELS[source.kind as keyof typeof GROUP_LABELS] ?? GROUP_LABELS.other;
}

export function groupSourceChoices<S extends SourceChoice>(sources: readonly S[]): SourceGroup<S>[] {
  const groups = new Map<string, S[]>();
  for (const source of sources) {
    const label = groupOf(source);
    const group = groups.get(label);
    if (group) group.push(source);
    else groups.set(label, [source]);
  }
  return ORDER.filter((label) => groups.has(label)).map((label) => ({
    label,
    // Partial ISO dates sort as text ("2016" before "2016-04"); the title breaks ties.
    sources: groups.get(label)!.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)),
  }));
}
