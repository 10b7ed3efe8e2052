import { useState, type FormEvent } from 'react';
import { fieldIssue, hasFieldIssues } from '../api/errors';
import { Field } from '../ui/Field';

interface SignInProps {
  onSignIn: (credentials: { email: string; password: string }) => Promise<unknown>;
}

export function SignIn({ onSignIn }: SignInProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [pending, setPending] = useState(false);
  const fieldError = (name: string) => fieldIssue(error, name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await onSignIn({ email: email.trim(), password });
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setPending(false);
    }
  }

  const formError = error && !hasFieldIssues(error) ? error.message : null;
  return (
    <main id="main" tabIndex={-1} className="sign-in">
      <h1>Sign in to your team’s Attune dashboard</h1>
      <p className="hint">For team leads. Agents join from the extension with an invite code.</p>
      <form onSubmit={submit} className="card" noValidate>
        <Field label="E-mail" error={fieldError('email')}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label="Password" error={fieldError('password')}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        {formError ? (
          <p className="status error" role="alert">
            {formError}
          </p>
        ) : null}
        <button type="submit" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
