/**
 * The header's sign-in: with OpenID Connect, Sign in (/auth/login) and Sign out (POST /auth/logout);
 * with shared tokens (AUTH_TOKENS), paste a bearer token (kept for this tab in sessionStorage).
 */
import { useEffect, useRef, useState } from 'react';
import { signIn, signOut, useSession } from './session.ts';

const ROLE_WORDS = { checking: 'Checking access…', 'signed-out': 'Signed out', viewer: 'Viewer', editor: 'Editor' };

export function SignIn() {
  const { token, role, isAdmin, needsToken, openIdConnect, sharedTokens, method, name } = useSession();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (needsToken) setOpen(true);
  }, [needsToken]);
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  if (openIdConnect && !token && (!open || !sharedTokens)) {
    const returnTo = `${window.location.pathname}${window.location.search}`;
    return (
      <div className="sign-in" data-testid="sign-in" data-role={role}>
        {name && <span className="signed-in-name">{name}</span>}
        <span className="role-badge" title="What the API lets you do">
          {isAdmin ? 'Admin' : ROLE_WORDS[role]}
        </span>
        {method === 'SESSION' ? (
          <form method="post" action="/auth/logout" className="sign-out-form">
            <button type="submit">Sign out</button>
          </form>
        ) : (
          <a
            className="button"
            href={`/auth/login?returnTo=${encodeURIComponent(returnTo)}`}
            data-testid="sign-in-link"
          >
            Sign in
          </a>
        )}
      </div>
    );
  }

  return (
    <div className="sign-in" data-testid="sign-in" data-role={role}>
      <span className="role-badge" title="What the API lets you do">
        {isAdmin ? 'Admin' : ROLE_WORDS[role]}
      </span>
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
      {open && (
        <form
          className="sign-in-form"
          role={needsToken ? 'alert' : undefined}
          onSubmit={(event) => {
            event.preventDefault();
            signIn(text);
            setText('');
            setOpen(false);
          }}
        >
          {needsToken && (
            <p className="sign-in-needed">This atlas needs a bearer token. Paste the one you were given.</p>
          )}
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
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="primary" disabled={!text.trim()}>
            Use token
          </button>
          {!needsToken && (
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          )}
        </form>
      )}
    </div>
  );
}
