/**
 * The header's sign-in: with OpenID Connect, Sign in (/auth/login) and Sign out (POST /auth/logout);
 * with shared tokens (AUTH_TOKENS), paste a bearer token (kept for this tab in sessionStorage).
 */
import { useEffect, useRef, useState } from 'react';
import { signIn, signOut, useSession } from './session.ts';

const ROLE_WORDS = { checking: 'Checking access…', 'signed-out': 'Signed out', viewer: 'Viewer', editor: 'Editor' };

type Session = ReturnType<typeof useSession>;

function RoleBadge({ role, isAdmin }: Pick<Session, 'role' | 'isAdmin'>) {
  return (
    <span className="role-badge" title="What the API lets you do">
      {isAdmin ? 'Admin' : ROLE_WORDS[role]}
    </span>
  );
}

/** OpenID Connect: the signed-in name, and Sign out of the session or Sign in through the provider. */
function ProviderSignIn({ role, isAdmin, method, name }: Session) {
  const returnTo = `${window.location.pathname}${window.location.search}`;
  return (
    <div className="sign-in" data-testid="sign-in" data-role={role}>
      {name && <span className="signed-in-name">{name}</span>}
      <RoleBadge role={role} isAdmin={isAdmin} />
      {method === 'SESSION' ? (
        <form method="post" action="/auth/logout" className="sign-out-form">
          <button type="submit">Sign out</button>
        </form>
      ) : (
        <a className="button" href={`/auth/login?returnTo=${encodeURIComponent(returnTo)}`} data-testid="sign-in-link">
          Sign in
        </a>
      )}
    </div>
  );
}

/** The bearer token to paste, focused when it opens; an alert when the atlas cannot be read without one. */
function TokenForm({
  needsToken,
  text,
  onText,
  onClose,
}: {
  needsToken: boolean;
  text: string;
  onText: (text: string) => void;
  onClose: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="sign-in-form"
      role={needsToken ? 'alert' : undefined}
      onSubmit={(event) => {
        event.preventDefault();
        signIn(text);
        onText('');
        onClose();
      }}
    >
      {needsToken && <p className="sign-in-needed">This atlas needs a bearer token. Paste the one you were given.</p>}
      <label htmlFor="token-input" className="visually-hidden">
        Bearer token
      </label>
      <input
        id="token-input"
        ref={input}
        type="password"
        autoComplete="off"
        placeholder="Bearer token"
        value={text}
        onChange={(event) => onText(event.target.value)}
      />
      <button type="submit" className="primary" disabled={!text.trim()}>
        Use token
      </button>
      {!needsToken && (
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      )}
    </form>
  );
}

export function SignIn() {
  const session = useSession();
  const { token, role, isAdmin, needsToken, openIdConnect, sharedTokens } = session;
  const [open, setOpen] = useState(false);
  // Kept while the form is closed with Cancel, as typed.
  const [text, setText] = useState('');

  useEffect(() => {
    if (needsToken) setOpen(true);
  }, [needsToken]);

  if (openIdConnect && !token && (!open || !sharedTokens)) return <ProviderSignIn {...session} />;

  return (
    <div className="sign-in" data-testid="sign-in" data-role={role}>
      <RoleBadge role={role} isAdmin={isAdmin} />
      {token && !open ? (
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      ) : (
        !open && (
          <button type="button" onClick={() => setOpen(true)}>
            Sign in
          </button>
        )
      )}
      {open && <TokenForm needsToken={needsToken} text={text} onText={setText} onClose={() => setOpen(false)} />}
    </div>
  );
}
