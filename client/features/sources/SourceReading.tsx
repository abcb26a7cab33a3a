/**
 * Reading a text: the text with every stakeholder the atlas holds marked and linked, the
 * relationships its sentences propose (ProposalList) and the names the atlas does not hold
 * (NewStakeholders). A saved source's reading comes with it; a text not yet saved is read by
 * readText as it is typed (DraftReading), for the editor to see before saving.
 */
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SourceReadingDocument, type TextReadingFieldsFragment } from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { NewStakeholders } from './NewStakeholders.tsx';
import { ProposalList } from './ProposalList.tsx';
import type { Mention } from './proposals.ts';
import { showOnMap } from './show.ts';

/** The text with its mentions as links (the first candidate; an ambiguous one says so). */
function MarkedText({ text, mentions }: { text: string; mentions: readonly Mention[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start < at) continue;
    parts.push(text.slice(at, mention.start));
    const names = mention.candidates.map((candidate) => candidate.entity.name).join(mention.ambiguous ? ' or ' : ', ');
    parts.push(
      <button
        key={mention.start}
        type="button"
        className={mention.ambiguous ? 'mention ambiguous' : 'mention'}
        data-testid="mention"
        title={mention.ambiguous ? `Ambiguous: ${names}` : names}
        onClick={() => showOnMap(mention.candidates[0]!.entity.id)}
      >
        {text.slice(mention.start, mention.end)}
      </button>,
    );
    at = mention.end;
  }
  parts.push(text.slice(at));
  return <pre className="source-text">{parts}</pre>;
}

/** Every stakeholder the text names (each candidate of each mention), by id: the ends an edit may choose. */
function namedIn(reading: TextReadingFieldsFragment): Map<string, string> {
  const named = new Map<string, string>();
  for (const mention of reading.mentions)
    for (const { entity } of mention.candidates) named.set(entity.id, entity.name);
  return named;
}

/** A reading shown: the marked text (a saved source's), its proposals and its new names. */
export function ReadingView({
  source,
  text,
  reading,
}: {
  source: string | null;
  text: string | null;
  reading: TextReadingFieldsFragment;
}) {
  return (
    <>
      {text !== null && <MarkedText text={text} mentions={reading.mentions} />}
      <section aria-labelledby="source-proposals">
        <h3 id="source-proposals">Proposed relationships</h3>
        <ProposalList source={source} proposals={reading.relationships} named={namedIn(reading)} />
      </section>
      <NewStakeholders source={source} proposals={reading.stakeholders} />
    </>
  );
}

export function SourceReading({ id, text }: { id: string; text: string }) {
  const reading = useQuery(operationQuery(SourceReadingDocument, { id }));
  const result = reading.data?.source?.reading;
  if (result) return <ReadingView source={id} text={text} reading={result} />;
  return (
    <>
      <pre className="source-text">{text}</pre>
      {reading.isPending && <p className="muted">Reading the text…</p>}
      {reading.error && (
        <p className="error" role="alert">
          {reading.error.message}
        </p>
      )}
    </>
  );
}
