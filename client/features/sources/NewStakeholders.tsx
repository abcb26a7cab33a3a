/**
 * Names the atlas does not hold, each with its sentence and the stakeholders the one matcher says
 * it may duplicate. An editor adds one through the normal createEntity (validated, audited), cited
 * with the sentence, its acronym as an alias; when the matcher found possible duplicates the editor
 * must first say it is none of them: nothing is merged or created silently.
 */
import { useState } from 'react';
import { BODY_TYPES, PROGRAMME_TYPES, SECTORS } from '../../../core/vocabulary.ts';
import { CreateEntityDocument } from '../../api/generated/operations.ts';
import { mutate } from '../../api/queries.ts';
import { useSession } from '../../session/session.ts';
import { Field } from '../../ui/Field.tsx';
import { FormError } from '../../ui/FieldError.tsx';
import { useSave } from '../../ui/useSave.tsx';
import type { NewStakeholder } from './proposals.ts';
import { showOnMap } from './show.ts';

const TYPES: Partial<Record<NewStakeholder['kind'], readonly string[]>> = {
  BODY: BODY_TYPES,
  PROGRAMME: PROGRAMME_TYPES,
};
const FIELDS = ['name', 'type', 'sector'];

function AddStakeholder({
  source,
  proposal,
  onAdded,
}: {
  source: string;
  proposal: NewStakeholder;
  onAdded: (name: string) => void;
}) {
  const [name, setName] = useState(proposal.name);
  const [type, setType] = useState('');
  const [sector, setSector] = useState('');
  const [distinct, setDistinct] = useState(false);
  const { busy, errors, run } = useSave();
  const form = `new-stakeholder-${proposal.start}`;
  const types = TYPES[proposal.kind];
  const duplicates = proposal.possibleDuplicates.length > 0;
  const citation = { source, quote: proposal.sentence };

  async function add() {
    const result = await run(() =>
      mutate(
        CreateEntityDocument,
        {
          input: {
            kind: proposal.kind,
            name: name.trim(),
            description: proposal.role,
            type: types ? type || null : null,
            sector: proposal.kind === 'BODY' ? sector || null : null,
            aliases: proposal.acronym ? [{ name: proposal.acronym, kind: 'ACRONYM', citations: [citation] }] : [],
            citations: [citation],
          },
        },
        ['graph'],
      ),
    );
    if (result) onAdded(result.createEntity.name);
  }

  return (
    <div className="new-stakeholder-form" role="group" aria-label={`Add ${proposal.name}`}>
      <Field form={form} field="name" label="Name" errors={errors}>
        {(control) => <input {...control} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      {types && (
        <Field form={form} field="type" label="Type" errors={errors}>
          {(control) => (
            <select {...control} value={type} onChange={(event) => setType(event.target.value)}>
              <option value="">Choose…</option>
              {types.map((choice) => (
                <option key={choice}>{choice}</option>
              ))}
            </select>
          )}
        </Field>
      )}
      {proposal.kind === 'BODY' && (
        <Field form={form} field="sector" label="Sector" errors={errors}>
          {(control) => (
            <select {...control} value={sector} onChange={(event) => setSector(event.target.value)}>
              <option value="">Choose…</option>
              {SECTORS.map((choice) => (
                <option key={choice}>{choice}</option>
              ))}
            </select>
          )}
        </Field>
      )}
      {duplicates && (
        <label className="check">
          <input type="checkbox" checked={distinct} onChange={(event) => setDistinct(event.target.checked)} /> It is
          none of the possible duplicates above
        </label>
      )}
      <FormError errors={errors} shown={FIELDS} />
      <button type="button" disabled={busy || (duplicates && !distinct)} onClick={() => void add()}>
        {busy ? 'Adding…' : 'Add to the atlas'}
      </button>
    </div>
  );
}

export function NewStakeholders({
  source,
  proposals,
}: {
  source: string | null;
  proposals: readonly NewStakeholder[];
}) {
  const { canEdit } = useSession();
  const [adding, setAdding] = useState<number | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  if (proposals.length === 0 && !added) return null;
  return (
    <section aria-labelledby="source-new-stakeholders">
      <h3 id="source-new-stakeholders">Names the atlas does not hold</h3>
      {added && (
        <p className="muted" role="status">
          Added {added} to the atlas, cited with its sentence: the text now names it.
        </p>
      )}
      <ul className="proposals">
        {proposals.map((proposal) => (
          <li key={proposal.start} data-testid="new-stakeholder">
            <strong>{proposal.name}</strong>
            {proposal.acronym && ` (${proposal.acronym})`}{' '}
            <span className="muted">
              {proposal.kind.toLowerCase()}
              {proposal.role && `, ${proposal.role}`}
            </span>
            <br />
            <q>{proposal.sentence}</q>
            {proposal.possibleDuplicates.map((match) => (
              <div key={match.entity.id} className="muted small">
                Possible duplicate:{' '}
                <button type="button" className="link" onClick={() => showOnMap(match.entity.id)}>
                  {match.entity.name}
                </button>{' '}
                ({match.reason})
              </div>
            ))}
            {canEdit && source !== null && adding !== proposal.start && (
              <button type="button" onClick={() => setAdding(proposal.start)}>
                Add…
              </button>
            )}
            {canEdit && source !== null && adding === proposal.start && (
              <AddStakeholder
                source={source}
                proposal={proposal}
                onAdded={(name) => {
                  setAdding(null);
                  setAdded(name);
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
