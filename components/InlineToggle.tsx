import { DEFAULT_INLINE_DISPLAY, inlineDisplayItem, inlineShownAt, withInlineAt } from '../lib/settings/items';
import { NAV_ATTRIBUTE } from '../lib/panel/keyboard';
import { useStorageItem } from './useStorageItem';

/** The per-site switch for inline display, beside the page it applies to (the global one is in the options). */
export function InlineToggle({ url }: { url: string }) {
  const [saved, save] = useStorageItem(inlineDisplayItem);
  const settings = saved ?? DEFAULT_INLINE_DISPLAY;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  if (!settings.enabled) return <p className="muted">Findings in the page are off everywhere (see the settings).</p>;
  return (
    <p className="inline-toggle">
      <input
        type="checkbox"
        id="inline-here"
        {...{ [NAV_ATTRIBUTE]: '' }}
        checked={inlineShownAt(settings, url)}
        onChange={(e) => void save(withInlineAt(settings, origin, e.target.checked))}
      />{' '}
      <label htmlFor="inline-here">Show findings in the page on {new URL(origin).host}</label>
    </p>
  );
}
