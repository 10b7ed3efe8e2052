/**
 * The guideline editor on happy-dom with the real engine: the form builds a pack, the preview runs analyze() on
 * it, errors sit next to their fields, and a Vale style imports through the real importer.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { GuidelinePack } from '../../lib/coach/types';
import { ApiError } from '../../dashboard/src/api/errors';
import { emptyPack, packToDraft } from '../../dashboard/src/guidelines/pack-draft';
import { PackEditor } from '../../dashboard/src/guidelines/PackEditor';

afterEach(cleanup);

function renderEditor(onSave: (pack: GuidelinePack) => Promise<{ version: number }>) {
  return render(<PackEditor initial={emptyPack()} isNew onSave={onSave} />);
}

/** The error text a field points at through aria-describedby. */
function describedError(field: HTMLElement): string {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('PackEditor', () => {
  it('previews an avoid rule with the real engine and saves the pack it built', async () => {
    const user = userEvent.setup();
    const saved: GuidelinePack[] = [];
    renderEditor(async (pack) => {
      saved.push(pack);
      return { version: 1 };
    });
    await user.type(screen.getByLabelText('Pack name'), 'Support voice');
    await user.type(screen.getByLabelText('Pack id'), 'support-voice');
    await user.click(screen.getByRole('button', { name: '+ Avoid a phrase' }));
    await user.type(screen.getByLabelText('Phrases to avoid'), 'unfortunately');
    await user.type(screen.getByLabelText('Message to the agent'), 'Say what you can do.');

    await waitFor(() =>
      expect(screen.getByTestId('preview-text').querySelector('mark')?.textContent).toBe('Unfortunately'),
    );
    expect(within(screen.getByTestId('preview-findings')).getByText('Say what you can do.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save as new version' }));
    await screen.findByText(/Saved as version 1/);
    expect(saved).toEqual([
      {
        id: 'support-voice',
        name: 'Support voice',
        version: 0,
        rules: [{ kind: 'avoid', id: 'avoid-1', phrases: ['unfortunately'], message: 'Say what you can do.' }],
      },
    ]);
  });

  it('does not save an invalid pack and shows each error beside its field', async () => {
    const user = userEvent.setup();
    let saves = 0;
    renderEditor(async () => {
      saves += 1;
      return { version: 1 };
    });
    await user.click(screen.getByRole('button', { name: '+ Prefer a term' }));
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));
    expect(saves).toBe(0);
    const name = screen.getByLabelText('Pack name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedError(name)).toMatch(/name/);
    expect(describedError(screen.getByLabelText('Write'))).toMatch(/preferred term/);
    expect(screen.getByText(/fields need attention/)).toBeTruthy();
  });

  it('opens a stored pack that today’s check refuses with its error beside the field, and a new pack without', () => {
    // Stored before the check refused an alternative that begins a later one; agents' extensions skip the phrase.
    const stored: GuidelinePack = {
      id: 'voice',
      name: 'Voice',
      version: 2,
      rules: [
        { kind: 'avoid', id: 'regret', phrases: ['we regret', { match: '(i|i am) afraid' }], message: 'Say sorry.' },
      ],
    };
    render(<PackEditor initial={packToDraft(stored)} isNew={false} onSave={async () => ({ version: 3 })} />);
    expect(describedError(screen.getByLabelText('Phrases to avoid'))).toMatch(/lists “i” before “i am”/u);
    cleanup();
    renderEditor(async () => ({ version: 1 }));
    expect(screen.getByLabelText('Pack name').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('puts the server’s field errors on the same fields, keeping what was typed', async () => {
    const user = userEvent.setup();
    renderEditor(async () => {
      throw new ApiError('pack.rules.0.id: lowercase letters only', 400, [
        { path: 'pack.rules.0.id', message: 'lowercase letters only' },
      ]);
    });
    await user.type(screen.getByLabelText('Pack name'), 'Voice');
    await user.type(screen.getByLabelText('Pack id'), 'voice');
    await user.click(screen.getByRole('button', { name: '+ Set a limit' }));
    await user.type(screen.getByLabelText('At most'), '25');
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));
    const ruleId = screen.getByLabelText('Rule id');
    await waitFor(() => expect(describedError(ruleId)).toContain('lowercase letters only'));
    expect((screen.getByLabelText('At most') as HTMLInputElement).value).toBe('25');
  });

  it('imports a Vale style through the engine’s importer and lists what it skipped', async () => {
    const user = userEvent.setup();
    renderEditor(async () => ({ version: 1 }));
    const files = [
      new File(
        [
          "extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: warning\nswap:\n  money back: refund\n",
        ],
        'Refund.yml',
      ),
      new File(
        ['extends: existence\nmessage: "Avoid \'%s\'."\nlevel: error\ntokens:\n  - obviously\n  - simply\n'],
        'Filler.yml',
      ),
      new File(['extends: spelling\nmessage: "Did you mean \'%s\'?"\n'], 'Spelling.yml'),
    ];
    await user.upload(screen.getByLabelText('Vale rule files (.yml)'), files);
    await screen.findByText(/Imported 2 rules from 3 files/);
    expect(screen.getAllByLabelText('Rule id').map((input) => (input as HTMLInputElement).value)).toEqual([
      'Vale.Filler',
      'Vale.Refund',
    ]);
    expect((screen.getByLabelText('Instead of') as HTMLInputElement).value).toBe('money back');
    expect(screen.getByText(/Spelling.yml: skipped/)).toBeTruthy();

    await user.type(screen.getByLabelText('Pack name'), 'House style');
    await user.type(screen.getByLabelText('Pack id'), 'house');
    await user.clear(screen.getByTestId('sample-reply'));
    await user.type(screen.getByTestId('sample-reply'), 'You will obviously get your money back.');
    await waitFor(() =>
      expect([...screen.getByTestId('preview-text').querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
        'obviously',
        'money back',
      ]),
    );
  });
});
