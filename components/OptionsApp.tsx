import { QueryClientProvider } from '@tanstack/react-query';
import { siteAccess } from '../lib/panel/site-access';
import { ProgressSection } from './ProgressSection';
import { TeamSection } from './TeamSection';
import { syncQueryClient } from './useSync';
import {
  InlineSection,
  PhrasingSection,
  PrivacySection,
  RulesSection,
  SitesSection,
  WellbeingSection,
} from './SettingsSections';

export function OptionsApp() {
  return (
    <main className="options">
      <h1>Attune</h1>
      <p className="muted">Your on-device reply coach: settings and progress.</p>
      <ProgressSection />
      <SitesSection access={siteAccess} />
      <InlineSection />
      <RulesSection />
      <PhrasingSection />
      <WellbeingSection />
      <QueryClientProvider client={syncQueryClient}>
        <TeamSection />
      </QueryClientProvider>
      <PrivacySection />
    </main>
  );
}
