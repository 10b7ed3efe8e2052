import { useEffect, useState } from 'react';
import { tipOfTheDay, type Tip } from '../lib/lessons/tip';
import { listRecords } from '../lib/progress/store';
import { siteAccess } from '../lib/panel/site-access';
import { CoachPanel } from './CoachPanel';
import { useCoach } from './useCoach';

export function SidePanelApp() {
  const { data, actions } = useCoach(siteAccess);
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    void listRecords().then((records) => setTip(tipOfTheDay(records, Date.now())));
  }, []);
  return <CoachPanel data={data} actions={actions} tip={tip} />;
}
