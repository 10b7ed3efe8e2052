/**
 * Which elements Attune may read at all. Secrets are never read (passwords, card numbers, one-time codes), and
 * pages or fields that opt out of writing assistants (`data-gramm="false"`, `data-enable-grammarly="false"`) are
 * left alone, like Grammarly and Harper do.
 */

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

/** Walks up through open shadow roots to their hosts, so an opt-out on a host covers its shadow content. */
function* ancestorsAcrossShadow(element: Element): Generator<Element> {
  for (let current: Element | null = element; current;) {
    yield current;
    const parent: Element | null = current.parentElement;
    if (parent) current = parent;
    else {
      const root = current.getRootNode();
      current = root instanceof ShadowRoot ? root.host : null;
    }
  }
}

export function isOptedOut(element: Element): boolean {
  for (const ancestor of ancestorsAcrossShadow(element)) {
    if (ancestor.getAttribute('data-gramm') === 'false') return true;
    if (ancestor.getAttribute('data-enable-grammarly') === 'false') return true;
  }
  return false;
}

/** True for fields that hold secrets: password, credit-card and one-time-code fields. */
export function isSecretField(element: Element): boolean {
  if (element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'password') return true;
  const autocomplete = (element.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  return autocomplete.some(
    (token) => token.startsWith('cc-') || token === 'one-time-code' || token.endsWith('password'),
  );
}

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}

/**
 * The editable root for a focused element: the field itself, or the outermost contenteditable ancestor (the
 * editing host) within the same document or shadow root. Null for anything Attune must not read.
 */
export function editableRootOf(target: Element): Element | null {
  let root: Element | null = null;
  if (isTextField(target)) {
    const field = target as HTMLTextAreaElement | HTMLInputElement;
    if (field.readOnly || field.disabled) return null;
    root = field;
  } else if ((target as HTMLElement).isContentEditable) {
    root = target;
    while (root.parentElement && (root.parentElement as HTMLElement).isContentEditable) root = root.parentElement;
  }
  if (!root || isSecretField(root) || isOptedOut(root)) return null;
  return root;
}
