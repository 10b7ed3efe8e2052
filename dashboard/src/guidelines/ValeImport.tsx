/**
 * Imports a Vale style: the lead picks the style's .yml files; the engine's importer (lib/coach/guidelines)
 * turns substitution and existence rules into pack rules and notes what it skipped. Files are read in the
 * browser; nothing is uploaded until the lead saves the pack.
 */
import { useId, useState, type ChangeEvent } from 'react';
import { importValeStyle } from '../../../lib/coach/guidelines/index';
import { ruleToDraft, type RuleDraft } from './pack-draft';

interface ValeImportProps {
  existingIds: readonly string[];
  onImport: (rules: RuleDraft[], notes: string[]) => void;
}

/** Imported rules whose id is already in the pack get a numbered id, so nothing is overwritten silently. */
export function uniqueIds(rules: RuleDraft[], existingIds: readonly string[]): RuleDraft[] {
  const taken = new Set(existingIds);
  return rules.map((rule) => {
    let id = rule.id;
    for (let n = 2; taken.has(id); n += 1) id = `${rule.id}-${n}`;
    taken.add(id);
    return { ...rule, id };
  });
}

export function ValeImport({ existingIds, onImport }: ValeImportProps) {
  const inputId = useId();
  const [result, setResult] = useState<{ message: string; isError: boolean } | null>(null);

  async function readFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    try {
      const texts = await Promise.all(files.map(async (file) => ({ name: file.name, yaml: await file.text() })));
      const pack = importValeStyle(texts);
      const rules = uniqueIds(pack.rules.map(ruleToDraft), existingIds);
      onImport(rules, pack.notes ?? []);
      const skipped = pack.notes?.length ?? 0;
      setResult({
        message: `Imported ${rules.length} ${rules.length === 1 ? 'rule' : 'rules'} from ${files.length} ${
          files.length === 1 ? 'file' : 'files'
        }${skipped ? `; ${skipped} ${skipped === 1 ? 'note' : 'notes'} about what was skipped are shown above` : ''}.`,
        isError: false,
      });
    } catch (error) {
      setResult({
        message: `Could not import: ${error instanceof Error ? error.message : String(error)}`,
        isError: true,
      });
    }
  }

  return (
    <section className="card" aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`}>Import a Vale style</h3>
      <p className="hint">
        Choose the style’s .yml rule files. Substitution rules become “prefer” rules and existence rules become “avoid”
        rules; other kinds are listed as skipped. The rules are added to this form for you to review.
      </p>
      <label htmlFor={inputId}>Vale rule files (.yml)</label>{' '}
      <input id={inputId} type="file" accept=".yml,.yaml" multiple onChange={(e) => void readFiles(e)} />
      <p role="status" className={result ? (result.isError ? 'status error' : 'status ok') : 'visually-hidden'}>
        {result?.message ?? ''}
      </p>
    </section>
  );
}
