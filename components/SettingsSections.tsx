import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { lessonFor } from '../lib/lessons/lessons';
import { originFromInput, type SiteAccess } from '../lib/panel/site-access';
import {
  DEFAULT_INLINE_DISPLAY,
  DEFAULT_PHRASING,
  DEFAULT_WELLBEING,
  disabledRulesItem,
  inlineDisplayItem,
  withInlineAt,
  ignoredRulesItem,
  phrasingItem,
  RULE_FAMILIES,
  wellbeingItem,
  type PhrasingPreferences,
} from '../lib/settings/items';
import { useStorageItem } from './useStorageItem';

/** One on/off setting in a .toggles list: the checkbox and the label that names it, tied by id. */
function ToggleItem({
  id,
  checked,
  onChange,
  children,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <li>
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{children}</label>
    </li>
  );
}

export function SitesSection({ access }: { access: SiteAccess }) {
  const [sites, setSites] = useState<string[]>([]);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState('');
  const refresh = () =>
    void access
      .enabledSites()
      .then(setSites)
      .catch(() => setSites([]));
  useEffect(refresh, [access]);

  async function enable(event: FormEvent) {
    event.preventDefault();
    try {
      const origin = originFromInput(address);
      const ok = await access.enableSite(origin);
      setMessage(ok ? `Attune is on for ${origin}.` : `Attune was not enabled for ${origin}.`);
      if (ok) setAddress('');
      refresh();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section className="card" aria-labelledby="sites-heading" id="sites">
      <h2 id="sites-heading">Sites</h2>
      <p>
        Attune runs on Zendesk, Freshdesk, Help Scout, Intercom, Front, Gmail, Zammad cloud and Chatwoot out of the box.
        For a self-hosted helpdesk, add its address: your browser asks you to allow it, for that site only.
      </p>
      <form onSubmit={(e) => void enable(e)} className="row">
        <label htmlFor="site-address">Helpdesk address</label>
        <input
          id="site-address"
          type="text"
          inputMode="url"
          placeholder="https://help.example.com"
          value={address}
          onChange={(e) => setAddress(e.target.value)}
        />
        <button type="submit">Enable</button>
      </form>
      <p role="status" className="muted">
        {message}
      </p>
      {sites.length > 0 && (
        <ul className="site-list" aria-label="Sites you enabled">
          {sites.map((site) => (
            <li key={site}>
              {site}{' '}
              <button type="button" className="quiet" onClick={() => void access.disableSite(site).then(refresh)}>
                Turn off for {site}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RulesSection() {
  const [disabled, setDisabled] = useStorageItem(disabledRulesItem);
  const [ignored, setIgnored] = useStorageItem(ignoredRulesItem);
  const off = new Set(disabled ?? []);
  return (
    <section className="card" aria-labelledby="rules-heading" id="rules">
      <h2 id="rules-heading">What Attune points out</h2>
      <ul className="toggles">
        {RULE_FAMILIES.map((family) => (
          <ToggleItem
            key={family.id}
            id={`family-${family.id}`}
            checked={!off.has(family.id)}
            onChange={(on) => void setDisabled(on ? [...off].filter((id) => id !== family.id) : [...off, family.id])}
          >
            <strong>{family.label}</strong> <span className="muted">— {family.description}</span>
          </ToggleItem>
        ))}
      </ul>
      {ignored && ignored.length > 0 && (
        <>
          <h3>Rules you chose to always ignore</h3>
          <ul className="site-list">
            {ignored.map((ruleId) => (
              <li key={ruleId}>
                {lessonFor(ruleId).title} <span className="muted">({ruleId})</span>{' '}
                <button
                  type="button"
                  className="quiet"
                  onClick={() => void setIgnored(ignored.filter((r) => r !== ruleId))}
                >
                  Turn {ruleId} back on
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** "term => preferred" per line; a line without "=>" is rejected with its number. */
export function parsePreferences(text: string): Array<{ term: string; preferred: string }> {
  return lines(text).map((line, i) => {
    const [term, preferred, extra] = line.split('=>').map((s) => s.trim());
    if (!term || !preferred || extra !== undefined) {
      throw new Error(`Line ${i + 1} (“${line}”) needs the form: term => preferred wording`);
    }
    return { term, preferred };
  });
}

export function PhrasingSection() {
  const [saved, save] = useStorageItem(phrasingItem);
  const [draft, setDraft] = useState<{ greeting: string; signOff: string; avoid: string; prefer: string } | null>(null);
  const [message, setMessage] = useState('');
  const prefs: PhrasingPreferences = saved ?? DEFAULT_PHRASING;
  const form = draft ?? {
    greeting: prefs.greeting,
    signOff: prefs.signOff,
    avoid: prefs.avoid.join('\n'),
    prefer: prefs.prefer.map((p) => `${p.term} => ${p.preferred}`).join('\n'),
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await save({
        greeting: form.greeting.trim(),
        signOff: form.signOff.trim(),
        avoid: lines(form.avoid),
        prefer: parsePreferences(form.prefer),
      });
      setDraft(null);
      setMessage('Saved. Attune uses these from your next keystroke.');
    } catch (error) {
      // Keep what the agent typed: only the message changes.
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }

  const field = (key: keyof typeof form) => ({
    value: form[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...form, [key]: e.target.value }),
  });

  return (
    <section className="card" aria-labelledby="phrasing-heading" id="phrasing">
      <h2 id="phrasing-heading">Your phrasing</h2>
      <form onSubmit={(e) => void submit(e)} className="stack">
        <label htmlFor="pref-greeting">Greeting you like to open with</label>
        <input id="pref-greeting" type="text" placeholder="Hi" {...field('greeting')} />
        <label htmlFor="pref-signoff">Your sign-off</label>
        <input id="pref-signoff" type="text" placeholder="Warm regards" {...field('signOff')} />
        <label htmlFor="pref-avoid">Phrases to point out in your drafts (one per line)</label>
        <textarea id="pref-avoid" rows={3} {...field('avoid')} />
        <label htmlFor="pref-prefer">Preferred wording (one per line: term =&gt; preferred)</label>
        <textarea id="pref-prefer" rows={3} placeholder="ticket => request" {...field('prefer')} />
        <div>
          <button type="submit">Save phrasing</button>
        </div>
      </form>
      <p role="status" className="muted">
        {message}
      </p>
    </section>
  );
}

const WELLBEING_TOGGLES = [
  { setting: 'breakReminders', id: 'break-reminders', label: 'Suggest a short break after a run of tough tickets' },
  { setting: 'escalationNotes', id: 'escalation-notes', label: 'Point out when a customer needs more than a macro' },
] as const;

export function WellbeingSection() {
  const [saved, save] = useStorageItem(wellbeingItem);
  const settings = saved ?? DEFAULT_WELLBEING;
  return (
    <section className="card" aria-labelledby="wellbeing-heading" id="wellbeing">
      <h2 id="wellbeing-heading">Looking after you</h2>
      <ul className="toggles">
        {WELLBEING_TOGGLES.map(({ setting, id, label }) => (
          <ToggleItem
            key={id}
            id={id}
            checked={settings[setting]}
            onChange={(on) => void save({ ...settings, [setting]: on })}
          >
            {label}
          </ToggleItem>
        ))}
      </ul>
      <label htmlFor="run-length">Tough tickets in a row before a break suggestion</label>{' '}
      <input
        id="run-length"
        type="number"
        min={2}
        max={20}
        value={settings.runLength}
        disabled={!settings.breakReminders}
        onChange={(e) => {
          const n = Number(e.target.value);
          if (Number.isInteger(n) && n >= 2 && n <= 20) void save({ ...settings, runLength: n });
        }}
      />
    </section>
  );
}

/** Inline coaching in the page: on or off everywhere, and the sites where the agent turned it off. */
export function InlineSection() {
  const [saved, save] = useStorageItem(inlineDisplayItem);
  const settings = saved ?? DEFAULT_INLINE_DISPLAY;
  return (
    <section className="card" aria-labelledby="inline-heading" id="inline">
      <h2 id="inline-heading">In the page</h2>
      <p className="muted">
        Findings underlined where you type, a card with the fix on hover or <kbd>Alt</kbd>+<kbd>J</kbd>, and a small
        status chip by the reply box. Nothing is added to the editor itself.
      </p>
      <ul className="toggles">
        <ToggleItem
          id="inline-enabled"
          checked={settings.enabled}
          onChange={(on) => void save({ ...settings, enabled: on })}
        >
          Show findings in the page
        </ToggleItem>
      </ul>
      {settings.offOrigins.length > 0 && (
        <>
          <h3>Off on these sites</h3>
          <ul className="bullets" data-testid="inline-off-sites">
            {settings.offOrigins.map((origin) => (
              <li key={origin}>
                {origin}{' '}
                <button type="button" className="link" onClick={() => void save(withInlineAt(settings, origin, true))}>
                  Turn back on for {origin}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function PrivacySection() {
  return (
    <section className="card" aria-labelledby="privacy-heading" id="privacy">
      <h2 id="privacy-heading">Privacy</h2>
      <p>
        <strong>Everything Attune reads stays on this device.</strong> Your drafts and your customers’ messages are
        analysed inside your browser and never sent anywhere.
      </p>
      <h3>Stored on this device</h3>
      <ul className="bullets">
        <li>Your settings: sites, rule families, phrasing preferences, wellbeing choices.</li>
        <li>Findings you chose to ignore — as a short hash, never the words.</li>
        <li>The latest analysis of your open draft, only until you close the browser.</li>
        <li>
          Your progress: per reply a time, a score, which checks were met, how many findings per rule, how many
          suggestions you used. No text.
        </li>
      </ul>
      <h3>What can leave it</h3>
      <p>
        Nothing but counters and settings — and only once your team connects Attune to its backend. Never a draft, a
        ticket, a customer’s name or any of their words.
      </p>
    </section>
  );
}
