/**
 * The last words of organisations' names, as a regular expression alternation: what makes a run of
 * capitalised words an organisation (new-names.ts), and a mention a body's name rather than a
 * place's (places.ts).
 */
export const ORG_ENDS =
  'Council|Association|Department|Service|Services|Society|Ltd|Limited|plc|Agency|Authority|Trust|Board|Forum|' +
  'Partnership|Institute|Foundation|Office|Commission|Network|Coalition|Alliance|Federation|Group|Committee|' +
  'Company|University|College|Police|Ministry|Unit|Centre|Consortium';
