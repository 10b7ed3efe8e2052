import { QueryClientProvider } from '@tanstack/react-query';
import { memo, useEffect, useState } from 'react';
import { tipOfTheDay, type Tip } from '../lib/lessons/tip';
import { listRecords } from '../lib/progress/store';
import { siteAccess } from '../lib/panel/site-access';
import { teamTipsItem } from '../lib/sync/store';
import { mixTeamTip } from '../lib/sync/tips';
import { CoachPanel } from './CoachPanel';
import { SyncStatusLine } from './SyncStatusLine';
import { useCoach } from './useCoach';
import { syncQueryClient } from './useSync';

// Every analysis re-renders this app (the store is read here); the team line reads none of it, and re-running its
// two react-query hooks on each keystroke was part of the panel's render time.
const TeamLine = memo(SyncStatusLine);

export function SidePanelApp() {
  const { data, actions } = useCoach(siteAccess);
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    void Promise.all([listRecords(), teamTipsItem.getValue()]).then(([records, team]) =>
      setTip(mixTeamTip(tipOfTheDay(records, Date.now()), team?.tips ?? [], Date.now())),
    );
  }, []);
  return (
    <QueryClientProvider client={syncQueryClient}>
      <CoachPanel data={data} actions={actions} tip={tip} />
      <TeamLine />
    </QueryClientProvider>
  );
}
