/**
 * One user's account as an admin manages it in the Users page: whether it is open or closed (when,
 * by whom, why), "Close account…" (asks the reason first) or "Reopen", and the user's personal API
 * tokens with Revoke. Closing ends their sessions and revokes their tokens on the server at once.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  CloseUserAccountDocument,
  ReopenUserAccountDocument,
  RevokeUserApiTokenDocument,
  UserApiTokensDocument,
  type UsersQuery,
} from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { request } from '../../api/request.ts';
import { TokenTable, when } from './TokenTable.tsx';

type UserRowData = UsersQuery['users'][number];

function CloseAccountForm({ user, onDone, onCancel }: { user: UserRowData; onDone: () => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <form
      className="close-account-form"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        request(CloseUserAccountDocument, { id: user.id, expectedVersion: user.version, reason: reason.trim() }).then(
          onDone,
          (failure: Error) => setError(failure.message),
        );
      }}
    >
      <label htmlFor="close-reason">Why is {user.name}’s account closed?</label>
      <textarea
        id="close-reason"
        ref={field}
        rows={2}
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        placeholder="Left the organisation on 30 November"
        aria-describedby="close-effect"
      />
      <p id="close-effect" className="hint">
        Their sessions end and their personal API tokens are revoked at once; they cannot sign in until an admin reopens
        the account. Reopening does not bring the tokens back.
      </p>
      {error && <p role="alert">{error}</p>}
      <div className="action-row">
        <button type="submit" className="danger" disabled={!reason.trim()}>
          Close account
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function UserTokens({ user }: { user: UserRowData }) {
  const client = useQueryClient();
  const tokensQuery = operationQuery(UserApiTokensDocument, { userId: user.id });
  const tokens = useQuery(tokensQuery);
  const [error, setError] = useState<string | null>(null);
  const list = tokens.data?.userApiTokens ?? [];
  return (
    <section aria-labelledby="user-tokens-title">
      <h3 id="user-tokens-title">{user.name}’s personal API tokens</h3>
      {error && <p role="alert">{error}</p>}
      {tokens.isSuccess && list.length === 0 && <p>No tokens in use.</p>}
      {list.length > 0 && (
        <TokenTable
          tokens={list}
          rowTestId="user-token-row"
          revokeLabel={(token) => `Revoke ${user.name}’s token ${token.name}`}
          revoke={(token) => {
            setError(null);
            request(RevokeUserApiTokenDocument, { userId: user.id, tokenId: token.id }).then(
              () => client.invalidateQueries({ queryKey: tokensQuery.queryKey }),
              (failure: Error) => setError(failure.message),
            );
          }}
        />
      )}
    </section>
  );
}

/** The account of the user chosen in the Users page; `changed` reloads the users (new version, closure). */
export function UserAccountPanel({ user, changed }: { user: UserRowData; changed: () => Promise<unknown> }) {
  const client = useQueryClient();
  const [closing, setClosing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const afterChange = () => {
    setClosing(false);
    void client.invalidateQueries({ queryKey: operationQuery(UserApiTokensDocument, { userId: user.id }).queryKey });
    return changed();
  };
  return (
    <section className="user-account" aria-labelledby="user-account-title" data-testid="user-account">
      <h3 id="user-account-title">{user.name}’s account</h3>
      {user.closure ? (
        <p data-testid="account-closure">
          <strong>Closed</strong> on {when(user.closure.at)} by {user.closure.by}: “{user.closure.reason}”
        </p>
      ) : (
        <p>Open: {user.name} may sign in.</p>
      )}
      {error && <p role="alert">{error}</p>}
      {user.closure ? (
        <button
          type="button"
          onClick={() => {
            setError(null);
            request(ReopenUserAccountDocument, { id: user.id, expectedVersion: user.version }).then(
              afterChange,
              (failure: Error) => {
                setError(failure.message);
                void changed();
              },
            );
          }}
        >
          Reopen
        </button>
      ) : closing ? (
        <CloseAccountForm user={user} onDone={() => void afterChange()} onCancel={() => setClosing(false)} />
      ) : (
        <button type="button" className="danger" onClick={() => setClosing(true)}>
          Close account…
        </button>
      )}
      <UserTokens user={user} />
    </section>
  );
}
