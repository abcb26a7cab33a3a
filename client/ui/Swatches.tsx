/** Small SVG samples of a node shape or an edge style, drawn from the same palette as the map. */
import type { EntityKind, Family } from '../../core/vocabulary.ts';
import { FAMILY_STYLES } from '../graph/palette.ts';

export function KindSwatch({ kind, colour }: { kind: EntityKind; colour: string }) {
  return (
    <svg className="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {kind === 'BODY' && <rect x="1.5" y="3" width="13" height="10" rx="3" fill={colour} />}
      {kind === 'PERSON' && <circle cx="8" cy="8" r="6" fill={colour} />}
      {kind === 'PROGRAMME' && <polygon points="4,2 12,2 15.5,8 12,14 4,14 0.5,8" fill={colour} stroke="#4a5568" />}
    </svg>
  );
}

export function FamilySwatch({ family }: { family: Family }) {
  const { colour, lineStyle, dashPattern } = FAMILY_STYLES[family];
  const dash = lineStyle === 'dashed' ? dashPattern.join(' ') : lineStyle === 'dotted' ? '1.5 2.5' : undefined;
  return (
    <svg className="swatch swatch-line" width="28" height="12" viewBox="0 0 28 12" aria-hidden="true">
      <line x1="1" y1="6" x2="21" y2="6" stroke={colour} strokeWidth="2.5" strokeDasharray={dash} />
      <polygon points="20,2 27,6 20,10" fill={colour} />
    </svg>
  );
}
