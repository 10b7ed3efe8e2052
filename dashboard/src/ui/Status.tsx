/** A polite live region for the outcome of an action ("Published version 3"), or an error in plain words. */
export function Status({ message, error }: { message?: string | null | undefined; error?: unknown }) {
  if (error) {
    return (
      <p className="status error" role="alert">
        {errorMessage(error)}
      </p>
    );
  }
  return (
    <p className={message ? 'status ok' : 'visually-hidden'} role="status">
      {message ?? ''}
    </p>
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Something went wrong. Please try again.';
}
