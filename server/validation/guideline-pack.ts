/**
 * Guideline packs are validated with the engine's own schema (lib/coach/guidelines/schema.ts), so a pack the
 * server accepts is exactly a pack the extension can apply — including its check that compromise match
 * phrases parse and carry no regular expressions. Request bodies are size-limited before this runs.
 */
export { guidelinePackSchema } from '../../lib/coach/guidelines/schema';
