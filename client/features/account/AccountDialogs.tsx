/**
 * The signed-in user's account: personal API tokens (create: shown once with Copy; revoke) and, for
 * admins, the Users page (every user, their e-mail, their role to change, everything held about
 * them to download, and their account to close or reopen with its tokens: UserAccountPanel).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  ApiTokensDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  SetUserRoleDocument,
  UserDataExportDocument,
  UsersDocument,
  type Role,
  type UsersQuery,
} from '../../api/generated/operations.ts';
import { operationQuery } from '../../api/queries.ts';
import { request } from '../../api/request.ts';
import { useSession } from '../../session/session.ts';
import { download } from '../../ui/download.ts';
import { TokenTable, when } from './TokenTable.tsx';
import { UserAccountPanel } from './UserAccountPanel.tsx';

const tokensQuery = operationQuery(ApiTokensDocument, {});
const usersQuery = operationQuery(UsersDocument, {});

function Modal({
  title,
  onClose,
  children,
  testId,
  wide = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  wide?: boolean;
}) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div
        className={wide ? 'modal modal-wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${testId}-title`}
        data-testid={testId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id={`${testId}-title`}>{title}</h2>
        {children}
        <div className="action-row">
          <button ref={close} type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}

function TokensDialog({ onClose }: { onClose: () => void }) {
  const client = useQueryClient();
  const tokens = useQuery(tokensQuery);
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: tokensQuery.queryKey });
  return (
    <Modal title="Personal API tokens" onClose={onClose} testId="tokens-dialog">
      <p>
        A token acts as you, with your current role, from scripts and other tools: send it as{' '}
        <code>Authorization: Bearer …</code>. It is shown once; only its hash is kept.
      </p>
      <form
        className="action-row"
        onSubmit={(event) => {
          event.preventDefault();
          setError(null);
          request(CreateApiTokenDocument, { name: name.trim() }).then(
            (result) => {
              setSecret(result.createApiToken.secret);
              setName('');
              void refresh();
            },
            (failure: Error) => setError(failure.message),
          );
        }}
      >
        <label htmlFor="token-name">Name</label>
        <input
          id="token-name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder="nightly export"
        />
        <button type="submit" className="primary" disabled={!name.trim()}>
          Create token
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {secret && (
        <div className="new-token" role="status">
          <p>Copy it now: it will not be shown again.</p>
          <code data-testid="new-token-secret">{secret}</code>{' '}
          <button type="button" onClick={() => void navigator.clipboard?.writeText(secret)}>
            Copy
          </button>
        </div>
      )}
      <TokenTable
        tokens={tokens.data?.apiTokens ?? []}
        rowTestId="token-row"
        revoke={(token) =>
          void request(RevokeApiTokenDocument, { id: token.id }).then(refresh, (failure: Error) =>
            setError(failure.message),
          )
        }
      />
    </Modal>
  );
}

const ROLES: Role[] = ['VIEWER', 'EDITOR', 'ADMIN'];

/** One user: role, last sign-in, the account's panel, and the data held about them. */
function UserRow({
  user,
  chosen,
  choose,
  changed,
  setError,
}: {
  user: UsersQuery['users'][number];
  chosen: boolean;
  choose: () => void;
  changed: () => unknown;
  setError: (message: string | null) => void;
}) {
  return (
    <tr data-testid="user-row">
      <td>{user.name}</td>
      <td>{user.email ?? ''}</td>
      <td>
        <select
          aria-label={`Role of ${user.name}`}
          value={user.role}
          onChange={(event) => {
            setError(null);
            request(SetUserRoleDocument, {
              id: user.id,
              expectedVersion: user.version,
              role: event.target.value as Role,
            }).then(
              () => changed(),
              (failure: Error) => {
                setError(failure.message);
                void changed();
              },
            );
          }}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role.charAt(0) + role.slice(1).toLowerCase()}
            </option>
          ))}
        </select>
      </td>
      <td>{when(user.lastSignInAt)}</td>
      <td>
        <button
          type="button"
          className="link"
          aria-expanded={chosen}
          aria-label={`${user.closure ? 'Closed' : 'Open'}: manage ${user.name}’s account and tokens`}
          onClick={choose}
        >
          {user.closure ? 'Closed' : 'Open'}…
        </button>
      </td>
      <td>
        <button
          type="button"
          className="link"
          aria-label={`Download the data held about ${user.name} (JSON)`}
          onClick={() => {
            setError(null);
            request(UserDataExportDocument, { userId: user.id }).then(
              (result) =>
                download(
                  result.userDataExport,
                  `user-data-${user.id.replace(/[^a-z0-9-]/gi, '-')}.json`,
                  'application/json',
                ),
              (failure: Error) => setError(failure.message),
            );
          }}
        >
          Data (JSON)
        </button>
      </td>
    </tr>
  );
}

function UsersDialog({ onClose }: { onClose: () => void }) {
  const client = useQueryClient();
  const users = useQuery(usersQuery);
  const [error, setError] = useState<string | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = users.data?.users.find((user) => user.id === chosenId) ?? null;
  return (
    <Modal title="Users" onClose={onClose} testId="users-dialog" wide>
      <p>People appear here when they first sign in, as viewers. E-mail addresses are personal data.</p>
      {error && <p role="alert">{error}</p>}
      <table className="account-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>E-mail</th>
            <th>Role</th>
            <th>Last sign-in</th>
            <th>Account</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(users.data?.users ?? []).map((user) => (
            <UserRow
              key={user.id}
              user={user}
              chosen={chosenId === user.id}
              choose={() => setChosenId(chosenId === user.id ? null : user.id)}
              changed={() => client.invalidateQueries({ queryKey: usersQuery.queryKey })}
              setError={setError}
            />
          ))}
        </tbody>
      </table>
      {chosen && (
        <UserAccountPanel
          key={chosen.id}
          user={chosen}
          changed={() => client.invalidateQueries({ queryKey: usersQuery.queryKey })}
        />
      )}
    </Modal>
  );
}

/** Header buttons for people who signed in: Tokens, and Users for admins. */
export function AccountButtons() {
  const { userId, isAdmin } = useSession();
  const [open, setOpen] = useState<'tokens' | 'users' | null>(null);
  if (!userId) return null;
  return (
    <>
      <button type="button" onClick={() => setOpen('tokens')}>
        Tokens
      </button>
      {isAdmin && (
        <button type="button" onClick={() => setOpen('users')}>
          Users
        </button>
      )}
      {open === 'tokens' && <TokensDialog onClose={() => setOpen(null)} />}
      {open === 'users' && <UsersDialog onClose={() => setOpen(null)} />}
    </>
  );
}
