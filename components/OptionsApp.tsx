import { siteAccess } from '../lib/panel/site-access';
import { ProgressSection } from './ProgressSection';
import { PhrasingSection, PrivacySection, RulesSection, SitesSection, WellbeingSection } from './SettingsSections';

export function OptionsApp() {
  return (
    <main className="options">
      <h1>Attune</h1>
      <p className="muted">Your on-device reply coach: settings and progress.</p>
      <ProgressSection />
      <SitesSection access={siteAccess} />
      <RulesSection />
      <PhrasingSection />
      <WellbeingSection />
      {/* The Team section (connect to the team backend, issue 6) is added here. */}
      <PrivacySection />
    </main>
  );
}
