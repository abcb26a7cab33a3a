/** Personal API tokens as a table (name, prefix, created, last used), each with Revoke: one's own, or a user's for admins. */

export interface TokenRowData {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export const when = (at: string | null) => (at ? new Date(at).toLocaleString('en-GB') : 'never');

export function TokenTable({
  tokens,
  rowTestId,
  revokeLabel,
  revoke,
}: {
  tokens: TokenRowData[];
  rowTestId: string;
  /** The Revoke button's accessible name, where "Revoke" alone would not say whose token. */
  revokeLabel?: (token: TokenRowData) => string;
  revoke: (token: TokenRowData) => void;
}) {
  return (
    <table className="account-table">
      <thead>
        <tr>
          <th>Name</th>
          <th>Starts with</th>
          <th>Created</th>
          <th>Last used</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id} data-testid={rowTestId}>
            <td>{token.name}</td>
            <td>
              <code>{token.prefix}…</code>
            </td>
            <td>{when(token.createdAt)}</td>
            <td>{when(token.lastUsedAt)}</td>
            <td>
              <button type="button" aria-label={revokeLabel?.(token)} onClick={() => revoke(token)}>
                Revoke
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
